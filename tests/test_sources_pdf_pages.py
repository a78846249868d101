"""The PDF reader's pages: each closed once its lines are built, unless the document's font
memory holds it open; the documents the same as with every page left open."""

from __future__ import annotations

from typing import Any

import pypdfium2 as pdfium
import pytest

from conftest import corpus_file
from csto_un.sources import _pdf

#: Resolutions of several pages (GA folder) and meeting records (more fonts, more pages).
READINGS = (
    "ga-scale/pdfs/A_RES_78_1.pdf",  # 12 pages, the first held
    "ga-scale/pdfs/A_RES_78_107.pdf",  # 5 pages, two held
    "pdf/A_RES_73_3-EN.pdf",  # 10 pages, two held
    "pdf/S_PV.8699_E.pdf",  # 65 pages, two held
)


@pytest.mark.parametrize("relative", READINGS)
def test_a_page_is_closed_once_read_unless_its_fonts_are_held(
    relative: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the next page's lines are built, every earlier page whose text page the font
    memory does not hold is closed (its text page too); the held ones are open."""
    read: list[tuple[pdfium.PdfTextPage, pdfium.PdfPage]] = []
    checked = {"closed": 0, "held": 0}
    page_lines = _pdf.page_lines

    def spied(textpage: pdfium.PdfTextPage, number: int, width: float, fonts: Any) -> Any:
        for earlier, page in read:
            if earlier in fonts.pages:
                assert earlier.raw is not None and page.raw is not None
                checked["held"] += 1
            else:
                assert earlier.raw is None and page.raw is None
                checked["closed"] += 1
        read.append((textpage, textpage.page))
        return page_lines(textpage, number, width, fonts)

    monkeypatch.setattr(_pdf, "page_lines", spied)
    path = corpus_file(relative)
    document = _pdf.read_pdf(path.read_bytes(), name=str(path))
    assert document.pages == len(read) > 2
    assert checked["closed"] > 0 and checked["held"] > 0
    assert all(textpage.raw is None for textpage, _ in read)  # the rest, with the document


@pytest.mark.parametrize("relative", READINGS)
def test_the_document_is_the_same_as_with_every_page_left_open(
    relative: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = corpus_file(relative)
    data = path.read_bytes()
    released = _pdf.read_pdf(data, name=str(path))
    monkeypatch.setattr(_pdf, "_release", lambda *_: None)
    kept = _pdf.read_pdf(data, name=str(path))
    assert repr(released) == repr(kept)
    assert released == kept
