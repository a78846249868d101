"""The PDF line builder's shortcuts give what its general readings give, on real documents.

Each shortcut answers the common case of a GA page from fewer questions or less work; each
test here runs the reader over General Assembly resolutions and drafts (and a meeting
record) and compares every answer the shortcut gives with the general reading's.
"""

from __future__ import annotations

from typing import Any

import pypdfium2 as pdfium
import pytest

from conftest import corpus_file
from csto_un.sources import _pdf_boxes, _pdf_chunks, _pdf_fonts, _pdf_lines

#: General Assembly resolutions and drafts (Times New Roman, glyphs above the font's box),
#: a resolution with footnotes, and a meeting record.
_DOCUMENTS = [
    *(
        f"ga-scale/pdfs/{name}.pdf"
        for name in ("A_RES_78_10", "A_RES_78_150", "A_RES_78_206", "A_C.1_80_L.20",
                     "A_C.2_80_L.11", "A_RES_78_296")
    ),
    "pdf/S_PV.8700_E.pdf",
]  # fmt: skip


def _read(relative: str) -> None:
    """Every page of a corpus PDF through the line builder, with a font memory."""
    pdf = pdfium.PdfDocument(str(corpus_file(relative)))
    memory = _pdf_fonts.FontMemory()
    try:
        number = 1
        for index in range(len(pdf)):
            page = pdf[index]
            _, number = _pdf_lines.page_lines(
                page.get_textpage(), number, page.get_size()[0], memory
            )
    finally:
        pdf.close()


def test_a_run_s_tops_read_at_its_ends_are_the_general_reading_s(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``Boxes._tops_at_ends`` answers an ASCII run of characters already sorted from its
    ends' tops: every such answer (a :data:`~._pdf_chunks.Tops` or ``None``) is the one
    ``Boxes._glyph_tops`` gives for the same run, asked at the same moment."""
    at_ends, general = _pdf_boxes.Boxes._tops_at_ends, _pdf_boxes.Boxes._glyph_tops
    seen = {"general": 0, "answered": 0, "refused": 0}

    def counted(self: _pdf_boxes.Boxes, *args: Any) -> _pdf_chunks.Tops | None:
        seen["general"] += 1
        return general(self, *args)

    def checked(self: _pdf_boxes.Boxes, *args: Any) -> _pdf_chunks.Tops | None:
        before = seen["general"]
        tops = at_ends(self, *args)
        if seen["general"] == before:  # answered at the ends: no character is learned
            assert tops == general(self, *args)
            seen["answered" if tops is not None else "refused"] += 1
        return tops

    monkeypatch.setattr(_pdf_boxes.Boxes, "_glyph_tops", counted)
    monkeypatch.setattr(_pdf_boxes.Boxes, "_tops_at_ends", checked)
    for relative in _DOCUMENTS:
        _read(relative)
    assert seen["answered"] > 1000
    assert seen["general"] > 100
