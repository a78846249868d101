"""How a language prints the marks of sub-paragraphs, read from its words table.

English prints "(a)", "(b)" and "(i)" nested; French and Spanish "a)", "b)" and "i)"; Russian
"a)" in Latin letters or Cyrillic ("а)", "б)"); Chinese "(a)" or full width "（a）", with
"㈠", "㈡" nested; Arabic "(أ)", "(ب)" in the order of the abjad. :class:`SubMarks` turns a
table's forms (:attr:`~csto_un.words._phrases.ResolutionPhrases.sub_marks` and the others) into
the patterns the parser reads, and says where a letter or numeral stands in its sequence.
"""

from __future__ import annotations

import re

import attrs

from .._per_table import per_table
from ..words._phrases import ResolutionPhrases

__all__ = ["SubMarks", "sub_marks"]

#: What a colon is printed as: a list of sub-paragraphs opens after it.
COLONS = (":", "\uff1a")


def _alternatives(labels: set[str]) -> str:
    """A pattern for any of ``labels``: the longer first, the letters of one character in
    one class (a class is read faster than as many alternatives)."""
    singles = "".join(sorted(re.escape(label) for label in labels if len(label) == 1))
    longer = sorted((label for label in labels if len(label) > 1), key=lambda x: (-len(x), x))
    return "|".join([*map(re.escape, longer), *([f"[{singles}]"] if singles else [])])


def _marks(forms: tuple[str, ...], labels: str) -> list[re.Pattern[str]]:
    """One pattern per printed form ("({})"), its label group ``l`` and its mark ``mark``."""
    out = []
    for form in forms:
        before, after = form.split("{}")
        out.append(rf"(?P<mark>{re.escape(before)}(?P<l>{labels}){re.escape(after)})")
    return [re.compile(pattern) for pattern in out]


@attrs.frozen(eq=False)
class SubMarks:
    """A language's sub-paragraph marks: letters (first level) and numerals (nested).

    ``letters`` are the language's alphabets, each its letters in order; ``numerals`` the
    numerals in order. ``bare`` says a form has no opening bracket ("a)"): such a mark is
    also how a citation's letter reads ("el apartado b) del párrafo 3"), so it opens a
    sub-paragraph only as the next of its sequence."""

    letters: tuple[tuple[str, ...], ...]
    numerals: tuple[str, ...]
    letter_forms: tuple[str, ...]
    numeral_forms: tuple[str, ...]
    joins: tuple[str, ...]
    stops: tuple[str, ...]
    #: The mark opening a text (a line, a unit), at most one space after it: group ``l``.
    starts: tuple[re.Pattern[str], ...] = attrs.field(init=False)
    #: A mark run on in a line after a stop (and a join word): group ``mark``.
    inline: re.Pattern[str] = attrs.field(init=False)
    #: The characters a mark may open with ("(", the letters of "a)").
    first_characters: frozenset[str] = attrs.field(init=False)
    #: Whether the language prints marks the segmenter does not read at a line's start (it
    #: reads "(a)" and "(i)" only): then lines are read for them (see :mod:`._inline`).
    reads_lines: bool = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        letters = {letter for alphabet in self.letters for letter in alphabet}
        one_letter = _alternatives(letters)
        numerals = _alternatives(set(self.numerals))
        # At a line's start two letters too ("(aa)", after "(z)"), as the prints go on.
        start_letters = f"(?:{one_letter}){{1,2}}"
        starts = [
            re.compile("^" + p.pattern + r"\s*")
            for p in [
                *_marks(self.letter_forms, f"{start_letters}|{numerals}"),
                *_marks(self.numeral_forms, numerals),
            ]
        ]
        object.__setattr__(self, "starts", tuple(dict.fromkeys(starts)))
        labels = letters | set(self.numerals)
        firsts = {
            form[0] if not form.startswith("{}") else label[0]
            for forms, options in ((self.letter_forms, labels), (self.numeral_forms, labels))
            for form in forms
            for label in options
        }
        object.__setattr__(self, "first_characters", frozenset(firsts))
        forms = {*self.letter_forms, *self.numeral_forms}
        latin = all(label.isascii() and label.isalpha() for label in labels)
        object.__setattr__(self, "reads_lines", forms != {"({})"} or not latin)
        spaced = "".join(re.escape(s[0]) for s in self.stops if s.endswith(" ") and len(s) == 2)
        tight = "".join(re.escape(s) for s in self.stops if len(s) == 1)
        joins = f"(?:(?:{'|'.join(map(re.escape, self.joins))}) )?" if self.joins else ""
        marks = "|".join(
            dict.fromkeys(
                p.pattern.replace("(?P<mark>", "(?:").replace("(?P<l>", "(?:")
                for p in [
                    *_marks(self.letter_forms, f"{one_letter}|{numerals}"),
                    *_marks(self.numeral_forms, numerals),
                ]
            )
        )
        lead = rf" (?<=[{spaced}] )" if not tight else rf"(?:(?<=[{spaced}] )|(?<=[{tight}]))"
        # (Each form's label is read again from the mark: see :meth:`label_of`.)
        after = " " if not tight else " ?"  # (a script without spaces: none)
        inline = rf"{lead}{joins}(?P<mark>{marks}){after}(?=\S)"
        object.__setattr__(self, "inline", re.compile(inline))

    def at_start(self, text: str) -> re.Match[str] | None:
        """The mark opening ``text`` ("(a) ", "a) ", "（a）"), or ``None``."""
        for pattern in self.starts:
            match = pattern.match(text)
            if match:
                return match
        return None

    def label_of(self, mark: str) -> str:
        """The letter or numeral of a printed mark ("b)" → "b")."""
        match = self.at_start(mark)
        return match["l"] if match else mark

    def is_bare(self, mark: str) -> bool:
        """Whether a printed mark has no opening bracket ("a)", "㈠"): see the class."""
        return not mark.startswith(("(", "\uff08"))

    def position(self, label: str) -> int | None:
        """Where a letter stands in its alphabet (0 for "a", "а", "أ"), or ``None``."""
        for alphabet in self.letters:
            if label in alphabet:
                return alphabet.index(label)
        return None

    def numeral(self, label: str) -> int | None:
        """Where a numeral stands in its sequence (0 for "i", "㈠"), or ``None``."""
        return self.numerals.index(label) if label in self.numerals else None

    def follows(self, before: str | None, label: str) -> bool:
        """Whether the letter ``label`` is the one right after the letter ``before``."""
        if before is None:
            return False
        at, previous = self.position(label), self.position(before)
        return at is not None and previous is not None and at == previous + 1


def _made(phrases: ResolutionPhrases) -> SubMarks:
    return SubMarks(
        letters=phrases.sub_letters,
        numerals=phrases.sub_numerals,
        letter_forms=phrases.sub_marks,
        numeral_forms=phrases.sub_numeral_marks,
        joins=phrases.item_joins,
        stops=phrases.sub_stops,
    )


def sub_marks(phrases: ResolutionPhrases) -> SubMarks:
    """The sub-paragraph marks of the language whose table is ``phrases`` (made once)."""
    return per_table(phrases, "sub-marks", _made)
