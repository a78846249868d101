"""What one PDF may cost: how much its streams may inflate to, how many pages and text objects
it may hold. A small file can ask for a lot of work (a content stream that inflates a
thousandfold, one page's content shown on thousands of pages); these limits refuse it with a
:class:`~csto_un.LimitError` before the work is done. Real UN documents stay far below them
(in the development corpus: streams inflate at most 5 times, at most 726 objects on a page).
"""

from __future__ import annotations

import re
import zlib
from typing import Any

from ..errors import LimitError

__all__ = [
    "MAX_PAGES",
    "MAX_PAGE_OBJECTS",
    "MAX_PDF_EXPANSION",
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

_OBJECTS_FLOOR = 100_000  # objects any PDF may hold, whatever its size ...
_BYTES_PER_OBJECT = 4  # ... and one more for every this many bytes of the file

_STREAM_RE = re.compile(rb"(?<!end)stream\r?\n")
_CHUNK = 1 << 16


def check_pdf_expansion(data: bytes, name: str) -> None:
    """Refuse a PDF whose deflated streams inflate to more than :data:`MAX_PDF_EXPANSION`
    times its size, before the PDF reader inflates them: each stream is inflated here in
    small pieces, counted and thrown away, so this costs time linear in the result and no
    memory."""
    limit = max(_EXPANSION_FLOOR, MAX_PDF_EXPANSION * len(data))
    total = 0
    for found in _STREAM_RE.finditer(data):
        inflater = zlib.decompressobj()
        position = found.end()
        try:
            while position < len(data) and not inflater.eof:
                total += len(inflater.decompress(data[position : position + _CHUNK], _CHUNK))
                while inflater.unconsumed_tail and not inflater.eof and total <= limit:
                    tail = inflater.unconsumed_tail
                    out = len(inflater.decompress(tail, _CHUNK))
                    if not out and len(inflater.unconsumed_tail) >= len(tail):
                        break  # no progress (a damaged stream): the PDF reader will say
                    total += out
                if total > limit:
                    raise LimitError(
                        f"the PDF's streams inflate to more than {limit:,} bytes "
                        f"({MAX_PDF_EXPANSION} times its size): a compression bomb?",
                        code="pdf-expands",
                        source=name,
                    )
                position += _CHUNK
        except zlib.error:
            continue  # not a deflated stream (an image, plain text): the PDF reader's business


def text_object_budget(size: int) -> int:
    """How many objects, over all its pages, a PDF of ``size`` bytes may hold."""
    return _OBJECTS_FLOOR + size // _BYTES_PER_OBJECT


def check_pdf_pages(pdf: Any, size: int, name: str) -> None:
    """Refuse an open PDF (a ``pypdfium2.PdfDocument`` of ``size`` bytes) with more than
    :data:`MAX_PAGES` pages, more than :data:`MAX_PAGE_OBJECTS` objects on a page, or more
    objects in all than :func:`text_object_budget` allows. Pages are counted by the PDF reader
    before any text is taken from them (a fraction of the cost of reading them)."""
    import pypdfium2.raw as pdfium_c

    pages = len(pdf)
    if pages > MAX_PAGES:
        raise LimitError(
            f"the PDF has {pages:,} pages, more than the limit of {MAX_PAGES:,}",
            code="too-many-pages",
            source=name,
        )
    budget = text_object_budget(size)
    total = 0
    for index in range(pages):
        page = pdf[index]
        try:
            count = pdfium_c.FPDFPage_CountObjects(page.raw)
        finally:
            page.close()
        total += count
        if count > MAX_PAGE_OBJECTS:
            raise LimitError(
                f"the page holds {count:,} objects, more than the limit of "
                f"{MAX_PAGE_OBJECTS:,}",
                code="too-many-text-objects",
                source=name,
                page=index + 1,
            )
        if total > budget:
            raise LimitError(
                f"the PDF's first {index + 1:,} pages hold {total:,} objects, more than a "
                f"file of {size:,} bytes may ({budget:,}): the same content shown on many "
                "pages?",
                code="too-many-text-objects",
                source=name,
            )
