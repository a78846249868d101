"""Bytes to text: what format a file holds, and which encoding its text is in.

Detection looks at the content, never only at the name: a PDF starts with ``%PDF-``; Office
files, images and other binary data are refused with :class:`~csto_un.UnsupportedFormatError`;
what is left is text, decoded as UTF-8 (with or without BOM), UTF-16/32 with BOM, or
Windows-1252 (the encoding of older UN text files).
"""

from __future__ import annotations

import codecs
import re

from ..errors import DecodeError, UnsupportedFormatError

__all__ = ["decode_text", "sniff_binary"]

# Magic numbers of formats people may hand us by mistake, with a name for the message.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a ZIP archive (a Word .docx, ODF or other Office file?)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE2 file (an old Word .doc or Excel .xls?)"),
    (b"{\\rtf", "an RTF file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"BM", "a BMP image"),
    (b"%!PS", "a PostScript file"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"AT&TFORM", "a DjVu document"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Control characters that do not occur in text files (tab, LF, FF and CR are allowed).
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13}


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _utf16_without_bom(sample: bytes) -> bool:
    """Text in UTF-16 without BOM: every other byte of Latin text is NUL."""
    if len(sample) < 8:
        return False
    even, odd = sample[0::2], sample[1::2]
    return any(half.count(0) >= 0.4 * len(half) for half in (even, odd)) and not all(
        half.count(0) >= 0.4 * len(half) for half in (even, odd)
    )


_PDF_STRUCTURE = re.compile(rb"(?<!\d)\d+ \d+ obj\b|\bxref\b")  # (starts at a digit run: linear)


def sniff_binary(data: bytes, name: str) -> str | None:
    """``"pdf"`` for a PDF, ``None`` for text; raise for anything else (binary, empty).

    A PDF starts with ``%PDF-``, or has it in its first kilobyte after some junk and then
    the structure of a PDF (objects, a cross-reference): a text that mentions "%PDF-1.7" near
    its start is text."""
    if data.lstrip().startswith(b"%PDF-") or (
        b"%PDF-" in data[:1024] and _PDF_STRUCTURE.search(data, 0, 1 << 16) is not None
    ):
        return "pdf"
    if _bom_encoding(data) is None:
        # A BMP's "BM" is too short a signature for anything but a real binary file.
        for magic, what in _MAGIC:
            if data.startswith(magic) and (magic != b"BM" or b"\x00" in data[:64]):
                raise UnsupportedFormatError(
                    f"{what}, not a PDF, text or Markdown document", source=name
                )
        sample = data[:4096]
        if _utf16_without_bom(sample):
            raise UnsupportedFormatError(
                "looks like UTF-16 text without a byte-order mark: save it as UTF-8 or with a BOM",
                source=name,
            )
        if b"\x00" in sample or sum(byte in _CONTROL for byte in sample) > len(sample) // 100:
            raise UnsupportedFormatError(
                "binary data, not a PDF, text or Markdown document", source=name
            )
    return None


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """The text of ``data`` and the encoding it was read in (``"utf-8"``, ``"cp1252"`` …)."""
    encoding = _bom_encoding(data)
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as error:
            raise DecodeError(
                f"bytes {error.start}-{error.end} are not valid {encoding} after its BOM",
                source=name,
                line=data[: error.start].count(b"\n") + 1,
            ) from None
        text = text.lstrip("\ufeff")
        reported = {"utf-8-sig": "utf-8-sig", "utf-16": "utf-16", "utf-32": "utf-32"}[encoding]
        return text, reported
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as error:
        raise DecodeError(
            f"byte 0x{data[error.start]:02x} at offset {error.start} is neither UTF-8 nor "
            "Windows-1252",
            source=name,
            line=data[: error.start].count(b"\n") + 1,
        ) from None
