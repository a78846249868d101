"""Resolution-like documents in forms other than "The General Assembly," + paragraphs.

- **Decisions** and draft decisions, programmes of work included: the enacting formula runs
  into the text ("The General Assembly, recalling …, decides to include …", "The General
  Assembly approves …") or opens lettered paragraphs ("The General Assembly: (a) Approves …;
  (b) Invites …"). They are read as a :class:`~csto_un.Resolution` of ``kind="decision"``:
  no preamble, the decision as one operative paragraph (its lettered paragraphs as
  sub-paragraphs), the programme it approves "as set out below" as an annex (titled by its
  heading, "Draft programme of work"), its paragraphs with their printed numbers: never
  among the operative paragraphs.
- **Early Security Council resolutions** (1946 on): read by :mod:`._early_council`, which
  this module's :func:`other_form` tries first.
- **Refusals**: a document that is none of these is refused with what was looked for, by
  organ and language, and what the document looks like instead.
"""

from __future__ import annotations

import functools
import itertools
import re

import attrs

from ..countries import split_countries
from ..errors import NotAResolutionError
from ..model import Annex, Footnote, Furniture, Paragraph, Resolution, Sponsor, Subparagraph
from ..sources._document import Document, Line
from ..text import Joiner
from ..words._amendment import AMENDMENT_WORDS
from ..words._resolution import KIND_WORDS, LANGUAGES, KindWords, ResolutionPhrases
from ._header import parse_header
from ._text import NOTE_MARK, SEPARATOR_RE, clean_line, document_joiner, fold, join_texts

__all__ = [
    "amended_draft",
    "find_amends",
    "formula_in_line",
    "lead_of",
    "read_decision",
    "refusal",
    "sponsors_start",
]

_SUB = re.compile(r"^\((?P<marker>[a-z]{1,2}|[ivx]{1,5})\)\s+")
_ITEM = re.compile(r"^(?:(?P<word>[A-Z][a-z]+)\s+)?(?P<number>\d{1,3})\.\s+")
_NOTE = re.compile(rf"^(?P<marker>{NOTE_MARK})\s+")
_TERMINAL = (".", ";", ":", ",")


def sponsors_start(lines: list[Line], end: int) -> int:
    """The first line of a sponsors' list that ends on line ``end`` ("Albania, Australia,
    … New Zealand," + "Norway and Ukraine: amendment to …"): lines that read as a list,
    back to a gap."""
    start = end
    while start > 0 and not lines[start].blank_before and _list_like(lines[start - 1]):
        start -= 1
    return start


_SEARCHED = 60  # an amendment's sponsors' line stands on its first page


def amended_draft(document: Document) -> tuple[str, str] | None:
    """For a document that is an amendment: its language and the symbol of the draft it
    amends; ``None`` for any other document."""
    found = find_amends(list(document.lines))
    return None if found is None else (found[2], found[3])


def find_amends(lines: list[Line]) -> tuple[int, int, str, str] | None:
    """Where an amendment says what it amends ("Belarus and Russian Federation: amendment to
    revised draft resolution A/C.3/80/L.20/Rev.1"): (first line of the sponsors, line that
    ends them, language, draft symbol); ``None`` when no line of the first page does."""
    searched = lines[:_SEARCHED]
    # Every line's patterns need a language's "amendment to" within the line: a first page
    # without any (nearly every document) is told by one search of its lines joined.
    if _any_amends().search("\n".join([line.text for line in searched])) is None:
        return None
    for index, line in enumerate(searched):
        for language, (amends, amends_at_end) in _amends_patterns().items():
            end = index
            match = amends.search(line.text)
            if match is None and index + 1 < len(lines) and amends_at_end.search(line.text):
                end = index + 1  # the symbol printed on the next line
                match = amends.search(f"{line.text.strip()} {lines[end].text.strip()}")
            if match is not None:
                return sponsors_start(lines, index), end, language, match["symbol"].rstrip(".,;")
    return None


