"""From pdfium's characters to printed lines: text, box, font size, superscript spans.

pdfium gives each character's code point and loose box (the font's ascent to descent, so
every character of a line shares bottom and top except raised and smaller ones). Lines are
the runs of characters on one baseline; pieces of one printed line that pdfium splits (at a
superscript, a change of font, a raised footnote number) are merged again.
"""

from __future__ import annotations

import ctypes
import functools
import operator
import struct
from typing import Any

import attrs
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ._document import Span
from ._rows import clean_chars

__all__ = ["PdfLine", "page_lines"]


@attrs.define
class PdfLine:
    """One printed line: its text, box (points, origin bottom left), font size, superscripts."""

    text: str
    number: int
    left: float
    right: float
    bottom: float
    top: float
    size: float
    baseline: float
    spans: list[Span] = attrs.Factory(list)
    column: int = 0
    spanning: bool = False


# A character: (text, left, right, bottom, top) with pdfium's loose box, whose bottom and
# top follow the font's descent and ascent, so every character of a line shares them except
# raised (superscript) and smaller ones.
_Char = tuple[str, float, float, float, float]


def _chars(textpage: pdfium.PdfTextPage) -> list[_Char | None]:
    """The page's characters with their loose boxes; ``None`` for a line break."""
    raw = textpage.raw
    count = textpage.count_chars()
    text = textpage.get_text_range(0, count) if count else ""
    if len(text) != count:  # characters outside the BMP: read them one by one
        text = "".join(
            chr(code) if 0 < (code := pdfium_c.FPDFText_GetUnicode(raw, i)) < 0x110000 else "?"
            for i in range(count)
        )
    box = pdfium_c.FS_RECTF()
    pointer = ctypes.byref(box)
    handle = ctypes.c_void_p(ctypes.cast(raw, ctypes.c_void_p).value)
    get_box = _loose_char_box()
    read_box = _RECT.unpack_from  # left, top, right, bottom: one call, not four attributes
    chars: list[_Char | None] = []
    append = chars.append
    space = (" ", 0.0, 0.0, 0.0, 0.0)
    for index, char in enumerate(text):
        if char == " ":  # white space carries no geometry the reader uses
            append(space)
        elif char in "\r\n":
            if chars and chars[-1] is not None:
                append(None)
        else:
            get_box(handle, index, pointer)
            left, top, right, bottom = read_box(box)
            append((char, left, right, bottom, top))
    return chars


_RECT = struct.Struct("4f")  # pdfium's FS_RECTF: float left, top, right, bottom


@functools.cache
def _loose_char_box() -> Any:
    """``FPDFText_GetLooseCharBox`` without ctypes' checks of its arguments, which cost twice
    the call itself (one call per character): the caller passes a ``c_void_p`` text page, an
    ``int`` index and a ``byref`` to an ``FS_RECTF``, exactly the C signature's types."""
    address = ctypes.cast(pdfium_c.FPDFText_GetLooseCharBox, ctypes.c_void_p).value
    assert address is not None
    function = ctypes.CFUNCTYPE(ctypes.c_int)(address)
    function.argtypes = None  # type: ignore[assignment]
    return function


def _segments(chars: list[_Char | None]) -> list[list[_Char]]:
    """Runs of characters on one baseline, in pdfium's order."""
    segments: list[list[_Char]] = []
    current: list[_Char] = []
    bottom = right = size = 0.0
    started = False
    for char in chars:
        if char is None:
            if current:
                segments.append(current)
            current, started = [], False
            continue
        visible = not char[0].isspace()
        if started and visible:
            step = abs(char[3] - bottom)
            if step > 1.2 * size or (step > 0.5 * size and char[1] < right - 2):
                segments.append(current)
                current, started = [], False
        if visible and not started:
            bottom, size, started = char[3], max(char[4] - char[3], 1.0), True
        current.append(char)
        if visible:
            right = char[2]
        if char[0] == "\u0002":  # pdfium's hyphen at a line end, with no line break after
            segments.append(current)
            current, started = [], False
    if current:
        segments.append(current)
    return [s for s in segments if any(not c[0].isspace() for c in s)]


