"""General Assembly records: roles of both organs, the notice on corrections, changes of chair,
the delegation a President names for the next speaker."""

from __future__ import annotations

import pytest

from conftest import corpus_file
from csto_un import NoteKind, Role, load_meeting, parse_meeting

GA_RECORD = """United Nations A/60/PV.10
General Assembly
Sixtieth session
10th plenary meeting
Friday, 16 September 2005, 3 p.m.
New York
President: Mr. Eliasson . . . . . . . . . . . . . . . . . . . . . . . . . . . (Sweden)

The meeting was called to order at 3 p.m.

The President: I now give the floor to His Excellency Mr. Mohammed Al-Mehairi.

Mr. Al-Mehairi (Qatar) (spoke in Arabic): Qatar welcomes the outcome of the summit.

In the absence of the President, Mr. Olhaye (Djibouti), Vice-President, took the Chair.

The Acting President: I now give the floor to the observer of the League of Arab States.

Mr. Mahmassani: The League of Arab States thanks the Assembly for this opportunity.

The Acting President: I now give the floor to the observer of the Holy See.

Archbishop Migliore: The Holy See joins the consensus on the outcome document.

Mrs. Kaltenbach (European Union): The European Union supports this text.

The President returned to the Chair.

The President: We have heard the last speaker in the debate on this item.

The meeting rose at 6 p.m.
"""


@pytest.fixture(scope="module")
def assembly():  # type: ignore[no-untyped-def]
    return parse_meeting(GA_RECORD, language="en")


def test_a_vice_president_taking_the_chair_is_a_note_not_speech(assembly) -> None:  # type: ignore[no-untyped-def]
    notes = [n for n in assembly.notes if n.kind is NoteKind.CHAIR]
    assert [n.text for n in notes] == [
        "In the absence of the President, Mr. Olhaye (Djibouti), Vice-President, took the Chair.",
        "The President returned to the Chair.",
    ]
    assert not any("took the Chair" in p for t in assembly.interventions for p in t.paragraphs)


def test_the_acting_president_is_the_vice_president_in_the_chair(assembly) -> None:  # type: ignore[no-untyped-def]
    acting = [t.speaker for t in assembly.interventions if t.speaker.role is Role.ACTING_PRESIDENT]
    assert len(acting) == 2
    assert {(s.full_name, s.function, s.country_code) for s in acting} == {
        ("Olhaye", "Vice-President (Djibouti)", None)
    }
    after = [t.speaker for t in assembly.interventions if t.speaker.label == "The President:"]
    assert [s.role for s in after] == [Role.PRESIDENT, Role.PRESIDENT]
    assert all(s.full_name is None for s in after)


def test_assembly_roles_member_state_observer_state_observer(assembly) -> None:  # type: ignore[no-untyped-def]
    roles = [(t.speaker.name, t.speaker.country, t.speaker.country_code, t.speaker.role)
             for t in assembly.interventions if t.speaker.title is None]
    assert roles == [
        ("Al-Mehairi", "Qatar", "QAT", Role.MEMBER_STATE),
        ("Mahmassani", "League of Arab States", None, Role.OBSERVER),
        ("Migliore", "Holy See", "VAT", Role.OBSERVER_STATE),
        ("Kaltenbach", "European Union", None, Role.OBSERVER),
    ]


def test_a_named_delegation_goes_to_the_next_speaker_only(assembly) -> None:  # type: ignore[no-untyped-def]
    # The President named no delegation before Mr. Al-Mehairi: his label's own is kept, and
    # "the observer of the Holy See" does not reach Mrs. Kaltenbach, who follows the Archbishop.
    speakers = {t.speaker.name: t.speaker for t in assembly.interventions}
    assert speakers["Kaltenbach"].country == "European Union"
    assert speakers["Al-Mehairi"].country == "Qatar"


def test_french_chair_note_and_observer() -> None:
    text = (
        "M. Olhaye (Djibouti), Vice-Président, assume la présidence.\n\n"
        "Le Président par intérim : Je donne maintenant la parole à l’observateur du "
        "Saint-Siège.\n\n"
        "Mgr Migliore : Le Saint-Siège se joint au consensus.\n\n"
        "La séance est levée à 18 heures.\n"
    )
    meeting = parse_meeting(text, language="fr", name="A_60_PV.10_F.txt")
    assert meeting.notes[0].kind is NoteKind.CHAIR
    acting, observer = meeting.interventions
    assert acting.speaker.role is Role.ACTING_PRESIDENT
    assert acting.speaker.function == "Vice-Président (Djibouti)"
    assert observer.speaker.country_code == "VAT"


def test_palestine_is_an_observer_state_in_the_council_too() -> None:
    text = (
        "The President: I now give the floor to Mr. Mansour.\n\n"
        "Mr. Mansour (Palestine): I thank you, Mr. President.\n\n"
        "The meeting rose at 1 p.m.\n"
    )
    meeting = parse_meeting(text, language="en", name="S_PV.1_E.txt")
    assert meeting.interventions[1].speaker.role is Role.OBSERVER_STATE


# -- the development corpus's General Assembly records ---------------------------------------


def test_dev_ga_records_roles() -> None:
    for name, members in (("pdf/A_50_PV.33_E.pdf", 20), ("pdf/A_71_PV.1_E.pdf", 0)):
        meeting = load_meeting(corpus_file(name))
        roles = [t.speaker.role for t in meeting.interventions]
        assert Role.OTHER not in roles, name
        assert roles.count(Role.MEMBER_STATE) == members, name
        assert all(t.speaker.country_code for t in meeting.interventions
                   if t.speaker.role is Role.MEMBER_STATE)
    sg = load_meeting(corpus_file("pdf/A_71_PV.1_E.pdf")).interventions[3].speaker
    assert sg.role is Role.SECRETARY_GENERAL


@pytest.mark.parametrize("name", ["pdf/A_50_PV.33_E.pdf", "pdf/A_71_PV.1_E.pdf",
                                  "pdf/S_PV.8701_E.pdf"])
def test_the_notice_on_corrections_is_front_matter_not_speech(name: str) -> None:
    meeting = load_meeting(corpus_file(name))
    speech = " ".join(p for t in meeting.interventions for p in t.paragraphs)
    assert "This record contains" not in speech
    assert "Corrections" not in speech
    assert "This record contains" not in " ".join(meeting.header)
    notice = [f for f in meeting.source.furniture if f.kind == "front-matter"]
    assert notice[0].text.startswith("This record contains")
    assert len(notice) >= 5


def test_a_speech_cut_by_the_notice_is_joined_again() -> None:
    meeting = load_meeting(corpus_file("pdf/A_71_PV.1_E.pdf"))
    last = meeting.interventions[3].paragraphs[-1]
    assert "towards a session that produces meaningful results for all." in last
