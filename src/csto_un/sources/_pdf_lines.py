"""From pdfium's characters to printed lines: text, box, font size, typography spans.

pdfium gives each character's code point and loose box (the font's bounding box, so every
character of a line shares bottom and top except raised and smaller ones). Lines are the
runs of characters on one baseline; pieces of one printed line that pdfium splits (at a
superscript, a change of font, a raised footnote number) are merged again.

pdfium gives the boxes one character at a time, and one call per character cost more than
all the rest of reading a page. The reader asks for them per run of one text object
instead (:class:`Boxes`): four calls make most lines, and only runs whose characters may
not share a bottom and top are read character by character. The lines are the same.

A line's spans say which of its characters were set raised and smaller (``"superscript"``)
and which in an italic or bold font (``"italic"``, ``"bold"``: :class:`_Fonts`, asked once
per run of one text object, whose characters share one font). A line is built from its
chunks in :mod:`._pdf_build`.
"""

from __future__ import annotations

import re

import attrs
import pypdfium2 as pdfium

from ._document import Span
from ._pdf_boxes import PLAIN_RE, Boxes
from ._pdf_build import PdfLine, build_line, level_line
from ._pdf_chunks import Chunk, shared_box, space, visible_count
from ._pdf_fonts import FontMemory, join_styled
from ._pdf_objects import DOUBLES, RECT
from ._rows import clean_chars

__all__ = ["PdfLine", "page_lines"]


def _segments(chunks: list[Chunk | None], boxes: Boxes) -> list[list[Chunk]]:
    """Runs of characters on one baseline, in pdfium's order.

    Character by character, a new run starts at a visible character whose bottom stands
    far from the run's first (more than 1.2 times its size), or half as far and left of
    the previous character's right. A chunk's characters share a bottom, so the test at its
    first character holds for the rest, unless that bottom stands between half and 1.2
    times the size away: then each character's left decides, and the chunk is read
    character by character (and kept whole when none starts a run: :func:`_stays_whole`).
    """
    segments: list[list[Chunk]] = []
    current: list[Chunk] = []
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
                elif (
                    step > 0.5 * size
                    and visible > 1
                    and not _stays_whole(boxes, chunk, bottom, size, right)
                ):
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


def _one_segment(chunks: list[Chunk | None]) -> list[Chunk] | None:
    """``chunks`` when :func:`_segments` would make them one segment as they are, reading no
    chunk character by character: every visible chunk's bottom stands within half the first
    one's size of it (a raised mark in the line, a page footer's number beside its job
    number), no chunk ends with pdfium's hyphen before the last; else ``None``
    (:func:`_segments` decides)."""
    bottom = limit = 0.0
    started = False
    last = len(chunks) - 1
    for index, chunk in enumerate(chunks):
        if chunk is None:
            return None
        if chunk[1]:
            if not started:
                bottom, started = chunk[6], True
                limit = 0.5 * max(chunk[7] - bottom, 1.0)
            elif abs(chunk[6] - bottom) > limit:
                return None
        if chunk[0][-1] == "\u0002" and index != last:
            return None
    return chunks if started else None  # type: ignore[return-value]


def _stays_whole(
    boxes: Boxes, chunk: Chunk, bottom: float, size: float, right: float
) -> bool:
    """Whether no character of ``chunk`` (their loose boxes asked for one by one) starts a
    new run of :func:`_segments` (whose run has the bottom ``bottom`` and size ``size``, its
    last character the right ``right``), and the characters' boxes give the chunk's bottom,
    extremes and top: then the chunk is kept whole, and the line is the one its characters
    make, one chunk each (a footnote's text after its raised number, read one by one to
    find that out, is built from one chunk instead of one per character)."""
    text, handle, loose_box, box, pointer = (
        boxes.text, boxes.handle, boxes.loose_box, boxes.box, boxes.box_pointer
    )
    top = chunk[7] if chunk[9] is None else chunk[9][1]
    low, high, start = chunk[4], chunk[5], chunk[8]
    end = start + len(chunk[0])
    highest = None
    for index in range(start, end):
        char = text[index]
        if char.isspace():
            continue
        loose_box(handle, index, pointer)
        left, char_top, char_right, char_bottom = RECT.unpack_from(box)
        step = abs(char_bottom - bottom)
        if step > 1.2 * size or (step > 0.5 * size and left < right - 2):
            return False
        if char_bottom != chunk[6] or left < low or char_right > high or char_top > top:
            return False
        if char == "\u0002" and index != end - 1:
            return False
        if highest is None or char_top > highest:
            highest = char_top
        right = char_right
    return right == chunk[3] and highest == top


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


