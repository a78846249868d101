"""Properties: only csto_un's own errors escape the resolution parser and the extractor."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from csto_un import CstoUnError, Resolution, compare, extract_citations, parse_resolution

_PIECES = [
    "The General Assembly,", "L'Assemblée générale,", "1.", "2. Decides", "(a)", "(i)", "•",
    "– To", "*", "<sup>3</sup>", "*Rappelant*", "---", "_____", "1 A/79/302-S/2024/600.",
    "Recalling its resolution 59/50 of 2 December 2004,", "A/RES/79/10", "24-21660 (E)",
    "2/4", "Seventy-ninth session", "Agenda item 125 (t)", "39th plenary meeting",
    "Bélarus et Kazakhstan : projet de résolution*", "I. Values", "20103", "session, 6",
    "\f", "\t", "", " ",
]  # fmt: skip
_lines = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=40)), max_size=30)


@given(_lines)
# A sub-paragraph under a numbered section's heading, before the section's own paragraphs
# (found by this test: StopIteration from the footnote placement).
@example(["The General Assembly,", "2. Decides", "I. Values", "2. Decides"])
def test_parse_resolution_raises_only_its_own_errors(lines: list[str]) -> None:
    text = "\n".join(lines)
    try:
        resolution = parse_resolution(text)
    except CstoUnError:
        return
    assert isinstance(resolution, Resolution)
    assert compare(resolution, resolution).changes == ()


@given(st.text(max_size=200), st.one_of(st.none(), st.integers(1900, 2100)))
def test_extract_citations_never_fails(text: str, year: int | None) -> None:
    for citation in extract_citations(text, year=year):
        assert text[citation.offset or 0 :].startswith(citation.text)
