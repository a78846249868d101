"""The public entry points: a path, bytes or a string in, a :class:`Document` out."""

from __future__ import annotations

import enum
import os
import stat
from pathlib import Path
from typing import BinaryIO

from ..errors import ArgumentError, LimitError, SourceError, UnsupportedFormatError
from ._decode import decode_text, sniff_binary
from ._document import Document
from ._markdown import looks_like_markdown
from ._memory import check_text_memory
from ._text import read_text

__all__ = ["MAX_BYTES", "MAX_LINE", "path_name", "read_bytes", "read_document", "read_string"]

_FORMATS = ("text", "markdown", "pdf")
_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})


MAX_BYTES = 64 * 1024 * 1024
"""The largest input read by default: 64 MiB (the longest UN record is a few MB as PDF).

Bigger inputs are refused with a :class:`~csto_un.SourceError` naming the file and its size,
before they are read whole, so that memory and time stay bounded; pass ``max_bytes`` to read
more (or ``None`` for no limit)."""


class Limit(enum.Enum):
    """The default of the ``max_bytes`` arguments: :data:`MAX_BYTES` as it is set when the
    input is read (so that ``csto_un.sources.MAX_BYTES = …`` reaches :func:`csto_un.load`)."""

    MAX_BYTES = "MAX_BYTES"


def _max_bytes(max_bytes: int | Limit | None) -> int | None:
    return MAX_BYTES if max_bytes is Limit.MAX_BYTES else max_bytes


MAX_LINE = 2_000_000
"""The longest line of a text read: 2 million characters (a paragraph runs to a few thousand).

A longer one is refused with a :class:`~csto_un.LimitError` (``code="line-too-long"``)
naming the line: a file of one huge line (a dump without line breaks) would cost many times
its size in memory to parse."""


def read_document(
    path: str | os.PathLike[str], *, max_bytes: int | Limit | None = Limit.MAX_BYTES
) -> Document:
    """Read a PDF, text or Markdown file (the format is found from its content).

    Raises :class:`~csto_un.SourceError` (or a subclass) when the file cannot be read, is not
    a regular file (a directory, a named pipe, a device) or is bigger than ``max_bytes``
    (:data:`MAX_BYTES`, 64 MiB, by default; ``None``: no limit).
    """
    name = path_name(path)
    max_bytes = _max_bytes(max_bytes)
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


def path_name(path: object) -> str:
    """``path`` as a string the system can open, or :class:`~csto_un.ArgumentError` for what
    names no file: not a path, an empty path, a path with a NUL character or with characters
    the system cannot encode (a lone surrogate). A path given as bytes is decoded as the
    system does.

    >>> path_name("")
    Traceback (most recent call last):
    ...
    csto_un.errors.ArgumentError: the path is empty: it names no file
    """
    if not isinstance(path, (str, bytes, os.PathLike)):
        raise ArgumentError(f"a path must be a str or os.PathLike, not {type(path).__name__}")
    try:
        name = os.fsdecode(os.fspath(path))
    except TypeError as error:  # an os.PathLike whose __fspath__ returns something else
        raise ArgumentError(f"not a path: {error}") from None
    if not name:
        raise ArgumentError("the path is empty: it names no file")
    if "\0" in name:
        raise ArgumentError("the path holds a NUL character: no file name can", source=repr(name))
    try:
        os.fsencode(name)
    except UnicodeError:
        raise ArgumentError(
            "the path holds characters the system cannot encode (a lone surrogate?)",
            source=repr(name),
        ) from None
    return name


def read_bytes(
    data: bytes, name: str = "<bytes>", *, max_bytes: int | Limit | None = Limit.MAX_BYTES
) -> Document:
    """Read a document held in memory (PDF, text or Markdown bytes); ``name`` is for messages.

    Input bigger than ``max_bytes`` is refused with :class:`~csto_un.SourceError`.
    """
    _check_size(len(data), _max_bytes(max_bytes), name)
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
        raise LimitError(
            f"the input is {size:,} bytes, more than the limit of {max_bytes:,} bytes "
            "(pass max_bytes to read bigger inputs)",
            code="too-large",
            source=name,
        )


def read_string(
    text: str,
    name: str = "<string>",
    format: str | None = None,
    *,
    max_bytes: int | Limit | None = Limit.MAX_BYTES,
) -> Document:
    """Read a document from a string: ``format`` ``"text"`` or ``"markdown"``, or ``None`` to
    tell from the markup it holds. A string of more than ``max_bytes`` characters is refused
    with :class:`~csto_un.SourceError`."""
    _check_size(len(text), _max_bytes(max_bytes), name)
    if format not in (None, "text", "markdown"):
        raise UnsupportedFormatError(
            f"cannot read a string as {format!r}: use 'text' or 'markdown' "
            "(read PDFs with read_document or read_bytes)",
            source=name,
        )
    _check_lines(text, name)
    check_text_memory(text, name)
    markdown = looks_like_markdown(text) if format is None else format == "markdown"
    return read_text(text, name=name, markdown=markdown, encoding=None)


def _check_lines(text: str, name: str) -> None:
    """Refuse a text with a line longer than :data:`MAX_LINE` (in linear time)."""
    if len(text) <= MAX_LINE:  # no line of it can be longer: the common case, not searched
        return
    start, number = 0, 1
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start > MAX_LINE:
            longest = max(len(line) for line in text[start:end].splitlines())  # \r, \f...
            if longest > MAX_LINE:
                raise LimitError(
                    f"a line of {longest:,} characters, more than the limit of {MAX_LINE:,}",
                    code="line-too-long",
                    source=name,
                    line=number,
                )
        start, number = end + 1, number + 1


def _read(data: bytes, name: str, hint: str | None) -> Document:
    if not data.strip():
        raise UnsupportedFormatError("the input is empty or holds only white space", source=name)
    if sniff_binary(data, name) == "pdf":
        from ._pdf import read_pdf  # imported here: text-only use never loads pypdfium2

        return read_pdf(data, name=name)
    text, encoding = decode_text(data, name)
    _check_lines(text, name)
    check_text_memory(text, name)
    markdown = hint == "markdown" or looks_like_markdown(text)
    return read_text(text, name=name, markdown=markdown, encoding=encoding)
