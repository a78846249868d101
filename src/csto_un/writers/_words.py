"""The renderers' own words, one value per language: data, not code.

Where the parsers expose a table (the meeting phrase tables of :mod:`csto_un.meetings._lang`,
the resolution tables of :mod:`csto_un.resolutions._phrases`), the renderers take their words
from it (titles, language words, vote headings, "None", month names, ordinals). What a parser
only *recognises* with a regular expression (opening and closing sentences, language notes)
has to be *written* by a renderer: those sentences live here, as format strings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

import attrs

from ..meetings._lang import TABLES
from ..model import Role

__all__ = ["MEETING_WORDS", "RESOLUTION_WORDS", "MeetingWords", "ResolutionWords"]


def _language_words(language: str, case: Callable[[str], str] = str) -> dict[str, str]:
    """ISO code → the word a note prints, the first the parser's table lists for that code."""
    words: dict[str, str] = {}
    for word, code in TABLES[language].language_words.items():
        words.setdefault(code, case(word))
    return words


def _en_time(time: dt.time) -> str:
    if (time.hour, time.minute) == (12, 0):
        return "noon"
    hour = time.hour % 12 or 12
    minute = f".{time.minute:02d}" if time.minute else ""
    return f"{hour}{minute} {'p.m.' if time.hour >= 12 else 'a.m.'}"


def _fr_time(time: dt.time) -> str:
    return f"{time.hour} h {time.minute:02d}" if time.minute else f"{time.hour} heures"


def _es_time(time: dt.time) -> str:
    return f"{time.hour}.{time.minute:02d} horas"


def _ru_time(time: dt.time) -> str:
    minutes = f" {time.minute:02d} мин." if time.minute else ""
    return f"{time.hour} ч.{minutes}"


def _zh_time(time: dt.time) -> str:
    meridiem = "上午" if time.hour < 12 else "下午"
    hour = time.hour if time.hour <= 12 else time.hour - 12
    minutes = f"{time.minute:02d}分" if time.minute else ""
    return f"{meridiem}{hour}时{minutes}"


@attrs.frozen
class MeetingWords:
    """How a verbatim record in one language is written.

    ``colon`` ends a label (" :" in French typography, "：" full width in Chinese);
    ``brackets`` open and close its groups; ``note`` and ``switch`` are format strings with a
    ``{word}`` for the language word of ``language_words``; ``opening``, ``closing``,
    ``suspension`` and ``resumption`` take a ``{time}`` written by ``time``; ``ordinal`` writes
    a meeting number ("8967th meeting"); ``national_start`` (with ``{country}``) and
    ``national_end`` frame a President's statement in national capacity; ``titles`` give the
    usual title of a role, to write a title printed in another language.
    """

    language: str
    colon: str
    brackets: tuple[str, str]
    note: str
    switch: str
    language_words: Mapping[str, str]
    time: Callable[[dt.time], str]
    opening: str
    closing: str
    suspension: str
    resumption: str
    agenda_heading: str
    agenda_adopted: str
    decision: str
    vote: str
    national_start: str
    national_end: str
    number: Callable[[int], str]
    date: Callable[[dt.date], str]
    bodies: Mapping[str, str]
    united_nations: str
    titles: Mapping[Role, str]
    space: str = " "


def _month_names(language: str) -> dict[int, str]:
    names: dict[int, str] = {}
    for name, number in TABLES[language].months.items():
        names.setdefault(number, name)
    return names


def _weekday_names(language: str) -> dict[int, str]:
    names: dict[int, str] = {}
    for name, number in TABLES[language].weekdays.items():
        names.setdefault(number, name)
    return names


def _en_date(date: dt.date) -> str:
    weekday = _weekday_names("en")[date.weekday()].capitalize()
    return f"{weekday}, {date.day} {_month_names('en')[date.month].capitalize()} {date.year}"


