"""Helpers for the Akoma Ntoso tests (no tests here): the schema, structural checks, documents.

The documents are built by hand from real text of the development corpus (the first turns of
S/PV.8967 in French, the French draft on UN–CSTO cooperation, A/RES/79/10, S/RES/1540 (2004)),
so the export is tested independently of the parsers.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import attrs
import pytest

from csto_un import (
    Delegate,
    Footnote,
    Intervention,
    LanguageSwitch,
    Meeting,
    NoteKind,
    Paragraph,
    ProceduralNote,
    Resolution,
    Role,
    Speaker,
    Sponsor,
    Subparagraph,
)
from csto_un.citations import extract_citations

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = Path(os.environ.get("CSTO_UN_SCHEMAS", ROOT.parent / "shared" / "schemas"))
NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
A = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"


@functools.lru_cache(maxsize=1)
def _schema() -> object:
    etree = pytest.importorskip("lxml.etree", reason="lxml is needed to validate against the XSD")
    path = SCHEMAS / "akomantoso30.xsd"
    if not path.exists():
        pytest.skip(f"Akoma Ntoso schema not found at {path} (set CSTO_UN_SCHEMAS)")
    return etree.XMLSchema(etree.parse(str(path)))


def assert_valid(xml: str) -> None:
    """Fail with lxml's messages unless ``xml`` is valid against akomantoso30.xsd."""
    schema = _schema()
    from lxml import etree

    document = etree.fromstring(xml.encode("utf-8"))
    if not schema.validate(document):  # type: ignore[attr-defined]
        errors = "\n".join(str(e) for e in list(schema.error_log)[:10])  # type: ignore[attr-defined]
        pytest.fail(f"not valid Akoma Ntoso:\n{errors}")


def parse(xml: str) -> ET.Element:
    """The XML as an ElementTree element."""
    return ET.fromstring(xml)


def assert_consistent(xml: str) -> ET.Element:
    """eIds are unique and every internal reference points at a defined eId."""
    root = parse(xml)
    eids = [e.get("eId") for e in root.iter() if e.get("eId")]
    duplicates = {e for e in eids if eids.count(e) > 1}
    assert not duplicates, f"duplicate eIds: {sorted(duplicates)}"
    defined = set(eids)
    references = {
        e.get("eId") for e in root.find("*/a:meta/a:references", NS) or () if e.get("eId")
    }
    for element in root.iter():
        for attribute in ("by", "as", "refersTo", "href", "choice", "source", "to"):
            value = element.get(attribute)
            if value and value.startswith("#"):
                assert value[1:] in defined, f"{element.tag}@{attribute}={value} points nowhere"
        for attribute in ("by", "as", "choice"):
            value = element.get(attribute)
            if value:
                assert value[1:] in references, f"@{attribute}={value} is not in references"
    return root


def _para(text: str) -> str:
    return " ".join(text.split())


def _turn(label: str, *paragraphs: str, **fields: object) -> Intervention:
    names = attrs.fields_dict(Speaker)
    speaker_fields = {k: v for k, v in fields.items() if k in names}
    turn_fields = {k: v for k, v in fields.items() if k not in speaker_fields}
    return Intervention(
        Speaker(label=label, **speaker_fields),  # type: ignore[arg-type]
        paragraphs=tuple(_para(p) for p in paragraphs),
        **turn_fields,  # type: ignore[arg-type]
    )


