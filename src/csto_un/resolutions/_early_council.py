"""Security Council resolutions in the form of the Council's early volumes (1946 on).

"9 (1946). Resolution of 15 October 1946" heads the text (symbol and date); considerations
stand before or after "The Security Council", with or without its comma, or the formula runs
into the decision ("The Security Council resolves that …", "1. The Security Council requests
…"); "Resolves that:" keeps its numbered provisions as sub-paragraphs; "Adopted at the 84th
meeting by 9 votes to none …" is the adoption line and the meeting.
"""

from __future__ import annotations

import re

import attrs

from ..citations import parse_date
from ..model import Diagnostic, Paragraph, Resolution, Subparagraph
from ..sources._document import Document, Line
from ..text import Joiner
from ..words._resolution import KIND_WORDS, LANGUAGES, ResolutionPhrases
from ._kinds import formula_in_line, lead_of
from ._text import document_joiner, fold, join_texts

__all__ = ["read_early"]

_EARLY_HEADING = re.compile(r"^(?P<number>\d{1,4})\s*\((?P<year>19\d\d|20\d\d)\)\.\s+(?P<rest>.+)$")
_ADOPTED_EARLY = re.compile(r"^adopted\b.*\bat the (?P<meeting>\d+\w*\s+meeting)\b", re.I)
_NUMBERED = re.compile(r"^(?P<number>\d{1,3})\.\s+")


def may_be_other_form(head: list[Line]) -> bool:
    """Whether a document whose first sixty lines with text are ``head`` may be read by
    :func:`read_early` or :func:`csto_un.resolutions._kinds.read_decision`: each reads one
    only where one of its first ten such lines opens with an early heading's number and year,
    or one of its first sixty opens with an enacting formula that goes on (most documents
    have neither: their other lines are not gathered)."""
    return any(_EARLY_HEADING.match(" ".join(line.text.split())) for line in head[:10]) or any(
        formula_in_line(line.text.strip()) is not None for line in head[:60]
    )


def read_early(document: Document, lines: list[Line]) -> Resolution | None:
    """The document read in an early Security Council form, or ``None``."""
    for index, line in enumerate(lines[:10]):
        match = _EARLY_HEADING.match(" ".join(line.text.split()))
        if match is None:
            continue
        for language, words in KIND_WORDS.items():
            heading = re.fullmatch(words.early_heading, fold(match["rest"]))
            if heading is not None:
                return _build_early(document, language, lines, index, match, heading["date"])
    for index, line in enumerate(lines[:40]):
        # "The Security Council resolves that …": the Council's formula running into its
        # decision, in a text that has no heading of the yearly volumes.
        found = formula_in_line(line.text.strip())
        if (
            found is not None
            and found[1].enacting[fold(found[2])] == "Security Council"
            and _deciding(found[3][:1].upper() + found[3][1:], found[1], known_only=True)
        ):
            return _build_early(document, found[0], lines, index - 1, None, None)
    return None


def _deciding(text: str, phrases: ResolutionPhrases, *, known_only: bool = False) -> bool:
    """Whether a paragraph opens with a verb of decision ("Resolves", "Requests"): one of
    the tables' operative leads, or (unless ``known_only``) a word with their ending."""
    first = text.split()[0].rstrip(",:;") if text.split() else ""
    known = {w.split()[0].casefold() for w in phrases.operative_leads}
    return first[:1].isupper() and (
        first.casefold() in known or (not known_only and first.endswith(phrases.operative_suffixes))
    )


