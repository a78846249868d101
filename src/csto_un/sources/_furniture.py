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
from collections.abc import Iterable, Sequence
from typing import overload

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


def _position(content: list[int], i: int) -> int:
    """The position of the content row ``i`` in ``content`` (sorted): a binary search, for the
    few rows around the furniture that ask."""
    return bisect.bisect_left(content, i)


def _norm_symbol(text: str) -> str:
    return re.sub(r"(?<=[/.]) ", "", text.strip())


class _Marks:
    """The furniture found among a document's rows, as columns: the rows' texts (a row is
    named by its index), the content rows (neither blank nor furniture when the search began)
    and the furniture kinds, page breaks and page starts found (few: kept by index); the
    ``rows`` themselves when the reader made them (their explicit page breaks)."""

    def __init__(self, texts: Sequence[str], content: list[int], kinds: dict[int, str],
                 rows: Sequence[Row] | None = None) -> None:
        self.texts = texts
        self.content = content
        self.kinds = kinds  # row index -> furniture kind
        self.rows = rows
        self.found: list[int] = []  # the rows a page break found comes before, in order
        self.starts: list[int] = []  # the first row of each page found (after the first)

    def break_between(self, before: int, after: int) -> bool:
        """Whether a page break, explicit or found, comes before a row after ``before`` and
        at ``after`` at the latest."""
        k = bisect.bisect_right(self.found, before)
        if k < len(self.found) and self.found[k] <= after:
            return True
        return self.rows is not None and any(
            row.break_before for row in itertools.islice(self.rows, before + 1, after + 1))


class _RowTexts(Sequence[str]):
    """The texts of rows, read when asked: the few rows around the furniture are."""

    def __init__(self, rows: Sequence[Row]) -> None:
        self.rows = rows

    def __len__(self) -> int:
        return len(self.rows)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if isinstance(index, slice):
            return [row.text for row in self.rows[index]]
        return self.rows[index].text


def _own_symbol(marks: _Marks, shapes: dict[int, str]) -> str | None:
    """The symbol of the first running header (``shapes``: the shapes of the content rows),
    else of a line of the first fifteen content rows that is only a symbol."""
    texts = marks.texts
    for i, kind in shapes.items():  # (in the order of the rows)
        if kind == "header":  # (a header's line always names its symbol)
            return header_symbol(texts[i])
    for i in marks.content[:15]:
        if SYMBOL_LINE_RE.match(texts[i]):
            return _norm_symbol(texts[i])
    return None


def _shapes(content: list[int], texts: Iterable[str]) -> dict[int, str]:
    """The furniture each content row's shape suggests (:func:`line_kind`), for the rows that
    have one (``texts``: the content rows' texts, in order). Every shape starts with a digit,
    ``*`` or a symbol's capital and "/" in the line: the other rows are passed over without a
    call. (One test a row costs less than searches of the rows joined: in a PDF's rows, a line
    in ten holds a "/" or opens with a number, and each hit costs more than a test.)"""
    kinds = {}
    for i, text in zip(content, texts, strict=True):
        first = text[:1]
        if ("A" <= first <= "Z" and "/" in text) or first.isdigit() or first == "*":
            kind = line_kind(text)
            if kind is not None:
                kinds[i] = kind
    return kinds


def _mark_explicit_breaks(rows: Sequence[Row], content: list[int]) -> dict[int, str]:
    """In form-feed files: a bare page number before a break, the symbol right after it. The
    rows marked, by index."""
    marked: dict[int, str] = {}
    # The rows that are or follow an explicit break, in order.
    breaks = [j for j, r in enumerate(rows) if r.break_before or r.furniture == "page-break"]
    if not breaks:  # no row follows a break: nothing below can apply (most plain texts)
        return marked
    for j in breaks:  # a page's first content row: its symbol alone, or a running header
        row = rows[j]
        if (
            row.break_before
            and row.page > 1
            and not row.blank
            and row.furniture is None  # (a content row: nothing else is marked yet)
            and (SYMBOL_LINE_RE.match(row.text) or line_kind(row.text) == "header")
        ):
            row.furniture = marked[j] = "header"
    # The last content row before each break (a break between it and the next content row).
    before = (bisect.bisect_left(content, j) - 1 for j in breaks)
    for position in dict.fromkeys(p for p in before if p >= 0):
        row = rows[content[position]]
        if is_bare_page_number(row.text) or PAGE_RE.match(row.text):
            row.furniture = marked[content[position]] = "page-number"
        elif PAGE_JOB_RE.match(row.text):
            row.furniture = marked[content[position]] = "footer"
    return marked


def _marked(marks: _Marks, known: list[int] | None = None) -> list[int]:
    """The positions in ``content`` of the furniture rows, in order: of every furniture row,
    or, after absorbing (which marks rows at most :data:`_REACH` content rows from a run), of
    the ``known`` ones and the rows within that reach of them."""
    content, kinds = marks.content, marks.kinds
    if known is None:
        return sorted(_position(content, i) for i in kinds)  # (every mark is a content row)
    near = {q for p in known for q in range(max(0, p - _REACH), p + _REACH + 1)}
    return sorted(q for q in near if q < len(content) and content[q] in kinds)


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


