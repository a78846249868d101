"""The notices taken out of a record's lines, found by searches of the lines joined."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from csto_un.meetings._lang import TABLES
from csto_un.meetings._notices import strip_notices
from csto_un.sources._document import Line
from csto_un.sources._search import joined_lines, lines_holding

_NOTICE = [
    "This record contains the text of speeches delivered in English and of the translation",
    "of speeches delivered in other languages. The final text will be printed in a",
    "consolidated corrigendum.",
]


def _strip(texts: list[str], pages: list[int] | None = None) -> tuple[list[str], list[str]]:
    pages = pages or [1] * len(texts)
    lines = [Line(text, number, page)
             for number, (text, page) in enumerate(zip(texts, pages, strict=True), 1)]
    found = strip_notices(lines, texts, TABLES["en"])
    assert [line.text for line in lines] == texts
    return texts, [f"{item.line}:{item.text}" for item in found]


def test_every_notice_is_taken_out_and_the_lines_around_it_kept() -> None:
    opener = "This record contains no notice: it opens a line that goes on"  # no end: kept
    texts = [
        "The President: I thank him.",
        *_NOTICE,
        *_NOTICE,  # a second one right after the first
        "Mr. Smith (France): Please recycle",
        "Please \u267brecycle",  # the sign inside the phrase, as extracted
        "Accessible document Please recycle \u267b",
        opener,
        "The meeting rose at 4 p.m.",
    ]
    kept, found = _strip(texts)
    assert kept == ["The President: I thank him.", "Mr. Smith (France):", opener,
                    "The meeting rose at 4 p.m."]
    assert found == [
        "10:Accessible document Please recycle", "9:Please recycle", "8:Please recycle",
        *(f"{n}:{text}" for n, text in enumerate(_NOTICE * 2, 2)),
    ]


def test_the_lines_joined_by_the_caller_find_the_same_notices() -> None:
    """The parser hands the notices its folded lines joined: a page notice taken out before
    the notice on corrections moves the lines after it, which are then searched again."""
    texts = ["Please recycle \u267b", "Accessible document", "The President: I thank him.",
             *_NOTICE, "The meeting rose at 4 p.m."]
    lines = [Line(text, number) for number, text in enumerate(texts, 1)]
    by_caller = list(texts)
    found = strip_notices(lines, by_caller, TABLES["en"], joined_lines(texts))
    assert [f"{item.line}:{item.text}" for item in found] == _strip(list(texts))[1]
    assert by_caller == ["The President: I thank him.", "The meeting rose at 4 p.m."]


def test_a_notice_ends_with_its_page() -> None:
    texts = [*_NOTICE[:2], "A/78/PV.1 next page"]
    kept, found = _strip(list(texts), [1, 1, 2])
    assert kept == ["A/78/PV.1 next page"] and len(found) == 2


@given(
    st.lists(st.text(alphabet="ab/\n", max_size=5), max_size=8),
    st.lists(st.text(alphabet="ab/", max_size=2), max_size=3),
    st.booleans(),
)
def test_lines_holding_is_a_test_of_each_line(
    texts: list[str], needles: list[str], opening: bool
) -> None:
    expected = [
        i for i, text in enumerate(texts)
        if any(text.startswith(n) if opening else n in text for n in needles)
    ]
    assert lines_holding(texts, needles, opening=opening) == expected
