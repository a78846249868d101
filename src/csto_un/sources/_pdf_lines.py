"""From pdfium's characters to printed lines: text, box, font size, typography spans.

pdfium gives each character's code point and loose box (the font's bounding box, so every
character of a line shares bottom and top except raised and smaller ones). Lines are the
runs of characters on one baseline; pieces of one printed line that pdfium splits (at a
superscript, a change of font, a raised footnote number) are merged again.

pdfium gives the boxes one character at a time, and one call per character cost more than
all the rest of reading a page. The reader asks for them per run of one text object
instead (:class:`_Boxes`): four calls make most lines, and only runs whose characters may
not share a bottom and top are read character by character. The lines are the same.

A line's spans say which of its characters were set raised and smaller (``"superscript"``)
and which in an italic or bold font (``"italic"``, ``"bold"``: :class:`_Fonts`, asked once
per run of one text object, whose characters share one font).
"""

from __future__ import annotations

import ctypes
import functools
import re
import struct
from typing import Any

import attrs
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ._document import Span
from ._pdf_fonts import Fonts, join_styled
from ._rows import clean_chars

__all__ = ["PdfLine", "page_lines"]


@attrs.define
class PdfLine:
    """One printed line: its text, box (points, origin bottom left), font size, and spans
    (superscripts, italic and bold runs)."""

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


# A chunk: characters of one text object that share a loose box's bottom and top, as
# (text, visible, first_left, last_right, left, right, bottom, top, index): ``visible`` is
# the number of its characters that are not white space (the text starts and ends with
# one of them); ``first_left`` and ``last_right`` are the left of its first and the right
# of its last character, ``left`` and ``right`` the extremes of all its characters;
# ``index`` is pdfium's index of its first character. A chunk of white space only has
# ``visible == 0`` and no geometry: white space carries none the reader uses.
_Chunk = tuple[str, int, float, float, float, float, float, float, int]

#: White space other than the plain space, which a chunk's count of visible characters
#: must look for one by one.
_ODD_SPACE_RE = re.compile(r"[^\S ]")
#: Characters a chunk may hold: those of running text in the scripts of the UN's
#: languages, whose glyphs have a width, and pdfium's marks for a hyphen (U+0002, U+FFFE).
#: Any other (combining marks, format characters: glyphs that may have no width, whose
#: loose box is then an empty one of their own) sends its run to the character-by-character
#: path, which asks pdfium for every box.
_PLAIN_RE = re.compile(
    "[\x02\x20-\x7e\xa0-\u02af\u0370-\u0482\u048a-\u052f\u0621-\u064a\u066a-\u06d5"
    "\u2010-\u2027\u2030-\u205e\u20a0-\u20bf\u2100-\u214f\u3000-\u303f\u4e00-\u9fff"
    "\uff01-\uff60\ufffe]*"
)
_PLAIN_LINES_RE = re.compile(_PLAIN_RE.pattern.replace("[\x02", "[\x02\r\n", 1))


def _shared_box(
    body: str,
    ends: tuple[float, float, float, float],
    last_bottom: float,
    last_top: float,
    tight: tuple[float, float, float, float],
) -> bool:
    """Whether every character of a run of one text object has the loose bottom and top of
    its first and last characters: those two agree, and the run's tight box lies within the
    ends (``ends``: the leftmost left, the first's top, the rightmost right, the first's
    bottom) and strictly inside their bottom and top (no glyph reaches beyond the font's box)
    — or the run repeats one glyph. See :class:`_Boxes`."""
    low, top, high, bottom = ends
    tight_left, tight_top, tight_right, tight_bottom = tight
    return (
        bottom == last_bottom
        and top == last_top
        and low <= tight_left
        and tight_right <= high
        and ((bottom < tight_bottom and tight_top < top) or _one_glyph(body))
    )


def _one_glyph(text: str) -> bool:
    """All the visible characters are one and the same (a leader of dots): each has the
    same glyph, and in one text object the same loose bottom and top, even when the loose
    box is the glyph's tight box (fonts without a bounding box)."""
    visible = text.replace(" ", "")
    return not visible.replace(visible[0], "")


