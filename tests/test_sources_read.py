"""Format detection and decoding: what the sources layer accepts, refuses, and how it says so."""

from __future__ import annotations

import codecs
import contextlib
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import corpus_file, encrypted_pdf
from csto_un import CstoUnError, DecodeError, NoTextLayerError, SourceError, UnsupportedFormatError
from csto_un.sources import read_bytes, read_document, read_string

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
ZIP = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00word/document.xml"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "\u00a0\n".encode()])
def test_empty_or_blank_input_is_refused(data: bytes) -> None:
    with pytest.raises(UnsupportedFormatError, match="empty") as caught:
        read_bytes(data, "blank.txt")
    assert caught.value.source == "blank.txt"


def test_empty_string_is_refused() -> None:
    with pytest.raises(UnsupportedFormatError, match="empty"):
        read_string("  \n ")


@pytest.mark.parametrize(
    ("data", "what"),
    [(ZIP, "ZIP"), (OLE, "OLE2"), (PNG, "PNG"), (JPEG, "JPEG"), (b"GIF89a\x01\x00", "GIF")],
)
def test_binary_formats_are_refused_by_name(data: bytes, what: str) -> None:
    with pytest.raises(UnsupportedFormatError, match=what) as caught:
        read_bytes(data, "report.docx")
    assert str(caught.value).startswith("report.docx: ")


def test_unknown_binary_is_refused() -> None:
    with pytest.raises(UnsupportedFormatError, match="binary data"):
        read_bytes(bytes(range(256)) * 4, "blob")


def test_extension_does_not_decide(tmp_path: pytest.TempPathFactory) -> None:
    path = tmp_path / "resolution.txt"  # type: ignore[operator]
    path.write_bytes(PNG)
    with pytest.raises(UnsupportedFormatError, match="PNG"):
        read_document(path)


def test_missing_file_is_a_source_error(tmp_path: pytest.TempPathFactory) -> None:
    with pytest.raises(SourceError, match="cannot read the file"):
        read_document(tmp_path / "absent.pdf")  # type: ignore[operator]


def test_image_only_pdf_needs_ocr() -> None:
    path = corpus_file("pdf/A_RES_2758_XXVI_R_1971_imageonly.pdf")
    with pytest.raises(NoTextLayerError, match="OCR") as caught:
        read_document(path)
    assert caught.value.source == str(path)
    assert caught.value.code == "no-text-layer"


def test_truncated_pdf_is_a_clear_source_error() -> None:
    data = corpus_file("pdf/S_PV.8701_E.pdf").read_bytes()
    with pytest.raises(SourceError, match="truncated") as caught:
        read_bytes(data[:1000], "cut.pdf")
    assert caught.value.source == "cut.pdf"


def test_pdf_is_found_by_content_not_name() -> None:
    data = corpus_file("pdf/S_PV.8701_E.pdf").read_bytes()
    assert read_bytes(data, "no-extension").format == "pdf"


def test_string_cannot_be_read_as_pdf() -> None:
    with pytest.raises(UnsupportedFormatError, match="'pdf'"):
        read_string("%PDF-1.4", format="pdf")


def test_markdown_or_text_by_markup() -> None:
    assert read_string("# Title\n\n*Recalling* resolution [59/50](#)").format == "markdown"
    assert read_string("Recalling resolution 59/50,\n*2000526*\n").format == "text"
    assert read_string("*Recalling*", format="text").lines[0].text == "*Recalling*"


def test_cp1252_file_is_decoded_and_recorded() -> None:
    document = read_document(corpus_file("text/S-RES-2000(2011).txt"))
    assert document.encoding == "cp1252"
    texts = [line.text for line in document.lines]
    assert any("Côte d’Ivoire" in text for text in texts)
    assert any(text.startswith("– To protect") for text in texts)  # 0x96 bullets


@pytest.mark.parametrize(
    ("encode", "encoding"),
    [
        (lambda text: text.encode("utf-8"), "utf-8"),
        (lambda text: codecs.BOM_UTF8 + text.encode("utf-8"), "utf-8-sig"),
        (lambda text: text.encode("utf-16"), "utf-16"),
        (lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"), "utf-16"),
        (lambda text: text.encode("utf-32"), "utf-32"),
    ],
)
def test_unicode_encodings_read_the_same(encode: object, encoding: str) -> None:
    text = corpus_file("multilingual/S_PV.9642_ru.txt").read_text(encoding="utf-8")
    expected = read_string(text, name="ru")
    document = read_bytes(encode(text), "ru")  # type: ignore[operator]
    assert document.encoding == encoding
    assert document.lines == expected.lines
    assert document.furniture == expected.furniture


def test_line_endings_and_spaces_are_unified() -> None:
    document = read_string(
        "Le Conseil\u00a0de\u2009sécurité   \r\nest\tsaisi\rdu cas.\x0cPage deux"
    )
    assert [line.text for line in document.lines] == [
        "Le Conseil de sécurité",
        "est saisi",
        "du cas.",
        "Page deux",
    ]
    assert [line.number for line in document.lines] == [1, 2, 3, 3]
    assert [line.page for line in document.lines] == [1, 1, 1, 2]
    assert document.pages == 2


def test_nfc_normalisation() -> None:
    document = read_string("Re\u0301solution")
    assert document.lines[0].text == "Résolution"


def test_bad_bytes_after_a_bom_are_a_decode_error() -> None:
    with pytest.raises(DecodeError, match="utf-8-sig") as caught:
        read_bytes(codecs.BOM_UTF8 + b"ok\nbad \xff\xfe byte", "x.txt")
    assert caught.value.line == 2


def test_errors_pickle() -> None:
    error = NoTextLayerError("needs OCR", source="a.pdf", page=1)
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), str(copy)) == (NoTextLayerError, str(error))


@given(st.binary(max_size=600))
def test_only_our_errors_escape_from_bytes(data: bytes) -> None:
    with contextlib.suppress(CstoUnError):
        read_bytes(data)


@given(st.text(max_size=400))
def test_only_our_errors_escape_from_strings(text: str) -> None:
    try:
        document = read_string(text)
    except CstoUnError:
        return
    assert all(line.text == line.text.strip() for line in document.lines)


def test_encrypted_pdf_says_so() -> None:
    with pytest.raises(SourceError, match="encrypted with a password"):
        read_bytes(encrypted_pdf(), "locked.pdf")


def test_utf16_without_bom_is_named() -> None:
    data = corpus_file("multilingual/S_PV.9642_en.txt").read_text(encoding="utf-8")
    with pytest.raises(UnsupportedFormatError, match="UTF-16 text without a byte-order mark"):
        read_bytes(data.encode("utf-16-le"), "en.txt")
