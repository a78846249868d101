"""The PDF reader's runs of one text object give the lines the character-by-character path does.

The reader asks pdfium for boxes per run of one text object when the run's boxes prove its
characters share a bottom and top (``_pdf_boxes.Boxes``), and per character otherwise. The
per-character path is the reference: with every run sent to it (no character counts as
"plain"), every corpus PDF must read to the same document.
"""

from __future__ import annotations

import ctypes
import re
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from conftest import CORPUS, corpus_file
from csto_un.errors import NoTextLayerError
from csto_un.sources import (
    Span,
    _pdf_boxes,
    _pdf_build,
    _pdf_chunks,
    _pdf_fonts,
    _pdf_lines,
    read_document,
)

_PDFS = sorted(
    str(path.relative_to(CORPUS))
    for folder in ("pdf", "csto")
    for path in (CORPUS / folder).glob("*.pdf")
    if "imageonly" not in path.name
)
#: General Assembly resolutions and committee drafts whose Times New Roman has glyphs above
#: the font's box ("i", "l", "d"): their runs go through the reader's glyph tops.
_GA = [
    f"ga-scale/pdfs/{name}.pdf"
    for name in ("A_RES_78_10", "A_RES_78_150", "A_RES_78_206", "A_C.1_80_L.20", "A_C.2_80_L.11")
]


@pytest.mark.parametrize("relative", [*(_PDFS or ["pdf/S_PV.8701_E.pdf"]), *_GA])
def test_runs_read_as_characters_do(relative: str, monkeypatch: pytest.MonkeyPatch) -> None:
    path = corpus_file(relative)
    try:
        fast = read_document(path)
    except NoTextLayerError:
        pytest.skip(f"{relative} has no text layer")
    never = re.compile(r"(?!)")
    monkeypatch.setattr(_pdf_lines, "PLAIN_RE", never)
    monkeypatch.setattr(_pdf_boxes, "PLAIN_LINES_RE", never)
    monkeypatch.setattr(_pdf_boxes, "PLAIN_RE", never)
    reference = read_document(path)
    assert fast.lines == reference.lines
    assert fast.furniture == reference.furniture
    assert fast == reference


def test_the_reference_path_is_the_one_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    """With no plain run, pdfium is asked for a box per visible character: the comparison
    above does compare two ways of reading."""
    path = corpus_file("pdf/S_PV.8701_E.pdf")
    calls = {"each": 0}
    each = _pdf_boxes.Boxes.each

    def counted(self: _pdf_boxes.Boxes, start: int, end: int) -> list[_pdf_chunks.Chunk]:
        calls["each"] += end - start
        return each(self, start, end)

    monkeypatch.setattr(_pdf_boxes.Boxes, "each", counted)
    read_document(path)
    by_runs = calls["each"]
    never = re.compile(r"(?!)")
    monkeypatch.setattr(_pdf_lines, "PLAIN_RE", never)
    monkeypatch.setattr(_pdf_boxes, "PLAIN_LINES_RE", never)
    monkeypatch.setattr(_pdf_boxes, "PLAIN_RE", never)
    calls["each"] = 0
    document = read_document(path)
    characters = sum(len(line.text.replace(" ", "")) for line in document.lines)
    assert calls["each"] >= characters  # every character went through the reference path
    assert by_runs < characters / 10  # and normally, almost none does


