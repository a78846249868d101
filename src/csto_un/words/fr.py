"""French: the words of UN records and resolutions in French."""

from __future__ import annotations

import datetime as dt

from ..model import Role
from ._types import CitationWords, MeetingWords, ResolutionWords, Words, names_by_number

MONTHS = {
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
}  # fmt: skip
WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6,
}  # fmt: skip
_MONTH_NAMES = names_by_number(MONTHS)
_WEEKDAY_NAMES = names_by_number(WEEKDAYS)
_ORGANS = {"General Assembly": "Assemblée générale", "Security Council": "Conseil de sécurité"}


def _time(time: dt.time) -> str:
    return f"{time.hour} h {time.minute:02d}" if time.minute else f"{time.hour} heures"


def _day(date: dt.date) -> str:
    return "1er" if date.day == 1 else str(date.day)


def _meeting_date(date: dt.date) -> str:
    weekday = _WEEKDAY_NAMES[date.weekday()].capitalize()
    return f"{weekday} {_day(date)} {_MONTH_NAMES[date.month]} {date.year}"


def _date(date: dt.date) -> str:
    return f"{_day(date)} {_MONTH_NAMES[date.month]} {date.year}"


WORDS = Words(
    language="fr",
    iso639_2="fra",
    english_name="French",
    organs=_ORGANS,
    months=MONTHS,
    weekdays=WEEKDAYS,
    # Tels que les comptes rendus les impriment : « (parle en anglais) », « Original : anglais »,
    # « (l'orateur poursuit en français) ».
    language_names={
        "ar": ("arabe",), "zh": ("chinois",), "en": ("anglais",), "fr": ("français",),
        "ru": ("russe",), "es": ("espagnol",),
    },
    compounds=(
        r"(?:vice|non|sous|porte|après|arrière|avant)-\w+",
        # The adjectives of a compound adjective ("militaro-politique", "sino-américain").
        r"(?:militaro|politico|socio|économico|technico|médico|judéo|gréco|afro|franco|anglo|"
        r"arabo|israélo|russo|sino|indo|ibéro|latino|hispano|austro|germano|italo|soviéto)-\w+",
        # A pronoun after a verb, "même" after a pronoun: "peut-on", "lui-même", "eux-mêmes".
        r"\w+-(?:il|ils|elle|elles|on|même|mêmes)",
        r"(?:dix|vingt|trente|quarante|cinquante|soixante|quatre|cent|deux|trois|cinq|six|sept|"
        r"huit|neuf|et)-(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|"
        r"quatorze|quinze|seize|vingts?|et|unième|deuxième|troisième|quatrième|cinquième|sixième|"
        r"septième|huitième|neuvième|dixième|onzième|douzième|treizième|quatorzième|quinzième|"
        r"seizième|vingtième)",
    ),
    citations=CitationWords(
        resolution=r"résolutions?",
        date_links=r"du|en date du",
        list_joins=r"et|ainsi que",
        other_bodies={
            "Conseil des droits de l'homme": None,
            "Conseil des droits de l’homme": None,
            "Assemblée mondiale de la Santé": None,
            "Conseil économique et social": "E",
            "Conseil de sécurité": "S",
        },
    ),
    enacting_articles=("L[’']", "La"),
    enacting_organs=("Assemblée générale", "Conseil de sécurité"),
    draft_resolution=("projet de résolution",),
    adoption_openings=("Résolution adoptée par",),
    committee_documents=("Projet de décision", "Note du Secrétariat"),
    meeting=MeetingWords(
        language="fr",
        colon=" :",
        brackets=("(", ")"),
        note="parle en {word}",
        switch="l’orateur poursuit en {word}",
        time=_time,
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
        date=_meeting_date,
        bodies=_ORGANS,
        titles={Role.PRESIDENT: "Le Président", Role.SECRETARY_GENERAL: "Le Secrétaire général"},
        honorifics=("M.", "Mme"),
        female_honorifics=("Mme",),
    ),
    resolution=ResolutionWords(
        language="fr",
        bodies=_ORGANS,
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
        committee=None,
        date=_date,
        item_letter=(r"\((\w{1,3})\)", r"\1)"),
    ),
)
"""The words of French."""
