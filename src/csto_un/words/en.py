"""English: the words of UN records and resolutions in English."""

from __future__ import annotations

import datetime as dt

from ..model import Role
from ._types import CitationWords, MeetingWords, ResolutionWords, Words, names_by_number

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
_MONTH_NAMES = names_by_number(MONTHS)
_WEEKDAY_NAMES = names_by_number(WEEKDAYS)
_ORGANS = {"General Assembly": "General Assembly", "Security Council": "Security Council"}


def _time(time: dt.time) -> str:
    if (time.hour, time.minute) == (12, 0):
        return "noon"
    hour = time.hour % 12 or 12
    minute = f".{time.minute:02d}" if time.minute else ""
    return f"{hour}{minute} {'p.m.' if time.hour >= 12 else 'a.m.'}"


def _meeting_date(date: dt.date) -> str:
    weekday = _WEEKDAY_NAMES[date.weekday()].capitalize()
    return f"{weekday}, {date.day} {_MONTH_NAMES[date.month].capitalize()} {date.year}"


def _date(date: dt.date) -> str:
    return f"{date.day} {_MONTH_NAMES[date.month].capitalize()} {date.year}"


def _number(number: int) -> str:
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix} meeting"


WORDS = Words(
    language="en",
    iso639_2="eng",
    english_name="English",
    organs=_ORGANS,
    months=MONTHS,
    weekdays=WEEKDAYS,
    # As UN records print them: "(spoke in Russian)", "(interpretation from Spanish)",
    # "Original: English".
    language_names={
        "ar": ("Arabic",), "zh": ("Chinese",), "en": ("English",), "fr": ("French",),
        "ru": ("Russian",), "es": ("Spanish",),
    },
    compounds=(
        r"(?:vice|non|self|cross|well)-\w+",
        r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|"
        r"six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)",
        r"(?:one|two|three|four|five|six|seven|eight|nine|ten)-(?:halfs?|thirds?|quarters?|"
        r"fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)",
    ),
    citations=CitationWords(
        resolution=r"resolutions?",
        date_links=r"of|dated",
        list_joins=r"and|as well as",
        other_bodies={
            "Human Rights Council": None,
            "World Health Assembly": None,
            "Commission on Human Rights": None,
            "Economic and Social Council": "E",
            "Security Council": "S",
        },
    ),
    enacting_articles=("The",),
    enacting_organs=("Assembly", "Council"),
    draft_resolution=("draft resolution",),
    adoption_openings=("Resolution adopted by", "Adopted by the Security Council"),
    committee_documents=("Draft decision", "Note by the Secretariat"),
    meeting=MeetingWords(
        language="en",
        colon=":",
        brackets=("(", ")"),
        note="spoke in {word}",
        switch="spoke in {word}",
        capitalize_language_words=True,
        time=_time,
        opening="The meeting was called to order at {time}.",
        closing="The meeting rose at {time}.",
        suspension="The meeting was suspended at {time}.",
        resumption="The meeting resumed at {time}.",
        agenda_heading="Adoption of the agenda",
        agenda_adopted="The agenda was adopted.",
        decision="It was so decided.",
        vote="A vote was taken by show of hands.",
        national_start="I shall now make a statement in my capacity as the representative "
        "of {country}.",
        national_end="I now resume my functions as President of the Council.",
        number=_number,
        date=_meeting_date,
        bodies=_ORGANS,
        titles={Role.PRESIDENT: "The President", Role.SECRETARY_GENERAL: "The Secretary-General"},
        honorifics=("Mr.", "Ms."),
        female_honorifics=("Mrs.", "Ms.", "Mrs", "Ms"),
    ),
    resolution=ResolutionWords(
        language="en",
        bodies=_ORGANS,
        enacting={
            "General Assembly": "The General Assembly,",
            "Security Council": "The Security Council,",
        },
        bodies_by={
            "General Assembly": "the General Assembly",
            "Security Council": "the Security Council",
        },
        distribution={
            "general": "Distr.: General",
            "limited": "Distr.: Limited",
            "restricted": "Distr.: Restricted",
        },
        language_line=None,
        original="Original: {language}",
        session="{session} session",
        agenda_item="Agenda item {item}",
        sponsors="{sponsors}: draft resolution",
        adopted="Resolution adopted by {body} on {date}",
        committee="[without reference to a Main Committee ({drafts})]",
        date=_date,
        capitalize_language_names=True,
    ),
)
"""The words of English."""