def meeting_8967() -> Meeting:
    """The opening of S/PV.8967 (16 February 2022, French), turns copied from the record."""
    president = {"title": "Le Président", "role": Role.PRESIDENT, "language": "ru"}
    items: tuple[Intervention | ProceduralNote, ...] = (
        ProceduralNote(NoteKind.OPENING, "La séance est ouverte à 11 h 5.", time=dt.time(11, 5)),
        ProceduralNote(NoteKind.AGENDA_ITEM, "Adoption de l’ordre du jour"),
        ProceduralNote(NoteKind.AGENDA_ADOPTED, "L’ordre du jour est adopté."),
        ProceduralNote(
            NoteKind.AGENDA_ITEM,
            "Coopération entre l’Organisation des Nations Unies et les organisations régionales "
            "et sous-régionales aux fins du maintien de la paix et de la sécurité internationales",
        ),
        ProceduralNote(
            NoteKind.AGENDA_ITEM,
            "Coopération entre l’Organisation des Nations Unies et l’Organisation du Traité de "
            "sécurité collective",
        ),
        _turn(
            "Le Président (parle en russe) :",
            "Conformément à l’article 37 du règlement intérieur provisoire du Conseil, j’invite "
            "les représentants de l’Arménie, du Bélarus, du Kazakhstan, du Kirghizistan et du "
            "Tadjikistan à participer à la présente séance.",
            "Le Conseil de sécurité va maintenant aborder l’examen de la question inscrite à son "
            "ordre du jour.",
            **president,
        ),
        _turn(
            "Le Secrétaire général (parle en anglais) :",
            "Je salue l’occasion qui m’est donnée de prendre la parole devant le Conseil de "
            "sécurité sur la coopération entre l’Organisation des Nations Unies et "
            "l’Organisation du Traité de sécurité collective (OTSC).",
            "Les trois domaines que j’ai abordés ont un thème commun : le rôle fondamental des "
            "organisations régionales dans nos efforts conjoints pour faire avancer la paix et la "
            "sécurité.",
            title="Le Secrétaire général",
            role=Role.SECRETARY_GENERAL,
            language="en",
            switches=(LanguageSwitch(1, "fr", "(l’orateur poursuit en français)"),),
        ),
        _turn(
            "Le Président (parle en russe) :",
            "Je remercie le Secrétaire général de son exposé.",
            "Je donne maintenant la parole à M. Zas.",
            **president,
        ),
        _turn(
            "M. Zas (parle en russe) :",
            "Je remercie la présidence russe du Conseil de sécurité de son invitation à débattre "
            "de la participation de notre organisation au maintien de la paix et de la sécurité "
            "internationales.",
            honorific="M.",
            name="Zas",
            role=Role.BRIEFER,
            language="ru",
        ),
        _turn(
            "M. Kariuki (Royaume-Uni) (parle en anglais) :",
            "Je tiens d’abord à remercier le Secrétaire général et M. Stanislav Zas pour leurs "
            "exposés d’aujourd’hui sur la coopération entre l’Organisation du Traité de sécurité "
            "collective (OTSC) et l’ONU.",
            honorific="M.",
            name="Kariuki",
            country="Royaume-Uni",
            country_code="GBR",
            role=Role.COUNCIL_MEMBER,
            language="en",
        ),
        ProceduralNote(NoteKind.CLOSING, "La séance est levée à 13 h 15.", time=dt.time(13, 15)),
    )
    return Meeting(
        symbol="S/PV.8967",
        body="Security Council",
        number=8967,
        date=dt.date(2022, 2, 16),
        language="fr",
        president=Delegate(country="Fédération de Russie", country_code="RUS"),
        items=items,
    )


_PREAMBLE = (
    (
        "Ayant examiné",
        "Ayant examiné le rapport du Secrétaire général sur la coopération entre "
        "l'Organisation des Nations Unies et les organisations régionales ou autres,",
        ("1",),
    ),
    (
        "Rappelant également",
        "Rappelant également sa résolution 59/50 du 2 décembre 2004, dans "
        "laquelle elle a octroyé le statut d'observateur à l'Organisation du Traité de sécurité "
        "collective,",
        (),
    ),
    (
        "Rappelant",
        "Rappelant toutes les résolutions précédentes du Conseil de sécurité sur la "
        "question, notamment la résolution 1631 (2005) du 17 octobre 2005, ainsi que les "
        "déclarations pertinentes de la présidence du Conseil, notamment celles du 13 janvier 2010 "
        "et du 6 août 2013, qui soulignent qu'il importe d'établir des partenariats efficaces,",
        ("3", "4"),
    ),
)
_OPERATIVE = (
    (
        1,
        "Accueille avec satisfaction",
        "Accueille avec satisfaction le rapport du Secrétaire "
        "général sur la coopération entre l'Organisation des Nations Unies et les organisations "
        "régionales ou autres ;",
    ),
    (
        9,
        "Décide",
        "Décide d'inscrire à l'ordre du jour provisoire de sa quatre-vingt-unième "
        "session la question subsidiaire intitulée « Coopération entre l'Organisation des Nations "
        "Unies et l'Organisation du Traité de sécurité collective ».",
    ),
)


