"""A printed line from its chunks: the runs of characters of one text object that
:mod:`._pdf_boxes` reads and :mod:`._pdf_lines` gathers into one line on one baseline.

The line's box is the union of its visible chunks' boxes, its baseline and size the median
bottom and height of its visible characters (a chunk counting for its characters), its
spans the raised and smaller characters (``"superscript"``) and the chunks in an italic or
bold font (:class:`~._pdf_fonts.Fonts`).
"""

from __future__ import annotations

import attrs

from ._document import Span
from ._pdf_boxes import Boxes
from ._pdf_chunks import Chunk
from ._pdf_fonts import Fonts, join_styled
from ._rows import clean_chars

__all__ = ["PdfLine", "build_line", "level_line"]


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


def level_line(chunks: list[Chunk | None], number: int, boxes: Boxes) -> PdfLine | None:
    """The line of a piece's chunks whose visible characters all stand on one bottom (most
    lines of several text objects: "25." | "*Requests*" | "the Secretary-General …", or
    objects joined into one run), as the page's segments and :func:`build_line` make it,
    in one pass over the chunks; ``None`` for any other piece (the general path reads it).

    ``_pdf_lines._segments`` starts a new run only at a visible character whose bottom
    stands away from the run's first, or after pdfium's hyphen, which ends a piece: on one
    bottom, the piece's chunks are one segment, none read character by character, and no
    character stands raised (no superscript is looked for unless the size is negative:
    those are left to :func:`build_line`, as are bottoms of 0.0, which -0.0 equals); the
    size is :func:`_level_size`'s.
    """
    visible: list[Chunk] = []
    styled: list[Span] = []
    styles_at = boxes.fonts.styles
    bottom = left = right = top = 0.0
    count = offset = 0
    for chunk in chunks:
        if chunk is None:
            return None
        if chunk[1]:
            high = chunk[7] if chunk[9] is None else chunk[9][1]
            if not visible:
                bottom, left, right, top = chunk[6], chunk[4], chunk[5], high
            else:
                if chunk[6] != bottom:
                    return None
                if chunk[4] < left:
                    left = chunk[4]
                if chunk[5] > right:
                    right = chunk[5]
                if high > top:
                    top = high
            visible.append(chunk)
            count += chunk[1]
            for style in styles_at(chunk[8]):
                styled.append(Span(offset, offset + len(chunk[0]), style))
        offset += len(chunk[0])
    if not bottom:
        return None
    first = visible[0]
    tops = first[9]
    if len(visible) > 1 or (tops is not None and not first[1] - tops[2] > first[1] // 2):
        size = _level_size(visible, count // 2, boxes)
    else:  # one run whose characters mostly have the font's top
        size = (first[7] if tops is None else tops[0]) - bottom
    if bottom > bottom + 0.2 * size:  # raised characters looked for: the general path
        return build_line(chunks, number, boxes, visible)  # type: ignore[arg-type]
    raw = "".join([c[0] for c in chunks]) if len(chunks) > 1 else first[0]  # type: ignore[index]
    if len(styled) > 1:
        styled = join_styled(raw, styled)
    text, styled = _cleaned(raw, styled)
    return PdfLine(text, number, left, right, bottom, top, size, bottom, styled)


def _level_size(visible: list[Chunk], middle: int, boxes: Boxes) -> float:
    """:func:`_size` of chunks on one bottom, from one sort: the median of their characters'
    font tops above the bottom, when the characters whose glyphs may stand higher (up to
    their run's highest top) leave it the median (the heights :func:`_size` sorts are then
    no lower below it, and as many at most it); else :func:`_size`'s."""
    bottom = visible[0][6]
    size = _middle(
        sorted([((c[7] if c[9] is None else c[9][0]) - bottom, c[1]) for c in visible]), middle
    )
    below = 0  # the characters whose highest possible top stands at most ``size`` high
    for chunk in visible:
        tops = chunk[9]
        if tops is None:
            below += chunk[1] if chunk[7] - bottom <= size else 0
        else:
            below += chunk[1] - tops[2] if tops[0] - bottom <= size else 0
            below += tops[2] if tops[1] - bottom <= size else 0
    return size if below > middle else _size(visible, middle, boxes)


def _middle(values: list[tuple[float, int]], middle: int) -> float:
    """``sorted(all)[middle]`` of sorted values given with their counts: the median of the
    characters' heights or bottoms, each chunk counting for its visible characters."""
    seen = 0
    for value, times in values:
        seen += times
        if seen > middle:
            return value
    return values[-1][0]


def build_line(
    chunks: list[Chunk], number: int, boxes: Boxes, visible: list[Chunk] | None = None
) -> PdfLine:
    """The line of one segment's chunks; ``visible``: those of its chunks that hold a visible
    character, when the caller has listed them."""
    if visible is None:
        visible = [c for c in chunks if c[1]]
    first = visible[0]
    raw = "".join([c[0] for c in chunks]) if len(chunks) > 1 else first[0]
    tops = first[9]
    if len(visible) == 1 and (tops is None or first[1] - tops[2] > first[1] // 2):
        # one run: its glyphs' top, and the font's height unless half its characters or
        # more may stand higher (as :func:`_size` finds it for one chunk)
        left, right, bottom = first[4], first[5], first[6]
        top = first[7] if tops is None else tops[1]
        size = top - bottom if tops is None else tops[0] - bottom
        baseline = highest = bottom
    else:
        baseline, left, right = first[6], first[4], first[5]
        top = first[7] if tops is None else tops[1]
        count, one_bottom = 0, True
        for chunk in visible:  # (one pass: the extremes as min() and max() give them)
            count += chunk[1]
            if chunk[4] < left:
                left = chunk[4]
            if chunk[5] > right:
                right = chunk[5]
            high = chunk[7] if chunk[9] is None else chunk[9][1]
            if high > top:
                top = high
            if chunk[6] != baseline:
                one_bottom = False
        middle = count // 2
        size = _size(visible, middle, boxes)
        if baseline and one_bottom:  # (one bottom: the common case)
            bottom = highest = baseline
        else:
            bottoms = sorted([(c[6], c[1]) for c in visible])
            baseline = _middle(bottoms, middle)
            bottom, highest = bottoms[0][0], bottoms[-1][0]
    spans: list[Span] = []
    floor = baseline + 0.2 * size
    if highest > floor:  # some character stands raised: find the superscripts
        spans = _superscripts(chunks, floor, 0.85 * size, boxes)
    styled = _styled(chunks, boxes.fonts)
    if styled:
        spans = join_styled(raw, [*styled, *spans]) if len(styled) > 1 or spans else styled
    text, spans = _cleaned(raw, spans)
    return PdfLine(text, number, left, right, bottom, top, size, baseline, spans)


def _size(visible: list[Chunk], middle: int, boxes: Boxes) -> float:
    """The median height of the chunks' visible characters (the ``middle``-th, counting
    from 0): from the bounds of :data:`~._pdf_chunks.Tops` when the lowest and the highest
    tops they allow give the same median (the common case: most glyphs stay inside the
    font's box), else from the tops pdfium gives for the characters left open."""
    low: list[tuple[float, int]] = []
    high: list[tuple[float, int]] = []
    for chunk in visible:
        tops, bottom = chunk[9], chunk[6]
        if tops is None:
            low.append((chunk[7] - bottom, chunk[1]))
            continue
        common, highest, count, _ = tops
        low.append((common - bottom, chunk[1]))
        high.append((common - bottom, chunk[1] - count))
        high.append((highest - bottom, count))
    size = _middle(sorted(low), middle)
    if not high:
        return size
    high.extend([(c[7] - c[6], c[1]) for c in visible if c[9] is None])
    if _middle(sorted(high), middle) == size:
        return size
    exact: list[tuple[float, int]] = []
    for chunk in visible:
        tops, bottom = chunk[9], chunk[6]
        if tops is None:
            exact.append((chunk[7] - bottom, chunk[1]))
            continue
        rest = chunk[1]
        for char, top in boxes.exact_tops(chunk).items():
            times = chunk[0].count(char)
            exact.append((top - bottom, times))
            rest -= times
        exact.append((tops[0] - bottom, rest))
    return _middle(sorted(exact), middle)


def _superscripts(chunks: list[Chunk], floor: float, below: float, boxes: Boxes) -> list[Span]:
    """The spans of visible characters whose bottom stands above ``floor`` and whose height
    is under ``below``: raised and smaller, a footnote mark."""
    spans: list[Span] = []
    offset = 0
    for chunk in chunks:
        if chunk[1] and chunk[6] > floor:
            text, bottom, tops = chunk[0], chunk[6], chunk[9]
            exact = boxes.exact_tops(chunk)
            for index, char in enumerate(text, offset):
                height = (chunk[7] if tops is None else exact.get(char, tops[0])) - bottom
                if char.isspace() or height >= below:
                    continue
                if spans and spans[-1].end == index:
                    spans[-1] = Span(spans[-1].start, index + 1, "superscript")
                else:
                    spans.append(Span(index, index + 1, "superscript"))
        offset += len(chunk[0])
    return spans


def _styled(chunks: list[Chunk], fonts: Fonts) -> list[Span]:
    """The italic and bold spans of the chunks' visible characters (a chunk is one font's).

    A chunk of one style after a visible chunk of that style alone (only white space
    between) extends its span, as :func:`~._pdf_fonts.join_styled` would join them (a
    footnote's text read one character a chunk makes one span, not one per character)."""
    spans: list[Span] = []
    styles_at = fonts.styles
    offset = 0
    alone = None  # the style of the last visible chunk, when it had that one alone
    for chunk in chunks:
        length = len(chunk[0])
        if chunk[1]:
            styles = styles_at(chunk[8])
            if len(styles) == 1:
                if styles[0] == alone:
                    spans[-1] = Span(spans[-1].start, offset + length, styles[0])
                else:
                    alone = styles[0]
                    spans.append(Span(offset, offset + length, alone))
            else:
                alone = None
                for style in styles:
                    spans.append(Span(offset, offset + length, style))
        offset += length
    return spans


def _cleaned(raw: str, spans: list[Span]) -> tuple[str, list[Span]]:
    """A line's text as :func:`~._rows.clean_chars` cleans it, and its spans over that text:
    moved only when a ligature was spelled out or an invisible character dropped."""
    text = clean_chars(raw)
    if len(text) == len(raw):
        return text, spans
    return _clean_with_spans(raw, spans)


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