def _running(marks: _Marks, runs: list[list[int]]) -> list[list[int]]:
    """The runs holding a running header, footer or page number."""
    kinds = marks.kinds
    return [run for run in runs if any(kinds.get(i) in _RUNNING_KINDS for i in run)]


def _absorb(marks: _Marks, run: list[int], symbol: str | None) -> None:
    """At a page break (the furniture rows ``run``), take the document's symbol and the short
    title lines next to it, within ``_REACH`` content rows on either side."""
    content, texts = marks.content, marks.texts
    first, last = _position(content, run[0]), _position(content, run[-1])
    for step, edge in ((-1, first), (1, last)):
        reach = [
            content[edge + step * k]
            for k in range(1, _REACH + 1)
            if 0 <= edge + step * k < len(content)
        ]
        for k, i in enumerate(reach):
            text = texts[i]
            own = symbol is not None and SYMBOL_LINE_RE.match(text) and _norm_symbol(text) == symbol
            dated = DATED_TITLE_RE.match(text) and len(text) <= _TITLE_MAX * 2
            if own or (dated and k == 0):
                between = reach[:k]
                if all(len(texts[j]) <= _TITLE_MAX for j in between):
                    for j in [*between, i]:
                        marks.kinds[j] = "header"
                break


def _absorb_repeats(marks: _Marks, runs: list[list[int]]) -> None:
    """Lines next to a page break that repeat furniture text found at another break."""
    content, texts, kinds = marks.content, marks.texts, marks.kinds
    known = {texts[i] for run in runs for i in run if kinds.get(i) == "header"}
    for run in runs:
        first, last = _position(content, run[0]), _position(content, run[-1])
        for step, edge in ((-1, first), (1, last)):
            for k in range(1, _REACH + 1):
                position = edge + step * k
                if not 0 <= position < len(content):
                    break
                i = content[position]
                if i not in kinds and texts[i] in known:
                    kinds[i] = "header"
                elif i not in kinds:
                    break


def _paginate(marks: _Marks, runs: list[list[int]]) -> None:
    """A run of running furniture with no explicit break around it is a page break: the
    first body row after it follows a break, and a page starts at the run."""
    content = marks.content
    for run in _running(marks, runs):
        # the last body row before the run and the first after it (the run's neighbours in
        # ``content`` that are not furniture)
        before = _next_body(marks, _position(content, run[0]), -1)
        after = _next_body(marks, _position(content, run[-1]), 1)
        if before is None or after is None:
            continue
        if marks.break_between(before, after):
            continue
        marks.found.append(after)  # (in order: the runs are)
        marks.starts.append(run[0])


def _next_body(marks: _Marks, position: int, step: int) -> int | None:
    """The first content row from ``content[position]`` on in direction ``step`` (excluded)
    that is not furniture, or ``None``."""
    content, kinds = marks.content, marks.kinds
    position += step
    while 0 <= position < len(content):
        if content[position] not in kinds:
            return content[position]
        position += step
    return None


def find_furniture(marks: _Marks, shapes: dict[int, str]) -> None:
    """Find the furniture among the content rows of ``marks`` (:class:`_Marks`, its explicit
    breaks' furniture already marked), whose ``shapes`` are known (:func:`_shapes`), and the
    page breaks it reveals."""
    content, kinds = marks.content, marks.kinds
    symbol = _own_symbol(marks, shapes)
    pages: list[int] = []  # the rows shaped as a bare page number "n/m"
    for i, kind in shapes.items():
        if i not in kinds:
            if kind == "page-number":
                pages.append(i)
            else:
                kinds[i] = kind
    # A bare "n/m" counts only next to other furniture.
    for i in pages:
        position = _position(content, i)
        near = content[max(0, position - _REACH) : position + _REACH + 1]
        if any(j in kinds for j in near):
            kinds[i] = "page-number"
    marked = _marked(marks)
    for run in _running(marks, _runs(content, marked)):
        _absorb(marks, run, symbol)
    marked = _marked(marks, marked)
    _absorb_repeats(marks, _running(marks, _runs(content, marked)))
    _paginate(marks, _runs(content, _marked(marks, marked)))


def plain_furniture(texts: Sequence[str]) -> _Marks:
    """The furniture of the rows of a plain text, one a line (``texts``; blank rows empty),
    without explicit page breaks: :func:`mark_furniture` on columns, for the text reader."""
    content = list(itertools.compress(range(len(texts)), texts))  # (the rows not blank)
    marks = _Marks(texts, content, {})
    find_furniture(marks, _shapes(content, map(texts.__getitem__, content)))
    return marks


def mark_furniture(rows: Sequence[Row]) -> None:
    """Mark the furniture rows (``Row.furniture``) and renumber pages at the breaks found."""
    content = [i for i, row in enumerate(rows) if not row.blank and row.furniture is None]
    marked = _mark_explicit_breaks(rows, content)
    marks = _Marks(_RowTexts(rows), content, marked, rows)
    find_furniture(marks, _shapes(content, [rows[i].text for i in content]))
    for i, kind in marks.kinds.items():
        rows[i].furniture = kind
    for i in marks.found:
        rows[i].break_before = True
    for offset, (start, end) in enumerate(itertools.pairwise([*marks.starts, len(rows)]), 1):
        for row in itertools.islice(rows, start, end):
            row.page += offset


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