def test_glyphs_above_the_font_box_are_read_per_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where glyphs reach above the font's box, the runs still give the boxes: few characters
    are read one by one, and the few boxes pdfium is asked for are those of distinct glyphs."""
    path = corpus_file("ga-scale/pdfs/A_RES_78_150.pdf")
    calls = {"each": 0}
    each = _pdf_boxes.Boxes.each

    def counted(self: _pdf_boxes.Boxes, start: int, end: int) -> list[_pdf_chunks.Chunk]:
        calls["each"] += end - start
        return each(self, start, end)

    monkeypatch.setattr(_pdf_boxes.Boxes, "each", counted)
    document = read_document(path)
    characters = sum(len(line.text.replace(" ", "")) for line in document.lines)
    assert calls["each"] < characters / 20


def _lines_by_page(
    relative: str, memory: _pdf_fonts.FontMemory | None
) -> list[list[_pdf_lines.PdfLine]]:
    """Every page's lines of a corpus PDF, each page read with the document's ``memory``."""
    pdf = pdfium.PdfDocument(str(corpus_file(relative)))
    try:
        pages = []
        number = 1
        for index in range(len(pdf)):
            page = pdf[index]
            lines, number = _pdf_lines.page_lines(
                page.get_textpage(), number, page.get_size()[0], memory
            )
            pages.append(lines)
        return pages
    finally:
        pdf.close()


@pytest.mark.parametrize("limit", [16, 1])
def test_what_a_page_learns_of_its_fonts_serves_the_later_pages(
    limit: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Which glyphs of a GA document's fonts reach above their box is learned on the first
    page that shows them, for the later pages too, while that page is held open (at most
    ``limit`` pages); the lines are those each page gives on its own."""
    relative = "ga-scale/pdfs/A_RES_78_150.pdf"
    learned = {"characters": 0}
    learn = _pdf_boxes.Boxes._learn

    def counted(self: _pdf_boxes.Boxes, start: int, body: str, bottom: float,
                fresh: set[str], *rest: Any) -> None:
        learned["characters"] += len(fresh)
        learn(self, start, body, bottom, fresh, *rest)

    monkeypatch.setattr(_pdf_boxes.Boxes, "_learn", counted)
    alone = _lines_by_page(relative, None)
    page_by_page, learned["characters"] = learned["characters"], 0
    memory = _pdf_fonts.FontMemory(limit)
    assert _lines_by_page(relative, memory) == alone
    assert len(alone) > 2
    assert 0 < len(memory.pages) <= limit
    assert memory.inside  # the fonts of the first page, held
    assert learned["characters"] < 0.8 * page_by_page  # (new characters are learned late)


