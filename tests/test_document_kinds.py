"""Kinds of resolution documents beyond "The General Assembly," + paragraphs: draft decisions
and programmes of work, early Security Council resolutions, revisions linked in the corpus,
and the refusals of what is none of them."""

from __future__ import annotations

import shutil
from pathlib import Path

import attrs
import pytest

import csto_un
from conftest import corpus_file
from csto_un import NotAResolutionError, format_resolution, load_resolution, parse_resolution


def scale(name: str) -> Path:
    """A PDF of the ga-scale set (skips the test when the development corpus is absent)."""
    return corpus_file(f"ga-scale/pdfs/{name}.pdf")


# -- decisions -------------------------------------------------------------------------------------
def test_draft_decision_in_one_sentence() -> None:
    decision = load_resolution(scale("A_C.1_80_L.35"))
    assert decision.kind == "decision"
    assert decision.symbol == "A/C.1/80/L.35"
    assert decision.enacting_formula == "The General Assembly"
    assert decision.preamble == ()
    [paragraph] = decision.operative
    assert paragraph.number is None
    assert paragraph.text.startswith("recalling its resolutions 79/22 of 2 December 2024,")
    assert "decides to include in the provisional agenda of its eighty-first session" in (
        paragraph.text
    )
    assert [s.country_code for s in decision.sponsors] == ["GBR"]
    assert decision.title is not None and decision.title.startswith("Reducing space threats")
    assert decision.agenda_item == "97 (d)"
    assert "A/RES/79/22" in decision.cited_symbols()


def test_draft_decision_with_lettered_paragraphs() -> None:
    decision = load_resolution(scale("A_C.2_80_L.61"))
    assert decision.kind == "decision"
    [paragraph] = decision.operative
    assert paragraph.text.startswith("recalling its resolution 79/327 of 5 September 2025")
    assert paragraph.text.endswith("on sustainable development:")
    assert [s.marker for s in paragraph.subparagraphs] == ["(a)", "(b)"]
    assert paragraph.subparagraphs[1].text.startswith("Also decides that the Second Committee")


def test_programme_of_work_is_the_decision_and_the_programme_it_approves() -> None:
    decision = load_resolution(scale("A_C.2_80_L.60"))
    assert decision.kind == "decision"
    # "The General Assembly:" then "(a) Approves …; (b) Invites …": the lettered paragraphs
    # follow the formula alone, so they are the decision's paragraphs, letters as printed
    # (no empty paragraph holding them); the programme is no operative paragraph.
    approve, invite = decision.operative
    assert approve.text.startswith("(a) Approves the draft programme of work of the Second")
    assert invite.text.startswith("(b) Invites the Bureau of the Second Committee")
    assert [(p.number, p.lead, p.subparagraphs) for p in decision.operative] == [
        (None, "Approves", ()),
        (None, "Invites", ()),
    ]
    assert decision.cited_symbols() == ("A/C.2/80/CRP.1",)
    # "… as set out below": the programme it approves, under its heading, is its annex.
    [annex] = decision.annexes
    assert (annex.label, annex.title) == (None, "Draft programme of work")
    programme = annex.paragraphs
    assert {p.annex for p in programme} == {"Draft programme of work"}
    assert [p.number for p in programme] == list(range(1, 14))
    assert programme[1].text == "Macroeconomic policy questions:"
    assert [s.marker for s in programme[1].subparagraphs] == [f"({c})" for c in "abcdefg"]
    assert [n.marker for n in decision.footnotes] == ["1"]


def test_decision_with_the_verb_after_the_formula() -> None:
    decision = load_resolution(scale("A_C.3_80_L.60"))
    [approve] = decision.operative
    assert approve.text.startswith("approves, subject to any subsequent decision")
    assert approve.lead == "approves"
    # "Item 1. Social development:": the programme's own numbering, kept as printed.
    [annex] = decision.annexes
    programme = annex.paragraphs
    assert (programme[0].number, programme[0].text) == (None, "Item 1. Social development:")
    assert programme[0].annex == annex.title == "Draft programme of work"


