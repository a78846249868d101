"""``parse_resolution``: a document's lines → a :class:`Resolution`."""

from __future__ import annotations

import re
from itertools import islice

import attrs

from ..accounting import Carried, nothing_lost
from ..citations import extract_citations
from ..errors import DiagnosticError, NotAResolutionError, SymbolError
from ..model import (
    Citation,
    Diagnostic,
    Footnote,
    Furniture,
    Resolution,
    Sponsor,
    Subparagraph,
)
from ..sources import Line, read_string
from ..sources._document import Document
from ..symbols import DocumentSymbol, parse_symbol
from ..text import Joiner
from ..words._resolution import LANGUAGES
from ._body import Segmented, segment
from ._early_council import may_be_other_form, read_early
from ._header import parse_header
from ._header_lines import Header
from ._kinds import read_decision
from ._leads import opens_by_ending, opens_with_lead
from ._paragraphs import Body, build_body
from ._start import Start, find_start
from ._text import Clean, clean_lines, document_joiner

__all__ = ["parse_resolution"]


def parse_resolution(
    text_or_document: str | Document,
    *,
    name: str = "<string>",
    symbol: str | None = None,
    strict: bool = False,
) -> Resolution:
    """Parse a resolution or draft resolution from text (plain or Markdown) or a Document.

    ``symbol`` gives the symbol of a draft whose text does not print it (it is recorded in
    ``symbol_inferred`` as coming from the caller); a printed symbol that differs is a
    diagnostic. With ``strict=True`` the first diagnostic of warning level raises
    :class:`~csto_un.DiagnosticError`. Raises :class:`~csto_un.NotAResolutionError` when no
    enacting formula ("The General Assembly,", "Le Conseil de sécurité,") is found.

    >>> text = (
    ...     "The General Assembly,\\n\\nRecalling its resolution 59/50 of 2 December 2004,\\n\\n"
    ...     "1. Decides to remain seized of the matter.\\n"
    ... )
    >>> resolution = parse_resolution(text, symbol="A/RES/1/1")
    >>> [(p.lead, p.number) for p in resolution.paragraphs], resolution.cited_symbols()
    ([('Recalling', None), ('Decides', 1)], ('A/RES/59/50',))
    """
    if isinstance(text_or_document, Document):
        document = text_or_document
    elif isinstance(text_or_document, str):
        document = read_string(text_or_document, name)  # Markdown told apart, as for files
    else:
        raise NotAResolutionError(
            f"expected text or a Document, got {type(text_or_document).__name__}"
        )
    # (A bug, an IndexError..., is not the document's fault: not caught.) The parse's claims
    # (pieces it keeps that are lines of the input) spare the nothing-lost check's count.
    resolution, carried = _parse(document, symbol)
    if strict:
        for diagnostic in resolution.diagnostics:
            if DiagnosticError.stops(diagnostic):
                raise DiagnosticError.of(diagnostic, document.name)
    return nothing_lost(document, resolution, strict=strict, carried=carried)


def _is_record(symbol: str | None) -> bool:
    try:
        return symbol is not None and parse_symbol(symbol).is_record
    except SymbolError:
        return False


def _parse(document: Document, symbol: str | None) -> tuple[Resolution, list[Carried]]:
    """The dispatch: a record is refused; else the header, the body, and the whole, with
    the claims of the body's pieces for the nothing-lost check (see ``_text.claim``)."""
    if _is_record(document.symbol):
        # A meeting record may read a draft out ("The Security Council, …"): still a record.
        raise NotAResolutionError(
            f"{document.symbol} is a meeting record, not a resolution", source=document.name
        )
    other = other_form(document)  # a decision, an early Security Council resolution
    if other is not None:
        return other, []
    lines = clean_lines(document.lines)
    start = find_start(lines, document)
    joiner = document_joiner(
        [clean.printed for clean in lines], start.language, printed_already=True
    )
    header = parse_header(
        lines[: start.header_end], start.language, source=document.name, joiner=joiner
    )
    header.body = header.body or start.body_name
    segmented, body = _read_body(document, lines, start, header, joiner)
    return _assemble(document, lines, start, header, segmented, body, symbol), body.carried