def test_font_size_and_matrix_are_asked_only_for_glyph_boxes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A line of one text object whose glyphs share the font's box needs its object's font
    (its styles) but not its size and matrix: pdfium is asked for those only for the objects
    whose glyph tops are read or whose neighbours may join them: in a meeting record, about
    one object in five."""
    path = corpus_file("pdf/S_PV.8700_E.pdf")
    asked = {"font": 0, "size": 0}
    text_object, object_font, font_size, char_matrix = _pdf_fonts._functions()

    def font(*args: Any) -> Any:
        asked["font"] += 1
        return object_font(*args)

    def size(*args: Any) -> Any:
        asked["size"] += 1
        return font_size(*args)

    monkeypatch.setattr(
        _pdf_fonts, "_functions", lambda: (text_object, font, size, char_matrix)
    )
    document = read_document(path)
    assert len(document.lines) > 1000
    assert asked["font"] > 1000  # (every line's styles come from its object's font)
    assert asked["size"] < asked["font"] / 3


def _next_by_counts(boxes: _pdf_boxes.Boxes, start: int, end: int) -> int:
    """The first visible character after the run of one text object from ``start``, by
    ``FPDFText_CountRects`` alone, one character at a time: the definition the search keeps."""
    stop = start + 1
    while boxes.count_rects(boxes.handle, start, stop + 1 - start) == 1:
        stop += 1
    while stop < end and boxes.text[stop].isspace():
        stop += 1
    return stop


def test_the_next_text_object_is_found_with_or_without_the_short_probe() -> None:
    """The search for where a text object ends probes a one-character object (a compound's
    hyphen) with its first probe when told to: on every line of several objects of a GA
    resolution, both ways, and the fallback by counts alone, find the boundary the counts of
    rectangles define."""
    pdf = pdfium.PdfDocument(str(corpus_file("ga-scale/pdfs/A_RES_78_150.pdf")))
    try:
        boundaries = one_character = 0
        for index in range(len(pdf)):
            boxes = _pdf_boxes.Boxes(pdf[index].get_textpage())
            for piece, at in _pdf_lines._pieces(boxes.text):
                body = piece.strip()
                if not body:
                    continue
                start = at + piece.index(body[0])
                end = start + len(body)
                while boxes.count_rects(boxes.handle, start, end - start) > 1:
                    expected = _next_by_counts(boxes, start, end)
                    assert boxes._next_object(start, end) == expected
                    assert boxes._next_object(start, end, short=True) == expected
                    assert boxes._next_object_by_counts(start, end) == expected
                    boundaries += 1
                    one_character += len(boxes.text[start:expected].rstrip()) == 1
                    start = expected
    finally:
        pdf.close()
    assert boundaries > 100
    assert one_character > 10  # (the hyphens of compounds, objects of their own)


def test_a_one_object_line_has_its_styles_without_a_record_of_its_object() -> None:
    """A line of one text object (most lines of a meeting record) gets its styles from its
    object's font alone, with no record of the object kept: the styles the recorded path
    gives, on every such line of a meeting record, its bold and italic lines among them."""
    pdf = pdfium.PdfDocument(str(corpus_file("pdf/S_PV.8700_E.pdf")))
    try:
        lines, styled = 0, set()
        for index in range(len(pdf)):
            textpage = pdf[index].get_textpage()
            boxes = _pdf_boxes.Boxes(textpage)
            recorded = _pdf_fonts.Fonts(boxes.handle)
            for piece, at in _pdf_lines._pieces(boxes.text):
                body = piece.strip()
                if not body or boxes.count_rects(boxes.handle, at, len(piece)) != 1:
                    continue
                first = at + piece.index(body[0])
                styles = boxes.fonts.run_styles(first)
                assert styles == recorded.styles(first)
                styled.update(styles)
                lines += 1
            assert not boxes.fonts.records
    finally:
        pdf.close()
    assert lines > 500
    assert styled == {"bold", "italic"}


def test_a_line_of_two_objects_in_one_font_is_read_without_a_search(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A line that pdfium counts as two text objects of one font, size and matrix ("polit" |
    "ical commitment") is read as one run, as the general path joins them, without a search
    for where the first object ends; its line is the one the general path gives (the
    character-by-character comparison above covers the GA files too)."""
    path = corpus_file("ga-scale/pdfs/A_RES_78_150.pdf")
    one_font = _pdf_boxes.Boxes.one_font
    runs = _pdf_boxes.Boxes.runs
    joined: list[tuple[str, int]] = []  # (the line's text, where it starts on its page)
    searched: list[tuple[str, int]] = []

    def asked(self: _pdf_boxes.Boxes, start: int, end: int) -> bool:
        same = one_font(self, start, end)
        if same:
            joined.append((self.text[start:end], start))
        return same

    def general(self: _pdf_boxes.Boxes, start: int, end: int, objects: int = 0) -> Any:
        searched.append((self.text[start:end], start))
        return runs(self, start, end, objects)

    monkeypatch.setattr(_pdf_boxes.Boxes, "one_font", asked)
    monkeypatch.setattr(_pdf_boxes.Boxes, "runs", general)
    fast = read_document(path)
    assert len(joined) > 20
    assert not set(joined) & set(searched)
    # The same document with every two-object line sent to the general path.
    monkeypatch.setattr(_pdf_boxes.Boxes, "one_font", lambda self, start, end: False)
    assert read_document(path) == fast


