"""Round trips through the renderers: a generated document, written in the UN layout of its
language and parsed back, gives the same speakers, languages, paragraphs (and for resolutions
the same leads, numbers, sub-paragraphs and footnotes)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import csto_un
from csto_un import (
    Intervention,
    Meeting,
    Resolution,
    Role,
    Speaker,
    format_meeting,
    format_resolution,
)
from csto_un.countries import country_name
from csto_un.meetings._membership import council_members
from csto_un.writers import format_label
from csto_un.writers._words import MEETING_WORDS
from strategies import (
    RECORD_LANGUAGES,
    RESOLUTION_LANGUAGES,
    records,
    resolution_texts,
)

WIDTHS = st.sampled_from([None, 72])


def _turn_facts(meeting: Meeting) -> list[tuple[object, ...]]:
    return [
        (
            turn.speaker.title,
            turn.speaker.honorific,
            turn.speaker.name,
            turn.speaker.country_code,
            turn.language,
            turn.language_inferred,
            turn.paragraphs,
            tuple((s.paragraph, s.language) for s in turn.switches),
            turn.national_capacity,
        )
        for turn in meeting.interventions
    ]


@pytest.mark.parametrize("language", RECORD_LANGUAGES)
@given(data=st.data(), width=WIDTHS)
def test_generated_meetings_come_back(
    language: str, data: st.DataObject, width: int | None
) -> None:
    meeting = data.draw(records(language))
    text = format_meeting(meeting, width=width)
    parsed = csto_un.parse_meeting(text, language=language)
    assert _turn_facts(parsed) == _turn_facts(meeting), text
    words = MEETING_WORDS[language]
    assert [t.speaker.label for t in parsed.interventions if not t.national_capacity] == [
        format_label(t.speaker, words, t.language, t.language_inferred)
        for t in meeting.interventions
        if not t.national_capacity
    ]
    assert (parsed.symbol, parsed.number, parsed.date) == (
        meeting.symbol,
        meeting.number,
        meeting.date,
    ), text
    assert (parsed.opened_at, parsed.closed_at) == (meeting.opened_at, meeting.closed_at), text
    votes = [n.vote for n in meeting.notes if n.vote is not None]
    assert [n.vote for n in parsed.notes if n.vote is not None] == [
        csto_un.Vote(in_favour=v.in_favour, abstaining=v.abstaining, method="show of hands")
        for v in votes
    ], text
    assert [t.speaker.role for t in parsed.interventions] == [
        _role(t.speaker, meeting) for t in meeting.interventions
    ]
    assert parsed.diagnostics == (), text


def _role(speaker: Speaker, meeting: Meeting) -> Role:
    """The role the parser must find: the title's, else a State's on the Council or invited,
    else a briefer's."""
    if speaker.title and not speaker.country_code:
        return speaker.role
    if speaker.country_code:  # a delegate, or the President in national capacity
        members = council_members(meeting.date.year if meeting.date else None) or ()
        return Role.COUNCIL_MEMBER if speaker.country_code in members else Role.INVITED_STATE
    return Role.BRIEFER


@pytest.mark.parametrize("language", RECORD_LANGUAGES)
@given(data=st.data())
def test_generated_meetings_detect_their_language(language: str, data: st.DataObject) -> None:
    meeting = data.draw(records(language))
    assert csto_un.parse_meeting(format_meeting(meeting)).language == language


def _paragraph_facts(resolution: Resolution) -> list[tuple[object, ...]]:
    return [(p.number, p.lead, p.text, p.footnotes, p.subparagraphs) for p in resolution.paragraphs]


