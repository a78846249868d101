"""PDFs of the development corpus read with pypdfium2: order, furniture, evidence, metadata."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

import pytest

from conftest import CORPUS, corpus_file
from csto_un.sources import Document, Line, Span, read_document
from csto_un.sources._pdf_build import build_line
from csto_un.sources._pdf_fonts import join_styled
from csto_un.sources._pdf_lines import PdfLine, _merge

PDFS = sorted(
    str(path.relative_to(CORPUS))
    for path in [*CORPUS.glob("pdf/*.pdf"), *CORPUS.glob("csto/*.pdf")]
    if "imageonly" not in path.name
) or ["pdf/S_PV.8701_E.pdf"]

FURNITURE_SHAPES = (
    re.compile(r"^\d{2}-\d{5}(?: ?\([A-Z]\))?(?:\s+\d{6})?$"),
    re.compile(r"^\*\d{7,9}\*$"),
    re.compile(r"^\d{1,3}/\d{1,3}$"),
    re.compile(r"^\d{1,3}$"),
    re.compile(r"^(?:\d{1,3}/\d{1,3} \d{2}-\d{5}|\d{2}-\d{5} \d{1,3}/\d{1,3})$"),
    re.compile(r"^\d{2}/\d{2}/\d{4} .*[AS]/\S+( \(Resumption \d\))?$"),
    re.compile(r"^[AS]/\S+( \(Resumption \d\))? .* \d{2}/\d{2}/\d{4}$"),
)


@cache
def _read(relative: str) -> Document:
    return read_document(corpus_file(relative))


@pytest.mark.parametrize("relative", PDFS)
def test_pdf_reads(relative: str) -> None:
    document = _read(relative)
    assert document.format == "pdf"
    assert document.lines
    assert {line.page for line in document.lines} <= set(range(1, document.pages + 1))
    assert all(line.text == line.text.strip() and line.text for line in document.lines)


@pytest.mark.parametrize("relative", PDFS)
def test_every_printed_line_is_accounted_for(relative: str) -> None:
    document = _read(relative)
    numbers = [line.number for line in document.lines]
    removed = [piece.line for piece in document.furniture if piece.line is not None]
    assert set(numbers) | set(removed) == set(range(1, max(numbers + removed) + 1))
    assert len(numbers) == len(set(numbers))


@pytest.mark.parametrize("relative", PDFS)
def test_no_furniture_shape_survives_after_page_one(relative: str) -> None:
    document = _read(relative)
    for line in document.lines:
        if line.page == 1 and not re.match(r"^\d{2}-\d{5}|^\*\d+\*$", line.text):
            continue  # the front page's own header (symbol, date) is content
        for shape in FURNITURE_SHAPES:
            assert not shape.match(line.text), (relative, line.page, line.text)


@pytest.mark.parametrize(
    ("relative", "symbol", "date", "job"),
    [
        ("pdf/S_PV.8699_E.pdf", "S/PV.8699", dt.date(2020, 1, 9), "20-00676"),
        (
            "pdf/S_PV.8699(Resumption1)_E.pdf",
            "S/PV.8699 (Resumption 1)",
            dt.date(2020, 1, 10),
            "20-00800",
        ),
        ("pdf/S_PV.8700_E.pdf", "S/PV.8700", dt.date(2020, 1, 10), "20-00806"),
        ("pdf/S_PV.8701_E.pdf", "S/PV.8701", dt.date(2020, 1, 13), "20-00899"),
        ("pdf/A_71_PV.1_E.pdf", "A/71/PV.1", dt.date(2016, 9, 13), "16-28540"),
        ("pdf/A_50_PV.33_E.pdf", "A/50/PV.33", None, "95-86353"),
        ("pdf/A_RES_73_3-EN.pdf", "A/RES/73/3", None, "18-16895"),
        ("pdf/A_RES_55_2_E.pdf", "A/RES/55/2", None, "00-55951"),  # printed "00 55951"
        ("pdf/A_L.632_E_1971.pdf", "A/L.632", None, "71-19641"),
        ("csto/A_RES_79_10_en.pdf", "A/RES/79/10", None, "24-21660"),
    ],
)
def test_metadata_from_furniture(
    relative: str, symbol: str, date: dt.date | None, job: str | None
) -> None:
    document = _read(relative)
    assert (document.symbol, document.date, document.job_number) == (symbol, date, job)


def test_security_council_record_furniture() -> None:
    document = _read("pdf/S_PV.8700_E.pdf")
    kinds = [(piece.kind, piece.page) for piece in document.furniture]
    assert kinds[:2] == [("job-number", 1), ("barcode", 1)]
    for page in range(2, 13):
        assert ("header", page) in kinds and ("footer", page) in kinds
    texts = {piece.text for piece in document.furniture}
    assert {"20-00806 (E)", "*2000806*", "20-00806 3/12", "2/12 20-00806"} <= texts
    assert "S/PV.8700 The situation in the Middle East 10/01/2020" in texts


def test_front_page_is_kept() -> None:
    texts = [line.text for line in _read("pdf/S_PV.8700_E.pdf").lines if line.page == 1]
    assert texts[0] == "United Nations S/PV.8700"
    assert any(text.startswith("President: Mr. Dang") for text in texts)
    assert any(text.startswith("This record contains the text of speeches") for text in texts)


def test_two_columns_in_reading_order() -> None:
    lines = [line for line in _read("pdf/S_PV.8700_E.pdf").lines if line.page == 2]
    columns = [line.column for line in lines]
    assert columns == sorted(columns) and set(columns) == {0, 1}
    left_end = max(i for i, line in enumerate(lines) if line.column == 0)
    assert lines[left_end].text.endswith("The mechanism continues to allow")
    assert lines[left_end + 1].text == "the United Nations and its implementing partners"
    assert not lines[left_end + 1].blank_before and not lines[left_end + 1].indented


def test_paragraph_evidence() -> None:
    lines = [line for line in _read("pdf/S_PV.8700_E.pdf").lines if line.page == 3]
    first = next(line for line in lines if line.text.startswith("The President: Rule 36"))
    second = lines[lines.index(first) + 1]
    assert first.indented and first.blank_before
    assert not second.indented and not second.blank_before


def test_older_record_running_header() -> None:
    document = _read("pdf/A_50_PV.33_E.pdf")
    headers = {piece.text for piece in document.furniture if piece.kind == "header"}
    assert headers == {"General Assembly 33rd plenary meeting", "Fiftieth session 18 October 1995"}
    pages = [piece.text for piece in document.furniture if piece.kind == "page-number"]
    assert pages == [str(n) for n in range(2, 22)]
    notice = [line for line in document.lines if line.text.startswith("This record contains")]
    assert notice and notice[0].page == 1  # front matter the meeting parser reads


def test_resolution_running_title_over_two_lines() -> None:
    document = _read("pdf/A_RES_73_3-EN.pdf")
    later = [line.text for line in document.lines if line.page > 1]
    assert not any(text.startswith("on the fight against tuberculosis") for text in later)
    assert not any(text.startswith("Political declaration of the high-level") for text in later)
    headers = [piece for piece in document.furniture if piece.kind == "header"]
    assert {piece.page for piece in headers} == set(range(2, 11))


def test_superscript_footnote_marks() -> None:
    lines = _read("csto/A_RES_79_10_en.pdf").lines
    line = next(line for line in lines if line.text.startswith("President, including those"))
    marks = [(line.text[s.start : s.end], s.start) for s in line.spans]
    assert [mark for mark, _ in marks] == ["3", "4"]
    assert line.text[marks[0][1] - 4 : marks[0][1] + 1] == "20103"


def _styled(line: Line, style: str) -> list[str]:
    return [line.text[s.start : s.end] for s in line.spans if s.style == style]


def _line(document: Document, start: str) -> Line:
    return next(line for line in document.lines if line.text.startswith(start))


def test_italic_leads_and_bold_headings() -> None:
    document = _read("pdf/A_RES_73_6-EN.pdf")
    assert _styled(_line(document, "Recalling its resolutions 2453"), "italic") == ["Recalling"]
    assert _styled(_line(document, "Recognizing also the"), "italic") == ["Recognizing also"]
    assert _styled(_line(document, "Noting with satisfaction the"), "italic") == [
        "Noting with satisfaction"
    ]
    assert _styled(_line(document, "9. Expresses its"), "italic") == ["Expresses its conviction"]
    assert _styled(_line(document, "The General Assembly,"), "italic") == ["The General Assembly,"]
    heading = _line(document, "73/6. Fiftieth anniversary")
    assert _styled(heading, "bold") == [heading.text]
    assert _styled(heading, "italic") == []
    body = _line(document, "10 December 1982, 54/68")
    assert body.spans == ()


def test_italic_run_with_a_superscript_mark() -> None:
    line = _line(_read("pdf/A_RES_73_6-EN.pdf"), "Recognizing that the fiftieth anniversary")
    assert _styled(line, "italic") == ["Recognizing"]
    later = next(
        line
        for line in _read("pdf/A_RES_73_6-EN.pdf").lines
        if _styled(line, "superscript") and _styled(line, "italic")
    )
    assert later.spans == tuple(sorted(later.spans, key=lambda s: (s.start, -s.end, s.style)))


def test_speaker_names_bold_and_stage_directions_italic() -> None:
    document = _read("pdf/S_PV.8700_E.pdf")
    assert _styled(_line(document, "The President: In accordance"), "bold") == ["The President"]
    speaker = _line(document, "Mr. Nebenzia (Russian Federation)")
    assert _styled(speaker, "bold") == ["Mr. Nebenzia"]
    assert _styled(speaker, "italic") == ["spoke in"]
    assert _styled(_line(document, "The agenda was adopted."), "italic") == [
        "The agenda was adopted."
    ]


@pytest.mark.parametrize(
    ("name", "start", "lead"),
    [
        ("A_RES_78_10.pdf", "Recalling also its resolution 48/11", "Recalling also"),
        ("A_RES_78_206.pdf", "Deeply alarmed", "Deeply alarmed"),
        ("A_C.1_80_L.20.pdf", "4. Also decides", "Also decides"),
        ("A_C.1_80_L.57.pdf", "2. Also decides", "Also decides"),
    ],
)
def test_ga_leads_are_italic(name: str, start: str, lead: str) -> None:
    line = _line(_read(f"ga-scale/pdfs/{name}"), start)
    assert _styled(line, "italic")[0] == lead
    assert Span(line.text.index(lead), line.text.index(lead) + len(lead), "italic") in line.spans


def test_pieces_merged_keep_their_fonts() -> None:
    word = PdfLine("Recalling", 1, 0, 40, 0, 10, 10, 0, [Span(0, 9, "italic")])
    mark = PdfLine("1", 2, 41, 44, 4, 11, 7, 5, [Span(0, 1, "italic")])
    merged = _merge(word, mark)
    assert merged.text == "Recalling 1"
    assert merged.spans == [Span(0, 11, "italic"), Span(10, 11, "superscript")]


class _ItalicFonts:
    def styles(self, index: int) -> tuple[str, ...]:
        return ("italic",)


class _Boxes:
    fonts = _ItalicFonts()

    def exact_tops(self, chunk: object) -> dict[str, float]:
        return {}


def test_an_italic_run_keeps_its_span_when_a_ligature_is_spelled_out() -> None:
    chunk = ("Deeply conﬁdent", 14, 0.0, 80.0, 0.0, 80.0, 0.0, 10.0, 0, None)
    line = build_line([chunk], 1, _Boxes())  # type: ignore[arg-type]
    assert line.text == "Deeply confident"
    assert line.spans == [Span(0, len("Deeply confident"), "italic")]


def test_styled_spans_join_across_spaces_only() -> None:
    text = "Also  decides, further"
    spans = [Span(6, 13, "italic"), Span(0, 4, "italic"), Span(15, 22, "italic")]
    assert join_styled(text, spans) == [Span(0, 13, "italic"), Span(15, 22, "italic")]
    assert join_styled("a1 b", [Span(1, 2, "superscript"), Span(3, 4, "superscript")]) == [
        Span(1, 2, "superscript"),
        Span(3, 4, "superscript"),
    ]


def test_footnote_area_in_pdf() -> None:
    lines = _read("csto/A_RES_79_10_en.pdf").lines
    notes = [line.text for line in lines if line.footnote]
    assert notes[:3] == ["_______________", "1 A/79/302-S/2024/600.", "2 Resolution 49/57, annex."]


def test_footnotes_without_a_rule_are_found_by_size() -> None:
    lines = [line for line in _read("pdf/A_RES_55_2_E.pdf").lines if line.page == 3]
    notes = [line for line in lines if line.footnote]
    assert [line.text[:15] for line in notes] == [
        "1 A/55/305-S/20",
        "August and Sept",
        "2 A/CONF.183/9.",
    ]
    assert notes[0].spans and notes[0].spans[0].style == "superscript"
    assert not any(line.footnote for line in lines[: lines.index(notes[0])])


def test_ocr_text_layer_is_read() -> None:
    texts = [line.text for line in _read("pdf/A_L.632_E_1971.pdf").lines]
    assert "The General Assembly," in texts
    assert any("PEOPLE'S REPUBLIC" in text for text in texts)


def test_same_meeting_in_three_documents() -> None:
    parts = ["pdf/S_PV.8699_E.pdf", "pdf/S_PV.8699(Resumption1)_E.pdf"]
    for relative in parts:
        texts = [line.text for line in _read(relative).lines]
        assert texts[-1] == "The meeting was suspended at 1.05 p.m." or any(
            text.startswith("The meeting was suspended") for text in texts[-5:]
        )

