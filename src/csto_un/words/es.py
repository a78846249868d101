"""Spanish: the words of UN records in Spanish."""

from __future__ import annotations

import datetime as dt

from ..model import Role
from ._types import MeetingWords, Words, names_by_number

MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
}  # fmt: skip
WEEKDAYS = {
    "lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4, "sábado": 5,
    "domingo": 6,
}  # fmt: skip
_MONTH_NAMES = names_by_number(MONTHS)
_WEEKDAY_NAMES = names_by_number(WEEKDAYS)
_ORGANS = {"General Assembly": "Asamblea General", "Security Council": "Consejo de Seguridad"}


def _time(time: dt.time) -> str:
    return f"{time.hour}.{time.minute:02d} horas"


def _meeting_date(date: dt.date) -> str:
    weekday = _WEEKDAY_NAMES[date.weekday()].capitalize()
    return f"{weekday} {date.day} de {_MONTH_NAMES[date.month]} de {date.year}"


WORDS = Words(
    language="es",
    iso639_2="spa",
    english_name="Spanish",
    organs=_ORGANS,
    months=MONTHS,
    weekdays=WEEKDAYS,
    # Como las imprimen las actas: "(habla en inglés)", "Original: inglés".
    language_names={
        "ar": ("árabe",), "zh": ("chino",), "en": ("inglés",), "fr": ("francés",),
        "ru": ("ruso",), "es": ("español",),
    },
    enacting_articles=("El",),
    enacting_organs=("Asamblea General", "Consejo de Seguridad"),
    draft_resolution=("proyecto de resolución",),
    # "5 de diciembre de 2022"
    date_form=r"(?P<day>\d{1,2})\s+de\s+(?P<month>[a-z]+)\s+de\s+(?P<year>\d{4})",
    meeting=MeetingWords(
        language="es",
        colon=":",
        brackets=("(", ")"),
        note="habla en {word}",
        switch="el orador continúa en {word}",
        time=_time,
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
        date=_meeting_date,
        bodies=_ORGANS,
        titles={Role.PRESIDENT: "El Presidente", Role.SECRETARY_GENERAL: "El Secretario General"},
        honorifics=("Sr.", "Sra."),
        female_honorifics=("Sra.",),
    ),
    compounds=(
        # The adjectives of a compound adjective ("político-militar", "económico-social").
        r"(?:político|económico|técnico|jurídico|histórico|franco|anglo|hispano|afro|árabe|"
        r"israelí|ruso|chino|indo|ibero|latino|greco)-\w+",
    ),
)
"""The words of Spanish."""
