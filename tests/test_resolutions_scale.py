"""Resolutions and drafts of a whole session (ga-scale/), one test per form the parser must read.

Each test reads original PDFs of the development corpus's ``ga-scale/pdfs`` folder (skipped with
the reason when the corpus is absent) and checks one form of UN document: a paragraph that goes
on across a page break, a footnote block or a sponsors' note; leads that open with an adverb;
an annex; sub-paragraphs run into one printed line; a symbol printed with a reissue's asterisk;
a resolution printed without its enacting formula. The last tests explain, one kind at a time,
where the operative split differs from the third-party pipeline of ``ga-scale/third-party``
and who is right.
"""

from __future__ import annotations

import json
import re

import pytest

from conftest import corpus_file
from csto_un import Resolution, load_resolution, parse_resolution


def load(name: str) -> Resolution:
    return load_resolution(corpus_file(f"ga-scale/pdfs/{name}.pdf"))


def numbers(resolution: Resolution) -> list[int | None]:
    return [p.number for p in resolution.operative]


def third_party(name: str) -> list[str]:
    path = corpus_file(f"ga-scale/third-party/{name}.json")
    return list(json.loads(path.read_text(encoding="utf-8"))["paragraphs"].values())


# -- paragraphs whole ------------------------------------------------------------------------


def test_a_paragraph_goes_on_across_a_page_break() -> None:
    # Operative paragraph 20 stops at the foot of page 6 after "other fees," and goes on at the
    # top of page 7 with "while ensuring …": one paragraph, and the numbering runs 1..69.
    draft = load("A_C.2_80_L.11")
    assert numbers(draft) == list(range(1, 70))
    twentieth = draft.operative[19]
    assert twentieth.text.startswith("Calls upon boards of directors")
    assert "other fees, while ensuring the financial sustainability" in twentieth.text


def test_a_paragraph_goes_on_across_a_footnote_block() -> None:
    # Paragraph 11 ends page 6 with "programmes,"; footnote 13 stands at the page foot; the
    # paragraph goes on at the top of page 7 with "as well as all other existing weapons".
    draft = load("A_C.1_80_L.4")
    assert numbers(draft) == list(range(1, 14))
    eleventh = draft.operative[10]
    assert "programmes, as well as all other existing weapons" in eleventh.text
    assert [f.text for f in draft.footnotes if f.marker == "13"] == [
        "See resolution 50/245 and A/50/1027."
    ]


def test_a_paragraph_goes_on_across_a_sponsors_note() -> None:
    # The asterisk note of the sponsors ("* On behalf of the States that are members of the
    # Group of 77 and China …") stands at the foot of page 1 inside a preambular paragraph.
    draft = load("A_C.2_80_L.11")
    assert not any(p.text.startswith("*") for p in draft.paragraphs)
    (note,) = [f for f in draft.footnotes if f.marker == "*"]
    assert note.text.startswith("On behalf of the States that are members of the Group of 77")
    assert note.part == "header"
    continued = [p for p in draft.preamble if "for financing for development, building" in p.text]
    assert len(continued) == 1 and continued[0].lead is not None


# -- leads -----------------------------------------------------------------------------------


def test_leads_that_open_with_an_adverb_are_read_in_pdfs() -> None:
    draft = load("A_C.2_80_L.11")
    leads = {p.number: p.lead for p in draft.operative}
    assert leads[4] == "Also recognizes"
    assert leads[49] == "Further notes"
    assert all(p.lead for p in draft.paragraphs)


def test_leads_that_open_with_an_adverb_are_read_in_text() -> None:
    # Text has no italics: the lead is read as a form (adverbs, a verb, its complements).
    text = (
        "The General Assembly,\n\nDeeply alarmed by the situation,\n\n"
        "Having considered the report of the Secretary-General,\n\n"
        "Desirous of ensuring follow-up,\n\n"
        "1. Also decides to meet;\n\n2. Once again strongly urges all States to act;\n\n"
        "3. Further requests the Secretary-General to report.\n"
    )
    resolution = parse_resolution(text)
    assert [p.lead for p in resolution.preamble] == [
        "Deeply alarmed",
        "Having considered",
        "Desirous",  # "*Desirous* of": the print's italics stop at the adjective
    ]
    assert [p.lead for p in resolution.operative] == [
        "Also decides",
        "Once again strongly urges",
        "Further requests",
    ]


