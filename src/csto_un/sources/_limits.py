"""What one PDF may cost: how much its streams may inflate to, how many pages and text objects
it may hold. A small file can ask for a lot of work (a content stream that inflates a
thousandfold, one page's content shown on thousands of pages); these limits refuse it with a
:class:`~csto_un.LimitError` before the work is done. Real UN documents stay far below them
(in the development corpus: streams inflate at most 5 times, at most 726 objects on a page).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable
from typing import Any, cast

from ..errors import LimitError, SourceError

__all__ = [
    "MAX_PAGES",
    "MAX_PAGE_OBJECTS",
    "MAX_PDF_EXPANSION",
    "ObjectBudget",
    "check_pdf_expansion",
    "check_pdf_pages",
    "text_object_budget",
]

MAX_PDF_EXPANSION = 32
"""How many times its size a PDF's compressed streams may inflate to, all together (with a
floor of 16 MiB for small files); more is refused (``code="pdf-expands"``)."""
_EXPANSION_FLOOR = 16 * 1024 * 1024

MAX_PAGES = 10_000
"""The most pages read from one PDF; more are refused (``code="too-many-pages"``)."""

MAX_PAGE_OBJECTS = 20_000
"""The most objects (text runs, paths, images) on one page; more are refused
(``code="too-many-text-objects"``)."""

_OBJECTS_FLOOR = 50_000  # objects any PDF may hold, whatever its size ...
_BYTES_PER_OBJECT = 16  # ... and one more for every this many bytes of the file (real: 50)

# "stream" then a line end, "endstream" aside: found with a literal search (a look-behind
# in the pattern would make the search try every byte of the file).
_STREAM_RE = re.compile(rb"stream\r?\n")
_CHUNK = 1 << 16
_SMALL = 256  # the pieces of a damaged stream: what is not counted of one, at most


def inflating() -> tuple[Callable[[int], Any], type[Exception]]:
    """What inflates a PDF's streams in pieces: a maker of decompressors with the standard
    library's ``zlib.decompressobj`` interface (given the window's bits), and the error it
    raises on data that are not deflated. zlib-ng's (the ``zlib-ng`` package, a dependency:
    the same bytes, 1.5 to 1.8 times as fast), or the standard library's zlib where zlib-ng
    cannot be imported."""
    try:
        from zlib_ng import zlib_ng
    except ImportError:
        return zlib.decompressobj, zlib.error
    return zlib_ng.decompressobj, cast(type[Exception], zlib_ng.error)


def inflating_whole() -> Callable[[memoryview], int | None] | None:
    """What inflates a small stream in one call: the number of bytes the zlib stream at the
    start of its argument inflates to, or None where it cannot say (not a zlib stream, a
    damaged one, or one of more than a mebibyte), and the stream is then inflated
    in pieces. libdeflate's (the ``deflate`` package, a dependency: the same bytes in about
    two thirds of the time of zlib-ng in pieces), or None where it cannot be imported."""
    try:
        import deflate
    except ImportError:
        return None
    decompress, failed = deflate.zlib_decompress, deflate.DeflateError

    def size(stream: memoryview) -> int | None:
        try:  # (it stops at the stream's end and checks its sum: what follows is not read)
            return len(decompress(stream, _WHOLE))
        except failed:
            return None

    return size


_decompressor, _not_deflated = inflating()
_whole_size = inflating_whole()
_WHOLE = 1 << 20  # the most a stream inflated in one call may give: memory held at once


def _expands(limit: int, name: str) -> LimitError:
    return LimitError(
        f"the PDF's streams inflate to more than {limit:,} bytes "
        f"({MAX_PDF_EXPANSION} times its size): a compression bomb?",
        code="pdf-expands",
        source=name,
    )


def _deflated_from(view: memoryview, position: int) -> int | None:
    """Where the deflated data of a zlib stream at ``position`` starts, after its two-byte
    header; None where no zlib header stands there (a deflated stream's method and window,
    a header sum, no preset dictionary), and the PDF reader inflates nothing."""
    header = bytes(view[position : position + 2])
    if len(header) < 2:
        return None
    method, flags = header
    if method & 0x0F != 8 or method >> 4 > 7 or (method << 8 | flags) % 31 or flags & 0x20:
        return None
    return position + 2


def _inflate_in_pieces(
    view: memoryview, position: int, total: int, limit: int, name: str, piece: int = _CHUNK
) -> int:
    """``total`` and what the stream at ``position`` inflates to (nothing where it is not
    deflated), inflated in pieces of ``piece`` bytes, counted and thrown away; past
    ``limit``, refused. pdfium keeps what a damaged stream inflates to before the damage,
    so it is counted: the deflated data are inflated without the zlib wrapper's closing sum,
    and a stream whose data are damaged is inflated again in pieces of a few hundred bytes,
    since zlib's error loses what the piece at the damage inflated to (a file of many small
    damaged streams got past the limit)."""
    start = _deflated_from(view, position)
    if start is None:
        return total  # not a deflated stream (an image, plain text): the PDF reader's business
    inflater = _decompressor(-15)  # (raw deflate: no header, no closing sum)
    before, position, end = total, start, len(view)
    try:
        while position < end and not inflater.eof:
            total += len(inflater.decompress(view[position : position + piece], piece))
            while inflater.unconsumed_tail and not inflater.eof and total <= limit:
                tail = inflater.unconsumed_tail
                out = len(inflater.decompress(tail, piece))
                if not out and len(inflater.unconsumed_tail) >= len(tail):
                    break  # no progress (a damaged stream): the PDF reader will say
                total += out
            if total > limit:
                raise _expands(limit, name)
            position += piece
    except _not_deflated:  # damaged deflated data: counted to the damage, within a small piece
        if piece > _SMALL:
            return _inflate_in_pieces(view, start - 2, before, limit, name, _SMALL)
    return total


def check_pdf_expansion(data: bytes, name: str) -> None:
    """Refuse a PDF whose deflated streams inflate to more than :data:`MAX_PDF_EXPANSION`
    times its size, before the PDF reader inflates them.

    Every stream is inflated here and counted, whatever its dictionary says it is. In the
    General Assembly's PDFs the fonts' files hold about three fifths of the inflating and
    the pages' contents a quarter, and pdfium inflates both to read the text (a page's
    content, the fonts it names and their character maps, whatever their labels); images
    (a fourteenth) it inflates only to draw them, but a stream labelled as an image can be
    named as a page's content, which pdfium reads without looking at the label, so no stream
    is left out. A stream that inflates to at most a mebibyte is inflated in one call
    (:func:`inflating_whole`: every deflated stream of the development corpus's 535 PDFs),
    any other in small pieces thrown away (:func:`inflating`): time linear in the result and
    a mebibyte of memory at most."""
    limit = max(_EXPANSION_FLOOR, MAX_PDF_EXPANSION * len(data))
    total = 0
    view = memoryview(data)  # pieces of the file without copying them
    whole_size = _whole_size
    for found in _STREAM_RE.finditer(data):
        if data.endswith(b"end", 0, found.start()):
            continue
        size = None if whole_size is None else whole_size(view[found.end() :])
        if size is None:
            total = _inflate_in_pieces(view, found.end(), total, limit, name)
        else:
            total += size
            if total > limit:
                raise _expands(limit, name)


def text_object_budget(size: int) -> int:
    """How many objects, over all its pages, a PDF of ``size`` bytes may hold."""
    return _OBJECTS_FLOOR + size // _BYTES_PER_OBJECT


class ObjectBudget:
    """The objects a PDF of ``size`` bytes may hold (:func:`text_object_budget`), spent page
    by page as the reader loads them; :meth:`spend` refuses the page over the limit."""

    def __init__(self, size: int, name: str) -> None:
        self.size, self.name = size, name
        self.left = text_object_budget(size)

    def spend(self, page: Any, index: int) -> None:
        """Count the objects of ``page`` (pdfium's handle of a loaded page, number
        ``index`` + 1)."""
        import pypdfium2.raw as pdfium_c

        count = pdfium_c.FPDFPage_CountObjects(page)
        if count > MAX_PAGE_OBJECTS:
            raise LimitError(
                f"the page holds {count:,} objects, more than the limit of {MAX_PAGE_OBJECTS:,}",
                code="too-many-text-objects",
                source=self.name,
                page=index + 1,
            )
        self.left -= count
        if self.left < 0:
            raise LimitError(
                f"the PDF's first {index + 1:,} pages hold more objects than a file of "
                f"{self.size:,} bytes may ({text_object_budget(self.size):,}): the same "
                "content shown on many pages?",
                code="too-many-text-objects",
                source=self.name,
            )


_SHARED_PAGE_BYTES = 4096  # fewer bytes a page than this: pages that share their content


def check_pdf_pages(pdf: Any, size: int, name: str) -> ObjectBudget:
    """The budget of objects for an open PDF (a ``pypdfium2.PdfDocument`` of ``size`` bytes),
    after refusing one of more than :data:`MAX_PAGES` pages. A file of a few hundred bytes a
    page (pages that share one content) has its pages counted now, by the PDF reader alone,
    so that it is refused before any text is taken from them; any other is counted as its
    pages are read."""
    pages = len(pdf)
    if pages > MAX_PAGES:
        raise LimitError(
            f"the PDF has {pages:,} pages, more than the limit of {MAX_PAGES:,}",
            code="too-many-pages",
            source=name,
        )
    budget = ObjectBudget(size, name)
    if size < _SHARED_PAGE_BYTES * pages:
        import pypdfium2 as pdfium

        counted = ObjectBudget(size, name)
        for index in range(pages):
            try:
                page = pdf[index]
            except pdfium.PdfiumError as error:
                raise SourceError(
                    f"cannot read the page ({error})", source=name, page=index + 1
                ) from None
            try:
                counted.spend(page.raw, index)
            finally:
                page.close()
    return budget