def _fr_date(date: dt.date) -> str:
    day = "1er" if date.day == 1 else str(date.day)
    weekday = _weekday_names("fr")[date.weekday()].capitalize()
    return f"{weekday} {day} {_month_names('fr')[date.month]} {date.year}"


def _es_date(date: dt.date) -> str:
    weekday = _weekday_names("es")[date.weekday()].capitalize()
    return f"{weekday} {date.day} de {_month_names('es')[date.month]} de {date.year}"


def _ru_date(date: dt.date) -> str:
    weekday = _weekday_names("ru")[date.weekday()]
    return f"{weekday}, {date.day} {_month_names('ru')[date.month]} {date.year} года"


def _zh_date(date: dt.date) -> str:
    weekday = _weekday_names("zh")[date.weekday()]
    return f"{date.year}年{date.month}月{date.day}日{weekday}"


def _en_number(number: int) -> str:
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix} meeting"


MEETING_WORDS: Mapping[str, MeetingWords] = {
    "en": MeetingWords(
        language="en",
        colon=":",
        brackets=("(", ")"),
        note="spoke in {word}",
        switch="spoke in {word}",
        language_words=_language_words("en", str.capitalize),
        time=_en_time,
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
        number=_en_number,
        date=_en_date,
        bodies={"Security Council": "Security Council", "General Assembly": "General Assembly"},
        united_nations="United Nations",
        titles={Role.PRESIDENT: "The President", Role.SECRETARY_GENERAL: "The Secretary-General"},
    ),
    "fr": MeetingWords(
        language="fr",
        colon=" :",
        brackets=("(", ")"),
        note="parle en {word}",
        switch="l’orateur poursuit en {word}",
        language_words=_language_words("fr"),
        time=_fr_time,
        opening="La séance est ouverte à {time}.",
        closing="La séance est levée à {time}.",
        suspension="La séance est suspendue à {time}.",
        resumption="La séance reprend à {time}.",
        agenda_heading="Adoption de l’ordre du jour",
        agenda_adopted="L’ordre du jour est adopté.",
        decision="Il en est ainsi décidé.",
        vote="Il est procédé au vote à main levée.",
        national_start="Je vais maintenant faire une déclaration en ma qualité de "
        "représentant de {country}.",
        national_end="Je reprends à présent mes fonctions de Président du Conseil.",
        number=lambda n: f"{n}e séance",
        date=_fr_date,
        bodies={
            "Security Council": "Conseil de sécurité",
            "General Assembly": "Assemblée générale",
        },
        united_nations="Nations Unies",
        titles={Role.PRESIDENT: "Le Président", Role.SECRETARY_GENERAL: "Le Secrétaire général"},
    ),
    "es": MeetingWords(
        language="es",
        colon=":",
        brackets=("(", ")"),
        note="habla en {word}",
        switch="el orador continúa en {word}",
        language_words=_language_words("es"),
        time=_es_time,
        opening="Se abre la sesión a las {time}.",
        closing="Se levanta la sesión a las {time}.",
        suspension="Se suspende la sesión a las {time}.",
        resumption="Se reanuda la sesión a las {time}.",
        agenda_heading="Aprobación del orden del día",
        agenda_adopted="Queda aprobado el orden del día.",
        decision="Así queda acordado.",
        vote="Se procede a votación ordinaria.",
        national_start="Formularé ahora una declaración en calidad de representante de {country}.",
        national_end="Reasumo ahora mis funciones de Presidente del Consejo.",
        number=lambda n: f"{n}a sesión",
        date=_es_date,
        bodies={"Security Council": "Consejo de Seguridad", "General Assembly": "Asamblea General"},
        united_nations="Naciones Unidas",
        titles={Role.PRESIDENT: "El Presidente", Role.SECRETARY_GENERAL: "El Secretario General"},
    ),
    "ru": MeetingWords(
        language="ru",
        colon=":",
        brackets=("(", ")"),
        note="говорит по-{word}",
        switch="оратор продолжает по-{word}",
        language_words=_language_words("ru"),
        time=_ru_time,
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
        date=_ru_date,
        bodies={
            "Security Council": "Совет Безопасности",
            "General Assembly": "Генеральная Ассамблея",
        },
        united_nations="Организация Объединенных Наций",
        titles={Role.PRESIDENT: "Председатель", Role.SECRETARY_GENERAL: "Генеральный секретарь"},
    ),
    "zh": MeetingWords(
        language="zh",
        colon="：",
        brackets=("（", "）"),
        note="以{word}发言",
        switch="继续以{word}发言",
        language_words=_language_words("zh"),
        time=_zh_time,
        opening="{time}开会。",
        closing="{time}散会。",
        suspension="会议于{time}暂停。",
        resumption="会议于{time}复会。",
        agenda_heading="通过议程",
        agenda_adopted="议程通过。",
        decision="就这样决定。",
        vote="进行了举手表决。",
        national_start="我现在以{country}代表的身份发言。",
        national_end="我现在恢复行使安理会主席职能。",
        number=lambda n: f"第{n}次会议",
        date=_zh_date,
        bodies={"Security Council": "安全理事会", "General Assembly": "大会"},
        united_nations="联合国",
        titles={Role.PRESIDENT: "主席", Role.SECRETARY_GENERAL: "秘书长"},
        space="",
    ),
}
"""The words of a verbatim record, by ISO 639-1 code (``en``, ``fr``, ``es``, ``ru``, ``zh``)."""


