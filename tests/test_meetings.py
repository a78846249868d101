"""Meeting records from text: the French founding record, the six-language records, labels."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

import csto_un
from conftest import corpus_file
from csto_un import DiagnosticError, Intervention, NoteKind, Role

# The 29 labelled turns of S/PV.8967, read off the file: (label name or title, delegation as
# printed, ISO code, delivered language). The President's turn at line 471 is the one in which
# he speaks in national capacity.
FR_TURNS = [
    ("Le Président", None, None, "ru"),
    ("Le Secrétaire général", None, None, "en"),
    ("Le Président", None, None, "ru"),
    ("Zas", None, None, "ru"),
    ("Le Président", None, None, "ru"),
    ("Kariuki", "Royaume-Uni", "GBR", "en"),
    ("de Rivière", "France", "FRA", "fr"),
    ("Agyeman", "Ghana", "GHA", "en"),
    ("DeLaurentis", "États-Unis d’Amérique", "USA", "en"),
    ("Kiboino", "Kenya", "KEN", "en"),
    ("Tirumurti", "Inde", "IND", "en"),
    ("Byrne Nason", "Irlande", "IRL", "en"),
    ("Costa Filho", "Brésil", "BRA", "en"),
    ("Zhang Jun", "Chine", "CHN", "zh"),
    ("Biang", "Gabon", "GAB", "fr"),
    ("de la Fuente Ramírez", "Mexique", "MEX", "es"),
    ("Dautllari", "Albanie", "ALB", "en"),
    ("Abushahab", "Émirats arabes unis", "ARE", "en"),
    ("Heimerback", "Norvège", "NOR", "en"),
    ("Le Président", None, None, "ru"),
    ("Margaryan", "Arménie", "ARM", "ru"),
    ("Le Président", None, None, "ru"),
    ("Ilyassov", "Kazakhstan", "KAZ", "en"),
    ("Le Président", None, None, "ru"),
    ("Kasymalieva", "Kirghizistan", "KGZ", "en"),
    ("Le Président", None, None, "ru"),
    ("Rybakov", "Bélarus", "BLR", "ru"),
    ("Le Président", None, None, "ru"),
    ("Hikmat", "Tadjikistan", "TJK", "en"),
]


@pytest.fixture(scope="module")
def fr() -> csto_un.Meeting:
    return csto_un.load_meeting(corpus_file("S_PV.8967_fr.txt"))


def _labelled(meeting: csto_un.Meeting) -> list[Intervention]:
    """One turn per printed label: a national-capacity split keeps the label's first piece."""
    return list(meeting.labelled_turns())


def test_french_record_facts(fr: csto_un.Meeting) -> None:
    assert fr.symbol == "S/PV.8967"
    assert fr.date == dt.date(2022, 2, 16)
    assert fr.body == "Security Council"
    assert fr.language == "fr"
    assert fr.opened_at == dt.time(11, 5)
    assert fr.closed_at == dt.time(13, 15)
    assert [d.code for d in fr.diagnostics] == ["date-from-header"]  # no front page
    # No front page: the President's country comes from the national-capacity statement.
    assert fr.president is not None
    assert fr.president.country_code == "RUS"


def test_french_record_has_its_29_labelled_turns(fr: csto_un.Meeting) -> None:
    got = [
        (t.speaker.title or t.speaker.name, t.speaker.country, t.speaker.country_code, t.language)
        for t in _labelled(fr)
    ]
    assert got == FR_TURNS


def test_french_languages_stated_or_inferred(fr: csto_un.Meeting) -> None:
    turns = _labelled(fr)
    # "M. de Rivière (France) :" and "M. Biang (Gabon) :" carry no note: French is assumed.
    inferred = [t.speaker.name for t in turns if t.language_inferred]
    assert inferred == ["de Rivière", "Biang"]