@pytest.mark.parametrize("relative", ["ga-scale/pdfs/A_RES_78_150.pdf", "pdf/S_PV.8700_E.pdf"])
def test_a_line_of_several_objects_is_walked_into_the_runs_the_counts_prove(
    relative: str,
) -> None:
    """The objects of a line of several text objects are found in one walk, by questions of
    a character's object alone (``Boxes.walk``): on every such line of a GA resolution and of
    a meeting record, the chunks are those of ``Boxes.runs``, whose counts of rectangles prove
    each boundary, with a fifth (GA) to a half (meeting) of its counts."""
    pdf = pdfium.PdfDocument(str(corpus_file(relative)))
    try:
        lines = walked_counts = counted_counts = 0
        for index in range(len(pdf)):
            boxes = _pdf_boxes.Boxes(pdf[index].get_textpage())
            count_rects, calls = boxes.count_rects, [0]

            def counting(
                *args: Any, count_rects: Any = count_rects, calls: list[int] = calls
            ) -> Any:
                calls[0] += 1
                return count_rects(*args)

            boxes.count_rects = counting
            for piece, at in _pdf_lines._pieces(boxes.text):
                body = piece.strip()
                start = at + piece.index(body[0]) if body else at
                end = start + len(body)
                objects = count_rects(boxes.handle, start, end - start) if body else 0
                if objects < 2 or not _pdf_boxes.PLAIN_RE.fullmatch(body):
                    continue
                calls[0] = 0
                walked = boxes.walk(start, end, objects)
                walked_counts += calls[0]
                calls[0] = 0
                assert walked == boxes.runs(start, end, objects)
                counted_counts += calls[0]
                lines += 1
    finally:
        pdf.close()
    assert lines > 50
    assert walked_counts < 0.6 * counted_counts


def test_glyphs_spell_their_ascii_characters_as_bytes() -> None:
    """A font's sorted characters are kept as sets and, for the ASCII ones, as the bytes a
    run is sorted against in C (``bytes.translate``): those whose glyphs stay inside the
    font's box and the others, and white space, which is never a glyph sorted."""
    glyphs = _pdf_fonts.Glyphs()
    assert b"abc \t".translate(None, glyphs.known_ascii) == b"abc"
    glyphs.add_all(["a"], ["l", "é"])
    assert glyphs.inside == {"a"} and glyphs.outside == {"l", "é"}
    assert b"a l b".translate(None, glyphs.known_ascii) == b"b"
    assert b"all bad".translate(None, glyphs.outside_ascii) == b"a bad"


@pytest.mark.parametrize("relative", _GA[:2])
def test_a_run_s_glyph_tops_count_the_characters_above_the_font_box(relative: str) -> None:
    """The count of a run's characters whose glyphs may reach above the font's box, made by
    ``bytes.translate``, is the count of their occurrences in the run; the characters
    ``Tops`` leaves open are those of the run's font, size and matrix."""
    path = corpus_file(relative)
    pdf = pdfium.PdfDocument(str(path))
    runs = 0
    glyph_tops = _pdf_boxes.Boxes.glyph_tops
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            boxes = _pdf_boxes.Boxes(page.get_textpage())

            def checked(*args: Any, boxes: _pdf_boxes.Boxes = boxes) -> Any:
                nonlocal runs
                tops = glyph_tops(boxes, *args)
                if tops is not None:
                    body = args[1]
                    open_chars = {char for char in tops[3] if char in body}
                    assert tops[2] == sum(body.count(char) for char in open_chars)
                    assert tops[3] in [g.outside for g in boxes.known.values()]
                    runs += 1
                return tops

            boxes.glyph_tops = checked  # type: ignore[method-assign]
            for piece, at in _pdf_lines._pieces(boxes.text):
                body = piece.strip()
                if body and len(body) > 1 and _pdf_boxes.PLAIN_RE.fullmatch(body):
                    start = at + piece.index(body[0])
                    boxes.runs(start, start + len(body))
    finally:
        pdf.close()
    assert runs > 50


