"""Units → preambular and operative paragraphs with leads, sub-paragraphs, sections,
footnotes, and the annexes: the texts a resolution adopts or annexes.

An annex opens at a line "Annex" (or "Annex II") after the last operative paragraph, or
after a paragraph that adopts a text printed in the body ("Adopts the following
Declaration:", A/RES/55/2). Its first heading is its title, the next ones its headings; its
paragraphs keep their own numbers and never count among the operative paragraphs.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

import attrs

from ..accounting import Carried
from ..citations import parse_date
from ..model import Annex, Diagnostic, Footnote, Paragraph, Severity
from ..words._resolution import ResolutionPhrases
from ._body import Segmented
from ._inline import split_inline
from ._leads import (
    is_operative_lead,
    italic_lead,
    lead_after_clause,
    opens_with_lead,
    read_lead,
    read_lead_after_clause,
)
from ._markers import MarkerScanner
from ._sub_marks import SubMarks, sub_marks
from ._subparagraphs import Sub, attach_sub
from ._text import MARK_CLOSE, MARK_OPEN, NOTE_MARK, SUPERSCRIPT_RE, TERMINAL, Unit, claim, fold
from ._unit_starts import BULLET_RE, SUB_RE

__all__ = ["Body", "build_body"]

_NOTE_MARK = re.compile(rf"^(?:{MARK_OPEN}[^{MARK_CLOSE}]*{MARK_CLOSE}|{NOTE_MARK})\s*")
#: What joins the levels of a section heading ("Part VI … / Section 26 …").
_LEVELS = " / "


@attrs.define
class _Para:
    text: str
    number: int | None
    lead: str | None
    section: str | None
    annex: str | None
    line: int
    footnotes: list[str] = attrs.Factory(list)
    subs: list[Sub] = attrs.Factory(list)

    def freeze(self) -> Paragraph:
        return Paragraph(
            text=self.text,
            number=self.number,
            lead=self.lead,
            subparagraphs=tuple(s.freeze() for s in self.subs),
            footnotes=tuple(self.footnotes),
            section=self.section,
            annex=self.annex,
            line=self.line,
        )


@attrs.define
class _AnnexDraft:
    label: str | None
    title: str | None = None
    headings: list[str] = attrs.Factory(list)
    paragraphs: list[_Para] = attrs.Factory(list)

    @property
    def name(self) -> str:
        """What its paragraphs carry in ``annex``: "Annex: <title>", or the title alone for
        a text adopted in the body."""
        if self.label and self.title:
            return f"{self.label}: {self.title}"
        return self.title or self.label or ""

    def freeze(self) -> Annex:
        return Annex(
            label=self.label,
            title=self.title,
            headings=tuple(self.headings),
            paragraphs=tuple(p.freeze() for p in self.paragraphs),
        )


@attrs.define
class Body:
    """What the body holds once assembled."""

    preamble: list[Paragraph] = attrs.Factory(list)
    operative: list[Paragraph] = attrs.Factory(list)
    annexes: list[Annex] = attrs.Factory(list)
    footnotes: list[Footnote] = attrs.Factory(list)
    meeting: str | None = None
    meeting_date: dt.date | None = None
    closing: list[str] = attrs.Factory(list)
    diagnostics: list[Diagnostic] = attrs.Factory(list)
    #: The nothing-lost check's claims: pieces of the parse that are lines of the input.
    carried: list[Carried] = attrs.Factory(list)


def build_body(
    segmented: Segmented,
    phrases: ResolutionPhrases,
    markers: list[str],
    *,
    source: str,
    plain_marks: bool = True,
) -> Body:
    """Assemble paragraphs, annexes and footnotes from the body's units."""
    units = split_inline(segmented.units, sub_marks(phrases))
    notes = _footnote_texts(units)
    order = list(dict.fromkeys([*markers, *(marker for marker, _, _ in notes)]))
    assembler = _Assembler(phrases, source, MarkerScanner(markers=order, plain=plain_marks))
    body_units = [u for u in units if u.kind != "footnote"]
    # When the operative paragraphs are numbered, a paragraph with an operative verb but the
    # comma of a preambular one ("Reiterates its appreciation …,") stays in the preamble.
    own = itertools.takewhile(lambda u: u.kind != "annex", body_units)
    assembler.numbered = any(u.kind == "op" for u in own)
    for position, unit in enumerate(body_units):
        following = body_units[position + 1] if position + 1 < len(body_units) else None
        assembler.feed(unit, following)
    for _, text, unit in notes:
        assembler._claim(unit, text)
    return assembler.finish(notes, markers)


