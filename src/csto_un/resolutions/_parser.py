"""``parse_resolution`` and ``load_resolution``: a document's lines → a :class:`Resolution`."""

from __future__ import annotations

import os
import re

import attrs

from ..accounting import nothing_lost
from ..citations import extract_citations
from ..errors import CstoUnError, DiagnosticError, NotAResolutionError, StructureError, SymbolError
from ..model import Citation, Diagnostic, Furniture, Resolution, Severity, Sponsor
from ..sources._document import Document
from ..symbols import DocumentSymbol
from ._body import segment
from ._header import Header, enacting_language, parse_header
from ._paragraphs import build_body, opens_paragraph
from ._phrases import LANGUAGES
from ._text import clean_line

__all__ = ["load_resolution", "parse_resolution"]


def load_resolution(
    path: str | os.PathLike[str], *, symbol: str | None = None, strict: bool = False
) -> Resolution:
    """Read a resolution or draft from a PDF, text or Markdown file.

    The file is read by :func:`csto_un.sources.read_document`; see :func:`parse_resolution`
    for ``symbol`` and ``strict``.

    >>> from importlib.resources import files
    >>> resolution = load_resolution(files("csto_un") / "data" / "corpus" / "A_RES_79_10_en.txt")
    >>> resolution.symbol, resolution.adopted_on, resolution.drafts
    ('A/RES/79/10', datetime.date(2024, 11, 18), ('A/79/L.11',))
    """
    from ..sources import read_document

    document = read_document(path)  # (not Path(path): Path("") would read the folder ".")
    return parse_resolution(document, symbol=symbol, strict=strict)


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
        document = _read_string(text_or_document, name)
    else:
        raise NotAResolutionError(
            f"expected text or a Document, got {type(text_or_document).__name__}"
        )
    try:
        resolution = _parse(document, symbol)
    except CstoUnError:
        raise
    except (ValueError, IndexError, KeyError, TypeError) as error:  # a bug, told as ours
        raise StructureError(
            f"could not read the resolution: {error}", source=document.name
        ) from error
    if strict:
        for diagnostic in resolution.diagnostics:
            if diagnostic.severity is not Severity.INFO:
                raise DiagnosticError(
                    f"{diagnostic.code}: {diagnostic.message}",
                    source=document.name,
                    line=diagnostic.line,
                    page=diagnostic.page,
                )
    return nothing_lost(document, resolution, strict=strict)


def _read_string(text: str, name: str) -> Document:
    from ..sources import read_string

    return read_string(text, name=name, format=None)  # the sources layer tells Markdown apart


def _is_record(symbol: str | None) -> bool:
    try:
        return symbol is not None and DocumentSymbol.parse(symbol).is_record
    except SymbolError:
        return False


def _parse(document: Document, symbol: str | None) -> Resolution:
    if _is_record(document.symbol):
        # A meeting record may read a draft out ("The Security Council, …"): still a record.
        raise NotAResolutionError(
            f"{document.symbol} is a meeting record, not a resolution", source=document.name
        )
    lines = [clean_line(i, line) for i, line in enumerate(document.lines)]
    start = None
    language: str | None = None
    body_name: str | None = None
    for position, clean in enumerate(lines):
        found = enacting_language(re.sub("[\ue000\ue001]", "", clean.text))
        if found is not None:
            start, (language, body_name) = position, found
            break
    if start is None or language is None:
        raise NotAResolutionError(
            'no enacting formula ("The General Assembly,", "L\'Assemblée générale,") found',
            source=document.name,
        )
    phrases = LANGUAGES[language]
    header = parse_header(lines[:start], language, source=document.name)
    header.body = header.body or body_name
    separators = {
        f.line
        for f in document.furniture
        if f.line is not None and len(f.text.strip()) >= 5 and set(f.text.strip()) <= {"_", "-"}
    }
    meeting_re = re.compile(phrases.plenary_meeting)
    segmented = segment(
        lines[start + 1 :],
        symbol=header.symbol or document.symbol,
        title=header.title,
        separators=separators,
        meeting_re=meeting_re,
        stars=any(m.startswith("*") for m in header.sponsor_markers),
        opens=lambda text: opens_paragraph(text, phrases),
    )
    plain_marks = not any(s.style == "superscript" for line in document.lines for s in line.spans)
    body = build_body(
        segmented, phrases, header.sponsor_markers, source=document.name, plain_marks=plain_marks
    )
    diagnostics = list(header.diagnostics) + body.diagnostics
    footnotes = list(body.footnotes)
    footnotes = [
        attrs.evolve(f, part="header", paragraph=None) if f.marker in header.sponsor_markers else f
        for f in footnotes
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
    final_symbol, inferred = _symbol(header, document, symbol, diagnostics)
    sponsors = tuple(
        _sponsor(name, code, header.sponsors_line, diagnostics) for name, code in header.sponsors
    )
    year = header.date or header.adopted_on or body.meeting_date or document.date
    year_number = year.year if year is not None else None
    resolution = Resolution(
        symbol=final_symbol,
        body=header.body,
        session=header.session,
        year=year_number,
        date=header.date or document.date,
        draft=header.draft or bool(header.sponsors),
        agenda_item=header.agenda_item,
        agenda_title=header.agenda_title,
        title=header.title,
        sponsors=sponsors,
        language=header.language or language,
        original_language=header.original_language,
        distribution=header.distribution,
        enacting_formula=" ".join(re.sub("[\ue000\ue001]", "", lines[start].text).split()),
        preamble=tuple(body.preamble),
        operative=tuple(body.operative),
        footnotes=tuple(footnotes),
        citations=(),
        drafts=tuple(header.drafts),
        committee=header.committee,
        adoption=header.adoption,
        adopted_on=header.adopted_on or body.meeting_date,
        meeting=body.meeting or header.meeting,
        job_number=header.job_number or document.job_number,
        symbol_inferred=inferred,
        header=tuple(" ".join(line.text.split()) for line in lines[:start] if line.text.strip()),
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

    def notes_at(part: str, index: int | None) -> None:
        for note in resolution.footnotes:
            if note.marker in notes_done or (note.part, note.paragraph) != (part, index):
                continue
            notes_done.add(note.marker)
            found.extend(
                extract_citations(
                    note.text, language=language, year=year, part="footnote", paragraph=note.marker
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
    ):
        for index, paragraph in enumerate(paragraphs):
            text = full_text(paragraph.text, paragraph.subparagraphs)
            found.extend(
                extract_citations(text, language=language, year=year, part=part, paragraph=index)
            )
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
                        paragraph=note.marker,
                    )
                )
    return tuple(found)


def full_text(text: str, subparagraphs: tuple[object, ...]) -> str:
    """A paragraph's text followed by its sub-paragraphs' markers and texts, in order."""
    from ..model import Subparagraph

    pieces = [text]
    for sub in subparagraphs:
        if isinstance(sub, Subparagraph):
            if sub.heading:
                pieces.append(sub.heading)
            pieces.append(f"{sub.marker} {full_text(sub.text, sub.subparagraphs)}")
    return " ".join(p for p in pieces if p)
