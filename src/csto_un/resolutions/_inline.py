"""Paragraphs and sub-paragraphs printed run together on one line, cut apart.

"…: (a) To promote …; (b) To support …; and (c) To report …" are three sub-paragraphs;
"…: (i) …; (ii) …" under "(a)" nest under it; "…; 9. Calls upon …" opens operative
paragraph 9. A mark is cut only when it is the next in its sequence ("(b)" after "(a)", "9."
after "8.") and stands after a colon or a semicolon (with "and" or "or"), so "paragraph 5 (a)
of its resolution" and dates are never cut.
"""

from __future__ import annotations

import re

import attrs

from ..words._resolution import LANGUAGES
from ._text import Unit

__all__ = ["split_inline"]

# The space first, then what stands behind it: the engine looks for the space alone before
# trying the rest (a pattern opening with a look-behind is tried at every character).
# "and", "or" (every language's, from its table) may stand between the semicolon and the mark.
_JOINS = "|".join(sorted({join for p in LANGUAGES.values() for join in p.item_joins}))
_INLINE_SUB = re.compile(
    rf" (?<=[:;] )(?:(?:{_JOINS}) )?(?P<mark>\((?P<l>[a-z]|[ivx]{{1,5}})\)) (?=\S)"
)
_INLINE_OP = re.compile(r" (?<=[;.] )(?P<mark>(?P<n>\d{1,3})\.) (?=[A-Z])")
_ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


@attrs.define
class _Sequence:
    """The marks expected next: a letter, a roman numeral under it, an operative number."""

    letter: str = "a"
    roman: int = 0  # index in _ROMANS of the next roman numeral
    number: int = 1

    def after_letter(self, letter: str) -> None:
        self.letter, self.roman = chr(ord(letter) + 1), 0


def _may_cut(text: str, sequence: _Sequence) -> tuple[bool, bool]:
    """Whether ``text`` may hold an operative mark to cut, and a lettered one. The first mark
    of a sequence cut is its next, printed " 9. ", "(b) " or "(ii) ": a text without it is
    not scanned for that sequence (a plain search each, in C); an operative mark cut starts
    the letters anew, and then lettered marks are looked for all the same."""
    op = f" {sequence.number}. " in text
    roman = _ROMANS[sequence.roman] if sequence.roman < len(_ROMANS) else None
    sub = "(" in text and (
        op or f"({sequence.letter}) " in text or (roman is not None and f"({roman}) " in text)
    )
    return op, sub


def _cuts(text: str, sequence: _Sequence) -> list[tuple[int, str, str]]:
    """(offset, kind, label) of each inline mark that is the next of its sequence."""
    cuts: list[tuple[int, str, str]] = []
    may_op, may_sub = _may_cut(text, sequence)
    ops = list(_INLINE_OP.finditer(text)) if may_op else []
    subs = list(_INLINE_SUB.finditer(text)) if may_sub else []
    if not subs and not ops:
        return cuts
    matches = sorted([*subs, *ops], key=lambda m: m.start())
    for match in matches:
        label = match.groupdict().get("l")
        at = match.start("mark")
        if label is None:
            if match["n"] == str(sequence.number):
                cuts.append((at, "op", match["n"]))
                sequence.number += 1
                sequence.letter, sequence.roman = "a", 0
            continue
        roman = _ROMANS[sequence.roman] if sequence.roman < len(_ROMANS) else None
        opens_list = text[: match.start()].endswith(":")
        if label == roman and (sequence.roman > 0 or (opens_list and sequence.letter != "a")):
            cuts.append((at, "sub", label))
            sequence.roman += 1
        elif label == sequence.letter:
            cuts.append((at, "sub", label))
            sequence.after_letter(label)
    return cuts


def split_inline(units: list[Unit]) -> list[Unit]:
    """The units with paragraphs and sub-paragraphs run together cut apart (see the module)."""
    out: list[Unit] = []
    sequence = _Sequence()
    for unit in units:
        if unit.kind == "op":
            sequence = _Sequence(number=int(unit.label or 0) + 1)
        elif unit.kind == "sub" and unit.label is not None:
            if unit.label in _ROMANS and unit.label != sequence.letter:
                sequence.roman = _ROMANS.index(unit.label) + 1
            elif len(unit.label) == 1:
                sequence.after_letter(unit.label)
        elif unit.kind == "para":
            sequence = _Sequence(number=sequence.number)
        else:
            out.append(unit)
            continue
        cuts = _cuts(unit.text, sequence)
        if not cuts:
            out.append(unit)
            continue
        out.extend(_pieces(unit, cuts))
    return out


def _pieces(unit: Unit, cuts: list[tuple[int, str, str]]) -> list[Unit]:
    text = unit.text
    bounds = [0] + [c[0] for c in cuts] + [len(text)]
    kinds = [(unit.kind, unit.label)] + [(c[1], c[2]) for c in cuts]
    pieces = []
    for (kind, label), start, end in zip(kinds, bounds, bounds[1:], strict=False):
        piece = text[start:end].strip()
        first = unit.first.with_text(piece, unit.first.italics if start == 0 else ())
        pieces.append(Unit(kind, [first], label=label, joiner=unit.joiner))
    return pieces