def test_french_roles(fr: csto_un.Meeting) -> None:
    roles = {t.speaker.name or t.speaker.title: t.speaker.role for t in _labelled(fr)}
    assert roles["Le Président"] is Role.PRESIDENT
    assert roles["Le Secrétaire général"] is Role.SECRETARY_GENERAL
    assert roles["Zas"] is Role.BRIEFER
    assert roles["Kariuki"] is Role.COUNCIL_MEMBER  # no front page: 2022 membership table
    for invited in ("Margaryan", "Ilyassov", "Kasymalieva", "Rybakov", "Hikmat"):
        assert roles[invited] is Role.INVITED_STATE  # rule 37 invitation


def test_french_briefer_completed_from_rule_39(fr: csto_un.Meeting) -> None:
    zas = next(t.speaker for t in fr.interventions if t.speaker.name == "Zas")
    assert zas.full_name == "Stanislav Zas"
    assert zas.function == "Secrétaire général de l’Organisation du Traité de sécurité collective"


def test_french_national_capacity(fr: csto_un.Meeting) -> None:
    pieces = [t for t in fr.interventions if t.line == 471]
    assert [p.national_capacity for p in pieces] == [False, True, False]
    chair, national, back = pieces
    assert chair.paragraphs[-1].startswith("Je vais maintenant faire une déclaration")
    assert national.speaker.country_code == "RUS"
    assert national.speaker.role is Role.COUNCIL_MEMBER
    assert national.paragraphs[0].startswith("Nous remercions le Secrétaire général")
    assert national.paragraphs[-1].endswith("documents fondamentaux de notre organisation.")
    assert back.paragraphs[0] == "Je reprends à présent mes fonctions de Président du Conseil."
    assert chair.speaker.country_code is None
    assert back.speaker.role is Role.PRESIDENT


def test_french_language_switch_recorded_not_left_in_text(fr: csto_un.Meeting) -> None:
    guterres = fr.interventions[1]
    (switch,) = guterres.switches
    assert switch.language == "fr"
    assert switch.note == "(l’orateur poursuit en français)"
    assert guterres.paragraphs[switch.paragraph].startswith("Les trois domaines")
    assert guterres.language_of(0) == "en"
    assert guterres.language_of(switch.paragraph) == "fr"
    assert "poursuit en" not in guterres.text


def test_french_procedure_and_headings(fr: csto_un.Meeting) -> None:
    kinds = [n.kind for n in fr.notes]
    assert kinds == [
        NoteKind.OPENING,
        NoteKind.AGENDA_ITEM,  # "Adoption de l’ordre du jour"
        NoteKind.AGENDA_ADOPTED,
        NoteKind.AGENDA_ITEM,  # the item's title and its sub-heading, one line each
        NoteKind.CLOSING,
    ]
    (item,) = fr.agenda
    assert item.title.startswith("Coopération entre l’Organisation des Nations Unies et les")
    assert item.title.endswith("de la sécurité internationales")
    assert item.subitems == ("Coopération entre l’Organisation des Nations Unies et "
                             "l’Organisation du Traité de sécurité collective",)
    first_turn = fr.interventions[0]
    assert first_turn.paragraphs[0].startswith("Conformément à l’article 37")


def test_french_text_is_clean(fr: csto_un.Meeting) -> None:
    text = "\n".join(t.text for t in fr.interventions)
    assert "22-25948" not in text
    assert "16/02/2022" not in text
    assert "Kassym-Jomart" in text  # a real hyphen at a line end stays
    assert "les flux illicites" in text  # a ligature split by the extractor ("f lux")
    assert "ce fléau" in text
    assert "des Nations Unies témoignent" in text  # a page break mid-sentence is joined
    for turn in fr.interventions:
        for paragraph in turn.paragraphs:
            assert "\n" not in paragraph
            assert "  " not in paragraph
            assert "(parle en" not in paragraph
    kinds = {f.kind for f in fr.source.furniture}  # type: ignore[union-attr]
    assert kinds == {"header", "footer"}


