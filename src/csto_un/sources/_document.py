"""What the sources layer hands to the parsers: a document as pages of clean lines.

The parsers (meetings, resolutions) never see bytes, encodings, PDF objects or Markdown
markup: they get a :class:`Document`, whose :attr:`Document.lines` are the text lines of the
document in reading order with the page furniture taken out (and kept in
:attr:`Document.furniture`), plus the evidence for paragraph starts each format offers.
"""

from __future__ import annotations

import collections
import datetime as dt
import itertools
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from ..model import Furniture, Source

__all__ = ["Document", "Line", "Span"]


@attrs.frozen
class Span:
    """A styled run of a line's text: ``text[start:end]`` was ``style``.

    ``style`` is ``"italic"``, ``"bold"``, ``"superscript"`` (a footnote mark, "1<sup>er</sup>"),
    ``"subscript"``, ``"link"`` (a Markdown link's text) or ``"heading"`` (a Markdown heading:
    the whole line). Markdown gives them by its markup; a PDF by its typography: characters
    set raised and smaller are ``"superscript"``, those of an italic or bold font ``"italic"``
    or ``"bold"`` (a bold italic run gives one span of each). An italic or bold span runs over
    the spaces between words of its style.
    """

    start: int
    end: int
    style: str


@attrs.frozen
class Line:
    """One line of text as printed, without markup, with where it stands in the source.

    ``number`` is the 1-based line number in the input file (for PDFs, in the text the PDF
    library extracted, counted over the whole document); ``page`` the 1-based page.
    ``blank_before`` is true when a blank line (text, Markdown) or a vertical gap (PDF) precedes
    the line; ``indented`` when the line starts further right than the column's left edge (the
    first-line indent of a UN paragraph in a PDF); both are evidence of a paragraph start.
    ``column`` is 0 for the left column, 1 for the right one, in two-column PDF pages.
    ``footnote`` is true for the lines of a page's footnote area (after the footnote rule,
    before the page break), which interrupt the running text.
    """

    text: str
    number: int
    page: int = 1
    blank_before: bool = False
    indented: bool = False
    column: int = 0
    spans: tuple[Span, ...] = ()
    footnote: bool = False


_new = object.__new__
_SET_LINE_FIELDS = tuple(
    getattr(Line, field.name).__set__ for field in attrs.fields(Line)
)  # (the slots' descriptors, in the order of Line's fields)


def make_line(
    text: str, number: int, page: int, blank_before: bool, indented: bool, column: int,
    spans: tuple[Span, ...], footnote: bool,
) -> Line:
    """``Line(text, number, page, blank_before, indented, column, spans, footnote)``, a
    quarter cheaper: the fields are set through the slots' descriptors instead of attrs'
    ``__init__``, which looks ``object.__setattr__`` up for each. For the readers, which make
    one line per input line. (Line has no validator, converter or post-init hook for this to
    skip: a test checks it.)"""
    line = _new(Line)
    s_text, s_number, s_page, s_blank, s_indented, s_column, s_spans, s_footnote = (
        _SET_LINE_FIELDS
    )
    s_text(line, text)
    s_number(line, number)
    s_page(line, page)
    s_blank(line, blank_before)
    s_indented(line, indented)
    s_column(line, column)
    s_spans(line, spans)
    s_footnote(line, footnote)
    return line


_consume: Callable[[Iterable[Any]], None] = collections.deque(maxlen=0).extend  # (in C)


def make_lines(
    count: int, texts: Iterable[str], numbers: Iterable[int], pages: Iterable[int],
    blank_before: Iterable[bool], indented: Iterable[bool],
) -> list[Line]:
    """``count`` lines of one column without spans or footnotes, from columns of their other
    fields: what :func:`make_line` makes one at a time, a field at a time over all the lines
    (each field set by a ``map`` in C: a third cheaper than a call a line)."""
    lines = list(map(_new, itertools.repeat(Line, count)))
    s_text, s_number, s_page, s_blank, s_indented, s_column, s_spans, s_footnote = (
        _SET_LINE_FIELDS
    )
    for setter, values in (
        (s_text, texts), (s_number, numbers), (s_page, pages), (s_blank, blank_before),
        (s_indented, indented), (s_column, itertools.repeat(0)),
        (s_spans, itertools.repeat(())), (s_footnote, itertools.repeat(False)),
    ):
        _consume(map(setter, lines, values))
    return lines


@attrs.frozen
class Document:
    """A document read from a file, bytes or a string, as lines in reading order.

    ``format`` is ``"pdf"``, ``"text"`` or ``"markdown"``; ``furniture`` is every line that
    was taken out as running header, footer, page number, job number or barcode; ``symbol``,
    ``date`` and ``job_number`` are what that furniture says about the document.
    """

    name: str
    format: str
    lines: tuple[Line, ...]
    furniture: tuple[Furniture, ...] = ()
    pages: int = 1
    encoding: str | None = None
    symbol: str | None = None
    date: dt.date | None = None
    job_number: str | None = None

    @property
    def source(self) -> Source:
        """The :class:`~csto_un.Source` record parsers attach to what they build."""
        return Source(
            name=self.name,
            format=self.format,
            pages=self.pages,
            encoding=self.encoding,
            furniture=self.furniture,
        )
