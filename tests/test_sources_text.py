"""Extracted text and Markdown from the development corpus: lines, furniture, metadata."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import CORPUS, corpus_file
from csto_un.sources import Document, Line, Span, read_document, read_string
from csto_un.sources._document import make_line
from csto_un.sources._rows import without_ligatures

TEXTS = sorted(
    str(path.relative_to(CORPUS))
    for pattern in ("*.txt", "*.md", "csto/*.txt", "multilingual/*.txt", "text/*.txt")
    for path in CORPUS.glob(pattern)
) or ["S_PV.8967_fr.txt"]

# Lines that are page furniture by their shape, whatever the file.
FURNITURE_SHAPES = (
    re.compile(r"^\d{2}-\d{5}(?: ?\([A-Z]\))?(?:\s+\d{6})?$"),  # job number
    re.compile(r"^\*\d{7,9}\*$"),  # barcode
    re.compile(r"^\d{1,3}/\d{1,3}$"),  # page number
    re.compile(r"^(?:\d{1,3}/\d{1,3} \d{2}-\d{5}|\d{2}-\d{5} \d{1,3}/\d{1,3})$"),  # footer
    re.compile(r"^\d{2}/\d{2}/\d{4} .* S/PV\.\d+$"),  # running header, even pages
    re.compile(r"^S/PV\.\d+ .* \d{2}/\d{2}/\d{4}$"),  # running header, odd pages
    re.compile(r"^.{5,80} \d{2}/\d{2}/\d{4}$"),  # the Arabic header that lost its symbol
)


def _read(relative: str) -> tuple[Document, list[str]]:
    path = corpus_file(relative)
    raw = path.read_bytes().decode("utf-8-sig", errors="replace")
    raw_lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if raw_lines and raw_lines[-1] == "":
        raw_lines.pop()
    return read_document(path), raw_lines


@pytest.mark.parametrize("relative", TEXTS)
def test_corpus_file_reads(relative: str) -> None:
    document, _ = _read(relative)
    assert document.lines
    assert document.format == ("markdown" if relative.endswith(".md") else "text")
    assert all(line.text and line.text == line.text.strip() for line in document.lines)
    assert all(line.page <= document.pages for line in document.lines)


@pytest.mark.parametrize("relative", TEXTS)
def test_every_input_line_is_accounted_for(relative: str) -> None:
    document, raw_lines = _read(relative)
    kept = {line.number for line in document.lines}
    removed = {piece.line for piece in document.furniture}
    blank = {n for n, text in enumerate(raw_lines, 1) if not text.strip(" \t\u00a0\x0c")}
    assert kept | removed | blank == set(range(1, len(raw_lines) + 1))
    # A line both kept and removed holds a form feed: the page break, then the text.
    assert all("\x0c" in raw_lines[n - 1] for n in kept & removed)


@pytest.mark.parametrize("relative", TEXTS)
def test_no_furniture_shape_survives(relative: str) -> None:
    document, _ = _read(relative)
    for line in document.lines:
        for shape in FURNITURE_SHAPES:
            assert not shape.match(line.text), (relative, line.number, line.text)


def test_french_record_running_header_removed_and_recorded() -> None:
    document, _ = _read("S_PV.8967_fr.txt")
    header = (
        "16/02/2022 Coopération entre l’Organisation des Nations Unies et les organisations "
        "régionales et sous-régionales S/PV.8967"
    )
    assert [(f.kind, f.text, f.line) for f in document.furniture] == [
        ("header", header, 539),
        ("footer", "22-25948 7/26", 541),
    ]
    assert (document.symbol, document.date, document.job_number) == (
        "S/PV.8967",
        dt.date(2022, 2, 16),
        "22-25948",
    )
    after = next(line for line in document.lines if line.number > 541)
    assert after.text.startswith("matière de maintien de la paix")
    assert after.page == 2
    assert not after.blank_before  # the page break fell mid-sentence


@pytest.mark.parametrize("lang", ["ar", "en", "es", "fr", "ru", "zh"])
def test_multilingual_headers_in_every_language(lang: str) -> None:
    document, raw_lines = _read(f"multilingual/S_PV.9642_{lang}.txt")
    assert document.symbol == "S/PV.9642"
    assert document.job_number is not None and document.job_number.startswith("24-153")
    # The Russian and Chinese headers print 30/05, the others 31/05: each file says what it says.
    assert document.date in (dt.date(2024, 5, 30), dt.date(2024, 5, 31))
    kinds = {piece.kind for piece in document.furniture}
    assert kinds == {"header", "footer"}
    for piece in document.furniture:
        assert raw_lines[piece.line - 1].strip() == piece.text
    kept = {line.text for line in document.lines}
    assert not any(piece.text in kept for piece in document.furniture)


def test_russian_front_page_is_kept() -> None:
    document, _ = _read("multilingual/S_PV.9642_ru.txt")
    texts = [line.text for line in document.lines]
    assert "Организация Объединенных Наций S/PV.9642" in texts
    assert any(text.startswith("Председатель:") for text in texts)


@pytest.mark.parametrize(
    ("relative", "symbol", "job", "pages"),
    [
        ("csto/A_RES_73_331_en.txt", "A/RES/73/331", "19-12817", 3),
        ("csto/A_RES_75_276_en.txt", "A/RES/75/276", "21-05673", 3),
        ("csto/A_RES_77_13_en.txt", "A/RES/77/13", "22-26535", 4),
        ("csto/A_RES_79_10_en.txt", "A/RES/79/10", "24-21660", 4),
    ],
)
def test_resolution_headers(relative: str, symbol: str, job: str, pages: int) -> None:
    document, _ = _read(relative)
    assert (document.symbol, document.job_number, document.pages) == (symbol, job, pages)
    texts = [line.text for line in document.lines]
    # The first page's header stays for the resolution parser; the running copies go.
    assert texts.count(symbol) == 1
    assert texts.index(symbol) < 3
    assert "Distr.: General" in texts
    running_title = re.compile(r"^Cooperation between the United Nations and the( Collective)?$")
    assert not any(running_title.match(text) for text in texts)
    kinds = [piece.kind for piece in document.furniture]
    assert kinds.count("barcode") == 1
    assert kinds.count("page-number") == pages - 1


def test_73_331_keeps_both_job_numbers_it_prints() -> None:
    document, _ = _read("csto/A_RES_73_331_en.txt")
    jobs = [piece.text for piece in document.furniture if piece.kind == "job-number"]
    assert jobs == ["19-12817 (E)    020819", "19-18217", "19-18217"]
    assert document.job_number == "19-12817"  # the first page's


def test_footnote_area_is_marked() -> None:
    document, _ = _read("csto/A_RES_79_10_en.txt")
    notes = [line.text for line in document.lines if line.footnote]
    assert notes[:3] == ["_______________", "1 A/79/302-S/2024/600.", "2 Resolution 49/57, annex."]
    after = next(line for line in document.lines if line.text.startswith("President, including"))
    assert not after.footnote and not after.blank_before


def test_a_rule_opens_a_footnote_area_only_when_a_note_follows_it() -> None:
    """A rule under a front page's President line, with the speeches below it, is no
    footnote rule; the rule at the foot of the next page, with notes below it, is. Both
    the modern mark ("1 ") and the older one ("1/ ") start a note."""
    text = (
        "President: Mr. Insanally (Guyana)\n__________\n"
        "The meeting was called to order at 3.20 p.m.\n"
        "The President: I give the floor to the representative of Chile.\n\f"
        "Mr. Somavía (Chile): We thank the Secretary-General for his report.1\n"
        "__________\n1 A/48/341.\n2 Resolution 47/5, annex.\n\f"
        "He said so in his address.1/\n__________\n1/ A/47/PV.6.\n"
    )
    lines = read_string(text, name="front.txt").lines
    flagged = [(line.page, line.text) for line in lines if line.footnote]
    assert flagged == [
        (2, "__________"),
        (2, "1 A/48/341."),
        (2, "2 Resolution 47/5, annex."),
        (3, "__________"),
        (3, "1/ A/47/PV.6."),
    ]


def test_form_feed_resolution() -> None:
    document, _ = _read("text/S-RES-1540(2004).txt")
    assert (document.symbol, document.job_number, document.pages) == (
        "S/RES/1540 (2004)",
        "04-32843",
        4,
    )
    texts = [line.text for line in document.lines]
    assert texts.count("S/RES/1540 (2004)") == 1
    assert not {"2", "3", "4"} & set(texts)
    pages = [piece.text for piece in document.furniture if piece.kind == "page-number"]
    assert pages == ["2", "3", "4"]
    continued = next(line for line in document.lines if line.text.startswith("terrorist purposes"))
    assert (continued.page, continued.blank_before) == (3, False)
    operative = next(line for line in document.lines if line.text.startswith("8. Calls upon"))
    assert (operative.page, operative.blank_before) == (4, True)


def test_tab_indents() -> None:
    document, _ = _read("text/S-RES-2000(2011).txt")
    first = next(line for line in document.lines if line.text.startswith("1. Decides"))
    assert first.text == "1. Decides to extend the mandate of UNOCI until 31 July 2012;"
    assert first.indented


def test_markdown_spans() -> None:
    document, _ = _read("A_79_L_draft_UN-CSTO_2024-11-06_fr.md")
    line = next(line for line in document.lines if line.text.startswith("Ayant examiné"))
    assert line.text.endswith("organisations régionales ou autres1,")
    styled = {(line.text[s.start : s.end], s.style) for s in line.spans}
    assert styled == {("Ayant examiné", "italic"), ("1", "superscript")}
    recall = next(line for line in document.lines if line.text.startswith("Rappelant également sa"))
    assert ("59/50", "link") in {(recall.text[s.start : s.end], s.style) for s in recall.spans}


def test_markdown_escapes_headings_and_rules() -> None:
    document, _ = _read("A_79_L_draft_UN-CSTO_2024-11-06_fr.md")
    texts = [line.text for line in document.lines]
    assert "Assemblée générale" in texts
    assert texts[texts.index("Assemblée générale")] == "Assemblée générale"
    assert any(text.endswith("projet de résolution*") for text in texts)
    assert any(text.startswith("* Toute modification") for text in texts)
    assert not any(text.startswith(("#", "---", "<sup>")) or "](#)" in text for text in texts)
    breaks = [piece for piece in document.furniture if piece.kind == "page-break"]
    assert [piece.text for piece in breaks] == ["---"] * 4


def test_markdown_footnotes_stay_on_their_page() -> None:
    document, _ = _read("A_79_L_draft_UN-CSTO_2024-11-06_fr.md")
    by_start = {line.text[:12]: line for line in document.lines}
    cut = next(line for line in document.lines if line.text.endswith("celles du 13 janvier"))
    note = by_start["1 A/79/302-S"]
    rest = next(line for line in document.lines if line.text.startswith("20103 et du 6 août"))
    assert note.footnote and note.page == cut.page
    assert rest.page == cut.page + 1 and not rest.blank_before and not rest.footnote
    assert (rest.text[4:5], rest.spans[0].style) == ("3", "superscript")


@pytest.mark.parametrize(
    ("markdown", "text", "spans"),
    [
        ("**Bélarus** : projet\\*", "Bélarus : projet*", [("Bélarus", "bold")]),
        ("1<sup>er</sup> août", "1er août", [("er", "superscript")]),
        ("a * b * c", "a * b * c", []),
        ("snake_case_name", "snake_case_name", []),
        ("[1631 \\(2005\\)](#)", "1631 (2005)", [("1631 (2005)", "link")]),
        ("*unclosed", "*unclosed", []),
        ("&amp; &#233;", "& é", []),
    ],
)
def test_markdown_inline(markdown: str, text: str, spans: list[tuple[str, str]]) -> None:
    line: Line = read_string(markdown, format="markdown").lines[0]
    assert line.text == text
    assert [(line.text[s.start : s.end], s.style) for s in line.spans] == spans


def test_sample_corpus_in_the_package_reads() -> None:
    folder = Path(__file__).resolve().parent.parent / "src" / "csto_un" / "data" / "corpus"
    files = [path for path in folder.glob("*") if path.suffix in (".txt", ".md")]
    if not files:
        pytest.skip("no bundled sample corpus")
    for path in files:
        assert read_document(path).lines


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("S/ PV. 8698 Peace consolidation in West Africa 08/01/2020", "header"),
        ("16/02/2022 Coopération entre l’Organisation S/PV.8967", "header"),
        ("A/71/PV.1 13/09/2016", "header"),
        ("2/18 20-00526", "footer"),
        ("22-25948 7/26", "footer"),
        ("20-00526 (E)", "job-number"),
        ("22-26535 (E)    301122", "job-number"),
        # a reissue's: a star after the number, a second date stamp
        ("23-24915* (E) 160124", "job-number"),
        ("25-16788 (E) 281025 031125", "job-number"),
        ("2/48 23-24915*", "footer"),
        ("00 55951", "job-number"),  # the hyphen extracted as a space (A/RES/55/2)
        ("2 / 18", "page-number"),
        ("2 / 1", None),
        ("*2000526*", "barcode"),
        ("2/4", "page-number"),
        ("59/50", None),  # a resolution number, not page 59 of 50
        ("2009-2019", None),
        ("Recalling its resolution 59/50 of 2 December 2004,", None),
    ],
)
def test_furniture_shapes(line: str, kind: str | None) -> None:
    from csto_un.sources._patterns import line_kind

    assert line_kind(line) == kind


def test_spaced_symbol_in_a_running_header() -> None:
    text = (
        "First page text\nends here,\n\nS/ PV. 8698 Peace consolidation in West Africa 08/01/2020\n"
    )
    text += "2/18 20-00526\n\nand goes on.\n"
    document = read_string(text)
    assert (document.symbol, document.date) == ("S/PV.8698", dt.date(2020, 1, 8))
    assert [line.text for line in document.lines] == [
        "First page text",
        "ends here,",
        "and goes on.",
    ]
    assert document.lines[-1].page == 2 and not document.lines[-1].blank_before


def test_a_note_carried_over_to_the_next_page_keeps_its_area() -> None:
    """A note too long for its page goes on under the rule of the next page, with no mark:
    after a page with notes, a rule in the lower part of its page opens the area all the
    same; a rule in the upper part (under a front page's President line) still does not."""
    body = "".join(f"Paragraph {n} of the text, which goes on.\n" for n in range(8))
    text = (
        body + "__________\n1 A note that is too long for the page and goes\n\f"
        + body + "__________\non to the next page, where it ends.\n2 A/48/341.\n\f"
        + "__________\n" + body
    )
    lines = read_string(text, name="notes.txt").lines
    flagged = [(line.page, line.text) for line in lines if line.footnote]
    assert flagged == [
        (1, "__________"),
        (1, "1 A note that is too long for the page and goes"),
        (2, "__________"),
        (2, "on to the next page, where it ends."),
        (2, "2 A/48/341."),
    ]


@given(
    st.text(max_size=20), st.integers(), st.integers(), st.booleans(), st.booleans(),
    st.integers(0, 1), st.lists(st.builds(Span, st.integers(), st.integers(), st.text())),
    st.booleans(),
)
def test_make_line_is_line(text: str, number: int, page: int, blank_before: bool,
                           indented: bool, column: int, spans: list[Span], footnote: bool) -> None:
    fields = (text, number, page, blank_before, indented, column, tuple(spans), footnote)
    made, built = make_line(*fields), Line(*fields)
    assert type(made) is Line
    assert made == built and hash(made) == hash(built) and repr(made) == repr(built)
    assert attrs.astuple(made, recurse=False) == fields


def test_make_line_skips_nothing_line_would_do() -> None:
    # make_line sets the slots directly: Line must keep no validator, converter or hook.
    assert all(f.validator is None and f.converter is None for f in attrs.fields(Line))
    assert not hasattr(Line, "__attrs_post_init__") and not hasattr(Line, "__attrs_pre_init__")
    assert [f.name for f in attrs.fields(Line)] == [
        "text", "number", "page", "blank_before", "indented", "column", "spans", "footnote"]


_LIGATURE_ALPHABET = "ab é\u0002\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06\ufb07\u00ad"


@given(st.text(alphabet=st.sampled_from(_LIGATURE_ALPHABET), max_size=12))
def test_without_ligatures_finds_every_ligature(text: str) -> None:
    # The whole-text test of the plain path: one search per ligature, as the class would find
    # (an ASCII text holds none; its U+0002, unprintable, is cleaned line by line).
    expected = text.isascii() or re.search("[\ufb00-\ufb06\u0002]", text) is None
    assert without_ligatures(text) == expected


def test_the_soft_hyphens_tested_by_name_are_all_of_them() -> None:
    # The readers test a line for each soft hyphen by name (faster than a pattern); a third
    # one added to SOFT_HYPHENS must be added to those tests too (the text and PDF readers).
    from csto_un.sources._rows import SOFT_HYPHEN, SOFT_HYPHEN_NONCHARACTER, SOFT_HYPHENS

    assert SOFT_HYPHEN + SOFT_HYPHEN_NONCHARACTER == SOFT_HYPHENS
