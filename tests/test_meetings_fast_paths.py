"""The meeting parser's fast paths give what the plain definitions they replace give.

Each shortcut taken for speed (issue 8) has a plain definition next to it: these properties
check them against each other on generated text, and on every line of the real records.
"""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import csto_un
from conftest import corpus_file
from csto_un.meetings import _scan
from csto_un.meetings._lang import TABLES
from csto_un.meetings._parser import detect_language
from csto_un.meetings._tables import TERMINAL, ends_sentence
from csto_un.sources import Line
from csto_un.text import _FOLD, _WORD, Vocabulary, fold, fold_lines, join_lines, vocabulary

# Characters the rules care about: word characters of several scripts, hyphens, soft hyphens,
# brackets (ASCII and full width), colons, sentence ends, and white space of every kind.
_ALPHABET = st.sampled_from(
    list("aAbéÉİfIıΣσς中文اب-_–( )（）:：.;!?»”\"]1\u00a0\u202f\u2009\u00ad\ufffe\t\u3000")
)
_TEXT = st.text(alphabet=_ALPHABET, max_size=40)
_LINES = st.lists(_TEXT, max_size=12)


def _words_as_listed(text: str) -> set[str]:
    """The plain definition :class:`Vocabulary` stands for."""
    return set(map(str.lower, _WORD.findall(text)))


@given(_TEXT)
@example(" a  b ")
@example("a  b")
@example("a\tb")
@example("a\u3000b")
def test_fold_is_its_plain_definition(text: str) -> None:
    assert fold(text) == " ".join(text.translate(_FOLD).split())


@given(_LINES)
def test_fold_lines_is_fold_of_each_line(lines: list[str]) -> None:
    assert fold_lines(lines) == [fold(line) for line in lines]


@given(_TEXT)
def test_ends_sentence_is_the_terminal_pattern_on_folded_text(text: str) -> None:
    folded = fold(text)
    assert ends_sentence(folded) == (TERMINAL.search(folded) is not None)


@given(_LINES, st.booleans())
def test_joining_folded_lines_gives_the_same_paragraph(lines: list[str], dehyphenate: bool) -> None:
    words = vocabulary(lines)
    plain = join_lines(lines, words, dehyphenate=dehyphenate)
    assert join_lines(fold_lines(lines), words, dehyphenate=dehyphenate, folded=True) == plain


@given(_TEXT, st.lists(_TEXT, max_size=8))
@example("aΣ.b", ["aς", "aσ"])  # "Σ" alone at a word's end is "ς"; in the text, maybe not
@example("İstanbul", ["i̇stanbul", "istanbul"])  # lower-casing "İ" makes two characters
def test_words_answer_as_the_list_of_words(text: str, asked: list[str]) -> None:
    words = Vocabulary(text)
    listed = _words_as_listed(text)
    for word in [*asked, *listed, *(w[1:] for w in listed), *(f"{w}-{w}" for w in listed)]:
        assert (word in words) == (word in listed), word


@pytest.mark.parametrize(
    "relative",
    ["S_PV.8967_fr.txt", "multilingual/S_PV.9642_ru.txt", "multilingual/S_PV.9722_es.txt"],
)
def test_words_answer_as_the_list_on_real_records(relative: str) -> None:
    text = corpus_file(relative).read_text(encoding="utf-8")
    words = Vocabulary(text)
    listed = _words_as_listed(text)
    assert listed, "the record has words"
    # Every word of the record, and pieces of words that are not words of their own.
    for word in listed:
        assert word in words
    pieces = {w[1:] for w in listed if len(w) > 3} | {w[:-1] for w in listed if len(w) > 3}
    for piece in pieces:
        assert (piece in words) == (piece in listed), piece


def test_lines_split_at_a_hyphen_are_mended_from_the_records_words() -> None:
    """The case the words are asked about: a word split at a line end ("resolu-" "ción")."""
    text = corpus_file("multilingual/S_PV.9642_es.txt").read_text(encoding="utf-8")
    lines = fold_lines(text.split("\n"))
    words = vocabulary(lines, folded=True)
    split = [(a, b) for a, b in itertools.pairwise(lines)
             if re.search(r"\w-$", a) and re.match(r"[a-zñáéíóú]", b)]
    assert split, "the Spanish record has words split at a line end"
    # The plain definition: every word of the lines but the piece before a line-end hyphen.
    bodies = [line.rsplit(" ", 1)[0] if " " in line else "" for line in lines]
    listed = _words_as_listed("\n".join(
        body if line.endswith("-") else line for line, body in zip(lines, bodies, strict=True)))
    found = 0
    for first, second in split:
        head = re.search(r"(\w+)-$", first)
        tail = re.match(r"\w+", second)
        assert head is not None and tail is not None
        for word in (f"{head.group(1)}{tail.group()}", f"{head.group(1)}-{tail.group()}"):
            assert (word.lower() in words) == (word.lower() in listed), word
            found += word.lower() in listed
    assert found, "some split words occur whole elsewhere in the record"


_RECORDS = ["S_PV.8967_fr.txt", "multilingual/S_PV.9642_en.txt", "multilingual/S_PV.9642_ru.txt",
            "multilingual/S_PV.9722_zh.txt", "multilingual/S_PV.9722_es.txt"]


@pytest.mark.parametrize("relative", _RECORDS)
@pytest.mark.parametrize("blank_lines", [True, False])
def test_the_scanners_short_path_gives_the_walks_blocks(
    relative: str, blank_lines: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A line that only goes on with the open paragraph is appended at once: the blocks are
    those of the full walk, on real records as they are and with their blank lines dropped
    (no paragraph evidence)."""
    lines = corpus_file(relative).read_text(encoding="utf-8").split("\n")
    if not blank_lines:
        lines = [line for line in lines if line.strip()]
    document = csto_un.sources.read_string("\n".join(lines), format="text")
    texts = fold_lines([line.text for line in document.lines])
    table = TABLES[detect_language(texts)]
    taken = []
    goes_on = _scan._Scanner._goes_on

    def counted(self: _scan._Scanner, i: int, line: Line, text: str) -> list[str] | None:
        paragraph = goes_on(self, i, line, text)
        taken.append(paragraph is not None)
        return paragraph

    monkeypatch.setattr(_scan._Scanner, "_goes_on", counted)
    scanner = _scan._Scanner(document.lines, table, texts)
    assert blank_lines or not scanner.evidence
    fast = scanner.run()
    assert sum(taken) > len(taken) / 3  # the short path is the common one
    monkeypatch.setattr(_scan._Scanner, "_goes_on", lambda *_: None)
    assert _scan._Scanner(document.lines, table, texts).run() == fast