@pytest.mark.parametrize(
    "name", ["A_C.1_80_L.35", "A_C.2_80_L.60", "A_C.2_80_L.61", "A_C.3_80_L.60"]
)
def test_every_word_of_a_decision_is_kept(name: str) -> None:
    from csto_un.accounting import account
    from csto_un.sources import read_document

    document = read_document(scale(name))
    lines = [ln.text for ln in document.lines] + [f.text for f in document.furniture]
    result = account(lines, load_resolution(scale(name)))
    assert not result.missing


def test_secretariat_note_refused_saying_what_it_is() -> None:
    with pytest.raises(NotAResolutionError) as caught:
        load_resolution(scale("A_C.2_80_L.1"))
    message = str(caught.value)
    assert "a note by the Secretariat ('Organization of work of the Second Committee'" in message
    assert '"The General Assembly,"' in message and '"Le Conseil de sécurité,"' in message
    with pytest.raises(NotAResolutionError, match="a note by the Secretariat"):
        csto_un.load(scale("A_C.3_80_L.1"))  # not told as "no speaker turn" of a meeting


def test_refusal_names_what_was_looked_for_by_organ_and_language() -> None:
    with pytest.raises(NotAResolutionError) as caught:
        parse_resolution("Shopping list\n\nBread, milk and a great many other useful things.\n")
    message = str(caught.value)
    assert "General Assembly and Security Council" in message
    assert 'en: "The General Assembly,", "The Security Council,"' in message
    assert "fr: \"L'Assemblée générale,\"" in message
    assert "the text reads 'Bread, milk and a great many other useful things.'" in message


# -- early Security Council resolutions -------------------------------------------------------
# Verbatim text of Security Council resolutions 14 (1946) and 9 (1946) (the latter shortened
# to its first two provisions), as the Council's "Resolutions and Decisions" volume for 1946
# prints them. United Nations resolutions are public documents.
S_RES_14_1946 = """14 (1946). Resolution of 16 December 1946

As the General Assembly has decided that the terms of office of the elected members of the \
Security Council should commence on 1 January and end on 31 December, it would seem desirable \
that the monthly rotation of the presidency should be adjusted so that the rotation would \
commence and end on the same dates;

To this end,

The Security Council

Resolves that the operation of rule 18 of the rules of procedure be suspended for a sufficient \
period to allow the representative of the United States of America to remain in office as \
President of the Council from 17 December until 31 December 1946.

Adopted at the 84th meeting by 9 votes to none, with 2 abstentions (Union of Soviet Socialist \
Republics, United States of America).
"""

S_RES_9_1946_EXCERPT = """9 (1946). Resolution of 15 October 1946

The Security Council,

In virtue of the powers conferred upon it by Article 35, paragraph 2, of the Statute of the \
International Court of Justice, and subject to the provisions of that Article,

Resolves that:

1. The International Court of Justice shall be open to a State which is not a party to the \
Statute of the International Court of Justice, upon the following condition, namely, that such \
State shall previously have deposited with the Registrar of the Court a declaration by which it \
accepts the jurisdiction of the Court;

2. Such declaration may be either particular or general.
"""


def test_early_security_council_resolution_resolves_that() -> None:
    resolution = parse_resolution(S_RES_9_1946_EXCERPT)
    assert resolution.symbol == "S/RES/9 (1946)"
    assert resolution.body == "Security Council"
    assert resolution.adopted_on is not None and resolution.adopted_on.isoformat() == "1946-10-15"
    assert resolution.enacting_formula == "The Security Council"
    [considering] = resolution.preamble
    assert considering.text.startswith("In virtue of the powers conferred upon it by Article 35")
    [resolves] = resolution.operative
    assert (resolves.lead, resolves.text) == ("Resolves", "Resolves that:")
    assert [s.marker for s in resolves.subparagraphs] == ["1.", "2."]
    assert resolves.subparagraphs[1].text == "Such declaration may be either particular or general."


