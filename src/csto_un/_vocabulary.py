"""The words of one document, for the hyphen rule of :mod:`csto_un.text`: a
:class:`Vocabulary` answers ``word in words`` for the few words the rule asks about, cut
from the document's lines, looked up in its text or listed, as costs least.

(Re-exported by :mod:`csto_un.text`, where the hyphen rule that asks it lives.)
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Container, Iterable, Sequence

from .folding import fold

_WORD = re.compile(r"\w+(?:-\w+)*")


def vocabulary(
    lines: Iterable[str], *, folded: bool = False, ends: Sequence[bool] | None = None
) -> Vocabulary:
    """The words (hyphenated compounds too) found inside lines, not at a line end's hyphen.

    ``folded`` says the lines are already folded (:func:`fold`); ``ends``, when known, says
    of each line but the last whether it ends with a hyphen (as the hyphen evidence counts
    them), so that the lines to cut are found without a Python step for each line.
    """
    words = Vocabulary("")
    # (the text is cut from the lines when the first word is asked for: most records with few
    # split words, their hyphen evidence decided by counting them, ask for none)
    words._lines = list(lines) if folded else [fold(line) for line in lines]
    words._ends = ends
    return words


def _vocabulary_text(lines: list[str], ends: Sequence[bool] | None = None) -> str:
    """The text of :func:`vocabulary`'s folded ``lines``: each line ending with a hyphen cut
    at its last space (emptied without one), the piece before the hyphen taken out. Given
    ``ends`` (whether each line but the last ends with a hyphen), the lines are cut in place."""
    if ends is None:
        bodies = []
        for body in lines:
            if body.endswith("-"):
                body = body[: body.rfind(" ")] if " " in body else ""
            bodies.append(body)
        return "\n".join(bodies)
    cut = list(itertools.compress(range(len(ends)), ends))
    if lines and lines[-1].endswith("-"):
        cut.append(len(lines) - 1)
    for index in cut:
        body = lines[index]
        lines[index] = body[: body.rfind(" ")] if " " in body else ""
    return "\n".join(lines)


class Vocabulary(Container[str]):
    """The lower-cased words of a text, as :data:`_WORD` finds them (a word never spans the
    "\n" between two lines): ``word in words``.

    The parser asks about a few words only (those split at a line end), so the text is not cut
    into words: each word asked for is looked up in the lower-cased text, where it is one of the
    text's words when no word character (nor a hyphen and a word character) stands on either
    side; a hyphenated word ("kassym-jomart") too, the first few times (then the text's
    hyphenated words are listed from its hyphens). A text asked about many words (the hyphen
    evidence of a typesetter who splits words asks one or two per split) has its words listed
    once instead, when told (:meth:`expect`) or after :data:`_LOOKED_UP` look-ups: a look-up
    reads the text, and listing its words costs about as much as fifty look-ups. (When
    lower-casing a word alone could differ from lower-casing it in the text, "İ" → "i̇", "Σ" →
    "σ" or "ς", all the words are listed at once.)
    """

    __slots__ = (
        "_ends", "_hyphenated", "_hyphenated_asked", "_known", "_lines", "_listed", "_lowered",
        "_text",
    )

    def __init__(self, text: str) -> None:
        # The text is lower-cased when the first word is asked for: a document whose lines
        # never end with a hyphen asks for none.
        self._text: str | None = text
        # The folded lines the text is still to be cut from (:func:`vocabulary`), or None.
        self._lines: list[str] | None = None
        self._ends: Sequence[bool] | None = None  # (which of them end with a hyphen, if known)
        self._lowered = ""
        self._listed: set[str] | None = None
        self._known: dict[str, bool] = {}
        self._hyphenated: set[str] | None = None  # (once listed)
        self._hyphenated_asked = 0  # (looked up one by one so far)

    def _lower(self, text: str) -> None:
        if self._lines is not None:
            text = _vocabulary_text(self._lines, self._ends)
            self._lines = self._ends = None
        lowered = text.lower()
        # Lower-casing a word alone and in the text agree, but for a length change and the
        # one mapping that depends on the letters around: capital sigma (σ, or ς at a word end).
        exact = len(lowered) == len(text) and "Σ" not in text
        self._lowered = lowered if exact else ""
        self._listed = None if exact else set(map(str.lower, _words_of(text)))
        self._text = None

    def expect(self, words: int) -> None:
        """Be told that about ``words`` words will be asked for: the text's words are listed
        at once when looking them up one by one would cost more (its hyphenated words when
        the first is asked, for half as many: about one word asked in two holds a hyphen)."""
        if words >= 2 * _HYPHENATED_LOOKED_UP:
            self._hyphenated_asked = _HYPHENATED_LOOKED_UP
        if words >= _LOOKED_UP and self._listed is None:
            if self._text is not None:
                self._lower(self._text)
            if self._listed is None:
                self._listed = _words_of(self._lowered)

    def container(self) -> Container[str]:
        """What answers ``word in words`` as this vocabulary does: the set of its words once
        they are listed (a look-up in C, not a Python call), else the vocabulary itself."""
        return self._listed if self._listed is not None and self._text is None else self

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if self._text is not None:
            self._lower(self._text)
        if self._listed is not None:
            return word in self._listed
        if "-" in word:
            return self._hyphenated_word(word)
        known = self._known.get(word)
        if known is None:
            if len(self._known) >= _LOOKED_UP:
                self._listed = _words_of(self._lowered)
                return word in self._listed
            known = self._known[word] = _WORD.fullmatch(word) is not None and _is_word_of(
                word, self._lowered
            )
        return known

    def _hyphenated_word(self, word: str) -> bool:
        """``word in self`` for a word holding a hyphen, which are rare: looked up in the text
        the first :data:`_HYPHENATED_LOOKED_UP` times (a record asks a few, unless its
        typesetter splits words: one a split, :meth:`expect`), then answered from the text's
        hyphenated words, listed from its hyphens (listing them costs about six look-ups)."""
        if self._hyphenated is None:
            if self._hyphenated_asked < _HYPHENATED_LOOKED_UP:
                self._hyphenated_asked += 1
                return _WORD.fullmatch(word) is not None and _is_word_of(word, self._lowered)
            self._hyphenated = _hyphenated_words(self._lowered)
        return word in self._hyphenated


_LOOKED_UP = 64
"""Words a :class:`Vocabulary` looks up in its text, at most, before it lists the text's words."""
_HYPHENATED_LOOKED_UP = 8
"""Hyphenated words a :class:`Vocabulary` looks up in its text before it lists them all."""


