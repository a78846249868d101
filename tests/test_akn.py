"""Akoma Ntoso export: schema validity, AKN4UN structure, identifiers, escaping, determinism."""

from __future__ import annotations

import datetime as dt
import os
import pickle
import subprocess
import sys
import xml.etree.ElementTree as ET

import attrs
import pytest
from hypothesis import given

import strategies
from csto_un import (
    CstoUnError,
    Footnote,
    Intervention,
    Meeting,
    MeetingPart,
    NoteKind,
    ProceduralNote,
    Resolution,
    Role,
    Speaker,
    Vote,
    to_akoma_ntoso,
)
from csto_un.akn import ExportError
from test_akn_support import (
    NS,
    ROOT,
    assert_consistent,
    assert_valid,
    draft_l11,
    meeting_8967,
    parse,
    resolution_79_10,
    resolution_1540,
    text_of,
)

DOCUMENTS = {
    "S/PV.8967": meeting_8967,
    "A/79/L.11 (draft, fr)": draft_l11,
    "A/RES/79/10": resolution_79_10,
    "S/RES/1540 (2004)": resolution_1540,
}


def _find(root: ET.Element, path: str) -> ET.Element:
    element = root.find(path, NS)
    assert element is not None, f"no {path}"
    return element


# -- validity and consistency -------------------------------------------------------------------
@pytest.mark.parametrize("build", DOCUMENTS.values(), ids=DOCUMENTS.keys())
def test_hand_built_documents_are_schema_valid(build: object) -> None:
    assert_valid(to_akoma_ntoso(build()))  # type: ignore[operator]


@pytest.mark.parametrize("build", DOCUMENTS.values(), ids=DOCUMENTS.keys())
def test_eids_unique_and_references_resolve(build: object) -> None:
    assert_consistent(to_akoma_ntoso(build()))  # type: ignore[operator]


@given(strategies.meetings)
def test_any_meeting_exports_valid_consistent_xml(meeting: Meeting) -> None:
    xml = to_akoma_ntoso(meeting)
    assert_valid(xml)
    assert_consistent(xml)


@given(strategies.resolutions)
def test_any_resolution_exports_valid_consistent_xml(resolution: Resolution) -> None:
    xml = to_akoma_ntoso(resolution)
    assert_valid(xml)
    assert_consistent(xml)


# -- determinism and errors ---------------------------------------------------------------------
@pytest.mark.parametrize("build", DOCUMENTS.values(), ids=DOCUMENTS.keys())
def test_same_input_same_bytes(build: object) -> None:
    first = build()  # type: ignore[operator]
    again = pickle.loads(pickle.dumps(first))
    assert to_akoma_ntoso(first).encode() == to_akoma_ntoso(again).encode()


def test_markup_date_is_recorded_in_the_manifestation() -> None:
    xml = to_akoma_ntoso(resolution_79_10(), markup_date=dt.date(2026, 1, 2))
    manifestation = _find(parse(xml), "*/a:meta/a:identification/a:FRBRManifestation")
    assert _find(manifestation, "a:FRBRdate").get("date") == "2026-01-02"


@pytest.mark.parametrize("thing", [42, "S/PV.8967", None, Speaker(label="x")])
def test_only_meetings_and_resolutions(thing: object) -> None:
    with pytest.raises(ExportError, match="expected a Meeting or Resolution") as info:
        to_akoma_ntoso(thing)  # type: ignore[arg-type]
    assert isinstance(info.value, CstoUnError)
    assert info.value.code == "export"
    assert pickle.loads(pickle.dumps(info.value)).message == info.value.message


# -- escaping -----------------------------------------------------------------------------------
HOSTILE = "a < b && c > d \"quoted\" 'single' </p><script>x</script> ]]> &amp;"


