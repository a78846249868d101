"""What the parsers derive once per phrase table (compiled patterns, sorted lists, a longest
phrase), remembered for the process: the one cache both the meeting and the resolution
parsers use for it.

A table (a :class:`~csto_un.words._meeting.MeetingPhrases`, a
:class:`~csto_un.words._phrases.ResolutionPhrases`, one of their tuples of phrases) is not
always hashable, and hashing a hundred phrases at each look-up would cost more than the
look-up: the cache is keyed by the table's identity. Its entry keeps the table alive and is
used only for that very table, so that a table made at run time (``attrs.evolve``) and freed
never lends its values to another that takes its identity.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

__all__ = ["LIMIT", "per_table"]

_Table = TypeVar("_Table")
_T = TypeVar("_T")

#: Past this many entries the cache is forgotten at once (the six languages' tables hold a
#: few hundred; tables made at run time come on top).
LIMIT = 1024

_PER_TABLE: dict[tuple[int, str], tuple[object, object]] = {}


def per_table(table: _Table, name: str, build: Callable[[_Table], _T]) -> _T:
    """``build(table)``, computed once per phrase table and ``name`` (what it is of the table).

    Keyed by the table's identity; the entry holds the table, and one held for another
    object of the same identity is built again."""
    key = (id(table), name)
    entry = _PER_TABLE.get(key)
    if entry is None or entry[0] is not table:
        if len(_PER_TABLE) > LIMIT:
            _PER_TABLE.clear()
        entry = _PER_TABLE[key] = (table, build(table))
    return entry[1]  # type: ignore[return-value]
