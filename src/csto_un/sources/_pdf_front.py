"""A front page's matter in reading order: masthead and foot blocks set side by side.

Older General Assembly records (A/48/PV.46, 1993) set their masthead in two blocks side by
side above the two columns of the speeches ("United Nations / GENERAL ASSEMBLY / FORTY-EIGHTH
SESSION / Official Records" on the left, "46th PLENARY MEETING / Monday, 1 November 1993 /
at 3 p.m. / NEW YORK" on the right), and below them, at the foot of the page, the notice on
corrections beside the distribution block ("Distr. GENERAL / A/48/PV.46 / 22 November 1993 /
ENGLISH"). Read by columns, the right-hand blocks fall into the right column of the speech.

The page's structure tells them apart. Its matter stands in horizontal bands, separated by a
blank strip across the whole page nearly two body lines high: the band above the first such
strip is the masthead, the band below the last one the foot; between them the speeches run in
their columns. A masthead or foot band that a blank strip in x (a column gap) splits into
blocks is read block by block, left to right, each top to bottom, and both come before the
speeches: the foot's blocks are the masthead's continuation (its symbol and date of issue),
never speech. A front page whose masthead and foot are each one block (every other layout
the UN has used) keeps the order of :func:`~csto_un.sources._pdf._order`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ._pdf_lines import PdfLine

__all__ = ["front_page_order", "two_columns"]

_BAND_GAP = 1.8  # a blank strip across the page this many body sizes high separates bands
_COLUMN_GAP = 2.0  # a blank strip in x this many body sizes wide separates blocks


def two_columns(left: int, right: int, total: int) -> bool:
    """Whether a page of ``total`` lines is set in two columns, ``left`` of them standing
    left of the middle (their right end at most 4 points right of it) and ``right`` right of
    it (their left end at most 4 points left of it; a narrow line near the middle counts on
    both sides): most of its lines stand on one side or the other, with a few lines on each
    side at least.

    A page where both columns hold a quarter of the lines is one; so is a page where the
    right column holds only the last lines of a speech (a record's last page), as long as
    no more than a quarter of its lines cross the gutter (a running header, a heading).

    >>> two_columns(20, 18, 40), two_columns(30, 3, 36), two_columns(38, 0, 40)
    (True, True, False)
    """
    across = total - left - right
    fewest = min(left, right)
    return fewest >= max(3, total // 4) or (fewest >= 3 and across <= total // 4)


def front_page_order(lines: list[PdfLine]) -> list[PdfLine]:
    """The first page's ``lines`` (in column order) with its masthead and foot blocks read
    first, when a column gap splits either band; else ``lines`` as they are."""
    if len(lines) < 3:
        return lines
    size = _body_size(lines)
    bands = _bands(lines, _BAND_GAP * size)
    if len(bands) < 3:  # no body between a masthead and a foot
        return lines
    masthead, foot = _blocks(bands[0], _COLUMN_GAP * size), _blocks(bands[-1], _COLUMN_GAP * size)
    if len(masthead) < 2 and len(foot) < 2:
        return lines
    first = [line for block in (*masthead, *foot) for line in block]
    moved = {id(line) for line in first}
    for line in first:
        line.column, line.spanning = 0, True  # front matter: no column of the speeches
    return [*first, *(line for line in lines if id(line) not in moved)]


def _body_size(lines: Sequence[PdfLine]) -> float:
    """The font size most lines of the page are set in."""
    sizes = Counter(round(line.size) for line in lines if line.size >= 4)
    return float(sizes.most_common(1)[0][0]) if sizes else 10.0


def _bands(lines: Sequence[PdfLine], gap: float) -> list[list[PdfLine]]:
    """The lines in horizontal bands, top first: a blank strip across the page at least
    ``gap`` high between two bands."""
    ordered = sorted(lines, key=lambda line: -line.top)
    bands: list[list[PdfLine]] = [[ordered[0]]]
    floor = ordered[0].bottom
    for line in ordered[1:]:
        if floor - line.top >= gap:
            bands.append([])
        bands[-1].append(line)
        floor = min(floor, line.bottom)
    return bands


def _blocks(band: Sequence[PdfLine], gap: float) -> list[list[PdfLine]]:
    """A band's lines in blocks, left to right, split where a blank strip at least ``gap``
    wide runs down the band; each block's lines top to bottom."""
    ordered = sorted(band, key=lambda line: line.left)
    blocks: list[list[PdfLine]] = [[ordered[0]]]
    edge = ordered[0].right
    for line in ordered[1:]:
        if line.left - edge >= gap:
            blocks.append([])
        blocks[-1].append(line)
        edge = max(edge, line.right)
    return [sorted(block, key=lambda line: (-round(line.top), line.left)) for block in blocks]