def test_markup_characters_are_escaped_not_interpreted() -> None:
    turn = Intervention(Speaker(label=f'M. "X" <{HOSTILE}> :'), paragraphs=(HOSTILE,))
    xml = to_akoma_ntoso(Meeting(symbol="S/PV.1", language="en", items=(turn,)))
    assert_valid(xml)
    speech = _find(parse(xml), ".//a:speech")
    assert [text_of(p) for p in speech.findall("a:p", NS)] == [HOSTILE]
    assert text_of(_find(speech, "a:from")) == f'M. "X" <{HOSTILE}> :'
    assert "<script>" not in xml


def test_control_characters_are_dropped_and_form_feeds_become_spaces() -> None:
    paragraph = "début\x00\x01\x08 milieu\x0cfin\x1f \ud800ok\ufffe"
    turn = Intervention(Speaker(label="M. Y\x07 :", name="Y\x0b"), paragraphs=(paragraph,))
    xml = to_akoma_ntoso(Meeting(symbol="S/PV.1", language="fr", items=(turn,)))
    assert_valid(xml)
    speech = _find(parse(xml), ".//a:speech")
    assert text_of(_find(speech, "a:p")) == "début milieu fin ok"
    assert text_of(_find(speech, "a:from")) == "M. Y :"


def test_quotes_and_controls_in_attributes() -> None:
    resolution = Resolution(symbol=None, title='Le "titre" & <autre>\x02', language="fr")
    xml = to_akoma_ntoso(resolution)
    assert_valid(xml)
    name = _find(parse(xml), ".//a:FRBRname")
    assert name.get("value") == 'Le "titre" & <autre>'


# -- identification -----------------------------------------------------------------------------
def test_meeting_frbr_iris() -> None:
    root = parse(to_akoma_ntoso(meeting_8967()))
    ident = _find(root, "a:debate/a:meta/a:identification")
    work = "/akn/un/debate/verbatimRecord/un-sc/2022-02-16/S-PV.8967"
    assert _find(ident, "a:FRBRWork/a:FRBRuri").get("value") == work
    assert _find(ident, "a:FRBRWork/a:FRBRthis").get("value") == work + "/!main"
    assert _find(ident, "a:FRBRWork/a:FRBRnumber").get("showAs") == "S/PV.8967"
    assert _find(ident, "a:FRBRExpression/a:FRBRuri").get("value") == work + "/fra@2022-02-16"
    assert _find(ident, "a:FRBRExpression/a:FRBRlanguage").get("language") == "fra"
    assert _find(ident, "a:FRBRManifestation/a:FRBRuri").get("value") == (
        work + "/fra@2022-02-16/.xml"
    )
    assert _find(ident, "a:FRBRWork/a:FRBRauthor").get("href") == "#securityCouncil"
    assert _find(root, "a:debate").get("name") == "verbatimRecord"


@pytest.mark.parametrize(
    ("language", "code"),
    [("fr", "fra"), ("en", "eng"), ("es", "spa"), ("ru", "rus"), ("zh", "zho"), ("ar", "ara")],
)
def test_expression_language_is_iso_639_2(language: str, code: str) -> None:
    root = parse(to_akoma_ntoso(attrs.evolve(resolution_79_10(), language=language)))
    assert _find(root, ".//a:FRBRlanguage").get("language") == code
    assert _find(root, ".//a:FRBRExpression/a:FRBRuri").get("value").endswith(f"/{code}@2024-11-19")


def test_adopted_resolution_is_dated_by_adoption_and_authored_by_the_organ() -> None:
    root = parse(to_akoma_ntoso(resolution_79_10()))
    assert _find(root, "a:statement").get("name") == "resolution"
    assert _find(root, ".//a:FRBRWork/a:FRBRuri").get("value") == (
        "/akn/un/statement/deliberation/un-ga/2024-11-18/A-RES-79-10"
    )
    assert _find(root, ".//a:FRBRWork/a:FRBRauthor").get("href") == "#generalAssembly"


