"""The public entry points: a path, bytes or a string in, a :class:`Document` out."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from ..errors import SourceError, UnsupportedFormatError
from ._decode import decode_text, sniff_binary
from ._document import Document
from ._markdown import looks_like_markdown
from ._text import read_text

__all__ = ["MAX_BYTES", "read_bytes", "read_document", "read_string"]

_FORMATS = ("text", "markdown", "pdf")
_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})


MAX_BYTES = 64 * 1024 * 1024
"""The largest input read by default: 64 MiB (the longest UN record is a few MB as PDF).

Bigger inputs are refused with a :class:`~csto_un.SourceError` naming the file and its size,
before they are read whole, so that memory and time stay bounded; pass ``max_bytes`` to read
more (or ``None`` for no limit)."""


def read_document(path: str | os.PathLike[str], *, max_bytes: int | None = MAX_BYTES) -> Document:
    """Read a PDF, text or Markdown file (the format is found from its content).

    Raises :class:`~csto_un.SourceError` (or a subclass) when the file cannot be read, is not
    a regular file (a directory, a named pipe, a device) or is bigger than ``max_bytes``
    (:data:`MAX_BYTES`, 64 MiB, by default; ``None``: no limit).
    """
    name = os.fspath(path)
    try:
        _check_regular(os.stat(name), name)  # before opening: opening a pipe would block
        with open(name, "rb") as file:
            info = os.fstat(file.fileno())
            _check_regular(info, name)
            _check_size(info.st_size, max_bytes, name)
            data = _read_all(file, info.st_size, max_bytes)
    except OSError as error:
        raise SourceError(f"cannot read the file: {error.strerror or error}", source=name) from None
    _check_size(len(data), max_bytes, name)  # a file that grew while being read
    hint = "markdown" if Path(name).suffix.lower() in _MARKDOWN_SUFFIXES else None
    return _read(data, name, hint)


def read_bytes(
    data: bytes, name: str = "<bytes>", *, max_bytes: int | None = MAX_BYTES
) -> Document:
    """Read a document held in memory (PDF, text or Markdown bytes); ``name`` is for messages.

    Input bigger than ``max_bytes`` is refused with :class:`~csto_un.SourceError`.
    """
    _check_size(len(data), max_bytes, name)
    return _read(bytes(data), name, None)


def _read_all(file: BinaryIO, size: int, max_bytes: int | None) -> bytes:
    """The file's bytes, at most ``max_bytes`` + 1: as many as its size says, then the rest of
    a file that grew. (``read(max_bytes + 1)`` would set aside the whole limit, 64 MiB, for
    every file.)"""
    data = file.read(size + 1)
    if len(data) > size:  # it grew, or a system file whose size is given as 0
        rest = -1 if max_bytes is None else max(0, max_bytes + 1 - len(data))
        data += file.read(rest)
    return data


def _check_regular(info: os.stat_result, name: str) -> None:
    if not stat.S_ISREG(info.st_mode):
        kind = "a directory" if stat.S_ISDIR(info.st_mode) else "a pipe, socket or device"
        raise SourceError(f"not a regular file: {kind}", source=name)


def _check_size(size: int, max_bytes: int | None, name: str) -> None:
    if max_bytes is not None and size > max_bytes:
        raise SourceError(
            f"the input is {size:,} bytes, more than the limit of {max_bytes:,} bytes "
            "(pass max_bytes to read bigger inputs)",
            source=name,
        )


def read_string(
    text: str,
    name: str = "<string>",
    format: str | None = None,
    *,
    max_bytes: int | None = MAX_BYTES,
) -> Document:
    """Read a document from a string: ``format`` ``"text"`` or ``"markdown"``, or ``None`` to
    tell from the markup it holds. A string of more than ``max_bytes`` characters is refused
    with :class:`~csto_un.SourceError`."""
    _check_size(len(text), max_bytes, name)
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
