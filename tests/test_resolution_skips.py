"""Work the resolution parser leaves out where its answer cannot matter: the same answers as
the full work gives."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from conftest import corpus_file
from csto_un import load_resolution
from csto_un.citations import find_date
from csto_un.resolutions import _paragraphs
from csto_un.resolutions._header_lines import Header, _date_line
from csto_un.resolutions._text import Clean
from csto_un.sources import Line

_DATES = [
    "18 November 2024", "1er août 2009", "5 de diciembre de 2022", "5 декабря 2022 года",
    "2022年12月5日", "٥ كانون الأول/ديسمبر ٢٠٢٢", "5 كانون الأول/ديسمبر 2022", "31 February 2023",
]


def _is_date_line(text: str) -> bool:
    """What ``_date_line`` reads as the header's date, by its definition: the first date
    found starts within the line's first three characters and ends it (a character aside)."""
    found = find_date(text)
    return found is not None and found[1] <= 2 and len(text) - found[2] <= 1


@given(
    st.text(alphabet=" ab1٥(", max_size=4),
    st.sampled_from(_DATES),
    st.text(alphabet=" .,a2", max_size=3),
)
@example("", "18 November 2024", "")
@example("on ", "18 November 2024", "")
@example("a ", "18 November 2024", ".")
@example("ab", "2022年12月5日", "")
def test_a_header_line_is_a_date_as_defined(before: str, date: str, after: str) -> None:
    text = before + date + after
    header = Header()
    read = _date_line(header, Clean(index=0, line=Line(text=text, number=0), text=text), text)
    assert read == _is_date_line(text)
    assert (header.date is not None) == read


@given(st.text(max_size=40))
def test_any_line_is_a_date_as_defined(text: str) -> None:
    clean = Clean(index=0, line=Line(text=text, number=0), text=text)
    assert _date_line(Header(), clean, text) == _is_date_line(text)


@pytest.mark.parametrize(
    "name",
    ["csto/A_RES_79_10_en.pdf", "ga-scale/pdfs/A_C.3_80_L.20.pdf", "csto/A_RES_75_276_en.txt",
     "pdf/A_RES_73_3-EN.pdf"],
)
def test_real_header_lines_are_dates_as_defined(name: str) -> None:
    from csto_un.sources import read_document

    document = read_document(corpus_file(name))
    for line in document.lines[:80]:
        text = line.text.strip()
        if text:
            clean = Clean(index=0, line=line, text=text)
            assert _date_line(Header(), clean, text) == _is_date_line(text), text


def test_a_preambular_paragraph_ending_with_a_comma_is_not_read_for_an_operative_verb(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """In a resolution whose operative paragraphs are numbered, a preambular paragraph that
    ends with a comma stays in the preamble whatever its verb: the verb is not read."""
    asked: list[str] = []
    is_operative_lead = _paragraphs.is_operative_lead

    def spy(text: str, phrases: object) -> bool:
        asked.append(text)
        return is_operative_lead(text, phrases)  # type: ignore[arg-type]

    monkeypatch.setattr(_paragraphs, "is_operative_lead", spy)
    resolution = load_resolution(corpus_file("csto/A_RES_79_10_en.pdf"))
    assert resolution.operative[0].number == 1 and len(resolution.preamble) > 3
    assert all(p.text.endswith(",") for p in resolution.preamble[:-1])
    assert not any(text.endswith(",") for text in asked)
