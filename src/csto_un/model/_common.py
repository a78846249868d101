"""Model classes shared by meetings and resolutions: where a document came from, what was odd."""

from __future__ import annotations

import enum

import attrs

__all__ = ["Diagnostic", "Furniture", "Severity", "Source"]


class Severity(str, enum.Enum):
    """How serious a diagnostic is: a warning is survivable, an error lost information.

    >>> [s.value for s in Severity]
    ['info', 'warning', 'error']
    """

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@attrs.frozen
class Diagnostic:
    """Something odd but survivable that a parser met, and where.

    >>> Diagnostic(code="unknown-country", message="no ISO code for 'Atlantis'", line=12)
    Diagnostic(code='unknown-country', message="no ISO code for 'Atlantis'", line=12, page=None, source=None, severity=<Severity.WARNING: 'warning'>)
    """  # noqa: E501

    code: str
    message: str
    line: int | None = None
    page: int | None = None
    source: str | None = None
    severity: Severity = Severity.WARNING

    def __str__(self) -> str:
        where = [p for p in (self.source, _opt("page", self.page), _opt("line", self.line)) if p]
        prefix = ":".join(where)
        body = f"{self.code}: {self.message}"
        return f"{prefix}: {body}" if prefix else body


def _opt(word: str, value: int | None) -> str | None:
    return None if value is None else f"{word} {value}"


@attrs.frozen
class Furniture:
    """A piece of page furniture removed from the text: running header, footer, job number...

    ``kind`` is one of ``header``, ``footer``, ``page-number``, ``job-number``, ``barcode``,
    ``front-matter`` (a notice printed on the first page), ``page-break`` or ``other``.

    >>> Furniture(kind="footer", text="22-25948 7/26", page=7, line=420).kind
    'footer'
    """

    kind: str
    text: str
    page: int | None = None
    line: int | None = None


@attrs.frozen
class Source:
    """Where a parsed document came from.

    ``name`` is the file path as given (or ``"<string>"``), ``format`` one of ``pdf``,
    ``text``, ``markdown``; ``pages`` the number of pages when known; ``furniture`` what was
    removed from the text as page furniture, so that nothing of the input is lost.

    >>> Source("S_PV.8967_fr.txt", "text", encoding="utf-8").furniture
    ()
    """

    name: str
    format: str
    pages: int | None = None
    encoding: str | None = None
    furniture: tuple[Furniture, ...] = ()
