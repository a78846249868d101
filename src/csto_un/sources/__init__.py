"""Read documents as people hold them: PDF, extracted text and Markdown.

:func:`read_document` (a path), :func:`read_bytes` and :func:`read_string` give a
:class:`Document`: the text as lines in reading order, page furniture removed and recorded,
with the evidence each format offers for paragraph starts. The parsers rebuild paragraphs
from the wrapped lines (:func:`csto_un.text.join_lines`).
"""

from ._document import Document, Line, Span
from ._limits import (
    MAX_PAGE_OBJECTS,
    MAX_PAGES,
    MAX_PDF_EXPANSION,
)
from ._memory import MEMORY_CONSTANT
from ._read import MAX_BYTES, MAX_LINE, path_name, read_bytes, read_document, read_string

__all__ = [
    "MAX_BYTES",
    "MAX_LINE",
    "MAX_PAGES",
    "MAX_PAGE_OBJECTS",
    "MAX_PDF_EXPANSION",
    "MEMORY_CONSTANT",
    "Document",
    "Line",
    "Span",
    "path_name",
    "read_bytes",
    "read_document",
    "read_string",
]