class _Boxes:
    """pdfium's boxes for one text page, asked for as few times as the page allows.

    pdfium gives a character's loose box one call at a time, and most of a page's time
    went into those calls. But the loose box follows the text object (one show-text
    operation: one font, size and matrix, one baseline): every character of a text object
    shares the box's bottom and top, which come from the font's bounding box, unless its
    own glyph reaches beyond them (the loose box is the union of the two). So for each
    run of characters of one text object (``FPDFText_CountRects`` counts the text objects
    a range of characters crosses), the reader asks for the loose boxes of the first and
    last characters and for the tight box of the whole run (``FPDFText_GetRect``): when the
    two loose boxes share bottom and top and the tight box lies strictly inside them, no
    glyph reaches beyond the font's box, and every character's loose box has that bottom
    and top (and lies between the first's left and the last's right: a text object's
    characters advance in one direction). A run of one repeated character (a leader of
    dots) passes without the tight box's test (:func:`_one_glyph`). Runs that fail, or that
    hold characters outside :data:`_PLAIN_RE`, are read character by character, as before.
    """

    def __init__(self, textpage: pdfium.PdfTextPage) -> None:
        raw = textpage.raw
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count) if count else ""
        if len(text) != count:  # characters outside the BMP: read them one by one
            text = "".join(
                chr(code) if 0 < (code := pdfium_c.FPDFText_GetUnicode(raw, i)) < 0x110000 else "?"
                for i in range(count)
            )
        self.text = text
        self.handle = ctypes.c_void_p(ctypes.cast(raw, ctypes.c_void_p).value)
        self.box = pdfium_c.FS_RECTF()
        self.box_pointer = ctypes.byref(self.box)
        self.rect = (ctypes.c_double * 4)()  # left, top, right, bottom
        self.rect_pointers = tuple(ctypes.byref(self.rect, 8 * i) for i in range(4))
        self.loose_box, self.count_rects, self.get_rect = _functions()
        self.fonts = Fonts(self.handle)

    def loose(self, index: int) -> tuple[float, float, float, float]:
        """The loose box of character ``index``: left, top, right, bottom."""
        self.loose_box(self.handle, index, self.box_pointer)
        return _RECT.unpack_from(self.box)

    def run(self, start: int, end: int, counted: bool = False) -> _Chunk | None:
        """Characters ``start`` to ``end`` (visible at both ends) as one chunk, when they
        are of one text object and share their loose boxes' bottom and top; else ``None``.
        ``counted``: ``FPDFText_CountRects`` was last asked about this range, and found one.
        """
        text = self.text
        if end - start == 1:
            left, top, right, bottom = self.loose(start)
            return (text[start], 1, left, right, left, right, bottom, top, start)
        if _PLAIN_RE.fullmatch(text, start, end) is None:
            return None
        handle = self.handle
        if not counted and self.count_rects(handle, start, end - start) != 1:
            return None
        self.get_rect(handle, 0, *self.rect_pointers)
        tight_left, tight_top, tight_right, tight_bottom = _DOUBLES.unpack_from(self.rect)
        box = self.box
        self.loose_box(handle, start, self.box_pointer)
        left, top, right, bottom = _RECT.unpack_from(box)
        self.loose_box(handle, end - 1, self.box_pointer)
        last_left, last_top, last_right, last_bottom = _RECT.unpack_from(box)
        low = left if left < last_left else last_left
        high = right if right > last_right else last_right
        body = text[start:end]
        tight = (tight_left, tight_top, tight_right, tight_bottom)
        if _shared_box(body, (low, top, high, bottom), last_bottom, last_top, tight):
            visible = end - start - body.count(" ")
            if _ODD_SPACE_RE.search(body) is not None:
                visible = sum(not char.isspace() for char in body)
            return (body, visible, left, last_right, low, high, bottom, top, start)
        return None

    def runs(self, start: int, end: int) -> list[_Chunk | None]:
        """The chunks of characters ``start`` to ``end`` (visible at both ends)."""
        text = self.text
        handle, count_rects = self.handle, self.count_rects
        chunks: list[_Chunk | None] = []
        while start < end:
            stop = end
            objects = count_rects(handle, start, end - start)
            if objects > 1:  # the longest run in one object
                low, high = 1, end - start - 1  # count(low) == 1, count(high + 1) > 1
                while low < high:
                    middle = (low + high + 1) >> 1
                    if count_rects(handle, start, middle) == 1:
                        low = middle
                    else:
                        high = middle - 1
                stop = start + low
            last = start + len(text[start:stop].rstrip())
            chunk = self.run(start, last, counted=objects == 1)  # counted: just above
            if chunk is None:
                chunks.extend(self.each(start, last))
            else:
                chunks.append(chunk)
            start = stop
            while start < end and text[start].isspace():
                start += 1
            if start > last:
                chunks.append((text[last:start], 0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, last))
        return chunks

    def each(self, start: int, end: int) -> list[_Chunk]:
        """Characters ``start`` to ``end``, one chunk each, with their own boxes."""
        chunks: list[_Chunk] = []
        for index in range(start, end):
            char = self.text[index]
            if char.isspace():
                chunks.append((char, 0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, index))
            else:
                left, top, right, bottom = self.loose(index)
                chunks.append((char, 1, left, right, left, right, bottom, top, index))
        return chunks


