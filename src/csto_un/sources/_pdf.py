"""PDF to a :class:`~csto_un.sources.Document` with pypdfium2: lines with positions.

:mod:`._pdf_lines` turns each page's characters into printed lines with boxes. From the
positions this module finds the columns of each page (UN records are set in two),
orders the lines left column then right column within each band of the page (a line that
spans both columns, such as a heading, closes a band), and gives each line the evidence of a
paragraph start: ``indented`` (first-line indent from the column's left edge) and a vertical
gap before it. A first page whose masthead and foot are set in blocks side by side has them
read first (:mod:`._pdf_front`). Page furniture is then found as for text (:mod:`._furniture`),
helped by where a line stands: only lines in the top and bottom margins can be running headers
and footers.
"""

from __future__ import annotations

import itertools
import operator
import re
import statistics
from collections import Counter
from collections.abc import Sequence

import attrs
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..errors import NoTextLayerError, SourceError
from ._document import Document, Span
from ._furniture import FOOTNOTE_RULE_RE, is_note_line, mark_footnotes, mark_furniture
from ._limits import check_pdf_expansion, check_pdf_pages
from ._memory import PdfTextBudget
from ._patterns import (
    BARCODE_RE,
    JOB_PREFIX_RE,
    JOB_RE,
    PAGE_JOB_RE,
    PAGE_RE,
    SYMBOL_LINE_RE,
    is_bare_page_number,
    running_title,
)
from ._pdf_fonts import FontMemory
from ._pdf_front import front_page_order, two_columns
from ._pdf_lines import PdfLine, page_lines
from ._rows import SOFT_HYPHEN, SOFT_HYPHEN_NONCHARACTER, SOFT_HYPHENS, Row, build_document

__all__ = ["read_pdf"]

_MARGIN = 0.09  # top and bottom share of the page where running headers and footers stand
_INDENT = 6.0  # points right of the column's edge that make a first-line indent
_GAP = 1.3  # a vertical step this many times the usual line pitch is a paragraph gap
_COLUMN = operator.attrgetter("column")
_TEXT = operator.attrgetter("text")


def _order(lines: list[PdfLine], width: float) -> list[PdfLine]:
    """Reading order: bands split by full-width lines; in each, left column then right.
    (One loop sets the columns, counts the sides and makes the sort's keys.)"""
    middle = width / 2
    low, high = middle - 4, middle + 4
    left_side = right_side = 0
    keys = []
    for line in lines:
        left, right = line.left, line.right
        in_left, in_right = right <= high, left >= low
        left_side += in_left
        right_side += in_right
        line.column = 0 if in_left else 1 if in_right else -1  # -1: spans the gutter
        keys.append((-round(line.top), left))
    ordered = list(map(lines.__getitem__, sorted(range(len(lines)), key=keys.__getitem__)))
    if not two_columns(left_side, right_side, len(lines)):
        for line in ordered:
            line.column = 0
        return ordered
    result: list[PdfLine] = []
    band: list[PdfLine] = []
    for line in ordered:
        if line.column == -1:
            result.extend(sorted(band, key=_COLUMN))
            band = []
            line.column, line.spanning = 0, True
            result.append(line)
        else:
            band.append(line)
    result.extend(sorted(band, key=_COLUMN))
    return result


def _pitch(lines: Sequence[PdfLine]) -> float:
    steps = [  # (3 * max(a.size, 1), without the call: the same for any size, NaN too)
        step
        for a, b in itertools.pairwise(lines)
        if a.column == b.column
        and 0 < (step := a.bottom - b.bottom) < 3 * (a.size if not a.size < 1 else 1)
    ]
    if not steps:
        return 12.0
    # The line pitch is the smallest common step: where single-line paragraphs stand one
    # and a half lines apart (S/PV.10100, 2026), the paragraph step is as common as it.
    counts = Counter([round(step * 2) / 2 for step in steps])
    most = max(counts.values())
    common = min(step for step, count in counts.items() if 3 * count >= most)
    return min(common, statistics.median(steps))


def _edges(lines: Sequence[PdfLine]) -> dict[int, float]:
    """The left edge of each column: the leftmost position shared by many of its lines."""
    if not lines:
        return {}
    edges: dict[int, float] = {}
    for column in {line.column for line in lines}:
        counts = Counter(round(line.left / 2) * 2 for line in lines if line.column == column)
        most = max(counts.values())
        edges[column] = float(min(left for left, n in counts.items() if n >= 0.3 * most))
    return edges


#: What stands for a page in ``read_pdf``'s pages once its rows are made.
_NO_LINES: tuple[list[PdfLine], float] = ([], 0.0)


def _has_soft_hyphen(text: str) -> bool:
    for hyphen in SOFT_HYPHENS:  # noqa: SIM110 (a loop costs half of any() or a regex)
        if hyphen in text:
            return True
    return False


