"""The text layer: one fold per purpose, one line joiner."""

from __future__ import annotations

import doctest
import itertools
import re
import unicodedata
from collections.abc import Container

import pytest
from hypothesis import given
from hypothesis import strategies as st

import csto_un._vocabulary
import csto_un.text
from conftest import corpus_file
from csto_un.sources._search import joined_lines
from csto_un.text import fold_search, fold_words


def test_doctests() -> None:
    assert doctest.testmod(csto_un.text).failed == 0


def _words_by_whole_string(text: str) -> str:
    """Folding for word search as a whole string (NFKD of the case-folded text)."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-z]+", " ", text).strip()


@given(st.text(max_size=60))
def test_search_folds_character_by_character_as_the_whole_text(text: str) -> None:
    assert fold_words(text) == _words_by_whole_string(text)
    folded, origin = fold_search(text)
    assert len(folded) == len(origin)
    assert origin == sorted(origin)


# -- one hyphen rule for both parsers ------------------------------------------------------


def test_a_few_compounds_at_line_ends_are_no_habit_of_splitting_words() -> None:
    """One "capacity-" + "building" in a long text, "capacity" printed nowhere else: a vote
    for the typesetter, but one split is no habit, and the hyphen stays."""
    lines = [f"line {n} of a text whose typesetter never splits words" for n in range(60)]
    lines[30:32] = ["and innovation and capacity-", "building for all"]
    joiner = csto_un.text.Joiner.of(lines)
    assert not joiner.dehyphenate
    assert joiner.join(lines[30:32]) == "and innovation and capacity-building for all"


class _Asked(Container[str]):
    """Words that know no word, and remember what they were asked."""

    def __init__(self) -> None:
        self.asked: list[object] = []

    def __contains__(self, word: object) -> bool:
        self.asked.append(word)
        return False


def test_a_text_with_too_few_split_words_for_the_habit_asks_its_words_nothing() -> None:
    """One line in :data:`~csto_un.text._HABIT` at least must end with a hyphen for the
    typesetter to split words: with fewer, no vote can make the habit, and no word is asked
    for; with as many, the votes are counted."""
    lines = ["the draft resolu-", "tion of the Assembly", *["a plain line"] * 60]
    long_text = _Asked()
    assert csto_un.text.hyphen_evidence(lines, long_text) is False
    assert long_text.asked == []
    short_text = _Asked()
    assert csto_un.text.hyphen_evidence(lines[:20], short_text) is True  # "resolu" no word
    assert short_text.asked != []


def test_a_vocabulary_lowers_its_text_when_a_word_is_first_asked_for() -> None:
    """Made for every document, asked about only its words split at a line end: the text is
    lower-cased at the first question, once."""

    class Watched(str):
        lowered = 0

        def lower(self) -> str:
            type(self).lowered += 1
            return str.lower(self)

    words = csto_un.text.Vocabulary(Watched("The Peace-keeping Resolution"))
    assert Watched.lowered == 0
    assert "resolution" in words and "peace-keeping" in words and "peace" not in words
    assert Watched.lowered == 1


def test_a_letter_spaced_word_is_no_ligature() -> None:
    """A lone "f" after a lone letter is a word spaced out ("o f the"), not the split ligature
    of "f lux"; both are mended or kept by the one joiner."""
    words = csto_un.text.vocabulary([])
    join = csto_un.text.join_lines
    assert join(["the importance o f the"], words, dehyphenate=False) == "the importance o f the"
    assert join(["resilient f ood systems"], words, dehyphenate=False) == "resilient food systems"


# -- the document's words, looked up or listed ----------------------------------------------

# Word characters of several scripts, lower-casing that changes lengths or depends on the
# letters around ("İ", "Σ"), hyphens, "_", punctuation and white space of several kinds.
_WORDS_ALPHABET = st.sampled_from(list("aAbéİΣσς中ب1_-–.,;( )\n\t\u00a0"))


def _listed(text: str) -> set[str]:
    """The plain definition of a text's words (:class:`csto_un.text.Vocabulary`)."""
    return set(map(str.lower, csto_un._vocabulary._WORD.findall(text)))


@given(st.text(_WORDS_ALPHABET, max_size=60), st.lists(st.text(_WORDS_ALPHABET, max_size=6)))
def test_a_vocabulary_told_of_many_words_answers_as_one_that_looks_each_up(
    text: str, asked: list[str]
) -> None:
    """Told that many words will be asked, a vocabulary lists its text's words at once; its
    answers are those of a vocabulary that looks each word up in the text, and of the plain
    definition."""
    looked, listed = csto_un.text.Vocabulary(text), csto_un.text.Vocabulary(text)
    listed.expect(1 << 20)
    words = _listed(text)
    for word in [*asked, *words, *(w[1:] for w in words), *(f"{w}-{w}" for w in words)]:
        assert (word in listed) == (word in looked) == (word in words), word


@given(st.text(_WORDS_ALPHABET, max_size=80))
def test_a_texts_words_listed_from_its_pieces_are_those_the_pattern_finds(text: str) -> None:
    assert csto_un._vocabulary._words_of(text) == set(csto_un._vocabulary._WORD.findall(text))


