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
    ]  # the delegation the chair named goes to the next speaker only, and never overrides


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


# -- procedural text told by what it is ----------------------------------------------------------

RUSSIAN_VOTE = """Председатель (говорит по-английски): Мы приступаем к принятию решения по проекту
резолюции A/71/L.5. Поступила просьба о заносимом в отчет голосовании.

Проводится голосование с регистрацией результатов.

Голосовали за:
Австралия, Австрия, Албания, Алжир

Голосовали против:
Израиль

Воздержались:
Канада

Проект резолюции A/71/L.5 принимается 120 голосами против 1 при 1 воздержавшемся
(резолюция 71/10).

Председатель (говорит по-английски): Слово предоставляется членам, желающим выступить после
голосования.

Г-н Смит (Канада) (говорит по-английски): Канада воздержалась.
"""


def test_a_vote_list_is_a_vote_note_by_its_wording() -> None:
    meeting = parse_meeting(RUSSIAN_VOTE, language="ru", name="A_71_PV.10_R.txt")
    vote = next(n for n in meeting.notes if n.kind is NoteKind.VOTE)
    assert vote.vote is not None
    assert (vote.vote.in_favour, vote.vote.against, vote.vote.abstaining) == (
        ("AUS", "AUT", "ALB", "DZA"), ("ISR",), ("CAN",))
    assert vote.text.startswith("Проводится голосование с регистрацией результатов.")
    first = meeting.interventions[0]
    assert len(first.paragraphs) == 1 and "Голосовали" not in first.text
    assert meeting.agenda == ()
    # the President's short sentence after the vote stays in the President's turn
    assert meeting.interventions[1].paragraphs == (
        "Слово предоставляется членам, желающим выступить после голосования.",)


def test_a_vote_list_without_any_announcing_sentence() -> None:
    text = ("The President: A recorded vote has been requested.\n\n"
            "In favour:\nAlbania, Algeria\n\nAgainst:\nNone\n\nAbstaining:\nCanada\n\n"
            "Mr. Smith (Canada): Canada abstained.\n")
    meeting = parse_meeting(text, language="en", name="A_71_PV.10_E.txt")
    vote = meeting.notes[0]
    assert vote.kind is NoteKind.VOTE and vote.vote is not None
    assert vote.vote.in_favour == ("ALB", "DZA") and vote.vote.abstaining == ("CAN",)
    assert meeting.interventions[0].paragraphs == ("A recorded vote has been requested.",)


FRONT_AND_HEADING = """United Nations S/PV.9000
Security Council
Seventy-seventh year
9000th meeting
Monday, 4 April 2022, 10 a.m.
New York
President: Mr. Kariuki . . . . . . . . . . . . . . . . . . . . . . . . (Kenya)
Agenda
Cooperation between the United Nations and regional organizations

The meeting was called to order at 10 a.m.

The President: I thank Mr. Zas for his briefing.

Cooperation between the United Nations and regional organizations

Mr. Zas: I thank you, Mr. President.
"""


def test_a_known_agenda_heading_between_two_turns_is_no_warning() -> None:
    meeting = parse_meeting(FRONT_AND_HEADING, language="en", name="S_PV.9000_E.txt",
                            strict=True)
    assert [n.kind for n in meeting.notes][-1] is NoteKind.AGENDA_ITEM
    assert meeting.interventions[0].paragraphs == ("I thank Mr. Zas for his briefing.",)
    assert not [d for d in meeting.diagnostics if d.code == "heading-in-turn"]


def test_a_date_from_the_running_header_is_said() -> None:
    meeting = load_meeting(corpus_file("multilingual/S_PV.9642_en.txt"), strict=True)
    assert [d.code for d in meeting.diagnostics] == ["date-from-header"]
    assert str(meeting.date) == "2024-05-31"
    assert "date-from-header" not in {
        d.code for d in load_meeting(corpus_file("pdf/S_PV.8701_E.pdf")).diagnostics}


@pytest.mark.parametrize(("language", "text", "sentence"), [
    ("en",
     "The President: Draft resolution A/71/L.5 has been adopted. May I take it that the "
     "Assembly wishes to conclude its consideration of agenda item 15?\n\n"
     "It was so decided.\n\n"
     "I now give the floor to the representative of Fiji to introduce draft resolution "
     "A/71/L.6.\n\n"
     "Mr. Thomson (Fiji): I have the honour to introduce draft resolution A/71/L.6.\n",
     "I now give the floor to the representative of Fiji to introduce draft resolution "
     "A/71/L.6."),
    ("fr",
     "Le Président : Puis-je considérer que l’Assemblée souhaite adopter le projet de "
     "résolution A/71/L.5 ?\n\n"
     "Le projet de résolution A/71/L.5 est adopté (résolution 71/10).\n\n"
     "Je donne maintenant la parole aux membres qui souhaitent prendre la parole après le "
     "vote.\n\n"
     "M. Smith (Canada) (parle en anglais) : Le Canada s’est joint au consensus.\n",
     "Je donne maintenant la parole aux membres qui souhaitent prendre la parole après le "
     "vote."),
])
def test_the_presidents_sentence_after_a_note_stays_his(language: str, text: str,
                                                        sentence: str) -> None:
    meeting = parse_meeting(text, language=language, name=f"A_71_PV.10_{language}.txt")
    assert meeting.agenda == ()
    assert not [n for n in meeting.notes if n.kind is NoteKind.AGENDA_ITEM]
    chair = [t for t in meeting.interventions if t.speaker.role is Role.PRESIDENT]
    assert chair[-1].paragraphs == (sentence,)
    assert len(meeting.labelled_turns()) == 2  # the President's label once, then Mr. Thomson