_RECT = struct.Struct("4f")  # pdfium's FS_RECTF: float left, top, right, bottom
_DOUBLES = struct.Struct("4d")  # FPDFText_GetRect's double left, top, right, bottom


@functools.cache
def _functions() -> tuple[Any, Any, Any]:
    """``FPDFText_GetLooseCharBox``, ``FPDFText_CountRects`` and ``FPDFText_GetRect`` without
    ctypes' checks of their arguments, which cost twice the call itself: the callers pass a
    ``c_void_p`` text page, ``int`` indices and ``byref`` pointers to an ``FS_RECTF`` or to
    ``c_double``, exactly the C signatures' types."""
    functions = []
    for function in (
        pdfium_c.FPDFText_GetLooseCharBox,
        pdfium_c.FPDFText_CountRects,
        pdfium_c.FPDFText_GetRect,
    ):
        address = ctypes.cast(function, ctypes.c_void_p).value
        assert address is not None
        bare = ctypes.CFUNCTYPE(ctypes.c_int)(address)
        bare.argtypes = None  # type: ignore[assignment]
        functions.append(bare)
    return functions[0], functions[1], functions[2]


def _segments(chunks: list[_Chunk | None], boxes: _Boxes) -> list[list[_Chunk]]:
    """Runs of characters on one baseline, in pdfium's order.

    Character by character, a new run starts at a visible character whose bottom stands
    far from the run's first (more than 1.2 times its size), or half as far and left of
    the previous character's right. A chunk's characters share a bottom, so the test at its
    first character holds for the rest, unless that bottom stands between half and 1.2
    times the size away: then each character's left decides, and the chunk is read
    character by character.
    """
    segments: list[list[_Chunk]] = []
    current: list[_Chunk] = []
    bottom = right = size = 0.0
    started = False
    index = 0
    while index < len(chunks):
        chunk = chunks[index]
        index += 1
        if chunk is None:
            if current:
                segments.append(current)
            current, started = [], False
            continue
        visible = chunk[1]
        if visible:
            if started:
                step = abs(chunk[6] - bottom)
                if step > 1.2 * size or (step > 0.5 * size and chunk[2] < right - 2):
                    segments.append(current)
                    current, started = [], False
                elif step > 0.5 * size and visible > 1:
                    start = chunk[8]
                    chunks[index - 1 : index] = boxes.each(start, start + len(chunk[0]))
                    index -= 1
                    continue
            if not started:
                bottom, size, started = chunk[6], max(chunk[7] - chunk[6], 1.0), True
            right = chunk[3]
        current.append(chunk)
        if chunk[0][-1] == "\u0002":  # pdfium's hyphen at a line end, with no line break after
            segments.append(current)
            current, started = [], False
    if current:
        segments.append(current)
    return [s for s in segments if any(c[1] for c in s)]


