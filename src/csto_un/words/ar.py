"""Arabic: the words of UN records in Arabic."""

from __future__ import annotations

from ._types import Words

MONTHS = {
    "كانون الثاني/يناير": 1, "شباط/فبراير": 2, "آذار/مارس": 3, "نيسان/أبريل": 4,
    "أيار/مايو": 5, "حزيران/يونيه": 6, "تموز/يوليه": 7, "آب/أغسطس": 8,
    "أيلول/سبتمبر": 9, "تشرين الأول/أكتوبر": 10, "تشرين الثاني/نوفمبر": 11,
    "كانون الأول/ديسمبر": 12,
}  # fmt: skip
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
)
"""The words of Arabic."""
