"""The texts a parse keeps, in order: the places the nothing-lost check looks in.

A meeting's front pages, recorded furniture, speaker labels, paragraphs, language-switch
notes and procedural notes; a resolution's header, enacting formula, paragraph numbers,
section and annex headings (once each), paragraphs, sub-paragraphs with their marks and
sub-headings, footnotes and closing lines; an amendment's header, title, instructions and
footnotes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from operator import attrgetter

from .model import Amendment, Intervention, Meeting, ParsedDocument, Resolution, Subparagraph

__all__ = ["parsed_list", "parsed_texts"]

_TEXT = attrgetter("text")


def _subs(subparagraphs: Iterable[Subparagraph]) -> Iterator[str]:
    heading: str | None = None
    for sub in subparagraphs:
        if sub.heading and sub.heading != heading:  # a sub-heading stands once over its run
            yield sub.heading
        heading = sub.heading
        yield sub.marker
        yield sub.text
        yield from _subs(sub.subparagraphs)


def parsed_texts(document: ParsedDocument) -> Iterator[str]:
    """Every piece of text a parse keeps: the places :func:`account` looks in."""
    return iter(parsed_list(document))


def parsed_list(document: ParsedDocument) -> list[str]:
    """:func:`parsed_texts` as a list, built in place (a generator's step for each of a
    resolution's hundred pieces cost a tenth of the nothing-lost check)."""
    if isinstance(document, Amendment):
        out = [*document.header, document.title or "", *document.instructions]
        for note in document.footnotes:
            out += (note.marker, note.text)
        if document.source:
            out += map(_TEXT, document.source.furniture)
        return out
    out = []
    headers = [document.header]
    if isinstance(document, Meeting):  # a meeting in parts keeps each part's front page
        headers += [part.header for part in document.parts]
    for header in dict.fromkeys(headers):
        out += header
    sources = [document.source] if document.source is not None else []
    if isinstance(document, Meeting):
        sources += [p.source for p in document.parts if p.source is not None]
    for source in dict.fromkeys(sources):  # a one-part meeting's part has the same source
        out += map(_TEXT, source.furniture)
    if isinstance(document, Meeting):
        # One printed label may head several turns (the President's national statement).
        out += [turn.speaker.label for turn in document.labelled_turns()]
        append = out.append
        for item in document.items:
            if isinstance(item, Intervention):
                out += item.paragraphs
                if item.switches:
                    out += [switch.note for switch in item.switches]
            else:
                append(item.text)
        return out
    _resolution_texts(document, out)
    return out


def _resolution_texts(document: Resolution, out: list[str]) -> None:
    """:func:`parsed_texts` of a resolution but its header and furniture, added to ``out``."""
    append = out.append
    if not document.header:  # the title and adoption line stand in the header when it is kept
        out += [text for text in (document.title, document.adoption) if text]
    if document.enacting_formula:
        append(document.enacting_formula)
    headings: set[str] = set()  # printed once, though a section's preamble and operative
    for paragraph in document.paragraphs:  # paragraphs both carry it
        if paragraph.number is not None:
            append(str(paragraph.number))
        if paragraph.annex or paragraph.section:
            section = paragraph.section.split(" / ") if paragraph.section else []
            for heading in (paragraph.annex, *section):  # a section's levels ("Part VI … / …")
                if heading and heading not in headings:
                    headings.add(heading)
                    append(heading)
        append(paragraph.text)
        if paragraph.footnotes:
            out += paragraph.footnotes
        if paragraph.subparagraphs:
            out += _subs(paragraph.subparagraphs)
    for annex in document.annexes:  # its headings stand in the annex, once each
        out += [text for text in (annex.label, annex.title, *annex.headings) if text]
        for paragraph in annex.paragraphs:
            if paragraph.number is not None:
                append(str(paragraph.number))
            append(paragraph.text)
            out += paragraph.footnotes
            out += _subs(paragraph.subparagraphs)
    for footnote in document.footnotes:
        out += (footnote.marker, footnote.text)
    out += document.closing