@functools.cache
def _any_amends() -> re.Pattern[str]:
    """Any language's "amendment to …" words (compiled once per process)."""
    return re.compile(
        "|".join(f"(?:{words.amends})" for words in AMENDMENT_WORDS.values()), re.IGNORECASE
    )


@functools.cache
def _amends_patterns() -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """Per language: its "amendment to … A/…" with the symbol, and its words alone at a line's
    end (compiled once per process: every document loaded is asked)."""
    return {
        language: (
            re.compile(rf"{words.amends}\s+(?P<symbol>[A-Z]/\S+)\s*$", re.IGNORECASE),
            re.compile(rf"{words.amends}\s*$", re.IGNORECASE),
        )
        for language, words in AMENDMENT_WORDS.items()
    }


def _list_like(line: Line) -> bool:
    text = line.text.strip()
    return text.endswith(",") or text.count(",") >= 2


def refusal(document: Document) -> NotAResolutionError:
    """The error for a document that is no resolution, decision or amendment: what was looked
    for, by organ and language, and what the document looks like."""
    looked = "; ".join(
        f"{code}: " + ", ".join(f'"{formula}"' for formula in words.formulas)
        for code, words in KIND_WORDS.items()
    )
    amends = amended_draft(document)
    if amends is not None:
        return NotAResolutionError(
            f"an amendment to draft resolution {amends[1]} ({amends[0]}), not a resolution: "
            "parse it with csto_un.parse_amendment, or load the file with csto_un.load_resolution "
            "(or load_amendment, or load), which returns an Amendment",
            source=document.name,
        )
    first = [" ".join(ln.text.split()) for ln in document.lines[:40] if ln.text.strip()]
    for code, words in KIND_WORDS.items():
        for index, text in enumerate(first):
            if re.fullmatch(words.secretariat_note, fold(text)):
                subject = first[index - 1] if index else "?"
                return NotAResolutionError(
                    f"a note by the Secretariat ({subject!r}, {code}), not a resolution, "
                    f"decision or amendment: it has no enacting formula ({looked}) and its "
                    "numbered paragraphs inform, they do not decide. Read its text with "
                    "csto_un.sources.read_document.",
                    source=document.name,
                )
    body = next((t for t in first if len(t) > 40), first[0] if first else "")
    return NotAResolutionError(
        f"no enacting formula found (looked for, General Assembly and Security Council, "
        f"{looked}); the text reads {body[:80]!r}",
        source=document.name,
    )


# -- decisions ---------------------------------------------------------------------------------
#: Every language's enacting formulas (folded), for a line that opens with none.
_FORMULAS = tuple(formula for phrases in LANGUAGES.values() for formula in phrases.enacting)
#: Their first characters: a line is folded whole only when its fold opens with one (the
#: fold of a line opens with that of its first character other than white space).
_FORMULA_STARTS = frozenset(formula[:1] for formula in _FORMULAS)


def formula_in_line(text: str) -> tuple[str, ResolutionPhrases, str, str] | None:
    """(language, its tables, the formula as printed, the rest of the line) for a line that
    opens with an enacting formula and goes on ("The General Assembly, recalling …")."""
    if fold(text.lstrip()[:1])[:1] not in _FORMULA_STARTS:
        return None
    folded = fold(text)
    if not folded.startswith(_FORMULAS):
        return None
    for code, phrases in LANGUAGES.items():
        for formula in phrases.enacting:
            if not folded.startswith(formula):
                continue
            rest = text[len(formula) :]
            if rest.strip() in ("", ","):
                return None  # the ordinary form
            if rest[:1] in (",", ":") or (rest[:1] == " " and rest[1:2].islower()):
                return code, phrases, text[: len(formula)], rest.lstrip(",: ").strip()
    return None


