"""Units → preambular and operative paragraphs with leads, sub-paragraphs, sections, footnotes.

Declarations adopted by a resolution ("Adopts the following Declaration:", A/RES/55/2) are
kept in ``operative`` after the adopting paragraph: each of their paragraphs carries the
declaration's title in ``annex`` and its roman-numbered heading in ``section``, with the
declaration's own numbers.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from ..citations import parse_date
from ..model import Diagnostic, Footnote, Paragraph, Subparagraph
from ._body import BULLET_RE, OPERATIVE_RE, SUB_RE, Segmented
from ._markers import MarkerScanner
from ._phrases import Phrases
from ._text import MARK_CLOSE, MARK_OPEN, Unit, fold

__all__ = ["Body", "build_body", "opens_paragraph"]

_ROMAN_LABEL = re.compile(r"^[ivxl]+$")
_ANNEX_WORD = re.compile(r"^(?:annex|annexe)(?:\s+[ivxl]+)?$")
_MARKS = re.compile(f"{MARK_OPEN}.*?{MARK_CLOSE}")


@attrs.define
class _Sub:
    marker: str
    text: str
    heading: str | None = None
    children: list[_Sub] = attrs.Factory(list)

    def freeze(self) -> Subparagraph:
        return Subparagraph(
            marker=self.marker,
            text=self.text,
            subparagraphs=tuple(c.freeze() for c in self.children),
            heading=self.heading,
        )


@attrs.define
class _Para:
    text: str
    number: int | None
    lead: str | None
    section: str | None
    annex: str | None
    line: int
    footnotes: list[str] = attrs.Factory(list)
    subs: list[_Sub] = attrs.Factory(list)

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
class Body:
    """What the body holds once assembled."""

    preamble: list[Paragraph] = attrs.Factory(list)
    operative: list[Paragraph] = attrs.Factory(list)
    footnotes: list[Footnote] = attrs.Factory(list)
    meeting: str | None = None
    meeting_date: dt.date | None = None
    closing: list[str] = attrs.Factory(list)
    diagnostics: list[Diagnostic] = attrs.Factory(list)


def _italic_lead(unit: Unit, text: str) -> str | None:
    for clean in unit.lines[:2]:
        for start, end in clean.italics:
            candidate = " ".join(_MARKS.sub("", clean.text[start:end]).split()).rstrip(",")
            if candidate and text.startswith(candidate) and len(candidate) < 80:
                return candidate
    return None


def _table_lead(text: str, leads: tuple[str, ...], suffixes: tuple[str, ...]) -> str | None:
    folded = fold(text)
    best: str | None = None
    for lead in leads:
        key = fold(lead)
        if not folded.startswith(key):
            continue
        whole_word = len(folded) == len(key) or not folded[len(key)].isalnum()
        if whole_word and (best is None or len(key) > len(best)):
            best = text[: len(key)]
    if best is not None:
        return best
    word = re.match(r"[^\W\d_][\w'-]*", text)
    if word and word[0][:1].isupper() and word[0].lower().endswith(suffixes):
        return word[0]
    return None


def opens_paragraph(text: str, phrases: Phrases) -> bool:
    """True when a line starts with a lead of the tables ("Recalling", "Decides"): in a text
    without blank lines or indents, that and the end of the previous sentence start a
    paragraph."""
    folded = fold(text)
    return any(
        folded.startswith(fold(lead)) and not folded[len(lead) : len(lead) + 1].isalnum()
        for lead in (*phrases.preamble_leads, *phrases.operative_leads)
    )


def _is_operative_lead(text: str, phrases: Phrases) -> bool:
    """True when a paragraph without a number opens with an operative verb."""
    folded = fold(text)
    if any(folded.startswith(fold(lead) + " ") for lead in phrases.preamble_leads):
        return False
    return any(folded.startswith(fold(lead) + " ") for lead in phrases.operative_leads)


def build_body(
    segmented: Segmented,
    phrases: Phrases,
    markers: list[str],
    *,
    source: str,
    plain_marks: bool = True,
) -> Body:
    """Assemble paragraphs and footnotes from the body's units."""
    body = Body()
    units = _split_inline(segmented.units)
    notes: dict[str, tuple[str, Unit]] = {}
    for unit in units:
        if unit.kind == "footnote" and unit.label is not None:
            text = re.sub(r"^(?:\ue000[^\ue001]*\ue001|\*{1,3}|\d{1,2})\s*", "", unit.text)
            text = " ".join(_MARKS.sub(lambda m: m[0][1:-1], text).split())
            if unit.label in notes:  # the same mark twice (a repeated line): both kept
                first_text, first_unit = notes[unit.label]
                notes[unit.label] = (f"{first_text} {unit.label} {text}", first_unit)
            else:
                notes[unit.label] = (text, unit)
    order = [*markers, *notes]
    scanner = MarkerScanner(markers=list(dict.fromkeys(order)), plain=plain_marks)
    placed: dict[str, tuple[str, int]] = {}
    part = "preamble"
    current: _Para | None = None
    annex: str | None = None
    section: str | None = None
    sub_heading: str | None = None
    unclaimed = False  # an unexpected heading that no paragraph has taken yet
    adopting = False
    preamble: list[_Para] = []
    operative: list[_Para] = []
    body_units = [u for u in units if u.kind != "footnote"]
    for position, unit in enumerate(body_units):
        following = body_units[position + 1] if position + 1 < len(body_units) else None
        raw = unit.text
        if unit.kind == "end":
            texts = [c.text for c in unit.lines]
            body.closing.extend(texts)
            body.meeting = texts[0]
            for extra in texts[1:]:
                date = parse_date(extra)
                if date is not None and body.meeting_date is None:
                    body.meeting_date = date
                else:
                    body.diagnostics.append(_diag("unrecognised-line", extra, unit, source))
            continue
        stripped = _strip_prefix(unit, raw)
        text, marks = scanner.take(stripped)
        if unit.kind == "annex":
            # The annex's title is the heading that follows "Annex"; until then, "Annex".
            annex, section, adopting, part = text, None, True, "operative"
            continue
        if unit.kind == "section":
            section, sub_heading = text, None
            if adopting or annex is not None:
                part = "operative"
            continue
        heading_like = (
            unit.kind == "para"
            and following is not None
            and not text.endswith((",", ";", ":", ".", "!", "?"))
            and len(text) < 150
        )
        if heading_like:
            if (
                current is not None
                and following is not None
                and following.kind in ("sub", "bullet")
                and part == "operative"
            ):
                sub_heading = text
            elif adopting and (annex is None or _ANNEX_WORD.match(fold(annex))):
                annex = text if annex is None else f"{annex}: {text}"
                section = None
            elif adopting or annex is not None:
                section = text
            else:
                body.diagnostics.append(_diag("unexpected-heading", text, unit, source))
                if not unclaimed:
                    section, unclaimed = text, True
                    continue
                # The last heading still waits for a paragraph to record it: this line
                # would replace it (a line printed twice), so it is a paragraph instead.
                heading_like = False
            if heading_like:
                continue
        if unit.kind in ("sub", "bullet") and current is not None:
            _attach(current, unit, text, sub_heading)
            _record(marks, current, part, preamble, operative, placed)
            continue
        if unit.kind == "op":
            number = int(unit.label or 0)
            part = "operative"
        else:
            number = None
            if part == "preamble" and _is_operative_lead(text, phrases):
                part = "operative"
        if (
            annex is not None
            and number is None
            and current is not None
            and current.annex == annex
            and current.number is not None
            and not current.subs
        ):
            # "We resolve therefore:" on a line of its own belongs to the numbered paragraph.
            current.text = f"{current.text} {text}"
            _record(marks, current, part, preamble, operative, placed)
            continue
        leads = phrases.preamble_leads if part == "preamble" else phrases.operative_leads
        suffixes = phrases.preamble_suffixes if part == "preamble" else phrases.operative_suffixes
        if annex is not None:  # the text adopted speaks for itself: "We reaffirm", "Commit"
            leads, suffixes = phrases.annex_leads, ()
        lead = _italic_lead(unit, text) or _table_lead(text, leads, suffixes)
        if number is None and part == "operative" and operative and not adopting and annex is None:
            body.diagnostics.append(_diag("unnumbered-paragraph", text[:60], unit, source))
        elif lead is None and annex is None and not adopting:
            body.diagnostics.append(_diag("unknown-lead", text[:60], unit, source, info=True))
        current = _Para(
            text=text,
            number=number,
            lead=lead,
            section=section if (annex is not None or part == "operative") else None,
            annex=annex,
            line=unit.first.line.number,
        )
        sub_heading = None
        unclaimed = unclaimed and current.section is None  # recorded: no longer waiting
        (preamble if part == "preamble" else operative).append(current)
        _record(marks, current, part, preamble, operative, placed)
        if re.search(phrases.adopts_following, fold(text)) and text.endswith(":"):
            adopting = True
    for marker, (text, unit) in notes.items():
        where = placed.get(marker)
        body.footnotes.append(
            Footnote(
                marker=marker,
                text=text,
                part=where[0] if where else None,
                paragraph=where[1] if where else None,
            )
        )
        if where is None and marker not in markers:
            body.diagnostics.append(
                _diag("unplaced-footnote", f"no mark calls footnote {marker}", unit, source)
            )
    body.preamble = [p.freeze() for p in preamble]
    body.operative = [p.freeze() for p in operative]
    return body


