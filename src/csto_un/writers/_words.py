"""The renderers' words, by language: those of :mod:`csto_un.words`, with the language words
the meeting parser's tables list.

Where the parsers expose a table (the meeting phrase tables of :mod:`csto_un.words._meeting`),
the renderers take their words from it (titles, language words, vote headings, "None"). What a
parser only *recognises* with a regular expression (opening and closing sentences, language
notes) has to be *written* by a renderer: those sentences are the ``meeting`` and
``resolution`` sections of each language's :class:`~csto_un.words.Words`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

import attrs

from ..errors import ArgumentError
from ..words import WORDS, MeetingWords, ResolutionWords
from ..words._meeting import TABLES

__all__ = [
    "MEETING_WORDS",
    "RESOLUTION_WORDS",
    "MeetingWords",
    "ResolutionWords",
    "words_in",
]

_Words = TypeVar("_Words")


def _language_words(words: MeetingWords) -> dict[str, str]:
    """ISO code → the word a note prints, the first the parser's table lists for that code."""
    found: dict[str, str] = {}
    for word, code in TABLES[words.language].language_words.items():
        found.setdefault(code, word.capitalize() if words.capitalize_language_words else word)
    return found


MEETING_WORDS: Mapping[str, MeetingWords] = {
    code: attrs.evolve(language.meeting, language_words=_language_words(language.meeting))
    for code, language in WORDS.items()
    if language.meeting is not None
}
"""The words of a verbatim record, by ISO 639-1 code (``en``, ``fr``, ``es``, ``ru``, ``zh``)."""

RESOLUTION_WORDS: Mapping[str, ResolutionWords] = {
    code: language.resolution
    for code, language in WORDS.items()
    if language.resolution is not None
}
"""The words of a resolution, by ISO 639-1 code (``en``, ``fr``)."""


def words_in(table: Mapping[str, _Words], language: str, what: str) -> _Words:
    """The words of ``table`` for ``language``, or an :class:`~csto_un.ArgumentError` naming
    the languages there are words for (``what``: "a record", "a resolution")."""
    words = table.get(language)
    if words is None:
        raise ArgumentError(
            f"no words to write {what} in {language!r}: use one of {', '.join(sorted(table))}"
        )
    return words