def test_a_record_whose_typesetter_splits_words_lists_its_words_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The hyphen evidence of a Spanish record (a line in four split) asks about a hundred
    words: they are listed once, none looked up in the text; a French record with a split
    in ten lines asks about a few, looked up one by one (cheaper than listing)."""
    looked_up: list[str] = []
    look_up = csto_un._vocabulary._is_word_of

    def watched(word: str, text: str) -> bool:
        looked_up.append(word)
        return look_up(word, text)

    monkeypatch.setattr(csto_un._vocabulary, "_is_word_of", watched)
    spanish = corpus_file("multilingual/S_PV.9642_es.txt").read_text(encoding="utf-8")
    assert csto_un.text.Joiner.of(spanish.split("\n")).dehyphenate
    assert looked_up == []
    french = corpus_file("multilingual/S_PV.9642_fr.txt").read_text(encoding="utf-8")
    assert csto_un.text.Joiner.of(french.split("\n")).dehyphenate
    assert 0 < len(looked_up) < csto_un._vocabulary._LOOKED_UP


_SPLIT_LINES = st.lists(st.text(st.sampled_from(list("aÉ1_-– .\n")), max_size=8), max_size=10)


@given(_SPLIT_LINES)
def test_the_words_around_line_end_hyphens_are_found_as_line_by_line(lines: list[str]) -> None:
    """The hyphen evidence's two searches of the lines joined find, for each line ending with a
    hyphen, the word before it and the word the next line starts with (lines holding a line
    break too)."""
    plain = []
    for first, second in itertools.pairwise(lines):
        if first.endswith("-"):
            head = re.search(r"(\w+)-\Z", first)
            tail = re.match(r"\w*", second)
            assert tail is not None
            plain.append((head.group(1) if head else "", tail.group()))
    assert list(csto_un.text._split_words(lines)) == plain
    joined = joined_lines(lines)  # (the meeting walk's, handed on; None: a line holds a break)
    if joined is not None:
        assert list(csto_un.text._split_words(lines, joined)) == plain


def test_a_vocabulary_cuts_its_lines_when_a_word_is_first_asked_for() -> None:
    """Made for every record, asked about no word in most (their split words too few for the
    habit, decided by counting them): the lines are read when the first word is asked for,
    as they were when the vocabulary was made."""

    class Watched(str):
        read = 0

        def endswith(self, *args: object) -> bool:
            type(self).read += 1
            return str.endswith(self, *args)  # type: ignore[arg-type]

    lines = [Watched("the peace-keeping resolu-"), Watched("tion and the rest")]
    words = csto_un.text.vocabulary(lines, folded=True)
    assert Watched.read == 0
    lines[1] = Watched("resolu")  # (the caller's list changed after: the words are not)
    assert "resolution" not in words and "peace-keeping" in words and "rest" in words
    assert "resolu" not in words  # the piece before a line end's hyphen is no word
    assert Watched.read > 0


@given(st.lists(st.text(st.sampled_from(list("aΣb -\n")), max_size=8), max_size=8),
       st.lists(st.text(st.sampled_from(list("aσςb-")), max_size=4), max_size=6))
def test_a_vocabulary_of_lines_answers_as_the_words_of_its_lines_cut(
    lines: list[str], asked: list[str]
) -> None:
    cut = "\n".join((line[: line.rfind(" ")] if " " in line else "") if line.endswith("-")
                    else line for line in lines)
    words, plain = csto_un.text.vocabulary(lines, folded=True), _listed(cut)
    for word in [*asked, *plain]:
        assert (word in words) == (word in plain), word


@given(st.text(st.sampled_from(list("a é\u2fff\u3000中\ua000\ufeff\uff01\U0001f600")), max_size=12))
def test_a_text_holds_cjk_as_the_cjk_pattern_finds(text: str) -> None:
    assert csto_un.text._holds_cjk(text) == (csto_un.text.CJK.search(text) is not None)


_FOLDED_LINE = st.text(st.sampled_from(list("ab é中\u3000\uff01\ua000-")), max_size=8).map(
    csto_un.text.fold
)


@given(st.lists(_FOLDED_LINE, max_size=5))
def test_folded_lines_join_as_the_rule_joins_them_line_by_line(lines: list[str]) -> None:
    # The joins of folded lines take a short path when no joint asks a rule; the path taken
    # line by line (the lines given unfolded, each folded again: the same lines) is the rule.
    words = {"ab"}
    assert csto_un.text.join_lines(lines, words, dehyphenate=True, folded=True) == (
        csto_un.text.join_lines(lines, words, dehyphenate=True)
    )


def test_a_cjk_quote_joins_without_a_space_only_where_it_stands_at_the_joint() -> None:
    join = csto_un.text.Joiner.of(["The delegate quoted", "安全理事会", "会议 and went on"]).join
    assert join(["The delegate quoted", "安全理事会", "会议 and went on"], folded=True) == (
        "The delegate quoted安全理事会会议 and went on"
    )
    assert join(["The delegate quoted 安全理事会 and", "went on"], folded=True) == (
        "The delegate quoted 安全理事会 and went on"
    )
