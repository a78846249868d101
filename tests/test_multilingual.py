"""The six official languages on real records: every version of a meeting tells the same facts.

S/PV.9642 and S/PV.9722 in Arabic, Chinese, English, French, Russian and Spanish
(``corpus/multilingual/``). The sequence of turns, each speaker's role and delegation and the
language each speech was delivered in are facts of the meeting, so every version is compared
with the English parse, never with answers written by hand.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

import pytest

import csto_un
from conftest import corpus_file
from csto_un import NoteKind, Role
from csto_un.meetings._membership import council_members

MEETINGS = ["9642", "9722"]
LANGUAGES = ["es", "fr", "ru", "zh"]


@cache
def _meeting(number: str, language: str) -> csto_un.Meeting:
    return csto_un.load_meeting(corpus_file(f"multilingual/S_PV.{number}_{language}.txt"))


def _facts(meeting: csto_un.Meeting) -> list[tuple[Role, str | None, str | None]]:
    return [(t.speaker.role, t.speaker.country_code, t.language) for t in meeting.interventions]


@pytest.mark.parametrize("number", MEETINGS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_same_turns_as_english(number: str, language: str) -> None:
    english, other = _meeting(number, "en"), _meeting(number, language)
    assert other.language == language
    assert len(other.interventions) == len(english.interventions)
    assert _facts(other) == _facts(english)
    assert not [d for d in other.diagnostics if d.code in ("no-turns", "unknown-country")]


@pytest.mark.parametrize("number", MEETINGS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_stated_languages_are_stated(number: str, language: str) -> None:
    """A language note in the label is read, not inferred; no note means the record's language."""
    for turn in _meeting(number, language).interventions:
        assert turn.language_inferred == (turn.language == language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_vote_lists_are_the_english_iso_codes(language: str) -> None:
    (english,) = [n.vote for n in _meeting("9642", "en").notes if n.kind is NoteKind.VOTE]
    (vote,) = [n.vote for n in _meeting("9642", language).notes if n.kind is NoteKind.VOTE]
    assert english is not None and vote is not None
    assert sorted(vote.in_favour) == sorted(english.in_favour)
    assert len(vote.in_favour) == 15 and all(re.fullmatch("[A-Z]{3}", c) for c in vote.in_favour)
    assert (vote.against, vote.abstaining, vote.method) == ((), (), "show of hands")


@pytest.mark.parametrize("language", [*LANGUAGES, "ar"])
def test_the_vote_comes_between_the_same_turns(language: str) -> None:
    def shape(meeting: csto_un.Meeting) -> list[str]:
        return ["turn" if isinstance(item, csto_un.Intervention) else "vote"
                for item in meeting.items
                if isinstance(item, csto_un.Intervention) or item.kind is NoteKind.VOTE]

    assert shape(_meeting("9642", language)) == shape(_meeting("9642", "en"))


@pytest.mark.parametrize(("number", "opened", "closed"),
                         [("9642", dt.time(10, 5), dt.time(10, 15)),
                          ("9722", dt.time(10, 40), dt.time(10, 50))])
@pytest.mark.parametrize("language", ["ru", "zh", "ar"])
def test_opening_and_closing_times(number: str, language: str, opened: dt.time,
                                   closed: dt.time) -> None:
    meeting = _meeting(number, language)
    assert (meeting.opened_at, meeting.closed_at) == (opened, closed)
    kinds = [n.kind for n in meeting.notes]
    assert kinds[0] is NoteKind.OPENING and kinds[-1] is NoteKind.CLOSING
    assert NoteKind.AGENDA_ADOPTED in kinds


@pytest.mark.parametrize(("number", "president", "date"),
                         [("9642", "MOZ", dt.date(2024, 5, 31)),
                          ("9722", "SVN", dt.date(2024, 9, 11))])
@pytest.mark.parametrize("language", ["ru", "zh"])
def test_russian_and_chinese_front_pages(number: str, language: str, president: str,
                                         date: dt.date) -> None:
    meeting = _meeting(number, language)
    assert meeting.number == int(number)
    assert meeting.symbol == f"S/PV.{number}"
    assert meeting.date == date
    assert meeting.president is not None and meeting.president.country_code == president
    assert meeting.president.name
    council = council_members(2024)
    assert council is not None
    assert {m.country_code for m in meeting.members} == council - {president}
    assert all(m.name for m in meeting.members)


def test_date_conflicts_are_reconciled_by_the_weekday() -> None:
    """S/PV.9642: the Russian front page says Friday 31 May, its header and the Chinese front
    page 30 May; Friday is 31 May. Both versions give 31 May and say why."""
    for language in ("ru", "zh"):
        meeting = _meeting("9642", language)
        assert meeting.date == dt.date(2024, 5, 31)
        (conflict,) = [d for d in meeting.diagnostics if d.code == "date-conflict"]
        assert "2024-05-30" in conflict.message
    assert not [d for d in _meeting("9722", "ru").diagnostics if d.code == "date-conflict"]


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_briefer_completed_from_the_announcement(language: str) -> None:
    """"Mr. Hwang" has no delegation: his full name and function come from the President's
    announcement of the briefing, in each language ("Джун Гук Хвана" declined, "黄浚局大使")."""
    (hwang,) = [t.speaker for t in _meeting("9722", language).interventions
                if t.speaker.role is Role.BRIEFER]
    assert hwang.name and hwang.full_name and hwang.function
    assert hwang.full_name.endswith(hwang.name) or hwang.full_name.startswith(hwang.name)
    assert len(hwang.full_name) > len(hwang.name)
    assert "1591" in hwang.function


@pytest.mark.parametrize("number", MEETINGS)
@pytest.mark.parametrize("language", ["ar", "en", *LANGUAGES])
def test_running_headers_are_furniture(number: str, language: str) -> None:
    meeting = _meeting(number, language)
    kinds = [f.kind for f in meeting.source.furniture]
    assert "header" in kinds
    text = " ".join(p for t in meeting.interventions for p in t.paragraphs)
    assert f"S/PV.{number} " not in text
    assert not re.search(r"\b\d{2}/\d{2}/20\d{2}\b", text)
    assert not re.search(r"\b\d/\d \d{2}-\d{5}\b|\b\d{2}-\d{5} \d/\d\b", text)


# -- Arabic: what can be proven, and nothing wrong ------------------------------------------


@pytest.mark.parametrize("number", MEETINGS)
def test_arabic_turns_found_are_all_right(number: str) -> None:
    """Every Arabic turn found is the English turn at the same position; none is wrong."""
    english, arabic = _facts(_meeting(number, "en")), _facts(_meeting(number, "ar"))
    assert len(arabic) <= len(english)
    for found, expected in zip(arabic, english, strict=False):
        assert found[:2] == expected[:2]  # role, ISO code
        assert found[2] == expected[2]  # delivered language (Arabic notes every language)
    # What the corpus gives today: every label of both records is proven.
    assert len(arabic) == len(english)


@pytest.mark.parametrize("number", MEETINGS)
def test_arabic_repairs_are_reported(number: str) -> None:
    meeting = _meeting(number, "ar")
    codes = [d.code for d in meeting.diagnostics]
    assert codes.count("label-repaired") == len(meeting.interventions)
    assert "no-turns" not in codes and "label-unrepaired" not in codes
    for turn in meeting.interventions:
        assert "األ" not in " ".join(turn.paragraphs)  # lam-alef put back
        assert turn.speaker.label.endswith(":")
    assert meeting.opened_at is not None


def test_arabic_lam_alef_and_mirrored_brackets() -> None:
    text = ("الرئيس (تكلم بالإنكليزية): يبدأ مجلس األمن اآلن نظره في البند )S/2024/368(.\n"
            "رفعت الجلسة الساعة 10/15.\n")
    meeting = csto_un.parse_meeting(text, language="ar")
    (turn,) = meeting.interventions
    assert "مجلس الأمن الآن" in turn.paragraphs[0]
    assert "(S/2024/368)" in turn.paragraphs[0]
    assert meeting.closed_at == dt.time(10, 15)


def test_arabic_split_label_needs_proof() -> None:
    """A delegation is given only when its pieces prove a country; a speech never goes to the
    previous speaker because a label could not be read."""
    before = "الرئيس (تكلم بالإنكليزية): شكرا.\n"
    end = "أما بعد.\nرفعت الجلسة الساعة 10/15.\n"
    proven = before + "): شكرا\nتكلم باإلنكليزيةامبيق) ((موز السيد أفونسو\n" + end
    meeting = csto_un.parse_meeting(proven, language="ar")
    turn = meeting.interventions[1]
    assert (turn.speaker.country_code, turn.speaker.name, turn.language) == ("MOZ", "أفونسو",
                                                                              "en")
    unproven = before + "): شكرا\nتكلم باإلنكليزيةمجهول) ((بلد السيد فلان\n" + end
    meeting = csto_un.parse_meeting(unproven, language="ar")
    president, other = meeting.interventions
    assert president.paragraphs == ("شكرا.",)
    assert (other.speaker.name, other.speaker.country_code, other.speaker.role) == (
        "فلان", None, Role.OTHER)
    assert "delegation-unproven" in [d.code for d in meeting.diagnostics]
    no_head = before + "): شكرا\nتكلم باإلنكليزية( فلان\n" + end
    meeting = csto_un.parse_meeting(no_head, language="ar")
    assert "label-unrepaired" in [d.code for d in meeting.diagnostics]


def test_arabic_vote_codes_are_never_wrong() -> None:
    """The Arabic vote list's names are scrambled across lines: the codes given are only those
    of names read whole, all of them in the English list; the rest is kept and reported."""
    (english,) = [n.vote for n in _meeting("9642", "en").notes if n.kind is NoteKind.VOTE]
    (vote,) = [n.vote for n in _meeting("9642", "ar").notes if n.kind is NoteKind.VOTE]
    assert english is not None and vote is not None
    codes = [c for c in vote.in_favour if re.fullmatch("[A-Z]{3}", c)]
    assert len(codes) >= 8
    assert set(codes) <= set(english.in_favour)
    assert vote.method == "show of hands"
    assert "vote-name-unknown" in [d.code for d in _meeting("9642", "ar").diagnostics]


@pytest.mark.parametrize(("number", "president"), [("9642", "MOZ"), ("9722", "SVN")])
def test_arabic_front_page_in_part(number: str, president: str) -> None:
    meeting = _meeting(number, "ar")
    assert meeting.number == int(number)
    assert meeting.president is not None and meeting.president.country_code == president
    council = council_members(2024)
    assert council is not None
    assert {m.country_code for m in meeting.members} <= council  # never a wrong member



# -- phrases written from known forms, checked on the corpus or on records built from them ----


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_rule_37_invitation(language: str) -> None:
    """S/PV.9722 opens with the invitation of the United Arab Emirates (es "invito al
    representante de los …", ru "На основании правила 37 … представителя Объединенных Арабских
    Эмиратов" in the genitive, zh with stray spaces inside the sentence)."""
    from csto_un.meetings._lang import TABLES
    from csto_un.meetings._procedure import invited_states

    first = _meeting("9722", language).interventions[0].paragraphs[0]
    assert invited_states(first, TABLES[language]) == ["ARE"]


def test_russian_invitation_lists_in_the_genitive() -> None:
    from csto_un.meetings._lang import TABLES
    from csto_un.meetings._procedure import invited_states

    text = ("В соответствии с правилом 37 временных правил процедуры Совета я приглашаю "
            "представителей Соединенных Штатов Америки, Республики Корея, Боснии и Герцеговины, "
            "Ирака и Кувейта принять участие в этом заседании.")
    assert invited_states(text, TABLES["ru"]) == ["USA", "KOR", "BIH", "IRQ", "KWT"]


NATIONAL = {
    "es": ("El Presidente (habla en inglés): Formularé ahora una declaración en mi calidad de "
           "representante de Mozambique.\nMozambique acoge con beneplácito la resolución.\n"
           "Reasumo ahora mis funciones de Presidente del Consejo.\nSe levanta la sesión a las "
           "10.15 horas.\n"),
    "ru": ("Председатель (говорит по-английски): Сейчас я сделаю заявление в своем качестве "
           "представителя Мозамбика.\nМозамбик приветствует принятие резолюции.\nСейчас я "
           "возобновляю выполнение функций Председателя Совета.\nЗаседание закрывается в "
           "10 ч 15 мин.\n"),
    "zh": ("主席（以英语发言）：我现在以莫桑比克代表的身份发言。\n莫桑比克欢迎通过这项决议。\n"
           "我现在恢复行使安理会主席的职能。\n上午10时15分散会。\n"),
}


@pytest.mark.parametrize("language", sorted(NATIONAL))
def test_national_capacity_forms(language: str) -> None:
    meeting = csto_un.parse_meeting(NATIONAL[language], language=language)
    flags = [t.national_capacity for t in meeting.interventions]
    assert flags == [False, True, False]
    assert meeting.closed_at == dt.time(10, 15)


ADOPTIONS = {
    "es": "Queda aprobado el proyecto de resolución S/2024/413 (resolución 2732 (2024)).",
    "fr": "Le projet de résolution S/2024/413 est adopté (résolution 2732 (2024)).",
    "ru": "Проект резолюции S/2024/413 принимается (резолюция 2732 (2024)).",
    "zh": "决议草案S/2024/413获得通过（第2732(2024)号决议）。",
    "ar": "اعتُمد مشروع القرار S/2024/413 (القرار 2732 (2024)).",
}


@pytest.mark.parametrize("language", sorted(ADOPTIONS))
def test_adoption_notes(language: str) -> None:
    from csto_un.meetings._lang import TABLES
    from csto_un.meetings._procedure import match_note

    note = match_note(ADOPTIONS[language], TABLES[language])
    assert note is not None and note.kind is NoteKind.ADOPTION


def test_arabic_briefer_full_name_only() -> None:
    """The Arabic announcement gives the name whole; the function after it is damaged."""
    (hwang,) = [t.speaker for t in _meeting("9722", "ar").interventions
                if t.speaker.role is Role.BRIEFER]
    assert hwang.name is not None and hwang.full_name is not None
    assert hwang.full_name.endswith(hwang.name) and len(hwang.full_name) > len(hwang.name)
    assert hwang.function is None



def test_correct_arabic_text_is_left_as_it_is() -> None:
    """Without a single decomposed ligature the repair does nothing: labels read as printed."""
    text = ("افتتحت الجلسة الساعة 10/05.\n"
            "الرئيس (تكلم بالإنكليزية): أعطي الكلمة الآن لممثل الجزائر.\n"
            "السيد بن جامع (الجزائر): شكرا، سيدي الرئيس (S/2024/368).\n"
            "رفعت الجلسة الساعة 10/15.\n")
    meeting = csto_un.parse_meeting(text, language="ar")
    assert [(t.speaker.role, t.speaker.country_code, t.language, t.language_inferred)
            for t in meeting.interventions] == [(Role.PRESIDENT, None, "en", False),
                                                (Role.OTHER, "DZA", "ar", True)]
    assert meeting.interventions[1].speaker.label == "السيد بن جامع (الجزائر):"
    assert "(S/2024/368)" in meeting.interventions[1].paragraphs[0]
    assert not meeting.diagnostics
    assert (meeting.opened_at, meeting.closed_at) == (dt.time(10, 5), dt.time(10, 15))


@pytest.mark.parametrize("number", MEETINGS)
@pytest.mark.parametrize("language", ["en", "es", "fr", "ru", "zh", "ar"])
def test_a_record_of_one_label_is_told_by_it(number: str, language: str) -> None:
    """A short text without the language's common words ("M. Zas (parle en russe) :") is told
    by its script, else by the labels each language's table recognises — each label of the
    real records printed on one line (not "… (habla en fran- cés):"), alone, gives the
    record's language."""
    from csto_un.meetings._parser import detect_language
    from csto_un.text import fold

    labels = {t.speaker.label for t in _meeting(number, language).interventions
              if t.speaker.label and "- " not in t.speaker.label}
    assert labels
    assert {label: detect_language([fold(label)]) for label in labels} == dict.fromkeys(
        labels, language)
    if language == "fr":  # and the parse of such a record reads its label
        label = sorted(labels)[0]
        meeting = csto_un.parse_meeting(f"{label} Merci.\n")
        assert meeting.language == "fr"
        assert [t.speaker.label for t in meeting.interventions] == [label]


@pytest.mark.parametrize("language", ["es", "fr", "ru", "zh", "ar"])
def test_a_records_first_lines_tell_its_language_when_they_leave_no_doubt(language: str) -> None:
    """A record's front page and first speeches are in its language: when one language's
    common words outnumber every other's there four to one, the first hundred lines decide,
    whatever follows (here an English record three times as long)."""
    from csto_un.meetings._parser import detect_language
    from csto_un.text import fold_lines

    def lines(language: str) -> list[str]:
        path = corpus_file(f"multilingual/S_PV.9642_{language}.txt")
        return fold_lines(path.read_text(encoding="utf-8").split("\n"))

    english = lines("en")
    assert detect_language(english) == "en"
    assert detect_language(lines(language)[:101] + english * 3) == language
    # Without a clear lead in the first lines, the first 600 lines are counted.
    assert detect_language(lines(language)[:20] + english * 3) == "en"


@pytest.mark.parametrize("language", ["es", "fr", "zh"])
def test_a_records_first_fifty_lines_tell_its_language_when_they_leave_no_doubt(
    language: str,
) -> None:
    """The first lines are read in two steps: fifty lines that leave no doubt decide (here
    before fifty lines of an English record, which would lead in the first hundred)."""
    from csto_un.meetings._parser import detect_language
    from csto_un.text import fold_lines

    def lines(language: str) -> list[str]:
        path = corpus_file(f"multilingual/S_PV.9642_{language}.txt")
        return fold_lines(path.read_text(encoding="utf-8").split("\n"))

    english = lines("en")
    assert detect_language(lines(language)[:51] + english * 3) == language
    # Fewer lines than the first step: all of them are counted (English leads).
    assert detect_language(lines(language)[:10] + english[:40]) == "en"


@pytest.mark.parametrize("number", MEETINGS)
@pytest.mark.parametrize("language", ["en", "es", "fr", "ru", "zh", "ar"])
def test_the_first_fifty_lines_decide_as_the_first_hundred_on_real_records(
    number: str, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each record's language, its first fifty lines read first, is the one its first hundred
    tell alone (the rule before the first step), on its folded lines."""
    from csto_un.meetings import _detect
    from csto_un.sources import read_string
    from csto_un.text import fold_lines

    path = corpus_file(f"multilingual/S_PV.{number}_{language}.txt")
    texts = fold_lines([line.text for line in read_string(path.read_text("utf-8")).lines])
    assert len(texts) > 100
    detected = _detect.detect_language(texts)
    monkeypatch.setattr(_detect, "_FIRST", (100,))
    assert detected == _detect.detect_language(texts) == language


@pytest.mark.parametrize("state", ["阿拉伯联合酋长国", "大不列颠及北爱尔兰联合王国", "莫桑比克"])
def test_a_chinese_vote_lists_last_state_is_not_the_next_speakers_name(state: str) -> None:
    # A Chinese label opens with the speaker's name ("傅聪先生（以英语发言）："), so a list's
    # last line read with it would make the State part of the name; a line that alone names
    # States stays in the list (found by the round-trip property test: "阿拉伯联合酋长国傅聪").
    text = (
        "S/PV.1000\n安全理事会\n第1000次会议\n2016年1月1日星期五\n\n上午8时开会。\n\n"
        f"进行了举手表决。\n\n赞成：\n中国、法国\n\n反对：\n{state}\n\n"
        "傅聪先生（以英语发言）：安理会支持这项决议。\n\n下午1时散会。\n"
    )
    meeting = csto_un.parse_meeting(text)
    (vote,) = [item.vote for item in meeting.items if getattr(item, "vote", None)]
    assert vote.in_favour == ("CHN", "FRA")
    assert len(vote.against) == 1 and vote.against[0] == csto_un.country_code(state, "zh")
    (turn,) = meeting.interventions
    assert turn.speaker.name == "傅聪"
