"""``merge_meetings``: the parts of a meeting published in several documents → one Meeting."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

import attrs

from ..errors import CstoUnError, SourceError
from ..model import Intervention, Meeting, ProceduralNote
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
    ordered = sorted(meetings, key=_resumption)
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
        diagnostics=tuple(d for m in ordered for d in m.diagnostics),
    )
