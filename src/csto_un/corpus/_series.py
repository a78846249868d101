"""A series of resolutions on one subject, from the corpus and from what its texts cite."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence

import attrs

from ..folding import fold_words
from ..model import Resolution
from ..symbols import DocumentSymbol

__all__ = ["Series", "SeriesEntry", "all_series", "build_series", "find_member"]


@attrs.frozen
class SeriesEntry:
    """One member of a series.

    ``document`` is the parsed resolution when the corpus holds it, ``None`` for a
    resolution the texts name but the corpus does not hold (then ``date`` is the date the
    citing texts give it, and ``cited_in`` says which texts name it). ``cites`` lists the
    other members this one cites.

    >>> entry = SeriesEntry("A/RES/59/50", dt.date(2004, 12, 2), cited_in=("A/RES/79/10",))
    >>> entry.held, entry.draft
    (False, False)
    """

    symbol: str
    date: dt.date | None
    document: Resolution | None = None
    cites: tuple[str, ...] = ()
    cited_in: tuple[str, ...] = ()

    @property
    def held(self) -> bool:
        """True when the corpus holds this member's text."""
        return self.document is not None

    @property
    def draft(self) -> bool:
        """True for a draft resolution."""
        return self.document is not None and self.document.draft


@attrs.frozen
class Series:
    """Resolutions on one subject in date order (:meth:`Corpus.series`).

    >>> import csto_un
    >>> series = csto_un.load_corpus().series("A/RES/79/10")
    >>> series.symbols[:2], len(series.held), len(series.pairs())
    (('A/RES/59/50', 'A/RES/64/256'), 5, 3)
    """

    title: str | None
    entries: tuple[SeriesEntry, ...]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def symbols(self) -> tuple[str, ...]:
        """The members' symbols, in date order."""
        return tuple(entry.symbol for entry in self.entries)

    @property
    def held(self) -> tuple[Resolution, ...]:
        """The members the corpus holds, in date order."""
        return tuple(entry.document for entry in self.entries if entry.document is not None)

    def pairs(self) -> tuple[tuple[Resolution, Resolution], ...]:
        """Consecutive adopted members the corpus holds, for :func:`~csto_un.compare`."""
        adopted = [r for r in self.held if not r.draft]
        return tuple(itertools.pairwise(adopted))


_NUMBER = re.compile(r"^\s*\d+/\d+\.\s*")


def _fold(title: str) -> str:
    """A title as compared: its words (:func:`~csto_un.folding.fold_words`), the number of an
    adopted resolution left out ("77/13. Cooperation …")."""
    return fold_words(_NUMBER.sub("", title))


def _key(symbol: str) -> str:
    return DocumentSymbol.key(symbol, base=True)


def _date(resolution: Resolution) -> dt.date | None:
    return resolution.adopted_on or resolution.date


def _sort_key(entry: SeriesEntry) -> tuple[dt.date, int]:
    return (entry.date or dt.date.max, 0 if entry.draft else 1)


def find_member(resolutions: Sequence[Resolution], key: str) -> Resolution | None:
    """The resolution ``key`` names: by symbol, else the first whose title contains ``key``."""
    wanted = _key(key)
    for resolution in resolutions:
        if resolution.symbol and _key(resolution.symbol) == wanted:
            return resolution
    words = _fold(key)
    for resolution in resolutions:
        if words and words in _fold(resolution.title or ""):
            return resolution
    return None


def build_series(
    resolutions: Sequence[Resolution], member: Resolution, *, title: str | None = None
) -> Series:
    """The series ``member`` belongs to among ``resolutions``.

    Members are the resolutions with the same title (case, accents and punctuation aside),
    the drafts they were adopted from, and the General Assembly resolutions their paragraphs
    cite with a date (the earlier members of the series, held or not).
    """
    wanted = _fold(member.title or title or "")
    members: dict[str, Resolution] = {}
    for resolution in resolutions:
        if resolution is member or (wanted and _fold(resolution.title or "") == wanted):
            members[_key(resolution.symbol or f"<{id(resolution)}>")] = resolution
    adopted_drafts = {_key(d) for r in list(members.values()) for d in r.drafts}
    for resolution in resolutions:
        if resolution.symbol and _key(resolution.symbol) in adopted_drafts:
            members.setdefault(_key(resolution.symbol), resolution)
    absent: dict[str, dt.date | None] = {}
    cited_in: dict[str, list[str]] = {}
    for key, resolution in members.items():
        for citation in resolution.citations:
            if citation.part in ("footnote", "header", "title") or citation.date is None:
                continue
            cited = _key(citation.symbol)
            if not cited.startswith("A/RES/") or cited in members:
                continue
            absent.setdefault(cited, citation.date)
            cited_in.setdefault(cited, []).append(resolution.symbol or key)
    keys = set(members) | set(absent)
    entries: list[SeriesEntry] = []
    for key, resolution in members.items():
        cites = tuple(
            dict.fromkeys(
                _key(c.symbol)
                for c in resolution.citations
                if _key(c.symbol) in keys and _key(c.symbol) != key
            )
        )
        cites += tuple(d for d in resolution.drafts if _key(d) in keys and d not in cites)
        entries.append(
            SeriesEntry(
                symbol=resolution.symbol or key,
                date=_date(resolution),
                document=resolution,
                cites=cites,
            )
        )
    for key, date in absent.items():
        entries.append(
            SeriesEntry(symbol=key, date=date, cited_in=tuple(dict.fromkeys(cited_in[key])))
        )
    entries.sort(key=_sort_key)
    return Series(title=member.title or title, entries=tuple(entries))


def all_series(resolutions: Sequence[Resolution]) -> tuple[Series, ...]:
    """Every series the resolutions hold, each once: adopted resolutions' series first (a
    draft linked to its resolution is a member of the resolution's series), in load order."""
    found: list[Series] = []
    seen: set[str] = set()
    for resolution in sorted(resolutions, key=lambda r: r.draft):
        if resolution.symbol and _key(resolution.symbol) in seen:
            continue
        series = build_series(resolutions, resolution)
        seen.update(_key(symbol) for symbol in series.symbols)
        found.append(series)
    return tuple(found)
