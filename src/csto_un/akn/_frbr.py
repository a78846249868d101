"""The ``identification`` block: FRBR Work, Expression and Manifestation (AKN4UN Part 1, 5.1)."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Sequence

import attrs

from ._xml import AKN_NS, sub

__all__ = ["Identity", "identification", "new_document"]

#: The ``eId`` of the TLCOrganization standing for this library, the author of the mark-up.
SOURCE = "csto_un"
# AKN4UN asks for a date in every FRBRdate; this is its placeholder for "no date".
_NO_DATE = "1900-01-01"


@attrs.frozen
class Identity:
    """What the identification of one document needs.

    ``work`` is the Work IRI; ``date`` the Work date (creation, adoption, meeting) and
    ``version`` the Expression date (publication); ``authors`` pairs of TLC ``eId`` and role
    ``eId`` (or ``None``); ``translated_from`` the ISO 639-2 code of the original language;
    ``aliases`` other names of the Work as (value, name) pairs (the symbols of a meeting's parts).
    """

    work: str
    subtype: str
    number: str
    number_shown: str
    language: str
    date: dt.date | None
    version: dt.date | None
    authors: Sequence[tuple[str, str | None]]
    organ: str
    name: str | None = None
    translated_from: str | None = None
    markup_date: dt.date | None = None
    aliases: Sequence[tuple[str, str]] = ()

    @property
    def expression(self) -> str:
        """The Expression IRI: ``{work}/{lang}@{version date}``."""
        version = self.version.isoformat() if self.version else ""
        return f"{self.work}/{self.language}@{version}"

    @property
    def manifestation(self) -> str:
        """The Manifestation IRI: ``{expression}/.xml``."""
        return f"{self.expression}/.xml"


def new_document(doc_type: str, name: str) -> tuple[ET.Element, ET.Element, ET.Element]:
    """The root ``akomaNtoso``, its document element and the (still empty) ``meta``."""
    root = ET.Element("akomaNtoso")
    root.set("xmlns", AKN_NS)
    document = sub(root, doc_type, name=name, contains="originalVersion")
    meta = sub(document, "meta")
    return root, document, meta


def identification(meta: ET.Element, identity: Identity) -> None:
    """Append ``identification`` to ``meta`` (it must be its first child)."""
    block = ET.Element("identification", source=f"#{SOURCE}")
    meta.insert(0, block)
    date = identity.date.isoformat() if identity.date else _NO_DATE
    version = identity.version.isoformat() if identity.version else date
    markup = identity.markup_date.isoformat() if identity.markup_date else version

    work = sub(block, "FRBRWork")
    sub(work, "FRBRthis", value=f"{identity.work}/!main")
    sub(work, "FRBRuri", value=identity.work)
    for value, name in identity.aliases:
        sub(work, "FRBRalias", value=value, name=name)
    sub(work, "FRBRdate", date=date, name="work" if identity.date else "unknown")
    for href, role in identity.authors:
        sub(work, "FRBRauthor", href=f"#{href}", as_=f"#{role}" if role else None)
    sub(work, "FRBRcountry", value="un")
    sub(work, "FRBRsubtype", value=identity.subtype)
    sub(work, "FRBRnumber", value=identity.number, showAs=identity.number_shown)
    if identity.name:
        sub(work, "FRBRname", value=identity.name)

    expression = sub(block, "FRBRExpression")
    sub(expression, "FRBRthis", value=f"{identity.expression}/!main")
    sub(expression, "FRBRuri", value=identity.expression)
    sub(expression, "FRBRdate", date=version, name="publication" if identity.version else "unknown")
    sub(expression, "FRBRauthor", href=f"#{identity.organ}")
    sub(expression, "FRBRlanguage", language=identity.language)
    if identity.translated_from and identity.translated_from != identity.language:
        sub(
            expression,
            "FRBRtranslation",
            href=f"{identity.work}/{identity.translated_from}@",
            fromLanguage=identity.translated_from,
            by=f"#{identity.organ}",
        )

    manifestation = sub(block, "FRBRManifestation")
    sub(manifestation, "FRBRthis", value=f"{identity.expression}/!main.xml")
    sub(manifestation, "FRBRuri", value=identity.manifestation)
    sub(manifestation, "FRBRdate", date=markup, name="markup")
    sub(manifestation, "FRBRauthor", href=f"#{SOURCE}")
    sub(manifestation, "FRBRformat", value="xml")
