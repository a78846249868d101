"""Helpers of the meeting parser over its phrase tables: compiled patterns, sentence ends,
clock times. The text primitives (folding, joining lines) are the text layer's,
:mod:`csto_un.text`; :func:`per_table` (re-exported here) is :mod:`csto_un._per_table`'s."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import operator
import re
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from .._per_table import per_table
from ..folding import fold
from ._lang import MeetingPhrases

__all__ = [
    "TERMINAL",
    "any_fullmatch",
    "compiled",
    "ends_sentence",
    "fewest_literals",
    "first_chars",
    "guarded",
    "holds_any",
    "inner_literals",
    "parse_time",
    "per_table",
    "remembered",
    "sentence_ends",
]

_T = TypeVar("_T")

TERMINAL = re.compile(r"[.!?:;»”\"。！？：；\]]\)?\s*$|\.\)\s*$|[.!?”\"»]\s*\([^()]*\)\s*$")
"""A line that ends a sentence (and so may end a paragraph)."""

# The last characters :data:`TERMINAL` accepts when a folded text does not end with ")".
_TERMINAL_LAST = frozenset(".!?:;»”\"。！？：；]")


def ends_sentence(folded: str) -> bool:
    """``TERMINAL.search(folded)`` for a folded text (no space at either end), looking at its
    last character only unless it ends with a bracket, the one case that needs the pattern."""
    if folded.endswith(")"):
        return TERMINAL.search(folded) is not None
    return folded[-1:] in _TERMINAL_LAST


def sentence_ends(folded: Sequence[str]) -> list[bool]:
    """``[ends_sentence(text) for text in folded]``, without a Python step per line: each
    line's last character looked up in C (``map``), then the pattern asked of the lines
    ending with a bracket, found by ``list.index``."""
    lasts = list(map(_LAST_CHARACTER, folded))
    ends = list(map(_TERMINAL_LAST.__contains__, lasts))
    search, at = TERMINAL.search, -1
    with contextlib.suppress(ValueError):  # (no line left that ends with a bracket)
        while True:
            at = lasts.index(")", at + 1)
            ends[at] = search(folded[at]) is not None
    return ends


_LAST_CHARACTER = operator.itemgetter(slice(-1, None))  # ("" for an empty text)


def holds_any(text: str, words: Sequence[str]) -> bool:
    """Whether ``text`` holds one of ``words`` (a recogniser's fixed words: a text holding
    none of them is not asked). The words are searched by ``map`` (no generator's frame a
    word)."""
    return any(map(text.__contains__, words))


@functools.lru_cache(maxsize=512)
def compiled(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The phrase table's ``patterns``, compiled once (``re``'s own cache is looked up on
    every module-level call, and evicts)."""
    return tuple(re.compile(pattern) for pattern in patterns)


