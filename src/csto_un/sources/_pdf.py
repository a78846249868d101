"""PDF to a :class:`~csto_un.sources.Document` with pypdfium2: lines with positions.

pdfium gives each character's code point, box and font size, and breaks the text into lines.
From the positions this module finds the columns of each page (UN records are set in two),
orders the lines left column then right column within each band of the page (a line that
spans both columns, such as a heading, closes a band), and gives each line the evidence of a
paragraph start: ``indented`` (first-line indent from the column's left edge) and a vertical
gap before it. Page furniture is then found as for text (:mod:`._furniture`), helped by where
a line stands: only lines in the top and bottom margins can be running headers and footers.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from collections.abc import Sequence

import attrs
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..errors import NoTextLayerError, SourceError
from ._document import Document, Span
from ._furniture import mark_footnotes, mark_furniture
from ._patterns import (
    BARCODE_RE,
    JOB_RE,
    PAGE_JOB_RE,
    PAGE_RE,
    RUNNING_TITLE_RE,
    SYMBOL_LINE_RE,
    is_bare_page_number,
)
from ._rows import SOFT_HYPHENS, Row, build_document, clean_chars

__all__ = ["read_pdf"]

_MARGIN = 0.09  # top and bottom share of the page where running headers and footers stand
_INDENT = 6.0  # points right of the column's edge that make a first-line indent
_JOB_PREFIX_RE = re.compile(r"^(\d{2}-\d{5} \([A-Z]\)(?:\s+\d{6})?)\s+(?=\S)")
_GAP = 1.3  # a vertical step this many times the usual line pitch is a paragraph gap


@attrs.define
class _PdfLine:
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
    get_box = pdfium_c.FPDFText_GetLooseCharBox
    chars: list[_Char | None] = []
    for index, char in enumerate(text):
        if char in "\r\n":
            if chars and chars[-1] is not None:
                chars.append(None)
            continue
        get_box(raw, index, box)
        chars.append((char, box.left, box.right, box.bottom, box.top))
    return chars


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


def _build_line(chars: list[_Char], number: int) -> _PdfLine:
    visible = [c for c in chars if not c[0].isspace()]
    heights = sorted(c[4] - c[3] for c in visible)
    size = heights[len(heights) // 2]
    bottoms = sorted(c[3] for c in visible)
    baseline = bottoms[len(bottoms) // 2]
    raw = "".join(c[0] for c in chars)
    raised = [
        not c[0].isspace() and c[3] > baseline + 0.2 * size and c[4] - c[3] < 0.85 * size
        for c in chars
    ]
    spans: list[Span] = []
    for index, up in enumerate(raised):
        if up and spans and spans[-1].end == index:
            spans[-1] = Span(spans[-1].start, index + 1, "superscript")
        elif up:
            spans.append(Span(index, index + 1, "superscript"))
    text = clean_chars(raw)
    if len(text) != len(raw):  # a ligature spelled out or an invisible character dropped
        text, spans = _clean_with_spans(raw, spans)
    return _PdfLine(
        text=text,
        number=number,
        left=min(c[1] for c in visible),
        right=max(c[2] for c in visible),
        bottom=bottoms[0],
        top=max(c[4] for c in visible),
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


def _same_line(a: _PdfLine, b: _PdfLine, middle: float) -> bool:
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


def _merge(a: _PdfLine, b: _PdfLine) -> _PdfLine:
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


def _page_lines(
    textpage: pdfium.PdfTextPage, first_number: int, width: float
) -> tuple[list[_PdfLine], int]:
    """The page's printed lines, and the number the next page's first line will get.

    Lines are numbered in pdfium's order, over the whole document, after the pieces of one
    printed line are merged: every number is a line of the document or of its furniture.
    """
    lines: list[_PdfLine] = []
    number = first_number
    for segment in _segments(_chars(textpage)):
        line = _build_line(segment, number)
        if lines and _same_line(lines[-1], line, width / 2):
            lines[-1] = _merge(lines[-1], line)
        else:
            lines.append(line)
            number += 1
    return lines, number


def _order(lines: list[_PdfLine], width: float) -> list[_PdfLine]:
    """Reading order: bands split by full-width lines; in each, left column then right."""
    middle = width / 2
    for line in lines:
        if line.right <= middle + 4:
            line.column = 0
        elif line.left >= middle - 4:
            line.column = 1
        else:
            line.column = -1  # spans the gutter
    two_columns = min(
        sum(line.column == 0 for line in lines), sum(line.column == 1 for line in lines)
    ) >= max(3, len(lines) // 4)
    ordered = sorted(lines, key=lambda line: (-round(line.top), line.left))
    if not two_columns:
        for line in ordered:
            line.column = 0
        return ordered
    result: list[_PdfLine] = []
    band: list[_PdfLine] = []
    for line in ordered:
        if line.column == -1:
            result.extend(sorted(band, key=lambda line: line.column))
            band = []
            line.column, line.spanning = 0, True
            result.append(line)
        else:
            band.append(line)
    result.extend(sorted(band, key=lambda line: line.column))
    return result


def _pitch(lines: Sequence[_PdfLine]) -> float:
    steps = [
        a.bottom - b.bottom
        for a, b in itertools.pairwise(lines)
        if a.column == b.column and 0 < a.bottom - b.bottom < 3 * max(a.size, 1)
    ]
    if not steps:
        return 12.0
    common = Counter(round(step * 2) / 2 for step in steps).most_common(1)[0][0]
    return min(common, statistics.median(steps))


def _edges(lines: Sequence[_PdfLine]) -> dict[int, float]:
    """The left edge of each column: the leftmost position shared by many of its lines."""
    if not lines:
        return {}
    edges: dict[int, float] = {}
    for column in {line.column for line in lines}:
        counts = Counter(round(line.left / 2) * 2 for line in lines if line.column == column)
        most = max(counts.values())
        edges[column] = float(min(left for left, n in counts.items() if n >= 0.3 * most))
    return edges


def _new_column(previous: _PdfLine, line: _PdfLine) -> bool:
    """The line starts a new column, or a band below a full-width line (it stands higher)."""
    return previous.column != line.column or line.top > previous.top + 1


def _indented(line: _PdfLine, previous: _PdfLine | None, edges: dict[int, float]) -> bool:
    """A first-line indent: right of the column's edge, unlike the line above (the lines of
    an indented quotation or list after its first are not paragraph starts)."""
    edge = edges.get(line.column, line.left)
    if line.left - edge < _INDENT:
        return False
    return (
        previous is None
        or previous.column != line.column
        or abs(previous.left - line.left) >= 2
        or previous.bottom - line.bottom > _GAP * 1.5 * line.size
    )


def _strip(line: _PdfLine) -> tuple[str, tuple[Span, ...]]:
    """The line's text without outer spaces or inner soft hyphens, spans moved to match."""
    text = line.text
    keep = [
        i for i, char in enumerate(text) if char not in SOFT_HYPHENS or i == len(text.rstrip()) - 1
    ]
    while keep and text[keep[0]] == " ":
        keep.pop(0)
    while keep and text[keep[-1]] == " ":
        keep.pop()
    where = {old: new for new, old in enumerate(keep)}
    spans = []
    for span in line.spans:
        inside = [where[i] for i in range(span.start, span.end) if i in where]
        if inside:
            spans.append(Span(inside[0], inside[-1] + 1, span.style))
    cleaned = "".join(text[i] for i in keep)
    if cleaned.endswith(("\ufffe",)):
        cleaned = cleaned[:-1] + "\u00ad"
    return cleaned, tuple(spans)


