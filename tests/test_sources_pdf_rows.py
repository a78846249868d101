"""The PDF reader's rows: the shortcuts of ``_page_rows`` give what the general steps give."""

from __future__ import annotations

import itertools
import statistics
from collections import Counter

import attrs
from hypothesis import example, given
from hypothesis import strategies as st

from csto_un.sources import Span
from csto_un.sources._memory import PdfTextBudget
from csto_un.sources._pdf import _pitch, _strip
from csto_un.sources._pdf_lines import PdfLine
from csto_un.sources._rows import Row

_STYLES = st.sampled_from(["italic", "bold", "superscript"])


def _moved(text: str, spans: list[Span]) -> tuple[str, tuple[Span, ...]]:
    """The general step: outer spaces taken off, every span moved and cut to match."""
    body = text.lstrip(" ")
    lead = len(text) - len(body)
    body = body.rstrip(" ")
    end = lead + len(body)
    moved = ((max(s.start, lead), min(s.end, end), s.style) for s in spans)
    return body, tuple(Span(a - lead, b - lead, style) for a, b, style in moved if a < b)


@given(
    st.text(alphabet="ab .", min_size=1, max_size=12),
    st.lists(st.tuples(st.integers(0, 14), st.integers(0, 14), _STYLES), min_size=1, max_size=4),
)
@example("ab ", [(0, 3, "italic")])  # one span over the trailing space: cut
@example("ab  ", [(2, 3, "italic")])  # one span of spaces only: dropped
@example(" ab", [(1, 3, "bold")])  # one span after a leading space: moved
@example("ab", [(1, 1, "italic")])  # one empty span: dropped
def test_strip_gives_the_general_steps_spans(text: str, bounds: list[tuple[int, int, str]]) -> None:
    # Spans inside the text or not (past its end, empty): the shortcut for a line without
    # outer spaces keeps them only when none needs moving or cutting.
    spans = [Span(a, b, style) for a, b, style in bounds]
    line = PdfLine(text, 1, 0.0, 10.0, 0.0, 10.0, 10.0, 0.0, spans)
    assert _strip(line) == _moved(text, spans)


def test_page_rows_gives_a_row_its_fields_in_this_order() -> None:
    # _page_rows makes its rows by position: Row's first fields must stay in this order.
    names = [field.name for field in attrs.fields(Row)][:11]
    assert names == [
        "text", "number", "page", "blank", "indented", "column", "spans", "break_before",
        "gap_before", "column_break", "positioned",
    ]


def test_pdf_text_budget_counts_characters_and_lines_holding_text() -> None:
    budget = PdfTextBudget(1000, "x.pdf")
    budget.add([" ", "ab", "", "c d "])
    assert (budget.characters, budget.content, budget.blank) == (7, 2, 2)


def _steps(lines: list[PdfLine]) -> list[float]:
    """The steps ``_pitch`` counts, by its rule: in one column, down, under three sizes."""
    return [
        a.bottom - b.bottom
        for a, b in itertools.pairwise(lines)
        if a.column == b.column and 0 < a.bottom - b.bottom < 3 * max(a.size, 1)
    ]


@given(st.lists(st.tuples(st.sampled_from([0.5, 1.0, 1, 2.0, 10.0, float("nan")]),
                          st.floats(0, 60, allow_nan=False), st.integers(0, 1)), max_size=8))
@example([(float("nan"), 0.0, 0), (10.0, 2.0, 0), (10.0, 12.0, 0)])  # a NaN size counts no step
@example([(0.5, 0.0, 0), (10.0, 2.5, 0), (10.0, 12.0, 0)])  # under one: three points' reach
def test_pitch_counts_the_steps_of_its_rule(shapes: list[tuple[float, float, int]]) -> None:
    # Sizes under one, of one, NaN: each line's step limit is three times max(size, 1).
    lines, bottom = [], 700.0
    for size, step, column in shapes:
        bottom -= step
        lines.append(PdfLine("x", 1, 0.0, 10.0, bottom, bottom + 10, size, bottom, [], column))
    steps = _steps(lines)
    expected = 12.0 if not steps else min(
        min(s for s, n in _counts(steps).items() if 3 * n >= max(_counts(steps).values())),
        statistics.median(steps),
    )
    assert _pitch(lines) == expected


def _counts(steps: list[float]) -> dict[float, int]:
    return dict(Counter(round(step * 2) / 2 for step in steps))
