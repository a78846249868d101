"""The leftovers of the nothing-lost check (:mod:`csto_un.accounting`) that an extractor's
right-to-left damage explains: pieces of Arabic (or Hebrew) words a repair put back in order
("ار جدول الأعمالإقر" read as "إقرار جدول الأعمال") hold the same letters on both sides; the
words really lost are named without them.
"""

from __future__ import annotations

import re
from collections import Counter
from operator import le

__all__ = ["RIGHT_TO_LEFT", "unrepaired"]

#: A letter of a right-to-left script (Hebrew, Arabic and their presentation forms).
RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


_FEWEST_TRIED = 24  # leftover words of one side a search for the lost ones looks through
_FEWEST_STEPS = 5000  # sets of them it tries at most


def unrepaired(
    missing: Counter[str], extra: Counter[str]
) -> tuple[Counter[str], Counter[str]] | None:
    """``missing`` and ``extra`` without the pieces of right-to-left words (Arabic, Hebrew) a
    repair put back in order ("ار" + "أالعمإالقر" read as "إقرار" + "أالعمال").

    The words really lost (or invented) are the fewest words of that side whose letters are
    those the side holds more than the other; the rest of both sides must then be
    right-to-left words with the same letters. None where no such words are found (a word
    changed into another, or too many leftovers to look through): a loss is never excused,
    only named without the repairs' pieces.

    >>> unrepaired(Counter({"ار": 1, "15": 1, "أالعمإالقر": 1}),
    ...             Counter({"إقرار": 1, "أالعمال": 1}))
    (Counter({'15': 1}), Counter())
    """
    have, kept = _letters(missing), _letters(extra)
    lost = _fewest_with_letters(missing, have - kept)
    invented = _fewest_with_letters(extra, kept - have)
    if lost is None or invented is None:
        return None
    return lost, invented


def _fewest_with_letters(counted: Counter[str], letters: Counter[str]) -> Counter[str] | None:
    """The fewest words of ``counted`` that hold ``letters`` exactly, every word not written
    right to left among them (the others are the repairs' pieces); None when there are none
    (or too many to look through)."""
    chosen: Counter[str] = Counter()
    target = Counter(letters)
    pieces: list[str] = []
    for word, count in counted.items():
        if not RIGHT_TO_LEFT.search(word):
            chosen[word] = count
            target.subtract({char: held * count for char, held in Counter(word).items()})
        elif _fits(word, letters):  # (its letters fit in what the side holds more)
            pieces.extend([word] * count)
    if any(count < 0 for count in target.values()):
        return None
    target = +target
    if not target:
        return chosen
    if len(pieces) > _FEWEST_TRIED:
        return None
    steps = [_FEWEST_STEPS]
    for size in range(1, len(pieces) + 1):
        found = _words_with_letters(pieces, target, size, 0, steps)
        if found is not None:
            return chosen + Counter(found)
        if steps[0] <= 0:
            break
    return None


def _fits(word: str, letters: Counter[str]) -> bool:
    """``not Counter(word) - letters``: each letter of ``word`` is in ``letters`` as often
    (the letters of ``word`` counted in C, no Counter made)."""
    held = set(word)
    return held <= letters.keys() and all(map(le, map(word.count, held),
                                                  map(letters.__getitem__, held)))


def _words_with_letters(
    pieces: list[str], target: Counter[str], size: int, start: int, steps: list[int]
) -> list[str] | None:
    """``size`` words of ``pieces`` from ``start`` on whose letters are ``target`` exactly;
    ``steps`` counts down the sets tried."""
    for index in range(start, len(pieces)):
        steps[0] -= 1
        if steps[0] <= 0:
            return None
        rest = Counter(target)
        rest.subtract(pieces[index])
        if any(count < 0 for count in rest.values()):
            continue
        rest = +rest
        if size == 1:
            if not rest:
                return [pieces[index]]
            continue
        found = _words_with_letters(pieces, rest, size - 1, index + 1, steps)
        if found is not None:
            return [pieces[index], *found]
    return None


def _letters(counted: Counter[str]) -> Counter[str]:
    letters: Counter[str] = Counter()
    for word, count in counted.items():
        for char in word:
            letters[char] += count
    return letters