def draft_l11() -> Resolution:
    """Part of the French draft A/79/L.11 (6 November 2024), as the Markdown file gives it."""
    preamble = tuple(
        Paragraph(text=text, lead=lead, footnotes=notes) for lead, text, notes in _PREAMBLE
    )
    operative = tuple(
        Paragraph(text=text, number=number, lead=lead) for number, lead, text in _OPERATIVE
    )
    footnotes = (
        Footnote(
            "*",
            "Toute modification apportée à la liste des auteurs sera consignée dans le "
            "procès-verbal de la séance.",
            part="header",
        ),
        Footnote("1", "A/79/302-S/2024/600.", part="preamble", paragraph=0),
        Footnote(
            "3",
            "S/PRST/2010/1 ; voir Résolutions et décisions du Conseil de sécurité, "
            "1er août 2009-31 juillet 2010 (S/INF/65).",
            part="preamble",
            paragraph=2,
        ),
        Footnote("4", "S/PRST/2013/12.", part="preamble", paragraph=2),
    )
    citations = tuple(
        citation
        for part, paragraphs in (("preamble", preamble), ("operative", operative))
        for index, paragraph in enumerate(paragraphs)
        for citation in extract_citations(paragraph.text, language="fr", part=part, paragraph=index)
    ) + tuple(
        citation
        for note in footnotes
        for citation in extract_citations(
            note.text, language="fr", part="footnote", footnote=note.marker
        )
    )
    return Resolution(
        symbol=None,
        body="General Assembly",
        session=79,
        date=dt.date(2024, 11, 6),
        draft=True,
        agenda_item="125 t)",
        title="Coopération entre l'Organisation des Nations Unies et l'Organisation du Traité de "
        "sécurité collective",
        sponsors=tuple(
            Sponsor(name, code)
            for name, code in (
                ("Bélarus", "BLR"),
                ("Fédération de Russie", "RUS"),
                ("Kazakhstan", "KAZ"),
                ("Kirghizistan", "KGZ"),
                ("Tadjikistan", "TJK"),
            )
        ),
        language="fr",
        original_language="en",
        distribution="limitée",
        enacting_formula="L'Assemblée générale,",
        preamble=preamble,
        operative=operative,
        footnotes=footnotes,
        citations=citations,
    )


def resolution_79_10() -> Resolution:
    """The frame of A/RES/79/10 and its last operative paragraph and adoption line."""
    return Resolution(
        symbol="A/RES/79/10",
        session=79,
        date=dt.date(2024, 11, 19),
        title="Cooperation between the United Nations and the Collective Security Treaty "
        "Organization",
        language="en",
        enacting_formula="The General Assembly,",
        operative=(
            Paragraph(
                number=9,
                lead="Decides",
                text="Decides to include in the provisional agenda of its eighty-first session, "
                "under the item entitled “Cooperation between the United Nations and regional "
                "and other organizations”, the sub-item entitled “Cooperation between the United "
                "Nations and the Collective Security Treaty Organization”.",
            ),
        ),
        drafts=("A/79/L.11",),
        adoption="39th plenary meeting 18 November 2024",
        adopted_on=dt.date(2024, 11, 18),
        meeting="39th plenary meeting",
    )


def resolution_1540() -> Resolution:
    """Operative paragraph 8 of S/RES/1540 (2004), with its lettered sub-paragraphs."""
    subparagraphs = (
        Subparagraph(
            "(a)",
            "To promote the universal adoption and full implementation, and, "
            "where necessary, strengthening of multilateral treaties to which they are "
            "parties;",
        ),
        Subparagraph(
            "(b)",
            "To adopt national rules and regulations, where it has not yet been "
            "done, to ensure compliance with their commitments under the key "
            "multilateral nonproliferation treaties;",
            subparagraphs=(Subparagraph("(i)", "an invented nested point;"),),
        ),
    )
    return Resolution(
        symbol="S/RES/1540 (2004)",
        date=dt.date(2004, 4, 28),
        language="en",
        operative=(
            Paragraph(
                number=8,
                lead="Calls upon",
                text="Calls upon all States:",
                subparagraphs=subparagraphs,
            ),
        ),
    )


def text_of(element: ET.Element) -> str:
    """All the text of an element, spaces collapsed."""
    return re.sub(r"\s+", " ", "".join(element.itertext())).strip()
