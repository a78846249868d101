"""The PDF reader's pages: each closed once its lines are built, unless the document's font
memory holds it open; the documents the same as with every page left open."""

from __future__ import annotations

from typing import Any

import pypdfium2 as pdfium
import pytest

from conftest import corpus_file
from csto_un import SourceError
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
    read: list[pdfium.PdfTextPage] = []
    checked = {"closed": 0, "held": 0}
    page_lines = _pdf.page_lines

    def spied(textpage: pdfium.PdfTextPage, number: int, width: float, fonts: Any) -> Any:
        for earlier in read:  # (the text page's handle, and its page's)
            if earlier in fonts.pages:
                assert earlier.raw is not None and earlier.page is not None
                checked["held"] += 1
            else:
                assert earlier.raw is None and earlier.page is None
                checked["closed"] += 1
        read.append(textpage)
        return page_lines(textpage, number, width, fonts)

    monkeypatch.setattr(_pdf, "page_lines", spied)
    path = corpus_file(relative)
    document = _pdf.read_pdf(path.read_bytes(), name=str(path))
    assert document.pages == len(read) > 2
    assert checked["closed"] > 0 and checked["held"] > 0
    assert all(textpage.raw is None is textpage.page for textpage in read)  # all closed


class _ByObjects:
    """A page read through pypdfium2's page and text-page objects (their finalizers, their
    closing), as ``read_pdf`` did before it loaded them by pdfium's own calls."""

    def __init__(self, pdf: pdfium.PdfDocument, index: int) -> None:
        self.objects = pdf[index]
        self.page, self.raw = self.objects.raw, None

    def size(self) -> tuple[float, float]:
        width, height = self.objects.get_size()
        return float(width), float(height)

    def load_text(self) -> None:
        self.text = self.objects.get_textpage()
        self.raw = self.text.raw

    def count_chars(self) -> int:
        return int(self.text.count_chars())

    def get_text_range(self, index: int, count: int) -> str:
        return str(self.text.get_text_range(index, count))

    def close(self) -> None:
        if self.raw:
            self.text.close()
        self.objects.close()
        self.raw = self.page = None


@pytest.mark.parametrize("relative", READINGS)
@pytest.mark.parametrize("otherwise", ["every page left open", "through pypdfium2's objects"])
def test_the_document_is_the_same_as_read_otherwise(
    relative: str, otherwise: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same document with every page left open until the document closes, and with
    the pages loaded and closed through pypdfium2's objects."""
    path = corpus_file(relative)
    data = path.read_bytes()
    read = _pdf.read_pdf(data, name=str(path))
    if otherwise == "every page left open":
        monkeypatch.setattr(_pdf, "_release", lambda *_: None)
    else:
        monkeypatch.setattr(_pdf, "_Page", _ByObjects)
    other = _pdf.read_pdf(data, name=str(path))
    assert repr(read) == repr(other)
    assert read == other


def test_every_page_is_closed_when_a_page_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page the reader cannot read: the pages loaded before it, held or not, and it are
    closed before the document."""
    loaded: list[Any] = []
    page_lines = _pdf.page_lines

    class Page(_pdf._Page):
        def __init__(self, pdf: pdfium.PdfDocument, index: int) -> None:
            super().__init__(pdf, index)
            loaded.append(self)

    def failing(textpage: Any, number: int, width: float, fonts: Any) -> Any:
        if len(loaded) == 4:
            raise pdfium.PdfiumError("Failed on purpose.")
        return page_lines(textpage, number, width, fonts)

    monkeypatch.setattr(_pdf, "_Page", Page)
    monkeypatch.setattr(_pdf, "page_lines", failing)
    path = corpus_file("pdf/S_PV.8699_E.pdf")
    with pytest.raises(SourceError, match=r"cannot read the page \(Failed on purpose.\)"):
        _pdf.read_pdf(path.read_bytes(), name=str(path))
    assert len(loaded) == 4
    assert all(page.raw is None and page.page is None for page in loaded)