def test_a_lead_in_italics_after_the_clause_a_paragraph_opens_with() -> None:
    # "2. Pending the total elimination of nuclear weapons, urges those nuclear-weapon
    # States …": the clause is set in roman, the verb after its comma in italics: the lead.
    draft = load("A_C.1_80_L.56")
    second = draft.operative[1]
    assert second.text.startswith("Pending the total elimination of nuclear weapons, urges")
    assert second.lead == "urges"
    assert not [d for d in draft.diagnostics if d.code == "unknown-lead"]
    assert all(p.lead for p in draft.paragraphs)


# -- words kept ------------------------------------------------------------------------------


def test_a_footnote_mark_glued_to_a_year_by_pdfium_is_the_year_and_its_note() -> None:
    # scale_check counts A/RES/78/296 at 0.994 of the PDF's words kept: one of its 161 words,
    # "20231", is in no part of the object. It is no word of the document: PDFium's bare text
    # glues the superscript footnote mark "1" to the year ("as at 30 June 20231"). The page
    # sets the mark as a superscript, and the object keeps the year in the paragraph and "1"
    # as the footnote it calls; the nothing-lost check counts the glued token as the two.
    pypdfium2 = pytest.importorskip("pypdfium2")
    from csto_un import account
    from csto_un.sources import read_document

    path = corpus_file("ga-scale/pdfs/A_RES_78_296.pdf")
    pdf = pypdfium2.PdfDocument(str(path))
    bare = "\n".join(page.get_textpage().get_text_range() for page in pdf)
    pdf.close()
    assert "as at 30 June 20231\r\n" in bare
    [line] = [ln for ln in read_document(path).lines if "June 20231" in ln.text]
    raised = [line.text[s.start : s.end] for s in line.spans if s.style == "superscript"]
    assert raised == ["1"] and line.text[: line.spans[0].start].endswith("June 2023")
    resolution = load("A_RES_78_296")
    considered = resolution.preamble[1]
    assert "as at 30 June 2023 and the related report" in considered.text
    assert considered.footnotes[0] == "1"
    assert resolution.footnotes[0].text == "A/78/689 and A/78/689/Corr.1."
    assert account(bare, resolution).ok


# -- annexes ---------------------------------------------------------------------------------


def test_a_political_declaration_is_the_annex_not_operative_paragraphs() -> None:
    resolution = load("A_RES_78_3")
    (adopting,) = resolution.operative
    assert adopting.lead == "Adopts"
    assert adopting.number is None  # a single operative paragraph is printed unnumbered
    (annex,) = resolution.annexes
    assert annex.label == "Annex"
    assert annex.title == (
        "Political declaration of the General Assembly high-level meeting on pandemic "
        "prevention, preparedness and response"
    )
    numbered = [p.number for p in annex.paragraphs if p.number is not None]
    assert numbered == list(range(1, len(numbered) + 1)) and len(numbered) > 40


def test_a_drafts_annex_after_its_last_paragraph() -> None:
    # A draft has no closing meeting: "Annex" alone after paragraph 7 opens the principles.
    draft = load("A_C.2_80_L.42")
    assert numbers(draft) == list(range(1, 8))
    (annex,) = draft.annexes
    assert annex.title == "United Nations principles for consumer product safety"
    assert len(annex.paragraphs) == 38


def test_a_resolution_with_three_annexes() -> None:
    resolution = load("A_RES_78_128")
    assert numbers(resolution) == list(range(1, 33))
    assert [a.label for a in resolution.annexes] == ["Annex I", "Annex II", "Annex III"]
    assert resolution.annexes[0].title is not None
    assert resolution.annexes[0].title.startswith("Provisional agenda of the 2025 United Nations")
    # The schedule of paragraph 10 ("Monday, 9 June: …") is its list, not loose paragraphs.
    schedule = resolution.operative[9].subparagraphs
    assert [s.text.split(",")[0] for s in schedule] == [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    ]  # fmt: skip


# -- sub-paragraphs --------------------------------------------------------------------------


def test_subparagraphs_run_into_one_printed_line_are_cut() -> None:
    # "… to: (a) focus …; (b) promote …; … and (h) take into account …" over seven lines.
    draft = load("A_C.2_80_L.46")
    (calls,) = [p for p in draft.operative if p.number == 39]
    assert calls.text == "Calls for blended finance initiatives to:"
    assert [s.marker for s in calls.subparagraphs] == [f"({c})" for c in "abcdefgh"]
    assert calls.subparagraphs[-1].text.startswith("take into account debt sustainability")


