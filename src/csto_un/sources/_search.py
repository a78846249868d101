"""Which lines of a document hold a string: searches of the lines joined, in C.

A pass over a document's lines in Python costs about a tenth of a microsecond a line for the
loop alone; most questions a reader or parser asks of every line ("does it open with the
notice's words?", "does it hold a '/'?") are answered "no" by almost all of them. Joined with
line ends, the lines are searched with ``str.find`` and the hits turned into line indexes by
counting the line ends before them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

__all__ = ["joined_lines", "lines_holding", "lines_matching"]


def joined_lines(texts: Sequence[str]) -> str | None:
    """``texts`` joined, each after a line end ("\\n" + line, for searches of a line's start),
    or ``None`` when a text holds a line end itself (then the lines cannot be told apart)."""
    joined = "\n" + "\n".join(texts)
    return joined if joined.count("\n") == len(texts) else None


def lines_holding(texts: Sequence[str], needles: Iterable[str], *, opening: bool = False,
                  joined: str | None = None) -> list[int]:
    """The indexes, in order, of the ``texts`` holding one of ``needles`` (opening with one,
    with ``opening``); ``joined`` is :func:`joined_lines` of them, when the caller has it.

    >>> lines_holding(["a/b", "c", "d/"], ["/"]), lines_holding(["ab", "ba"], ["b"], opening=True)
    ([0, 2], [1])
    """
    needles = tuple(needles)
    if joined is None:
        joined = joined_lines(texts)
    if joined is None or "" in needles or any("\n" in needle for needle in needles):
        test = str.startswith if opening else str.__contains__
        return [i for i, text in enumerate(texts) if any(test(text, n) for n in needles)]
    found: set[int] = set()
    for needle in needles:
        target = "\n" + needle if opening else needle
        index, position = -1, 0  # the line of the character at ``position``
        hit = joined.find(target)
        while hit >= 0:
            at = hit + 1 if opening else hit  # (a character of the line)
            index += joined.count("\n", position, at)
            position = at
            found.add(index)
            end = joined.find("\n", at)  # the rest of the line is not searched
            if end < 0:
                break
            hit = joined.find(target, end)
    return sorted(found)


def lines_matching(texts: Sequence[str], pattern: re.Pattern[str],
                   joined: str | None = None) -> list[int]:
    """The indexes, in order, of the ``texts`` that ``pattern`` finds something in, searched
    in the joined lines (``joined``, :func:`joined_lines` of them, when the caller has it).
    The pattern must not match across a line end: it starts with "\\n" to match at a line's
    start, and then its match belongs to the line after it."""
    if joined is None:
        joined = joined_lines(texts)
    if joined is None:
        return list(range(len(texts)))  # (every line: the caller asks each)
    found: list[int] = []
    index, position = -1, 0
    for match in pattern.finditer(joined):
        at = match.start() + 1 if match.group().startswith("\n") else match.start()
        index += joined.count("\n", position, at)
        position = at
        if not found or found[-1] != index:
            found.append(index)
    return found
