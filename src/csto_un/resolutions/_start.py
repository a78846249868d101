"""Where a resolution's body starts: at its enacting formula ("The General Assembly,"), or,
for a resolution printed without one (A/RES/78/225), at the first preambular paragraph under
its title, with a diagnostic.
"""

from __future__ import annotations

import attrs

from ..model import Diagnostic
from ..sources._document import Document
from ..words import ECONOMIC_AND_SOCIAL_COUNCIL, GENERAL_ASSEMBLY, SECURITY_COUNCIL
from ..words._resolution import LANGUAGES
from ._header_lines import enacting_language
from ._kinds import refusal
from ._leads import opens_paragraph
from ._text import SENTINEL_RE, Clean

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
            return Start(position, position + 1, found[0], found[1], formula)
    missing = _without_formula(lines, document)
    if missing is not None:
        return missing
    raise refusal(document)


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