def test_inline_roman_subparagraphs_nest_under_their_letter() -> None:
    # No document of the session runs (i) into a line; the form is the one of "(a) … : (i)".
    text = (
        "The General Assembly,\n\nRecalling its resolution 1/1,\n\n"
        "1. Decides: (a) To meet: (i) in New York; (ii) in Geneva; and (b) To report.\n"
    )
    (decides,) = parse_resolution(text).operative
    (first, second) = decides.subparagraphs
    assert (first.marker, first.text) == ("(a)", "To meet:")
    assert [(s.marker, s.text) for s in first.subparagraphs] == [
        ("(i)", "in New York;"),
        ("(ii)", "in Geneva; and"),
    ]
    assert (second.marker, second.text) == ("(b)", "To report.")


# -- front page ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["A_C.1_80_L.23", "A_C.3_80_L.29", "A_RES_78_68"])
def test_a_symbol_printed_with_a_reissue_asterisk(name: str) -> None:
    document = load(name)
    assert document.symbol == name.replace("_", "/")
    (note,) = [f for f in document.footnotes if f.marker == "*"]
    assert re.search(r"(?i)reissue", note.text) and note.part == "header"


def test_a_sponsors_list_whose_draft_resolution_wraps() -> None:
    # "… Sweden and Ukraine:" / "draft resolution": the sponsors, and their asterisk note.
    draft = load("A_C.3_80_L.32")
    assert len(draft.sponsors) == 29
    assert draft.sponsors[-1].name == "Ukraine"
    assert any(f.marker == "*" and f.text.startswith("On behalf of") for f in draft.footnotes)


def test_a_resolution_printed_without_its_enacting_formula() -> None:
    resolution = load("A_RES_78_225")
    assert resolution.enacting_formula is None
    assert resolution.body == "General Assembly"
    assert resolution.preamble[0].lead == "Reaffirming"
    assert numbers(resolution) == list(range(1, 16))
    assert [d.code for d in resolution.diagnostics][:1] == ["missing-enacting-formula"]


def test_a_section_numbered_alone_opens_its_own_preamble() -> None:
    # Budget resolutions: "I" alone, its heading on the next line, its own preamble, its own
    # operative paragraphs from 1 (the print's numbering, section by section).
    resolution = load("A_RES_78_253")
    first = resolution.preamble[0]
    assert first.section == "I Enterprise resource planning project, Umoja"
    assert first.lead == "Recalling"
    assert numbers(resolution)[:8] == [1, 2, 1, 2, 3, 4, 5, 6]


def test_a_verb_alone_under_the_formula_enacts_the_numbered_paragraphs() -> None:
    # "The General Assembly" / "Resolves that:" / "1. The Working Capital Fund shall be …":
    # one sentence enacting each numbered paragraph, which the text itself cites ("the
    # provisions of paragraph 2 above"): the verb goes with the formula, and the operative
    # paragraphs are the six printed ones (the third party agrees).
    resolution = load("A_RES_78_256")
    assert resolution.enacting_formula == "The General Assembly Resolves that:"
    assert numbers(resolution) == list(range(1, 7))
    assert resolution.operative[0].text.startswith("The Working Capital Fund shall be")
    assert [p[:30] for p in third_party("A_RES_78_256")] == [
        p.text[:30] for p in resolution.operative
    ]
    text = parse_resolution(
        "The General Assembly\n\nResolves that:\n\n1. The Fund shall be established;\n\n"
        "2. Member States shall make advances.\n"
    )
    assert [(p.number, p.text) for p in text.operative] == [
        (1, "The Fund shall be established;"),
        (2, "Member States shall make advances."),
    ]


# -- where the operative split differs from the third party's, and who is right ---------------


def test_third_party_takes_annex_paragraphs_for_operative_ones() -> None:
    # The third party is wrong: the declaration's "Reaffirm the right of every human being"
    # is paragraph 1 of the annex the resolution adopts, not an operative paragraph.
    resolution = load("A_RES_78_3")
    theirs = third_party("A_RES_78_3")
    assert theirs[0].startswith("Reaffirm the right of every human being")
    assert len(resolution.operative) == 1
    annexed = [p.text for p in resolution.annex_paragraphs if p.number == 1]
    assert annexed[0].startswith("Reaffirm the right of every human being")


def test_third_party_keeps_footnote_marks_in_the_text() -> None:
    # The third party is wrong: "Agenda 25" runs footnote 25 into the words; the mark is ours.
    resolution = load("A_C.3_80_L.12")
    assert numbers(resolution) == list(range(1, 90))  # the split agrees but for the marks
    (ours,) = [p for p in resolution.operative if p.number == 29]
    theirs = third_party("A_C.3_80_L.12")[28]
    assert theirs.startswith("Reaffirms the New Urban Agenda,25 which")
    assert ours.text.startswith("Reaffirms the New Urban Agenda, which")
    assert "25" in ours.footnotes