def _record(
    marks: list[tuple[str, int]],
    para: _Para,
    part: str,
    preamble: list[_Para],
    operative: list[_Para],
    placed: dict[str, tuple[str, int]],
) -> None:
    paragraphs = preamble if part == "preamble" else operative
    # By identity, from the end (the paragraph is nearly always the last): ``list.index``
    # compared paragraphs field by field, slow on long texts and wrong for two equal ones.
    index = next(i for i in range(len(paragraphs) - 1, -1, -1) if paragraphs[i] is para)
    for marker, _ in marks:
        para.footnotes.append(marker)
        placed.setdefault(marker, (part, index))


def _attach(para: _Para, unit: Unit, text: str, heading: str | None) -> None:
    label = unit.label or "•"
    sub = _Sub(
        marker=f"({label})" if unit.kind == "sub" else label,
        text=text,
        heading=heading if unit.kind == "sub" else None,
    )
    if unit.kind == "bullet":
        lettered = bool(para.subs) and para.subs[-1].marker.startswith("(")
        target = para.subs[-1].children if lettered else para.subs
        target.append(sub)
        return
    last = para.subs[-1] if para.subs else None
    nested = (
        last is not None
        and _ROMAN_LABEL.match(label)
        and not (label == "i" and last.marker == "(h)")
        and not (len(label) == 1 and last.marker == f"({chr(ord(label) - 1)})")
    )
    if nested and last is not None:
        last.children.append(sub)
    else:
        para.subs.append(sub)