def _middle(values: list[tuple[float, int]], middle: int) -> float:
    """``sorted(all)[middle]`` of sorted values given with their counts: the median of the
    characters' heights or bottoms, each chunk counting for its visible characters."""
    seen = 0
    for value, times in values:
        seen += times
        if seen > middle:
            return value
    return values[-1][0]


def _build_line(chunks: list[_Chunk], number: int, fonts: Fonts) -> PdfLine:
    visible = [c for c in chunks if c[1]]
    first = visible[0]
    raw = "".join([c[0] for c in chunks]) if len(chunks) > 1 else first[0]
    if len(visible) == 1:
        left, right, bottom, top = first[4], first[5], first[6], first[7]
        size = top - bottom
        baseline = highest = bottom
    else:
        middle = sum([c[1] for c in visible]) // 2
        size = _middle(sorted([(c[7] - c[6], c[1]) for c in visible]), middle)
        bottoms = sorted([(c[6], c[1]) for c in visible])
        baseline = _middle(bottoms, middle)
        bottom, highest = bottoms[0][0], bottoms[-1][0]
        left = min([c[4] for c in visible])
        right = max([c[5] for c in visible])
        top = max([c[7] for c in visible])
    spans: list[Span] = []
    floor = baseline + 0.2 * size
    if highest > floor:  # some character stands raised: find the superscripts
        offset = 0
        for c in chunks:
            if c[1] and c[6] > floor and c[7] - c[6] < 0.85 * size:
                for index, char in enumerate(c[0], offset):
                    if char.isspace():
                        continue
                    if spans and spans[-1].end == index:
                        spans[-1] = Span(spans[-1].start, index + 1, "superscript")
                    else:
                        spans.append(Span(index, index + 1, "superscript"))
            offset += len(c[0])
    styled = _styled(chunks, fonts)
    if styled:
        spans = join_styled(raw, [*styled, *spans]) if len(styled) > 1 or spans else styled
    text = clean_chars(raw)
    if len(text) != len(raw):  # a ligature spelled out or an invisible character dropped
        text, spans = _clean_with_spans(raw, spans)
    return PdfLine(text, number, left, right, bottom, top, size, baseline, spans)


def _styled(chunks: list[_Chunk], fonts: Fonts) -> list[Span]:
    """The italic and bold spans of the chunks' visible characters (a chunk is one font's)."""
    spans: list[Span] = []
    offset = 0
    for chunk in chunks:
        if chunk[1]:
            for style in fonts.styles(chunk[8]):
                spans.append(Span(offset, offset + len(chunk[0]), style))
        offset += len(chunk[0])
    return spans


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
            fonts = [s for s in piece.spans if s.style != "superscript"]
            piece.spans = [*fonts, Span(start, start + len(stripped), "superscript")]
    keep = a if a.size >= b.size else b
    spans = [*a.spans, *(Span(s.start + shift, s.end + shift, s.style) for s in b.spans)]
    text = a.text + joiner + b.text
    if len(spans) > 1 and any(s.style != "superscript" for s in spans):
        spans = join_styled(text, spans)
    return attrs.evolve(
        a,
        size=keep.size,
        baseline=keep.baseline,
        left=min(a.left, b.left),
        text=text,
        right=b.right,
        bottom=min(a.bottom, b.bottom),
        top=max(a.top, b.top),
        spans=spans,
    )