def _build_line(chars: list[_Char], number: int) -> PdfLine:
    visible = [c for c in chars if not c[0].isspace()]
    _, lefts, rights, lows, tops = zip(*visible, strict=True)  # the boxes' columns, once
    heights = sorted(map(operator.sub, tops, lows))
    size = heights[len(heights) // 2]
    bottoms = sorted(lows)
    baseline = bottoms[len(bottoms) // 2]
    raw = "".join([c[0] for c in chars])
    spans: list[Span] = []
    floor = baseline + 0.2 * size
    if bottoms[-1] > floor:  # some character stands raised: find the superscripts
        for index, c in enumerate(chars):
            if c[3] > floor and c[4] - c[3] < 0.85 * size and not c[0].isspace():
                if spans and spans[-1].end == index:
                    spans[-1] = Span(spans[-1].start, index + 1, "superscript")
                else:
                    spans.append(Span(index, index + 1, "superscript"))
    text = clean_chars(raw)
    if len(text) != len(raw):  # a ligature spelled out or an invisible character dropped
        text, spans = _clean_with_spans(raw, spans)
    return PdfLine(
        text=text,
        number=number,
        left=min(lefts),
        right=max(rights),
        bottom=bottoms[0],
        top=max(tops),
        size=size,
        baseline=baseline,
        spans=spans,
    )


def _clean_with_spans(raw: str, spans: list[Span]) -> tuple[str, list[Span]]:
    starts = []
    parts = []
    length = 0
    for char in raw:
        starts.append(length)
        part = clean_chars(char)
        parts.append(part)
        length += len(part)
    starts.append(length)
    moved = [Span(starts[s.start], starts[s.end], s.style) for s in spans]
    return "".join(parts), [s for s in moved if s.end > s.start]


def _same_line(a: PdfLine, b: PdfLine, middle: float) -> bool:
    """Two pieces pdfium split (at a superscript, a font change) that share a baseline, or a
    raised mark ("1" before a footnote) and the line it stands on."""
    gap = b.left - a.right
    if not -1 <= gap < 3 * min(a.size, b.size) or a.right < middle < b.left:
        return False
    if abs(a.baseline - b.baseline) <= 0.3 * min(a.size, b.size):
        return True
    small, large = (a, b) if a.size < b.size else (b, a)
    return (
        small.size < 0.85 * large.size
        and len(small.text.strip()) <= 3
        and large.bottom <= small.baseline <= large.top
    )


def _merge(a: PdfLine, b: PdfLine) -> PdfLine:
    joiner = "" if a.text.endswith(" ") or b.text.startswith(" ") else " "
    shift = len(a.text) + len(joiner)
    for piece in (a, b):
        if piece.size < 0.85 * max(a.size, b.size) and piece.baseline > min(a.baseline, b.baseline):
            stripped = piece.text.strip()
            start = piece.text.index(stripped)
            piece.spans = [Span(start, start + len(stripped), "superscript")]
    keep = a if a.size >= b.size else b
    return attrs.evolve(
        a,
        size=keep.size,
        baseline=keep.baseline,
        left=min(a.left, b.left),
        text=a.text + joiner + b.text,
        right=b.right,
        bottom=min(a.bottom, b.bottom),
        top=max(a.top, b.top),
        spans=[*a.spans, *(Span(s.start + shift, s.end + shift, s.style) for s in b.spans)],
    )


def page_lines(
    textpage: pdfium.PdfTextPage, first_number: int, width: float
) -> tuple[list[PdfLine], int]:
    """The page's printed lines, and the number the next page's first line will get.

    Lines are numbered in pdfium's order, over the whole document, after the pieces of one
    printed line are merged: every number is a line of the document or of its furniture.
    """
    lines: list[PdfLine] = []
    number = first_number
    for segment in _segments(_chars(textpage)):
        line = _build_line(segment, number)
        if lines and _same_line(lines[-1], line, width / 2):
            lines[-1] = _merge(lines[-1], line)
        else:
            lines.append(line)
            number += 1
    return lines, number