def test_a_line_on_one_bottom_is_the_one_the_general_path_builds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A piece whose chunks stand on one bottom (an italic lead and the roman rest, objects
    joined into one run) is built in one pass (``level_line``): on every such piece of GA
    resolutions and meeting records, the line is the one segment ``_segments`` finds and
    ``build_line`` builds, to the last float and span."""
    level_line = _pdf_build.level_line
    seen = {"level": 0, "several": 0, "other": 0}

    def checked(
        chunks: list[_pdf_chunks.Chunk | None], number: int, boxes: _pdf_boxes.Boxes
    ) -> _pdf_lines.PdfLine | None:
        segments = _pdf_lines._segments(list(chunks), boxes)
        reference = [_pdf_build.build_line(segment, number, boxes) for segment in segments]
        line = level_line(chunks, number, boxes)
        if line is None:
            seen["other"] += 1
        else:
            seen["level"] += 1
            seen["several"] += sum(1 for chunk in chunks if chunk and chunk[1]) > 1
            assert [line] == reference
        return line

    monkeypatch.setattr(_pdf_lines, "level_line", checked)
    for relative in [*_GA, "pdf/S_PV.8700_E.pdf", "pdf/S_PV.8701_E.pdf"]:
        _lines_by_page(relative, _pdf_fonts.FontMemory())
    assert seen["several"] > 200
    assert seen["level"] > seen["other"]


def test_each_character_s_recorded_object_is_pdfium_s(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the reader records of a character's text object (``Fonts.at``: its styles, its
    font's key), whether asked of pdfium or known from a run read character by character
    whose ends are of one object (``Fonts.one_object``), is the object pdfium gives for it."""
    made: list[_pdf_boxes.Boxes] = []
    boxes_class = _pdf_boxes.Boxes

    def kept(*args: Any) -> _pdf_boxes.Boxes:
        made.append(boxes_class(*args))
        return made[-1]

    monkeypatch.setattr(_pdf_lines, "Boxes", kept)
    one_object = _pdf_fonts.Fonts.one_object
    known = {"characters": 0}

    def counted(self: _pdf_fonts.Fonts, text: str, start: int, end: int) -> None:
        before = len(self.at)
        one_object(self, text, start, end)
        known["characters"] += len(self.at) - before

    monkeypatch.setattr(_pdf_fonts.Fonts, "one_object", counted)
    for relative in [*_GA, "pdf/S_PV.8700_E.pdf"]:
        pdf = pdfium.PdfDocument(str(corpus_file(relative)))
        try:
            memory = _pdf_fonts.FontMemory()
            for index in range(len(pdf)):
                page = pdf[index]
                textpage = page.get_textpage()
                _pdf_lines.page_lines(textpage, 1, page.get_size()[0], memory)
                fonts = made[-1].fonts
                for char, record in fonts.at.items():
                    assert record[4] == fonts.text_object(fonts.textpage, char)
        finally:
            pdf.close()
    assert known["characters"] > 100


def test_a_character_s_font_size_is_its_text_object_s() -> None:
    """The font size of a text object's key is asked of a character
    (``FPDFText_GetFontSize``): it is the size of its text object's text state
    (``FPDFTextObj_GetFontSize``) on every object of GA resolutions and a meeting record,
    whatever its matrix (objects set at size 1 and scaled by their matrix among them)."""
    text_object, _, font_size, _ = _pdf_fonts._functions()
    size = ctypes.c_float()
    sizes: set[float] = set()
    for relative in [*_GA[:2], "pdf/S_PV.8700_E.pdf"]:
        pdf = pdfium.PdfDocument(str(corpus_file(relative)))
        try:
            for index in range(len(pdf)):
                textpage = pdf[index].get_textpage()
                handle = ctypes.c_void_p(ctypes.cast(textpage.raw, ctypes.c_void_p).value)
                seen = set()
                for char in range(textpage.count_chars()):
                    found = text_object(handle, char)
                    if not found or found in seen:
                        continue
                    seen.add(found)
                    asked = pdfium_c.FPDFTextObj_GetFontSize(
                        ctypes.cast(found, pdfium_c.FPDF_PAGEOBJECT), ctypes.byref(size)
                    )
                    assert asked and font_size(handle, char) == size.value
                    sizes.add(size.value)
        finally:
            pdf.close()
    assert len(sizes) > 2 and 1.0 in sizes


