"""Which documents a command works on (by symbol, body, language and date), and which speaker
turns a query of :class:`~csto_un.corpus.Corpus` keeps and counts.

The command line's ``--meeting``, ``--symbol``, ``--body``, ``--language``, ``--since`` and
``--until`` (docs/cli.md); dates are inclusive, as :meth:`Corpus.interventions`'s ``start``
and ``end``, and a document without a date is left out when a date is asked for.
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..model import Intervention, Meeting, ParsedDocument, Resolution, Role
from ..symbols import DocumentSymbol

__all__ = ["FACETS", "DocumentFilter", "document_date", "facet", "turn_matches"]



def document_date(document: ParsedDocument) -> dt.date | None:
    """A meeting's date; a resolution's adoption date, else its distribution date; an
    amendment's distribution date."""
    if isinstance(document, Resolution):
        return document.adopted_on or document.date
    return document.date


def _symbols(document: ParsedDocument) -> set[str]:
    symbols = [document.symbol] if document.symbol else []
    if isinstance(document, Meeting):
        symbols += [part.symbol for part in document.parts if part.symbol]
    return {DocumentSymbol.key(symbol, base=True) for symbol in symbols}


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isupper()).casefold()


@attrs.frozen
class DocumentFilter:
    """What a document must be to be kept; an empty filter keeps every document.

    ``meetings`` are meeting symbols, ``symbols`` symbols of any document (a document is kept
    when it has one of either, any spelling :class:`DocumentSymbol` reads, parts of a meeting
    included); ``body`` the body's name or initials ("Security Council", "sc"); ``language``
    the document's language (ISO 639-1); ``start``/``end`` bound :func:`document_date`.

    >>> import csto_un
    >>> keep = DocumentFilter(body="GA", start=dt.date(2022, 1, 1))
    >>> [d.symbol for d in csto_un.load_corpus() if keep.accepts(d)]
    ['A/79/L.11', 'A/RES/77/13', 'A/RES/79/10']
    """

    meetings: tuple[str, ...] = ()
    symbols: tuple[str, ...] = ()
    body: str | None = None
    language: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def empty(self) -> bool:
        """True when the filter keeps every document."""
        return self == DocumentFilter()

    def accepts(self, document: ParsedDocument) -> bool:
        """True when ``document`` passes every condition."""
        return (
            self._symbol_ok(document)
            and self._body_ok(document)
            and (self.language is None or document.language == self.language.casefold())
            and self._date_ok(document)
        )

    def _symbol_ok(self, document: ParsedDocument) -> bool:
        if not self.meetings and not self.symbols:
            return True
        own = _symbols(document)
        wanted = {DocumentSymbol.key(s, base=True) for s in self.symbols}
        if isinstance(document, Meeting):
            wanted |= {DocumentSymbol.key(s, base=True) for s in self.meetings}
        return bool(own & wanted)

    def _body_ok(self, document: ParsedDocument) -> bool:
        if self.body is None:
            return True
        body = document.body or ""
        wanted = self.body.casefold().strip()
        return wanted in (body.casefold(), _initials(body))

    def _date_ok(self, document: ParsedDocument) -> bool:
        if self.start is None and self.end is None:
            return True
        date = document_date(document)
        if date is None:
            return False
        return (self.start is None or date >= self.start) and (self.end is None or date <= self.end)


def turn_matches(
    turn: Intervention,
    *,
    delegation: str | None,
    country_code: str | None,
    role: Role | None,
    language: str | None,
    speaker: str | None,
) -> bool:
    """True when ``turn`` passes every condition given (``None``: any), as
    :meth:`Corpus.interventions <csto_un.corpus.Corpus.interventions>` reads them."""
    who = turn.speaker
    return (
        (country_code is None or who.country_code == country_code.upper())
        and (delegation is None or _matches_delegation(turn, delegation))
        and (role is None or who.role is role)
        and (language is None or language in _languages(turn))
        and (speaker is None or _matches_speaker(turn, speaker))
    )


def _languages(turn: Intervention) -> set[str]:
    found = {turn.language} if turn.language else set()
    found.update(switch.language for switch in turn.switches)
    return found


def _matches_delegation(turn: Intervention, delegation: str) -> bool:
    wanted = delegation.casefold().strip()
    who = turn.speaker
    return wanted in {
        (who.country or "").casefold(),
        (who.country_code or "").casefold(),
    }


def _matches_speaker(turn: Intervention, speaker: str) -> bool:
    wanted = speaker.casefold()
    who = turn.speaker
    return any(wanted in (value or "").casefold() for value in (who.name, who.full_name, who.label))


def facet(turn: Intervention, by: str) -> str:
    """What :meth:`Corpus.counts <csto_un.corpus.Corpus.counts>` counts ``turn`` under, by
    ``by`` (one of :data:`FACETS`); ``"-"`` when the turn has no value."""
    who = turn.speaker
    values = {
        "country_code": who.country_code,
        "country": who.country,
        "role": who.role.value,
        "language": turn.language,
        "speaker": who.full_name or who.name or who.title or who.label,
    }
    return values[by] or "-"


FACETS = ("country", "country_code", "language", "role", "speaker")
"""What speaker turns can be counted by (:func:`facet`)."""
