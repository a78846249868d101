"""Paragraphs and sub-paragraphs printed run together, cut apart.

"…: (a) To promote …; (b) To support …; and (c) To report …" are three sub-paragraphs;
"…: (i) …; (ii) …" under "(a)" nest under it; "…; 9. Calls upon …" opens operative
paragraph 9. A mark is cut only when it is the next in its sequence ("(b)" after "(a)", "9."
after "8.") and stands after a colon or a semicolon (with "and" or "or"), so "paragraph 5 (a)
of its resolution" and dates are never cut. The marks are the language's (:mod:`._sub_marks`):
"a)", "（a）", "(أ)".

The segmenter opens a sub-paragraph at a line opening with "(a)"; the other forms are read
here: a line of a unit (or a unit) opening with the next mark of the sequence, after a line
that ends a sentence or a list's item (the first mark after a colon), opens a sub-paragraph,
so a citation's letter broken to a line's start ("el apartado" / "b) del párrafo 3") is not
cut.
"""

from __future__ import annotations

import re

import attrs

from ._sub_marks import COLONS, SubMarks
from ._text import TERMINAL, Unit

__all__ = ["split_inline"]

# The space first, then what stands behind it: the engine looks for the space alone before
# trying the rest (a pattern opening with a look-behind is tried at every character).
_INLINE_OP = re.compile(r" (?<=[;.] )(?P<mark>(?P<n>\d{1,3})\.) (?=[A-Z])")


@attrs.define
class _Sequence:
    """The marks expected next: a letter (its place in the alphabet), a numeral under it (its
    place in the numerals), an operative number."""

    letter: int = 0
    roman: int = 0
    number: int = 1

    def after_letter(self, position: int) -> None:
        self.letter, self.roman = position + 1, 0


def _expected(sequence: _Sequence, marks: SubMarks) -> tuple[list[str], str | None]:
    """The letters (one per alphabet) and the numeral that would come next."""
    letters = [a[sequence.letter] for a in marks.letters if sequence.letter < len(a)]
    numerals = marks.numerals
    return letters, numerals[sequence.roman] if sequence.roman < len(numerals) else None


def _may_cut(text: str, sequence: _Sequence, marks: SubMarks) -> tuple[bool, bool]:
    """Whether ``text`` may hold an operative mark to cut, and a lettered one. The first mark
    of a sequence cut is its next, printed " 9. ", "(b)" or "(ii)": a text without it is
    not scanned for that sequence (a plain search each, in C); an operative mark cut starts
    the letters anew, and then lettered marks are looked for all the same."""
    op = f" {sequence.number}. " in text
    if op:
        return op, True
    letters, numeral = _expected(sequence, marks)
    sub = any(form.format(letter) in text for form in marks.letter_forms for letter in letters)
    if not sub and numeral is not None:
        sub = any(form.format(numeral) in text for form in marks.numeral_forms)
    return op, sub


def _next_label(
    label: str, sequence: _Sequence, marks: SubMarks, *, opens_list: bool
) -> str | None:
    """"sub" when ``label`` is the next mark of ``sequence`` (which then moves on), else
    ``None``. A numeral ("i") is the next one under a letter: after one already, or opening
    a list (after a colon) under a letter; else "i" is a letter, after "h"."""
    numeral = marks.numeral(label)
    if numeral == sequence.roman and (sequence.roman > 0 or (opens_list and sequence.letter)):
        sequence.roman += 1
        return "sub"
    if marks.position(label) == sequence.letter:
        sequence.after_letter(sequence.letter)
        return "sub"
    return None


def _cuts(text: str, sequence: _Sequence, marks: SubMarks) -> list[tuple[int, str, str]]:
    """(offset, kind, label) of each inline mark that is the next of its sequence."""
    cuts: list[tuple[int, str, str]] = []
    may_op, may_sub = _may_cut(text, sequence, marks)
    ops = list(_INLINE_OP.finditer(text)) if may_op else []
    subs = list(marks.inline.finditer(text)) if may_sub else []
    if not subs and not ops:
        return cuts
    matches = sorted([*subs, *ops], key=lambda m: m.start())
    for match in matches:
        at = match.start("mark")
        if match.re is _INLINE_OP:
            if match["n"] == str(sequence.number):
                cuts.append((at, "op", match["n"]))
                sequence.number += 1
                sequence.letter, sequence.roman = 0, 0
            continue
        label = marks.label_of(match["mark"])
        opens_list = text[: match.start()].rstrip().endswith(COLONS)
        if _next_label(label, sequence, marks, opens_list=opens_list):
            cuts.append((at, "sub", label))
    return cuts


