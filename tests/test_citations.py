"""The citation extractor: every document and resolution a text cites, normalised."""

from __future__ import annotations

import datetime as dt

import pytest

from csto_un import Citation, Part, citations, extract_citations
from csto_un.citations import parse_date


def symbols(text: str, **kwargs: object) -> list[str]:
    return [c.symbol for c in extract_citations(text, **kwargs)]  # type: ignore[arg-type]


def test_resolution_with_french_date() -> None:
    (citation,) = extract_citations("sa résolution 59/50 du 2 décembre 2004, dans laquelle")
    assert citation.symbol == "A/RES/59/50"
    assert citation.date == dt.date(2004, 12, 2)
    assert citation.text == "59/50 du 2 décembre 2004"
    assert citation.offset == len("sa résolution ")


def test_list_of_resolutions_each_cited_with_its_date() -> None:
    text = (
        "ses résolutions 64/256 du 2 mars 2010, 65/122 du 13 décembre 2010, 67/6 du "
        "19 novembre 2012 et 75/276 du 28 avril 2021 et 77/13 du 21 novembre 2022 sur"
    )
    found = extract_citations(text, language="fr")
    assert [c.symbol for c in found] == [
        "A/RES/64/256", "A/RES/65/122", "A/RES/67/6", "A/RES/75/276", "A/RES/77/13",
    ]  # fmt: skip
    assert [c.date for c in found][-1] == dt.date(2022, 11, 21)
    for citation in found:
        assert text[citation.offset or 0 :].startswith(citation.text)


def test_english_list_with_missing_space_and_line_break() -> None:
    text = (
        "71/12\nof 21 November 2016, 73/331 of 25 July 2019,75/276 of 28 April 2021 and "
        "77/13 of\n21 November 2022"
    )
    assert symbols("its resolutions 69/12 of 11 November 2014, " + text) == [
        "A/RES/69/12", "A/RES/71/12", "A/RES/73/331", "A/RES/75/276", "A/RES/77/13",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("la résolution 1631 (2005) du 17 octobre 2005", ["S/RES/1631 (2005)"]),
        ("résolutions 1624 (2005) et 2354 (2017)", ["S/RES/1624 (2005)", "S/RES/2354 (2017)"]),
        ("1 A/79/302-S/2024/600.", ["A/79/302-S/2024/600"]),
        ("1  A/73/328–S/2018/592.", ["A/73/328-S/2018/592"]),
        ("S/PRST/2010/1 ; voir Résolutions (S/INF/65).", ["S/PRST/2010/1", "S/INF/65"]),
        ("Résolution S-30/1, annexe.", ["A/RES/S-30/1"]),
        ("resolution 2758 (XXVI) of 25 October 1971", ["A/RES/2758 (XXVI)"]),
        ("Supplément n° 8 (E/2009/28), chap. I", ["E/2009/28"]),
        ("the report A/75/982 of the Secretary-General", ["A/75/982"]),
        (
            "resolutions 1933 (2010), 1942 (2010), and 1992 (2011) and",
            ["S/RES/1933 (2010)", "S/RES/1942 (2010)", "S/RES/1992 (2011)"],
        ),
    ],
)
def test_forms(text: str, expected: list[str]) -> None:
    assert symbols(text) == expected


def test_lettered_resolution_of_the_old_numbering() -> None:
    # The canonical spelling of "2453 A (XXIII)" belongs to DocumentSymbol; we only cite it.
    (citation,) = extract_citations("its resolutions 2453 A (XXIII) of 20 December 1968")
    assert citation.symbol.startswith("A/RES/2453")
    assert citation.date == dt.date(1968, 12, 20)


def test_security_council_resolutions_by_number_alone() -> None:
    text = "the Committee established under Security Council resolution 1267 and resolution 1373"
    assert symbols(text) == ["S/RES/1267"]  # "resolution 1373" alone names no organ
    assert symbols("Security Council resolution 1540 (2004)") == ["S/RES/1540 (2004)"]


def test_other_bodies_resolutions_are_not_general_assembly_ones() -> None:
    text = (
        "Human Rights Council resolution 33/11 of 29 September 2016 and World Health "
        "Assembly resolution 69.2; resolution 16/25 (2011) of the Human Rights Council"
    )
    assert symbols(text) == []


