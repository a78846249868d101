"""The number words of each language, one table per language: data, not code.

Each word has its value and whether it adds (a unit), multiplies what stands before it (a
scale: "hundred", "cent") or only joins (a joiner: "and", "et"), and whether it is an ordinal.
:mod:`csto_un.number_words` reads every language's table with one rule; adding a language
means adding its table to :data:`NUMBER_WORDS`.

>>> NUMBER_WORDS["fr"]["quatre-vingts"]
NumberWord(value=80, kind='unit', ordinal=False)
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

__all__ = ["NUMBER_WORDS", "NumberWord"]


@attrs.frozen
class NumberWord:
    """One number word: its value, its kind (``unit``, ``scale`` or ``joiner``), its form."""

    value: int
    kind: str
    ordinal: bool


def _table(
    *,
    joiners: dict[str, int],
    units: dict[str, int],
    scales: dict[str, int],
    ordinal_units: dict[str, int],
    ordinal_scales: dict[str, int],
) -> dict[str, NumberWord]:
    table: dict[str, NumberWord] = {}
    for words, kind, ordinal in (
        (joiners, "joiner", False),
        (units, "unit", False),
        (scales, "scale", False),
        (ordinal_units, "unit", True),
        (ordinal_scales, "scale", True),
    ):
        table.update({word: NumberWord(value, kind, ordinal) for word, value in words.items()})
    return table


#: English, as UN texts write them ("the thirty-eighth preambular paragraph", "seventy-ninth
#: session", "one hundred and twenty-first").
_EN = _table(
    joiners={
        "and": 0,
    },
    units={
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    },
    scales={
        "hundred": 100, "thousand": 1000,
    },
    ordinal_units={
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
        "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
        "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
        "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
        "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    },
    ordinal_scales={
        "hundredth": 100, "thousandth": 1000,
    },
)


#: French ("soixante-dix-neuvième session", "le trente-huitième alinéa du préambule",
#: "cent unième").
_FR = _table(
    joiners={
        "et": 0,
    },
    units={
        "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
        "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
        "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
        "soixante": 60, "quatre-vingt": 80, "quatre-vingts": 80,
    },
    scales={
        "cent": 100, "cents": 100, "mille": 1000,
    },
    ordinal_units={
        "premier": 1, "première": 1, "unième": 1, "deuxième": 2, "second": 2, "seconde": 2,
        "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7,
        "huitième": 8, "neuvième": 9, "dixième": 10, "onzième": 11, "douzième": 12,
        "treizième": 13, "quatorzième": 14, "quinzième": 15, "seizième": 16, "vingtième": 20,
        "trentième": 30, "quarantième": 40, "cinquantième": 50, "soixantième": 60,
        "quatre-vingtième": 80,
    },
    ordinal_scales={
        "centième": 100, "millième": 1000,
    },
)


def _gendered(masculine: dict[str, int]) -> dict[str, int]:
    """Spanish ordinals in "-o" with their feminine in "-a" ("tercero", "tercera")."""
    return {**masculine, **{w[:-1] + "a": v for w, v in masculine.items() if w.endswith("o")}}


#: Spanish ordinals of the units and of the tens, masculine.
_ES_UNIT_ORDINALS = {
    "primero": 1, "segundo": 2, "tercero": 3, "cuarto": 4, "quinto": 5, "sexto": 6,
    "séptimo": 7, "octavo": 8, "noveno": 9,
}
_ES_TEN_ORDINALS = {
    "vigésimo": 20, "trigésimo": 30, "cuadragésimo": 40, "quincuagésimo": 50,
    "sexagésimo": 60, "septuagésimo": 70, "octogésimo": 80, "nonagésimo": 90,
}


def _one_word(tens: dict[str, int], units: dict[str, int]) -> dict[str, int]:
    """Spanish ordinals past twenty written in one word, as the Real Academia allows: the
    tens' ordinal without its accent, then the unit's, which alone takes the gender and the
    short form ("vigesimoprimero", "vigesimoprimera", "vigesimoprimer", "trigesimoctavo" or
    "trigesimooctavo")."""
    out: dict[str, int] = {}
    for ten, ten_value in tens.items():
        stem = ten.replace("é", "e")
        for unit, unit_value in units.items():
            out[stem + unit] = ten_value + unit_value
            if unit.startswith("o"):
                out[stem[:-1] + unit] = ten_value + unit_value
    return out


#: Spanish ("el decimocuarto párrafo del preámbulo", "el trigésimo octavo párrafo", "Tercera
#: Comisión"): an ordinal past twenty is two ordinals ("vigésimo primero") or one word
#: ("vigesimoprimero").
_ES = _table(
    joiners={
        "y": 0,
    },
    units={
        "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
        "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13,
        "catorce": 14, "quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40,
        "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90,
    },
    scales={
        "cien": 100, "ciento": 100, "mil": 1000,
    },
    ordinal_units={
        "primer": 1, "tercer": 3,
        **_gendered({
            **_ES_UNIT_ORDINALS, "décimo": 10, "undécimo": 11, "duodécimo": 12,
            "decimoprimero": 11, "decimosegundo": 12, "decimotercero": 13, "decimocuarto": 14,
            "decimoquinto": 15, "decimosexto": 16, "decimoséptimo": 17, "decimoctavo": 18,
            "decimonoveno": 19, **_ES_TEN_ORDINALS,
        }),
        "decimotercer": 13, "decimoprimer": 11,
        **_one_word(
            _ES_TEN_ORDINALS,
            {**_gendered(_ES_UNIT_ORDINALS), "primer": 1, "tercer": 3},
        ),
    },
    ordinal_scales={
        "centésimo": 100, "centésima": 100,
    },
)

#: The endings of a Russian ordinal in every case, gender and number, after its stem: "-ый"
#: ("пятый", "пятом", "пятого") or, stressed, "-ой" ("второй", "втором").
_RU_ENDINGS = {
    "ый": ("ый", "ого", "ому", "ым", "ом", "ая", "ой", "ую", "ое", "ые", "ых", "ыми"),
    "ой": ("ой", "ого", "ому", "ым", "ом", "ая", "ую", "ое", "ые", "ых", "ыми"),
}
#: "третий" after its stem "треть-" ("третьем", "третьего").
_RU_THIRD = ("его", "ему", "им", "ем", "я", "ю", "е", "и", "их", "ими")


def _declined(ordinals: dict[str, int]) -> dict[str, int]:
    """Russian ordinals in every form, from their nominative masculine ("восьмой" →
    "восьмом", "восьмого" …; "третий" declines on its own)."""
    out: dict[str, int] = {}
    for word, value in ordinals.items():
        stem, ending = word[:-2], word[-2:]
        out.update({stem + form: value for form in _RU_ENDINGS[ending]})
    out.update({"третий": 3, **{"треть" + form: 3 for form in _RU_THIRD}})
    return out


#: Russian ("тридцать восьмой пункт преамбулы", "в двадцать первом пункте", "Третий
#: комитет"): the tens are cardinals, the last word an ordinal in the case the sentence asks.
_RU = _table(
    joiners={},
    units={
        "один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
        "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12,
        "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16,
        "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20,
        "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70,
        "восемьдесят": 80, "девяносто": 90, "сто": 100, "двести": 200, "триста": 300,
    },
    scales={
        "тысяча": 1000,
    },
    ordinal_units=_declined({
        "первый": 1, "второй": 2, "четвертый": 4, "четвёртый": 4, "пятый": 5,
        "шестой": 6, "седьмой": 7, "восьмой": 8, "девятый": 9, "десятый": 10,
        "одиннадцатый": 11, "двенадцатый": 12, "тринадцатый": 13, "четырнадцатый": 14,
        "пятнадцатый": 15, "шестнадцатый": 16, "семнадцатый": 17, "восемнадцатый": 18,
        "девятнадцатый": 19, "двадцатый": 20, "тридцатый": 30, "сороковой": 40,
        "пятидесятый": 50, "шестидесятый": 60, "семидесятый": 70, "восьмидесятый": 80,
        "девяностый": 90, "сотый": 100,
    }),
    ordinal_scales={
        "тысячный": 1000,
    },
)

#: The number words, by ISO 639-1 code.
NUMBER_WORDS: Mapping[str, Mapping[str, NumberWord]] = {
    "en": _EN, "fr": _FR, "es": _ES, "ru": _RU,
}
