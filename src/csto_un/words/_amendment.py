"""The words of amendments, one table per language: data, not code.

Each entry is a regular expression fragment matched case-insensitively against the text of an
instruction in which every quoted passage was replaced by a placeholder ``⟨n⟩``. Adding a
language means adding a table (and its number words in :mod:`csto_un.words._numbers`):
English, French, Spanish and Russian so far, in the forms the United Nations prints them ("In
operative paragraph 5, replace “…” with “…”"; "Au paragraphe 5 du dispositif, remplacer
« … » par « … »"; "En el párrafo 5 de la parte dispositiva, sustitúyase “…” por “…”").
"""

from __future__ import annotations

import attrs

__all__ = ["AMENDMENT_WORDS", "AmendmentWords"]


@attrs.frozen
class AmendmentWords:
    """How one language writes an amendment and its instructions."""

    #: The end of the sponsors' line before the draft's symbol: "…: amendment to revised draft
    #: resolution" (A/C.3/80/L.3/Rev.1).
    amends: str
    #: The Main Committee line of the first page ("Third Committee"; group ``ordinal``).
    committee: str
    #: Part names → ``"preamble"`` / ``"operative"`` ("preambular" → "preamble").
    parts: dict[str, str]
    #: "paragraph" / "paragraphs", and the sub-paragraph word.
    paragraph: str
    subparagraph: str
    #: Words joining items of a list ("and", ",").
    joiner: str
    #: The word joining two changes ("delete ⟨0⟩ and insert ⟨1⟩").
    and_: str
    #: "In operative paragraph 5," opening an instruction that works inside paragraphs.
    inside: str
    delete: str
    replace: str
    #: The word between the old and the new text of a replacement ("with", "by").
    replace_with: str
    insert: str
    after: str
    before: str
    at_end: str
    #: "a new operative paragraph" (its part in group ``part``, which may be missing: "un
    #: nouveau paragraphe" is of the part of the paragraph it follows), and what introduces
    #: its text ("reading:", "to read:").
    new_paragraph: str
    reading: str
    #: "a new subparagraph" ("(c)" may follow), put beside the sub-paragraph the instruction
    #: names ("After operative paragraph 7 (a), insert a new subparagraph reading: …"); a new
    #: paragraph after a sub-paragraph is a sub-paragraph too ("un nouvel alinéa").
    new_subparagraph: str
    #: "with the following" / "to read" after "Replace operative paragraph 5".
    replace_whole: str
    #: How a paragraph is named, in the language's order: by ordinal words ("the
    #: thirty-eighth preambular paragraph", "le trente-huitième alinéa du préambule") and by
    #: number ("operative paragraphs 2 and 4", "paragraphes 2 et 4 du dispositif"); the
    #: templates' ``{ords}``, ``{nums}``, ``{parts}`` and ``{paragraph}`` are filled by the
    #: parser (groups ``ords``/``opart`` and ``nums``/``npart``). ``subparagraph_of`` names a
    #: sub-paragraph before what holds it ("subparagraph (b) of", "l'alinéa b) du", marks of
    #: nested ones after it: "(b) (ii)"); the parser lets it repeat, innermost first
    #: ("subparagraph (ii) of subparagraph (b) of", "l'alinéa ii) de l'alinéa b) du", "el
    #: inciso ii) del apartado b) del"). ``sub_mark`` is a sub-paragraph's mark, after a
    #: number too ("5 (a)", "5 a)", "5 (b) (ii)"). Its ``{marks}`` is filled by the parser:
    #: one mark or nested marks, or several joined by ``joiner`` or ``sub_range`` ("(a) and
    #: (b)", "(c) to (e)": one sub-paragraph each).
    ordinal_reference: str = r"(?:the\s+)?(?P<ords>{ords})\s+(?P<opart>{parts})\s+{paragraph}"
    number_reference: str = r"(?P<npart>{parts})\s+{paragraph}\s+(?P<nums>{nums})"
    subparagraph_of: str = r"sub-?paragraphs?\s+{marks}\s*of\s+"
    sub_mark: str = r"\([a-z]{1,4}\)"
    #: One ordinal in words ("thirty-eighth"; Spanish "trigésimo octavo", "centésimo vigésimo
    #: primer", up to three words).
    ordinal: str = r"[^\W\d_]+(?:-[^\W\d_]+)*"
    #: The words between the first and the last sub-paragraph of a range ("(c) to (e)",
    #: "c) à e)", "c) a e)", "c)–e)").
    sub_range: str = r"\s+(?:to|through)\s+"
    #: "At the end of" before the paragraph named, opening an instruction that adds words at
    #: the end of it ("At the end of operative paragraph 3, add “…”"); empty where unknown.
    at_end_of: str = r"at\s+the\s+end\s+of"
    #: Words that may stand before a quoted passage ("les mots", "las palabras").
    quote_lead: str = ""
    #: Whether the quoted words may stand before the verb, as in Russian ("слова «…» заменить
    #: словами «…»", "слова «…» исключить", "слова «…» вставить после слов «…»"): read as
    #: the same changes as the verb first.
    quote_first: bool = False
    #: The words after the paragraph named that give its new text, where a language names the
    #: paragraph first (Russian "Пункт 5 постановляющей части изложить в следующей редакции:
    #: «…»"); empty where it does not.
    restate: str = ""
    #: The articles that may open an ordinal of a list ("the first and the third preambular
    #: paragraphs", "el vigésimo primer y el trigésimo octavo párrafos").
    article: str = r"the"