@attrs.frozen
class ResolutionWords:
    """How a resolution in one language is written: header lines, formulas, closing lines.

    Format strings take ``{date}``, ``{session}`` (an ordinal word), ``{item}``, ``{body}``,
    ``{drafts}``, ``{sponsors}``, ``{meeting}``; ``enacting`` maps a body's English name to
    its enacting formula; ``colon`` ends the sponsors' list before "draft resolution".
    """

    language: str
    bodies: Mapping[str, str]
    enacting: Mapping[str, str]
    bodies_by: Mapping[str, str]
    distribution: Mapping[str, str]
    language_line: str | None
    original: str
    session: str
    agenda_item: str
    sponsors: str
    adopted: str
    committee: str
    date: Callable[[dt.date], str]
    separator: str = "_______________"


def _plain_date(language: str) -> Callable[[dt.date], str]:
    def write(date: dt.date) -> str:
        month = _month_names(language)[date.month]
        if language == "en":
            return f"{date.day} {month.capitalize()} {date.year}"
        day = "1er" if date.day == 1 else str(date.day)
        return f"{day} {month} {date.year}"

    return write


RESOLUTION_WORDS: Mapping[str, ResolutionWords] = {
    "en": ResolutionWords(
        language="en",
        bodies={"General Assembly": "General Assembly", "Security Council": "Security Council"},
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
        date=_plain_date("en"),
    ),
    "fr": ResolutionWords(
        language="fr",
        bodies={
            "General Assembly": "Assemblée générale",
            "Security Council": "Conseil de sécurité",
        },
        enacting={
            "General Assembly": "L’Assemblée générale,",
            "Security Council": "Le Conseil de sécurité,",
        },
        bodies_by={
            "General Assembly": "l’Assemblée générale",
            "Security Council": "le Conseil de sécurité",
        },
        distribution={
            "general": "Distr. générale",
            "limited": "Distr. limitée",
            "restricted": "Distr. restreinte",
        },
        language_line="Français",
        original="Original : {language}",
        session="{session} session",
        agenda_item="Point {item} de l’ordre du jour",
        sponsors="{sponsors} : projet de résolution",
        adopted="Résolution adoptée par {body} le {date}",
        committee="[sans renvoi à une grande commission ({drafts})]",
        date=_plain_date("fr"),
    ),
}
"""The words of a resolution, by ISO 639-1 code (``en``, ``fr``)."""
