"""AKN4UN IRIs: Work, Expression and Manifestation identifiers built from UN document symbols.

AKN4UN (Part 1, "6 AKN4UN Naming convention") gives the Work IRI as
``/akn/un/{docType}/{subType}/{actor}/{date}/{number}``: jurisdiction ``un``, the Akoma Ntoso
document type, the AKN4UN subtype, the authoring organ with its sub-bodies joined by dashes
(``un-ga``, ``un-sc``, ``un-ga-c3``), the date, and the number with ``/`` replaced by ``-`` and
spaces by ``_``. The Expression adds ``/{lang}@{date}`` (ISO 639-2 three-letter language), the
Manifestation ``/.xml``; ``FRBRthis`` adds the component ``!main``.

>>> work_iri("statement", "deliberation", DocumentSymbol.parse("A/RES/79/10"), "2024-11-18")
'/akn/un/statement/deliberation/un-ga/2024-11-18/A-RES-79-10'
>>> iso639_2("fr"), iso639_2("zh"), iso639_2(None)
('fra', 'zho', 'und')
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..errors import SymbolError
from ..symbols import DocumentSymbol
from ..words import (
    ECONOMIC_AND_SOCIAL_COUNCIL,
    GENERAL_ASSEMBLY,
    SECURITY_COUNCIL,
    WORDS,
    words_for,
)

__all__ = [
    "Organ",
    "cited_iri",
    "iri_number",
    "iso639_2",
    "organ_name",
    "organ_of",
    "work_iri",
]

# ISO 639-1 → ISO 639-2/T for the six official languages (pycountry covers the rest).
_LANGUAGES = {code: words.iso639_2 for code, words in WORDS.items()}

#: English names of the six official languages, for ``showAs``.
LANGUAGE_NAMES = {words.iso639_2: words.english_name for words in WORDS.values()}

# Principal organs: symbol prefix → (actor in IRIs, eId, English name).
_ORGANS = {
    "A": ("un-ga", "generalAssembly", GENERAL_ASSEMBLY),
    "S": ("un-sc", "securityCouncil", SECURITY_COUNCIL),
    "E": ("un-ecosoc", "economicAndSocialCouncil", ECONOMIC_AND_SOCIAL_COUNCIL),
    "ST": ("un-secretariat", "secretariat", "Secretariat"),
    "T": ("un-tc", "trusteeshipCouncil", "Trusteeship Council"),
}
# Words by which a ``body`` field may name an organ, when no symbol says it: its English name
# or its name in one of the official languages.
_BODY_WORDS = {
    name.casefold(): prefix
    for prefix, (_, _, english) in _ORGANS.items()
    for name in (english, *(w.organs[english] for w in WORDS.values() if english in w.organs))
}

# Document series → (Akoma Ntoso document type, AKN4UN subtype).
_SERIES = {
    "RES": ("statement", "deliberation"),
    "L": ("statement", "deliberation"),
    "DEC": ("statement", "deliberation"),
    "PV": ("debate", "verbatimRecord"),
    "SR": ("debateReport", "summaryRecord"),
    "PRST": ("statement", "presidentialStatement"),
}


@attrs.frozen
class Organ:
    """The organ that authors a document: its IRI actor, its ``eId`` and its English name."""

    actor: str
    eid: str
    name: str


def organ_name(organ: Organ, language: str | None) -> tuple[str, str | None]:
    """The organ's name in ``language`` (ISO 639-1) when we have it, else in English, with the
    ``xml:lang`` to mark it by (``None`` when it is the document's language).

    >>> organ_name(organ_of(None, "Security Council"), "fr")
    ('Conseil de sécurité', None)
    >>> organ_name(organ_of(None, "Security Council"), "de")
    ('Security Council', 'eng')
    """
    words = words_for(language) if language else None
    if words is not None and organ.name in words.organs:
        return words.organs[organ.name], None
    return organ.name, None if iso639_2(language) == "eng" else "eng"


def iso639_2(code: str | None) -> str:
    """The ISO 639-2 (terminology) code for an ISO 639-1 code; ``und`` when unknown."""
    if not code:
        return "und"
    code = code.lower()
    if code in _LANGUAGES:
        return _LANGUAGES[code]
    if len(code) == 3:
        return code
    try:
        import pycountry

        language = pycountry.languages.get(alpha_2=code)
    except (KeyError, LookupError):  # pragma: no cover - depends on the pycountry version
        language = None
    return str(language.alpha_3) if language is not None else "und"


def _organ_from_prefix(organ: str) -> Organ:
    parts = organ.split("/")
    actor, eid, name = _ORGANS.get(parts[0], (f"un-{parts[0].lower()}", parts[0].lower(), parts[0]))
    for extra in parts[1:]:
        piece = extra.replace(".", "").lower()
        actor += f"-{piece}"
        eid += f"_{piece}"
        name += f" {extra}"
    return Organ(actor=actor, eid=eid, name=name)


def organ_of(symbol: DocumentSymbol | None, body: str | None) -> Organ:
    """The authoring organ: from the symbol when there is one, else from the ``body`` field.

    >>> organ_of(DocumentSymbol.parse("A/C.3/78/L.60"), None).actor
    'un-ga-c3'
    """
    if symbol is not None:
        return _organ_from_prefix(symbol.organ)
    if body:
        key = body.strip()
        prefix = key if key.upper() in _ORGANS else _BODY_WORDS.get(key.casefold())
        if prefix is not None:
            return _organ_from_prefix(prefix.upper())
    return Organ(actor="un", eid="unitedNations", name="United Nations")


def iri_number(symbol: str) -> str:
    """A symbol as the number part of an IRI: ``/`` becomes ``-``, a space ``_`` (AKN4UN 6.1.1).

    >>> iri_number("S/RES/1631 (2005)")
    'S-RES-1631_(2005)'
    """
    return "_".join(symbol.split()).replace("/", "-")


def work_iri(
    doc_type: str,
    subtype: str,
    symbol: DocumentSymbol | str,
    date: str | None,
    organ: Organ | None = None,
) -> str:
    """The Work IRI; ``date`` is ``YYYY-MM-DD`` or ``YYYY``, left out when ``None``."""
    if organ is None:
        organ = (
            organ_of(symbol, None) if isinstance(symbol, DocumentSymbol) else organ_of(None, None)
        )
    parts = ["", "akn", "un", doc_type, subtype, organ.actor]
    if date:
        parts.append(date)
    parts.append(iri_number(str(symbol)))
    return "/".join(parts)


def cited_iri(symbol: str, date: dt.date | None = None) -> str:
    """The Work IRI of a document a text cites, as far as the citation tells it.

    The date is the citation's; else the year the symbol carries (``S/RES/1631 (2005)``,
    ``S/PRST/2010/1``); else none, and the IRI has no date segment (the symbol still
    identifies the document).

    >>> cited_iri("A/RES/59/50", dt.date(2004, 12, 2))
    '/akn/un/statement/deliberation/un-ga/2004-12-02/A-RES-59-50'
    >>> cited_iri("S/PRST/2010/1")
    '/akn/un/statement/presidentialStatement/un-sc/2010/S-PRST-2010-1'
    """
    try:
        parsed = DocumentSymbol.parse(symbol)
    except SymbolError:
        return work_iri("doc", "document", symbol, date.isoformat() if date else None)
    doc_type, subtype = _SERIES.get(parsed.series or "", ("doc", "document"))
    when = date.isoformat() if date else (str(parsed.year) if parsed.year else None)
    return work_iri(doc_type, subtype, parsed, when)