def _paragraphs(lines: list[Line], joiner: Joiner) -> list[tuple[int, str]]:
    """Printed paragraphs: lines joined up to a gap (or one line per paragraph when the text
    gives no gaps)."""
    gaps = sum(ln.blank_before for ln in lines) >= max(1, len(lines) // 4)
    groups: list[list[Line]] = []
    for line in lines:
        if not groups or not gaps or line.blank_before or _NUMBERED.match(line.text):
            groups.append([line])
        else:
            groups[-1].append(line)
    return [(g[0].number, join_texts([ln.text for ln in g], joiner)) for g in groups]


def _build_early(
    document: Document,
    language: str,
    lines: list[Line],
    index: int,
    heading: re.Match[str] | None,
    date_text: str | None,
) -> Resolution:
    """The early form from the line after ``index`` (the heading's, when there is one)."""
    phrases = LANGUAGES[language]
    joiner = document_joiner([line.text for line in document.lines], language)
    paragraphs = _paragraphs(lines[index + 1 :], joiner)
    council = next(k for k, v in phrases.enacting.items() if v == "Security Council")
    formula_at = next(
        (
            i
            for i, (_, text) in enumerate(paragraphs)
            if fold(_NUMBERED.sub("", text)).startswith(council)
        ),
        None,
    )
    parts = _Parts(phrases, council, formula_at)
    for position, (line_number, text) in enumerate(paragraphs):
        parts.read(position, line_number, text)
    preamble, operative, closing = parts.preamble, parts.operative, parts.closing
    adoption, meeting, formula = parts.adoption, parts.meeting, parts.formula
    adopted_on = parse_date(date_text) if date_text else None
    diagnostics = []
    if formula is None:
        diagnostics.append(
            Diagnostic(
                "no-enacting-formula", "no 'The Security Council' found", source=document.name
            )
        )
    return Resolution(
        symbol=f"S/RES/{heading['number']} ({heading['year']})" if heading else document.symbol,
        body="Security Council",
        year=int(heading["year"]) if heading else (adopted_on.year if adopted_on else None),
        language=language,
        enacting_formula=formula,
        preamble=tuple(preamble),
        operative=tuple(operative),
        adoption=adoption,
        adopted_on=adopted_on,
        meeting=meeting,
        header=tuple(" ".join(ln.text.split()) for ln in lines[: index + 1]),
        closing=tuple(closing),
        source=document.source,
        diagnostics=tuple(diagnostics),
    )


@attrs.define
class _Parts:
    """The parts of an early resolution, read paragraph by paragraph (:meth:`read`): the
    considerations before the Council's formula (at ``formula_at``, ``None`` when it is not
    printed), the decisions after it, the adoption line."""

    phrases: ResolutionPhrases
    council: str  # the formula's words, folded ("the security council")
    formula_at: int | None
    preamble: list[Paragraph] = attrs.Factory(list)
    operative: list[Paragraph] = attrs.Factory(list)
    closing: list[str] = attrs.Factory(list)
    adoption: str | None = None
    meeting: str | None = None
    formula: str | None = None

    def read(self, position: int, line_number: int, text: str) -> None:
        """Read the paragraph at ``position`` (printed from input line ``line_number``)."""
        phrases, council, formula_at = self.phrases, self.council, self.formula_at
        operative = self.operative
        adopted = _ADOPTED_EARLY.match(text)
        if adopted and position > (formula_at or 0):
            self.adoption, self.meeting = text, adopted["meeting"]
            self.closing.append(text)
            return
        numbered = _NUMBERED.match(text)
        plain = text[numbered.end() :] if numbered else text
        if formula_at is None or position < formula_at:
            self.preamble.append(Paragraph(text=text, lead=None, line=line_number))
            return
        if position == formula_at:
            rest = plain[len(council) :].lstrip(", ")
            self.formula = plain[: len(council)].strip()
            if not rest:
                return
            plain = rest
        named = fold(plain).startswith(council)  # "2. The Security Council directs …"
        verb = plain[len(council) :].strip() if named else plain
        named = named or position == formula_at
        if not operative and not (named or _deciding(verb, phrases)):
            self.preamble.append(
                Paragraph(text=text, lead=lead_of(text, phrases), line=line_number)
            )
            return
        if numbered and operative and operative[-1].text.endswith(":"):
            last = operative[-1]
            sub = Subparagraph(marker=f"{numbered['number']}.", text=plain)
            operative[-1] = attrs.evolve(last, subparagraphs=(*last.subparagraphs, sub))
            return
        operative.append(
            Paragraph(
                text=plain,
                number=int(numbered["number"]) if numbered else None,
                lead=lead_of(verb, phrases) or (verb.split()[0] if verb[:1].isalpha() else None),
                line=line_number,
            )
        )