def _words_of(text: str) -> set[str]:
    """``set(_WORD.findall(text))``, from the text's white-space pieces: a piece of letters and
    digits alone (most) is one word; the others (punctuation, hyphens, "_") are searched, in
    one string. (No word holds white space: the words of the text are those of its pieces.)"""
    words = set(text.split())
    others = set(itertools.filterfalse(str.isalnum, words))
    words -= others
    words.update(_WORD.findall(" ".join(others)))
    return words


def _hyphenated_words(text: str) -> set[str]:
    """The words of ``text`` (as :data:`_WORD` finds them) that hold a hyphen."""
    found: set[str] = set()
    end = len(text)
    covered = 0  # where the last word found ends: its hyphens are done
    hyphen = text.find("-")
    while hyphen >= 0:
        if (
            hyphen >= covered
            and 0 < hyphen < end - 1
            and _is_word_char(text[hyphen - 1])
            and _is_word_char(text[hyphen + 1])
        ):
            start = hyphen - 1  # back to the word's start, over letters and inner hyphens
            while start > 0 and (
                _is_word_char(text[start - 1])
                or (text[start - 1] == "-" and start >= 2 and _is_word_char(text[start - 2]))
            ):
                start -= 1
            match = _WORD.match(text, start)
            if match is not None:
                found.add(match.group())
                covered = match.end()
        hyphen = text.find("-", hyphen + 1)
    return found


def _is_word_of(word: str, text: str) -> bool:
    """Whether ``word`` (one that :data:`_WORD` matches whole) stands in ``text`` as a whole
    word: not glued to a word character, nor to a hyphen that joins it to one (``_WORD`` takes
    "a-b" as one word). The character after an occurrence is tested first (most occurrences of
    a word part go on with letters), and the next occurrence is looked for after this one's
    end: one that starts inside it follows a word character, or a hyphen after one."""
    size, end = len(word), len(text)
    start = text.find(word)
    while start >= 0:
        after = start + size
        if after < end:
            char = text[after]
            if char.isalnum() or char == "_" or (
                char == "-" and after + 1 < end and _is_word_char(text[after + 1])
            ):
                start = text.find(word, after + 1)
                continue
        if start == 0:
            return True
        char = text[start - 1]
        if not (char.isalnum() or char == "_" or (
            char == "-" and start >= 2 and _is_word_char(text[start - 2])
        )):
            return True
        start = text.find(word, after + 1)
    return False


def _is_word_char(char: str) -> bool:
    """What ``\\w`` matches: a letter, digit or other numeric character, or "_"."""
    return char.isalnum() or char == "_"