def test_early_security_council_resolution_with_the_considerations_first() -> None:
    resolution = parse_resolution(S_RES_14_1946)
    assert resolution.symbol == "S/RES/14 (1946)"
    assert resolution.year == 1946
    assert [p.text[:20] for p in resolution.preamble] == ["As the General Assem", "To this end,"]
    assert resolution.enacting_formula == "The Security Council"
    [resolves] = resolution.operative
    assert resolves.lead == "Resolves"
    assert resolves.text.endswith("from 17 December until 31 December 1946.")
    assert resolution.meeting == "84th meeting"
    assert resolution.adoption is not None and "9 votes to none" in resolution.adoption
    assert not resolution.diagnostics


def test_early_form_each_paragraph_naming_the_council() -> None:
    # The form of resolution 1 (1946): considerations, "Therefore", and provisions that each
    # open with "The Security Council" (a text written for the test in that form).
    text = (
        "1 (1946). Resolution of 25 January 1946\n\n"
        "By Article 47 of the Charter, a Military Staff Committee shall be established;\n\n"
        "Therefore\n\n"
        "1. The Security Council requests the permanent members to meet at London;\n\n"
        "2. The Security Council directs the Military Staff Committee to draw up proposals.\n"
    )
    resolution = parse_resolution(text)
    assert resolution.symbol == "S/RES/1 (1946)"
    assert len(resolution.preamble) == 2
    assert [(p.number, p.lead) for p in resolution.operative] == [(1, "requests"), (2, "directs")]


# -- revisions -------------------------------------------------------------------------------------
def test_revision_linked_to_its_draft_its_amendments_and_the_adopted_resolution(
    tmp_path: Path,
) -> None:
    """A/C.3/80/L.20 and its amendment A/C.3/80/L.61 (to Rev.1) are real; the corpus lacks
    Rev.1, so the test writes one from the draft's own text with format_resolution."""
    original = load_resolution(scale("A_C.3_80_L.20"))
    revision = attrs.evolve(original, symbol="A/C.3/80/L.20/Rev.1")
    (tmp_path / "A_C.3_80_L.20_Rev.1.txt").write_text(format_resolution(revision))
    for name in ("A_C.3_80_L.20", "A_C.3_80_L.61", "A_RES_78_282"):
        shutil.copy(scale(name), tmp_path / f"{name}.pdf")
    corpus = csto_un.load_corpus(tmp_path, workers=1)
    assert not corpus.failures
    assert corpus["A/C.3/80/L.20/Rev.1"].symbol == "A/C.3/80/L.20/Rev.1"  # revision kept
    versions = [d.symbol for d in corpus.revisions("A/C.3/80/L.20/Rev.1")]
    assert versions == ["A/C.3/80/L.20", "A/C.3/80/L.20/Rev.1"]
    assert [d.symbol for d in corpus.revisions("A/C.3/80/L.20")] == versions
    revised = corpus.revises("A/C.3/80/L.20/Rev.1")
    assert revised is not None and revised.symbol == "A/C.3/80/L.20"
    assert corpus.revises("A/C.3/80/L.20") is None
    assert [a.symbol for a in corpus.amendments_to("A/C.3/80/L.20/Rev.1")] == ["A/C.3/80/L.61"]
    assert corpus.amendments_to("A/C.3/80/L.20") == ()
    # A/RES/78/282 was adopted from A/78/L.67/Rev.1: the original draft leads to it too.
    adopted = corpus.adopted_from("A/78/L.67")
    assert adopted is not None and adopted.symbol == "A/RES/78/282"
    assert corpus.adopted_from("A/78/L.68") is None


def test_the_council_resolves_in_the_formula_line() -> None:
    resolution = parse_resolution(
        "The Security Council resolves that the International Court of Justice shall be open "
        "to a State which is not a party to its Statute.\n"
    )
    assert resolution.enacting_formula == "The Security Council"
    assert resolution.body == "Security Council"
    [resolves] = resolution.operative
    assert resolves.lead == "resolves"
    assert resolves.text.startswith("resolves that the International Court of Justice")


def test_resolves_opens_an_operative_paragraph() -> None:
    resolution = parse_resolution(
        "The Security Council,\n\nNoting the report,\n\nResolves that the Court shall be open.\n"
    )
    assert [p.lead for p in resolution.preamble] == ["Noting"]
    assert [p.lead for p in resolution.operative] == ["Resolves"]
