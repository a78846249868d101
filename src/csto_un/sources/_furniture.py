"""Find the page furniture among a document's rows, and the page breaks it reveals.

A line is furniture when its shape says so *and* its place confirms it:

- distinctive shapes stand on their own: a running header "date title symbol" or "symbol
  title date", a footer "page/pages job-number", a job number "20-00526 (E)", a barcode
  "*2000526*";
- a bare page number ("2/4", or "2" in form-feed files) only next to a page break or to other
  furniture;
- at a page break (a run of furniture holding a page number or a running header), the
  document's own symbol alone on a line, and the short title lines between it and the rest of
  the run, or lines repeating the text of furniture already found at another break.

A run of furniture with a page number or running header in the middle of the text, with no
explicit break (form feed, Markdown rule) around it, is itself a page break. The first page's
header (symbol, "Distr.: General", date) is never furniture: only its job number and barcode
are.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Sequence

from ._patterns import (
    DATED_TITLE_RE,
    PAGE_JOB_RE,
    PAGE_RE,
    SYMBOL_LINE_RE,
    header_symbol,
    is_bare_page_number,
    line_kind,
)
from ._rows import Row

__all__ = ["FOOTNOTE_RULE_RE", "is_note_line", "mark_footnotes", "mark_furniture"]

_RUNNING_KINDS = frozenset({"header", "footer", "page-number"})
_REACH = 3  # how many content lines around a run of furniture may still belong to it
#: The rule printed as text above a page's footnotes (and under some mastheads): five
#: underscores or more.
FOOTNOTE_RULE_RE = re.compile(r"^_{5,}$")
# A footnote's first line: its mark on the line ("1", "12", "*", "**", and the older "1/",
# "*/", "a/"), then a space.
_NOTE_START_RE = re.compile(r"^(?:\d{1,3}/?|\*{1,3}/?|[a-z]/)\s")
_TITLE_MAX = 90  # running titles are short lines
_TEXT = operator.attrgetter("text")
_STARTS_AS_RULE = operator.methodcaller("startswith", "_____")  # (FOOTNOTE_RULE_RE's start)


def _content(rows: Sequence[Row]) -> list[int]:
    return [i for i, row in enumerate(rows) if not row.blank and row.furniture is None]


def _position(content: list[int], i: int) -> int:
    """The position of the content row ``i`` in ``content`` (sorted): a binary search, for the
    few rows around the furniture that ask."""
    return bisect.bisect_left(content, i)


def _norm_symbol(text: str) -> str:
    return re.sub(r"(?<=[/.]) ", "", text.strip())


def _own_symbol(rows: Sequence[Row], content: list[int], kinds: dict[int, str]) -> str | None:
    """The symbol of the first running header (``kinds``: the shapes of the content rows), else
    of a line of the first fifteen content rows that is only a symbol."""
    for i, kind in kinds.items():  # (in the order of the rows)
        if kind == "header":  # (a header's line always names its symbol)
            return header_symbol(rows[i].text)
    for i in content[:15]:
        if SYMBOL_LINE_RE.match(rows[i].text):
            return _norm_symbol(rows[i].text)
    return None


def _kinds(rows: Sequence[Row], content: list[int]) -> dict[int, str]:
    """The furniture each content row's shape suggests (:func:`line_kind`), for the rows that
    have one. Every shape starts with a digit, ``*`` or a symbol's capital and "/" in the
    line: the other rows are passed over without a call."""
    kinds = {}
    for i in content:
        text = rows[i].text
        first = text[:1]
        if ("A" <= first <= "Z" and "/" in text) or first.isdigit() or first == "*":
            kind = line_kind(text)
            if kind is not None:
                kinds[i] = kind
    return kinds


def _mark_explicit_breaks(rows: Sequence[Row], content: list[int]) -> None:
    """In form-feed files: a bare page number before a break, the symbol right after it."""
    # The rows that are or follow an explicit break, in order.
    breaks = [j for j, r in enumerate(rows) if r.break_before or r.furniture == "page-break"]
    if not breaks:  # no row follows a break: nothing below can apply (most plain texts)
        return
    for j in breaks:  # a page's first content row: its symbol alone, or a running header
        row = rows[j]
        if (
            row.break_before
            and row.page > 1
            and not row.blank
            and row.furniture is None  # (a content row: nothing else is marked yet)
            and (SYMBOL_LINE_RE.match(row.text) or line_kind(row.text) == "header")
        ):
            row.furniture = "header"
    # The last content row before each break (a break between it and the next content row).
    before = (bisect.bisect_left(content, j) - 1 for j in breaks)
    for position in dict.fromkeys(p for p in before if p >= 0):
        row = rows[content[position]]
        if is_bare_page_number(row.text) or PAGE_RE.match(row.text):
            row.furniture = "page-number"
        elif PAGE_JOB_RE.match(row.text):
            row.furniture = "footer"


def _marked(rows: Sequence[Row], content: list[int], known: list[int] | None = None) -> list[int]:
    """The positions in ``content`` of the furniture rows, in order: of every content row, or,
    after absorbing (which marks rows at most :data:`_REACH` content rows from a run), of the
    ``known`` ones and the rows within that reach of them."""
    if known is None:
        return [p for p, i in enumerate(content) if rows[i].furniture is not None]
    near = {q for p in known for q in range(max(0, p - _REACH), p + _REACH + 1)}
    return sorted(q for q in near if q < len(content) and rows[content[q]].furniture is not None)


def _runs(content: list[int], marked: list[int]) -> list[list[int]]:
    """Groups of adjacent furniture rows (only blank lines between them), from their
    positions in ``content`` (:func:`_marked`)."""
    runs: list[list[int]] = []
    previous = -2
    for position in marked:
        if position == previous + 1:
            runs[-1].append(content[position])
        else:
            runs.append([content[position]])
        previous = position
    return runs


def _absorb(
    rows: Sequence[Row], content: list[int], run: list[int], symbol: str | None,
) -> None:
    """At a page break (the furniture rows ``run``), take the document's symbol and the short
    title lines next to it, within ``_REACH`` content rows on either side."""
    first, last = _position(content, run[0]), _position(content, run[-1])
    for step, edge in ((-1, first), (1, last)):
        reach = [
            content[edge + step * k]
            for k in range(1, _REACH + 1)
            if 0 <= edge + step * k < len(content)
        ]
        for k, i in enumerate(reach):
            text = rows[i].text
            own = symbol is not None and SYMBOL_LINE_RE.match(text) and _norm_symbol(text) == symbol
            dated = DATED_TITLE_RE.match(text) and len(text) <= _TITLE_MAX * 2
            if own or (dated and k == 0):
                between = reach[:k]
                if all(len(rows[j].text) <= _TITLE_MAX for j in between):
                    for j in [*between, i]:
                        rows[j].furniture = "header"
                break


def _absorb_repeats(
    rows: Sequence[Row], content: list[int], runs: list[list[int]]
) -> None:
    """Lines next to a page break that repeat furniture text found at another break."""
    known = {rows[i].text for run in runs for i in run if rows[i].furniture == "header"}
    for run in runs:
        first, last = _position(content, run[0]), _position(content, run[-1])
        for step, edge in ((-1, first), (1, last)):
            for k in range(1, _REACH + 1):
                position = edge + step * k
                if not 0 <= position < len(content):
                    break
                row = rows[content[position]]
                if row.furniture is None and row.text in known:
                    row.furniture = "header"
                elif row.furniture is None:
                    break


def _paginate(rows: Sequence[Row], content: list[int], runs: list[list[int]]) -> None:
    """A run of running furniture with no explicit break around it is a page break."""
    starts: list[int] = []
    for run in runs:
        if not any(rows[i].furniture in _RUNNING_KINDS for i in run):
            continue
        # the last body row before the run and the first after it (the run's neighbours in
        # ``content`` that are not furniture)
        before = _next_body(rows, content, _position(content, run[0]), -1)
        after = _next_body(rows, content, _position(content, run[-1]), 1)
        if before is None or after is None:
            continue
        if any(row.break_before for row in rows[before + 1 : after + 1]):
            continue
        rows[after].break_before = True
        starts.append(run[0])
    for offset, (start, end) in enumerate(itertools.pairwise([*starts, len(rows)]), 1):
        for row in itertools.islice(rows, start, end):
            row.page += offset


def _next_body(rows: Sequence[Row], content: list[int], position: int, step: int) -> int | None:
    """The first content row from ``content[position]`` on in direction ``step`` (excluded)
    that is not furniture, or ``None``."""
    position += step
    while 0 <= position < len(content):
        if rows[content[position]].furniture is None:
            return content[position]
        position += step
    return None


def mark_furniture(rows: Sequence[Row]) -> None:
    """Mark the furniture rows (``Row.furniture``) and renumber pages at the breaks found."""
    content = _content(rows)
    kinds = _kinds(rows, content)
    symbol = _own_symbol(rows, content, kinds)
    _mark_explicit_breaks(rows, content)
    pages: list[int] = []  # the rows shaped as a bare page number "n/m"
    for i, kind in kinds.items():
        row = rows[i]
        if row.furniture is None:
            if kind == "page-number":
                pages.append(i)
            else:
                row.furniture = kind
    # A bare "n/m" counts only next to other furniture.
    for i in pages:
        position = _position(content, i)
        near = content[max(0, position - _REACH) : position + _REACH + 1]
        if any(rows[j].furniture is not None for j in near):
            rows[i].furniture = "page-number"
    marked = _marked(rows, content)
    running = [run for run in _runs(content, marked)
               if any(rows[i].furniture in _RUNNING_KINDS for i in run)]
    for run in running:
        _absorb(rows, content, run, symbol)
    marked = _marked(rows, content, marked)
    running = [run for run in _runs(content, marked)
               if any(rows[i].furniture in _RUNNING_KINDS for i in run)]
    _absorb_repeats(rows, content, running)
    _paginate(rows, content, _runs(content, _marked(rows, content, marked)))


def is_note_line(row: Row) -> bool:
    """Whether ``row`` starts as a footnote does: with a note mark on the line ("1 ", "* ",
    "1/ ") or raised (a superscript at its start)."""
    if _NOTE_START_RE.match(row.text):
        return True
    return any(span.start == 0 and span.style == "superscript" for span in row.spans)


def mark_footnotes(rows: Sequence[Row]) -> None:
    """Mark the rows of each page's footnote area: from the footnote rule to the page break.

    The rule is a line of underscores (extracted text). It is a footnote rule by its form:
    the first line under it, on its page, starts as a footnote does (:func:`is_note_line`),
    or the reader already put the rule in the footnote area (a PDF's small type at the foot).
    The rule and the rows after it, up to the next page break, are then the footnote area. A
    rule followed by anything else (the rule under the President's line on a 1993 front page,
    with the speeches below it) opens no area. Readers that know better (Markdown, PDF) set
    the flag themselves.
    """
    if not any(map(_STARTS_AS_RULE, map(_TEXT, rows))):  # no rule: no area (most documents)
        return
    inside = False
    above = 0  # content rows of the page above the row
    ruled = False  # whether the page has had its rule
    area_before = area = False  # whether the page before, and this page, have notes
    for index, row in enumerate(rows):
        if row.break_before:
            above, ruled, area_before, area = 0, False, area, False
        if row.break_before or row.furniture in ("header", "footer"):
            inside = False
        if row.furniture is None and not row.blank and FOOTNOTE_RULE_RE.match(row.text):
            inside = inside or row.footnote or _notes_follow(rows, index + 1)
            if not (inside or ruled) and area_before:  # (a page's first rule only)
                inside = _at_foot(rows, index, above)
            ruled = True
        if inside and row.furniture is None:
            row.footnote = area = True
        if row.furniture is None and not row.blank:
            above += 1


def _notes_follow(rows: Sequence[Row], start: int) -> bool:
    """Whether the first content row from ``start``, on the same page, starts as a footnote."""
    for row in itertools.islice(rows, start, None):  # (a slice would copy the rows after)
        if row.break_before or row.furniture in ("header", "footer"):
            return False
        if row.furniture is None and not row.blank:
            return is_note_line(row)
    return False


def _at_foot(rows: Sequence[Row], rule: int, above: int) -> bool:
    """Whether the rule at ``rule`` stands in the lower part of its page: fewer content rows
    under it, to the page's end, than the ``above`` it. Under such a rule, after a page with
    notes, the first line may go on with the last note of that page (a note carried over
    has no mark)."""
    below = 0
    for row in itertools.islice(rows, rule + 1, None):
        if row.break_before:
            break
        if not row.blank and row.furniture is None:
            below += 1
            if below >= above:
                return False
    return below < above
