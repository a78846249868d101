"""The words of each language, one module per language, read through one typed interface.

``csto_un/words/<code>.py`` holds a :class:`Words` value for each official language: its
codes, the names of the organs, months and weekdays, the words for the official languages,
the words of citations, the signs of a resolution's first page and how the writers print a
record or a resolution. Adding a language means adding a module here and listing it in
:data:`WORDS`; no code branches on a language code.

The meeting parser's phrase tables (what a record prints, :mod:`csto_un.words._meeting`, one
module per language) live here too and take their months and weekdays from these modules; the
resolution parser's are :mod:`csto_un.words._resolution`.

>>> WORDS["fr"].organs[SECURITY_COUNCIL]
'Conseil de sécurité'
>>> words_for("RU").iso639_2, words_for("de")
('rus', None)
"""

from __future__ import annotations

from collections.abc import Mapping

from ._types import CitationWords, MeetingWords, ResolutionWords, Words

__all__ = [
    "ECONOMIC_AND_SOCIAL_COUNCIL",
    "GENERAL_ASSEMBLY",
    "OFFICIAL_LANGUAGES",
    "SECURITY_COUNCIL",
    "WORDS",
    "CitationWords",
    "MeetingWords",
    "ResolutionWords",
    "Words",
    "words_for",
]

#: The canonical (English) names of the organs, as ``Meeting.body`` and ``Resolution.body``
#: hold them.
GENERAL_ASSEMBLY = "General Assembly"
SECURITY_COUNCIL = "Security Council"
ECONOMIC_AND_SOCIAL_COUNCIL = "Economic and Social Council"

#: The six official languages of the United Nations, as ISO 639-1 codes, in UN order.
OFFICIAL_LANGUAGES: tuple[str, ...] = ("ar", "zh", "en", "fr", "ru", "es")


def _load() -> dict[str, Words]:
    from . import ar, en, es, fr, ru, zh

    return {m.WORDS.language: m.WORDS for m in (en, fr, es, ru, zh, ar)}


WORDS: Mapping[str, Words] = _load()
"""The words, by ISO 639-1 code, in the order tables are tried when no language is given:
``en``, ``fr``, ``es``, ``ru``, ``zh``, ``ar``."""


def words_for(language: str) -> Words | None:
    """The words of a language (ISO 639-1 code, any case), or ``None``."""
    return WORDS.get(language.lower())
