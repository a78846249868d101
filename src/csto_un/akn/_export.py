"""What every Akoma Ntoso export shares: the references registry, the document's language,
symbol and organ, the references to delegations and persons, and the close of ``meta``."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ..errors import SymbolError
from ..model import Delegate
from ..symbols import DocumentSymbol
from ._frbr import SOURCE
from ._iri import LANGUAGE_NAMES, iso639_2, organ_of
from ._references import References
from ._xml import slug

__all__ = ["Export", "parse_symbol"]


def parse_symbol(text: str | None) -> DocumentSymbol | None:
    """The document's symbol, or ``None`` when it has none or it is not one we can read."""
    if not text:
        return None
    try:
        return DocumentSymbol.parse(text)
    except SymbolError:
        return None


class Export:
    """The state of one export: the references registry, the document's language (ISO 639-2),
    its symbol and the organ that authors it (registered first among the references)."""

    def __init__(self, language: str | None, symbol: str | None, body: str | None) -> None:
        self.refs = References()
        self.language = iso639_2(language)
        self.symbol = parse_symbol(symbol)
        self.organ = organ_of(self.symbol, body)
        self.organ_eid = self.refs.organization(
            f"organ:{self.organ.actor}", self.organ.eid, self.organ.name, self.organ.actor
        )

    def language_concept(self, code: str | None) -> str:
        """The ``TLCConcept`` of a language (ISO 639-1 code)."""
        three = iso639_2(code)
        return self.refs.concept(f"language_{three}", LANGUAGE_NAMES.get(three, three))

    def country(self, code: str | None, name: str | None) -> str | None:
        """The ``TLCOrganization`` of a delegation, or ``None`` when nothing names it."""
        if not code and not name:
            return None
        return self.refs.country(code, name)

    def representative(self, code: str | None, name: str | None) -> str:
        """The ``TLCRole`` of a delegation's representative."""
        if not code and not name:
            return self.refs.role("representative", "Representative")
        key = code or slug(name or "")
        return self.refs.role(f"representative_{key}", f"Representative of {name or code}")

    def delegate_person(self, delegate: Delegate) -> str | None:
        """The ``TLCPerson`` of a named delegate."""
        if not delegate.name:
            return None
        return self.refs.person(
            f"{delegate.country_code or delegate.country}|{delegate.name}", delegate.name
        )

    def close_meta(self, meta: ET.Element) -> None:
        """End ``meta``: the source (this library) and the references."""
        self.refs.organization("source", SOURCE, "csto_un", SOURCE)
        self.refs.element(meta, f"#{SOURCE}")