@functools.lru_cache(maxsize=512)
def guarded(patterns: tuple[str, ...]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The phrase table's ``patterns`` compiled once, each with a text every match of it
    holds (:func:`inner_literals`; ``""``, which every text holds, when it has none): a
    pattern searched only in texts holding its text finds all it finds in every text.

    >>> [text for _, text in guarded(("rule (?P<n>[0-9]+) of the Council", "[a-z]+"))]
    [' of the Council', '']
    """
    return tuple((pattern, (inner_literals((pattern.pattern,)) or ("",))[0])
                 for pattern in compiled(patterns))


_NAMED_GROUP = re.compile(r"(?<!\\)\(\?P<\w+>")


@functools.lru_cache(maxsize=512)
def any_fullmatch(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern that matches a whole text exactly when one of ``patterns`` does (their
    named groups made plain): a quick test before trying them one by one, in order.

    ``None`` when the patterns cannot be put together (a back-reference to a named group).
    """
    if not patterns or any("(?P=" in pattern for pattern in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{_NAMED_GROUP.sub('(?:', p)})" for p in patterns))
    except re.error:
        return None


_MAX_RANGE = 4096  # a character class wider than this is taken as "any character"


def first_chars(patterns: tuple[re.Pattern[str], ...]) -> frozenset[str] | None:
    """Every character a non-empty full match of one of ``patterns`` can start with, read from
    the patterns' syntax trees, or ``None`` when it cannot be told (a class such as ``\\d``,
    a look-ahead, a case-insensitive cased letter): a test to skip texts no pattern can match.
    """
    starts: set[str] = set()
    parser = _sre_parser()
    for pattern in patterns:
        try:
            tree = parser.parse(pattern.pattern, pattern.flags)
        except re.error:  # a pattern this version's parser reads otherwise: no answer
            return None
        found, _ = _first(list(tree), parser)
        if found is None:
            return None
        if pattern.flags & re.IGNORECASE and any(c.lower() != c.upper() for c in found):
            return None
        starts |= found
    return frozenset(starts)


def inner_literals(patterns: tuple[str, ...]) -> tuple[str, ...] | None:
    """For each of ``patterns``, a text every match of it holds: its longest run of plain
    characters outside any group, repetition or alternative ("جدول الأعمال" of "البند \\d+ من
    جدول الأعمال.*"); ``None`` when a pattern has none (or ignores case): a test to skip
    texts that hold none of them, which no pattern can match."""
    parser = _sre_parser()
    found: list[str] = []
    for pattern in patterns:
        try:
            tree = parser.parse(pattern)
        except re.error:  # a pattern this version's parser reads otherwise: no answer
            return None
        if tree.state.flags & re.IGNORECASE:
            return None
        runs, run = [""], ""
        for op, value in tree:
            run = run + chr(value) if op is parser.LITERAL else ""
            runs.append(run)
        longest = max(runs, key=len)
        if not longest:
            return None
        found.append(longest)
    return tuple(found)


def fewest_literals(patterns: tuple[str, ...]) -> tuple[str, ...] | None:
    """Texts one of which every match of one of ``patterns`` holds: their
    :func:`inner_literals`, without repeats and those holding another, sorted; ``None`` when
    a pattern has none.

    >>> fewest_literals(("The meeting (?:rose|ended)", "The meeting was suspended", "It was so"))
    ('It was so', 'The meeting ')
    """
    literals = inner_literals(patterns)
    if literals is None:
        return None
    unique = set(literals)
    return tuple(sorted(literal for literal in unique
                        if not any(other != literal and other in literal for other in unique)))


def _sre_parser() -> Any:
    """The standard library's regular-expression parser (``re._parser``; ``sre_parse`` on 3.10)."""
    parser = getattr(re, "_parser", None)
    if parser is None:  # pragma: no cover - Python 3.10
        import sre_parse as parser
    return parser


def _first(items: list[tuple[Any, Any]], parser: Any) -> tuple[set[str] | None, bool]:
    """The first characters of a sequence of parsed items, and whether it can match nothing."""
    found: set[str] = set()
    for op, value in items:
        if op is parser.AT:  # ^, $, \b: no character
            continue
        if op is parser.LITERAL:
            return found | {chr(value)}, False
        if op is parser.IN:
            chars = _class_chars(value, parser)
            return (None if chars is None else found | chars), False
        if op is parser.SUBPATTERN:
            if value[1] or value[2]:  # flags set inside the group
                return None, False
            chars, empty = _first(list(value[3]), parser)
        elif op is parser.BRANCH:
            chars, empty = set(), False
            for branch in value[1]:
                more, more_empty = _first(list(branch), parser)
                if more is None:
                    return None, False
                chars, empty = chars | more, empty or more_empty
        elif op in (parser.MAX_REPEAT, parser.MIN_REPEAT, getattr(parser, "POSSESSIVE_REPEAT", -1)):
            chars, empty = _first(list(value[2]), parser)
            empty = empty or value[0] == 0
        elif op is getattr(parser, "ATOMIC_GROUP", None):
            chars, empty = _first(list(value), parser)
        else:  # any character, a negated literal, a look-around, a back-reference
            return None, False
        if chars is None:
            return None, False
        found |= chars
        if not empty:
            return found, False
    return found, True


def _class_chars(items: list[tuple[Any, Any]], parser: Any) -> set[str] | None:
    chars: set[str] = set()
    for op, value in items:
        if op is parser.LITERAL:
            chars.add(chr(value))
        elif op is parser.RANGE and value[1] - value[0] <= _MAX_RANGE:
            chars.update(map(chr, range(value[0], value[1] + 1)))
        else:  # a negated class, a category (\d, \s, \w), a wide range
            return None
    return chars


def remembered(
    table: MeetingPhrases,
    name: str,
    key: object,
    read: Callable[..., _T],
    *arguments: object,
    limit: int = 1024,
) -> _T:
    """``read(*arguments)``, remembered per phrase table under ``name`` for ``key`` (what a
    record reads again and again: a speaker's label, a front page's member line, a note's
    language word), at most ``limit`` entries a table, then all forgotten at once."""
    known: dict[object, _T] = per_table(table, name, _nothing_yet)
    try:
        return known[key]
    except KeyError:
        if len(known) >= limit:
            known.clear()
        value = known[key] = read(*arguments)
        return value


def _nothing_yet(table: MeetingPhrases) -> dict[object, Any]:
    """A memo of :func:`remembered` for one table, empty."""
    return {}


def parse_time(text: str, table: MeetingPhrases) -> dt.time | None:
    """The first clock time the text gives, read with the table's patterns ("11 h 5" → 11:05)."""
    text = fold(text)
    for pattern in compiled(table.times):
        match = pattern.search(text)
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
