"""DocumentSymbol: real symbols from the corpus, taken apart and printed canonically."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import corpus_file
from csto_un import DocumentSymbol, SymbolError

CASES = [
    # text, canonical, organ, series, session, year, number, modifiers, resumption
    ("A/RES/77/13", "A/RES/77/13", "A", "RES", "77", None, "13", (), None),
    ("A/79/L.12", "A/79/L.12", "A", "L", "79", None, "12", (), None),
    ("A/79/L.12/Rev.1", "A/79/L.12/Rev.1", "A", "L", "79", None, "12", ("Rev.1",), None),
    (
        "A/C.3/78/L.60/Add.1",
        "A/C.3/78/L.60/Add.1",
        "A/C.3",
        "L",
        "78",
        None,
        "60",
        ("Add.1",),
        None,
    ),
    ("S/PV.8967", "S/PV.8967", "S", "PV", None, None, "8967", (), None),
    ("A/79/PV.30", "A/79/PV.30", "A", "PV", "79", None, "30", (), None),
    ("S/RES/1631 (2005)", "S/RES/1631 (2005)", "S", "RES", None, 2005, "1631", (), None),
    ("S/PRST/2010/1", "S/PRST/2010/1", "S", "PRST", None, 2010, "1", (), None),
    ("A/RES/S-30/1", "A/RES/S-30/1", "A", "RES", "S-30", None, "1", (), None),
    ("A/RES/ES-11/1", "A/RES/ES-11/1", "A", "RES", "ES-11", None, "1", (), None),
    ("2758 (XXVI)", "A/RES/2758 (XXVI)", "A", "RES", "XXVI", None, "2758", (), None),
    ("S/PV.8699 (Resumption 1)", "S/PV.8699 (Resumption 1)", "S", "PV", None, None, "8699", (), 1),
    ("S/ PV. 8698", "S/PV.8698", "S", "PV", None, None, "8698", (), None),
    ("E/2009/28", "E/2009/28", "E", None, None, 2009, "28", (), None),
    ("S/INF/65", "S/INF/65", "S", "INF", None, None, "65", (), None),
    ("A/L.632", "A/L.632", "A", "L", None, None, "632", (), None),
    ("a/res/73/331", "A/RES/73/331", "A", "RES", "73", None, "331", (), None),
    ("A/73/L.103/Add.1", "A/73/L.103/Add.1", "A", "L", "73", None, "103", ("Add.1",), None),
]


@pytest.mark.parametrize(
    ("text", "canonical", "organ", "series", "session", "year", "number", "mods", "resumption"),
    CASES,
)
def test_parse(
    text: str,
    canonical: str,
    organ: str,
    series: str | None,
    session: str | None,
    year: int | None,
    number: str,
    mods: tuple[str, ...],
    resumption: int | None,
) -> None:
    symbol = DocumentSymbol.parse(text)
    assert str(symbol) == canonical
    assert (symbol.organ, symbol.series, symbol.session, symbol.year) == (
        organ,
        series,
        session,
        year,
    )
    assert (symbol.number, symbol.modifiers, symbol.resumption) == (number, mods, resumption)
    assert DocumentSymbol.parse(canonical) == symbol
    assert pickle.loads(pickle.dumps(symbol)) == symbol


def test_joint_symbol() -> None:
    symbol = DocumentSymbol.parse("A/79/302-S/2024/600")
    assert str(symbol) == "A/79/302-S/2024/600"
    assert (symbol.organ, symbol.session, symbol.number) == ("A", "79", "302")
    assert [str(j) for j in symbol.joint] == ["S/2024/600"]
    assert symbol.joint[0].year == 2024


def test_derived_values() -> None:
    assert DocumentSymbol.parse("A/RES/S-30/1").special == "special"
    assert DocumentSymbol.parse("A/RES/ES-11/1").special == "emergency special"
    assert DocumentSymbol.parse("2758 (XXVI)").session_number == 26
    assert DocumentSymbol.parse("A/RES/79/10").session_number == 79
    assert DocumentSymbol.parse("A/79/L.12/Rev.1").revision == 1
    assert DocumentSymbol.parse("A/73/L.6/Add.1").addendum == 1
    assert DocumentSymbol.parse("A/73/L.6/Corr.2").corrigendum == 2
    assert str(DocumentSymbol.parse("A/73/L.6/Add.1").base) == "A/73/L.6"
    assert str(DocumentSymbol.parse("S/PV.8699 (Resumption 2)").base) == "S/PV.8699"
    assert DocumentSymbol.parse("A/79/L.11").is_draft
    assert DocumentSymbol.parse("S/PV.8967").is_record
    assert DocumentSymbol.parse("S/RES/1540 (2004)").is_resolution


@pytest.mark.parametrize(
    ("ref", "canonical"),
    [
        ("59/50", "A/RES/59/50"),
        ("1631 (2005)", "S/RES/1631 (2005)"),
        ("S-30/1", "A/RES/S-30/1"),
        ("2758 (XXVI)", "A/RES/2758 (XXVI)"),
        ("217 A (III)", "A/RES/217 A (III)"),
        ("2453 A (XXIII)", "A/RES/2453 A (XXIII)"),
        ("A/RES/77/13", "A/RES/77/13"),
    ],
)
def test_resolution_numbers(ref: str, canonical: str) -> None:
    assert str(DocumentSymbol.resolution(ref)) == canonical


@pytest.mark.parametrize(
    "text",
    ["", "   ", "hello", "X/RES/1", "A//RES", "A/RES/", "S/PV.", "A/RES/77/13/zz", "2758 (QQ)"],
)
def test_invalid(text: str) -> None:
    with pytest.raises(SymbolError):
        DocumentSymbol.parse(text)


@given(st.text(max_size=30))
def test_any_text_parses_or_raises_symbol_error(text: str) -> None:
    try:
        symbol = DocumentSymbol.parse(text)
    except SymbolError:
        return
    assert DocumentSymbol.parse(str(symbol)) == symbol


@pytest.mark.parametrize(
    ("relative", "symbols"),
    [
        ("S_PV.8967_fr.txt", ["S/PV.8967"]),
        ("csto/A_RES_77_13_en.txt", ["A/RES/77/13", "A/77/L.13"]),
        ("csto/A_RES_73_331_en.txt", ["A/RES/73/331", "A/73/L.103/Add.1"]),
        ("multilingual/S_PV.9642_en.txt", ["S/2024/413", "S/2024/368"]),
    ],
)
def test_symbols_printed_in_the_corpus(relative: str, symbols: list[str]) -> None:
    text = corpus_file(relative).read_text(encoding="utf-8")
    for printed in symbols:
        assert printed in text
        assert str(DocumentSymbol.parse(printed)) == printed


@pytest.mark.parametrize(
    "printed",
    ["Ａ／ＲＥＳ／７８／１", "A/RES/٧٨/١", "A/RES/۷۸/۱", "A/RES/78/1"],
)
def test_a_symbol_in_full_width_forms_or_other_digits_is_the_latin_symbol(printed: str) -> None:
    # A text in Chinese or Arabic may print a symbol's digits in its own script; the symbol is
    # the same document, and must compare and print as the Latin one does.
    symbol = DocumentSymbol.parse(printed)
    assert symbol == DocumentSymbol.parse("A/RES/78/1")
    assert str(symbol) == "A/RES/78/1" and symbol.session == "78" and symbol.number == "1"
    assert str(DocumentSymbol.parse("S/RES/２２３１ (２０１５)")) == "S/RES/2231 (2015)"
