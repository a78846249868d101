"""The text layer: one fold per purpose, one line joiner."""

from __future__ import annotations

import doctest
import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

import csto_un.text
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


def test_a_letter_spaced_word_is_no_ligature() -> None:
    """A lone "f" after a lone letter is a word spaced out ("o f the"), not the split ligature
    of "f lux"; both are mended or kept by the one joiner."""
    words = csto_un.text.vocabulary([])
    join = csto_un.text.join_lines
    assert join(["the importance o f the"], words, dehyphenate=False) == "the importance o f the"
    assert join(["resilient f ood systems"], words, dehyphenate=False) == "resilient food systems"