def _pieces(text: str) -> list[tuple[str, int]]:
    """pdfium's lines (between its line breaks, and split after its hyphens, U+0002), each
    with the index of its first character."""
    pieces: list[tuple[str, int]] = []
    if text.count("\r") == text.count("\n") == text.count("\r\n"):  # pdfium's line breaks
        parts, step = text.split("\r\n"), 2
    else:
        parts, step = re.split(r"[\r\n]", text), 1
    start = 0
    for part in parts:
        if "\x02" in part:
            for match in _HYPHENATED_RE.finditer(part):
                pieces.append((match.group(), start + match.start()))
        else:
            pieces.append((part, start))
        start += len(part) + step
    return pieces


_HYPHENATED_RE = re.compile("[^\x02]*\x02|[^\x02]+")


def page_lines(
    textpage: pdfium.PdfTextPage, first_number: int, width: float
) -> tuple[list[PdfLine], int]:
    """The page's printed lines, and the number the next page's first line will get.

    Lines are numbered in pdfium's order, over the whole document, after the pieces of one
    printed line are merged: every number is a line of the document or of its furniture.

    Most of pdfium's lines are one run of one text object on one baseline: they become a
    line here at once, from four calls to pdfium (see :class:`_Boxes`); the others go
    through the general path, chunk by chunk (:func:`_segments`, :func:`_build_line`).
    """
    lines: list[PdfLine] = []
    number = first_number
    middle = width / 2
    boxes = _Boxes(textpage)
    text = boxes.text
    plain = _PLAIN_LINES_RE.fullmatch(text) is not None
    loose_box, count_rects, get_rect = boxes.loose_box, boxes.count_rects, boxes.get_rect
    handle, box, box_pointer = boxes.handle, boxes.box, boxes.box_pointer
    rect = boxes.rect
    styles = boxes.fonts.styles
    pointer_left, pointer_top, pointer_right, pointer_bottom = boxes.rect_pointers
    unpack, unpack_doubles = _RECT.unpack_from, _DOUBLES.unpack_from
    for piece, start in _pieces(text):
        body = piece.strip()
        if not body:
            continue
        first = start + piece.index(body[0])
        last = first + len(body)
        line = None
        if (
            last - first > 1
            and (plain or _PLAIN_RE.fullmatch(body) is not None)
            and count_rects(handle, first, last - first) == 1
        ):  # the common case, inline: boxes.run(first, last) and a one-chunk _build_line
            get_rect(handle, 0, pointer_left, pointer_top, pointer_right, pointer_bottom)
            tight_left, tight_top, tight_right, tight_bottom = unpack_doubles(rect)
            loose_box(handle, first, box_pointer)
            left, top, right, bottom = unpack(box)
            loose_box(handle, last - 1, box_pointer)
            last_left, last_top, last_right, last_bottom = unpack(box)
            if last_left < left:
                left = last_left
            if last_right > right:
                right = last_right
            size = top - bottom
            tight = (tight_left, tight_top, tight_right, tight_bottom)
            if (
                _shared_box(body, (left, top, right, bottom), last_bottom, last_top, tight)
                and size >= 0  # (_build_line would look for superscripts above a negative one)
            ):
                cleaned = clean_chars(piece)
                if len(cleaned) == len(piece):
                    line = PdfLine(cleaned, number, left, right, bottom, top, size, bottom, [])
                    for style in styles(first):  # one text object: one font
                        line.spans.append(Span(first - start, last - start, style))
        if line is not None:
            if lines:
                above = lines[-1]
                gap = left - above.right  # the first test of _same_line, inline
                if -1 <= gap < 3 * min(above.size, size) and _same_line(above, line, middle):
                    lines[-1] = _merge(above, line)
                    continue
            lines.append(line)
            number += 1
            continue
        chunks = boxes.runs(first, last)
        if first > start:
            chunks.insert(0, (piece[: first - start], 0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, start))
        if last < start + len(piece):
            chunks.append((piece[last - start :], 0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, last))
        for segment in _segments(chunks, boxes):
            line = _build_line(segment, number, boxes.fonts)
            if lines and _same_line(lines[-1], line, middle):
                lines[-1] = _merge(lines[-1], line)
            else:
                lines.append(line)
                number += 1
    return lines, number
