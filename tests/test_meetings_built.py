"""The meeting walk's items and the nothing-lost check's claims, made cheaply, give what the
plain computation gives.

Items are numbered when they are made (no copy of each at the end): each item's ``index`` is
its position, on real records and on records with a President's national statement (one
label making three turns), a speech going on after a note, a heading glued after a speech
and text outside any turn.
"""

from __future__ import annotations

import attrs

import csto_un
from conftest import corpus_file
from csto_un.accounting import _uncarried
from csto_un.meetings import _parser
from csto_un.meetings._lang import TABLES
from csto_un.sources import read_string

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


def test_the_front_page_is_one_claim_with_the_same_count() -> None:
    """A front page printed as a run of the document's lines is claimed at once: the count
    leaves out the same lines and pieces as with a claim a line."""
    merged = 0
    for name in _RECORDS:
        document = read_string(corpus_file(name).read_text(encoding="utf-8"))
        parse = _parser._Parse(document, None, False)
        meeting = parse.run()
        claims = list(parse.carried)
        fronts = [c for c in claims if c[2] > 1 and c[0] == meeting.header]
        merged += len(fronts)
        old = []
        for claim in claims:
            if claim in fronts:
                start = next(k for k, line in enumerate(document.lines) if line is claim[1])
                old.extend(((text,), line, 1) for text, line in zip(
                    claim[0], document.lines[start:], strict=False))
            else:
                old.append(claim)
        assert _uncarried(document, meeting, claims) == _uncarried(document, meeting, old)
    assert merged >= 4  # (the records with a front page)


def test_a_run_of_lines_is_the_documents_lines_as_they_are() -> None:
    document = read_string("The President: I declare the meeting open.\n"
                           "Mr. Smith (France): I thank you.\n"
                           "The meeting rose at 4 p.m.\n")
    parse = _parser._Parse(document, "en", False)
    lines = document.lines
    assert parse._in_a_run(lines[:2]) and parse._in_a_run(lines)
    assert not parse._in_a_run(lines[:1])  # (one line: its own claim)
    assert not parse._in_a_run([lines[0], lines[2]])  # a line between
    assert not parse._in_a_run([lines[0], attrs.evolve(lines[1], text="Mr. Smith:")])
