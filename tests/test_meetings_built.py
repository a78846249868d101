"""The meeting walk's items and the nothing-lost check's claims, made cheaply, give what the
plain computation gives.

Items are numbered when they are made (no copy of each at the end): each item's ``index`` is
its position, on real records and on records with a President's national statement (one
label making three turns), a speech going on after a note, a heading glued after a speech
and text outside any turn.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import csto_un
from conftest import corpus_file
from csto_un.accounting import _uncarried
from csto_un.folding import fold_lines
from csto_un.meetings import _parser, _scan
from csto_un.meetings._labels import label_heads
from csto_un.meetings._lang import TABLES
from csto_un.meetings._parser import detect_language
from csto_un.meetings._tables import ends_sentence, sentence_ends
from csto_un.sources import Line, read_string

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


_MULTILINGUAL = [f"multilingual/S_PV.{meeting}_{code}.txt" for meeting in (9642, 9722)
                 for code in TABLES]


def _full_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    """The scanner without its shortcuts: no run of lines appended at once, a label tried
    at every line."""
    monkeypatch.setattr(_scan._Scanner, "_going_on", lambda self, i: i)
    monkeypatch.setattr(_scan._Scanner, "may_open_label", lambda self, i: True)


@pytest.mark.parametrize("relative", ["S_PV.8967_fr.txt", *_MULTILINGUAL])
@pytest.mark.parametrize("blank_lines", [True, False])
def test_the_scanners_shortcuts_give_the_full_walks_blocks(
    relative: str, blank_lines: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Lines after a sentence's end under a long line where no note starts, and lines whose
    head starts no label though a colon is near, go on with the open paragraph at once
    (records without paragraph evidence): the blocks are the full walk's."""
    lines = corpus_file(relative).read_text(encoding="utf-8").split("\n")
    if not blank_lines:
        lines = [line for line in lines if line.strip()]
    document = read_string("\n".join(lines), format="text")
    texts = fold_lines([line.text for line in document.lines])
    table = TABLES[detect_language(texts)]
    fast = _scan._Scanner(document.lines, table, texts).run()
    _full_walk(monkeypatch)
    assert _scan._Scanner(document.lines, table, texts).run() == fast


_HEADED = [code for code, table in TABLES.items() if label_heads(table) is not None]
_FILLER = st.sampled_from(["I thank you.", "We welcome the report", "of the Council", "a",
                           "Mr", "The", "(France)", "(spoke in French):", "x: y", ""])


@given(st.sampled_from(_HEADED), st.data())
def test_a_line_longer_than_every_head_and_starting_with_none_starts_no_label(
    code: str, data: st.DataObject
) -> None:
    """Labels cut over lines anywhere (inside the head too) among other lines: the scanner
    finds at every line the label it finds with every line tried."""
    table = TABLES[code]
    heads = label_heads(table) or ()
    head = data.draw(st.sampled_from(heads))
    label = f"{head} Smith (France): I thank the Council."
    cuts = sorted({data.draw(st.integers(1, len(head))),  # (a cut in the head, or after it)
                   *data.draw(st.lists(st.integers(1, len(label) - 1), max_size=2))})
    pieces = [label[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(label)], strict=True)]
    before = data.draw(st.lists(_FILLER, max_size=3))
    after = data.draw(st.lists(_FILLER, max_size=3))
    texts = [text for text in fold_lines([*before, *pieces, *after]) if text]
    lines = [Line(text, number, 1) for number, text in enumerate(texts, 1)]
    scanner = _scan._Scanner(lines, table, texts)
    found = [scanner.label_at(i) for i in range(len(texts))]
    scanner.may_open_label = lambda i: True  # type: ignore[method-assign]
    assert [scanner.label_at(i) for i in range(len(texts))] == found


# Runs of lines of an English record without paragraph evidence: long lines of prose
# (ending a sentence or not), short ones, notes after a sentence's end, labels whole or cut in
# their head, lines with a colon that are no label, a language note, a vote list.
_LONG = "and the Council welcomes the efforts of all the parties to the agreement"
_RECORD_RUNS = st.sampled_from([
    [f"{_LONG} today"], [f"{_LONG} today."], [f"{_LONG}:"], ["We thank you."],
    [f"{_LONG} today.", "The meeting rose at 4 p.m."],
    [f"{_LONG} today.", "It was so decided."], [f"{_LONG} today.", "The meeting rose at 4",
                                               "p.m."],
    [f"{_LONG} today.", "The", "President: I thank you."],
    ["The President: I give the floor to the representative"], ["Mr. Smith (France): We"],
    [f"{_LONG} today.", "Mr.", "Smith (France): We thank"], [f"{_LONG} as follows: first"],
    ["(spoke in French)"], [f"{_LONG} today.", "In favour:", "France, Ghana"]])


@given(st.lists(_RECORD_RUNS, min_size=1, max_size=8))
def test_the_scanners_shortcuts_give_the_full_walks_blocks_on_made_records(
    runs: list[list[str]]
) -> None:
    texts = [f"The President: I declare the meeting open. {_LONG}",
             *(line for run in runs for line in run)]
    document = [Line(text, number, 1) for number, text in enumerate(texts, 1)]
    table = TABLES["en"]
    fast = _scan._Scanner(document, table, texts).run()
    with pytest.MonkeyPatch.context() as monkeypatch:
        _full_walk(monkeypatch)
        assert _scan._Scanner(document, table, texts).run() == fast


_LINE_ENDS = st.lists(st.text(alphabet=st.sampled_from(list("ab .)(:。»\"!")), max_size=8),
                      max_size=12)


@given(_LINE_ENDS)
def test_sentence_ends_of_lines_are_each_lines_end(lines: list[str]) -> None:
    """The lines' sentence ends read in bulk (last characters in C, the pattern only at a
    closing bracket) are each line's, read alone."""
    folded = fold_lines(lines)
    assert sentence_ends(folded) == [ends_sentence(text) for text in folded]


def test_sentence_ends_of_real_records_are_each_lines_end() -> None:
    brackets = 0
    for name in _RECORDS:
        folded = fold_lines(corpus_file(name).read_text(encoding="utf-8").split("\n"))
        brackets += sum(text.endswith(")") for text in folded)
        assert sentence_ends(folded) == [ends_sentence(text) for text in folded]
    assert brackets > 10  # (lines ending with a bracket, where the pattern is asked)