def test_nothing_is_lost(fr: csto_un.Meeting) -> None:
    """Every printed character is in a label, a speech, a switch note, a note or furniture."""
    printed = Counter(corpus_file("S_PV.8967_fr.txt").read_text(encoding="utf-8"))
    kept = Counter(
        "".join(
            [f.text for f in fr.source.furniture]  # type: ignore[union-attr]
            + [n.text for n in fr.notes]
            + [t.speaker.label for t in _labelled(fr)]
            + [t.text for t in fr.interventions]
            + [s.note for t in fr.interventions for s in t.switches]
        )
    )
    ignored = set(" \n\u2029")  # line and paragraph separators
    missing = {c: n for c, n in (printed - kept).items() if c not in ignored}
    assert not missing


# -- the six-language records --------------------------------------------------------------------


@pytest.mark.parametrize(("number", "turns"), [("9642", 8), ("9722", 6)])
def test_english_multilingual_turn_counts(number: str, turns: int) -> None:
    meeting = csto_un.load_meeting(corpus_file(f"multilingual/S_PV.{number}_en.txt"))
    assert len(meeting.interventions) == turns
    assert meeting.symbol == f"S/PV.{number}"
    assert [d.code for d in meeting.diagnostics] == ["date-from-header"]  # front page cut


def _facts(meeting: csto_un.Meeting) -> list[tuple[str, str | None, str | None]]:
    return [
        (t.speaker.role.value, t.speaker.country_code, t.language) for t in meeting.interventions
    ]


@pytest.mark.parametrize("number", ["9642", "9722"])
@pytest.mark.parametrize("language", ["es", "fr", "ru", "zh"])
def test_every_language_version_gives_the_same_turns(number: str, language: str) -> None:
    english = csto_un.load_meeting(corpus_file(f"multilingual/S_PV.{number}_en.txt"))
    other = csto_un.load_meeting(corpus_file(f"multilingual/S_PV.{number}_{language}.txt"))
    assert other.language == language
    assert _facts(other) == _facts(english)


def test_9642_vote_lists_are_iso_codes() -> None:
    meeting = csto_un.load_meeting(corpus_file("multilingual/S_PV.9642_en.txt"))
    (vote,) = [n for n in meeting.notes if n.kind is NoteKind.VOTE]
    assert vote.vote is not None
    assert len(vote.vote.in_favour) == 15
    assert "GBR" in vote.vote.in_favour
    assert vote.vote.against == ()
    assert vote.vote.abstaining == ()
    assert vote.vote.method == "show of hands"
    assert "In favour:" in vote.text  # the lists stay in the note's text


def test_9722_briefer_without_delegation() -> None:
    meeting = csto_un.load_meeting(corpus_file("multilingual/S_PV.9722_en.txt"))
    hwang = meeting.interventions[1].speaker
    assert (hwang.label, hwang.role, hwang.country) == ("Mr. Hwang:", Role.BRIEFER, None)
    assert hwang.full_name == "Joonkook Hwang"
    abushahab = meeting.interventions[-1].speaker
    assert abushahab.role is Role.INVITED_STATE  # the UAE was not on the Council in 2024


@pytest.mark.parametrize("language", ["ru", "zh"])
def test_russian_and_chinese_front_pages(language: str) -> None:
    meeting = csto_un.load_meeting(corpus_file(f"multilingual/S_PV.9642_{language}.txt"))
    assert meeting.number == 9642
    assert meeting.president is not None
    assert meeting.president.country_code == "MOZ"
    assert len(meeting.members) == 14
    assert {m.country_code for m in meeting.members} >= {"DZA", "CHN", "GBR", "USA", "JPN"}
    assert meeting.opened_at == dt.time(10, 5)
    assert meeting.closed_at == dt.time(10, 15)
    # The printed dates disagree (see the corpus README); the printed weekday (Friday) fits
    # only 31 May: the Russian front page is kept over its header, the Chinese one corrected.
    assert meeting.date == dt.date(2024, 5, 31)
    assert [d.code for d in meeting.diagnostics] == ["date-conflict"]


def test_arabic_record_is_reported_not_silent() -> None:
    meeting = csto_un.load_meeting(corpus_file("multilingual/S_PV.9642_ar.txt"))
    assert meeting.language == "ar"
    assert meeting.diagnostics  # damaged by its extractor: said, never guessed


# -- labels in every language, on small records built from the real forms -------------------------

