"""What a text may cost in memory while it is parsed: at most 4 times its size plus
:data:`MEMORY_CONSTANT`, or it is refused before parsing.

A parse holds Python objects for each line (the line, its row, the parser's view of it, what
it becomes: a paragraph, a footnote and its diagnostics) and for each character (the text,
its words, the parse's pieces). Measured with ``tracemalloc`` on real records and on hostile
shapes (one character a line, blank lines, a footnote mark a line), the peak stays under
:data:`_PER_CHARACTER` bytes a character plus :data:`_PER_LINE` bytes a line holding text
and :data:`_PER_BLANK_LINE` a blank one. A text whose estimate passes the bound is refused
with a :class:`~csto_un.LimitError` (``code="memory-bound"``); real records stay far below
it (a record of 130 KB and 2,000 lines is estimated at 5 MB).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..errors import LimitError

__all__ = ["MEMORY_CONSTANT", "MEMORY_FACTOR", "PdfTextBudget", "check_text_memory"]

MEMORY_FACTOR = 4
"""How many times its size a text may cost while it is parsed, plus :data:`MEMORY_CONSTANT`."""

MEMORY_CONSTANT = 64 * 1024 * 1024
"""What any text may cost beyond :data:`MEMORY_FACTOR` times its size: 64 MiB, so that a real
record of up to about 2 MB of ordinary lines is read (they cost about 20 times their size)."""

_PER_CHARACTER = 16  # bytes a character costs at the peak beyond its line's (long lines: 16)
_PER_LINE = 1000  # ... a line holding text (190-1,000: a line become a footnote costs most)
_PER_BLANK_LINE = 200  # ... and a blank line (190)
_CONTENT_LINE = re.compile(r"^[^\S\n]*\S", re.MULTILINE)


def check_text_memory(text: str, name: str) -> None:
    """Refuse ``text`` when parsing it would cost more than :data:`MEMORY_FACTOR` times its
    size plus :data:`MEMORY_CONSTANT` (estimated from its characters and lines, in one pass
    that keeps nothing)."""
    bound = _bound(len(text))
    lines = text.count("\n") + 1
    if _estimate(len(text), lines, 0) <= bound:
        return  # every line counted as holding text, and still within the bound
    content = sum(1 for _ in _CONTENT_LINE.finditer(text))
    estimate = _estimate(len(text), content, lines - content)
    if estimate > bound:
        what = f"this text of {len(text):,} characters and {lines:,} lines"
        raise _refusal(estimate, what, name)


class PdfTextBudget:
    """What a PDF's text will cost to parse, counted page by page as its lines are read:
    :meth:`add` refuses the PDF (:class:`~csto_un.LimitError`, ``code="memory-bound"``) as
    soon as the estimate of :func:`check_text_memory`, over the lines read so far, passes
    :data:`MEMORY_FACTOR` times the file's ``size`` plus :data:`MEMORY_CONSTANT` (a small
    file may hold much text, its streams compressed), before the rest is read."""

    def __init__(self, size: int, name: str) -> None:
        self.size, self.name = size, name
        self.characters = self.content = self.blank = 0

    def add(self, texts: Sequence[str]) -> None:
        """Count a page's lines, and refuse the PDF when they pass the bound."""
        self.characters += sum(map(len, texts))
        content = sum(map(bool, map(str.strip, texts)))  # (the lines holding text)
        self.content += content
        self.blank += len(texts) - content
        estimate = _estimate(self.characters, self.content, self.blank)
        if estimate > _bound(self.size):
            what = (
                f"the text of this PDF of {self.size:,} bytes ({self.characters:,} characters, "
                f"{self.content:,} lines, read so far)"
            )
            raise _refusal(estimate, what, self.name)


def _estimate(characters: int, content_lines: int, blank_lines: int) -> int:
    """Bytes a parse is expected to hold at its peak for so much text."""
    return (
        _PER_CHARACTER * characters + _PER_LINE * content_lines + _PER_BLANK_LINE * blank_lines
    )


def _bound(size: int) -> int:
    """What a parse of an input of ``size`` may hold."""
    return MEMORY_FACTOR * size + MEMORY_CONSTANT


def _refusal(estimate: int, what: str, name: str) -> LimitError:
    return LimitError(
        f"parsing {what} would take about {estimate / 2**20:,.0f} MiB, more than "
        f"{MEMORY_FACTOR} times its size plus {MEMORY_CONSTANT / 2**20:.0f} MiB "
        "(csto_un.sources.MEMORY_CONSTANT)",
        code="memory-bound",
        source=name,
    )