def test_impossible_citations_are_rejected() -> None:
    assert symbols("resolution 80/1 of 1 December 2025", year=2024) == []
    assert symbols("resolution 1631 (2030)", year=2024) == []
    assert symbols("S/2031/5", year=2024) == []
    assert symbols("resolution 79/1 of 1 October 2024", year=2024) == ["A/RES/79/1"]


def test_part_and_paragraph_are_copied() -> None:
    (citation,) = extract_citations("Resolution 60/288.", part="preamble", paragraph=5)
    assert (citation.part, citation.paragraph, citation.footnote) == (Part.PREAMBLE, 5, None)


def test_a_footnotes_marker_is_its_own_field_and_the_part_an_enum() -> None:
    (citation,) = extract_citations("Resolution 60/288.", part="footnote", footnote="5")
    assert (citation.part, citation.paragraph, citation.footnote) == (Part.FOOTNOTE, None, "5")
    assert citation.part is Part.FOOTNOTE
    assert Citation("A/RES/60/288", "60/288", part="annex").part is Part.ANNEX
    with pytest.raises(ValueError, match="appendix"):
        Citation("A/RES/60/288", "60/288", part="appendix")


def test_dates() -> None:
    assert parse_date("1er août 2009") == dt.date(2009, 8, 1)
    assert parse_date("on 18 November 2024") == dt.date(2024, 11, 18)
    assert parse_date("31 February 2024") is None
    assert parse_date("no date") is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("5 de diciembre de 2022", dt.date(2022, 12, 5)),
        ("el 18 de septiembre de 2024", dt.date(2024, 9, 18)),
        ("5 декабря 2022 года", dt.date(2022, 12, 5)),  # the month in the genitive
        ("10 октября 2023", dt.date(2023, 10, 10)),  # "года" left out
        ("2022年12月5日", dt.date(2022, 12, 5)),
        ("大会2000年3月15日通过的决议", dt.date(2000, 3, 15)),
        ("5 كانون الأول/ديسمبر 2022", dt.date(2022, 12, 5)),  # the two names of the month
        ("في 3 تشرين الثاني/نوفمبر 2020", dt.date(2020, 11, 3)),
        ("1 كانون الثاني 2020", dt.date(2020, 1, 1)),  # the Levantine name alone
        ("12 يناير 2021", dt.date(2021, 1, 12)),  # the Egyptian name alone
        ("٥ كانون الأول/ديسمبر ٢٠٢٢", dt.date(2022, 12, 5)),  # Arabic-Indic digits
    ],
)
def test_dates_as_each_language_prints_them(text: str, date: dt.date) -> None:
    assert parse_date(text) == date


@pytest.mark.parametrize(
    ("possible", "impossible"),
    [
        ("28 de febrero de 2022", "31 de febrero de 2022"),
        ("28 февраля 2022 года", "30 февраля 2022 года"),
        ("2022年12月5日", "2022年13月5日"),
        ("5 كانون الأول 2022", "5 كانون 2022"),  # "كانون" alone names no month
    ],
)
def test_impossible_dates_in_other_languages_are_none(possible: str, impossible: str) -> None:
    assert parse_date(possible) is not None
    assert parse_date(impossible) is None


def test_a_text_without_a_number_or_a_slash_is_not_searched() -> None:
    """Most of a resolution's paragraphs cite nothing: without a digit (a resolution's number)
    or a slash (a symbol's), no pattern is asked for; with one, the text is searched."""
    patterns = citations._list_patterns
    before = patterns.cache_info()
    text = "Recalling its earlier resolutions on the subject,"
    assert extract_citations(text, language="en") == ()
    asked = patterns.cache_info()
    assert (asked.hits, asked.misses) == (before.hits, before.misses)
    found = extract_citations("Recalling its resolution 59/50,", language="en")
    assert [c.symbol for c in found] == ["A/RES/59/50"]
    assert patterns.cache_info().hits + patterns.cache_info().misses > asked.hits + asked.misses


def test_a_resolution_cited_with_other_digits_is_the_latin_symbol() -> None:
    # The number of a resolution printed in Arabic-Indic or full-width digits names the same
    # resolution as in Latin digits.
    assert symbols("Recalling its resolution ٧٨/١ of 2023") == ["A/RES/78/1"]
    assert symbols("Recalling its resolution ７８/１") == ["A/RES/78/1"]