def test_third_party_keeps_one_section_of_a_budget_resolution() -> None:
    # The third party is wrong: it keeps only the last section of a resolution in sections
    # (28 paragraphs); the print has twenty sections, each numbered from 1.
    resolution = load("A_RES_78_253")
    assert len(third_party("A_RES_78_253")) == 28
    assert numbers(resolution).count(1) >= 20
    assert None not in numbers(resolution)[:40]


def test_items_of_a_subparagraph_belong_to_it() -> None:
    # The third party is right here, and so are we now: "Panel 1: …" and "Panel 2: …" are the
    # unmarked items of sub-paragraph (b) of paragraph 4 ("… as follows:"), not paragraphs.
    resolution = load("A_RES_78_269")
    assert numbers(resolution) == list(range(1, 14))
    assert len(third_party("A_RES_78_269")) == 13
    (b,) = [s for s in resolution.operative[3].subparagraphs if s.marker == "(b)"]
    assert [s.text.split(":")[0] for s in b.subparagraphs] == ["Panel 1", "Panel 2"]


def test_a_heading_between_operative_paragraphs() -> None:
    # The third party is right, and so are we now: "Financing of the support account … 2025"
    # is the heading of paragraph 13, not an operative paragraph.
    resolution = load("A_RES_78_293")
    assert numbers(resolution) == list(range(1, 14))
    assert len(third_party("A_RES_78_293")) == 13
    assert resolution.operative[12].section is not None
    assert resolution.operative[12].section.startswith("Financing of the support account")


def test_third_party_takes_a_listed_agenda_for_operative_paragraphs() -> None:
    # The third party is wrong: "1. Opening of the Congress." … "7. Adoption of the report" are
    # the provisional agenda paragraph 11 approves, numbered inside it, not paragraphs 1 to 7.
    resolution = load("A_RES_78_223")
    assert third_party("A_RES_78_223")[:2] == [
        "Opening of the Congress.",
        "Organizational matters.",
    ]
    assert numbers(resolution) == list(range(1, 25))
    agenda = resolution.operative[10].subparagraphs
    assert [s.marker for s in agenda] == [f"{n}." for n in range(1, 8)]
    assert agenda[0].text == "Opening of the Congress."


def test_third_party_takes_a_quoted_statute_paragraph_for_an_operative_one() -> None:
    # The third party is wrong: "4. In hearing an application to appeal …" is the new
    # paragraph of the Tribunal's statute that paragraph 14 approves; its own paragraph 4 is
    # "Stresses the importance of ensuring access …".
    resolution = load("A_RES_78_248")
    assert third_party("A_RES_78_248")[3].startswith("In hearing an application to appeal")
    assert resolution.operative[3].text.startswith("Stresses the importance of ensuring access")
    quoted = resolution.operative[13].subparagraphs[-1]
    assert (quoted.marker, quoted.text[:35]) == ("4.", "In hearing an application to appeal")


def test_third_party_lets_annex_paragraphs_take_the_operative_numbers() -> None:
    # The third party is wrong: its paragraphs are keyed by number, so the numbered
    # paragraphs of the annexes (the organization of work, the rules of procedure of a
    # conference) take the places of operative paragraphs 1 to 26; its 27 to 32 are ours.
    resolution = load("A_RES_78_128")
    theirs = third_party("A_RES_78_128")
    assert len(theirs) == len(resolution.operative) == 32
    assert numbers(resolution) == list(range(1, 33))
    assert theirs[0].startswith("Non-governmental organizations, major groups")
    assert resolution.operative[0].text.startswith("Decides that the high-level 2025")
    assert [a.label for a in resolution.annexes] == ["Annex I", "Annex II", "Annex III"]
    assert any(
        p.text.startswith("Non-governmental organizations, major groups")
        for p in resolution.annex_paragraphs
    )
    assert resolution.operative[26].text[:40] == theirs[26][:40]


def test_third_party_keeps_one_paragraph_per_number_of_two_sections() -> None:
    # The third party is wrong: section II numbers its paragraphs from 1 again, and the
    # third party keeps one paragraph per number, section II's 1 and 2 over section I's.
    resolution = load("A_RES_78_247")
    theirs = third_party("A_RES_78_247")
    assert len(theirs) == 10
    assert theirs[0].startswith("Notes with appreciation the work of the Independent Audit")
    assert numbers(resolution) == [*range(1, 11), 1, 2]
    assert resolution.operative[0].text.startswith("Reaffirms its primary role")
    assert resolution.operative[10].text.startswith("Notes with appreciation the work")
    assert resolution.operative[10].section == (
        "II Activities of the Independent Audit Advisory Committee"
    )


