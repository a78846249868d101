"""The :class:`Corpus`: meetings and resolutions together, with lookups, filters and counts."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any

import attrs

from ..errors import ArgumentError, CstoUnError
from ..model import Amendment, Intervention, Meeting, ParsedDocument, Resolution, Role
from ..serialize import converter
from ..symbols import DocumentSymbol
from ..text import count
from ._align import version_rank
from ._exports import (
    INTERVENTION_COLUMNS,
    PARAGRAPH_COLUMNS,
    atomic_path,
    intervention_rows,
    paragraph_rows,
    write_csv,
    write_jsonl,
    write_parquet,
)
from ._filters import FACETS, facet, turn_matches
from ._kwic import KwicHit, kwic_in
from ._links import adopted_from_draft, amendments_to, revised_draft, revisions_of
from ._series import Series, build_series, find_member

if TYPE_CHECKING:
    import networkx
    import pandas

__all__ = ["Corpus", "LoadFailure", "tagged"]



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

    def __init__(
        self, documents: Iterable[ParsedDocument], failures: Iterable[LoadFailure] = ()
    ) -> None:
        self._documents: tuple[ParsedDocument, ...] = tuple(documents)
        self.failures: tuple[LoadFailure, ...] = tuple(failures)
        """The files that could not be parsed, with the reason."""
        self._index: dict[str, ParsedDocument] = {}
        self._by_language: dict[tuple[str, str | None], ParsedDocument] = {}
        for document in self._documents:
            for symbol in _symbols_of(document):
                self._index.setdefault(DocumentSymbol.key(symbol), document)
                self._by_language.setdefault(
                    (DocumentSymbol.key(symbol), document.language), document
                )

    # -- the collection ------------------------------------------------------------------------
    @property
    def documents(self) -> tuple[ParsedDocument, ...]:
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

    @property
    def amendments(self) -> tuple[Amendment, ...]:
        """The amendments to drafts, in load order."""
        return tuple(d for d in self._documents if isinstance(d, Amendment))

    def __iter__(self) -> Iterator[ParsedDocument]:
        return iter(self._documents)

    def __len__(self) -> int:
        return len(self._documents)

    def __contains__(self, symbol: object) -> bool:
        return isinstance(symbol, str) and DocumentSymbol.key(symbol) in self._index

    def __getitem__(self, symbol: str) -> ParsedDocument:
        """The document with this symbol (any spelling :class:`DocumentSymbol` accepts); the
        first loaded when the corpus holds it in several languages (see :meth:`get`)."""
        try:
            return self._index[DocumentSymbol.key(symbol)]
        except KeyError:
            raise KeyError(f"no document {symbol!r} in the corpus") from None

    def get(self, symbol: str, language: str | None = None) -> ParsedDocument | None:
        """The document with this symbol (in this ISO 639-1 ``language``), or ``None``."""
        if language is not None:
            return self._by_language.get((DocumentSymbol.key(symbol), language))
        return self._index.get(DocumentSymbol.key(symbol))

    def versions(self, symbol: str) -> tuple[ParsedDocument, ...]:
        """Every language version of the document with this symbol, in load order: one
        meeting in six files is one meeting in six languages (pair their turns with
        :func:`csto_un.align`)."""
        wanted = DocumentSymbol.key(symbol)
        return tuple(
            d for d in self._documents if wanted in {DocumentSymbol.key(s) for s in _symbols_of(d)}
        )

    def in_version(self, version: str | None = None) -> tuple[ParsedDocument, ...]:
        """The documents counted and exported: by default (``version=None``) one language
        version per document — English where the corpus holds it, else the first in the
        order French, Spanish, Russian, Chinese, Arabic, else the first loaded — so that a
        meeting in six files counts once; ``version="fr"`` (an ISO 639-1 code) the versions
        in that language only; ``version="all"`` every version.

        >>> import csto_un
        >>> corpus = csto_un.load_corpus()
        >>> [d.symbol for d in corpus.in_version("fr")]
        ['A/79/L.11', 'S/PV.8967']
        >>> len(corpus.in_version()) == len(corpus)  # each document in one language only
        True
        """
        if version == "all":
            return self._documents
        if version is not None:
            return tuple(d for d in self._documents if d.language == version.lower())
        chosen: dict[str, ParsedDocument] = {}
        for document in self._documents:
            key = _version_key(document)
            held = chosen.get(key)
            if held is None or version_rank(document.language) < version_rank(held.language):
                chosen[key] = document
        kept = {id(document) for document in chosen.values()}
        return tuple(d for d in self._documents if id(d) in kept)

    def __repr__(self) -> str:
        amendments = f", {count(len(self.amendments), 'amendment')}" if self.amendments else ""
        return (
            f"<Corpus: {count(len(self.meetings), 'meeting')}, "
            f"{count(len(self.resolutions), 'resolution')}{amendments}, "
            f"{count(len(self.failures), 'failure')}>"
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
        version: str | None = None,
    ) -> Iterator[tuple[Meeting, Intervention]]:
        """Every speaker turn with its meeting, filtered; each turn once, from one language
        version of its meeting, unless ``version`` says otherwise (see :meth:`in_version`:
        ``"fr"`` for the French versions, ``"all"`` for every version).

        ``delegation`` matches the country as printed or its ISO code (case-insensitive);
        ``country_code`` the ISO 3166-1 alpha-3 code; ``role`` a :class:`Role` or its value;
        ``language`` the delivered language (ISO 639-1, any paragraph); ``start``/``end`` the
        meeting date (inclusive); ``speaker`` a part of the speaker's name or label.
        """
        wanted_role = Role(role) if role is not None else None
        for meeting in (d for d in self.in_version(version) if isinstance(d, Meeting)):
            if start is not None and (meeting.date is None or meeting.date < start):
                continue
            if end is not None and (meeting.date is None or meeting.date > end):
                continue
            for turn in meeting.interventions:
                if turn_matches(
                    turn, delegation=delegation, country_code=country_code, role=wanted_role,
                    language=language, speaker=speaker,
                ):
                    yield meeting, turn

    def counts(self, by: str = "country_code", **filters: Any) -> Counter[str]:
        """How many turns per delegation (``by="country_code"`` or ``"country"``), per
        ``"role"``, per ``"language"`` or per ``"speaker"``, after the same filters as
        :meth:`interventions`. Turns without a value count under ``"-"``."""
        if by not in FACETS:
            raise ArgumentError(f"cannot count by {by!r}: use one of {sorted(FACETS)}")
        counter: Counter[str] = Counter()
        for _, turn in self.interventions(**filters):
            counter[facet(turn, by)] += 1
        return counter

    def kwic(
        self,
        term: str,
        *,
        window: int = 40,
        fold: bool = False,
        words: bool = True,
        regex: bool = False,
        case_sensitive: bool = True,
        version: str | None = "all",
    ) -> tuple[KwicHit, ...]:
        """Keyword in context over every speech and resolution paragraph.

        ``window`` characters either side; ``term`` is found as a whole word ("Cuba" not in
        "Cuban"; ``words=False`` finds it inside words too), or as a regular expression with
        ``regex=True`` (matched as written); ``case_sensitive=False`` ignores case and
        ``fold=True`` case and accents ("kazakhstan" finds "Kazakhstan" and "KAZAKHSTAN"). An
        empty term raises :class:`~csto_un.CstoUnError`. A term is searched in every language
        version (``version="all"``); ``version="fr"`` searches the French versions only,
        ``None`` one version per document (see :meth:`in_version`).
        """
        return tuple(
            kwic_in(
                self.in_version(version),
                term,
                window=window,
                fold=fold,
                words=words,
                regex=regex,
                case_sensitive=case_sensitive,
            )
        )

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
        """The resolution of the corpus adopted from the draft ``draft``, or from a later
        revision of it (the original "A/78/L.67" of a resolution adopted from "Rev.1")."""
        return adopted_from_draft(self.resolutions, draft)

    def revisions(self, symbol: str) -> tuple[Resolution, ...]:
        """Every version of a draft the corpus holds, given any of their symbols: the
        original, then "Rev.1", "Rev.2" … in order (symbols with ``Add.``/``Corr.`` aside)."""
        return revisions_of(self.resolutions, symbol)

    def revises(self, symbol: str) -> Resolution | None:
        """The draft of the corpus that the revision ``symbol`` revises: the latest version
        before it ("…/Rev.2" → "…/Rev.1", or the original when that is what the corpus has)."""
        return revised_draft(self.resolutions, symbol)

    def amendments_to(self, draft: str) -> tuple[Amendment, ...]:
        """The amendments of the corpus to the draft ``draft`` (that revision), in load order."""
        return amendments_to(self.amendments, draft)

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
        """Every document as a JSON list of ``{"type": "meeting", ...}`` (or ``"resolution"``,
        ``"amendment"``)."""
        return json.dumps(
            [tagged(document) for document in self._documents], ensure_ascii=False, indent=indent
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> Corpus:
        """Read back what :meth:`to_json` wrote."""
        try:
            data = json.loads(text)
            documents: list[ParsedDocument] = []
            for entry in data:
                kind = entry.pop("type")
                target = _TYPES[kind]
                documents.append(converter.structure(entry, target))
        except CstoUnError:
            raise
        except Exception as exc:
            raise CstoUnError(f"not a corpus in JSON: {exc}", source="<json>") from exc
        return cls(documents)

    def to_jsonl(
        self,
        out: str | os.PathLike[str] | IO[str],
        *,
        unit: str = "intervention",
        version: str | None = None,
    ) -> int:
        """Write one JSON object per intervention (or ``unit="paragraph"`` or
        ``"subparagraph"``) per line, from one language version of each document unless
        ``version`` says otherwise (:meth:`in_version`); a file is written whole or not at all."""
        documents = self.in_version(version)
        return _write(out, lambda f: write_jsonl(documents, f, unit=unit))

    def to_csv(
        self,
        out: str | os.PathLike[str] | IO[str],
        *,
        unit: str = "intervention",
        escape_formulas: bool = True,
        version: str | None = None,
    ) -> int:
        """Write the interventions (or ``unit="paragraph"`` or ``"subparagraph"``) table as CSV,
        from one language version of each document unless ``version`` says otherwise
        (:meth:`in_version`); a file is written whole or not at all.

        A text cell starting with ``=``, ``+``, ``-`` or ``@`` gets a leading ``'`` so that a
        spreadsheet does not run it as a formula; ``escape_formulas=False`` keeps it as is.
        """
        documents = self.in_version(version)
        return _write(
            out,
            lambda f: write_csv(documents, f, unit=unit, escape_formulas=escape_formulas),
        )

    def interventions_frame(self, version: str | None = None) -> pandas.DataFrame:
        """The interventions table as a pandas DataFrame (``pip install 'csto_un[pandas]'``),
        one language version of each meeting unless ``version`` says otherwise."""
        pd = _pandas()
        rows = list(intervention_rows(self.in_version(version)))
        return pd.DataFrame(rows, columns=INTERVENTION_COLUMNS)

    def paragraphs_frame(self, version: str | None = None) -> pandas.DataFrame:
        """The paragraphs table as a pandas DataFrame (``pip install 'csto_un[pandas]'``),
        one language version of each document unless ``version`` says otherwise."""
        pd = _pandas()
        rows = list(paragraph_rows(self.in_version(version)))
        return pd.DataFrame(rows, columns=PARAGRAPH_COLUMNS)

    def to_parquet(
        self,
        path: str | os.PathLike[str],
        *,
        unit: str = "intervention",
        version: str | None = None,
    ) -> int:
        """Write the interventions (or ``unit="paragraph"`` or ``"subparagraph"``) table as
        Parquet, with the CSV's columns (needs pyarrow: ``pip install 'csto_un[pandas]'``),
        from one language version of each document unless ``version`` says otherwise;
        returns the number of rows. The file is written whole or not at all."""
        documents = self.in_version(version)
        with atomic_path(path) as temporary:
            return write_parquet(documents, temporary, unit=unit)


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:
        raise CstoUnError("this export needs pandas: pip install 'csto_un[pandas]'") from exc
    return pandas


def _write(out: str | os.PathLike[str] | IO[str], write: Any) -> int:
    if isinstance(out, (str, os.PathLike)):
        with atomic_path(out) as temporary, temporary.open("w", encoding="utf-8", newline="") as f:
            return int(write(f))
    return int(write(out))


_TYPES: dict[str, type[ParsedDocument]] = {
    "meeting": Meeting,
    "resolution": Resolution,
    "amendment": Amendment,
}


def tagged(document: ParsedDocument) -> dict[str, Any]:
    """A document as :meth:`Corpus.to_json` writes it: ``{"type": …}`` and its fields."""
    tag = next(name for name, cls in _TYPES.items() if isinstance(document, cls))
    data: dict[str, Any] = {"type": tag}
    data.update(converter.unstructure(document))
    return data


def _symbols_of(document: ParsedDocument) -> list[str]:
    symbols = [document.symbol] if document.symbol else []
    if isinstance(document, Meeting):
        symbols += [p.symbol for p in document.parts if p.symbol]
    return symbols


def _version_key(document: ParsedDocument) -> str:
    """What the language versions of one document share: its symbol (or, without one, the
    document itself)."""
    symbols = _symbols_of(document)
    return DocumentSymbol.key(symbols[0]) if symbols else f"<{id(document)}>"


def _label(document: ParsedDocument) -> str:
    if document.symbol:
        return document.symbol
    name = document.source.name if document.source else "?"
    return f"<{name}>"


def _cited_by(document: ParsedDocument) -> tuple[str, ...]:
    if isinstance(document, Resolution):
        symbols = [*document.drafts, *document.cited_symbols()]
    elif isinstance(document, Amendment):
        symbols = [document.amends] if document.amends else []
    else:
        symbols = [doc for item in document.agenda for doc in item.documents]
        symbols += [s for note in document.notes for s in note.symbols]
    own = {DocumentSymbol.key(s) for s in _symbols_of(document)}
    return tuple(dict.fromkeys(s for s in symbols if DocumentSymbol.key(s) not in own))
