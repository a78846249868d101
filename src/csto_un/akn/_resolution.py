"""A resolution or draft as an AKN4UN ``statement`` (AKN4UN Part 3, "Modelling of GA Resolutions").

``preface`` holds the identification block (authority, symbol, date, sponsors, title);
``preamble`` the enacting formula (``formula name="enactingFormula"``) and one ``container`` per
preambular paragraph; ``mainBody`` one ``paragraph`` (``num``, ``content``) per operative
paragraph, sub-paragraphs as ``list``/``point`` with eIds such as ``para_8__list_1__point_a``;
``conclusions`` the adoption line. Footnotes are ``authorialNote``\\ s, citations ``ref``\\ s.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from ..citations import find_date
from ..model import Citation, Footnote, Paragraph, Resolution, Subparagraph
from ._export import Export
from ._frbr import Identity, identification, new_document
from ._iri import cited_iri, iri_number, iso639_2, work_iri
from ._preface import resolution_preface
from ._xml import Inline, clean, fill, sub

__all__ = ["resolution_document"]


def _end_of_words(text: str) -> int:
    """Where the trailing spaces and punctuation of ``text`` start (footnote calls go there).

    A loop, not the pattern ``[\\s,;.:]*$``: searched, that pattern restarts at every
    character of a run of ". . ." and takes quadratic time.
    """
    at = len(text)
    while at and (text[at - 1].isspace() or text[at - 1] in ",;.:"):
        at -= 1
    return at


def _lead_at(text: str, lead: str) -> int | None:
    """Where the lead stands in a paragraph's text: at its start, or, after the clause it
    opens with ("Pending …, urges") or a decision's letter ("(a) Approves"), the first place
    it stands as words of their own."""
    if text.startswith(lead):
        return 0
    found = re.search(rf"(?<!\w){re.escape(lead)}(?!\w)", text)
    return None if found is None else found.start()


def _point_number(marker: str, position: int) -> str:
    """The number part of a point's eId: "(a)" → "a", "ii)" → "ii", "•" → its position."""
    number = re.sub(r"[^\w.-]", "", marker).strip(".")
    return number or str(position)


