"""The meeting walk's shortcuts of round 10 give what the walk gives without them.

A label printed on one line is read without the loop that joins lines; a line is asked the
vote-list and agenda-heading tests only when it starts as a vote list's head or an agenda
heading can; a heading's or note's symbols and a record's symbol are read once per process.
Each property compares the answer with the shortcut taken away, on real records (with and
without their blank lines) and on made records that reach the shortcut's branch.
"""

from __future__ import annotations

import contextlib

import pytest

import csto_un
from conftest import corpus_file
from csto_un.meetings import _front, _parser, _procedure, _scan
from csto_un.meetings._labels import LabelMatch, match_label
from csto_un.meetings._lang import TABLES
from csto_un.sources import read_string
from csto_un.symbols import DocumentSymbol

_RECORDS = ["S_PV.8967_fr.txt", *(f"multilingual/S_PV.9642_{code}.txt" for code in TABLES),
            *(f"multilingual/S_PV.9722_{code}.txt" for code in TABLES)]


def _scanner(text: str) -> _scan._Scanner:
    """The scanner of a record's lines as the parser gives them (furniture out, repaired)."""
    parse = _parser._Parse(read_string(text, format="text"), None, False)
    return _scan._Scanner(parse.lines, parse.table, parse.texts)


def _record(relative: str, blank_lines: bool) -> str:
    lines = corpus_file(relative).read_text(encoding="utf-8").split("\n")
    return "\n".join(line for line in lines if blank_lines or line.strip())


def _label_joined(scanner: _scan._Scanner, i: int) -> tuple[LabelMatch, int, str, str] | None:
    """The label at line ``i`` as the walk read it before: lines joined one by one from the
    first, the label tried once a colon is in."""
    if scanner.next_colon[i] >= i + _scan._LABEL_LINES or not scanner.may_open_label(i):
        return None
    joined = ""
    for k in range(_scan._LABEL_LINES):
        if i + k >= len(scanner.lines):
            return None
        if (k and scanner.evidence and scanner.para_start(i + k)
                and joined.count("(") <= joined.count(")")):
            return None
        text = scanner.texts[i + k]
        if joined.endswith("-") and text[:1].islower():
            joined = joined[:-1] + text
        else:
            joined = f"{joined} {text}".strip()
        if ":" not in joined:
            continue
        match = match_label(joined, scanner.table)
        if match is None:
            return None
        printed = " ".join(stripped for line in scanner.lines[i : i + k + 1]
                           if (stripped := line.text.strip()))
        return match, k + 1, _scan._printed_label(printed), joined[match.end :]
    return None


@pytest.mark.parametrize("relative", _RECORDS)
@pytest.mark.parametrize("blank_lines", [True, False])
def test_a_label_is_read_as_by_joining_its_lines(relative: str, blank_lines: bool) -> None:
    """At every line of a real record, the label read (one line at once, else joined) is the
    label the line-by-line join reads."""
    scanner = _scanner(_record(relative, blank_lines))
    found = [scanner.label_at(i) for i in range(len(scanner.lines))]
    assert found == [_label_joined(scanner, i) for i in range(len(scanner.lines))]
    assert sum(label is not None and label[1] == 1 for label in found) > 3  # (on one line)


def test_labels_over_lines_are_read_as_by_joining_them() -> None:
    """Labels printed on one, two and three lines, a hyphen at a line end among them."""
    scanner = _scanner("The President: I open the meeting.\n"
                       "Mr. Smith (United\nKingdom): I thank you.\n"
                       "Mr. Vassily Nebenzia-\nKuznetsov (Russian\nFederation): Thank you.\n"
                       "It was so decided.\n")
    found = [scanner.label_at(i) for i in range(len(scanner.lines))]
    assert found == [_label_joined(scanner, i) for i in range(len(scanner.lines))]
    assert [label[1] for label in found if label is not None] == [1, 2, 3]


