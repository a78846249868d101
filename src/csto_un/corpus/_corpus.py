"""The :class:`Corpus`: meetings and resolutions together, with lookups, filters and counts."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import attrs

from ..errors import ArgumentError, CstoUnError
from ..model import Intervention, Meeting, Resolution, Role
from ..serialize import converter
from ..symbols import DocumentSymbol
from ._exports import (
    INTERVENTION_COLUMNS,
    PARAGRAPH_COLUMNS,
    intervention_rows,
    paragraph_rows,
    write_csv,
    write_jsonl,
)
from ._kwic import KwicHit, kwic_in
from ._series import Series, build_series, find_member

if TYPE_CHECKING:
    import networkx
    import pandas

__all__ = ["Corpus", "LoadFailure", "tagged"]

Document = Meeting | Resolution


@attrs.frozen
class LoadFailure:
    """A file :func:`~csto_un.load_corpus` could not parse: the file and the reason.

    ``code`` is the :class:`~csto_un.CstoUnError` code of the failure, or ``"duplicate"`` (the
    same document met twice in one language), ``"internal-error"`` (the library failed on
    the file: a bug) or ``"worker-died"`` (the process parsing it died).

    >>> LoadFailure(path="notes.txt", error="notes.txt: no speaker turn", code="not-a-meeting").code
    'not-a-meeting'
    """

    path: str
    error: str
    code: str


class Corpus:
    """Parsed meetings and resolutions, in the order they were loaded.

    >>> import csto_un
    >>> corpus = csto_un.load_corpus()
    >>> corpus["S/PV.8967"].date
    datetime.date(2022, 2, 16)
    """

    def __init__(self, documents: Iterable[Document], failures: Iterable[LoadFailure] = ()) -> None:
        self._documents: tuple[Document, ...] = tuple(documents)
        self.failures: tuple[LoadFailure, ...] = tuple(failures)
        """The files that could not be parsed, with the reason."""
        self._index: dict[str, Document] = {}
        self._by_language: dict[tuple[str, str | None], Document] = {}
        for document in self._documents:
            for symbol in _symbols_of(document):
                self._index.setdefault(DocumentSymbol.key(symbol), document)
                self._by_language.setdefault(
                    (DocumentSymbol.key(symbol), document.language), document
                )

    # -- the collection ------------------------------------------------------------------------
    @property
    def documents(self) -> tuple[Document, ...]:
        """Every document, meetings and resolutions, in load order."""
        return self._documents

    @property
    def meetings(self) -> tuple[Meeting, ...]:
        """The meetings, in load order."""
        return tuple(d for d in self._documents if isinstance(d, Meeting))

    @property
    def resolutions(self) -> tuple[Resolution, ...]:
        """The resolutions and drafts, in load order."""
        return tuple(d for d in self._documents if isinstance(d, Resolution))

    def __iter__(self) -> Iterator[Document]:
        return iter(self._documents)

    def __len__(self) -> int:
        return len(self._documents)

    def __contains__(self, symbol: object) -> bool:
        return isinstance(symbol, str) and DocumentSymbol.key(symbol) in self._index

    def __getitem__(self, symbol: str) -> Document:
        """The document with this symbol (any spelling :class:`DocumentSymbol` accepts); the
        first loaded when the corpus holds it in several languages (see :meth:`get`)."""
        try:
            return self._index[DocumentSymbol.key(symbol)]
        except KeyError:
            raise KeyError(f"no document {symbol!r} in the corpus") from None

    def get(self, symbol: str, language: str | None = None) -> Document | None:
        """The document with this symbol (in this ISO 639-1 ``language``), or ``None``."""
        if language is not None:
            return self._by_language.get((DocumentSymbol.key(symbol), language))
        return self._index.get(DocumentSymbol.key(symbol))

    def versions(self, symbol: str) -> tuple[Document, ...]:
        """Every language version of the document with this symbol, in load order."""
        wanted = DocumentSymbol.key(symbol)
        return tuple(
            d for d in self._documents if wanted in {DocumentSymbol.key(s) for s in _symbols_of(d)}
        )

    def __repr__(self) -> str:
        return (
            f"<Corpus: {len(self.meetings)} meetings, {len(self.resolutions)} resolutions,"
            f" {len(self.failures)} failures>"
        )

    # -- interventions -------------------------------------------------------------------------
    def interventions(
        self,
        *,
        delegation: str | None = None,
        country_code: str | None = None,
        role: Role | str | None = None,
        language: str | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        speaker: str | None = None,
    ) -> Iterator[tuple[Meeting, Intervention]]:
        """Every speaker turn with its meeting, filtered.

        ``delegation`` matches the country as printed or its ISO code (case-insensitive);
        ``country_code`` the ISO 3166-1 alpha-3 code; ``role`` a :class:`Role` or its value;
        ``language`` the delivered language (ISO 639-1, any paragraph); ``start``/``end`` the
        meeting date (inclusive); ``speaker`` a part of the speaker's name or label.
        """
        wanted_role = Role(role) if role is not None else None
        for meeting in self.meetings:
            if start is not None and (meeting.date is None or meeting.date < start):
                continue
            if end is not None and (meeting.date is None or meeting.date > end):
                continue
            for turn in meeting.interventions:
                who = turn.speaker
                if country_code is not None and who.country_code != country_code.upper():
                    continue
                if delegation is not None and not _matches_delegation(turn, delegation):
                    continue
                if wanted_role is not None and who.role is not wanted_role:
                    continue
                if language is not None and language not in _languages(turn):
                    continue
                if speaker is not None and not _matches_speaker(turn, speaker):
                    continue
                yield meeting, turn

    def counts(self, by: str = "country_code", **filters: Any) -> Counter[str]:
        """How many turns per delegation (``by="country_code"`` or ``"country"``), per
        ``"role"``, per ``"language"`` or per ``"speaker"``, after the same filters as
        :meth:`interventions`. Turns without a value count under ``"-"``."""
        if by not in _FACETS:
            raise ArgumentError(f"cannot count by {by!r}: use one of {sorted(_FACETS)}")
        counter: Counter[str] = Counter()
        for _, turn in self.interventions(**filters):
            counter[_facet(turn, by)] += 1
        return counter

    def kwic(self, term: str, *, window: int = 40, fold: bool = False) -> tuple[KwicHit, ...]:
        """Keyword in context over every speech and resolution paragraph.

        ``window`` characters either side; ``fold=True`` matches without regard to case and
        accents ("kazakhstan" finds "Kazakhstan" and "KAZAKHSTAN").
        """
        return tuple(kwic_in(self._documents, term, window=window, fold=fold))

    # -- citations -----------------------------------------------------------------------------
    def citation_graph(self) -> dict[str, tuple[str, ...]]:
        """Which document cites which: each document's symbol → the symbols it cites."""
        graph: dict[str, tuple[str, ...]] = {}
        for document in self._documents:
            source = _label(document)
            graph[source] = _cited_by(document)
        return graph

    def cited_by(self, symbol: str) -> tuple[str, ...]:
        """The documents of the corpus that cite ``symbol``."""
        target = DocumentSymbol.key(symbol)
        return tuple(
            source
            for source, targets in self.citation_graph().items()
            if target in {DocumentSymbol.key(t) for t in targets}
        )

    def to_networkx(self) -> networkx.DiGraph:
        """The citation graph as a ``networkx.DiGraph`` (needs networkx installed)."""
        try:
            import networkx
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise CstoUnError("the citation graph needs networkx: pip install networkx") from exc
        graph = networkx.DiGraph()
        for document in self._documents:
            source = _label(document)
            graph.add_node(source, kind=type(document).__name__.lower(), in_corpus=True)
            for target in _cited_by(document):
                if target not in graph:
                    graph.add_node(target, in_corpus=target in self)
                graph.add_edge(source, target)
        return graph

    # -- drafts and adopted texts ------------------------------------------------------------
    def adopted_from(self, draft: str) -> Resolution | None:
        """The resolution of the corpus adopted from the draft ``draft``, if any."""
        wanted = DocumentSymbol.key(draft)
        for resolution in self.resolutions:
            if wanted in {DocumentSymbol.key(s) for s in resolution.drafts}:
                return resolution
        return None

    def draft_of(self, resolution: str) -> Resolution | None:
        """The draft of the corpus that resolution ``resolution`` was adopted from, if any."""
        adopted = self.get(resolution)
        if not isinstance(adopted, Resolution):
            return None
        for symbol in adopted.drafts:
            draft = self.get(symbol)
            if isinstance(draft, Resolution):
                return draft
        return None

    def series(self, key: str) -> Series:
        """The resolution series a member belongs to, in date order.

        ``key`` is a member's symbol ("A/RES/77/13") or words of its title ("Collective
        Security Treaty"). Earlier resolutions the texts cite but the corpus lacks come as
        entries without a document, dated as the texts date them.
        """
        member = find_member(self.resolutions, key)
        if member is None:
            raise KeyError(f"no resolution {key!r} in the corpus")
        return build_series(self.resolutions, member)

    # -- exports -------------------------------------------------------------------------------
    def to_json(self, *, indent: int | None = None) -> str:
        """Every document as a JSON list of ``{"type": "meeting"|"resolution", ...}``."""
        return json.dumps(
            [tagged(document) for document in self._documents], ensure_ascii=False, indent=indent
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> Corpus:
        """Read back what :meth:`to_json` wrote."""
        try:
            data = json.loads(text)
            documents: list[Document] = []
            for entry in data:
                kind = entry.pop("type")
                target = {"meeting": Meeting, "resolution": Resolution}[kind]
                documents.append(converter.structure(entry, target))
        except CstoUnError:
            raise
        except Exception as exc:
            raise CstoUnError(f"not a corpus in JSON: {exc}", source="<json>") from exc
        return cls(documents)

    def to_jsonl(self, out: str | os.PathLike[str] | IO[str], *, unit: str = "intervention") -> int:
        """Write one JSON object per intervention (or ``unit="paragraph"``) per line."""
        return _write(out, lambda f: write_jsonl(self._documents, f, unit=unit))

    def to_csv(self, out: str | os.PathLike[str] | IO[str], *, unit: str = "intervention") -> int:
        """Write the interventions (or ``unit="paragraph"``) table as CSV."""
        return _write(out, lambda f: write_csv(self._documents, f, unit=unit))

    def interventions_frame(self) -> pandas.DataFrame:
        """The interventions table as a pandas DataFrame (``pip install 'csto_un[pandas]'``)."""
        pd = _pandas()
        return pd.DataFrame(list(intervention_rows(self._documents)), columns=INTERVENTION_COLUMNS)

    def paragraphs_frame(self) -> pandas.DataFrame:
        """The paragraphs table as a pandas DataFrame (``pip install 'csto_un[pandas]'``)."""
        pd = _pandas()
        return pd.DataFrame(list(paragraph_rows(self._documents)), columns=PARAGRAPH_COLUMNS)

    def to_parquet(self, path: str | os.PathLike[str], *, unit: str = "intervention") -> None:
        """Write the interventions (or paragraphs) table as Parquet (needs pandas and pyarrow)."""
        frame = self.interventions_frame() if unit == "intervention" else self.paragraphs_frame()
        frame.to_parquet(path, index=False)


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:
        raise CstoUnError("this export needs pandas: pip install 'csto_un[pandas]'") from exc
    return pandas


def _write(out: str | os.PathLike[str] | IO[str], write: Any) -> int:
    if isinstance(out, (str, os.PathLike)):
        with Path(out).open("w", encoding="utf-8", newline="") as handle:
            return int(write(handle))
    return int(write(out))


def tagged(document: Document) -> dict[str, Any]:
    """A document as :meth:`Corpus.to_json` writes it: ``{"type": …}`` and its fields."""
    data: dict[str, Any] = {"type": "meeting" if isinstance(document, Meeting) else "resolution"}
    data.update(converter.unstructure(document))
    return data


def _symbols_of(document: Document) -> list[str]:
    symbols = [document.symbol] if document.symbol else []
    if isinstance(document, Meeting):
        symbols += [p.symbol for p in document.parts if p.symbol]
    return symbols


def _label(document: Document) -> str:
    if document.symbol:
        return document.symbol
    name = document.source.name if document.source else "?"
    return f"<{name}>"


def _cited_by(document: Document) -> tuple[str, ...]:
    if isinstance(document, Resolution):
        symbols = [*document.drafts, *document.cited_symbols()]
    else:
        symbols = [doc for item in document.agenda for doc in item.documents]
        symbols += [s for note in document.notes for s in note.symbols]
    own = {DocumentSymbol.key(s) for s in _symbols_of(document)}
    return tuple(dict.fromkeys(s for s in symbols if DocumentSymbol.key(s) not in own))


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


def _facet(turn: Intervention, by: str) -> str:
    who = turn.speaker
    values = {
        "country_code": who.country_code,
        "country": who.country,
        "role": who.role.value,
        "language": turn.language,
        "speaker": who.full_name or who.name or who.title or who.label,
    }
    return values[by] or "-"


_FACETS = ("country", "country_code", "language", "role", "speaker")