def read_decision(document: Document, lines: list[Line]) -> Resolution | None:
    """The document read as a draft decision or programme of work ("The General Assembly,
    recalling …, decides …", "The General Assembly: (a) Approves …"), or ``None``."""
    for index, line in enumerate(lines[:60]):
        found = formula_in_line(line.text.strip())
        if found is None:
            continue
        language, phrases, formula, rest = found
        words = KIND_WORDS[language]
        head = lines[:index]
        if not any(re.search(words.draft_decision, fold(h.text)) for h in head):
            return None
        body = [attrs.evolve(line, text=rest), *lines[index + 1 :]] if rest else lines[index + 1 :]
        return _build_decision(document, language, phrases, words, head, formula, body)
    return None


def _build_decision(
    document: Document,
    language: str,
    phrases: ResolutionPhrases,
    words: KindWords,
    head: list[Line],
    formula: str,
    body: list[Line],
) -> Resolution:
    joiner = document_joiner([line.text for line in document.lines], language)
    sponsors: tuple[Sponsor, ...] = ()
    kept = list(head)
    for index, line in enumerate(head):
        if re.fullmatch(words.submitted_by, fold(line.text)):
            kept = [h for h in kept if h is not line]
        elif re.search(rf":\s*{words.draft_decision}\W*$", fold(line.text)):
            start = sponsors_start(head, index)
            names = join_texts([h.text for h in head[start : index + 1]], joiner)
            names = names.rsplit(":", 1)[0]
            sponsors = tuple(Sponsor(n, c) for n, c in split_countries(names, language))
            kept = [h for h in kept if h not in head[start : index + 1]]
    kept = [h for h in kept if not re.fullmatch(r"\w+ committee", fold(h.text))]
    header = parse_header(
        [clean_line(i, h) for i, h in enumerate(kept)],
        language,
        source=document.name,
        joiner=joiner,
    )
    date = header.date or document.date
    rules: list[Furniture] = []
    operative, annexes, footnotes = _decision_body(body, phrases, rules, joiner)
    return Resolution(
        symbol=header.symbol or document.symbol,
        body=phrases.enacting[fold(formula)],
        session=header.session,
        year=date.year if date is not None else None,
        date=date,
        draft=True,
        agenda_item=header.agenda_item,
        agenda_title=header.agenda_title,
        title=header.title,
        sponsors=sponsors,
        language=language,
        original_language=header.original_language,
        distribution=header.distribution,
        enacting_formula=formula,
        operative=tuple(operative),
        annexes=tuple(annexes),
        footnotes=tuple(footnotes),
        job_number=header.job_number or document.job_number,
        header=tuple(" ".join(h.text.split()) for h in head),
        source=attrs.evolve(document.source, furniture=(*document.source.furniture, *rules)),
        diagnostics=tuple(
            attrs.evolve(d, source=d.source or document.name) for d in header.diagnostics
        ),
        kind="decision",
    )


def lead_of(text: str, phrases: ResolutionPhrases) -> str | None:
    """The opening words of a paragraph that the language's tables know as a lead."""
    folded = text.casefold()
    leads = (*phrases.operative_leads, *phrases.preamble_leads)
    found = [
        w for w in leads if folded.startswith(w.casefold()) and not folded[len(w) :][:1].isalpha()
    ]
    if found:
        return text[: len(max(found, key=len))]
    first = text.split()[0] if text.split() else ""
    ends = (*phrases.operative_suffixes, *phrases.preamble_suffixes)
    return first.rstrip(",:;") if first[:1].isalpha() and first.rstrip(",").endswith(ends) else None


