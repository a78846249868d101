"""Every UN document and resolution a text cites, as canonical symbols with their dates.

The extractor reads what analysts read: "sa résolution 59/50 du 2 décembre 2004" is
A/RES/59/50 of 2004-12-02; "ses résolutions 64/256 du 2 mars 2010, 65/122 … et 77/13" is
one citation per resolution; "la résolution 1631 (2005)" is S/RES/1631 (2005); a full symbol
("A/79/302-S/2024/600", "S/PRST/2010/1", "E/2009/28") is itself. Resolutions of other bodies
("Human Rights Council resolution 33/11") are not General Assembly resolutions and are left out.

>>> [c.symbol for c in extract_citations("Rappelant sa résolution 59/50 du 2 décembre 2004")]
['A/RES/59/50']
>>> extract_citations("resolution 1631 (2005) of 17 October 2005")[0].date
datetime.date(2005, 10, 17)

The word tables (months, the words for "resolution", other bodies) are the citation words of
each language, :attr:`csto_un.words.Words.citations`.
"""

from __future__ import annotations

import datetime as dt
import functools
import operator
import re
from collections.abc import Iterable, Iterator

from .errors import SymbolError, expect
from .folding import fold_accents
from .model import Citation, Part
from .symbols import DocumentSymbol, parse_symbol
from .words import WORDS, CitationWords

__all__ = ["MONTHS", "extract_citations", "find_date", "parse_date"]

def _citation_months(months: dict[str, int]) -> dict[str, int]:
    """A language's months with their unaccented forms ("fevrier", "aout"): cited as typed."""
    return {form: number for name, number in months.items() for form in (name, fold_accents(name))}


#: The word tables of the languages whose citations are read: ``WORDS[code].citations``.
_CITATION_WORDS: dict[str, CitationWords] = {
    code: words.citations for code, words in WORDS.items() if words.citations is not None
}

#: Month names per language (lower case) → month number.
MONTHS: dict[str, dict[str, int]] = {
    code: _citation_months(dict(WORDS[code].months)) for code in _CITATION_WORDS
}

#: The word for "resolution" (singular and plural), per language, as a regex alternative.
_RESOLUTION_WORDS = {code: words.resolution for code, words in _CITATION_WORDS.items()}

#: The word linking a citation to its date: "of 2 December 2004", "du 2 décembre 2004".
_DATE_LINKS = {code: words.date_links for code, words in _CITATION_WORDS.items()}

#: Words joining the members of a list: ", ", " and ", " et ".
_LIST_JOINS = {code: words.list_joins for code, words in _CITATION_WORDS.items()}

_ORGANS = ("A", "S", "E", "ST", "T", "DP", "TD", "UNEP")
_ORGAN_PREFIX = rf"(?:{'|'.join(_ORGANS)})"
# The same, not after a letter, digit or slash: each organ's first letter, then what stands
# behind it (a pattern opening with a look-behind is tried at every character; this one is
# looked for at the organs' first letters alone).
_FIRST_ORGAN = "|".join(rf"{o[0]}(?<![\w/]{o[0]}){o[1:]}" for o in _ORGANS)
_SYMBOL_RE = re.compile(
    rf"((?:{_FIRST_ORGAN})/[A-Za-z0-9.\-]+(?:/[A-Za-z0-9.\-]+)*"
    rf"(?:\s*[-–]\s*{_ORGAN_PREFIX}/[A-Za-z0-9.\-]+(?:/[A-Za-z0-9.\-]+)*)*)"
)
# A resolution as texts cite it by number: 59/50, S-30/1, ES-10/2, 1631 (2005), 2758 (XXVI),
# 2453 A (XXIII).
_REF = (
    r"(?:(?:ES-|S-)?\d{1,3}/\d{1,4}(?!\s*\(\d{4}\))(?![\d/])"
    r"|\d{1,4}(?:\s?[A-F])?\s*\((?:\d{4}|[IVXLC]+)\)"
    r"|\d{3,4}(?![\d/.,]\d)(?!\s*\())"  # a bare number: only after "Security Council"
)