def _strip_prefix(unit: Unit, text: str) -> str:
    if unit.kind == "op":
        return OPERATIVE_RE.sub("", text, count=1)
    if unit.kind == "sub":
        return SUB_RE.sub("", text, count=1)
    if unit.kind == "bullet":
        return BULLET_RE.sub("", text, count=1)
    return text


def _diag(code: str, text: str, unit: Unit, source: str, *, info: bool = False) -> Diagnostic:
    from ..model import Severity

    return Diagnostic(
        code=code,
        message=f"{code.replace('-', ' ')}: {text!r}",
        line=unit.first.line.number,
        page=unit.first.page,
        source=source,
        severity=Severity.INFO if info else Severity.WARNING,
    )


_INLINE_SUB = re.compile(r"(?<=[:;]) \((?P<l>[a-z])\) (?=\S)")
_INLINE_OP = re.compile(r"(?<=[;.]) (?P<n>\d{1,3})\. (?=[A-Z])")


def _split_inline(units: list[Unit]) -> list[Unit]:
    """Paragraphs and sub-paragraphs run together on one line ("…: (a) To promote …; (b) …;
    9. Calls upon …") are cut where the next letter or the next number stands."""
    out: list[Unit] = []
    last_number = 0
    for unit in units:
        if unit.kind != "op" and unit.kind != "para":
            out.append(unit)
            continue
        if unit.kind == "op":
            last_number = int(unit.label or 0)
        text = unit.text
        cuts: list[tuple[int, str, str]] = []
        letter = "a"
        number = last_number + 1
        for match in sorted(
            [*_INLINE_SUB.finditer(text), *_INLINE_OP.finditer(text)], key=lambda m: m.start()
        ):
            if match.groupdict().get("l") == letter:
                cuts.append((match.start() + 1, "sub", letter))
                letter = chr(ord(letter) + 1)
            elif match.groupdict().get("n") == str(number):
                cuts.append((match.start() + 1, "op", str(number)))
                number += 1
                letter = "a"
        if not cuts:
            out.append(unit)
            continue
        bounds = [0] + [c[0] for c in cuts] + [len(text)]
        kinds = [(unit.kind, unit.label)] + [(c[1], c[2]) for c in cuts]
        for (kind, label), start, end in zip(kinds, bounds, bounds[1:], strict=False):
            piece = text[start:end].strip()
            first = attrs.evolve(
                unit.first, text=piece, italics=unit.first.italics if start == 0 else ()
            )
            out.append(Unit(kind, [first], label=label))
            if kind == "op":
                last_number = int(label or 0)
    return out
