"""The shapes of UN page furniture: symbols, dates, job numbers, page numbers, barcodes.

Everything here is a pattern over one line of text; deciding whether a line that has such a
shape really is furniture (position, repetition, neighbours) is :mod:`._furniture`'s job.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import NamedTuple

from ._search import joined_lines, lines_holding, lines_matching

__all__ = [
    "BARCODE_RE",
    "DATE_RE",
    "JOB_PREFIX_RE",
    "JOB_RE",
    "PAGE_JOB_RE",
    "PAGE_RE",
    "SYMBOL_LINE_RE",
    "SYMBOL_RE",
    "RunningTitle",
    "line_kind",
    "parse_date",
    "parse_job",
    "running_title",
    "shaped_lines",
]

# A UN document symbol: "S/PV.9642", "A/RES/79/10", "S/RES/1540 (2004)", "A/RES/2758 (XXVI)",
# "A/79/L.11", "S/PV.8699 (Resumption 1)"; some extractors space it out: "S/ PV. 8698".
SYMBOL = (
    r"(?:[A-Z]{1,6}(?:/ ?[A-Za-z0-9-]+(?:\. ?[A-Za-z0-9-]+)*)+"
    r"(?: ?\((?:\d{4}|[IVXLC]+|Resumption \d+)\))?)"
)
SYMBOL_RE = re.compile(SYMBOL)
#: A line that is only a symbol (the running header of a resolution: "S/RES/1540 (2004)").
SYMBOL_LINE_RE = re.compile(rf"^{SYMBOL}$")
#: The date of a running header: "16/02/2022" (day/month/year).
DATE = r"(?:\d{1,2}/\d{1,2}/\d{4})"
DATE_RE = re.compile(DATE)
#: A job number as printed: "20-00526 (E)", "22-26535 (E)    301122", "19-18217"; a reissued
#: document's carries a star and a second date stamp ("23-24915* (E) 160124",
#: "25-16788 (E) 281025 031125").
JOB = r"(?:\d{2}-\d{5}\*?(?:\s*\([A-Z]\))?(?:\s+\d{6}){0,2})"
#: A job number alone on its line, also with its hyphen extracted as a space ("00 55951").
JOB_RE = re.compile(r"^\d{2}[- ]\d{5}\*?(?:\s*\([A-Z]\))?(?:\s+\d{6}){0,2}$")
#: A first page's line that opens with its job number and goes on with text ("95-86353 (E)
#: This record contains…"): the job number, with its language letter, is group 1.
JOB_PREFIX_RE = re.compile(r"^(\d{2}-\d{5} \([A-Z]\)(?:\s+\d{6})?)\s+(?=\S)")
#: A page number "2/18" (page/pages).
PAGE = r"(?:\d{1,3}/\d{1,3})"
#: A page number alone on its line, also spaced out ("2 / 18").
PAGE_RE = re.compile(r"^\d{1,3}\s*/\s*\d{1,3}$")
#: A footer: page number and job number in either order ("22-25948 7/26", "2/18 20-00526").
PAGE_JOB_RE = re.compile(rf"^(?:{PAGE}\s+{JOB}|{JOB}\s+{PAGE})$")
#: A footer of records that print the page number alone ("6 10-70469", "10-70469 7": General
#: Assembly records of 2010).
NUMBER_JOB_RE = re.compile(rf"^(?:\d{{1,3}}\s+{JOB}|{JOB}\s+\d{{1,3}})$")
#: The bar code printed under the job number on the first page: "*2000526*".
BARCODE_RE = re.compile(r"^\*\d{7,9}\*$")
#: A running header: date, title, symbol ("16/02/2022 Coopération … S/PV.8967") or the
#: mirror image on facing pages ("S/PV.9642 Ситуация в отношении Ирака 30/05/2024"). The
#: line is taken apart from both ends (see :func:`running_title`): one pattern for the whole
#: line, with a free title between two patterns, backtracks in cubic time on long lines.
_DATE_HEAD_RE = re.compile(rf"({DATE})\s")
_DATE_TAIL_RE = re.compile(rf"\s({DATE})$")
_SYMBOL_HEAD_RE = re.compile(rf"({SYMBOL})(?=\s)")
_SYMBOL_TAIL_RE = re.compile(rf"\s({SYMBOL})$")
_DATE_SPAN = 11  # a date and the space before it: "\s" + "dd/mm/yyyy"
_SYMBOL_SPAN = 64  # the longest symbol ends a running header in fewer characters
#: A running header whose symbol an extractor lost: a title and a date ("… 31/05/2024").
DATED_TITLE_RE = re.compile(rf"^(?:{DATE}\s+\S.*|.*\S\s+{DATE})$")
_BARE_PAGE_RE = re.compile(r"^\d{1,3}$")


class RunningTitle(NamedTuple):
    """The parts of a running header line: its date, its title (``None`` when it has none)
    and the symbol as printed."""

    date: str
    title: str | None
    symbol: str


def running_title(text: str) -> RunningTitle | None:
    """The parts of a running header, "date [title] symbol" or "symbol [title] date", or
    ``None`` when ``text`` is not one.

    Each end is matched on its own (the date and symbol at the far end within the last few
    characters) and the title is what lies between: linear time on any line.

    >>> running_title("16/02/2022 Coopération S/PV.8967")
    RunningTitle(date='16/02/2022', title='Coopération', symbol='S/PV.8967')
    >>> running_title("S/PV.9642 30/05/2024")
    RunningTitle(date='30/05/2024', title=None, symbol='S/PV.9642')
    """
    date_first = _DATE_HEAD_RE.match(text)
    head = date_first or _SYMBOL_HEAD_RE.match(text)
    if head is None:
        return None
    if date_first is not None:  # "date [title] symbol"
        tail = _SYMBOL_TAIL_RE.search(text, max(head.end() - 1, len(text) - _SYMBOL_SPAN))
    else:  # "symbol [title] date"
        tail = _DATE_TAIL_RE.search(text, max(head.end(), len(text) - _DATE_SPAN))
    if tail is None:
        return None
    date, symbol = (head, tail) if date_first is not None else (tail, head)
    title = text[head.end() : tail.start()].strip()
    return RunningTitle(date=date.group(1), title=title or None, symbol=symbol.group(1))


def _valid_page(text: str) -> bool:
    page, _, total = text.partition("/")
    return 0 < int(page) <= int(total)


def line_kind(text: str) -> str | None:
    """The furniture a line's shape suggests, or ``None``.

    ``"header"`` (running title line), ``"footer"`` (page and job number), ``"page-number"``,
    ``"job-number"`` or ``"barcode"``. Shape alone decides only for the distinctive shapes;
    callers confirm the weak ones (a bare symbol, a bare page number) by position.
    """
    first = text[:1]
    if "A" <= first <= "Z":  # of the shapes, only a header starts with a letter (its symbol)
        return "header" if "/" in text and running_title(text) is not None else None
    if not (first.isdigit() or first == "*"):
        return None  # every shape starts with a date, page, job number, symbol or bar code
    if running_title(text) is not None:
        return "header"
    if PAGE_JOB_RE.match(text):
        page = next(p for p in text.split() if "/" in p)
        return "footer" if _valid_page(page) else None
    if JOB_RE.match(text):
        return "job-number"
    if NUMBER_JOB_RE.match(text):
        return "footer"
    if BARCODE_RE.match(text):
        return "barcode"
    if PAGE_RE.match(text) and _valid_page(text):
        return "page-number"
    return None


def is_bare_page_number(text: str) -> bool:
    """A line holding only a small number ("2"): a page number when it stands at a page break."""
    return bool(_BARE_PAGE_RE.match(text)) and int(text) > 0


def parse_date(text: str) -> dt.date | None:
    """The date a running header prints ("16/02/2022" is 16 February 2022), or ``None``."""
    found = DATE_RE.search(text)
    if found is None:
        return None
    day, month, year = (int(part) for part in found.group().split("/"))
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_job(text: str, *, alone: bool = False) -> str | None:
    """The job number in a footer or job-number line ("22-26535 (E) 301122" → "22-26535").
    On a line that is a job number ``alone`` (:data:`JOB_RE`), its hyphen may have been
    extracted as a space ("00 55951" → "00-55951"); in a footer beside other numbers it may
    not.

    >>> parse_job("00 55951", alone=True), parse_job("2 00 55951")
    ('00-55951', None)
    """
    found = re.search(r"\b(\d{2})[- ](\d{5})\b" if alone else r"\b(\d{2})-(\d{5})\b", text)
    return f"{found[1]}-{found[2]}" if found else None


def header_symbol(text: str) -> str | None:
    """The symbol a running header line names ("16/02/2022 … S/PV.8967" → "S/PV.8967")."""
    first = text[:1]
    if not ("/" in text and (first.isdigit() or "A" <= first <= "Z")):
        return None  # a header starts with its date or its symbol, and both hold a "/"
    found = running_title(text)
    return None if found is None else re.sub(r"(?<=[/.]) ", "", found.symbol)



_OPENS_AS_NUMBER = re.compile(r"\n[\d*]")  # a line opening with a digit or a star


def shaped_lines(texts: Sequence[str], joined: str | None = None) -> list[int]:
    """The indexes, in order, of the ``texts`` whose shape may be furniture's: every shape
    opens with a digit (a date, page or job number) or a star (a bar code), or holds a "/" (a
    running header's date and symbol). Found by searches of the lines joined (``joined``,
    :func:`~._search.joined_lines` of them, when the caller has it), in C: most lines are
    none (:mod:`._search`); a text holding a line end makes every line asked.

    >>> shaped_lines(["The President: 2/3 of", "Mr. Smith", "22-25948 7/26", "*2225948*"])
    [0, 2, 3]
    """
    if joined is None:
        joined = joined_lines(texts)
    if joined is None:
        return list(range(len(texts)))
    numbered = lines_matching(texts, _OPENS_AS_NUMBER, joined)
    return sorted({*numbered, *lines_holding(texts, ("/",), joined=joined)})