def test_draft_sponsors_are_authors_with_a_role() -> None:
    root = parse(to_akoma_ntoso(draft_l11()))
    assert _find(root, "a:statement").get("name") == "resolutionDraft"
    authors = root.findall(".//a:FRBRWork/a:FRBRauthor", NS)
    assert [(a.get("href"), a.get("as")) for a in authors] == [
        (f"#country_{code}", "#sponsor") for code in ("BLR", "RUS", "KAZ", "KGZ", "TJK")
    ]
    translation = _find(root, ".//a:FRBRtranslation")
    assert translation.get("fromLanguage") == "eng"
    proponents = root.findall("a:statement/a:preface/a:p/a:docProponent", NS)
    assert [p.text for p in proponents][:2] == ["Bélarus", "Fédération de Russie"]


def test_draft_without_symbol_gets_a_stable_number() -> None:
    number = _find(parse(to_akoma_ntoso(draft_l11())), ".//a:FRBRnumber").get("value")
    assert number is not None
    assert number.startswith("nn-")
    with_symbol = attrs.evolve(draft_l11(), symbol="A/79/L.11")
    root = parse(to_akoma_ntoso(with_symbol))
    assert _find(root, ".//a:FRBRWork/a:FRBRuri").get("value") == (
        "/akn/un/statement/deliberation/un-ga/2024-11-06/A-79-L.11"
    )


# -- meetings -----------------------------------------------------------------------------------
def test_one_speech_per_intervention_one_p_per_paragraph() -> None:
    meeting = meeting_8967()
    root = parse(to_akoma_ntoso(meeting))
    speeches = root.findall(".//a:speech", NS)
    assert len(speeches) == len(meeting.interventions)
    for speech, turn in zip(speeches, meeting.interventions, strict=True):
        spoken = [p for p in speech.findall("a:p", NS) if p.find("a:inline", NS) is None]
        assert [text_of(p) for p in spoken] == list(turn.paragraphs)
        assert text_of(_find(speech, "a:from")) == turn.speaker.label


def test_sections_follow_the_agenda_headings() -> None:
    body = _find(parse(to_akoma_ntoso(meeting_8967())), ".//a:debateBody")
    sections = body.findall("a:debateSection", NS)
    assert [s.get("name") for s in sections] == [
        "opening",
        "agendaItem",
        "agendaItem",
        "conclusion",
    ]
    assert text_of(_find(sections[1], "a:heading")) == "Adoption de l’ordre du jour"
    assert text_of(_find(sections[2], "a:subheading")).endswith("sécurité collective")
    adjournment = _find(sections[3], "a:adjournment/a:p")
    assert _find(adjournment, "a:recordedTime").get("time") == "2022-02-16T13:15:00"
    assert text_of(adjournment) == "La séance est levée à 13 h 15."


def test_speaker_roles_and_persons() -> None:
    root = parse(to_akoma_ntoso(meeting_8967()))
    speeches = root.findall(".//a:speech", NS)
    assert [s.get("as") for s in speeches] == [
        "#president",
        "#secretaryGeneral",
        "#president",
        "#briefer",
        "#representative_GBR",
    ]
    assert speeches[0].get("by") == speeches[2].get("by")
    refs = _find(root, ".//a:references")
    persons = {p.get("eId"): p.get("showAs") for p in refs.findall("a:TLCPerson", NS)}
    assert persons[speeches[3].get("by")[1:]] == "M. Zas"
    org = _find(speeches[4], "a:from/a:organization")
    assert (org.text, org.get("refersTo")) == ("Royaume-Uni", "#country_GBR")
    country = _find(refs, "a:TLCOrganization[@eId='country_GBR']")
    assert country.get("href").endswith("/country.GBR")


def test_delivered_language_is_marked_in_the_label_and_at_a_switch() -> None:
    root = parse(to_akoma_ntoso(meeting_8967()))
    speeches = root.findall(".//a:speech", NS)
    note = _find(speeches[1], "a:from/a:inline[@name='originalLanguage']")
    assert (note.text, note.get("refersTo")) == ("(parle en anglais)", "#language_eng")
    switch = _find(speeches[1], "a:p/a:inline[@name='note']")
    assert (switch.text, switch.get("refersTo")) == (
        "(l’orateur poursuit en français)",
        "#language_fra",
    )
    paragraphs = speeches[1].findall("a:p", NS)
    assert paragraphs[1].find("a:inline", NS) is switch  # before the paragraph it concerns
    languages = {c.get("eId"): c.get("showAs") for c in root.iter(f"{{{NS['a']}}}TLCConcept")}
    assert languages["language_rus"] == "Russian"