def _one_run(
    boxes: Boxes,
    piece: str,
    body: str,
    start: int,
    first: int,
    last: int,
    number: int,
    objects: int = 1,
) -> PdfLine | list[Chunk | None]:
    """The line of a piece that is one run of one text object (``body``, from ``first`` to
    ``last``), from four calls to pdfium, or, when its characters' boxes must be read (glyphs
    above the font's top, a ligature), its chunks for the general path.

    This is ``boxes.run(first, last)`` and a one-chunk :func:`~._pdf_build.build_line`,
    inline: it runs for most lines of a PDF. ``objects`` (2): the piece is two text objects
    of one font, size and matrix (:meth:`Boxes.one_font`), read as one run, as
    :meth:`Boxes.joined_run` reads them; its tight box is the union of the two rectangles
    pdfium last counted. Those whose ends stand on two bottoms (two baselines, which
    :meth:`Boxes.runs` does not join) give no chunk (``[]``): the general path reads them.
    """
    handle, loose_box, unpack = boxes.handle, boxes.loose_box, RECT.unpack_from
    box, box_pointer = boxes.box, boxes.box_pointer
    boxes.get_rect(handle, 0, *boxes.rect_pointers)
    tight_left, tight_top, tight_right, tight_bottom = DOUBLES.unpack_from(boxes.rect)
    if objects == 2:  # the union with the second object's rectangle
        boxes.get_rect(handle, 1, *boxes.rect_pointers)
        other_left, other_top, other_right, other_bottom = DOUBLES.unpack_from(boxes.rect)
        tight_left = min(tight_left, other_left)
        tight_top = max(tight_top, other_top)
        tight_right = max(tight_right, other_right)
        tight_bottom = min(tight_bottom, other_bottom)
    loose_box(handle, first, box_pointer)
    first_box = left, top, right, bottom = unpack(box)
    loose_box(handle, last - 1, box_pointer)
    last_box = last_left, last_top, last_right, last_bottom = unpack(box)
    if objects > 1 and last_bottom != bottom:  # not on one baseline: not joined
        return []
    if last_left < left:
        left = last_left
    if last_right > right:
        right = last_right
    size = top - bottom
    tight = (tight_left, tight_top, tight_right, tight_bottom)
    tops = None
    highest = top
    visible = 0
    if not shared_box(body, (left, top, right, bottom), last_bottom, last_top, tight):
        tops = boxes.glyph_tops(first, body, first_box, last_box, tight)
        if tops is None:  # the characters' own boxes: the general path
            return [*boxes.each(first, last)]
        # glyphs above the font's top: the median height is the font's...
        common, highest, count, _ = tops
        visible = visible_count(body)
        size = common - bottom
        if visible - count <= visible // 2:  # ...unless they may be half or more
            size = -1.0
    if size >= 0:  # (build_line would look for superscripts above a negative one)
        cleaned = clean_chars(piece)
        if len(cleaned) == len(piece):
            line = PdfLine(cleaned, number, left, right, bottom, highest, size, bottom, [])
            for style in boxes.fonts.run_styles(first):  # one text object: one font
                line.spans.append(Span(first - start, last - start, style))
            return line
    # a ligature, a negative or open size
    if tops is not None and tops[0] == tops[1] == top:
        tops = None
    visible = visible or visible_count(body)
    left_first, right_last = first_box[0], last_right
    return [(body, visible, left_first, right_last, left, right, bottom, top, first, tops)]


def page_lines(
    textpage: pdfium.PdfTextPage,
    first_number: int,
    width: float,
    fonts: FontMemory | None = None,
) -> tuple[list[PdfLine], int]:
    """The page's printed lines, and the number the next page's first line will get.

    Lines are numbered in pdfium's order, over the whole document, after the pieces of one
    printed line are merged: every number is a line of the document or of its furniture.

    Most of pdfium's lines are one run of one text object on one baseline: they become a
    line here at once, from four calls to pdfium (see :class:`Boxes`, :func:`_one_run`), and
    so do the lines of two objects in one font, size and matrix (:meth:`Boxes.one_font`:
    a quarter of the GA lines of several objects); the others go through the general path,
    chunk by chunk: their objects found in one walk (:meth:`Boxes.walk`, else
    :meth:`Boxes.runs`), then, on one bottom, :func:`~._pdf_build.level_line` (most of
    them), else :func:`_segments` and :func:`~._pdf_build.build_line`. ``fonts``: what the
    document's earlier pages learned about its fonts (it learns this page's).
    """
    lines: list[PdfLine] = []
    number = first_number
    middle = width / 2
    boxes = Boxes(textpage, fonts)
    text = boxes.text
    plain = boxes.plain
    count_rects, handle = boxes.count_rects, boxes.handle
    for piece, start in _pieces(text):
        body = piece.strip()
        if not body:
            continue
        first = start + piece.index(body[0])
        last = first + len(body)
        one_run: list[Chunk | None] | None = None  # the line's chunks, when one text object's
        objects = 0  # the text objects pdfium counts in the piece, when asked
        if last - first > 1 and (plain or PLAIN_RE.fullmatch(body) is not None):
            objects = count_rects(handle, first, last - first)
        if objects == 1 or (objects == 2 and boxes.one_font(first, last)):
            found = _one_run(boxes, piece, body, start, first, last, number, objects)
            if isinstance(found, PdfLine):
                if lines:
                    above = lines[-1]
                    gap = found.left - above.right  # the first test of _same_line, inline
                    if -1 <= gap < 3 * min(above.size, found.size) and _same_line(
                        above, found, middle
                    ):
                        lines[-1] = _merge(above, found)
                        continue
                lines.append(found)
                number += 1
                continue
            one_run = found
        chunks = one_run or (objects > 1 and boxes.walk(first, last, objects)) or []
        if not chunks:
            chunks = boxes.runs(first, last, objects)
        if first > start:
            chunks.insert(0, space(piece[: first - start], start))
        if last < start + len(piece):
            chunks.append(space(piece[last - start :], last))
        level = level_line(chunks, number, boxes)
        if level is not None:
            if lines and _same_line(lines[-1], level, middle):
                lines[-1] = _merge(lines[-1], level)
            else:
                lines.append(level)
                number += 1
            continue
        whole = _one_segment(chunks)
        for segment in [whole] if whole is not None else _segments(chunks, boxes):
            line = build_line(segment, number, boxes)
            if lines and _same_line(lines[-1], line, middle):
                lines[-1] = _merge(lines[-1], line)
            else:
                lines.append(line)
                number += 1
    return lines, number
