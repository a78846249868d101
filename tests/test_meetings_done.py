"""Issue 20's first "done when", on every meeting record of the development corpus, in every
language: no front page, heading, vote list, recycling notice or notice on corrections inside
a turn; no turn lost (every label at a paragraph start is a turn); the President's sentences
stay in the President's turn (no sentence left as a heading or an unknown note); every "took
the Chair" is a note. The words looked for are each language's own (its phrase table)."""

from __future__ import annotations

import re
from functools import cache

import pytest

from conftest import CORPUS, corpus_file
from csto_un import Intervention, Meeting, NoteKind, load_meeting
from csto_un.meetings._labels import match_label
from csto_un.meetings._procedure import agenda_test, match_note, vote_head
from csto_un.sources import Document, read_document
from csto_un.text import fold
from csto_un.words._meeting import TABLES

RECORDS = sorted(
    str(path.relative_to(CORPUS))
    for path in [*CORPUS.glob("pdf/*_PV.*.pdf"), *CORPUS.glob("multilingual/*.txt"),
                 *CORPUS.glob("S_PV.*.txt")]
) or ["pdf/S_PV.8700_E.pdf"]

_LEADERS = re.compile(r"(?:\. ?){6,}|…{3,}")  # a front page's dot leaders
_MASTHEAD = re.compile(r"United Nations [AS]/")
_RECYCLING_SIGN = "\u267b"


@cache
def _read(relative: str) -> tuple[Meeting, Document]:
    path = corpus_file(relative)
    return load_meeting(path), read_document(path)


def _speech(meeting: Meeting) -> list[tuple[str, str]]:
    """Every paragraph of every turn, folded, with the turn's label."""
    return [(turn.speaker.label, fold(paragraph)) for turn in meeting.interventions
            for paragraph in turn.paragraphs]


@pytest.mark.parametrize("relative", RECORDS)
def test_no_front_page_heading_vote_list_or_notice_inside_a_turn(relative: str) -> None:
    meeting, _ = _read(relative)
    table = TABLES[meeting.language]
    heading = agenda_test(table)
    heads = (*table.president_heads, *table.members_heads)
    for label, text in _speech(meeting):
        assert not (_LEADERS.search(text) or _MASTHEAD.search(text)), (label, text[:80])
        assert not any(text.startswith(h) and text[len(h):].lstrip().startswith(":")
                       for h in heads), (label, text[:80])
        assert not heading(text), (label, text[:80])
        assert vote_head(text, table) is None, (label, text[:80])
        assert _RECYCLING_SIGN not in text and not any(
            phrase.casefold() in text.casefold() for phrase in table.page_notices
        ), (label, text[:80])
        assert not any(words in text for words in table.notice), (label, text[:80])


@pytest.mark.parametrize("relative", RECORDS)
def test_every_change_of_chair_is_a_note(relative: str) -> None:
    meeting, _ = _read(relative)
    table = TABLES[meeting.language]
    for label, text in _speech(meeting):
        note = match_note(text, table)
        assert note is None or note.kind is not NoteKind.CHAIR, (label, text[:80])


@pytest.mark.parametrize("relative", RECORDS)
def test_no_sentence_is_left_outside_a_turn(relative: str) -> None:
    """A President's sentence ("I shall now give the floor to …") after a note stays in the
    turn: no heading or unknown note is a sentence the table does not know as a note."""
    meeting, _ = _read(relative)
    table = TABLES[meeting.language]
    for item in meeting.items:
        if isinstance(item, Intervention) or item.kind not in (NoteKind.OTHER,
                                                               NoteKind.AGENDA_ITEM):
            continue
        assert not (re.search(r"[.?!。]$", item.text) and match_note(item.text, table) is None), (
            item.text[:80])
    assert not [d for d in meeting.diagnostics if d.code == "text-outside-turn"]


@pytest.mark.parametrize("relative", RECORDS)
def test_no_turn_is_lost(relative: str) -> None:
    """Every line that starts a paragraph with a speaker's label starts a turn."""
    meeting, document = _read(relative)
    table = TABLES[meeting.language]
    starts = {turn.line for turn in meeting.interventions}
    header = set(meeting.header)
    evidence = any(line.blank_before or line.indented for line in document.lines)
    for index, line in enumerate(document.lines):
        at_start = index == 0 or line.blank_before or line.indented or not evidence
        if at_start and line.text not in header and match_label(fold(line.text), table):
            assert line.number in starts, (line.number, line.text)