def test_inferred_language_is_not_marked() -> None:
    turn = Intervention(
        Speaker(label="Mme Broadhurst Estival (France) :", country="France", country_code="FRA"),
        paragraphs=("Merci.",),
        language="fr",
        language_inferred=True,
    )
    root = parse(to_akoma_ntoso(Meeting(symbol="S/PV.9642", language="fr", items=(turn,))))
    assert root.find(".//a:from/a:inline", NS) is None


def test_national_capacity_speaks_as_the_country() -> None:
    turn = Intervention(
        Speaker(label="Le Président :", role=Role.PRESIDENT),
        paragraphs=("Je vais maintenant faire une déclaration.",),
        national_capacity=True,
    )
    meeting = attrs.evolve(meeting_8967(), items=(turn,))
    root = parse(to_akoma_ntoso(meeting))
    assert _find(root, ".//a:speech").get("as") == "#representative_RUS"


def test_procedural_notes_are_narrative_or_summary() -> None:
    root = parse(to_akoma_ntoso(meeting_8967()))
    narrative = _find(root, ".//a:narrative")
    assert narrative.get("refersTo") == "#opening"
    assert _find(narrative, "a:recordedTime").get("type") == "startEvent"
    summary = _find(root, ".//a:summary")
    assert (text_of(summary), summary.get("refersTo")) == (
        "L’ordre du jour est adopté.",
        "#agendaAdopted",
    )


def test_votes_can_be_counted() -> None:
    vote = Vote(in_favour=("GBR", "FRA", "CHN"), against=("RUS",), abstaining=("Atlantis",))
    note = ProceduralNote(
        NoteKind.VOTE, "Il est procédé au vote à main levée.", vote=vote, symbols=("S/2022/100",)
    )
    meeting = attrs.evolve(meeting_8967(), items=(*meeting_8967().items[:-1], note))
    xml = to_akoma_ntoso(meeting)
    assert_valid(xml)
    root = assert_consistent(xml)
    votes = root.findall(".//a:vote", NS)
    assert [v.get("choice") for v in votes].count("#inFavour") == 3
    assert {v.get("by") for v in votes if v.get("choice") == "#against"} == {"#country_RUS"}
    assert "#delegation_atlantis" in {v.get("by") for v in votes}
    counts = {c.get("refersTo"): c.get("value") for c in root.iter(f"{{{NS['a']}}}count")}
    assert counts == {"#inFavour": "3", "#against": "1", "#abstaining": "1"}
    quantity = _find(root, ".//a:quantity[@refersTo='#inFavour']")
    assert quantity.get("normalized") == "3"


def test_front_matter_in_the_preface() -> None:
    meeting = attrs.evolve(meeting_8967(), header=("S/PV.8967", "Conseil de sécurité"))
    root = parse(to_akoma_ntoso(meeting))
    preface = _find(root, "a:debate/a:preface")
    assert _find(preface, "a:container[@name='header']/a:p/a:docNumber").text == "S/PV.8967"
    president = _find(preface, "a:container[@name='president']/a:p/a:organization")
    assert president.get("refersTo") == "#country_RUS"


def test_empty_meeting_is_still_valid() -> None:
    xml = to_akoma_ntoso(Meeting(symbol=None))
    assert_valid(xml)
    assert "/akn/un/debate/verbatimRecord/un/nn" in xml


# -- resolutions --------------------------------------------------------------------------------
def test_preamble_formula_and_paragraph_leads() -> None:
    draft = draft_l11()
    root = parse(to_akoma_ntoso(draft))
    preamble = _find(root, "a:statement/a:preamble")
    assert text_of(_find(preamble, "a:formula[@name='enactingFormula']")) == (
        "L'Assemblée générale,"
    )
    containers = preamble.findall("a:container", NS)
    assert len(containers) == len(draft.preamble)
    leads = [_find(c, "a:p/a:inline[@name='lead']").text for c in containers]
    assert leads == [p.lead for p in draft.preamble]