def _unguarded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every line asked the vote-list and agenda-heading tests, whatever it starts with."""
    init = _scan._Scanner.__init__

    def without_guards(self: _scan._Scanner, *args: object) -> None:
        init(self, *args)  # type: ignore[arg-type]
        self.vote_starts = ("",)  # (every text starts with "")
        self.agenda_starts = None

    monkeypatch.setattr(_scan._Scanner, "__init__", without_guards)


# Made records reaching the guarded branches: a vote list after a sentence the notes do not
# know, and an agenda heading after a speech (no paragraph evidence: the short lines after a
# sentence's end under the long ones start paragraphs).
_SPEECH = ("I thank the representative for the statement made on behalf of the delegation "
           "and the group.")
_DISCOURS = ("Je remercie le représentant de la déclaration qu’il a faite au nom de la "
             "délégation et du groupe.")
_MADE = [
    f"The President: {_SPEECH}\n{_SPEECH}\nWe shall now vote.\nIn favour:\n"
    f"Albania, Brazil, China\nAgainst:\nNone\nAbstaining:\nIndia\n"
    f"The President: {_SPEECH}\n{_SPEECH}\n",
    f"The President: {_SPEECH}\n{_SPEECH}\nI thank the speakers.\n"
    f"Agenda item 10 (continued)\nThe President: {_SPEECH}\n{_SPEECH}\n",
    f"Le Président : {_DISCOURS}\n{_DISCOURS}\nNous votons.\nVotent pour :\n"
    f"Albanie, Brésil\nVotent contre :\nNéant\nLe Président : {_DISCOURS}\n{_DISCOURS}\n",
]


@pytest.mark.parametrize("text", _MADE)
def test_the_walk_of_made_records_is_the_walk_without_the_guards(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A vote list and an agenda heading found through the guards are found without them."""
    blocks = _scanner(text).run()
    assert any(block.kind in ("note", "heading") for block in blocks)
    _unguarded(monkeypatch)
    assert _scanner(text).run() == blocks


@pytest.mark.parametrize("relative", _RECORDS)
def test_the_walk_of_a_record_is_the_walk_without_the_guards(
    relative: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _record(relative, blank_lines=True)
    meeting = csto_un.parse_meeting(text)
    _unguarded(monkeypatch)
    assert csto_un.parse_meeting(text) == meeting


def _headings_and_notes(relative: str) -> list[str]:
    meeting = csto_un.parse_meeting(corpus_file(relative).read_text(encoding="utf-8"))
    return [note.text for note in meeting.items if isinstance(note, csto_un.ProceduralNote)]


def test_symbols_are_read_as_afresh_in_every_language() -> None:
    """A heading's or note's symbols, remembered, are those read afresh, whatever language
    asked for the same text before (the memo is keyed by the language too)."""
    texts = [text for relative in _RECORDS[:7] for text in _headings_and_notes(relative)]
    texts += ["la résolution 2118 (2013) du Conseil", "resolution 2118 (2013) of the Council",
              "document S/2024/123 and A/78/L.5", "Agenda item 10 (continued)"]
    languages = [*TABLES, None]
    answers = {(text, language): _procedure._symbols(text, language)
               for text in texts for language in languages}
    _procedure._symbols_remembered.cache_clear()
    for language in languages:  # (each text asked in every language, one after another)
        for text in texts:
            assert _procedure.document_symbols(text, language) == answers[text, language]
    assert any(answers[text, "fr"] != answers[text, "en"] for text in texts)
    assert any(answers[text, "en"] for text in texts)


def test_a_records_symbol_is_read_as_afresh() -> None:
    """The front page's and the headers' symbol, and the meeting's symbol read, remembered,
    are those read afresh, for symbols that read and some that do not."""
    printed = ["S/PV.9642", "S/PV.9642 (Resumption 1)", "A/78/PV.12", "S/PV.", "S/PV. 8698",
               "A/C.1/78/PV.3", "S/PV.9642", "E/2024/SR.5"]
    for text in printed:
        line = f"{text}  Security Council  03/06/2024"
        match = _front._PV_SYMBOL.search(line)
        assert _front.find_symbol(line) == (_afresh(match.group(0)) if match else None)
        expected = None
        with contextlib.suppress(csto_un.errors.SymbolError):
            expected = DocumentSymbol.parse(text)
        assert _parser._symbol(text) == expected
    assert _parser._symbol(None) is None


def _afresh(text: str) -> str | None:
    try:
        return str(DocumentSymbol.parse(text))
    except csto_un.errors.SymbolError:
        return None