LABELS = [
    ("es", "Sra. Larsen (Colombia) (habla en inglés): Gracias.", "Larsen", "Colombia", "COL", "en"),
    ("es", "El Presidente (habla en inglés): Gracias.", None, None, None, "en"),
    ("es", "Sr. Hwang (habla en inglés): Gracias.", "Hwang", None, None, "en"),
    ("ru", "Председатель (говорит по-английски): Спасибо.", None, None, None, "en"),
    ("ru", "Г-жа Евстигнеева (Российская Федерация): Спасибо.", "Евстигнеева",
     "Российская Федерация", "RUS", "ru"),
    ("zh", "拉森女士（丹麦）（以英语发言）：谢谢。", "拉森", "丹麦", "DNK", "en"),
    ("zh", "傅聪先生（中国）：谢谢。", "傅聪", "中国", "CHN", "zh"),
    ("zh", "吴百纳女爵士（联合王国）（以英语发言）：谢谢。", "吴百纳", "联合王国", "GBR", "en"),
    ("zh", "罗德里格斯-伯基 特 夫人（ 圭 亚 那）（以英语发 言）：谢谢。", "罗德里格斯-伯基特",
     "圭亚那", "GUY", "en"),
    ("ar", "الرئيس (تكلم بالإنكليزية): شكرا.", None, None, None, "en"),
    ("fr", "Le Président ( parle en anglais) : Merci.", None, None, None, "en"),
    ("en", "Mr. Zhang Jun (China) ( spoke in Chinese ): Thank you.", "Zhang Jun", "China", "CHN",
     "zh"),
    ("en", "Mrs. Robinson : Thank you.", "Robinson", None, None, "en"),
    ("en", "The Acting President: Thank you.", None, None, None, "en"),
    ("en", "Mr. Sychou (Belarus) (interpretation from Russian): Thank you.", "Sychou", "Belarus",
     "BLR", "ru"),
]


@pytest.mark.parametrize(("language", "text", "name", "country", "code", "spoken"), LABELS)
def test_label_forms(
    language: str, text: str, name: str | None, country: str | None, code: str | None, spoken: str
) -> None:
    meeting = csto_un.parse_meeting(text + "\n", language=language)
    (turn,) = meeting.interventions
    assert (turn.speaker.name, turn.speaker.country, turn.speaker.country_code) == (
        name,
        country,
        code,
    )
    assert turn.language == spoken
    assert turn.paragraphs
    assert ":" not in turn.paragraphs[0][:1]


def test_label_wrapped_over_two_lines_and_hyphenated() -> None:
    text = (
        "Sra. Broadhurst Estival (Francia) (habla en fran-\ncés): Señor Presidente, le doy las "
        "gracias.\n"
    )
    (turn,) = csto_un.parse_meeting(text, language="es").interventions
    assert turn.language == "fr"
    assert turn.speaker.country_code == "FRA"
    assert turn.paragraphs == ("Señor Presidente, le doy las gracias.",)
    assert turn.speaker.label == "Sra. Broadhurst Estival (Francia) (habla en fran- cés):"


def test_colon_inside_a_sentence_is_not_a_label() -> None:
    text = (
        "Le Président (parle en russe) : Je donne la parole au représentant.\n\n"
        "Un partenariat s’impose à tous les niveaux : local, régional et mondial.\n\n"
        "M. Stanislav Zas, Secrétaire général de l’OTSC : une phrase.\n"
    )
    meeting = csto_un.parse_meeting(text, language="fr")
    assert len(meeting.interventions) == 1
    assert len(meeting.interventions[0].paragraphs) == 3


def test_agenda_heading_between_turns_is_a_note() -> None:
    text = (
        "The President: I thank him.\n"
        "It was so decided.\n"
        "Agenda item 36\n"
        "Commemoration of the fiftieth anniversary (A/50/L.3)\n"
        "The President: I call on the representative of Spain.\n"
    )
    meeting = csto_un.parse_meeting(text, language="en")
    kinds = [getattr(item, "kind", "turn") for item in meeting.items]
    assert kinds == ["turn", NoteKind.DECISION, NoteKind.AGENDA_ITEM, "turn"]
    heading = meeting.items[2]
    assert heading.symbols == ("A/50/L.3",)  # type: ignore[union-attr]
    assert meeting.interventions[0].paragraphs == ("I thank him.",)


