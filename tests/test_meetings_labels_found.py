"""A label found is read once per process: the reading remembered by the label's text, up to
the text's first colon, gives what a fresh reading gives.

Each property compares :func:`match_label` with the memo (asked twice: stored, then found)
against ``_match_label``, the reading afresh, on the lines and joined line pairs of real
records in every language, and on made texts whose first colon is not the label's (inside
a bracket) or is followed by other text than the first time.
"""

from __future__ import annotations

import itertools

import pytest

from conftest import corpus_file
from csto_un.meetings import _labels, _parser
from csto_un.meetings._labels import match_label
from csto_un.meetings._lang import TABLES
from csto_un.meetings._tables import per_table
from csto_un.sources import read_string

_RECORDS = ["S_PV.8967_fr.txt", *(f"multilingual/S_PV.9642_{code}.txt" for code in TABLES),
            *(f"multilingual/S_PV.9722_{code}.txt" for code in TABLES)]


def _forget(language: str) -> None:
    per_table(TABLES[language], "labels-found", _labels._no_labels_yet).clear()


@pytest.mark.parametrize("relative", _RECORDS)
def test_labels_remembered_are_read_afresh(relative: str) -> None:
    language = relative.rsplit("_", 1)[1].removesuffix(".txt")
    table = TABLES[language]
    _forget(language)
    document = read_string(corpus_file(relative).read_text(encoding="utf-8"), format="text")
    texts = _parser._Parse(document, None, False).texts  # (as the scanner reads them:
    # folded, the Arabic records' labels repaired)
    # (each line, and each line with the next: a label's head wrapped onto its second line)
    asked = [*texts, *(f"{a} {b}" for a, b in itertools.pairwise(texts))]
    found = 0
    for text in asked:
        fresh = _labels._match_label(text, table)
        assert match_label(text, table) == fresh, text
        assert match_label(text, table) == fresh, text  # (from the memo, when stored)
        found += fresh is not None
    assert found >= 10
    remembered = per_table(table, "labels-found", _labels._no_labels_yet)
    assert remembered  # the memo was used


@pytest.mark.parametrize(("first", "then"), [
    # the same text to the first colon, other spaces after it
    ("The President: I thank him.", "The President:   I thank her."),
    ("The President: I thank him.", "The President:"),
    # the first colon inside a bracket: the label ends at a later colon, never stored by
    # its first colon's prefix
    ("Mr. Smith (spoke in French: aside): Thank you.", "Mr. Smith (spoke in French: other"),
    ("Mr. Smith (spoke in French: other", "Mr. Smith (spoke in French: aside): Thank you."),
    # a label and a text that starts like it but is none
    ("Mr. Smith (United Kingdom): Thank you.", "Mr. Smith (United Kingdom):"),
    ("Mr. Smith: Thank you.", "Mr. Smith:: no"),
])
def test_a_label_remembered_is_its_prefix_only(first: str, then: str) -> None:
    table = TABLES["en"]
    _forget("en")
    assert match_label(first, table) == _labels._match_label(first, table)
    assert match_label(then, table) == _labels._match_label(then, table)
    assert match_label(first, table) == _labels._match_label(first, table)