ENGLISH = AmendmentWords(
    amends=(r"amendments?\s+to\s+(?:the\s+)?(?:revised\s+)?draft\s+(?:resolution|decision)"),
    committee=r"(?P<ordinal>[a-z]+)\s+committee",
    parts={"preambular": "preamble", "operative": "operative"},
    paragraph=r"paragraphs?",
    subparagraph=r"sub-?paragraphs?",
    joiner=r"\s*(?:,\s*and|,|and)\s*",
    and_=r"and",
    inside=r"in",
    delete=r"delete",
    replace=r"replace",
    replace_with=r"with|by",
    insert=r"insert|add",
    after=r"after",
    before=r"before",
    at_end=r"at\s+the\s+end(?:\s+of\s+the\s+paragraph)?",
    new_paragraph=r"(?:an?\s+)?new\s+(?P<part>[^\s,]+)\s+paragraphs?",
    new_subparagraph=r"(?:an?\s+)?new\s+sub-?paragraph(?:\s+\([a-z]{1,4}\))?",
    reading=r"(?:,?\s*(?:reading|to\s+read|as\s+follows|which\s+reads)\s*)?:?",
    replace_whole=r"(?:with\s+the\s+following(?:\s+text)?|to\s+read(?:\s+as\s+follows)?|by\s+the\s+following)",
)

#: French, as the United Nations prints it: "Supprimer le quatorzième alinéa du préambule",
#: "Au paragraphe 5 du dispositif, remplacer « … » par « … »", "Après le paragraphe 3 du
#: dispositif, insérer un nouveau paragraphe ainsi libellé : « … »" (a new "alinéa" or
#: "paragraphe" without its part is of the part of the paragraph it follows).
FRENCH = AmendmentWords(
    amends=r"amendements?\s+au\s+projet\s+de\s+(?:résolution|décision)(?:\s+révisé)?",
    committee=r"(?P<ordinal>[^\W\d_]+)\s+commission",
    parts={"du préambule": "preamble", "du dispositif": "operative"},
    paragraph=r"(?:alinéas?|paragraphes?)",
    subparagraph=r"alinéas?",
    joiner=r"\s*(?:,\s*et|,|et)\s*",
    and_=r"et",
    inside=r"(?:au|aux|à|dans(?:\s+l[ea]s?)?)",
    delete=r"supprimer",
    replace=r"remplacer",
    replace_with=r"par",
    insert=r"(?:insérer|ajouter)",
    after=r"après",
    before=r"avant",
    at_end=r"à\s+la\s+fin(?:\s+du\s+paragraphe|\s+de\s+l'alinéa)?",
    new_paragraph=(
        r"une?\s+nouv(?:eau|el|elle)\s+(?:alinéa|paragraphe)"
        r"(?:\s+(?P<part>du\s+préambule|du\s+dispositif))?"
    ),
    new_subparagraph=r"une?\s+nouv(?:eau|el)\s+alinéa(?:\s+[a-z]{1,4}\))?",
    reading=(
        r"(?:,?\s*(?:ainsi\s+libellée?|libellée?\s+comme\s+suit|qui\s+se\s+lit\s+comme"
        r"\s+suit|comme\s+suit)\s*)?:?"
    ),
    replace_whole=r"(?:par\s+le\s+(?:texte\s+)?suivant|par\s+ce\s+qui\s+suit)",
    ordinal_reference=r"(?:(?:le|les|l')\s*)?(?P<ords>{ords})\s+{paragraph}\s+(?P<opart>{parts})",
    number_reference=r"(?:(?:le|les|l')\s*)?{paragraph}\s+(?P<nums>{nums})\s+(?P<npart>{parts})",
    subparagraph_of=r"(?:l'|les\s+)?alinéas?\s+{marks}\s*(?:du|de)\s+",
    sub_mark=r"[a-z]{1,4}\)",
    sub_range=r"\s+à\s+",
    at_end_of=r"à\s+la\s+fin\s+(?:du|des|de)",
    quote_lead=r"(?:les\s+mots\s+|le\s+mot\s+)?",
    article=r"le|la|les",
)