def _read_body(
    document: Document, lines: list[Clean], start: Start, header: Header, joiner: Joiner
) -> tuple[Segmented, Body]:
    """The body's lines cut into units, then assembled into paragraphs, annexes, notes."""
    phrases = LANGUAGES[start.language]
    separators = {
        f.line
        for f in document.furniture
        if f.line is not None and len(f.text.strip()) >= 5 and set(f.text.strip()) <= {"_", "-"}
    }
    segmented = segment(
        lines[start.body_start :],
        symbol=header.symbol or document.symbol,
        title=header.title,
        separators=separators,
        meeting_re=re.compile(phrases.plenary_meeting),
        stars=any(m.startswith("*") for m in header.sponsor_markers),
        # (text without blank lines or indents: a line after a finished sentence opens a
        # paragraph when it opens with a lead, "Being gravely concerned", "Sharing", "Wishing")
        opens=lambda text: opens_with_lead(text, phrases) or opens_by_ending(text, phrases),
        # (a lead of the tables, not a mere ending: many words in lower case end as a verb)
        opens_in_lower_case=(
            None if phrases.capitalized_leads else lambda text: opens_with_lead(text, phrases)
        ),
        joiner=joiner,
    )
    plain_marks = not any(s.style == "superscript" for line in document.lines for s in line.spans)
    body = build_body(
        segmented, phrases, header.sponsor_markers, source=document.name, plain_marks=plain_marks
    )
    return segmented, body


def _notes_and_checks(header: Header, body: Body) -> tuple[list[Footnote], list[Diagnostic]]:
    """The footnotes (the sponsors' notes placed in the header), and what does not agree."""
    diagnostics = list(body.diagnostics)
    footnotes = [
        attrs.evolve(f, part="header", paragraph=None) if f.marker in header.sponsor_markers else f
        for f in body.footnotes
    ]
    for marker in header.sponsor_markers:
        if not any(f.marker == marker for f in footnotes):
            diagnostics.append(
                Diagnostic("missing-footnote", f"no footnote {marker!r} for the sponsors")
            )
    if body.meeting_date and header.adopted_on and body.meeting_date != header.adopted_on:
        diagnostics.append(
            Diagnostic(
                "date-mismatch",
                f"adopted on {header.adopted_on} but the closing meeting is dated "
                f"{body.meeting_date}",
            )
        )
    return footnotes, diagnostics


def _assemble(
    document: Document,
    lines: list[Clean],
    start: Start,
    header: Header,
    segmented: Segmented,
    body: Body,
    symbol: str | None,
) -> Resolution:
    """The :class:`Resolution` from its header and body, with its citations."""
    footnotes, body_diagnostics = _notes_and_checks(header, body)
    diagnostics = [*start.diagnostics, *header.diagnostics, *body_diagnostics]
    final_symbol, inferred = _symbol(header, document, symbol, diagnostics)
    sponsors = tuple(
        _sponsor(name, code, header.sponsors_line, diagnostics) for name, code in header.sponsors
    )
    year = header.date or header.adopted_on or body.meeting_date or document.date
    resolution = Resolution(
        symbol=final_symbol,
        body=header.body,
        session=header.session,
        year=year.year if year is not None else None,
        date=header.date or document.date,
        draft=header.draft or bool(header.sponsors),
        agenda_item=header.agenda_item,
        agenda_title=header.agenda_title,
        title=header.title,
        sponsors=sponsors,
        language=header.language or start.language,
        original_language=header.original_language,
        distribution=header.distribution,
        enacting_formula=start.formula,
        preamble=tuple(body.preamble),
        operative=tuple(body.operative),
        annexes=tuple(body.annexes),
        footnotes=tuple(footnotes),
        citations=(),
        drafts=tuple(header.drafts),
        committee=header.committee,
        adoption=header.adoption,
        adopted_on=header.adopted_on or body.meeting_date,
        meeting=body.meeting or header.meeting,
        job_number=header.job_number or document.job_number,
        symbol_inferred=inferred,
        header=tuple(
            " ".join(line.text.split()) for line in lines[: start.header_end] if line.text.strip()
        ),
        closing=tuple(body.closing),
        source=attrs.evolve(
            document.source,
            furniture=(
                *document.source.furniture,
                # The header's own furniture ("United Nations") stands in ``header``.
                *_sorted(segmented.furniture),
            ),
        ),
        diagnostics=tuple(
            d if d.source is not None else attrs.evolve(d, source=document.name)
            for d in diagnostics
        ),
    )
    return attrs.evolve(resolution, citations=citations_of(resolution))


