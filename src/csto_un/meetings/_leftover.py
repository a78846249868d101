"""The page furniture the sources layer left in a record's lines: job numbers, barcodes and
running headers, taken out before the walk (a header's symbol and date kept)."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Sequence

import attrs

from ..accounting import Carried
from ..folding import fold_lines
from ..model import Furniture
from ..sources._document import Line
from ..sources._patterns import BARCODE_RE, JOB_RE, PAGE_JOB_RE, shaped_lines
from ..sources._search import joined_lines
from ._front import find_symbol

__all__ = ["Stripped", "strip_furniture"]

_HEADER_DATE = re.compile(r"\b(\d{2})/(\d{2})/(\d{4})\b")


@attrs.define
class Stripped:
    """A record's lines without their furniture: ``lines``, their ``texts`` folded, those
    joined (``joined``, :func:`~csto_un.sources._search.joined_lines`; ``None`` when a line
    was taken out), the ``furniture`` taken out and its ``carried`` claims, the first
    header's ``symbol`` and ``date``."""

    lines: list[Line]
    texts: list[str]
    joined: str | None
    furniture: list[Furniture] = attrs.Factory(list)
    carried: list[Carried] = attrs.Factory(list)
    symbol: str | None = None
    date: dt.date | None = None


def strip_furniture(lines: Sequence[Line]) -> Stripped:
    """The lines that are not furniture. Only the lines shaped as furniture can be
    (:func:`~csto_un.sources._patterns.shaped_lines`) are asked; the others are kept in
    runs."""
    texts = fold_lines([line.text for line in lines])
    joined = joined_lines(texts)
    kept: list[Line] = []
    kept_texts: list[str] = []
    found = Stripped(kept, kept_texts, None)
    start = 0  # the first line not yet kept
    for index in shaped_lines(texts, joined):
        text = texts[index]
        kind = None
        if text[:1].isdigit() and (PAGE_JOB_RE.match(text) or JOB_RE.match(text)):
            kind = "job-number"
        elif text[:1] == "*" and BARCODE_RE.match(text):
            kind = "barcode"
        elif (len(text) < 250 and "/" in text and (date := _HEADER_DATE.search(text))
              and (symbol := find_symbol(text))):
            kind = "header"
            found.symbol = found.symbol or symbol
            day, month, year = map(int, date.groups())
            if found.date is None:
                with contextlib.suppress(ValueError):
                    found.date = dt.date(year, month, day)
        if kind is None:
            continue
        line = lines[index]
        kept += lines[start:index]
        kept_texts += texts[start:index]
        start = index + 1
        found.furniture.append(Furniture(kind=kind, text=line.text, page=line.page,
                                         line=line.number))
        found.carried.append(((line.text,), line, 1))
    if not start:
        found.lines, found.texts, found.joined = list(lines), texts, joined
        return found
    kept += lines[start:]
    kept_texts += texts[start:]
    return found