def test_a_lead_after_an_opening_clause_or_a_letter_is_marked_where_it_stands() -> None:
    from csto_un import Paragraph

    # ("surges" holds "urges": the lead is found as words of its own)
    texts = ["Amid surges of tension, urges all States to act;", "(a) Approves the programme;"]
    leads = [Paragraph(texts[0], number=1, lead="urges"), Paragraph(texts[1], lead="Approves")]
    root = parse(to_akoma_ntoso(Resolution(symbol=None, operative=tuple(leads))))
    ps = root.findall(".//a:content/a:p", NS)
    assert [text_of(p) for p in ps] == texts
    marked = [_find(p, "a:inline[@name='lead']") for p in ps]
    assert [(m.text, (p.text or "") + (m.tail or "")) for m, p in zip(marked, ps, strict=True)] == [
        ("urges", "Amid surges of tension,  all States to act;"),
        ("Approves", "(a)  the programme;"),
    ]


def test_operative_paragraphs_have_num_and_content() -> None:
    root = parse(to_akoma_ntoso(draft_l11()))
    paragraphs = root.findall("a:statement/a:mainBody/a:paragraph", NS)
    assert [(p.get("eId"), _find(p, "a:num").text) for p in paragraphs] == [
        ("para_1", "1."),
        ("para_9", "9."),
    ]
    assert text_of(_find(paragraphs[1], "a:content/a:p")).startswith("Décide d'inscrire")


def test_subparagraphs_are_lists_of_points_with_akn4un_eids() -> None:
    root = parse(to_akoma_ntoso(resolution_1540()))
    paragraph = _find(root, ".//a:paragraph[@eId='para_8']")
    assert text_of(_find(paragraph, "a:list[@eId='para_8__list_1']/a:intro")) == (
        "Calls upon all States:"
    )
    points = [p.get("eId") for p in paragraph.iter(f"{{{NS['a']}}}point")]
    assert points == [
        "para_8__list_1__point_a",
        "para_8__list_1__point_b",
        "para_8__list_1__point_b__list_1__point_i",
    ]
    nested = _find(paragraph, ".//a:point[@eId='para_8__list_1__point_b']")
    assert _find(nested, "a:num").text == "(b)"
    assert text_of(_find(nested, "a:list/a:intro")).startswith("To adopt national rules")


def test_footnotes_become_authorial_notes_where_they_are_called() -> None:
    draft = draft_l11()
    root = parse(to_akoma_ntoso(draft))
    notes = list(root.iter(f"{{{NS['a']}}}authorialNote"))
    assert sorted(n.get("marker") for n in notes) == sorted(f.marker for f in draft.footnotes)
    third = _find(root, ".//a:container[@eId='preamble__container_3']/a:p")
    assert [n.get("marker") for n in third.findall("a:authorialNote", NS)] == ["3", "4"]
    assert third.findall("a:authorialNote", NS)[-1].tail == ","
    star = _find(root, "a:statement/a:preface/a:p/a:authorialNote")
    assert star.get("marker") == "*"
    assert text_of(star).startswith("Toute modification")


def test_citations_are_refs_to_the_cited_documents_iri() -> None:
    root = parse(to_akoma_ntoso(draft_l11()))
    refs = {r.text: r.get("href") for r in root.iter(f"{{{NS['a']}}}ref")}
    assert refs["59/50 du 2 décembre 2004"] == (
        "/akn/un/statement/deliberation/un-ga/2004-12-02/A-RES-59-50"
    )
    assert refs["1631 (2005) du 17 octobre 2005"] == (
        "/akn/un/statement/deliberation/un-sc/2005-10-17/S-RES-1631_(2005)"
    )
    assert refs["A/79/302-S/2024/600"] == "/akn/un/doc/document/un-ga/A-79-302-S-2024-600"
    # the text around the refs is unchanged
    paragraph = _find(root, ".//a:container[@eId='preamble__container_2']/a:p")
    assert text_of(paragraph) == draft_l11().preamble[1].text