def _ends_item(text: str, marks: SubMarks) -> bool:
    """Whether a text a mark follows at a line's start ends as a list's item does before the
    next (a stop, or a word joining the last item: "; y")."""
    end = text.rstrip()
    return end.endswith(TERMINAL) or any(end.endswith(" " + join) for join in marks.joins)


def _line_mark(
    text: str, before: str, sequence: _Sequence, marks: SubMarks
) -> tuple[str, _Sequence] | None:
    """The label of the mark opening the line ``text`` after the text ``before``, when it opens
    a sub-paragraph (see the module), and the sequence after it."""
    match = marks.at_start(text)
    if match is None or not _ends_item(before, marks):
        return None
    label = match["l"]
    trial = attrs.evolve(sequence)
    opens_list = before.rstrip().endswith(COLONS)
    if _next_label(label, trial, marks, opens_list=opens_list) is None:
        return None
    first = trial.roman == 1 if marks.numeral(label) == 0 else marks.position(label) == 0
    if first and not opens_list:
        return None  # a list opens after a colon
    return label, trial


def _by_lines(unit: Unit, sequence: _Sequence, marks: SubMarks) -> list[Unit]:
    """The unit cut at the lines that open a sub-paragraph (see the module), the run-together
    marks of each piece cut too; ``sequence`` moves on."""
    out: list[Unit] = []
    kind, label, begin = unit.kind, unit.label, 0
    lines = unit.lines
    for index in range(1, len(lines)):
        text = lines[index].text
        if text[:1] not in marks.first_characters or marks.at_start(text) is None:
            continue
        head = Unit(kind, lines[begin:index], label=label, joiner=unit.joiner)
        trial = attrs.evolve(sequence)
        pieces = _cut(head, trial, marks)
        found = _line_mark(text, pieces[-1].text, trial, marks)
        if found is None:
            continue
        out.extend(pieces)
        label, sequence_after = found
        sequence.letter, sequence.roman, sequence.number = (
            sequence_after.letter, sequence_after.roman, sequence_after.number
        )
        kind, begin = "sub", index
    if begin == 0:
        return _cut(unit, sequence, marks)
    out.extend(_cut(Unit(kind, lines[begin:], label=label, joiner=unit.joiner), sequence, marks))
    return out


def _cut(unit: Unit, sequence: _Sequence, marks: SubMarks) -> list[Unit]:
    cuts = _cuts(unit.text, sequence, marks)
    return _pieces(unit, cuts) if cuts else [unit]


def split_inline(units: list[Unit], marks: SubMarks) -> list[Unit]:
    """The units with paragraphs and sub-paragraphs run together cut apart (see the module),
    ``marks`` the language's sub-paragraph marks."""
    out: list[Unit] = []
    sequence = _Sequence()
    before = ""  # the text of the last paragraph or sub-paragraph
    for unit in units:
        if unit.kind == "para" and marks.reads_lines and unit.text[:1] in marks.first_characters:
            found = _line_mark(unit.text, before, sequence, marks)
            if found is not None:  # a paragraph opening with the next mark: a sub-paragraph
                label, sequence = found
                unit = Unit("sub", unit.lines, label=label, joiner=unit.joiner)
                pieces = _by_lines(unit, sequence, marks)
                out.extend(pieces)
                before = pieces[-1].text
                continue
        if unit.kind == "op":
            sequence = _Sequence(number=int(unit.label or 0) + 1)
        elif unit.kind == "sub" and unit.label is not None:
            numeral = marks.numeral(unit.label)
            position = marks.position(unit.label)
            if numeral is not None and position != sequence.letter:
                sequence.roman = numeral + 1
            elif len(unit.label) == 1 and position is not None:
                sequence.after_letter(position)
        elif unit.kind == "para":
            sequence = _Sequence(number=sequence.number)
        else:
            out.append(unit)
            continue
        if not marks.reads_lines:  # (the marks the segmenter reads: cut inline only)
            out.extend(_cut(unit, sequence, marks))
            continue
        pieces = _by_lines(unit, sequence, marks)
        out.extend(pieces)
        before = pieces[-1].text
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
