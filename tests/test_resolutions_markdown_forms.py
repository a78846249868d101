"""Resolutions read from Markdown converted from the PDF (italics as ``*…*``, marks as
``<sup>…</sup>``, a rule over each page's notes) agree with the PDF reading: a note wrapped
over two lines under the rule is one note, and a number printed without its full stop opens
its paragraph (Markdown has no indents)."""

from __future__ import annotations

from pathlib import Path

from csto_un import Resolution, load_resolution

_MARKDOWN = """Indonesia:\\* draft resolution

Implementation of the Declaration of the Indian Ocean as a Zone of Peace

*The General Assembly*,

*Noting* the initiatives taken by countries of the region,<sup>1</sup>

__________________
\\* On behalf of the States Members of the United Nations that are members of the Movement of
Non-Aligned Countries.
<sup>1</sup> *Of*
*ficial Records of the General Assembly, Thirty-fourth Session, Supplement No. 45*.

---

*Convinced* that the participation of all permanent members is important,

1. *Recalls* the recommendation of the Special Rapporteur;

2 *Condemns without reservation* any denial of the Holocaust;

3. *Decides* to remain seized of the matter.
"""


def _read(tmp_path: Path) -> Resolution:
    path = tmp_path / "draft.md"
    path.write_text(_MARKDOWN, encoding="utf-8")
    resolution = load_resolution(path)
    assert isinstance(resolution, Resolution)
    return resolution


def test_a_note_wrapped_under_the_rule_is_one_note_and_the_page_goes_on(tmp_path: Path) -> None:
    # A/C.1/80/L.10 as a converter writes it: the asterisk note's second line was read as a
    # preambular paragraph ("Non-Aligned Countries."), and note 1's as another.
    resolution = _read(tmp_path)
    assert [p.lead for p in resolution.preamble] == ["Noting", "Convinced"]
    notes = {f.marker: f.text for f in resolution.footnotes}
    assert notes["*"].endswith("members of the Movement of Non-Aligned Countries.")
    assert notes["1"].startswith("Of")


def test_a_number_without_its_full_stop_opens_its_paragraph_in_markdown(tmp_path: Path) -> None:
    # A/C.3/80/L.2: "25 *Condemns without reservation* …" after paragraph 24 (here 2 after 1).
    resolution = _read(tmp_path)
    assert [(p.number, p.lead) for p in resolution.operative] == [
        (1, "Recalls"),
        (2, "Condemns without reservation"),
        (3, "Decides"),
    ]