def test_a_change_of_chair_during_a_speech_leaves_the_speech_whole() -> None:
    text = ("United Nations A/60/PV.10\nGeneral Assembly\nSixtieth session\n"
            "President: Mr. Eliasson . . . . . . . . . . . . (Sweden)\n\n"
            "The meeting was called to order at 3 p.m.\n\n"
            "Mr. Al-Mehairi (Qatar) (spoke in Arabic): Qatar welcomes the outcome.\n\n"
            "Mr. Olhaye (Djibouti), Vice-President, took the Chair.\n\n"
            "We must now turn words into deeds.\n\n"
            "The Acting President: I thank the representative of Qatar.\n")
    meeting = parse_meeting(text, language="en", name="A_60_PV.10_E.txt", strict=True)
    qatar = [t for t in meeting.interventions if t.speaker.country_code == "QAT"]
    assert [t.paragraphs for t in qatar] == [("Qatar welcomes the outcome.",),
                                             ("We must now turn words into deeds.",)]
    assert all(t.language == "ar" and t.speaker.role is Role.MEMBER_STATE for t in qatar)
    assert len(meeting.labelled_turns()) == 2
    assert [n.kind for n in meeting.notes] == [NoteKind.OPENING, NoteKind.CHAIR]


# Every correct record of the development corpus passes strict mode. Left out, for what their
# documents say: S/PV.9642 in Russian and Chinese (front page and headers disagree on the
# date) and in Arabic (extraction damage leaves vote names without ISO code).
STRICT_RECORDS = [
    *(f"pdf/{name}" for name in (
        "A_50_PV.33_E.pdf", "A_71_PV.1_E.pdf", "S_PV.8699_E.pdf", "S_PV.8699(Resumption1)_E.pdf",
        "S_PV.8699(Resumption2)_E.pdf", "S_PV.8700_E.pdf", "S_PV.8701_E.pdf", "S_PV.8702_E.pdf",
        "S_PV.8703_E.pdf", "S_PV.8704_E.pdf")),
    "S_PV.8967_fr.txt",
    *(f"multilingual/S_PV.9642_{language}.txt" for language in ("en", "es", "fr")),
    *(f"multilingual/S_PV.9722_{language}.txt" for language in ("ar", "en", "es", "fr", "ru",
                                                                  "zh")),
]


def test_correct_records_pass_strict_mode() -> None:
    for name in STRICT_RECORDS:  # one test: strict mode holds for the corpus as a whole
        meeting = load_meeting(corpus_file(name), strict=True)
        assert meeting.interventions, name
        assert all(d.severity.value == "info" for d in meeting.diagnostics), name


def test_a_council_briefer_with_a_delegation_keeps_the_invitations_name() -> None:
    text = ("S/PV.9000 16/02/2022\n"
            "The President: In accordance with rule 39 of the Council’s provisional rules of "
            "procedure, I invite His Excellency Mr. Olof Skoog, Head of the Delegation of the "
            "European Union to the United Nations, to participate in this meeting.\n\n"
            "I now give the floor to the observer of the Holy See.\n\n"
            "Mr. Skoog (European Union): Thank you.\n")
    skoog = parse_meeting(text, language="en").interventions[-1].speaker
    assert (skoog.role, skoog.country, skoog.full_name) == (Role.BRIEFER, "European Union",
                                                            "Olof Skoog")


def test_spanish_chair_note_and_observer() -> None:
    text = ("El Sr. Olhaye (Djibouti), Vicepresidente, ocupa la Presidencia.\n\n"
            "El Presidente interino: Tiene ahora la palabra el observador de la Santa Sede.\n\n"
            "Monseñor Migliore: La Santa Sede se suma al consenso.\n")
    meeting = parse_meeting(text, language="es", name="A_60_PV.10_S.txt")
    assert meeting.notes[0].kind is NoteKind.CHAIR
    acting = meeting.interventions[0].speaker
    assert (acting.role, acting.function) == (Role.ACTING_PRESIDENT,
                                              "Vicepresidente (Djibouti)")
    assert meeting.interventions[1].speaker.country_code == "VAT"
