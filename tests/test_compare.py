"""compare(): only real changes between versions of a resolution, checked on the UN–CSTO series.

Every expected change below was checked by reading the two documents side by side.
"""

from __future__ import annotations

from functools import cache

import pytest

from conftest import corpus_file
from csto_un import Change, Edit, Paragraph, Resolution, compare, load_resolution

_SERIES = {
    "73/331": "csto/A_RES_73_331_en.txt",
    "75/276": "csto/A_RES_75_276_en.txt",
    "77/13": "csto/A_RES_77_13_en.txt",
    "79/10": "csto/A_RES_79_10_en.txt",
    "draft": "A_79_L_draft_UN-CSTO_2024-11-06_fr.md",
}


@cache
def _load(relative: str) -> Resolution:
    return load_resolution(corpus_file(relative))


def load(key: str) -> Resolution:
    corpus_file(_SERIES[key])
    return _load(_SERIES[key])


def summary(change: Change) -> tuple[object, ...]:
    if change.part == "header":
        return (change.part, change.kind, change.field, change.old, change.new)
    label = None
    for item in (change.new, change.old):
        if isinstance(item, Paragraph):
            label = item.number if item.number is not None else item.lead
            break
        if item is not None and hasattr(item, "marker"):
            label = item.marker
            break
    return (change.part, change.kind, label, tuple((e.kind, e.old, e.new) for e in change.edits))


def test_77_13_to_79_10_reports_exactly_the_real_changes() -> None:
    result = compare(load("77/13"), load("79/10"))
    assert result.matched_by == "content"
    assert result.note is None
    assert [summary(c) for c in result.changes] == [
        ("header", "changed", "symbol", "A/RES/77/13", "A/RES/79/10"),
        ("header", "changed", "session", "77", "79"),
        ("header", "changed", "date", "2022-11-25", "2024-11-19"),
        ("header", "changed", "agenda_item", "127 (t)", "125 (t)"),
        ("header", "changed", "drafts", "A/77/L.13", "A/79/L.11"),
        ("header", "changed", "adopted_on", "2022-11-21", "2024-11-18"),
        ("header", "changed", "job_number", "22-26535", "24-21660"),
        # "… 73/331 of 25 July 2019 and 75/276 of 28 April 2021 on" became
        # "… 73/331 of 25 July 2019,75/276 of 28 April 2021 and 77/13 of 21 November 2022 on".
        ("preamble", "changed", "Referring further", (
            ("replace", "and", ","), ("insert", "", "and 77/13 of 21 November 2022"))),
        ("operative", "changed", 8, (("replace", "seventy-ninth", "eighty-first"),)),
        ("operative", "changed", 9, (("replace", "seventy-ninth", "eighty-first"),)),
        ("footnote", "changed", "1", (
            ("replace", "A/77/277-S/2022/606.", "A/79/302-S/2024/600."),)),
    ]  # fmt: skip


def test_changes_carry_the_paragraphs_with_their_positions() -> None:
    result = compare(load("77/13"), load("79/10"))
    (referring,) = result.by_part("preamble")
    assert (referring.old_index, referring.new_index) == (3, 3)
    assert isinstance(referring.new, Paragraph)
    assert "77/13 of 21 November 2022" in referring.new.text
    assert referring.new.footnotes == ("2",)
    eight, _nine = result.by_part("operative")
    assert isinstance(eight.old, Paragraph)
    assert (eight.old.number, eight.new_index) == (8, 7)


def test_extraction_differences_are_not_changes() -> None:
    # 77/13 prints "Secretariat s", "human -" + "made" and short broken lines; 75/276 does not.
    old, new = load("75/276"), load("77/13")
    changed = [summary(c) for c in compare(old, new).changes if c.part != "header"]
    assert changed == [
        ("preamble", "changed", "Referring further", (
            ("replace", "and", ","), ("insert", "", "and 75/276 of 28 April 2021"))),
        ("operative", "changed", 8, (("replace", "seventy-seventh", "seventy-ninth"),)),
        ("operative", "changed", 9, (("replace", "seventy-seventh", "seventy-ninth"),)),
        ("footnote", "changed", "1", (
            ("replace", "A/75/345-S/2020/898.", "A/77/277-S/2022/606."),)),
    ]  # fmt: skip
    fields = [c.field for c in compare(old, new).by_part("header")]
    assert fields == [
        "symbol", "session", "date", "agenda_item", "drafts", "adopted_on", "meeting",
        "job_number",
    ]  # fmt: skip


