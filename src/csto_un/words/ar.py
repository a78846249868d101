"""Arabic: the words of UN records in Arabic."""

from __future__ import annotations

from ._types import Words

MONTHS = {
    "كانون الثاني/يناير": 1, "شباط/فبراير": 2, "آذار/مارس": 3, "نيسان/أبريل": 4,
    "أيار/مايو": 5, "حزيران/يونيه": 6, "تموز/يوليه": 7, "آب/أغسطس": 8,
    "أيلول/سبتمبر": 9, "تشرين الأول/أكتوبر": 10, "تشرين الثاني/نوفمبر": 11,
    "كانون الأول/ديسمبر": 12,
}  # fmt: skip
#: Each month's names alone: the Levantine ("كانون الأول") or the Egyptian ("ديسمبر") one,
#: with the other spellings prints use ("يونيو", "يوليو").
MONTHS_ALONE = {
    half: number for name, number in MONTHS.items() for half in name.split("/")
} | {"يونيو": 6, "يوليو": 7, "ابريل": 4, "اذار": 3, "ايار": 5, "ايلول": 9}
_MONTH_NAME = "|".join(sorted(MONTHS_ALONE, key=len, reverse=True))
WEEKDAYS: dict[str, int] = {}

WORDS = Words(
    language="ar",
    iso639_2="ara",
    english_name="Arabic",
    organs={"General Assembly": "الجمعية العامة", "Security Council": "مجلس الأمن"},
    months=MONTHS,
    weekdays=WEEKDAYS,
    # كما تطبعها المحاضر ("(تكلم بالإنكليزية)"). Lookups ignore hamza on alef and the lam-alef
    # decomposition of some PDF extractors ("باإلنكليزية").
    language_names={
        code: (word, f"ب{word}", f"اللغة {word}", f"باللغة {word}")
        for code, word in (
            ("ar", "العربية"),
            ("zh", "الصينية"),
            ("fr", "الفرنسية"),
            ("ru", "الروسية"),
            ("es", "الإسبانية"),
        )
    }
    | {
        "en": (
            "الإنكليزية", "بالإنكليزية", "الإنجليزية", "بالإنجليزية", "اللغة الإنكليزية",
            "باللغة الإنكليزية", "اللغة الإنجليزية", "باللغة الإنجليزية",
        ),
    },
    right_to_left=True,
    # "5 كانون الأول/ديسمبر 2022": a month's two names joined by "/", or one alone.
    date_form=(
        rf"(?P<day>\d{{1,2}})\s+(?P<month>(?:{_MONTH_NAME})(?:\s*/\s*(?:{_MONTH_NAME}))?)"
        r"\s+(?P<year>\d{4})"
    ),
    date_months=MONTHS_ALONE,
)
"""The words of Arabic."""
