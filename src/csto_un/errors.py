"""The errors of csto_un: one root, :class:`CstoUnError`, and a class per kind of failure.

Every error names where it happened (source name, line, page) when that is known, and carries
a stable ``code`` that tests and callers can match on. Every error class pickles, so errors
cross process pools unchanged.
"""

from __future__ import annotations

import os
from typing import Any

from .model._common import Diagnostic, Severity

__all__ = [
    "ArgumentError",
    "CstoUnError",
    "DecodeError",
    "DiagnosticError",
    "LimitError",
    "NoTextLayerError",
    "NotAMeetingError",
    "NotAResolutionError",
    "SourceError",
    "StructureError",
    "SymbolError",
    "UnsupportedFormatError",
]


class CstoUnError(Exception):
    """Root of every error this library raises on purpose.

    ``str(error)`` reads ``source:line: message`` (``source:page N:line: message`` for PDFs).

    >>> error = CstoUnError("header text not understood", source="a.txt", line=3)
    >>> str(error), error.code, error.line
    ('a.txt:line 3: header text not understood', 'error', 3)
    """

    code: str = "error"

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        line: int | None = None,
        page: int | None = None,
    ) -> None:
        if isinstance(source, bytes):  # a path given as bytes: named as the system decodes it
            source = os.fsdecode(source)
        super().__init__(message, source, line, page)
        self.message = message
        self.source = source
        self.line = line
        self.page = page

    def __reduce__(self) -> tuple[object, ...]:
        # Keyword-only arguments do not survive the default pickling of exceptions.
        return (_rebuild, (type(self), self.message, self.source, self.line, self.page))

    def __str__(self) -> str:
        where = []
        if self.source is not None:
            where.append(self.source)
        if self.page is not None:
            where.append(f"page {self.page}")
        if self.line is not None:
            where.append(f"line {self.line}")
        prefix = ":".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message


def _rebuild(
    cls: type[CstoUnError],
    message: str,
    source: str | None,
    line: int | None,
    page: int | None,
) -> CstoUnError:
    return cls(message, source=source, line=line, page=page)


class ArgumentError(CstoUnError, TypeError, ValueError):
    """A function was given an argument it cannot take: the wrong kind of object (a resolution
    where a meeting is expected), an unknown option, a path that can name no file (empty, or
    holding a NUL character). It is also a ``TypeError`` and a ``ValueError``, what Python
    raises for such calls.

    >>> error = ArgumentError("cannot count by 'x'")
    >>> error.code, isinstance(error, TypeError), isinstance(error, ValueError)
    ('bad-argument', True, True)
    """

    code = "bad-argument"


def expect(value: Any, kinds: type | tuple[type, ...], what: str) -> None:
    """Raise :class:`ArgumentError` unless ``value`` is one of ``kinds``; ``what`` names the
    argument in the message ("the meeting to write")."""
    if not isinstance(value, kinds):
        names = " or ".join(k.__name__ for k in (kinds if isinstance(kinds, tuple) else (kinds,)))
        raise ArgumentError(f"{what} must be a {names}, not {type(value).__name__}")


class SymbolError(CstoUnError, ValueError):
    """A string is not a valid UN document symbol.

    >>> isinstance(SymbolError("not a document symbol: 'x'"), ValueError)
    True
    """

    code = "invalid-symbol"


class SourceError(CstoUnError):
    """A file or input could not be read as a document.

    >>> str(SourceError("no such file or directory", source="missing.pdf"))
    'missing.pdf: no such file or directory'
    """

    code = "source"


class LimitError(SourceError):
    """An input over one of the limits that keep the work and memory of a load bounded; its
    ``code`` says which (``too-large``, ``pdf-expands``, ``too-many-pages``,
    ``too-many-text-objects``, ``line-too-long``, ``memory-bound``, ``too-deep``: see the
    limits in docs/errors.md).

    >>> error = LimitError("the input is 2 bytes, more than 1", code="too-large", source="a.txt")
    >>> error.code, str(error), isinstance(error, SourceError)
    ('too-large', 'a.txt: the input is 2 bytes, more than 1', True)
    """

    code = "limit"

    def __init__(
        self,
        message: str,
        *,
        code: str = "limit",
        source: str | None = None,
        line: int | None = None,
        page: int | None = None,
    ) -> None:
        super().__init__(message, source=source, line=line, page=page)
        self.code = code

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_limit, (self.message, self.code, self.source, self.line, self.page))


def _rebuild_limit(
    message: str, code: str, source: str | None, line: int | None, page: int | None
) -> LimitError:
    return LimitError(message, code=code, source=source, line=line, page=page)


class UnsupportedFormatError(SourceError):
    """The input is not a PDF, plain text or Markdown (a Word file, an image, an empty file).

    >>> UnsupportedFormatError("a Word document", source="notes.docx").code
    'unsupported-format'
    """

    code = "unsupported-format"


class DecodeError(SourceError):
    """Text bytes in no encoding we can read (UTF-8, UTF-16 with BOM, Windows-1252).

    >>> DecodeError("bytes in no supported encoding", source="x.txt", line=4).code
    'undecodable-text'
    """

    code = "undecodable-text"


class NoTextLayerError(SourceError):
    """A PDF whose pages carry no text (scanned images): it needs OCR first.

    >>> issubclass(NoTextLayerError, SourceError), NoTextLayerError.code
    (True, 'no-text-layer')
    """

    code = "no-text-layer"


class StructureError(CstoUnError):
    """A document's structure was not recognised.

    >>> StructureError.code
    'structure'
    """

    code = "structure"


class NotAMeetingError(StructureError):
    """The document is not a verbatim record of a meeting.

    >>> issubclass(NotAMeetingError, StructureError), NotAMeetingError.code
    (True, 'not-a-meeting')
    """

    code = "not-a-meeting"


class NotAResolutionError(StructureError):
    """The document is not a resolution or draft resolution.

    >>> NotAResolutionError.code
    'not-a-resolution'
    """

    code = "not-a-resolution"


class DiagnosticError(StructureError):
    """Raised in strict mode for the first diagnostic of warning level or above a parser
    records (:meth:`stops`): information-level diagnostics do not stop a parse.

    >>> DiagnosticError.code
    'diagnostic'
    """

    code = "diagnostic"

    @staticmethod
    def stops(diagnostic: Diagnostic) -> bool:
        """Whether strict mode stops at ``diagnostic``: it is of warning level or above."""
        return diagnostic.severity is not Severity.INFO

    @classmethod
    def of(cls, diagnostic: Diagnostic, source: str | None = None) -> DiagnosticError:
        """The error strict mode raises for ``diagnostic``, with its place (``source``, when
        given, names the document instead of the diagnostic's own)."""
        return cls(
            f"{diagnostic.code}: {diagnostic.message}",
            source=source or diagnostic.source,
            line=diagnostic.line,
            page=diagnostic.page,
        )