def _inside(spans: list[Span], end: int) -> bool:
    """Whether every span holds characters of ``text[:end]``: none to cut or drop."""
    return all(0 <= span.start < span.end <= end for span in spans)


def _strip(line: PdfLine) -> tuple[str, tuple[Span, ...]]:
    """The line's text without outer spaces or inner soft hyphens, spans moved to match."""
    text = line.text
    if not _has_soft_hyphen(text):  # the common case
        if not line.spans:
            return text.strip(" "), ()
        if len(line.spans) == 1 and text[:1] != " ":  # one span, no lead (most GA lines)
            span = line.spans[0]
            body = text.rstrip(" ")
            if 0 <= span.start < span.end <= len(body):
                return body, (span,)  # nothing to move or cut: the same span
        body = text.lstrip(" ")
        lead = len(text) - len(body)
        body = body.rstrip(" ")
        end = lead + len(body)
        if not lead and _inside(line.spans, end):
            return body, tuple(line.spans)  # nothing to move or cut: the same spans
        moved = ((max(s.start, lead), min(s.end, end), s.style) for s in line.spans)
        return body, tuple(Span(a - lead, b - lead, style) for a, b, style in moved if a < b)
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


def _names_symbol(text: str) -> bool:
    """A running header line that starts or ends with a document symbol."""
    words = text.split()
    return bool(words) and any(
        SYMBOL_LINE_RE.match(" ".join(part)) and "/" in " ".join(part)
        for part in (words[:1], words[-1:], words[-2:], words[:2])
    )


def _margin_kind(text: str) -> str | None:
    """What a line in the top or bottom margin is, by its shape."""
    if running_title(text) is not None or SYMBOL_LINE_RE.match(text):
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
    rows: list[Row], lines: list[PdfLine], body_size: float, height: float
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
        if is_note_line(row) or FOOTNOTE_RULE_RE.match(row.text):
            start = index
    if start is not None:
        for row in rows[start:]:
            row.footnote = row.furniture is None


