"""Front pages in every layout: the newer one (no dot leaders, member and name on one line, an
accessibility and recycling notice above the masthead) is read by its structure, never taken
for the President's speech."""

from __future__ import annotations

import re

import pytest

from conftest import corpus_file
from csto_un import Role, parse_meeting

NOTICES = {"ru": ("Доступный документ", "Просьба отправить на вторичную переработку"),
           "zh": ("无障碍文件", "请回收")}


def _newer_layout(language: str) -> str:
    """The record of S/PV.9642 in ``language`` with its front page as the newer layout prints
    it: the dot leaders gone (President and members on one line with their country), the
    accessibility and recycling lines above the masthead."""
    lines = corpus_file(f"multilingual/S_PV.9642_{language}.txt").read_text("utf-8").split("\n")
    masthead = next(i for i, line in enumerate(lines) if line.endswith("S/PV.9642"))
    out = lines[:masthead] + list(NOTICES[language])
    for line in lines[masthead:]:
        out.append(re.sub(r"\s*(?:\. ?){2,}\s*", " ", line).strip() if ". . ." in line else line)
    return "\n".join(out)


@pytest.mark.parametrize("language", sorted(NOTICES))
def test_newer_front_page_is_no_speech(language: str) -> None:
    meeting = parse_meeting(_newer_layout(language), language=language,
                            name=f"S_PV.9642_{language}.txt")
    assert meeting.president is not None and meeting.president.country_code == "MOZ"
    assert len(meeting.members) == 14
    assert {m.country_code for m in meeting.members} >= {"DZA", "CHN", "JPN", "GBR", "USA"}
    assert len(meeting.interventions) == 8
    first = meeting.interventions[0]
    assert first.speaker.role is Role.PRESIDENT and first.language == "en"
    speech = " ".join(p for t in meeting.interventions for p in t.paragraphs)
    assert not any(notice in speech for notice in NOTICES[language])
    assert not any(notice in line for line in meeting.header for notice in NOTICES[language])
    furniture = {f.text for f in meeting.source.furniture if f.kind == "front-matter"}
    assert set(NOTICES[language]) <= furniture


def test_a_recycling_line_glued_to_an_agenda_title_is_furniture() -> None:
    text = ("United Nations S/PV.9722\nSecurity Council\nSeventy-ninth year\n9722nd meeting\n"
            "Wednesday, 11 September 2024, 10.40 a.m.\nNew York\n"
            "President: Mr. Žbogar (Slovenia)\n"
            "Members: Algeria Mr. Koudri\n"
            "Agenda\nReports of the Secretary-General on the Sudan and South Sudan "
            "Please recycle \u267b\n\n"
            "The meeting was called to order at 10.40 a.m.\n\n"
            "The President: I thank Ambassador Hwang for his briefing.\n")
    meeting = parse_meeting(text, language="en", name="S_PV.9722_E.txt")
    title = "Reports of the Secretary-General on the Sudan and South Sudan"
    assert meeting.agenda[0].title == title
    assert meeting.president is not None and meeting.president.country_code == "SVN"
    assert [(m.country_code, m.name) for m in meeting.members] == [("DZA", "Mr. Koudri")]
    assert meeting.interventions[0].paragraphs == ("I thank Ambassador Hwang for his briefing.",)
