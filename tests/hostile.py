"""Hostile PDFs written byte by byte at test time: small files that expand to a lot of work."""

from __future__ import annotations

import zlib


def pdf(objects: list[bytes], pages: list[int]) -> bytes:
    """A PDF of ``objects`` (numbered from 3; 1 is the catalog, 2 the page tree) whose pages
    are the objects numbered in ``pages``, with a correct cross-reference table."""
    kids = b" ".join(b"%d 0 R" % number for number in pages)
    bodies = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(pages),
        *objects,
    ]
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(bodies, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(bodies) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(bodies) + 1,
        xref,
    )
    return bytes(out)


def _stream(content: bytes, spaces: int = 0) -> bytes:
    """A deflated stream of ``spaces`` spaces then ``content`` (the spaces are deflated a
    mebibyte at a time: a bomb is built without holding what it inflates to)."""
    packer = zlib.compressobj(9)
    block = b" " * min(spaces, 1 << 20)
    parts = [packer.compress(block) for _ in range(spaces // max(len(block), 1))]
    parts += [packer.compress(b" " * (spaces % max(len(block), 1)) + content), packer.flush()]
    packed = b"".join(parts)
    return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + (
        b"\nendstream"
    )


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def shared_content_pdf(pages: int, runs: int) -> bytes:
    """``pages`` pages that all show one content stream of ``runs`` one-letter text runs: a
    few hundred kilobytes that cost pages x runs text objects to read."""
    content = b"BT /F1 10 Tf " + b"".join(
        b"1 0 0 1 %d %d Tm (a) Tj " % (40 + (i % 50) * 10, 750 - (i // 50) * 12)
        for i in range(runs)
    ) + b"ET"
    objects = [_FONT, _stream(content)]  # objects 3 and 4
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
    )
    objects += [page] * pages
    return pdf(objects, list(range(5, 5 + pages)))


def expanding_pdf(expanded: int) -> bytes:
    """One page whose content stream inflates to ``expanded`` bytes (spaces, then one line of
    text): a deflate bomb, about a thousandth of that size on disk."""
    content = b"BT /F1 12 Tf 72 700 Td (The President: I thank you.) Tj ET"
    objects = [_FONT, _stream(content, spaces=expanded)]
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
    )
    return pdf([*objects, page], [5])


def font_bomb_pdf(expanded: int) -> bytes:
    """One page whose font's embedded file inflates to ``expanded`` bytes (a deflate bomb
    where pdfium looks for a TrueType font, not in the page's content)."""
    content = b"BT /F1 12 Tf 72 700 Td (The President: I thank you.) Tj ET"
    objects = [
        b"<< /Type /Font /Subtype /TrueType /BaseFont /Bomb /FontDescriptor 5 0 R >>",
        _stream(content),
        b"<< /Type /FontDescriptor /FontName /Bomb /Flags 32 /FontBBox [0 0 1000 1000] "
        b"/ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 6 0 R >>",
        _stream(b"", spaces=expanded),
    ]
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
    )
    return pdf([*objects, page], [7])


def _damaged_stream(content: bytes, spaces: int) -> bytes:
    """A stream of ``content`` then ``spaces`` spaces deflated, then bytes that are not."""
    packer = zlib.compressobj(9)
    packed = packer.compress(content + b" " * spaces) + packer.flush(zlib.Z_FULL_FLUSH)
    packed += b"\xff" * 32
    return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + (
        b"\nendstream"
    )


def many_streams_pdf(streams: int, expanded: int, damaged: str = "") -> bytes:
    """One page whose content is ``streams`` deflated streams of ``expanded`` bytes each:
    a bomb spread over streams that are each small. ``damaged``: each with a wrong closing
    sum (``"sum"``) or with data that cannot be inflated after the spaces (``"data"``);
    pdfium keeps what such a stream inflates to before the damage."""
    content = b"BT /F1 12 Tf 72 700 Td (The President: I thank you.) Tj ET"
    if damaged == "data":
        parts = [_damaged_stream(content, expanded) for _ in range(streams)]
    else:
        parts = [_stream(content, spaces=expanded) for _ in range(streams)]
    if damaged == "sum":  # (the sum is the four bytes before "\nendstream")
        parts = [part[:-14] + bytes(b ^ 0xFF for b in part[-14:-10]) + part[-10:] for part in parts]
    refs = b" ".join(b"%d 0 R" % (4 + i) for i in range(streams))
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents [" + refs + b"] >>"
    )
    return pdf([_FONT, *parts, page], [4 + streams])


def empty_pdf() -> bytes:
    """A well-formed PDF with a page tree of no pages."""
    return pdf([], [])
