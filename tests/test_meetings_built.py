"""The meeting walk's items and the nothing-lost check's claims, made cheaply, give what the
plain computation gives.

Items are numbered when they are made (no copy of each at the end): each item's ``index`` is
its position, on real records and on records with a President's national statement (one
label making three turns), a speech going on after a note, a heading glued after a speech
and text outside any turn.
"""

from __future__ import annotations

import csto_un
from conftest import corpus_file
from csto_un.meetings._lang import TABLES

_RECORDS = ["S_PV.8967_fr.txt", *(f"multilingual/S_PV.9642_{code}.txt" for code in TABLES),
            *(f"multilingual/S_PV.9722_{code}.txt" for code in TABLES)]

_MADE = """\
The President: I declare the meeting open. I now make a statement in my capacity as
representative of France.

France thanks the briefers for their words today.

I now resume my functions as President of the Council.

The agenda was adopted.

Mr. Smith (United Kingdom): We thank you.

The President: I give the floor to the next speaker.

Mr. Wali (Nigeria), Vice-President, took the Chair.

The meeting goes on with the words of the Chair here.

Agenda item 52

Some text that is neither speech nor heading nor note and goes on for a while.

The meeting rose at 4 p.m.
"""


def _numbered(meeting: csto_un.Meeting) -> bool:
    return [item.index for item in meeting.items] == list(range(len(meeting.items)))


def test_items_are_numbered_by_position_in_real_records() -> None:
    for name in _RECORDS:
        text = corpus_file(name).read_text(encoding="utf-8")
        meeting = csto_un.parse_meeting(text)
        assert len(meeting.items) > 3
        assert _numbered(meeting), name


def test_items_are_numbered_by_position_in_every_kind_of_block() -> None:
    meeting = csto_un.parse_meeting(_MADE, language="en")
    kinds = {type(item).__name__ for item in meeting.items}
    assert kinds == {"Intervention", "ProceduralNote"}
    assert any(turn.national_capacity for turn in meeting.interventions)
    assert len(meeting.items) >= 8
    assert _numbered(meeting)