#: Spanish, as the United Nations prints it: "Suprímase el decimocuarto párrafo del
#: preámbulo", "En el párrafo 5 de la parte dispositiva, sustitúyase “…” por “…”",
#: "Después del párrafo 3 de la parte dispositiva, insértese un nuevo párrafo que diga: “…”".
SPANISH = AmendmentWords(
    amends=r"enmiendas?\s+al\s+proyecto\s+de\s+(?:resolución|decisión)(?:\s+revisado)?",
    committee=r"(?P<ordinal>[^\W\d_]+)\s+comisión",
    parts={"del preámbulo": "preamble", "de la parte dispositiva": "operative"},
    paragraph=r"párrafos?",
    subparagraph=r"apartados?",
    joiner=r"\s*(?:,\s*y|,|y)\s*",
    and_=r"y",
    inside=r"en(?:\s+el|\s+los)?",
    delete=r"(?:suprímanse|suprímase|elimínese)",
    replace=r"(?:sustitúyanse|sustitúyase|reemplácese)",
    replace_with=r"por",
    insert=r"(?:insértense|insértese|añádase|agréguese)",
    after=r"después\s+del?",
    before=r"antes\s+del?",
    at_end=r"al\s+final(?:\s+del\s+párrafo)?",
    new_paragraph=(
        r"(?:un\s+)?nuevo\s+párrafo(?:\s+(?P<part>del\s+preámbulo|de\s+la\s+parte"
        r"\s+dispositiva))?"
    ),
    new_subparagraph=r"(?:un\s+)?nuevo\s+apartado(?:\s+[a-z]{1,4}\))?",
    reading=(
        r"(?:,?\s*(?:que\s+diga|cuyo\s+texto\s+(?:sea|será)\s+el\s+siguiente|del\s+tenor"
        r"\s+siguiente|redactado\s+en\s+los\s+siguientes\s+términos)\s*)?:?"
    ),
    replace_whole=r"(?:por\s+el\s+(?:texto\s+)?siguiente)",
    ordinal_reference=r"(?:(?:el|los)\s+)?(?P<ords>{ords})\s+{paragraph}\s+(?P<opart>{parts})",
    number_reference=r"(?:(?:el|los)\s+)?{paragraph}\s+(?P<nums>{nums})\s+(?P<npart>{parts})",
    subparagraph_of=r"(?:(?:el|los)\s+)?(?:apartados?|incisos?)\s+{marks}\s*del\s+",
    sub_mark=r"[a-z]{1,4}\)",
    ordinal=r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}",
    sub_range=r"\s+a\s+",
    at_end_of=r"al\s+final\s+del?",
    quote_lead=r"(?:las\s+palabras\s+|la\s+palabra\s+)?",
    article=r"el|la|los|las",
)

#: Russian, as the United Nations prints it: "Исключить четырнадцатый пункт преамбулы", "В
#: пункте 5 постановляющей части заменить слова «…» словами «…»", "В двадцать первом пункте
#: преамбулы вставить слова «…» после слов «…»", "После пункта 3 постановляющей части включить
#: новый пункт следующего содержания: «…»" (no comma after the paragraph named; the ordinal
#: and "пункт" in the case the sentence asks).
RUSSIAN = AmendmentWords(
    amends=r"поправк[аи]\s+к\s+(?:пересмотренному\s+)?проекту\s+(?:резолюции|решения)",
    committee=r"(?P<ordinal>[^\W\d_]+)\s+комитет",
    parts={"преамбулы": "preamble", "постановляющей части": "operative"},
    paragraph=r"пункт(?:ы|ов|ах|ам|ами|а|е|у|ом)?",
    subparagraph=r"подпункт(?:ы|ов|ах|ам|ами|а|е|у|ом)?",
    joiner=r"\s*(?:,\s*и|,|и)\s*",
    and_=r"и",
    inside=r"в",
    delete=r"исключить",
    replace=r"заменить",
    replace_with=r"словами|словом|на",
    insert=r"(?:вставить|включить|добавить)(?:\s+слова|\s+слово)?",
    after=r"после(?:\s+слова|\s+слов)?",
    before=r"перед(?:\s+словами|\s+словом)?",
    at_end=r"в\s+конце(?:\s+пункта)?",
    new_paragraph=r"новый\s+пункт(?:\s+(?P<part>преамбулы|постановляющей\s+части))?",
    new_subparagraph=r"новый\s+подпункт(?:\s+[a-zа-я]{1,4}\))?",
    reading=r"(?:,?\s*(?:следующего\s+содержания|такого\s+содержания|гласящий)\s*)?:?",
    replace_whole=r"(?:следующим\s+текстом|текстом\s+следующего\s+содержания)",
    ordinal_reference=r"(?P<ords>{ords})\s+{paragraph}\s+(?P<opart>{parts})",
    number_reference=r"{paragraph}\s+(?P<nums>{nums})\s+(?P<npart>{parts})",
    subparagraph_of=r"подпункт(?:ы|ов|ах|ам|ами|а|е|у|ом)?\s+{marks}\s*",
    sub_mark=r"[a-zа-я]{1,4}\)",
    ordinal=r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}",
    sub_range=r"\s*[-–—]\s*",
    at_end_of=r"в\s+конце",
    quote_lead=r"(?:слова\s+|слово\s+)?",
    quote_first=True,
    restate=r"изложить\s+в\s+следующей\s+редакции",
    article=r"(?!)",  # none
)

#: The amendment words of every language the parser knows, by ISO 639-1 code.
AMENDMENT_WORDS: dict[str, AmendmentWords] = {
    "en": ENGLISH, "fr": FRENCH, "es": SPANISH, "ru": RUSSIAN,
}
