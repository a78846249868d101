"""Where a resolution's body starts: at its enacting formula ("The General Assembly,"), or,
for a resolution printed without one (A/RES/78/225), at the first preambular paragraph under
its title, with a diagnostic.

A formula followed by an operative verb alone on its line, then numbered paragraphs ("The
General Assembly" / "Resolves that:" / "1. The Working Capital Fund shall be established …",
A/RES/78/256) is one sentence that enacts each numbered paragraph: the verb is read with the
formula, and the numbered paragraphs are the operative paragraphs, numbered as printed.
"""

from __future__ import annotations

import attrs

from ..model import Diagnostic
from ..sources._document import Document
from ..words import ECONOMIC_AND_SOCIAL_COUNCIL, GENERAL_ASSEMBLY, SECURITY_COUNCIL
from ..words._resolution import LANGUAGES
from ._header_lines import enacting_language
from ._kinds import refusal
from ._leads import is_operative_lead, opens_paragraph
from ._text import SENTINEL_RE, Clean
from ._unit_starts import OPERATIVE_RE

__all__ = ["Start", "find_start"]

#: The organ a symbol's first letter names, for a text without its enacting formula.
_ORGANS = {"A": GENERAL_ASSEMBLY, "S": SECURITY_COUNCIL, "E": ECONOMIC_AND_SOCIAL_COUNCIL}


@attrs.frozen
class Start:
    """The header's end and the body's start (line positions), the language and organ, the
    enacting formula as printed (``None`` when missing) and what was said about it."""

    header_end: int
    body_start: int
    language: str
    body_name: str | None
    formula: str | None
    diagnostics: tuple[Diagnostic, ...] = ()


def find_start(lines: list[Clean], document: Document) -> Start:
    """The start of the body; raises :class:`NotAResolutionError` when there is none."""
    for position, clean in enumerate(lines):
        found = enacting_language(SENTINEL_RE.sub("", clean.text))
        if found is not None:
            formula = " ".join(SENTINEL_RE.sub("", clean.text).split())
            body_start = position + 1
            verb = _verb_alone(lines, body_start, found[0])
            if verb is not None:  # "Resolves that:" over its numbered paragraphs
                formula, body_start = f"{formula} {verb}", body_start + 1
            return Start(position, body_start, found[0], found[1], formula)
    missing = _without_formula(lines, document)
    if missing is not None:
        return missing
    raise refusal(document)


def _verb_alone(lines: list[Clean], at: int, language: str) -> str | None:
    """The line ``at`` when it is an operative verb alone ("Resolves that:", three words at
    most, closed by a colon) and operative paragraph 1 follows it."""
    if at + 1 >= len(lines):
        return None
    text = " ".join(SENTINEL_RE.sub("", lines[at].text).split())
    if not text.endswith(":") or len(text.split()) > 3 or not lines[at + 1].text.startswith("1"):
        return None
    number = OPERATIVE_RE.match(lines[at + 1].text)
    if number is None or number["number"] != "1":
        return None
    return text if is_operative_lead(text, LANGUAGES[language]) else None


def _without_formula(lines: list[Clean], document: Document) -> Start | None:
    """An adopted resolution (its symbol says so) whose first paragraph opens with a
    preambular lead after the header: printed without its enacting formula."""
    symbol = document.symbol
    if symbol is None or "/RES/" not in symbol:
        return None  # a draft without the formula is an amendment or a decision
    for position, clean in enumerate(lines):
        if position == 0 or not clean.blank_before:
            continue
        for language, phrases in LANGUAGES.items():
            text = SENTINEL_RE.sub("", clean.text)
            if opens_paragraph(text, phrases) and any(
                text.startswith(lead) for lead in phrases.preamble_leads
            ):
                diagnostic = Diagnostic(
                    "missing-enacting-formula",
                    f"no enacting formula: the body is read from its first paragraph, "
                    f"{text[:40]!r}",
                    line=clean.line.number,
                    page=clean.page,
                    source=document.name,
                )
                organ = _ORGANS.get(symbol.split("/", 1)[0])
                return Start(position, position, language, organ, None, (diagnostic,))
    return None
