"""Read documents as people hold them: PDF, extracted text and Markdown.

:func:`read_document` (a path), :func:`read_bytes` and :func:`read_string` give a
:class:`Document`: the text as lines in reading order, page furniture removed and recorded,
with the evidence each format offers for paragraph starts. :func:`paragraphs` and
:func:`join_lines` rebuild paragraphs from the wrapped lines.
"""

from ._document import Document, Line, Span
from ._limits import (
    MAX_PAGE_OBJECTS,
    MAX_PAGES,
    MAX_PDF_EXPANSION,
)
from ._paragraphs import Block, Vocabulary, join_lines, paragraphs
from ._read import MAX_BYTES, MAX_LINE, path_name, read_bytes, read_document, read_string

__all__ = [
    "MAX_BYTES",
    "MAX_LINE",
    "MAX_PAGES",
    "MAX_PAGE_OBJECTS",
    "MAX_PDF_EXPANSION",
    "Block",
    "Document",
    "Line",
    "Span",
    "Vocabulary",
    "join_lines",
    "paragraphs",
    "path_name",
    "read_bytes",
    "read_document",
    "read_string",
]