def _in_margin(line: _PdfLine, height: float) -> bool:
    middle = (line.bottom + line.top) / 2
    return middle >= height * (1 - _MARGIN) or middle <= height * _MARGIN


def _names_symbol(text: str) -> bool:
    """A running header line that starts or ends with a document symbol."""
    words = text.split()
    return bool(words) and any(
        SYMBOL_LINE_RE.match(" ".join(part)) and "/" in " ".join(part)
        for part in (words[:1], words[-1:], words[-2:], words[:2])
    )


def _margin_kind(text: str) -> str | None:
    """What a line in the top or bottom margin is, by its shape."""
    if RUNNING_TITLE_RE.match(text) or SYMBOL_LINE_RE.match(text):
        return "header"
    if PAGE_JOB_RE.match(text):
        return "footer"
    if JOB_RE.match(text):
        return "job-number"
    if BARCODE_RE.match(text):
        return "barcode"
    if PAGE_RE.match(text) or is_bare_page_number(text):
        return "page-number"
    return None


def _mark_small_footnotes(
    rows: list[Row], lines: list[_PdfLine], body_size: float, height: float
) -> None:
    """The footnotes at a page's foot: the last run of lines set smaller than the text,
    starting with a mark (a raised or plain number, an asterisk), in the lower half."""
    by_number = {line.number: line for line in lines}
    start = None
    for index in range(len(rows) - 1, -1, -1):
        row = rows[index]
        line = by_number.get(row.number)
        if row.furniture is not None or line is None:
            continue
        if line.size >= 0.9 * body_size or line.top > height / 2:
            break
        if re.match(r"^(?:\d{1,3}|\*+|_{5,})(?:\s|$)", row.text):
            start = index
    if start is not None:
        for row in rows[start:]:
            row.footnote = row.furniture is None


