"""The plain-text path read as columns gives the document the row path gives."""

from __future__ import annotations

import itertools
import re
import unicodedata

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from csto_un.sources._document import Line, make_line, make_lines
from csto_un.sources._furniture import mark_furniture
from csto_un.sources._patterns import line_kind, shaped_lines
from csto_un.sources._rows import build_document
from csto_un.sources._text import _plain_document, _plain_rows, _split

# Lines of the shapes a plain text's reader tells apart: body text that ends a sentence, a
# clause or a word, paragraph openers, and every furniture shape, blank and indented lines.
_POOL = (
    "The President: I give the floor to the representative of France.",
    "Noting the report of the Secretary-General,",
    "Welcoming the decision,",
    "and goes on with the text of the speech",
    "continues here, after a word broken at the line's end: sec-",
    "1. A numbered paragraph of the record.",
    "(a) A sub-item;",
    "S/PV.9642",
    "30/05/2024 The situation concerning Iraq S/PV.9642",
    "S/PV.9642 The situation concerning Iraq 30/05/2024",
    "The situation concerning Iraq",
    "A running title that lost its symbol 30/05/2024",
    "United Nations S/PV.9642",
    "24-15570 3/26",
    "3/26 24-15570",
    "24-15570 (E)",
    "*2415570*",
    "2/26",
    "7",
    "",
    "",
    "   An indented line.",
    " One stray space.",
    "\tA tabbed line.",
    "Trailing spaces   ",
    "An odd\u00a0space and a soft hyphen: Secu\u00adrity",
)


@given(st.lists(st.sampled_from(_POOL), min_size=1, max_size=80))
@example(["S/PV.9642", "Text ends here.", "24-15570 3/26", "", "S/PV.9642", "And goes on."])
def test_the_columns_give_the_rows_document(lines: list[str]) -> None:
    text = ("\r\n" if len(lines) % 3 == 0 else "\n").join(lines)
    assume(text.strip())
    rows = _plain_rows(_split(unicodedata.normalize("NFC", text)))
    mark_furniture(rows)
    by_rows = build_document(rows, name="t.txt", format="text", encoding="utf-8")
    by_columns = _plain_document(text, _split(text), "t.txt", "utf-8")
    assert by_columns == by_rows
    assert [line.page for line in by_columns.lines] == [line.page for line in by_rows.lines]


@given(st.lists(st.tuples(st.text(max_size=8), st.booleans(), st.booleans()), max_size=20))
def test_make_lines_is_make_line_a_line_at_a_time(fields: list[tuple[str, bool, bool]]) -> None:
    texts = [text for text, _, _ in fields]
    blanks = [blank for _, blank, _ in fields]
    indents = [indent for _, _, indent in fields]
    numbers = range(3, 3 + len(fields))
    pages = [number // 4 for number in numbers]
    made = make_lines(len(fields), texts, numbers, pages, blanks, indents)
    one_by_one = list(map(make_line, texts, numbers, pages, blanks, indents,
                          itertools.repeat(0), itertools.repeat(()), itertools.repeat(False)))
    assert all(type(line) is Line for line in made)
    assert made == one_by_one and list(map(hash, made)) == list(map(hash, one_by_one))


_SHAPE_ALPHABET = "aZ1٣²*/ \n"


@given(st.lists(st.text(alphabet=_SHAPE_ALPHABET, max_size=6), max_size=12))
@example(["a/b", "1x", "x", "*", "٣", "²/", ""])
def test_shaped_lines_are_those_opening_with_a_digit_or_star_or_holding_a_slash(
    texts: list[str],
) -> None:
    expected = [
        i for i, text in enumerate(texts) if re.match(r"[\d*]", text) or "/" in text
    ]
    if any("\n" in text for text in texts):  # a line holding a line end: every line is asked
        expected = list(range(len(texts)))
    assert shaped_lines(texts) == expected
    assert all(i in expected for i, text in enumerate(texts) if line_kind(text) is not None)


def test_the_first_words_of_paragraphs_are_read_only_when_a_break_follows_a_comma(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A page break after a sentence's end is decided by the next line's first letter: the
    first words of the document's paragraphs are not read; after a comma they are, and tell."""
    from csto_un.sources import _rows

    asked: list[str] = []
    first_word = _rows._first_word

    def counting(line: Line) -> str:
        asked.append(line.text)
        return first_word(line)

    monkeypatch.setattr(_rows, "_first_word", counting)
    texts = ["Noting the report,", "the text.", "Noting the report,", "Welcoming it,", "and more"]
    lines = make_lines(5, texts, range(1, 6), [1, 1, 2, 2, 3], [True, False, True, True, False],
                       itertools.repeat(False))
    ended = [(1, lines[1], make_line("It ends.", 9, 1, False, False, 0, (), False))]
    _rows._decide_after_breaks(lines, ended, [1], [0, 2, 3])
    assert asked == [] and not lines[1].blank_before  # ("the": no capital after a full stop)
    after_comma = [(2, lines[2], lines[0]), (4, lines[4], lines[3])]
    _rows._decide_after_breaks(lines, after_comma, [2, 4], [0, 2, 3])
    # The openers read once (the lines after a break left out), then each line's first word.
    assert asked == ["Noting the report,", "Welcoming it,", "Noting the report,", "and more"]
    assert lines[2].blank_before and not lines[4].blank_before  # "Noting" opens a paragraph