class _Resolution(Export):
    """The state of one export: references, footnotes not yet placed, citations not yet used."""

    def __init__(self, resolution: Resolution) -> None:
        super().__init__(resolution.language, resolution.symbol, resolution.body)
        self.resolution = resolution
        # the footnotes not placed yet, by marker (a marker may come twice: "*" on two pages)
        self.footnotes: dict[str, list[Footnote]] = {}
        for footnote in resolution.footnotes:
            self.footnotes.setdefault(footnote.marker, []).append(footnote)
        self.used: set[int] = set()
        self.notes = 0
        self.eids: set[str] = set()
        # the preface paragraph holding the title, where notes no paragraph calls go
        self.header_notes = ET.Element("p")

    def unique(self, eid: str) -> str:
        candidate, counter = eid, 1
        while candidate in self.eids:
            counter += 1
            candidate = f"{eid}_{counter}"
        self.eids.add(candidate)
        return candidate

    # -- inline content -----------------------------------------------------------------------
    def citation_spans(
        self, text: str, part: str, paragraph: int | None, base: int, footnote: str | None = None
    ) -> list[Inline]:
        """``ref`` spans for the citations of (``part``, ``paragraph``, ``footnote``) that fall
        in ``text``."""
        spans: list[Inline] = []
        taken: list[tuple[int, int]] = []
        for number, citation in enumerate(self.resolution.citations):
            if number in self.used or (citation.part, citation.paragraph, citation.footnote) != (
                part,
                paragraph,
                footnote,
            ):
                continue
            at = self._locate(citation, text, base, taken)
            if at is None:
                continue
            self.used.add(number)
            taken.append((at, at + len(citation.text)))
            spans.append(
                Inline(
                    at,
                    at + len(citation.text),
                    "ref",
                    href=cited_iri(citation.symbol, citation.date),
                )
            )
        return spans

    @staticmethod
    def _locate(
        citation: Citation, text: str, base: int, taken: Sequence[tuple[int, int]]
    ) -> int | None:
        if not citation.text:
            return None
        if citation.offset is not None:
            at = citation.offset - base
            if at >= 0 and text[at : at + len(citation.text)] == citation.text:
                return at
        start = 0
        while (at := text.find(citation.text, start)) >= 0:
            if all(at >= end or at + len(citation.text) <= begin for begin, end in taken):
                return at
            start = at + 1
        return None

    def note(self, marker: str) -> ET.Element | None:
        """The ``authorialNote`` for the next unplaced footnote ``marker`` (``None`` if none)."""
        waiting = self.footnotes.get(marker)
        if not waiting:
            return None
        footnote = waiting.pop(0)
        self.notes += 1
        element = ET.Element("authorialNote")
        element.set("marker", clean(footnote.marker))
        element.set("placement", "bottom")
        element.set("eId", self.unique(f"authorialNote_{self.notes}"))
        fill(
            sub(element, "p"),
            footnote.text,
            self.citation_spans(footnote.text, "footnote", None, 0, footnote.marker),
        )
        return element

    def write(
        self,
        p: ET.Element,
        text: str,
        *,
        part: str | None,
        index: int | None,
        base: int = 0,
        lead: str | None = None,
        markers: Sequence[str] = (),
    ) -> None:
        """Fill ``p`` with ``text``: the lead marked, citations as ``ref``, footnotes placed."""
        spans = []
        at = _lead_at(text, lead) if lead else None
        if lead and at is not None:
            spans.append(Inline(at, at + len(lead), "inline", name="lead"))
        if part is not None and index is not None:
            spans.extend(self.citation_spans(text, part, index, base))
        at = _end_of_words(text)
        notes = [(at, element) for element in map(self.note, markers) if element is not None]
        fill(p, text, spans, notes=notes)

    # -- parts --------------------------------------------------------------------------------
    def preface(self, document: ET.Element) -> None:
        """The identification block (:func:`resolution_preface`); the notes no paragraph
        calls go after its title."""
        self.header_notes = resolution_preface(self, self.resolution, document)

    def preamble(self, document: ET.Element) -> None:
        resolution = self.resolution
        if not resolution.enacting_formula and not resolution.preamble:
            return
        preamble = sub(document, "preamble")
        if resolution.enacting_formula:
            formula = sub(preamble, "formula", name="enactingFormula")
            sub(formula, "p", resolution.enacting_formula)
        for index, paragraph in enumerate(resolution.preamble):
            container = sub(
                preamble,
                "container",
                name="preambularParagraph",
                eId=self.unique(f"preamble__container_{index + 1}"),
            )
            self.write(
                sub(container, "p"),
                paragraph.text,
                part="preamble",
                index=index,
                lead=paragraph.lead,
                markers=paragraph.footnotes,
            )

    def main_body(self, document: ET.Element) -> None:
        body = sub(document, "mainBody")
        parent, prefix = body, ""
        top, top_prefix = body, ""
        section: str | None = None
        annex: str | None = None
        counts = {"annex": 0, "dvs": 0}
        resolution = self.resolution
        placed = [("operative", i, p) for i, p in enumerate(resolution.operative)]
        placed += [("annex", i, p) for i, p in enumerate(resolution.annex_paragraphs)]
        for part, index, paragraph in placed:
            if paragraph.annex != annex:
                annex, section = paragraph.annex, None
                parent, prefix = body, ""
                if annex:
                    counts["annex"] += 1
                    prefix = self.unique(f"annex_{counts['annex']}")
                    parent = sub(body, "hcontainer", name="annex", eId=prefix)
                    sub(parent, "heading", annex)
                    prefix += "__"
                top, top_prefix = parent, prefix
            if paragraph.section != section:
                section = paragraph.section
                parent, prefix = top, top_prefix
                if section:
                    counts["dvs"] += 1
                    eid = self.unique(f"{top_prefix}dvs_{counts['dvs']}")
                    parent = sub(top, "division", eId=eid)
                    sub(parent, "heading", section)
            self.paragraph(parent, paragraph, index, prefix, part=part)
        if not len(body):
            sub(body, "p")

    def paragraph(
        self,
        parent: ET.Element,
        paragraph: Paragraph,
        index: int,
        prefix: str,
        *,
        part: str = "operative",
    ) -> None:
        number = str(paragraph.number) if paragraph.number is not None else str(index + 1)
        eid = self.unique(f"{prefix}para_{number}")
        element = sub(parent, "paragraph", eId=eid)
        if paragraph.number is not None:
            sub(element, "num", f"{paragraph.number}.")
        text = paragraph.text
        if not paragraph.subparagraphs:
            content = sub(element, "content")
            self.write(
                sub(content, "p"),
                text,
                part=part,
                index=index,
                lead=paragraph.lead,
                markers=paragraph.footnotes,
            )
            return
        intro = _intro(text, paragraph.subparagraphs)
        self.points(
            element,
            eid,
            intro,
            paragraph.subparagraphs,
            text,
            lead=paragraph.lead,
            markers=paragraph.footnotes,
            index=index,
            part=part,
        )

    def points(
        self,
        parent: ET.Element,
        eid: str,
        intro: str,
        subparagraphs: Sequence[Subparagraph],
        whole: str,
        *,
        lead: str | None,
        markers: Sequence[str],
        index: int,
        part: str = "operative",
    ) -> None:
        list_eid = self.unique(f"{eid}__list_1")
        element = sub(parent, "list", eId=list_eid)
        if intro:
            self.write(
                sub(sub(element, "intro"), "p"),
                intro,
                part=part,
                index=index,
                lead=lead,
                markers=markers,
            )
            markers = ()
        heading: str | None = None
        for position, subparagraph in enumerate(subparagraphs, start=1):
            number = _point_number(subparagraph.marker, position)
            point_eid = self.unique(f"{list_eid}__point_{number}")
            point = sub(element, "point", eId=point_eid)
            sub(point, "num", subparagraph.marker)
            if subparagraph.heading and subparagraph.heading != heading:
                sub(point, "heading", subparagraph.heading)
            heading = subparagraph.heading
            at = whole.find(subparagraph.text) if subparagraph.text else -1
            base = at if at >= 0 else 0
            last = position == len(subparagraphs)
            if subparagraph.subparagraphs:
                self.points(
                    point,
                    point_eid,
                    subparagraph.text,
                    subparagraph.subparagraphs,
                    whole,
                    lead=None,
                    markers=markers if last else (),
                    index=index,
                    part=part,
                )
            else:
                self.write(
                    sub(sub(point, "content"), "p"),
                    subparagraph.text,
                    part=part,
                    index=index,
                    base=base,
                    markers=markers if last else (),
                )

    def conclusions(self, document: ET.Element) -> None:
        resolution = self.resolution
        if not (resolution.adoption or resolution.meeting or resolution.adopted_on):
            return
        container = sub(
            sub(document, "conclusions"),
            "container",
            name="conclusion",
            eId="conclusions__container_1",
        )
        p = sub(container, "p")
        meeting_concept = "#" + self.refs.concept("meeting", "meeting")
        adoption_concept = "#" + self.refs.concept("adoptionDate", "adoption date")
        text = resolution.adoption or ""
        spans = []
        if resolution.meeting and resolution.meeting in text:
            at = text.index(resolution.meeting)
            end = at + len(resolution.meeting)
            spans.append(Inline(at, end, "event", refersTo=meeting_concept))
        found = find_date(text, resolution.language) if text else None
        if found and (resolution.adopted_on is None or found[0] == resolution.adopted_on):
            spans.append(
                Inline(
                    found[1],
                    found[2],
                    "docDate",
                    date=found[0].isoformat(),
                    refersTo=adoption_concept,
                )
            )
        fill(p, text, spans)
        if resolution.meeting and not any(s.tag == "event" for s in spans):
            sub(sub(container, "p"), "event", resolution.meeting, refersTo=meeting_concept)
        if resolution.adopted_on and not any(s.tag == "docDate" for s in spans):
            day = resolution.adopted_on.isoformat()
            sub(sub(container, "p"), "docDate", day, date=day, refersTo=adoption_concept)

    def leftover_notes(self) -> None:
        """Footnotes no paragraph calls (the "*" of a sponsors line): after the title."""
        for footnote in self.resolution.footnotes:
            element = self.note(footnote.marker)
            if element is not None:
                self.header_notes.append(element)

    def meta(self, meta: ET.Element, markup_date: dt.date | None) -> None:
        resolution = self.resolution
        symbol = resolution.symbol or _fallback_number(resolution)
        work_date = resolution.adopted_on or resolution.date
        work = work_iri(
            "statement",
            "deliberation",
            symbol,
            work_date.isoformat() if work_date else None,
            self.organ,
        )
        authors: tuple[tuple[str, str | None], ...]
        if resolution.draft and resolution.sponsors:
            role = self.refs.role("sponsor", "Sponsor")
            authors = tuple(
                (self.refs.country(s.country_code, s.name), role) for s in resolution.sponsors
            )
        else:
            authors = ((self.organ_eid, None),)
        original = resolution.original_language
        identification(
            meta,
            Identity(
                work=work,
                subtype="deliberation",
                number=iri_number(symbol),
                number_shown=symbol,
                language=self.language,
                date=work_date,
                version=resolution.date or work_date,
                authors=authors,
                organ=self.organ_eid,
                name=resolution.title,
                translated_from=iso639_2(original) if original else None,
                markup_date=markup_date,
            ),
        )
        if original:
            self.language_concept(original)
        self.close_meta(meta)