def test_a_chunk_none_of_whose_characters_starts_a_run_stays_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A chunk whose bottom stands between half and 1.2 times the size from its run's first
    (a footnote's text after its raised number) is read character by character to see
    whether one starts a new run; when none does it stays one chunk (``_stays_whole``): the
    lines are those its characters, one chunk each, make, and some chunks are split."""
    stays_whole = _pdf_lines._stays_whole
    seen = {True: 0, False: 0}

    def counted(*args: Any) -> bool:
        whole = stays_whole(*args)
        seen[whole] += 1
        return whole

    relatives = [*_GA, "ga-scale/pdfs/A_RES_78_296.pdf", "pdf/S_PV.8700_E.pdf"]
    monkeypatch.setattr(_pdf_lines, "_stays_whole", counted)
    kept = [_lines_by_page(relative, _pdf_fonts.FontMemory()) for relative in relatives]
    monkeypatch.setattr(_pdf_lines, "_stays_whole", lambda *args: False)
    split = [_lines_by_page(relative, _pdf_fonts.FontMemory()) for relative in relatives]
    assert kept == split
    assert seen[True] > 20
    assert seen[False] > 0


def test_a_piece_of_one_segment_is_the_one_segments_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A piece on two bottoms whose chunks ``_one_segment`` takes for one segment without
    reading a character (a raised mark in the line, a page footer's number beside its job
    number) is the one segment ``_segments`` makes of it, chunk for chunk, on every such
    piece of GA resolutions, drafts and a meeting record; the footnotes' text, whose bottom
    stands over half the raised number's size below it, is left to ``_segments``."""
    made: list[_pdf_boxes.Boxes] = []
    boxes_class = _pdf_boxes.Boxes

    def kept(*args: Any) -> _pdf_boxes.Boxes:
        made.append(boxes_class(*args))
        return made[-1]

    one_segment = _pdf_lines._one_segment
    seen = {"one": 0, "other": 0}

    def checked(chunks: list[_pdf_chunks.Chunk | None]) -> list[_pdf_chunks.Chunk] | None:
        whole = one_segment(chunks)
        if whole is None:
            seen["other"] += 1
        else:
            seen["one"] += 1
            assert _pdf_lines._segments(list(chunks), made[-1]) == [whole]
            assert whole is chunks
        return whole

    monkeypatch.setattr(_pdf_lines, "Boxes", kept)
    monkeypatch.setattr(_pdf_lines, "_one_segment", checked)
    relatives = [*_GA, "ga-scale/pdfs/A_RES_78_296.pdf", "pdf/S_PV.8700_E.pdf"]
    for relative in relatives:
        _lines_by_page(relative, _pdf_fonts.FontMemory())
    assert seen["one"] > 20
    assert seen["other"] > 10


def test_a_line_s_styles_are_joined_as_one_span_per_chunk_would_be(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``build_line`` extends the span of a chunk of one style over the next visible chunks
    of that style alone (``_styled``): on every line of GA resolutions and drafts built so,
    and a meeting record's, the spans are those one span per chunk and style make once
    ``join_styled`` has joined them (an italic footnote read one character a chunk)."""
    styled = _pdf_build._styled
    seen = {"lines": 0, "extended": 0}

    def checked(chunks: list[_pdf_chunks.Chunk], fonts: _pdf_fonts.Fonts) -> list[Span]:
        spans = styled(chunks, fonts)
        reference: list[Span] = []
        offset = 0
        for chunk in chunks:
            if chunk[1]:
                for style in fonts.styles(chunk[8]):
                    reference.append(Span(offset, offset + len(chunk[0]), style))
            offset += len(chunk[0])
        raw = "".join(chunk[0] for chunk in chunks)
        assert _pdf_fonts.join_styled(raw, spans) == _pdf_fonts.join_styled(raw, reference)
        if len(reference) < 2:
            assert spans == reference  # (build_line leaves a single span unjoined)
        seen["lines"] += 1
        seen["extended"] += len(spans) < len(reference)
        return spans

    monkeypatch.setattr(_pdf_build, "_styled", checked)
    for relative in [*_GA, "pdf/S_PV.8700_E.pdf"]:
        _lines_by_page(relative, _pdf_fonts.FontMemory())
    assert seen["extended"] > 5
    assert seen["lines"] > seen["extended"]