def _decision_units(
    lines: list[Line], rules: list[Furniture]
) -> tuple[list[tuple[str, str | None, list[str]]], list[tuple[str, list[str]]]]:
    """A decision's lines cut into units, each ``(kind, label, texts)``: the decision, its
    lettered paragraphs ("sub"), the programme's items ("item", "labelled") and headings;
    and its footnotes, each ``(marker, texts)``. The footnote rules go to ``rules``."""
    notes: list[tuple[str, list[str]]] = []
    units: list[tuple[str, str | None, list[str]]] = []  # (kind, label, texts)
    for line in lines:
        text = line.text.strip()
        if SEPARATOR_RE.match(text):
            rules.append(Furniture("other", text, line.page, line.number))
            continue
        if line.footnote:
            note = _NOTE.match(text)
            if note or not notes:
                notes.append(
                    (note["marker"] if note else "", [text[note.end() :] if note else text])
                )
            else:
                notes[-1][1].append(text)
            continue
        lettered, item = _SUB.match(text), _ITEM.match(text)
        opened = units and units[-1][2] and not units[-1][2][-1].rstrip().endswith(_TERMINAL)
        if lettered:
            units.append(("sub", f"({lettered['marker']})", [text[lettered.end() :]]))
        elif item and (item["word"] is None or line.blank_before or not opened):
            if item["word"]:
                units.append(("labelled", None, [text]))
            else:
                units.append(("item", item["number"], [text[item.end() :]]))
        elif (
            units
            and line.blank_before
            and not opened
            and len(text) < 90
            and units[-1][0] != "heading"
        ):
            units.append(("heading", None, [text]))
        elif not units:
            units.append(("decision", None, [text]))
        else:
            units[-1][2].append(text)
    return units, notes


def _decision_body(
    lines: list[Line], phrases: ResolutionPhrases, rules: list[Furniture], joiner: Joiner
) -> tuple[list[Paragraph], list[Annex], list[Footnote]]:
    """The decision paragraph (with its lettered paragraphs), the programme after it (an
    annex per heading) and the footnotes; the footnote rules go to ``rules``.

    Lettered paragraphs that follow the enacting formula alone ("The General Assembly: (a)
    Approves …; (b) Invites …") are the decision's paragraphs, each as printed, its letter
    included, its lead the verb after the letter; after words of the decision's own
    ("recalling …, decides, on sustainable development:") they are its sub-paragraphs."""
    units, notes = _decision_units(lines, rules)
    decision: Paragraph | None = None
    lettered: list[Paragraph] = []  # the paragraphs of a decision that is all letters
    programme: list[Paragraph] = []
    annex: str | None = None
    marks: tuple[str, ...] = ()
    for kind, label, texts in units:
        text = join_texts(texts, joiner)
        if kind == "decision":
            decision = Paragraph(text=text, lead=lead_of(text, phrases))
        elif kind == "heading":
            # "Draft programme of work1": the heading's note mark goes to its first paragraph.
            annex = re.sub(r"(?<=[a-z])\d{1,2}$", "", text)
            marks = (text[len(annex) :],) if len(annex) < len(text) else ()
        elif kind in ("item", "labelled"):  # "Item 1. Social development:" kept as printed
            number = int(label or 0) if kind == "item" else None
            programme.append(
                Paragraph(text=text, number=number, annex=annex or "Annex", footnotes=marks)
            )
            marks = ()
        elif kind == "sub":
            sub = Subparagraph(marker=label or "", text=text)
            if programme:
                last = programme[-1]
                programme[-1] = attrs.evolve(last, subparagraphs=(*last.subparagraphs, sub))
            elif decision is None:
                lettered.append(Paragraph(text=f"{sub.marker} {text}", lead=lead_of(text, phrases)))
            else:
                decision = attrs.evolve(
                    decision,
                    subparagraphs=(*decision.subparagraphs, sub),
                )
    annexes = [
        Annex(
            label=None if name != "Annex" else name,
            title=None if name == "Annex" else name,
            paragraphs=tuple(group),
        )
        for name, group in itertools.groupby(programme, key=lambda p: p.annex or "Annex")
    ]
    footnotes = [Footnote(marker=m, text=join_texts(t, joiner)) for m, t in notes]
    return ([decision] if decision is not None else lettered), annexes, footnotes
