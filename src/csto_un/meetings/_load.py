"""``load_meeting``: one or several files (a meeting published in parts) → one Meeting."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence

import attrs

from ..errors import CstoUnError, DiagnosticError, SourceError, expect
from ..model import Diagnostic, Intervention, Meeting, ProceduralNote
from ..symbols import DocumentSymbol
from ._parser import parse_meeting

__all__ = ["load_meeting", "merge_meetings"]

PathLike = str | os.PathLike[str]


def load_meeting(
    path_or_paths: PathLike | Sequence[PathLike], *, strict: bool = False
) -> Meeting:
    """Read a verbatim record from a file (PDF, text, Markdown), or from several files.

    Several paths are the parts of one meeting ("S/PV.8699", "S/PV.8699 (Resumption 1)",
    ...): they are parsed and joined by :func:`merge_meetings` into one
    :class:`~csto_un.Meeting` whose ``parts`` carry each document's symbol, date, times and
    source, and whose items carry their ``part``.
    """
    from ..sources import read_document

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
    merged = merge_meetings(meetings)
    if strict:
        for diagnostic in merged.diagnostics:
            if diagnostic.code == "duplicate-part":
                raise DiagnosticError(f"{diagnostic.code}: {diagnostic.message}",
                                      source=diagnostic.source)
    return merged


def _resumption(meeting: Meeting) -> int:
    if meeting.symbol is None:
        return 0
    try:
        return DocumentSymbol.parse(meeting.symbol).resumption or 0
    except CstoUnError:
        return 0


def merge_meetings(meetings: Sequence[Meeting]) -> Meeting:
    """Join the parsed parts of one meeting (in any order) into one :class:`Meeting`.

    Parts are ordered by their "(Resumption N)" number; the meeting takes the first part's
    front page, the last part's closing time, every part's items (``part`` set to the part's
    position) and diagnostics, and the symbol without the resumption.
    """
    if not meetings:
        raise SourceError("no meeting parts to join")
    ordered, repeated = _once(sorted(meetings, key=_resumption))
    first = ordered[0]
    items: list[Intervention | ProceduralNote] = []
    for part, meeting in enumerate(ordered):
        for item in meeting.items:
            items.append(attrs.evolve(item, part=part, index=len(items)))
    symbol = first.symbol
    if symbol is not None:
        with contextlib.suppress(CstoUnError):
            symbol = str(DocumentSymbol.parse(symbol).base)
    return attrs.evolve(
        first,
        symbol=symbol,
        items=tuple(items),
        parts=tuple(
            attrs.evolve(part, header=part.header or meeting.header)
            for meeting in ordered
            for part in meeting.parts
        ),
        closed_at=ordered[-1].closed_at,
        members=first.members or next((m.members for m in ordered if m.members), ()),
        agenda=first.agenda or next((m.agenda for m in ordered if m.agenda), ()),
        diagnostics=(*(d for m in ordered for d in m.diagnostics), *repeated),
    )


def _once(parts: Sequence[Meeting]) -> tuple[list[Meeting], list[Diagnostic]]:
    """Each part once: a part whose symbol (or, without one, whose items) an earlier part has
    is left out with a ``duplicate-part`` diagnostic (the same file given twice, a PDF and its
    text)."""
    kept: dict[object, Meeting] = {}
    repeated: list[Diagnostic] = []
    for meeting in parts:
        key = meeting.symbol if meeting.symbol is not None else meeting.items
        if key in kept:
            first = kept[key]
            repeated.append(Diagnostic(
                code="duplicate-part",
                message=f"the same part twice, kept once: {_name(meeting)} repeats {_name(first)}",
                source=_name(meeting),
            ))
            continue
        kept[key] = meeting
    return list(kept.values()), repeated


def _name(meeting: Meeting) -> str:
    if meeting.source is not None:
        return meeting.source.name
    return meeting.symbol or "a part without symbol"
