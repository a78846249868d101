"""``parse_amendment``: a document's lines → an :class:`Amendment`.

An amendment's first page reads like a draft's (symbol, distribution, date, session, Main
Committee, agenda item and title), then its sponsors and what they amend ("Belarus and Russian
Federation: amendment to revised draft resolution A/C.3/80/L.20/Rev.1"), the draft's title,
and the instructions, numbered when there are several ("1. In the fourteenth preambular
paragraph, replace “…” with “…”."). Footnotes at the page foot (the asterisk note on whose
behalf a delegation speaks) are kept as footnotes.
"""

from __future__ import annotations

import re

from ..countries import split_countries
from ..errors import CstoUnError, DiagnosticError, NotAResolutionError, StructureError
from ..model import Amendment, Diagnostic, Footnote, Severity, Sponsor
from ..model._amendment import INSTRUCTION_NUMBER
from ..number_words import parse_number_words
from ..resolutions._header import parse_header
from ..resolutions._kinds import find_amends
from ..resolutions._text import NOTE_MARK, clean_line, document_joiner, join_texts
from ..sources import read_string
from ..sources._document import Document, Line
from ..text import Joiner
from ..words._amendment import AMENDMENT_WORDS, AmendmentWords
from ._operations import parse_instruction

__all__ = ["parse_amendment"]


_NOTE = re.compile(rf"^(?P<marker>{NOTE_MARK})\s+")


def parse_amendment(
    text_or_document: str | Document, *, name: str = "<string>", strict: bool = False
) -> Amendment:
    """Parse an amendment to a draft resolution from text or a read Document.

    Raises :class:`~csto_un.NotAResolutionError` when the text does not say what it amends
    ("…: amendment to draft resolution A/C.3/80/L.2"); with ``strict=True`` the first
    diagnostic of warning level (an instruction not understood) raises
    :class:`~csto_un.DiagnosticError`.

    >>> text = (
    ...     "A/C.3/80/L.65\\n\\nSpain: amendment to draft resolution A/C.3/80/L.24\\n\\n"
    ...     "Report of the Human Rights Council\\n\\n"
    ...     "Delete the third preambular paragraph and operative paragraph 2.\\n"
    ... )
    >>> amendment = parse_amendment(text)
    >>> amendment.amends, [(o.action, str(o.target)) for o in amendment.operations]
    ('A/C.3/80/L.24', [('delete', 'preambular paragraph 3'), ('delete', 'operative paragraph 2')])
    """
    if isinstance(text_or_document, Document):
        document = text_or_document
    else:
        document = read_string(text_or_document, name=name, format=None)
    try:
        amendment = _parse(document)
    except CstoUnError:
        raise
    except (ValueError, IndexError, KeyError, TypeError) as error:  # a bug, told as ours
        raise StructureError(
            f"could not read the amendment: {error}", source=document.name
        ) from error
    if strict:
        for diagnostic in amendment.diagnostics:
            if diagnostic.severity is not Severity.INFO:
                raise DiagnosticError(
                    f"{diagnostic.code}: {diagnostic.message}",
                    source=document.name,
                    line=diagnostic.line,
                    page=diagnostic.page,
                )
    return amendment