def _page_rows(
    lines: list[_PdfLine], page: int, edges: dict[int, float], height: float
) -> tuple[list[Row], list[Row]]:
    """The page's rows in reading order, and those of them in the top margin."""
    pitch = _pitch(lines)
    rows: list[Row] = []
    top_band: list[Row] = []
    previous: _PdfLine | None = None
    for line in lines:
        text, spans = _strip(line)
        gap = previous is not None and (
            (previous.column == line.column and previous.bottom - line.bottom > _GAP * pitch)
            or (line.spanning and not previous.spanning)  # a full-width block after columns
        )
        row = Row(
            text=text,
            number=line.number,
            page=page,
            indented=_indented(line, previous, edges),
            column=line.column,
            break_before=not rows and page > 1,
            gap_before=gap,
            spans=spans,
            column_break=previous is not None and _new_column(previous, line),
            positioned=True,
        )
        job = _JOB_PREFIX_RE.match(text)
        # "95-86353 (E) This record contains…" on a first page: the job number apart.
        if job and page == 1 and any(char.isalpha() for char in text[job.end() :]):
            rows.append(
                Row(
                    text=job.group(1),
                    number=line.number,
                    page=page,
                    furniture="job-number",
                    break_before=row.break_before,
                )
            )
            row.text, row.break_before = text[job.end() :], False
            row.spans = tuple(
                Span(s.start - job.end(), s.end - job.end(), s.style)
                for s in row.spans
                if s.start >= job.end()
            )
        if page > 1 and _in_margin(line, height):
            row.furniture = _margin_kind(text)
            if line.bottom >= height / 2:
                top_band.append(row)
        elif page == 1 and (JOB_RE.match(text) or BARCODE_RE.match(text)):
            row.furniture = "job-number" if JOB_RE.match(text) else "barcode"
        rows.append(row)
        if not _in_margin(line, height):
            previous = line  # gaps and columns are measured between lines of the text block
    if any(row.furniture == "header" or _names_symbol(row.text) for row in top_band):
        for row in top_band:  # a running header: title lines next to the symbol or date
            row.furniture = row.furniture or "header"
    return rows, top_band


def _repeated_headers(bands: dict[int, list[Row]]) -> None:
    """Top-margin lines that recur on other pages ("Fiftieth session 18 October 1995"):
    the running header of older records, with all the top margin of their page."""
    pages: dict[str, set[int]] = {}
    for page, rows in bands.items():
        for row in rows:
            pages.setdefault(re.sub(r"\d+", "#", row.text), set()).add(page)
    for rows in bands.values():
        if any(len(pages[re.sub(r"\d+", "#", row.text)]) >= 2 for row in rows):
            for row in rows:
                row.furniture = row.furniture or "header"


def _open(data: bytes, name: str) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        text = str(error)
        if "password" in text.lower():
            raise SourceError(
                "the PDF is encrypted with a password: decrypt it first", source=name
            ) from None
        raise SourceError(
            f"not a readable PDF: damaged or truncated? ({text})", source=name
        ) from None


def read_pdf(data: bytes, *, name: str) -> Document:
    """The document in the PDF ``data``: lines in reading order, furniture recorded."""
    pdf = _open(data, name)
    rows: list[Row] = []
    bands: dict[int, list[Row]] = {}
    laid_out: list[tuple[list[_PdfLine], float]] = []
    number = 1
    try:
        pages = len(pdf)
        if pages == 0:
            raise SourceError("the PDF has no pages (is it truncated?)", source=name)
        for index in range(pages):
            try:
                page = pdf[index]
                width, height = page.get_size()
                textpage = page.get_textpage()
                lines, number = _page_lines(textpage, number, width)
            except pdfium.PdfiumError as error:
                raise SourceError(
                    f"cannot read the page ({error})", source=name, page=index + 1
                ) from None
            laid_out.append((_order(lines, width), height))
    finally:
        pdf.close()
    # The columns' left edges, over the whole document: a first page of mastheads and
    # centred titles does not hide where its text starts.
    edges = _edges([line for lines, _ in laid_out for line in lines])
    sizes = Counter(round(line.size) for lines, _ in laid_out for line in lines)
    body_size = float(sizes.most_common(1)[0][0]) if sizes else 0.0
    for index, (lines, height) in enumerate(laid_out):
        page_rows, bands[index + 1] = _page_rows(lines, index + 1, edges, height)
        _mark_small_footnotes(page_rows, lines, body_size, height)
        rows.extend(page_rows)
    if not any(row.text for row in rows):
        raise NoTextLayerError(
            f"the PDF's {pages} page(s) hold images but no text layer: it needs OCR first "
            "(for example with ocrmypdf)",
            source=name,
        )
    _repeated_headers(bands)
    mark_furniture(rows)
    mark_footnotes(rows)
    document = build_document(rows, name=name, format="pdf", encoding=None)
    return attrs.evolve(document, pages=pages)