@pytest.mark.parametrize("language", RESOLUTION_LANGUAGES)
@given(data=st.data(), width=WIDTHS)
def test_generated_resolutions_come_back(
    language: str, data: st.DataObject, width: int | None
) -> None:
    resolution = data.draw(resolution_texts(language))
    text = format_resolution(resolution, width=width)
    parsed = csto_un.parse_resolution(text)
    assert _paragraph_facts(parsed) == _paragraph_facts(resolution), text
    assert len(parsed.preamble) == len(resolution.preamble), text
    assert [(f.marker, f.text, f.part, f.paragraph) for f in parsed.footnotes] == [
        (f.marker, f.text, f.part, f.paragraph) for f in resolution.footnotes
    ], text
    assert (parsed.symbol, parsed.session, parsed.body, parsed.title, parsed.language) == (
        resolution.symbol,
        resolution.session,
        resolution.body,
        resolution.title,
        language,
    ), text
    assert (parsed.date, parsed.distribution) == (resolution.date, resolution.distribution)
    assert parsed.diagnostics == (), text


SPEECH = {
    "fr": "Nous avons renforcé la coopération pour la paix.",
    "en": "We have strengthened the cooperation of the region.",
    "es": "Hemos fortalecido la cooperación por la paz.",
    "ru": "Мы укрепили сотрудничество и мир в регионе.",
    "zh": "我们加强了区域的和平合作。",
}


def _national(language: str) -> Meeting:
    """A meeting where the President speaks for the Russian Federation between two turns."""
    words = MEETING_WORDS[language]
    president = Speaker(label="", title=words.titles[Role.PRESIDENT], role=Role.PRESIDENT)
    speech, name = SPEECH[language], country_name("RUS", language)
    meeting = Meeting(
        symbol="S/PV.8967",
        body="Security Council",
        date=dt.date(2022, 2, 16),
        language=language,
        items=(
            Intervention(president, (speech, words.national_start.format(country=name))),
            Intervention(president, (speech,), national_capacity=True),
            Intervention(president, (words.national_end, speech)),
        ),
    )
    return csto_un.parse_meeting(format_meeting(meeting), language=language)


@pytest.mark.parametrize("language", RECORD_LANGUAGES)
def test_president_in_national_capacity_is_cut_out(language: str) -> None:
    parsed = _national(language)
    assert [t.national_capacity for t in parsed.interventions] == [False, True, False]
    assert [len(t.paragraphs) for t in parsed.interventions] == [2, 1, 2]


@pytest.mark.parametrize("language", ["fr", "en", "es", "ru", "zh"])
def test_president_in_national_capacity_names_the_country(language: str) -> None:
    speaker = _national(language).interventions[1].speaker
    assert (speaker.country_code, speaker.role) == ("RUS", Role.COUNCIL_MEMBER)


@given(data=st.data(), language=st.sampled_from(RECORD_LANGUAGES))
def test_generated_documents_survive_json(data: st.DataObject, language: str) -> None:
    meeting = data.draw(records(language))
    assert csto_un.from_json(csto_un.to_json(meeting), Meeting) == meeting
    parsed = csto_un.parse_meeting(format_meeting(meeting), language=language)
    assert csto_un.from_json(csto_un.to_json(parsed), Meeting) == parsed
    if language in RESOLUTION_LANGUAGES:
        resolution = data.draw(resolution_texts(language))
        back = csto_un.parse_resolution(format_resolution(resolution))
        assert csto_un.from_json(csto_un.to_json(back), Resolution) == back


def test_a_vote_list_is_not_read_as_the_time_of_the_next_note() -> None:
    """Found by the round trip (release profile): the Chinese closing note read any 20
    characters before "散会" as its time, so the last line of a vote list joined it."""
    text = (
        "S/PV.1000\n\n安全理事会\n第1000次会议\n2016年1月1日星期五\n\n上午8时开会。\n\n"
        "代理主席（以英语发言）：安理会安理会安理会。\n\n进行了举手表决。\n\n赞成：\n\n"
        "阿富汗、阿尔巴尼亚\n\n下午1时散会。\n"
    )
    meeting = csto_un.parse_meeting(text, language="zh")
    assert [n.vote.in_favour for n in meeting.notes if n.vote] == [("AFG", "ALB")]
    assert meeting.closed_at == dt.time(13, 0)
    assert meeting.notes[-1].text == "下午1时散会。"
