"""PDFs laid out by hand at test time: each page a list of printed lines with their place.

A layout the development corpus has only one real file of (or none) is rebuilt here, line by
line where the real page prints it, so that a test of the reading order runs everywhere.
"""

from __future__ import annotations

import textwrap

from hostile import pdf

#: One printed line: left edge and baseline (points, origin at the page's bottom left),
#: font size, text (Latin-1).
Printed = tuple[float, float, float, str]

_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def laid_out_pdf(pages: list[list[Printed]]) -> bytes:
    """A PDF of US-letter pages, each printing its lines in Helvetica where they stand."""
    objects = [_FONT]
    page_numbers = []
    for lines in pages:
        content = b" ".join(
            b"BT /F1 %.1f Tf 1 0 0 1 %.1f %.1f Tm (%s) Tj ET"
            % (size, x, y, text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
               .encode("latin-1"))
            for x, y, size, text in lines
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (len(objects) + 2)
        )
        page_numbers.append(len(objects) + 2)
    return pdf(objects, page_numbers)


def column(text: str, x: float, top: float, *, width: int = 48, size: float = 11.0,
           pitch: float = 12.0, indent: float = 20.0) -> list[Printed]:
    """``text`` set in a column from baseline ``top`` down, ``width`` characters a line, each
    paragraph (separated by a blank line) indented and after one blank line."""
    lines: list[Printed] = []
    y = top
    for paragraph in text.strip().split("\n\n"):
        for index, line in enumerate(textwrap.wrap(" ".join(paragraph.split()), width)):
            lines.append((x + (indent if index == 0 else 0.0), y, size, line))
            y -= pitch
        y -= pitch
    return lines