def _split_job_number(row: Row, rows: list[Row]) -> None:
    """A first page's row that opens with its job number and goes on with text ("95-86353
    (E) This record contains…"): the job number apart, a row of furniture added to ``rows``
    before it, and the row's text and spans what follows."""
    text = row.text
    job = JOB_PREFIX_RE.match(text)
    if job and any(char.isalpha() for char in text[job.end() :]):
        rows.append(
            Row(
                text=job.group(1),
                number=row.number,
                page=row.page,
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


def _page_rows(
    lines: list[PdfLine], page: int, edges: dict[int, float], height: float
) -> tuple[list[Row], list[Row]]:
    """The page's rows in reading order, and those of them in the top margin.

    A row is ``indented`` (a first-line indent) when it stands right of its column's edge,
    after a gap or unlike the line above (the lines of an indented quotation or list after
    its first are not paragraph starts); it breaks the column when it starts a new column,
    or a band below a full-width line (it stands higher). Only lines outside the top and
    bottom margins count as the line above. (This loop runs for every line of a PDF: the
    tests are inline.)
    """
    pitch = _pitch(lines)
    rows: list[Row] = []
    top_band: list[Row] = []
    gap_step = _GAP * pitch
    # A line is in a margin when its middle, (bottom + top) / 2, is: bottom + top is compared.
    margin_high = 2 * (height * (1 - _MARGIN))
    margin_low = 2 * (height * _MARGIN)
    half = height / 2
    first_page, later_page = page == 1, page > 1
    # The line above (outside the margins): its column (None: none yet), bottom, top, left.
    above_column: int | None = None
    above_bottom = above_top = above_left = 0.0
    above_spanning = False
    for line in lines:
        text = line.text
        if line.spans or SOFT_HYPHEN in text or SOFT_HYPHEN_NONCHARACTER in text:
            text, spans = _strip(line)
        else:  # the common line: _strip's first case, inline
            text, spans = text.strip(" "), ()
        column = line.column
        left = line.left
        bottom = line.bottom
        top = line.top
        if above_column is None:
            gap = column_break = False
            indented = left - edges.get(column, left) >= _INDENT
        else:
            other_column = above_column != column
            gap = (not other_column and above_bottom - bottom > gap_step) or (
                line.spanning and not above_spanning
            )  # a full-width block after columns
            column_break = other_column or top > above_top + 1
            indented = left - edges.get(column, left) >= _INDENT and (
                gap or other_column or abs(above_left - left) >= 2
            )
        # Row(text, number, page, blank, indented, column, spans, break_before, gap_before,
        # column_break, positioned): by position, a third of the keywords' cost.
        row = Row(text, line.number, page, False, indented, column, spans,
                  later_page and not rows, gap, column_break, True)
        if first_page:
            _split_job_number(row, rows)
        middle = bottom + top
        in_margin = middle >= margin_high or middle <= margin_low
        if later_page and in_margin:
            row.furniture = _margin_kind(text)
            if bottom >= half:
                top_band.append(row)
        elif first_page and (JOB_RE.match(text) or BARCODE_RE.match(text)):
            row.furniture = "job-number" if JOB_RE.match(text) else "barcode"
        rows.append(row)
        if not in_margin:  # gaps and columns are measured between lines of the text block
            above_column, above_bottom, above_top, above_left = column, bottom, top, left
            above_spanning = line.spanning
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


_NO_PAGES = re.compile(rb"/Count\s+0(?!\d)")  # a page tree that counts no page ...
_A_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")  # ... and no page object


def _open(data: bytes, name: str) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        text = str(error)
        if "password" in text.lower():
            raise SourceError(
                "the PDF is encrypted with a password: decrypt it first", source=name
            ) from None
        if _NO_PAGES.search(data) and not _A_PAGE.search(data):
            raise SourceError("the PDF has no pages", source=name) from None
        if "PDFium: Success" in text:  # the reader failed without saying why
            text = "the reader gives no reason"
        raise SourceError(
            f"not a readable PDF: damaged or truncated? ({text})", source=name
        ) from None


class _Page:
    """A page and its text page loaded by pdfium's own calls, without pypdfium2's objects'
    finalizers and tracking (30 to 80 µs a GA page); the line builder reads it as it reads a
    ``pypdfium2.PdfTextPage``, by ``raw`` and ``count_chars``. :func:`read_pdf` closes every
    one (:meth:`close`) before the document."""

    def __init__(self, pdf: pdfium.PdfDocument, index: int) -> None:  # (no finalizer)
        self.page = pdfium_c.FPDF_LoadPage(pdf, index)  # (the page's handle)
        self.raw = None  # the text page's, once loaded (:meth:`load_text`)
        if not self.page:
            raise pdfium.PdfiumError("Failed to load page.")

    def size(self) -> tuple[float, float]:
        """The page's width and height, in points."""
        return pdfium_c.FPDF_GetPageWidthF(self.page), pdfium_c.FPDF_GetPageHeightF(self.page)

    def count_chars(self) -> int:
        """How many characters the text page holds."""
        return int(pdfium_c.FPDFText_CountChars(self.raw))

    def load_text(self) -> None:
        """Load the page's text page (pdfium's characters, their boxes and objects)."""
        self.raw = pdfium_c.FPDFText_LoadPage(self.page)
        if not self.raw:
            raise pdfium.PdfiumError("Failed to load text page.")

    def close(self) -> None:
        """Close the text page, then the page (again: nothing)."""
        if self.raw:
            pdfium_c.FPDFText_ClosePage(self.raw)
        if self.page:
            pdfium_c.FPDF_ClosePage(self.page)
        self.raw = self.page = None


def _release(page: _Page, fonts: FontMemory) -> None:
    """Close a page whose lines are built, unless ``fonts`` holds its text page open (the
    fonts it met first stay known for later pages while it is open). The pages of a
    document are not all left open until it closes: the next loads a little cheaper (GA
    resolutions: ``read_pdf`` 1–4% cheaper) and a long record needs less memory."""
    if page not in fonts.pages:
        page.close()


def read_pdf(data: bytes, *, name: str) -> Document:
    """The document in the PDF ``data``: lines in reading order, furniture recorded."""
    check_pdf_expansion(data, name)
    pdf = _open(data, name)
    rows: list[Row] = []
    bands: dict[int, list[Row]] = {}
    laid_out: list[tuple[list[PdfLine], float]] = []
    number = 1
    fonts = FontMemory()  # what the pages learn about the document's fonts
    opened: list[_Page] = []  # the pages loaded (closed as read, or with the document)
    try:
        pages = len(pdf)
        if pages == 0:
            raise SourceError("the PDF has no pages (is it truncated?)", source=name)
        budget = check_pdf_pages(pdf, len(data), name)
        text_budget = PdfTextBudget(len(data), name)  # what the text will cost to parse
        for index in range(pages):
            try:
                page = _Page(pdf, index)
                opened.append(page)
                budget.spend(page.page, index)
                width, height = page.size()
                page.load_text()
                lines, number = page_lines(page, number, width, fonts)
            except pdfium.PdfiumError as error:
                raise SourceError(
                    f"cannot read the page ({error})", source=name, page=index + 1
                ) from None
            _release(page, fonts)
            text_budget.add(list(map(_TEXT, lines)))
            ordered = _order(lines, width)
            laid_out.append((front_page_order(ordered) if index == 0 else ordered, height))
    finally:
        for page in opened:
            page.close()
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
        # The page's PdfLines are done with: freed now, not after the document's rows and
        # lines are made (fewer objects alive at once: fewer and cheaper garbage collections).
        laid_out[index] = _NO_LINES
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
