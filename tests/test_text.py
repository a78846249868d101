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
