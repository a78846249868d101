"""The language of a record, told from its own words when the caller does not say it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._labels import match_label
from ._lang import TABLES, MeetingPhrases
from ._procedure import match_note
from ._tables import per_table

__all__ = ["detect_language"]

_HAN = re.compile(r"[\u4e00-\u9fff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_READ = 600  # lines read, at most
# The record's first lines, which decide when one language's common words outnumber every
# other's there by far: a record's front page and first speeches are in its language. Read in
# two steps, the first fifty lines and then the first hundred: a record whose first page
# leaves no doubt (most) pays for counting half as many lines.
_FIRST = (50, 100)
_SURE = 20  # common words of the first lines, at least, ...
_AHEAD = 4  # ... and this many times those of any other language


def detect_language(lines: Sequence[str]) -> str:
    """The language of a record (its lines folded), from the frequency of each table's common
    words, in its first 50 lines, else its first 100, when one language leads there by far
    (four to one, twenty words at least), else in its first 600; a short record without any
    is told by its script, then by the labels and procedural notes each table recognises in
    it ("M. Zas (parle en russe) :"), then English.
    """
    for read in _FIRST:
        if len(lines) <= read:
            break  # (all its lines: counted below)
        scores = _scores(lines[:read])
        first, second = sorted(scores.values(), reverse=True)[:2]
        if first >= _SURE and first >= _AHEAD * second:
            return max(scores, key=lambda code: scores[code])
    scores = _scores(lines[:_READ])
    if not any(scores.values()):  # no common word at all (a short record): tell by the script
        text = " ".join(lines[:_READ])
        for code, script in (("zh", _HAN), ("ru", _CYRILLIC), ("ar", _ARABIC)):
            if script.search(text):
                return code
        scores = {code: sum(1 for line in lines[:_READ] if match_label(line, table) is not None
                            or match_note(line, table) is not None)
                  for code, table in TABLES.items()}
        if not any(scores.values()):
            return "en"
    return max(sorted(scores), key=lambda code: scores[code])


def _scores(lines: Sequence[str]) -> dict[str, int]:
    """Each table's count of its common words in ``lines``."""
    text = " " + " ".join(lines) + " "
    return {code: _score(text, table) for code, table in TABLES.items()}


def _score(text: str, table: MeetingPhrases) -> int:
    """How often the table's common words occur in ``text``: a word is counted only when its
    first letter is in the text (one quick search; the other scripts' words are not)."""
    return sum(text.count(word) for word, letter in per_table(table, "detect", _detect_letters)
               if letter in text)


def _detect_letters(table: MeetingPhrases) -> tuple[tuple[str, str], ...]:
    """Each common word of the table with its first letter (spaces aside)."""
    return tuple((word, word.strip()[:1] or word[:1]) for word in table.detect)