def test_third_party_takes_a_programme_of_work_for_operative_paragraphs() -> None:
    # The third party is wrong: "1. Information and communications technologies …" to "13.
    # Programme planning." are the items of the programme of work the draft decision
    # approves "as set out below": its annex. The decision itself is "(a) Approves …; (b)
    # Invites …", two unnumbered paragraphs.
    decision = load("A_C.2_80_L.60")
    theirs = third_party("A_C.2_80_L.60")
    assert len(theirs) == 13
    assert theirs[0].startswith("Information and communications technologies")
    assert [p.text[:3] for p in decision.operative] == ["(a)", "(b)"]
    [programme] = decision.annexes
    # (they run an item's sub-items into it: "Macroeconomic policy questions: (a) …")
    assert [p.number for p in programme.paragraphs] == list(range(1, 14))
    assert all(t.startswith(p.text[:25]) for p, t in zip(programme.paragraphs, theirs, strict=True))


def test_a_heading_inside_the_preamble_heads_its_paragraphs() -> None:
    # "Transport and transit corridors", "Countries in special situations": headings of the
    # preamble, kept as the section of the paragraphs under them (no longer lost).
    resolution = load("A_RES_78_148")
    sections = [p.section for p in resolution.preamble]
    assert "Transport and transit corridors" in sections
    assert "Countries in special situations" in sections
    assert resolution.operative[0].section is None


# -- headings and tables of the operative part ---------------------------------------------------


def test_a_heading_between_operative_paragraphs_heads_those_under_it() -> None:
    # "Final report" stands before operative paragraph 1, "Scope" before 2, "Applicability"
    # before 3 to 8: each is the section of the paragraphs under it, not a diagnostic.
    resolution = load("A_RES_78_322")
    sections = [p.section for p in resolution.operative]
    assert sections[:3] == ["Final report", "Scope", "Applicability"]
    assert sections[8] == "Custodianship and governance"
    assert not [d for d in resolution.diagnostics if d.code == "unexpected-heading"]


def test_a_budget_resolutions_part_and_section_headings_head_its_paragraphs() -> None:
    # "Part VI / Human rights and humanitarian affairs" then, directly under it, "Section 26 /
    # Palestine refugees": the section path of the paragraphs under them; a later "Section"
    # heading takes the place of the section, not of the part.
    resolution = load("A_RES_78_252")
    sections = {p.section for p in resolution.operative}
    part_vi = "Part VI Human rights and humanitarian affairs"
    assert f"{part_vi} / Section 26 Palestine refugees" in sections
    part_i = "Part I Overall policymaking, direction and coordination"
    assert (
        f"{part_i} / Section 2 General Assembly and Economic and Social Council affairs"
        " and conference management"
    ) in sections
    assert not [d for d in resolution.diagnostics if d.code == "unexpected-heading"]


def test_the_rows_of_a_table_a_paragraph_sets_out_are_its_items() -> None:
    # "6. Approves the changes to the staffing table as set out in the table below:" and the
    # rows of the table ("A. Pension Administration", "New post Information Systems Officer
    # P-4 1", …) across a page break: items of paragraph 6, not headings lost one by one.
    resolution = load("A_RES_78_253")
    paragraph = next(p for p in resolution.operative if p.text.endswith("the table below:"))
    rows = [sub.text for sub in paragraph.subparagraphs]
    assert rows[0] == "A. Pension Administration"
    assert any("Associate Data Analyst P-2/1 1" in row for row in rows)
    assert all(sub.marker == "" for sub in paragraph.subparagraphs)


def test_a_preambular_paragraph_printed_without_its_comma_is_no_heading() -> None:
    # "Having received the report of the International Atomic Energy Agency for 2022" + note
    # mark 1, printed without a comma: its italic lead makes it a paragraph, which calls note 1.
    resolution = load("A_RES_78_8")
    first = resolution.preamble[0]
    assert (first.lead, first.footnotes) == ("Having received", ("1",))
    assert not resolution.diagnostics


def test_a_heading_calls_its_footnote_from_the_text_under_it() -> None:
    # "Rule 65 Representatives of non-governmental organizations, major groups and other
    # relevant stakeholders" + mark 19: the note is called by the text under the heading.
    resolution = load("A_RES_78_128")
    rule_65 = next(p for p in resolution.annex_paragraphs if p.section and "Rule 65" in p.section)
    assert rule_65.footnotes == ("19",)
    assert not [d for d in resolution.diagnostics if d.code == "unplaced-footnote"]
