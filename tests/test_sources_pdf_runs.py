"""The PDF reader's runs of one text object give the lines the character-by-character path does.

The reader asks pdfium for boxes per run of one text object when the run's boxes prove its
characters share a bottom and top (``_pdf_lines._Boxes``), and per character otherwise. The
per-character path is the reference: with every run sent to it (no character counts as
"plain"), every corpus PDF must read to the same document.
"""

from __future__ import annotations

import re

import pytest

from conftest import CORPUS, corpus_file
from csto_un.errors import NoTextLayerError
from csto_un.sources import _pdf_lines, read_document

_PDFS = sorted(
    str(path.relative_to(CORPUS))
    for folder in ("pdf", "csto")
    for path in (CORPUS / folder).glob("*.pdf")
    if "imageonly" not in path.name
)


@pytest.mark.parametrize("relative", _PDFS or ["pdf/S_PV.8701_E.pdf"])
def test_runs_read_as_characters_do(relative: str, monkeypatch: pytest.MonkeyPatch) -> None:
    path = corpus_file(relative)
    try:
        fast = read_document(path)
    except NoTextLayerError:
        pytest.skip(f"{relative} has no text layer")
    never = re.compile(r"(?!)")
    monkeypatch.setattr(_pdf_lines, "_PLAIN_RE", never)
    monkeypatch.setattr(_pdf_lines, "_PLAIN_LINES_RE", never)
    reference = read_document(path)
    assert fast.lines == reference.lines
    assert fast.furniture == reference.furniture
    assert fast == reference


def test_the_reference_path_is_the_one_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    """With no plain run, pdfium is asked for a box per visible character: the comparison
    above does compare two ways of reading."""
    path = corpus_file("pdf/S_PV.8701_E.pdf")
    calls = {"each": 0}
    each = _pdf_lines._Boxes.each

    def counted(self: _pdf_lines._Boxes, start: int, end: int) -> list[_pdf_lines._Chunk]:
        calls["each"] += end - start
        return each(self, start, end)

    monkeypatch.setattr(_pdf_lines._Boxes, "each", counted)
    read_document(path)
    by_runs = calls["each"]
    never = re.compile(r"(?!)")
    monkeypatch.setattr(_pdf_lines, "_PLAIN_RE", never)
    monkeypatch.setattr(_pdf_lines, "_PLAIN_LINES_RE", never)
    calls["each"] = 0
    document = read_document(path)
    characters = sum(len(line.text.replace(" ", "")) for line in document.lines)
    assert calls["each"] >= characters  # every character went through the reference path
    assert by_runs < characters / 10  # and normally, almost none does
