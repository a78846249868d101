"""The shapes of UN page furniture: symbols, dates, job numbers, page numbers, barcodes.

Everything here is a pattern over one line of text; deciding whether a line that has such a
shape really is furniture (position, repetition, neighbours) is :mod:`._furniture`'s job.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = [
    "BARCODE_RE",
    "DATE_RE",
    "JOB_RE",
    "PAGE_JOB_RE",
    "PAGE_RE",
    "RUNNING_TITLE_RE",
    "SYMBOL_LINE_RE",
    "SYMBOL_RE",
    "line_kind",
    "parse_date",
    "parse_job",
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
#: A job number, alone on its line: "20-00526 (E)", "22-26535 (E)    301122", "19-18217".
JOB = r"(?:\d{2}-\d{5}(?: ?\([A-Z]\))?(?:\s+\d{6})?)"
JOB_RE = re.compile(rf"^{JOB}$")
#: A page number "2/18" (page/pages), alone on its line.
PAGE = r"(?:\d{1,3}/\d{1,3})"
PAGE_RE = re.compile(rf"^{PAGE}$")
#: A footer: page number and job number in either order ("22-25948 7/26", "2/18 20-00526").
PAGE_JOB_RE = re.compile(rf"^(?:{PAGE}\s+{JOB}|{JOB}\s+{PAGE})$")
#: A footer of records that print the page number alone ("6 10-70469", "10-70469 7": General
#: Assembly records of 2010).
NUMBER_JOB_RE = re.compile(rf"^(?:\d{{1,3}}\s+{JOB}|{JOB}\s+\d{{1,3}})$")
#: The bar code printed under the job number on the first page: "*2000526*".
BARCODE_RE = re.compile(r"^\*\d{7,9}\*$")
#: A running header: date, title, symbol ("16/02/2022 Coopération … S/PV.8967") or the
#: mirror image on facing pages ("S/PV.9642 Ситуация в отношении Ирака 30/05/2024").
RUNNING_TITLE_RE = re.compile(
    rf"^(?:(?P<date1>{DATE})(?:\s+(?P<title1>.+?))?\s+(?P<symbol1>{SYMBOL})"
    rf"|(?P<symbol2>{SYMBOL})(?:\s+(?P<title2>.+?))?\s+(?P<date2>{DATE}))$"
)
#: A running header whose symbol an extractor lost: a title and a date ("… 31/05/2024").
DATED_TITLE_RE = re.compile(rf"^(?:{DATE}\s+\S.*|.*\S\s+{DATE})$")
_BARE_PAGE_RE = re.compile(r"^\d{1,3}$")


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
        return "header" if "/" in text and RUNNING_TITLE_RE.match(text) else None
    if not (first.isdigit() or first == "*"):
        return None  # every shape starts with a date, page, job number, symbol or bar code
    if RUNNING_TITLE_RE.match(text):
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


def parse_job(text: str) -> str | None:
    """The job number in a footer or job-number line ("22-26535 (E) 301122" → "22-26535")."""
    found = re.search(r"\b\d{2}-\d{5}\b", text)
    return found.group() if found else None


def header_symbol(text: str) -> str | None:
    """The symbol a running header line names ("16/02/2022 … S/PV.8967" → "S/PV.8967")."""
    first = text[:1]
    if not ("/" in text and (first.isdigit() or "A" <= first <= "Z")):
        return None  # a header starts with its date or its symbol, and both hold a "/"
    found = RUNNING_TITLE_RE.match(text)
    if found is None:
        return None
    symbol = found.group("symbol1") or found.group("symbol2")
    return re.sub(r"(?<=[/.]) ", "", symbol) if symbol else None