def test_73_331_to_75_276() -> None:
    result = compare(load("73/331"), load("75/276"))
    changes = [summary(c) for c in result.changes if c.part != "header"]
    leads = [(part, label) for part, _, label, _ in changes]  # type: ignore[misc]
    assert leads == [
        ("preamble", "Referring further"),  # adds 73/331 of 25 July 2019
        ("preamble", "Noting with satisfaction"),  # drops "in the 25 years"
        (
            "preamble",
            "Commending",
        ),  # "the signing on 9 November 2018 of" → "on the basis of … signed on"
        ("preamble", "Welcoming"),  # "decisions" → "outcome document"; 2015–2020 → 2021–2025
        ("operative", 1),  # no longer calls footnote 1 ("organizations, 1 and")
        ("operative", 5),  # no longer calls footnote 5 ("Strategy;5")
        ("operative", 8),
        ("operative", 9),
        ("footnote", "1"),  # the Secretary-General's report of the year
        ("footnote", "7"),  # "See resolution S-30/1" → "Resolution S-30/1"
    ]
    edits = {label: e for _, _, label, e in changes}  # type: ignore[misc]
    assert edits["Noting with satisfaction"] == (("delete", "in the 25 years", ""),)
    assert ("replace", "2015-2020", "2021-2025") in edits["Welcoming"]  # type: ignore[operator]
    assert edits[8] == (("replace", "seventy-fifth", "seventy-seventh"),)
    assert edits[1] == edits[5] == ()
    first = result.by_part("operative")[0]
    assert isinstance(first.old, Paragraph)
    assert isinstance(first.new, Paragraph)
    assert (first.old.footnotes, first.new.footnotes) == (("1",), ())
    assert edits["7"] == (("replace", "See resolution", "Resolution"),)
    header = {c.field: (c.kind, c.old, c.new) for c in result.by_part("header")}
    # 73/331 prints no agenda title under its agenda item; 75/276 does.
    assert header["agenda_title"][0] == "added"
    assert header["meeting"] == ("changed", "101st plenary meeting", "62nd plenary meeting")
    assert "title" not in header


def test_the_same_text_has_no_changes() -> None:
    resolution = load("79/10")
    assert compare(resolution, resolution).changes == ()


def test_added_and_removed_paragraphs_are_matched_by_content() -> None:
    old = load("79/10")
    removed = old.preamble[1]
    new = Resolution(
        symbol=old.symbol,
        preamble=(
            Paragraph("Bearing in mind the Charter,", lead="Bearing in mind"),
            *old.preamble[:1],
            *old.preamble[2:],
        ),
    )
    result = compare(attrs_copy(old), new)
    preamble = [(c.kind, c.old_index, c.new_index) for c in result.by_part("preamble")]
    assert preamble == [("added", None, 0), ("removed", 1, None)]
    assert result.by_part("preamble")[1].old == removed


def attrs_copy(resolution: Resolution) -> Resolution:
    """Only the paragraphs: the header and footnotes of the copy are empty, like ``new``'s."""
    return Resolution(symbol=resolution.symbol, preamble=resolution.preamble)


def test_french_draft_against_english_resolution_is_matched_by_position() -> None:
    result = compare(load("draft"), load("79/10"))
    assert result.matched_by == "position"
    assert result.note is not None
    assert "position" in result.note
    assert not result.by_part("preamble")
    assert not result.by_part("operative")
    # The draft's "*" note on its sponsors has no counterpart in the adopted text; the
    # numbered notes pair by marker and stand in the same paragraphs.
    (star,) = result.by_part("footnote")
    assert (star.kind, star.old_index) == ("removed", 0)
    fields = {c.field for c in result.by_part("header")}
    assert {"symbol", "draft", "sponsors", "drafts", "adopted_on"} <= fields
    assert "title" not in fields  # language-bound fields are not compared across languages


def test_edit_is_typed() -> None:
    assert Edit("insert", "", "twice") == Edit(kind="insert", old="", new="twice")


@pytest.mark.parametrize("pair", [("73/331", "75/276"), ("75/276", "77/13"), ("77/13", "79/10")])
def test_no_change_is_only_an_extraction_difference(pair: tuple[str, str]) -> None:
    for change in compare(load(pair[0]), load(pair[1])).changes:
        for edit in change.edits:
            assert "".join(edit.old.split()) != "".join(edit.new.split())