def test_unknown_structure_gives_diagnostics() -> None:
    text = "S/PV.9999\nSomething that is not a turn at all.\nAnd more of it, with no label.\n"
    meeting = csto_un.parse_meeting(text, language="en")
    codes = {d.code for d in meeting.diagnostics}
    assert {"no-turns", "text-outside-turn"} <= codes
    outside = next(d for d in meeting.diagnostics if d.code == "text-outside-turn")
    assert (outside.line, outside.page) == (1, 1)
    with pytest.raises(DiagnosticError):
        csto_un.parse_meeting(text, language="en", strict=True)


def test_not_a_meeting() -> None:
    with pytest.raises(csto_un.NotAMeetingError):
        csto_un.parse_meeting("Recalling its resolution 59/50,\nWelcomes the report.\n")
    with pytest.raises(csto_un.CstoUnError):
        csto_un.parse_meeting("")


def test_opening_and_closing_times_in_each_language() -> None:
    cases = [
        ("en", "The meeting was called to order at 10 a.m.", "The meeting rose at 11.40 a.m.",
         (10, 0), (11, 40)),
        ("fr", "La séance est ouverte à 11 h 5.", "La séance est levée à 13 h 15.", (11, 5),
         (13, 15)),
        ("ru", "Заседание открывается в 10 ч 05 мин.", "Заседание закрывается в 10 ч 15 мин.",
         (10, 5), (10, 15)),
        ("zh", "上午10时05分开会。", "下午3时15分散会。", (10, 5), (15, 15)),
        ("es", "Se abre la sesión a las 10.05 horas.", "Se levanta la sesión a las 13.00 horas.",
         (10, 5), (13, 0)),
    ]
    for language, opening, closing, opened, closed in cases:
        text = f"{opening}\n\nThe President: x.\n\n{closing}\n"
        meeting = csto_un.parse_meeting(text, language=language)
        assert meeting.opened_at == dt.time(*opened), language
        assert meeting.closed_at == dt.time(*closed), language


def test_parsed_meeting_round_trips_through_json(fr: csto_un.Meeting) -> None:
    assert csto_un.from_json(csto_un.to_json(fr), csto_un.Meeting) == fr


def test_strict_mode_accepts_a_clean_record() -> None:
    meeting = csto_un.load_meeting(corpus_file("S_PV.8967_fr.txt"), strict=True)
    assert len(meeting.interventions) == 31  # 29 labels, one split in three


def test_language_switch_line_in_english_text() -> None:
    text = (
        "Mr. Arbeiter (Canada): I thank the President.\n"
        "(spoke in French)\n"
        "Le Canada est un ami.\n"
        "(spoke in English)\n"
        "We are ready.\n"
    )
    (turn,) = csto_un.parse_meeting(text, language="en").interventions
    assert turn.paragraphs == ("I thank the President.", "Le Canada est un ami.", "We are ready.")
    assert [(s.paragraph, s.language) for s in turn.switches] == [(1, "fr"), (2, "en")]
    assert [turn.language_of(i) for i in range(3)] == ["en", "fr", "en"]