def _languages(language: str | None) -> tuple[str, ...]:
    if language is None or language not in MONTHS:
        return tuple(MONTHS)
    return (language,)


def _alternatives(table: dict[str, str], languages: Iterable[str]) -> str:
    return "|".join(table[lang] for lang in languages if lang in table)


@functools.lru_cache(maxsize=16)
def _list_patterns(languages: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A list of resolutions ("resolutions 64/256 of 2 March 2010 and 77/13") and one item of
    it, in the word tables of ``languages``: compiled once per set of languages."""
    date_re = _date_pattern(languages)
    link = _alternatives(_DATE_LINKS, languages)
    join = _alternatives(_LIST_JOINS, languages)
    word = _alternatives(_RESOLUTION_WORDS, languages)
    item = rf"({_REF})(?:\s*,?\s+(?:{link})\s+({date_re}))?"
    sep = rf"\s*(?:[,;]\s*(?:(?:{join})\s+)?|(?:{join})\s+)"
    list_re = re.compile(rf"\b({word})\s+{item}((?:{sep}{item})*)", re.IGNORECASE)
    return list_re, re.compile(item, re.IGNORECASE)


@functools.lru_cache(maxsize=16)
def _date_regex(languages: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(_date_pattern(languages), re.IGNORECASE)


def _date_pattern(languages: Iterable[str]) -> str:
    months = "|".join(
        sorted({m for lang in languages for m in MONTHS[lang]}, key=len, reverse=True)
    )
    return rf"(?:1er|\d{{1,2}})\s+(?:{months})\s+\d{{4}}"


def parse_date(text: str, language: str | None = None) -> dt.date | None:
    """The date written in ``text`` ("2 décembre 2004", "18 November 2024", "1er août 2009"),
    or as another official language prints it (:attr:`csto_un.words.Words.date_form`).

    >>> parse_date("6 novembre 2024")
    datetime.date(2024, 11, 6)
    >>> parse_date("5 de diciembre de 2022"), parse_date("5 декабря 2022 года")
    (datetime.date(2022, 12, 5), datetime.date(2022, 12, 5))
    >>> parse_date("2022年12月5日"), parse_date("٥ كانون الأول/ديسمبر ٢٠٢٢")
    (datetime.date(2022, 12, 5), datetime.date(2022, 12, 5))
    """
    found = find_date(text, language)
    return None if found is None else found[0]


def find_date(text: str, language: str | None = None) -> tuple[dt.date, int, int] | None:
    """The first date in ``text`` with its start and end offsets, or ``None``: in the citation
    languages' "day month year", else in another language's form ("5 de diciembre de 2022")."""
    return _find_day_month_year(text, language) or _find_printed_date(text)


def _find_day_month_year(text: str, language: str | None) -> tuple[dt.date, int, int] | None:
    languages = _languages(language)
    for match in _date_regex(languages).finditer(text):
        day_s, month_s, year_s = match[0].split()
        day = 1 if day_s.lower() == "1er" else int(day_s)
        month = next(
            (
                MONTHS[lang][month_s.lower()]
                for lang in languages
                if month_s.lower() in MONTHS[lang]
            ),
            None,
        )
        if month is None:
            continue
        try:
            return dt.date(int(year_s), month, day), match.start(), match.end()
        except ValueError:
            continue
    return None


#: Each language's own date form (``Words.date_form``) with the month names it reads.
_DATE_FORMS: tuple[tuple[re.Pattern[str], dict[str, int]], ...] = tuple(
    (re.compile(words.date_form, re.IGNORECASE), {**words.months, **words.date_months})
    for words in WORDS.values()
    if words.date_form
)


def _find_printed_date(text: str) -> tuple[dt.date, int, int] | None:
    """The first date in ``text`` written in a language's own form, with its offsets; digits
    may be Arabic-Indic ("٥ كانون الأول/ديسمبر ٢٠٢٢")."""
    found = (_first_date(pattern, months, text) for pattern, months in _DATE_FORMS)
    return min(filter(None, found), key=operator.itemgetter(1), default=None)


def _first_date(
    pattern: re.Pattern[str], months: dict[str, int], text: str
) -> tuple[dt.date, int, int] | None:
    for match in pattern.finditer(text):
        month = _month_number(match["month"], months)
        if month is None:
            continue
        try:
            return dt.date(int(match["year"]), month, int(match["day"])), *match.span()
        except ValueError:
            continue
    return None


def _month_number(printed: str, months: dict[str, int]) -> int | None:
    """A month printed in figures, by a name, or by two names joined by "/"."""
    if printed.isdigit():
        return int(printed)
    name = re.sub(r"\s*/\s*", "/", printed.lower())
    return months.get(name, months.get(name.split("/")[0]))


def _symbol_year(symbol: DocumentSymbol) -> int | None:
    """The earliest year a document with this symbol can have been issued."""
    if symbol.year is not None:
        return symbol.year
    if symbol.organ == "A" and symbol.session is not None and symbol.special is None:
        # The nth regular session opens in September of 1945 + n.
        return 1945 + symbol.session_number if symbol.session_number is not None else None
    return None


def _possible(symbol: DocumentSymbol, date: dt.date | None, year: int | None) -> bool:
    if year is None:
        return True
    earliest = _symbol_year(symbol)
    if earliest is not None and earliest > year:
        return False
    return not (date is not None and date.year > year)


def _clean_symbol_text(raw: str) -> str:
    return raw.rstrip(".-–,;:").replace("–", "-")


def extract_citations(
    text: str,
    *,
    language: str | None = None,
    year: int | None = None,
    part: Part | str | None = None,
    paragraph: int | None = None,
    footnote: str | None = None,
) -> tuple[Citation, ...]:
    """Every document and resolution ``text`` cites, in order of appearance.

    ``language`` ("fr", "en"; ``None`` tries every table) chooses the word tables; ``year`` is
    the year of the citing document: a citation of a later year is impossible and left out.
    ``part``, ``paragraph`` (a paragraph's index) and ``footnote`` (a footnote's marker) are
    copied into each :class:`~csto_un.Citation`, whose ``offset`` is the position of the
    cited words in ``text``.

    >>> [c.symbol for c in extract_citations(
    ...     "ses résolutions 64/256 du 2 mars 2010, 65/122 du 13 décembre 2010 et 77/13",
    ...     language="fr")]
    ['A/RES/64/256', 'A/RES/65/122', 'A/RES/77/13']
    """
    expect(text, str, "the text to search")
    # A resolution's number has digits, a full symbol a slash: a text without them (most of
    # a resolution's paragraphs) cites nothing.
    digits = _has_digit(text)
    if not digits and "/" not in text:
        return ()
    languages = _languages(language)
    found: list[tuple[int, Citation]] = []
    taken: list[tuple[int, int]] = []

    def add(symbol: DocumentSymbol, start: int, end: int, date: dt.date | None) -> None:
        if not _possible(symbol, date, year):
            return
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        citation = Citation(
            symbol=str(symbol),
            text=text[start:end],
            part=part,
            paragraph=paragraph,
            offset=start,
            date=date,
            footnote=footnote,
        )
        found.append((start, citation))

    list_re, item_re = _list_patterns(languages)
    # A list of resolutions needs a number; it is looked for only where the word
    # "resolution" stands (searched from where it first stands).
    for match in _lists(list_re, text, languages) if digits else ():
        organ = _body_before(text, match.start(), languages)
        if organ == "":
            continue
        for sub in item_re.finditer(text, match.start(2), match.end()):
            try:
                symbol = _resolution_symbol(sub[1], organ)
            except SymbolError:
                continue
            date = parse_date(sub[2], language) if sub[2] else None
            add(symbol, sub.start(), sub.end(), date)
    for match in _SYMBOL_RE.finditer(text) if "/" in text else ():
        raw = _clean_symbol_text(match[1])
        try:
            symbol = parse_symbol(raw)  # (parsed once per process)
        except SymbolError:
            continue
        add(symbol, match.start(), match.start() + len(raw), None)
    if len(found) > 1:
        found.sort(key=_START)  # (stable: a list's items before the symbols at one place)
    return tuple([citation for _, citation in found])


_START = operator.itemgetter(0)


def _body_before(text: str, start: int, languages: Iterable[str]) -> str | None:
    """The organ of a resolution named just before ``start``: ``None`` for the GA or SC
    (decided by the number's form), ``"E"`` for ECOSOC, ``""`` for a body we do not cite."""
    before = text[max(0, start - 60) : start].rstrip().lower()
    for lang in languages:
        for body, organ in _CITATION_WORDS[lang].other_bodies.items():
            if before.endswith(body.lower()):
                return "" if organ is None else organ
    return None


_DIGIT = re.compile(r"\d")


def _lists(
    list_re: re.Pattern[str], text: str, languages: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """``list_re.finditer(text)``, the pattern tried only where one of its languages' words
    for "resolution" stands (found by a plain search of the text's lower case), not at every
    character. A text not in ASCII, whose case the pattern folds otherwise ("ſ"), is searched
    whole."""
    stems = _word_stems(languages) if text.isascii() else None
    if stems is None:
        yield from list_re.finditer(text)
        return
    lowered = text.lower()
    position = 0
    while True:
        found = [at for stem in stems if (at := lowered.find(stem, position)) >= 0]
        if not found:
            return
        at = min(found)
        match = list_re.match(text, at)
        if match is None:
            position = at + 1
            continue
        yield match
        position = match.end()


@functools.lru_cache(maxsize=16)
def _word_stems(languages: tuple[str, ...]) -> tuple[str, ...] | None:
    """The letters every form of a word for "resolution" opens with, in lower case, per
    alternative of the word tables of ``languages`` ("resolutions?": "resolution"); ``None``
    when an alternative is not a plain word with a quantified end."""
    stems: list[str] = []
    for alternative in _alternatives(_RESOLUTION_WORDS, languages).split("|"):
        plain = _PLAIN_OPENING.match(alternative)
        stem = plain[0] if plain else ""
        rest = alternative[len(stem) :]
        if rest[:1] in ("?", "*", "{"):
            stem = stem[:-1]  # the letter the quantifier makes optional
        elif rest[:1] not in ("", "+"):
            return None
        if not stem:
            return None
        stems.append(stem.lower())
    return tuple(stems)


#: The plain letters an alternative of a regular expression opens with.
_PLAIN_OPENING = re.compile(r"[^\\()\[\]?*+{}|.^$]+")


def _has_digit(text: str) -> bool:
    """Whether ``text`` holds a digit (what ``\\d`` matches): a plain search for each ASCII
    digit first; only a text with other characters is scanned for the others."""
    return any(map(text.__contains__, "0123456789")) or (
        not text.isascii() and _DIGIT.search(text) is not None
    )


_LETTERED = re.compile(r"(\d{1,4})\s?([A-F])\s*\(([IVXLC]+)\)")
_NUMBER_ALONE = re.compile(r"\d{3,4}")


@functools.lru_cache(maxsize=4096)
def _resolution_symbol(ref: str, organ: str | None) -> DocumentSymbol:
    lettered = _LETTERED.fullmatch(ref)
    if lettered:  # "2453 A (XXIII)": one of several resolutions adopted under one number
        return DocumentSymbol.parse(
            f"{organ or 'A'}/RES/{lettered[1]} {lettered[2]} ({lettered[3]})"
        )
    if _NUMBER_ALONE.fullmatch(ref):
        if organ != "S":  # "resolution 1373" alone: whose? Only the Security Council's are cited
            raise SymbolError(f"a resolution number without organ or year: {ref!r}")
        return DocumentSymbol.parse(f"S/RES/{ref}")
    return DocumentSymbol.resolution(ref, organ=organ)
