"""Read documents as people hold them: PDF, extracted text and Markdown.

:func:`read_document` (a path), :func:`read_bytes` and :func:`read_string` give a
:class:`Document`: the text as lines in reading order, page furniture removed and recorded,
with the evidence each format offers for paragraph starts. The parsers rebuild paragraphs
from the wrapped lines (:func:`csto_un.text.join_lines`).
"""

import sys
import types

from . import _limits, _memory, _read
from ._document import Document, Line, Span
from ._limits import (
    MAX_PAGE_OBJECTS,
    MAX_PAGES,
    MAX_PDF_EXPANSION,
)
from ._memory import MEMORY_CONSTANT, MEMORY_FACTOR
from ._read import (
    MAX_BYTES,
    MAX_LINE,
    Limit,
    path_name,
    read_bytes,
    read_document,
    read_string,
)

__all__ = [
    "MAX_BYTES",
    "MAX_LINE",
    "MAX_PAGES",
    "MAX_PAGE_OBJECTS",
    "MAX_PDF_EXPANSION",
    "MEMORY_CONSTANT",
    "MEMORY_FACTOR",
    "Document",
    "Limit",
    "Line",
    "Span",
    "path_name",
    "read_bytes",
    "read_document",
    "read_string",
]

#: Each limit (an upper-case name a module exports) and the module whose checks read it.
_LIMIT_HOMES: dict[str, types.ModuleType] = {
    name: module
    for module in (_limits, _memory, _read)
    for name in module.__all__
    if name.isupper()
}


class _Sources(types.ModuleType):
    """This package, whose limits a program sets here (``csto_un.sources.MAX_PAGES =
    50_000``): the value goes to the module whose checks read it."""

    def __setattr__(self, name: str, value: object) -> None:
        home = _LIMIT_HOMES.get(name)
        if home is not None:
            setattr(home, name, value)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Sources
