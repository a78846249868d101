"""The PDF reader's rows: the shortcuts of ``_page_rows`` give what the general steps give."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from csto_un.sources import Span
from csto_un.sources._memory import PdfTextBudget
from csto_un.sources._pdf import _strip
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
