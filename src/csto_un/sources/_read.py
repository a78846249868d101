"""The public entry points: a path, bytes or a string in, a :class:`Document` out."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import SourceError, UnsupportedFormatError
from ._decode import decode_text, sniff_binary
from ._document import Document
from ._markdown import looks_like_markdown
from ._text import read_text

__all__ = ["read_bytes", "read_document", "read_string"]

_FORMATS = ("text", "markdown", "pdf")
_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})


def read_document(path: str | os.PathLike[str]) -> Document:
    """Read a PDF, text or Markdown file (the format is found from its content).

    Raises :class:`~csto_un.SourceError` (or a subclass) when the file cannot be read.
    """
    name = os.fspath(path)
    try:
        data = Path(name).read_bytes()
    except OSError as error:
        raise SourceError(f"cannot read the file: {error.strerror or error}", source=name) from None
    hint = "markdown" if Path(name).suffix.lower() in _MARKDOWN_SUFFIXES else None
    return _read(data, name, hint)


def read_bytes(data: bytes, name: str = "<bytes>") -> Document:
    """Read a document held in memory (PDF, text or Markdown bytes); ``name`` is for messages."""
    return _read(bytes(data), name, None)


def read_string(text: str, name: str = "<string>", format: str | None = None) -> Document:
    """Read a document from a string: ``format`` ``"text"`` or ``"markdown"``, or ``None`` to
    tell from the markup it holds."""
    if format not in (None, "text", "markdown"):
        raise UnsupportedFormatError(
            f"cannot read a string as {format!r}: use 'text' or 'markdown' "
            "(read PDFs with read_document or read_bytes)",
            source=name,
        )
    markdown = looks_like_markdown(text) if format is None else format == "markdown"
    return read_text(text, name=name, markdown=markdown, encoding=None)


def _read(data: bytes, name: str, hint: str | None) -> Document:
    if not data.strip():
        raise UnsupportedFormatError("the input is empty or holds only white space", source=name)
    if sniff_binary(data, name) == "pdf":
        from ._pdf import read_pdf  # imported here: text-only use never loads pypdfium2

        return read_pdf(data, name=name)
    text, encoding = decode_text(data, name)
    markdown = hint == "markdown" or looks_like_markdown(text)
    return read_text(text, name=name, markdown=markdown, encoding=encoding)