def test_conclusions_hold_the_meeting_and_the_adoption_date() -> None:
    root = parse(to_akoma_ntoso(resolution_79_10()))
    p = _find(root, "a:statement/a:conclusions/a:container/a:p")
    assert text_of(p) == "39th plenary meeting 18 November 2024"
    assert _find(p, "a:event").text == "39th plenary meeting"
    date = _find(p, "a:docDate")
    assert (date.get("date"), date.text) == ("2024-11-18", "18 November 2024")


def test_sections_and_annexes_group_operative_paragraphs() -> None:
    base = resolution_79_10()
    paragraph = base.operative[0]
    operative = (
        attrs.evolve(paragraph, number=1, section="I"),
        attrs.evolve(paragraph, number=2, section="I"),
        attrs.evolve(paragraph, number=1, annex="Declaration", section=None),
    )
    xml = to_akoma_ntoso(attrs.evolve(base, operative=operative))
    assert_valid(xml)
    root = assert_consistent(xml)
    body = _find(root, "a:statement/a:mainBody")
    division = _find(body, "a:division")
    assert [p.get("eId") for p in division.findall("a:paragraph", NS)] == ["para_1", "para_2"]
    annex = _find(body, "a:hcontainer[@name='annex']")
    assert _find(annex, "a:paragraph").get("eId") == "annex_1__para_1"


def test_meeting_parts_are_aliases_of_the_work() -> None:
    parts = (MeetingPart("S/PV.8699"), MeetingPart("S/PV.8699 (Resumption 1)"))
    xml = to_akoma_ntoso(Meeting(symbol="S/PV.8699", language="en", parts=parts))
    assert_valid(xml)
    aliases = parse(xml).findall(".//a:FRBRWork/a:FRBRalias", NS)
    assert [(a.get("value"), a.get("name")) for a in aliases] == [
        ("S/PV.8699 (Resumption 1)", "part")
    ]


def test_adopted_resolution_names_its_draft() -> None:
    resolution = attrs.evolve(resolution_79_10(), committee="without reference to a Main Committee")
    root = parse(to_akoma_ntoso(resolution))
    p = _find(root, "a:statement/a:preface/a:p/a:docCommittee/..")
    assert text_of(p) == "without reference to a Main Committee A/79/L.11"
    assert _find(p, "a:ref").get("href") == "/akn/un/statement/deliberation/un-ga/A-79-L.11"


def test_subparagraph_headings_head_their_first_point() -> None:
    base = resolution_1540()
    paragraph = base.operative[0]
    subs = tuple(
        attrs.evolve(s, heading="Protection and security") for s in paragraph.subparagraphs
    )
    xml = to_akoma_ntoso(
        attrs.evolve(base, operative=(attrs.evolve(paragraph, subparagraphs=subs),))
    )
    assert_valid(xml)
    headings = parse(xml).findall(".//a:point/a:heading", NS)
    assert [h.text for h in headings] == ["Protection and security"]


def test_output_does_not_depend_on_the_hash_seed() -> None:
    script = (
        "import sys; sys.path.insert(0, 'tests');"
        "from test_akn_support import draft_l11, meeting_8967;"
        "from csto_un import to_akoma_ntoso;"
        "sys.stdout.write(to_akoma_ntoso(meeting_8967()) + to_akoma_ntoso(draft_l11()))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": seed},
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1


def test_every_footnote_is_kept_even_with_a_repeated_marker() -> None:
    notes = (Footnote("*", "first page"), Footnote("*", "second page"))
    root = parse(to_akoma_ntoso(Resolution(symbol="A/RES/1/1", footnotes=notes)))
    texts = [text_of(n) for n in root.iter(f"{{{NS['a']}}}authorialNote")]
    assert texts == ["first page", "second page"]
