"""The loaders: the one route from a file to a parsed document.

A path is read by the sources layer into a :class:`csto_un.sources.Document` (PDF, text or
Markdown, page furniture taken out), which the parser of its kind turns into a
:class:`~csto_un.Meeting` or a :class:`~csto_un.Resolution`::

    path ──read_document──▶ sources.Document ──parse_meeting────▶ Meeting
                                             ├─parse_resolution─▶ Resolution
                                             └─parse_amendment──▶ Amendment

:func:`load_meeting`, :func:`load_resolution` and :func:`load_amendment` take that route
for a kind the caller knows; :func:`load` (and :func:`parse_document` for a document
already read) tells the kind from the first page. The parsers take text or a read
document and never open a file.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence

from .amendments import amended_draft, parse_amendment
from .errors import (
    CstoUnError,
    DiagnosticError,
    NotAMeetingError,
    NotAResolutionError,
    SourceError,
    expect,
)
from .meetings import merge_meetings, parse_meeting
from .model import Amendment, Meeting, ParsedDocument, Resolution
from .resolutions import parse_resolution
from .sources import Document, read_document
from .words import WORDS

__all__ = ["load", "load_amendment", "load_meeting", "load_resolution", "parse_document"]

PathLike = str | os.PathLike[str]


def load_meeting(
    path_or_paths: PathLike | Sequence[PathLike], *, strict: bool = False
) -> Meeting:
    """Read a verbatim record from a file (PDF, text, Markdown), or from several files.

    Several paths are the parts of one meeting ("S/PV.8699", "S/PV.8699 (Resumption 1)",
    ...): they are parsed and joined by :func:`~csto_un.meetings.merge_meetings` into one
    :class:`~csto_un.Meeting` whose ``parts`` carry each document's symbol, date, times and
    source, and whose items carry their ``part``.
    """
    if isinstance(path_or_paths, (str, bytes, os.PathLike)):
        paths: list[PathLike] = [path_or_paths]
    else:
        expect(path_or_paths, Sequence, "the paths of a meeting's parts")
        paths = list(path_or_paths)
    if not paths:
        raise SourceError("no file given")
    meetings = [parse_meeting(read_document(path), strict=strict) for path in paths]
    if len(meetings) == 1:
        return meetings[0]
    merged = merge_meetings(meetings)  # a part given twice is kept once, with a diagnostic
    if strict:
        for diagnostic in merged.diagnostics:
            if diagnostic.code == "duplicate-part":
                raise DiagnosticError.of(diagnostic)
    return merged


def load_resolution(
    path: str | os.PathLike[str], *, symbol: str | None = None, strict: bool = False
) -> Resolution | Amendment:
    """Read a resolution, decision or draft from a PDF, text or Markdown file, or an
    amendment to a draft, as a committee's documents come.

    The file is read by :func:`csto_un.sources.read_document`; see :func:`parse_resolution`
    for ``symbol`` and ``strict``. An amendment ("Denmark: amendment to draft resolution
    A/C.2/80/L.13/Rev.1") is an :class:`Amendment` (:func:`load_amendment`), whose
    instructions stand as its ``operative`` paragraphs; a document of neither kind raises
    :class:`~csto_un.NotAResolutionError`, which says what it looks like instead.

    >>> from importlib.resources import files
    >>> resolution = load_resolution(files("csto_un") / "data" / "corpus" / "A_RES_79_10_en.txt")
    >>> resolution.symbol, resolution.adopted_on, resolution.drafts
    ('A/RES/79/10', datetime.date(2024, 11, 18), ('A/79/L.11',))
    """
    document = read_document(path)  # (not Path(path): Path("") would read the folder ".")
    if amended_draft(document) is not None:
        return parse_amendment(document, strict=strict)
    return parse_resolution(document, symbol=symbol, strict=strict)


def load_amendment(path: PathLike, *, strict: bool = False) -> Amendment:
    """Read an amendment from a PDF, text or Markdown file (see
    :func:`~csto_un.parse_amendment`)."""
    return parse_amendment(read_document(path), strict=strict)


def _resolution_signs() -> re.Pattern[str]:
    """A line of a resolution's first page, in any language's words: an enacting formula
    ("The General Assembly,"), "draft resolution", "Resolution adopted by"."""
    articles = "|".join(a for w in WORDS.values() for a in w.enacting_articles)
    organs = "|".join(o for w in WORDS.values() for o in w.enacting_organs)
    drafts = "|".join(d for w in WORDS.values() for d in w.draft_resolution)
    adopted = "|".join(a for w in WORDS.values() for a in w.adoption_openings)
    others = "|".join(o for w in WORDS.values() for o in w.committee_documents)
    return re.compile(
        rf"^(?:\*\*)?(?:(?:{articles})\s?.{{0,30}}(?:{organs}),\s*$"
        rf"|.*\b(?:{drafts})\b|(?:{others})\b|{adopted})",
        re.IGNORECASE,
    )


_RESOLUTION_SIGNS = _resolution_signs()


def _looks_like_resolution(document: Document) -> bool:
    # Matched against lines stripped on the left: a leading \s* before the ".*" of the
    # pattern would make a long line of spaces quadratic.
    return any(_RESOLUTION_SIGNS.match(line.text.lstrip()) for line in document.lines[:80])


def parse_document(document: Document, *, strict: bool = False) -> ParsedDocument:
    """Parse a read document as a meeting, a resolution or an amendment, whichever it is."""
    if amended_draft(document) is not None:
        return parse_amendment(document, strict=strict)
    attempts: list[Callable[[], ParsedDocument]] = [
        lambda: parse_resolution(document, strict=strict),
        lambda: parse_meeting(document, strict=strict),
    ]
    if not _looks_like_resolution(document):
        attempts.reverse()
    first_error: CstoUnError | None = None
    for attempt in attempts:
        try:
            return attempt()
        except (NotAMeetingError, NotAResolutionError) as error:
            first_error = first_error or error
    assert first_error is not None
    raise first_error


def load(path: PathLike, *, strict: bool = False) -> ParsedDocument:
    """Load one file (PDF, text or Markdown) as a :class:`Meeting`, a :class:`Resolution`
    (decisions included) or an :class:`Amendment`.

    The kind is sniffed from the content; a file that is neither raises
    :class:`~csto_un.StructureError`.

    >>> from importlib.resources import files
    >>> corpus = files("csto_un") / "data" / "corpus"
    >>> [type(load(corpus / name)).__name__ for name in ("A_RES_79_10_en.txt", "S_PV.8967_fr.txt")]
    ['Resolution', 'Meeting']
    """
    return parse_document(read_document(path), strict=strict)