def _footnote_texts(units: list[Unit]) -> list[tuple[str, str, Unit]]:
    """Each footnote's marker and text (its mark taken off, marks inside kept as plain
    text), in order; a marker printed twice gives two notes."""
    notes: list[tuple[str, str, Unit]] = []
    for unit in units:
        if unit.kind == "footnote" and unit.label is not None:
            text = _NOTE_MARK.sub("", unit.text)
            text = " ".join(SUPERSCRIPT_RE.sub(lambda m: m[0][1:-1], text).split())
            notes.append((unit.label, text, unit))
    return notes


@attrs.define
class _Assembler:
    """Walks the body's units in order, knowing where it stands: preamble, operative part or
    an annex, under which section and sub-heading, after which paragraph."""

    phrases: ResolutionPhrases
    source: str
    scanner: MarkerScanner
    body: Body = attrs.Factory(Body)
    part: str = "preamble"
    current: _Para | None = None
    section: str | None = None
    sub_heading: str | None = None
    #: Whether the resolution is cut into numbered sections (their preambles carry them).
    sections: bool = False
    #: Whether its operative paragraphs are numbered (then a number opens the operative part).
    numbered: bool = False
    annexes: list[_AnnexDraft] = attrs.Factory(list)
    paragraphs: dict[str, list[_Para]] = attrs.Factory(
        lambda: {"preamble": [], "operative": [], "annex": []}
    )
    #: Where each footnote mark first stands: (part, index in the part).
    placed: dict[str, tuple[str, int]] = attrs.Factory(dict)
    #: Footnote marks of headings no paragraph stands under yet: the next one calls them.
    heading_marks: list[tuple[str, int]] = attrs.Factory(list)
    #: Whether the body heading in ``section`` has no paragraph under it yet.
    heading_open: bool = False

    @property
    def annex(self) -> _AnnexDraft | None:
        """The annex being read, if any."""
        return self.annexes[-1] if self.part == "annex" and self.annexes else None

    def feed(self, unit: Unit, following: Unit | None) -> None:
        """Take one unit of the body (``following`` is the next, for headings)."""
        if unit.kind == "end":
            self._closing(unit)
            return
        sub = sub_marks(self.phrases)
        text, marks = self.scanner.take(_strip_prefix(unit, unit.text, sub))
        if unit.kind == "annex":  # "Annex", and its title when printed close under it
            label, *title = text.split(" ", 1) if len(unit.lines) > 1 else (text,)
            if title and not title[0].startswith(unit.lines[1].text[:3]):
                label, title = text, []
            self._open_annex(label)
            if self.annexes[-1] is not None and title:
                self.annexes[-1].title = title[0]
        elif unit.kind == "section":
            self._section(text, numbered=True)
        elif self._annex_title(unit, text):
            assert self.annex is not None
            self.annex.title = text
        elif (
            unit.kind == "para"
            and _heading_like(text, following)
            and italic_lead(unit, text) is None  # a paragraph whose punctuation is missing
            and not opens_with_lead(text, self.phrases)  # (in text without typography)
            and not self._row(unit, text, following)
        ):
            if self._heading(unit, text, following):
                self.heading_marks += marks
            else:  # no heading after all: its words stay in the body, as a paragraph
                self._paragraph(unit, text, marks, said=True)
        elif unit.kind in ("sub", "bullet", "item") and self.current is not None:
            attach_sub(self.current.subs, unit, text, self.sub_heading, sub)
            self._claim(unit, text)
            self._record(marks, self.current)
        elif (items := self._list_items(unit, text)) is not None:
            # Items a numbered paragraph (or its sub-paragraph) sets out without marks ("as
            # follows:" / "Monday, 9 June: from 9 a.m. …"): sub-paragraphs, empty marker.
            assert self.current is not None
            items.append(Sub(marker="", text=text))
            self._claim(unit, text)
            self._record(marks, self.current)
        elif self._annex_continuation(unit):
            # "We resolve therefore:" on a line of its own belongs to the numbered paragraph.
            assert self.current is not None
            self.current.text = f"{self.current.text} {text}"
            self._record(marks, self.current)
        else:
            self._paragraph(unit, text, marks)

    def _closing(self, unit: Unit) -> None:
        texts = [c.text for c in unit.lines]
        self.body.closing.extend(texts)
        self.body.meeting = texts[0]
        for extra in texts[1:]:
            date = parse_date(extra)
            if date is not None and self.body.meeting_date is None:
                self.body.meeting_date = date
            else:
                self.body.diagnostics.append(_diag("unrecognised-line", extra, unit, self.source))

    def _open_annex(self, label: str | None) -> None:
        self.annexes.append(_AnnexDraft(label=label))
        self.part, self.section, self.sub_heading, self.current = "annex", None, None, None

    def _section(self, text: str, *, numbered: bool = False) -> None:
        self.section, self.sub_heading = text, None
        if self.annex is not None:
            self.annex.headings.append(text)
        elif numbered:
            # A numbered section of a resolution (the budget's "I Umoja", "II …") opens with
            # its own preamble, then its own operative paragraphs from 1.
            self.sections, self.part = True, "preamble"

    def _heading(self, unit: Unit, text: str, following: Unit | None) -> bool:
        """Take a heading-like line as what it heads; ``False`` when it heads nothing (it is
        then kept as a paragraph): nothing stands under it, or it repeats the heading that
        still waits for its paragraph (a line printed twice)."""
        annex = self.annex
        if self.heading_open and self.section and self.section.split(" / ")[-1] == text:
            return False
        if (
            self.current is not None
            and following is not None
            and following.kind in ("sub", "bullet")
            and self.part == "operative"
        ):
            self.sub_heading = text
        elif annex is not None:
            self._section(text)
        elif following is not None and following.kind in ("end", "annex"):
            # Nothing stands under it: said, and kept as a paragraph.
            self.body.diagnostics.append(_diag("unexpected-heading", text, unit, self.source))
            return False
        else:
            self.section = _heading_path(self.section, text, under=self.heading_open)
            self.heading_open = True
        return True

    def _annex_title(self, unit: Unit, text: str) -> bool:
        """The first unit of an annex, unpunctuated however long: its title."""
        annex = self.annex
        return (
            annex is not None
            and unit.kind == "para"
            and annex.title is None
            and not annex.paragraphs
            and not text.endswith(TERMINAL)
        )

    def _list_items(self, unit: Unit, text: str) -> list[Sub] | None:
        """The list an unmarked, lead-less unit is an item of, if the paragraph before set
        one out (its text, or its last sub-paragraph's, ends with a colon)."""
        current = self.current
        if unit.kind != "para" or self.part != "operative" or current is None:
            return None
        if current.number is None or read_lead(text, self.phrases, self.part) is not None:
            return None
        last = current.subs[-1] if current.subs else None
        if last is None:
            return current.subs if current.text.endswith(":") else None
        if last.marker == "":
            return current.subs
        if last.text.endswith(":") or (last.children and last.children[-1].marker == ""):
            return last.children
        return None

    def _row(self, unit: Unit, text: str, following: Unit | None) -> bool:
        """An unpunctuated unit under a paragraph that sets out a list or table ("as set out
        in the table below:"): a row of it, unless marked sub-paragraphs follow it (then it
        is their sub-heading)."""
        before_subs = following is not None and following.kind in ("sub", "bullet")
        return not before_subs and self._list_items(unit, text) is not None

    def _annex_continuation(self, unit: Unit) -> bool:
        current = self.current
        return (
            self.annex is not None
            and unit.kind != "op"
            and current is not None
            and current.number is not None
            and not current.subs
        )

    def _paragraph(
        self, unit: Unit, text: str, marks: list[tuple[str, int]], *, said: bool = False
    ) -> None:
        """A paragraph of the current part; ``said`` when a diagnostic already names it."""
        number = int(unit.label or 0) if unit.kind == "op" else None
        if self.part == "preamble" and (
            number is not None
            or (  # (the comma first: most preambular paragraphs end with one, and are
                # then not read for an operative verb)
                not (self.numbered and text.endswith(",")) and is_operative_lead(text, self.phrases)
            )
        ):
            self.part = "operative"
            if not self.sections and not self.heading_open:
                self.section = None  # a heading of the preamble does not head the operative part
        annex = self.annex
        lead = (
            italic_lead(unit, text)
            or read_lead(text, self.phrases, self.part)
            or lead_after_clause(unit, text)
            or (read_lead_after_clause(text, self.phrases) if annex is None else None)
        )
        if said:
            pass
        elif number is None and self.part == "operative" and self.paragraphs["operative"]:
            self.body.diagnostics.append(
                _diag("unnumbered-paragraph", text[:60], unit, self.source)
            )
        elif lead is None and annex is None:
            self.body.diagnostics.append(
                _diag("unknown-lead", text[:60], unit, self.source, info=True)
            )
        self.current = _Para(
            text=text,
            number=number,
            lead=lead,
            section=self.section,
            annex=annex.name if annex is not None else None,
            line=unit.first.line.number,
        )
        self.sub_heading, self.heading_open = None, False
        self._claim(unit, text)
        self.paragraphs[self.part].append(self.current)
        if annex is not None:
            annex.paragraphs.append(self.current)
        self._record(marks, self.current)
        if text.endswith(":") and re.search(self.phrases.adopts_following, fold(text)):
            self._open_annex(None)  # the text adopted follows in the body

    def _claim(self, unit: Unit, text: str) -> None:
        """Tell the nothing-lost check that ``text``, kept whole, is ``unit``'s lines."""
        found = claim(unit, text)
        if found is not None:
            self.body.carried.append(found)

    def _record(self, marks: list[tuple[str, int]], para: _Para) -> None:
        if not marks and not self.heading_marks:
            return  # no footnote mark to place
        # By identity, from the end (the paragraph is nearly always the last): ``list.index``
        # compared paragraphs field by field, slow on long texts and wrong for two equal ones.
        # It stands in the part being read, or, for a sub-paragraph printed under a section's
        # heading before the section's own paragraphs, in the part before.
        place = None
        for part in (self.part, *(p for p in self.paragraphs if p != self.part)):
            paragraphs = self.paragraphs[part]
            index = next(
                (i for i in range(len(paragraphs) - 1, -1, -1) if paragraphs[i] is para), None
            )
            if index is not None:
                place = part, index
                break
        marks, self.heading_marks = [*self.heading_marks, *marks], []  # the text under a heading
        for marker, _ in marks:
            para.footnotes.append(marker)
            if place is not None:
                self.placed.setdefault(marker, place)

    def finish(self, notes: list[tuple[str, str, Unit]], markers: list[str]) -> Body:
        """The body, with each footnote placed where its mark first stands."""
        body = self.body
        seen: set[str] = set()
        for marker, text, unit in notes:
            if marker in seen:
                body.diagnostics.append(
                    _diag(
                        "duplicate-footnote", f"footnote {marker} printed twice", unit, self.source
                    )
                )
            where = self.placed.get(marker) if marker not in seen else None
            seen.add(marker)
            body.footnotes.append(
                Footnote(
                    marker=marker,
                    text=text,
                    part=where[0] if where else None,
                    paragraph=where[1] if where else None,
                )
            )
            if where is None and marker not in markers and marker not in self.placed:
                body.diagnostics.append(
                    _diag(
                        "unplaced-footnote", f"no mark calls footnote {marker}", unit, self.source
                    )
                )
        body.preamble = [p.freeze() for p in self.paragraphs["preamble"]]
        body.operative = [p.freeze() for p in self.paragraphs["operative"]]
        body.annexes = [a.freeze() for a in self.annexes]
        return body


