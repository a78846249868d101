"""The model of a resolution or draft resolution: header, paragraphs, footnotes, citations."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from ._common import Diagnostic, Source

__all__ = [
    "Annex",
    "Citation",
    "Footnote",
    "Paragraph",
    "Part",
    "Resolution",
    "Sponsor",
    "Subparagraph",
]


class Part(str, enum.Enum):
    """The part of a resolution a footnote's marker or a citation stands in (its value is the
    word JSON holds: ``"preamble"``)."""

    HEADER = "header"
    TITLE = "title"
    PREAMBLE = "preamble"
    OPERATIVE = "operative"
    ANNEX = "annex"
    FOOTNOTE = "footnote"

    def __repr__(self) -> str:
        return repr(self.value)  # shown as the word it equals: 'preamble'

    def __str__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)


def _part(value: Part | str | None) -> Part | None:
    """A part from its value ("preamble"), for fields that take either."""
    return None if value is None else Part(value)


@attrs.frozen
class Subparagraph:
    """A lettered or numbered sub-paragraph ("(a)", "(i)", a bullet "•"), possibly nested;
    ``marker`` is the mark as the language prints it ("a)", "（a）", "㈠", "(أ)").

    >>> sub = Subparagraph("(a)", "To meet:", (Subparagraph("(i)", "in New York;"),))
    >>> sub.subparagraphs[0].marker
    '(i)'
    """

    marker: str
    text: str
    subparagraphs: tuple[Subparagraph, ...] = ()
    #: The sub-heading it stands under inside its paragraph ("Protection and security").
    heading: str | None = None


@attrs.frozen
class Paragraph:
    """A preambular or operative paragraph.

    ``number`` is the operative number (``None`` for preambular paragraphs); ``lead`` the
    opening words in italics ("Rappelant également", "Requests"), or the italic verb after the
    clause a paragraph opens with ("Pending …, urges") or after a decision's letter ("(a)
    Approves"); ``text`` the whole paragraph
    including its lead, clean of markup and footnote marks (its sub-paragraphs apart);
    ``footnotes`` the markers of the footnotes it calls, in order; ``section`` the heading it
    stands under, if any; ``annex`` the title of the text a resolution adopts ("United Nations
    Millennium Declaration") when the paragraph belongs to it; ``line`` the input line where
    the paragraph starts.

    >>> Paragraph(number=8, lead="Requests", text="Requests the Secretary-General ...").number
    8
    """

    text: str
    number: int | None = None
    lead: str | None = None
    subparagraphs: tuple[Subparagraph, ...] = ()
    footnotes: tuple[str, ...] = ()
    section: str | None = None
    annex: str | None = None
    line: int | None = None


@attrs.frozen
class Annex:
    """A text a resolution adopts or annexes (a declaration, rules of procedure, a programme
    of work, a schedule): never among the resolution's operative paragraphs.

    ``label`` is the word that heads it as printed ("Annex", "Annex II"), ``None`` for a text
    adopted in the body ("Adopts the following Declaration:"); ``title`` its own title;
    ``headings`` the headings inside it in order ("I. Values and principles"); ``paragraphs``
    its paragraphs with their own numbers (``None`` where unnumbered) and the heading each
    stands under in ``section``.

    >>> annex = Annex("Annex", "Rules of procedure", ("I. Sessions",),
    ...               (Paragraph("The Conference shall meet once a year.", number=1,
    ...                          section="I. Sessions"),))
    >>> annex.title, [p.number for p in annex.paragraphs]
    ('Rules of procedure', [1])
    """

    label: str | None = None
    title: str | None = None
    headings: tuple[str, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()


@attrs.frozen
class Footnote:
    """A footnote: its ``marker`` ("1", "*") and its text; ``part`` and ``paragraph`` say
    where its marker first stands (``"preamble"``, 0-based index) when it was found; a note
    called from the sponsors' line has ``part="header"`` and no paragraph.

    >>> Footnote(marker="1", text="A/79/302-S/2024/600.", part="preamble", paragraph=0).text
    'A/79/302-S/2024/600.'
    """

    marker: str
    text: str
    part: Part | None = attrs.field(default=None, converter=_part)
    paragraph: int | None = None


@attrs.frozen
class Citation:
    """A document a text cites: the canonical ``symbol``, the words as written, and where.

    ``part`` is the :class:`Part` the words stand in; ``paragraph`` the 0-based index of the
    paragraph in that part, ``footnote`` the marker of the footnote (``part`` is then
    ``Part.FOOTNOTE``); ``offset`` the character offset of ``text`` in that paragraph or
    footnote; ``date`` the date the text gives for it.

    >>> import datetime as dt
    >>> cited = Citation("A/RES/59/50", "59/50 du 2 décembre 2004", "preamble", 2,
    ...                  date=dt.date(2004, 12, 2))
    >>> cited.part is Part.PREAMBLE, cited.paragraph, cited.footnote
    (True, 2, None)
    """

    symbol: str
    text: str
    part: Part | None = attrs.field(default=None, converter=_part)
    paragraph: int | None = None
    offset: int | None = None
    date: dt.date | None = None
    footnote: str | None = None


@attrs.frozen
class Sponsor:
    """A sponsor of a draft: the name as printed and its ISO 3166-1 alpha-3 code.

    >>> Sponsor("Kirghizistan", "KGZ")
    Sponsor(name='Kirghizistan', country_code='KGZ')
    """

    name: str
    country_code: str | None = None


@attrs.frozen
class Resolution:
    """A resolution or draft resolution of the General Assembly or the Security Council.

    ``symbol`` is canonical ("A/RES/79/10"), ``None`` for a draft whose text lacks it (then
    ``symbol_inferred`` may tell where a symbol given later came from). ``drafts`` are the draft
    symbols an adopted text names; ``adoption`` the adoption line as printed, ``adopted_on``
    its date and ``meeting`` the meeting it names ("40th plenary meeting"); ``header`` the
    lines of the heading as printed (symbol, distribution, date, session, agenda item...) and
    ``closing`` the lines after the last paragraph ("40th plenary meeting", its date);
    ``annexes`` the texts it adopts or annexes.
    ``kind`` is ``"resolution"`` (a resolution or draft resolution) or ``"decision"`` (a
    decision or draft decision, programmes of work included: no preamble, its text in
    ``operative``, unnumbered unless printed with numbers).

    >>> recalling = Paragraph("Recalling its resolution 59/50,", lead="Recalling",
    ...                       footnotes=("1",))
    >>> decides = Paragraph("Decides to meet again.", number=1, lead="Decides")
    >>> resolution = Resolution(symbol="A/RES/1/1", preamble=(recalling,), operative=(decides,),
    ...                         citations=(Citation("A/RES/59/50", "59/50", "preamble", 0),))
    >>> [p.lead for p in resolution.paragraphs], resolution.cited_symbols()
    (['Recalling', 'Decides'], ('A/RES/59/50',))
    """

    symbol: str | None
    body: str | None = None
    session: int | None = None
    year: int | None = None
    date: dt.date | None = None
    draft: bool = False
    agenda_item: str | None = None
    agenda_title: str | None = None
    title: str | None = None
    sponsors: tuple[Sponsor, ...] = ()
    language: str | None = None
    original_language: str | None = None
    distribution: str | None = None
    enacting_formula: str | None = None
    preamble: tuple[Paragraph, ...] = ()
    operative: tuple[Paragraph, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    citations: tuple[Citation, ...] = ()
    drafts: tuple[str, ...] = ()
    committee: str | None = None
    adoption: str | None = None
    adopted_on: dt.date | None = None
    meeting: str | None = None
    job_number: str | None = None
    symbol_inferred: str | None = None
    header: tuple[str, ...] = ()
    closing: tuple[str, ...] = ()
    source: Source | None = None
    diagnostics: tuple[Diagnostic, ...] = ()
    kind: str = "resolution"
    #: The texts it adopts or annexes, in order (see :class:`Annex`).
    annexes: tuple[Annex, ...] = ()

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """Preambular then operative paragraphs (the annexes' paragraphs apart)."""
        return self.preamble + self.operative

    @property
    def annex_paragraphs(self) -> tuple[Paragraph, ...]:
        """The paragraphs of every annex, in order: a footnote placed in part ``"annex"``
        gives its index here."""
        return tuple(p for annex in self.annexes for p in annex.paragraphs)

    def cited_symbols(self) -> tuple[str, ...]:
        """The distinct symbols this text cites, in order of first citation."""
        return tuple(dict.fromkeys(c.symbol for c in self.citations))