def test_recorded_vote_adoption_and_editor_note() -> None:
    text = (
        "The President: I shall now make a statement in my capacity as the representative of "
        "France.\n"
        "We are here.\n"
        "I now resume my functions as President of the Council.\n"
        "Mr. Nebenzia (Russian Federation) (spoke in Russian; English text provided by the "
        "delegation): Thank you.\n"
        "A recorded vote was taken.\n"
        "In favour:\n"
        "Algeria, China\n"
        "Against:\n"
        "Israel, United States of America\n"
        "Abstaining:\n"
        "None\n"
        "Draft resolution A/77/L.13 was adopted by 120 votes to 2, with 0 abstentions "
        "(resolution 77/13).\n"
        "[Subsequently, the delegation of Mali informed the Secretariat that it had intended to "
        "vote in favour.]\n"
        "The President: Thanks.\n"
    )
    meeting = csto_un.parse_meeting(text, language="en")
    assert [getattr(i, "kind", None) for i in meeting.items] == [
        None, None, None, None, NoteKind.VOTE, NoteKind.ADOPTION, NoteKind.OTHER, None]
    assert [t.national_capacity for t in meeting.interventions] == [False, True, False, False,
                                                                    False]
    assert meeting.interventions[1].speaker.country_code == "FRA"
    assert meeting.interventions[3].language == "ru"
    vote = meeting.notes[0].vote
    assert vote == csto_un.Vote(in_favour=("DZA", "CHN"), against=("ISR", "USA"),
                                abstaining=(), method="recorded")
    assert "A/77/L.13" in meeting.notes[1].symbols


def test_french_front_page() -> None:
    text = (
        "Nations Unies S/PV.9000\n"
        "Conseil de sécurité\n"
        "Soixante-dix-septième année\n"
        "9000e séance\n"
        "Mercredi 16 mars 2022, à 10 heures\n"
        "New York\n"
        "Provisoire\n"
        "Président : M. Nebenzia . . . . . . . . . . . . . . (Fédération de Russie)\n"
        "Membres : Albanie . . . . . . . . . . . . . . . . . M. Hoxha\n"
        "Chine . . . . . . . . . . . . . . . . . . . M. Zhang Jun\n"
        "Ordre du jour\n"
        "Menaces contre la paix et la sécurité internationales\n"
        "\n"
        "La séance est ouverte à 10 h 5.\n"
        "\n"
        "Le Président (parle en russe) : Je vais maintenant faire une déclaration à titre "
        "national.\n"
        "\n"
        "Nous sommes ici.\n"
        "\n"
        "Je reprends à présent mes fonctions de Président du Conseil.\n"
        "\n"
        "M. Hoxha (Albanie) (parle en anglais) : Merci.\n"
        "\n"
        "La séance, suspendue à 11 h 40, est reprise à 12 heures.\n"
        "\n"
        "La séance est levée à midi.\n"
    )
    meeting = csto_un.parse_meeting(text)
    assert (meeting.symbol, meeting.number, meeting.date) == ("S/PV.9000", 9000,
                                                              dt.date(2022, 3, 16))
    assert (meeting.language, meeting.provisional, meeting.place) == ("fr", True, "New York")
    assert meeting.president == csto_un.Delegate(country="Fédération de Russie",
                                                 country_code="RUS", name="M. Nebenzia")
    assert [(m.country_code, m.name) for m in meeting.members] == [("ALB", "M. Hoxha"),
                                                                   ("CHN", "M. Zhang Jun")]
    assert meeting.agenda[0].title == "Menaces contre la paix et la sécurité internationales"
    national = [t for t in meeting.interventions if t.national_capacity]
    assert [t.speaker.country_code for t in national] == ["RUS"]
    assert meeting.interventions[-1].speaker.role is Role.COUNCIL_MEMBER
    assert [n.kind for n in meeting.notes] == [NoteKind.OPENING, NoteKind.SUSPENSION,
                                               NoteKind.CLOSING]
    assert meeting.notes[1].time == dt.time(11, 40)
    assert (meeting.opened_at, meeting.closed_at) == (dt.time(10, 5), dt.time(12, 0))


def test_delegation_that_is_no_state() -> None:
    text = (
        "S/PV.9000 16/02/2022\n"
        "The President: I give the floor to the representative of the European Union.\n"
        "Mr. Skoog (European Union): Thank you.\n"
    )
    meeting = csto_un.parse_meeting(text, language="en")
    skoog = meeting.interventions[-1].speaker
    assert (skoog.country, skoog.country_code, skoog.role) == ("European Union", None,
                                                               Role.BRIEFER)
    (diagnostic,) = [d for d in meeting.diagnostics if d.code != "date-from-header"]
    assert (diagnostic.code, diagnostic.line) == ("unknown-country", 3)
