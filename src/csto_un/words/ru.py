"""Russian: the words of UN records in Russian."""

from __future__ import annotations

import datetime as dt

from ..model import Role
from ._types import MeetingWords, Words, names_by_number

MONTHS = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}  # fmt: skip
WEEKDAYS = {
    "понедельник": 0, "вторник": 1, "среда": 2, "четверг": 3, "пятница": 4, "суббота": 5,
    "воскресенье": 6,
}  # fmt: skip
_MONTH_NAMES = names_by_number(MONTHS)
_WEEKDAY_NAMES = names_by_number(WEEKDAYS)
_ORGANS = {"General Assembly": "Генеральная Ассамблея", "Security Council": "Совет Безопасности"}


def _time(time: dt.time) -> str:
    minutes = f" {time.minute:02d} мин." if time.minute else ""
    return f"{time.hour} ч.{minutes}"


def _meeting_date(date: dt.date) -> str:
    weekday = _WEEKDAY_NAMES[date.weekday()]
    return f"{weekday}, {date.day} {_MONTH_NAMES[date.month]} {date.year} года"


WORDS = Words(
    language="ru",
    iso639_2="rus",
    english_name="Russian",
    organs=_ORGANS,
    months=MONTHS,
    # "5 декабря 2022 года": the month in the genitive, "года" (of the year) often after.
    date_form=r"(?P<day>\d{1,2})\s+(?P<month>[а-я]+)\s+(?P<year>\d{4})(?:\s+года\b)?",
    weekdays=WEEKDAYS,
    # Как их печатают отчеты: "(говорит по-английски)", "(говорит на английском языке)",
    # "Подлинный текст: английский"; the adjective in the cases the records use.
    language_names={
        code: (adjective, f"по-{adverb}", f"{stem}ом", f"{stem}ого", f"на {stem}ом языке",
               f"{adjective} язык")
        for code, adjective, adverb, stem in (
            ("ar", "арабский", "арабски", "арабск"),
            ("zh", "китайский", "китайски", "китайск"),
            ("en", "английский", "английски", "английск"),
            ("fr", "французский", "французски", "французск"),
            ("ru", "русский", "русски", "русск"),
            ("es", "испанский", "испански", "испанск"),
        )
    },
    enacting_articles=("Генеральная", "Совет"),
    enacting_organs=("Ассамблея", "Безопасности"),
    meeting=MeetingWords(
        language="ru",
        colon=":",
        brackets=("(", ")"),
        note="говорит по-{word}",
        switch="оратор продолжает по-{word}",
        time=_time,
        opening="Заседание открывается в {time}",
        closing="Заседание закрывается в {time}",
        suspension="Заседание прерывается в {time}",
        resumption="Заседание возобновляется в {time}",
        agenda_heading="Утверждение повестки дня",
        agenda_adopted="Повестка дня утверждается.",
        decision="Так решено.",
        vote="Проводится голосование поднятием рук.",
        national_start="Сейчас я сделаю заявление в качестве представителя {country}.",
        national_end="Сейчас я возобновляю выполнение функций Председателя Совета.",
        number=lambda n: f"{n}-е заседание",
        date=_meeting_date,
        bodies=_ORGANS,
        titles={Role.PRESIDENT: "Председатель", Role.SECRETARY_GENERAL: "Генеральный секретарь"},
        honorifics=("Г-н", "Г-жа"),
        female_honorifics=("Г-жа", "г-жа"),
    ),
    compounds=(
        r"(?:вице|премьер|экс|генерал|юго|северо|государство)-\w+",
        # An adverb of manner ("по-английски", "по-прежнему"), a particle ("кто-либо").
        r"по-\w+(?:ски|цки|ому|ему)",
        r"\w+-(?:либо|нибудь|таки)",
        # The adjectives of a compound adjective ("военно-политический", "социально-
        # экономических"): the first ends as an adverb does, the second as an adjective.
        r"\w{2,}(?:льно|енно|онно|ично|ико|ско)-\w+(?:ий|ый|ой|ая|ое|ые|их|ых|ого|ему|ому|ыми|"
        r"ими|ую|ей)",
    ),
)
"""The words of Russian."""
