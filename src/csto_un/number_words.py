"""Numbers written in words, cardinal and ordinal, in any language with a word table.

The words are data, one table per language in :mod:`csto_un.words._numbers`: each word
with its value and whether it adds (``unit``), multiplies what stands before it (``scale``:
"hundred", "cent") or only joins (``joiner``: "and", "et"). One rule reads every language
of the tables: values add up in descending order, a scale multiplies the group before it,
and an ordinal word may only close the number.

>>> parse_number_words("thirty-eighth"), parse_number_words("one hundred and twenty-first")
(38, 121)
>>> parse_number_words("soixante-dix-neuvième", "fr"), parse_number_words("first second")
(79, None)
"""

from __future__ import annotations

import re

from .words._numbers import NUMBER_WORDS, NumberWord

__all__ = ["NUMBER_LANGUAGES", "parse_number_words"]

#: The languages that have a table of number words.
NUMBER_LANGUAGES: tuple[str, ...] = tuple(NUMBER_WORDS)

_SPLIT = re.compile(r"[\s\-‐‑–]+")


def parse_number_words(
    text: str, language: str = "en", *, ordinal: bool | None = None
) -> int | None:
    """The number ``text`` writes in words ("thirty-eighth" → 38), or ``None``.

    ``ordinal=True`` accepts only ordinals ("fifth"), ``False`` only cardinals ("five"),
    ``None`` either. Case, hyphens and spaces do not matter; a language without a table, a
    word outside it, or words in an order no number is written in give ``None``.

    >>> parse_number_words("Twenty-First", ordinal=True), parse_number_words("five", ordinal=True)
    (21, None)
    """
    if language not in NUMBER_LANGUAGES:
        return None
    table = NUMBER_WORDS[language]
    tokens = [t for t in _SPLIT.split(text.strip().lower().replace("’", "'")) if t]
    words: list[NumberWord] = []
    index = 0
    while index < len(tokens):
        # Words written with a hyphen inside ("quatre-vingt") are tried before their parts.
        pair = "-".join(tokens[index : index + 2])
        if index + 1 < len(tokens) and pair in table:
            words.append(table[pair])
            index += 2
        elif tokens[index] in table:
            words.append(table[tokens[index]])
            index += 1
        else:
            return None
    return _value([w for w in words if w.kind != "joiner"], ordinal)


def _value(words: list[NumberWord], ordinal: bool | None) -> int | None:
    # Only the last word is an ordinal ("thirty-eighth"), or every word is (the Spanish
    # "trigésimo octavo").
    if not words or (any(w.ordinal for w in words[:-1]) and not all(w.ordinal for w in words)):
        return None
    if ordinal is not None and words[-1].ordinal != ordinal:
        return None
    total = group = 0
    last_unit: int | None = None  # units add up in descending order within a group
    for word in words:
        if word.kind == "scale":
            if word.value >= 1000:
                total += max(group, 1) * word.value
                group = 0
            else:
                group = max(group, 1) * word.value
            last_unit = None
            continue
        if last_unit is not None and (word.value >= last_unit or last_unit < 10):
            return None
        group += word.value
        last_unit = word.value
    return total + group
