"""Small text helpers of the meeting parser: normalising, joining lines, clock times."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Sequence

from ._lang import Phrases

__all__ = ["TERMINAL", "fold", "join_lines", "parse_time", "vocabulary"]

_FOLD = str.maketrans({"（": "(", "）": ")", "：": ":", "\u00a0": " ", "\u202f": " ",
                       "\u2009": " ", "\ufffe": "-", "\u00ad": "-"})
_SPACES = re.compile(r"\s+")
_HYPHEN_END = re.compile(r"(\w+)-$")
_WORD_START = re.compile(r"^(\w+)")
_WORD = re.compile(r"\w+(?:-\w+)*")
# A lone "f" before a lower-case word is a ligature (fl, fi, ff) the extractor split: "f lux".
_LIGATURE = re.compile(r"(?<![\w(])f (?=[a-zà-ÿœ])")

TERMINAL = re.compile(r"[.!?:;»”\"。！？：；\]]\)?\s*$|\.\)\s*$|[.!?”\"»]\s*\([^()]*\)\s*$")
"""A line that ends a sentence (and so may end a paragraph)."""


def fold(text: str) -> str:
    """Full-width brackets and colons as ASCII, every run of spaces as one space, stripped."""
    return _SPACES.sub(" ", text.translate(_FOLD)).strip()


def vocabulary(lines: Iterable[str]) -> set[str]:
    """The words (hyphenated compounds too) found inside lines, not at a line end's hyphen."""
    words: set[str] = set()
    for line in lines:
        body = fold(line)
        if body.endswith("-"):
            body = body[: body.rfind(" ")] if " " in body else ""
        words.update(w.lower() for w in _WORD.findall(body))
    return words


def join_lines(lines: Sequence[str], words: set[str], *, dehyphenate: bool) -> str:
    """Join printed lines into one paragraph, mending words split at a line end.

    A line ending in a hyphen is joined without a space. Whether the hyphen stays is decided by
    the document's own words: "resolu-" + "ción" loses it when "resolución" occurs elsewhere,
    "Kassym-" + "Jomart" keeps it when "kassym-jomart" does; otherwise ``dehyphenate`` (the
    document's majority) decides. Lines in CJK scripts join without spaces. A ligature the
    extractor split ("f lux", "f léau") is mended: a lone "f" is never a word.
    """
    out = ""
    for raw in lines:
        line = fold(raw)
        if not line:
            continue
        if not out:
            out = line
            continue
        match = _HYPHEN_END.search(out)
        if match and out.endswith("-") and not out.endswith(" -"):
            head = match.group(1)
            tail_match = _WORD_START.match(line)
            tail = tail_match.group(1) if tail_match else ""
            if _mend(head, tail, words, dehyphenate=dehyphenate):
                out = out[:-1] + line
            else:
                out += line
        elif _is_cjk(out[-1]) or _is_cjk(line[0]):
            out += line
        else:
            out += " " + line
    return _LIGATURE.sub("f", out)


def hyphen_evidence(lines: Sequence[str], words: set[str]) -> bool:
    """Whether split words at line ends in this document mostly lose their hyphen."""
    remove = keep = 0
    for first, second in itertools.pairwise(lines):
        a, b = fold(first), fold(second)
        match = _HYPHEN_END.search(a)
        tail_match = _WORD_START.match(b)
        if not (match and tail_match):
            continue
        head, tail = match.group(1).lower(), tail_match.group(1).lower()
        if f"{head}-{tail}" in words:
            keep += 1
        elif f"{head}{tail}" in words:
            remove += 1
    return remove > keep


def _mend(head: str, tail: str, words: set[str], *, dehyphenate: bool) -> bool:
    if not tail or not tail[0].islower():
        return False
    joined, hyphened = f"{head}{tail}".lower(), f"{head}-{tail}".lower()
    if hyphened in words:
        return False
    if joined in words:
        return True
    return dehyphenate


def _is_cjk(char: str) -> bool:
    return "\u3000" <= char <= "\u9fff" or "\uff00" <= char <= "\uffef"


def parse_time(text: str, table: Phrases) -> dt.time | None:
    """The first clock time the text gives, read with the table's patterns ("11 h 5" → 11:05)."""
    text = fold(text)
    for pattern in table.times:
        match = re.search(pattern, text)
        if not match:
            continue
        groups = match.groupdict()
        meridiem = (groups.get("meridiem") or "").lower()
        if meridiem in table.noon_words:
            return dt.time(12, 0)
        if groups.get("hour") is None:
            continue
        hour, minute = int(groups["hour"]), int(groups.get("minute") or 0)
        if meridiem and meridiem in table.pm_words and hour < 12:
            hour += 12
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    return None