def _intro(text: str, subparagraphs: Sequence[Subparagraph]) -> str:
    """The words before the first sub-paragraph, when ``text`` holds the sub-paragraphs too."""
    first = subparagraphs[0]
    at = text.find(first.text) if first.text else -1
    if at <= 0:
        return text
    intro = text[:at].rstrip()
    if intro.endswith(first.marker):
        intro = intro[: -len(first.marker)].rstrip()
    return intro


def _fallback_number(resolution: Resolution) -> str:
    """A stable number for a text without a symbol (AKN4UN: "a unique number ... decided by the
    implementor"): ``nn-`` and a digest of its title and paragraphs."""
    digest = hashlib.sha256()
    for piece in (resolution.title or "", *(p.text for p in resolution.paragraphs)):
        digest.update(piece.encode("utf-8", "surrogatepass") + b"\x00")
    return f"nn-{digest.hexdigest()[:12]}"


def resolution_document(
    resolution: Resolution, *, markup_date: dt.date | None = None
) -> ET.Element:
    """The ``akomaNtoso`` element of a resolution or draft resolution."""
    state = _Resolution(resolution)
    name = "resolutionDraft" if resolution.draft else "resolution"
    root, document, meta = new_document("statement", name)
    state.preface(document)
    state.preamble(document)
    state.main_body(document)
    state.conclusions(document)
    state.leftover_notes()
    state.meta(meta, markup_date)
    return root
