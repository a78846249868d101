"""The PDF reader's buffers for pdfium are made of ctypes array types made once per process.

ctypes remembers an array type (``c_ushort * 1234``) by a weak reference only, and a type is
freed only by a garbage collection: a type made per page or per document costs its making
and adds objects for the collector to find. The page's text is read into a ``bytearray``
(:func:`~csto_un.sources._pdf_objects.page_text`), as pypdfium2's ``get_text_range`` reads it.
"""

from __future__ import annotations

import ctypes
import gc

import pypdfium2 as pdfium
import pytest

from conftest import corpus_file
from csto_un.sources import read_document
from csto_un.sources._pdf_objects import page_text

_ARRAY_TYPE = type(ctypes.c_ushort * 1)  # ctypes' metaclass of array types


@pytest.mark.parametrize(
    "relative", ["pdf/S_PV.8701_E.pdf", "pdf/A_L.632_E_1971.pdf", "ga-scale/pdfs/A_RES_78_150.pdf"]
)
def test_page_text_reads_what_pypdfium2_reads(relative: str) -> None:
    pdf = pdfium.PdfDocument(str(corpus_file(relative)))
    try:
        for index in range(len(pdf)):
            textpage = pdf[index].get_textpage()
            count = textpage.count_chars()
            for length in {count, count // 2, 1, 0}:
                expected = textpage.get_text_range(0, length) if length else ""
                assert (page_text(textpage.raw, length) if length else "") == expected
    finally:
        pdf.close()


def test_reading_a_pdf_makes_no_ctypes_array_type() -> None:
    path = corpus_file("ga-scale/pdfs/A_RES_78_150.pdf")
    read_document(path)  # (anything made once per process is made now)
    gc.collect()
    gc.disable()  # (the types made would otherwise be collected before they are counted)
    try:
        before = {id(item) for item in gc.get_objects() if type(item) is _ARRAY_TYPE}
        read_document(path)
        read_document(corpus_file("pdf/S_PV.8701_E.pdf"))
        made = [
            item
            for item in gc.get_objects()
            if type(item) is _ARRAY_TYPE and id(item) not in before
        ]
    finally:
        gc.enable()
    assert made == []