def _sorted(furniture: list[Furniture]) -> tuple[Furniture, ...]:
    return tuple(sorted(furniture, key=lambda f: f.line or 0))


def _symbol(
    header: Header, document: Document, given: str | None, diagnostics: list[Diagnostic]
) -> tuple[str | None, str | None]:
    printed = header.symbol or document.symbol
    if given is None:
        return printed, None
    try:
        canonical = str(DocumentSymbol.parse(given))
    except SymbolError as error:
        raise NotAResolutionError(f"the symbol given is not a symbol: {given!r}") from error
    if printed is None:
        return canonical, "given by the caller"
    if printed != canonical:
        diagnostics.append(
            Diagnostic("symbol-mismatch", f"the text prints {printed}, the caller gave {canonical}")
        )
    return printed, None


def _sponsor(
    name: str, code: str | None, line: int | None, diagnostics: list[Diagnostic]
) -> Sponsor:
    if code is None:
        diagnostics.append(
            Diagnostic("unknown-country", f"no ISO code for sponsor {name!r}", line=line)
        )
    return Sponsor(name=name, country_code=code)


def citations_of(resolution: Resolution) -> tuple[Citation, ...]:
    """Every citation in a resolution, in reading order: header, title, then each paragraph
    followed by the footnotes whose marks it carries (footnotes never called come last)."""
    language = resolution.language
    year = resolution.year
    found: list[Citation] = []
    notes_done: set[str] = set()
    # The notes of each place, in order (a part by its word: Part's hash is not its word's).
    placed: dict[tuple[str | None, int | None], list[Footnote]] = {}
    for note in resolution.footnotes:
        part = None if note.part is None else str(note.part)
        placed.setdefault((part, note.paragraph), []).append(note)

    def notes_at(part: str, index: int | None) -> None:
        for note in placed.get((str(part), index), ()):
            if note.marker in notes_done:
                continue
            notes_done.add(note.marker)
            found.extend(
                extract_citations(
                    note.text, language=language, year=year, part="footnote", footnote=note.marker
                )
            )

    if resolution.committee is not None:
        for draft in resolution.drafts:
            found.append(Citation(symbol=draft, text=draft, part="header"))
    notes_at("header", None)
    if resolution.title:
        found.extend(
            extract_citations(resolution.title, language=language, year=year, part="title")
        )
    for part, paragraphs in (
        ("preamble", resolution.preamble),
        ("operative", resolution.operative),
        ("annex", resolution.annex_paragraphs),
    ):
        for index, paragraph in enumerate(paragraphs):
            text = full_text(paragraph.text, paragraph.subparagraphs)
            found.extend(
                extract_citations(text, language=language, year=year, part=part, paragraph=index)
            )
            if (part, index) in placed:
                notes_at(part, index)
    for note in resolution.footnotes:
        if note.marker not in notes_done:
            notes_at(note.part or "", note.paragraph)
            if note.marker not in notes_done:
                notes_done.add(note.marker)
                found.extend(
                    extract_citations(
                        note.text,
                        language=language,
                        year=year,
                        part="footnote",
                        footnote=note.marker,
                    )
                )
    return tuple(found)


def full_text(text: str, subparagraphs: tuple[object, ...]) -> str:
    """A paragraph's text followed by its sub-paragraphs' markers and texts, in order."""
    if not subparagraphs:
        return text  # (most paragraphs)
    pieces = [text]
    for sub in subparagraphs:
        if isinstance(sub, Subparagraph):
            if sub.heading:
                pieces.append(sub.heading)
            pieces.append(f"{sub.marker} {full_text(sub.text, sub.subparagraphs)}")
    return " ".join(p for p in pieces if p)


def _has_text(line: Line) -> bool:
    return bool(line.text.strip())


def other_form(document: Document) -> Resolution | None:
    """The document read as a decision or an early Security Council resolution, or ``None``
    when it is in neither form (then the ordinary resolution reader tries it)."""
    if not may_be_other_form(list(islice(filter(_has_text, document.lines), 60))):
        return None
    lines = list(filter(_has_text, document.lines))
    found = read_early(document, lines) or read_decision(document, lines)
    return None if found is None else attrs.evolve(found, citations=citations_of(found))
