"""``merge_meetings``: the parts of a meeting published in several documents → one Meeting."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

import attrs

from ..errors import CstoUnError, SourceError
from ..model import Diagnostic, Intervention, Meeting, ProceduralNote
from ..symbols import DocumentSymbol

__all__ = ["merge_meetings"]

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