def _parse(document: Document) -> Amendment:
    lines = list(document.lines)
    found = find_amends(lines)
    if found is None:
        raise NotAResolutionError(
            "not an amendment: no line saying what it amends (English: "
            "'…: amendment to draft resolution A/C.3/80/L.2')",
            source=document.name,
        )
    start, end, language, amends = found
    words = AMENDMENT_WORDS[language]
    diagnostics: list[Diagnostic] = []
    head, committee = _committee([ln for ln in lines[:start] if not ln.footnote], words, language)
    joiner = document_joiner([line.text for line in lines], language)
    header = parse_header(
        [clean_line(i, ln) for i, ln in enumerate(head)],
        language,
        source=document.name,
        joiner=joiner,
    )
    diagnostics.extend(header.diagnostics)
    sponsors_text = join_texts([ln.text for ln in lines[start : end + 1]], joiner)
    names = sponsors_text.split(":", 1)[0].replace("*", "").strip()
    markers = re.findall(r"\*+", sponsors_text.split(":", 1)[-1][:3])
    sponsors = tuple(Sponsor(n, c) for n, c in split_countries(names, language))
    for sponsor in sponsors:
        if sponsor.country_code is None:
            diagnostics.append(Diagnostic("unknown-country", f"no ISO code for {sponsor.name!r}"))
    body = [ln for ln in lines[end + 1 :] if not _is_note(ln, markers)]
    notes = [ln for ln in lines[end + 1 :] if _is_note(ln, markers)]
    title_lines = _title(body, words)
    instructions = _instructions(body[len(title_lines) :], joiner)
    operations = []
    for line_number, text in instructions:
        found_ops = parse_instruction(
            INSTRUCTION_NUMBER.sub("", text, count=1), language, words, line=line_number
        )
        if not found_ops:
            diagnostics.append(
                Diagnostic(
                    "unread-instruction", f"instruction not understood: {text!r}", line=line_number
                )
            )
        operations.extend(found_ops)
    if not instructions:
        diagnostics.append(Diagnostic("no-instruction", "the amendment has no instruction"))
    return Amendment(
        symbol=header.symbol or document.symbol,
        amends=amends,
        body=header.body,
        session=header.session,
        date=header.date or document.date,
        committee=committee,
        agenda_item=header.agenda_item,
        agenda_title=header.agenda_title or header.title,
        title=join_texts([ln.text for ln in title_lines], joiner) or None,
        sponsors=sponsors,
        language=language,
        original_language=header.original_language,
        distribution=header.distribution,
        operations=tuple(operations),
        instructions=tuple(text for _, text in instructions),
        footnotes=_footnotes(notes, markers, joiner),
        job_number=header.job_number or document.job_number,
        header=tuple(" ".join(ln.text.split()) for ln in lines[: end + 1] if ln.text.strip()),
        source=document.source,
        diagnostics=tuple(
            d
            if d.source is not None
            else Diagnostic(d.code, d.message, d.line, d.page, document.name, d.severity)
            for d in diagnostics
        ),
    )


def _committee(
    lines: list[Line], words: AmendmentWords, language: str
) -> tuple[list[Line], str | None]:
    """The header lines without the Main Committee's line ("Third Committee"), and that."""
    kept: list[Line] = []
    committee: str | None = None
    for line in lines:
        match = re.fullmatch(words.committee, line.text.strip(), re.IGNORECASE)
        if match and committee is None and parse_number_words(match["ordinal"], language):
            committee = line.text.strip()
            continue
        kept.append(line)
    return kept, committee


def _is_note(line: Line, markers: list[str]) -> bool:
    """A line of the page-foot notes: flagged by the PDF reader, or an asterisk note the
    sponsors' line called, in a text file."""
    return line.footnote or bool(markers and line.text.startswith(tuple(markers)))


def _starts_instruction(text: str, words: AmendmentWords) -> bool:
    verbs = "|".join(
        (words.delete, words.replace, words.insert, words.after, words.before, words.inside)
    )
    return bool(INSTRUCTION_NUMBER.match(text) or re.match(rf"^(?:{verbs})\b", text, re.IGNORECASE))


def _title(body: list[Line], words: AmendmentWords) -> list[Line]:
    """The draft's title: the lines after the sponsors' line, up to the first instruction."""
    title: list[Line] = []
    for line in body:
        if title and (line.blank_before or _starts_instruction(line.text, words)):
            break
        if not title and _starts_instruction(line.text, words):
            break
        title.append(line)
    return title


def _instructions(lines: list[Line], joiner: Joiner) -> list[tuple[int, str]]:
    """The instructions as printed (their numbers kept), one per printed number (all the
    text when there is none)."""
    groups: list[list[Line]] = []
    numbered = any(INSTRUCTION_NUMBER.match(ln.text) for ln in lines)
    for line in lines:
        if not line.text.strip():
            continue
        if not groups or (numbered and INSTRUCTION_NUMBER.match(line.text)):
            groups.append([line])
        else:
            groups[-1].append(line)
    return [(group[0].number, join_texts([ln.text for ln in group], joiner)) for group in groups]


def _footnotes(
    lines: list[Line], called: list[str], joiner: Joiner
) -> tuple[Footnote, ...]:
    """The notes at the page foot; those the sponsors' line calls belong to the header."""
    notes: list[tuple[str, list[str]]] = []
    for line in lines:
        match = _NOTE.match(line.text)
        if match or not notes:
            marker = match["marker"] if match else ""
            notes.append((marker, [line.text[match.end() :] if match else line.text]))
        else:
            notes[-1][1].append(line.text)
    return tuple(
        Footnote(
            marker=marker,
            text=join_texts(texts, joiner),
            part="header" if marker in called else None,
        )
        for marker, texts in notes
    )