def _heading_path(current: str | None, heading: str, *, under: bool) -> str:
    """The section a body heading opens: in place of the level of ``current`` it repeats
    ("Section 27 …" after "Part VI … / Section 26 …"), else under ``current`` when it follows
    that heading directly (``under``: the budget's "Part VI Human rights and humanitarian
    affairs / Section 26 Palestine refugees"), else alone.

    >>> _heading_path("Part VI Human rights / Section 26 Refugees", "Section 27 Aid", under=False)
    'Part VI Human rights / Section 27 Aid'
    >>> _heading_path("Part VI Human rights", "Section 26 Refugees", under=True)
    'Part VI Human rights / Section 26 Refugees'
    >>> _heading_path("Final report", "Scope", under=False)
    'Scope'
    """
    levels = current.split(_LEVELS) if current else []
    first = heading.split(" ", 1)[0]
    for index, level in enumerate(levels):
        if level.split(" ", 1)[0] == first:
            return _LEVELS.join([*levels[:index], heading])
    return _LEVELS.join([*levels, heading]) if under else heading


def _heading_like(text: str, following: Unit | None) -> bool:
    """A unit without final punctuation, with text after it: a heading, short, or of any
    length when a numbered paragraph follows it ("Financing of the support account … 2025")."""
    if following is None or text.endswith(TERMINAL):
        return False
    return len(text) < 150 or (following.kind == "op" and len(text) < 400)


def _strip_prefix(unit: Unit, text: str, sub: SubMarks) -> str:
    if unit.kind in ("op", "item"):  # "25. Condemns", "25 Condemns" printed without its stop
        number = str(unit.label)  # (digits: what the segmenter read)
        if not text.startswith(number):
            return text
        rest = text[len(number) :]
        # Its stop (or the Arabic prints' " -"), then white space (``str.lstrip`` and re's \s
        # agree on what that is).
        if rest[:1] == ".":
            return rest[1:].lstrip()
        return (rest[2:] if rest[:2] == " -" else rest).lstrip()
    if unit.kind == "sub":  # the language's mark ("(a)", "a)", "(أ)")
        mark = sub.at_start(text)
        return text[mark.end() :] if mark else SUB_RE.sub("", text, count=1)
    if unit.kind == "bullet":
        return BULLET_RE.sub("", text, count=1)
    return text


def _diag(code: str, text: str, unit: Unit, source: str, *, info: bool = False) -> Diagnostic:
    return Diagnostic(
        code=code,
        message=f"{code.replace('-', ' ')}: {text!r}",
        line=unit.first.line.number,
        page=unit.first.page,
        source=source,
        severity=Severity.INFO if info else Severity.WARNING,
    )
