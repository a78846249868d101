"""Small text helpers of the meeting parser: normalising, joining lines, clock times."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import operator
import re
from collections.abc import Callable, Container, Iterable, Sequence
from typing import TypeVar

from ._lang import Phrases

__all__ = [
    "CJK",
    "TERMINAL",
    "Words",
    "any_fullmatch",
    "compiled",
    "ends_sentence",
    "fold",
    "fold_lines",
    "join_lines",
    "parse_time",
    "per_table",
    "unspace_cjk",
    "vocabulary",
]

_T = TypeVar("_T")

_FOLD = str.maketrans({"（": "(", "）": ")", "：": ":", "\u00a0": " ", "\u202f": " ",
                       "\u2009": " ", "\ufffe": "-", "\u00ad": "-"})
# The characters _FOLD changes: most lines hold none, and str.translate is slow on non-ASCII text.
_FOLDABLE = re.compile("[（）：\u00a0\u202f\u2009\ufffe\u00ad]")
_HYPHEN_END = re.compile(r"(\w+)-$")
_WORD_START = re.compile(r"^(\w+)")
_WORD = re.compile(r"\w+(?:-\w+)*")
# A lone "f" before a lower-case word is a ligature (fl, fi, ff) the extractor split: "f lux".
# (The "f" comes first, so that the engine can look for "f " before trying the rest.)
_LIGATURE = re.compile(r"f(?<![\w(]f) (?=[a-zà-ÿœ])")

TERMINAL = re.compile(r"[.!?:;»”\"。！？：；\]]\)?\s*$|\.\)\s*$|[.!?”\"»]\s*\([^()]*\)\s*$")
"""A line that ends a sentence (and so may end a paragraph)."""

# The last characters :data:`TERMINAL` accepts when a folded text does not end with ")".
_TERMINAL_LAST = frozenset(".!?:;»”\"。！？：；]")


def ends_sentence(folded: str) -> bool:
    """``TERMINAL.search(folded)`` for a folded text (no space at either end), looking at its
    last character only unless it ends with a bracket, the one case that needs the pattern."""
    if folded.endswith(")"):
        return TERMINAL.search(folded) is not None
    return folded[-1:] in _TERMINAL_LAST


def fold(text: str) -> str:
    """Full-width brackets and colons as ASCII, every run of spaces as one space, stripped.

    A printed line's fold is cached: the parser folds each line of a record in several passes
    (furniture, language, vocabulary, scanning, joining), and the cache holds a large record's
    lines between them. Longer texts (paragraphs) are folded afresh, to keep the cache small.
    """
    return _fold_line(text) if len(text) <= _CACHED_LENGTH else _fold(text)


_CACHED_LENGTH = 240


@functools.lru_cache(maxsize=1 << 14)
def _fold_line(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    if not text.isascii() and _FOLDABLE.search(text) is not None:
        text = text.translate(_FOLD)
    # Every white space but " " is unprintable: a printable text with single inner spaces
    # only is its own fold (most lines; the split and join below allocate every word).
    elif text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())  # str.split() and re's \s agree on what white space is


def fold_lines(texts: Sequence[str]) -> list[str]:
    """``[fold(text) for text in texts]`` without the cache: a record's lines are folded once,
    then handed round folded. (One pass of ``re.sub`` over the whole text was measured: it is
    slower than ``str.split`` line by line.)"""
    return [_fold(text) for text in texts]


@functools.lru_cache(maxsize=512)
def compiled(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The phrase table's ``patterns``, compiled once (``re``'s own cache is looked up on
    every module-level call, and evicts)."""
    return tuple(re.compile(pattern) for pattern in patterns)


_NAMED_GROUP = re.compile(r"(?<!\\)\(\?P<\w+>")


@functools.lru_cache(maxsize=512)
def any_fullmatch(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern that matches a whole text exactly when one of ``patterns`` does (their
    named groups made plain): a quick test before trying them one by one, in order.

    ``None`` when the patterns cannot be put together (a back-reference to a named group).
    """
    if not patterns or any("(?P=" in pattern for pattern in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{_NAMED_GROUP.sub('(?:', p)})" for p in patterns))
    except re.error:
        return None


_PER_TABLE: dict[tuple[int, str], tuple[Phrases, object]] = {}


def per_table(table: Phrases, name: str, build: Callable[[Phrases], _T]) -> _T:
    """``build(table)``, computed once per phrase table (compiled patterns and the like).

    Tables are not hashable (they hold dicts): the cache is keyed by identity and keeps the
    table alive, so that an identity is never reused while its entry is there.
    """
    key = (id(table), name)
    entry = _PER_TABLE.get(key)
    if entry is None or entry[0] is not table:
        if len(_PER_TABLE) > 1024:
            _PER_TABLE.clear()
        entry = _PER_TABLE[key] = (table, build(table))
    return entry[1]  # type: ignore[return-value]


def vocabulary(lines: Iterable[str], *, folded: bool = False) -> Words:
    """The words (hyphenated compounds too) found inside lines, not at a line end's hyphen.

    ``folded`` says the lines are already folded (:func:`fold`).
    """
    bodies = []
    for line in lines:
        body = line if folded else fold(line)
        if body.endswith("-"):
            body = body[: body.rfind(" ")] if " " in body else ""
        bodies.append(body)
    return Words("\n".join(bodies))


class Words(Container[str]):
    """The lower-cased words of a text, as :data:`_WORD` finds them (a word never spans the
    "\n" between two lines): ``word in words``.

    The parser asks about a few words only (those split at a line end), so the text is not cut
    into words: each word asked for is looked up in the lower-cased text, where it is one of the
    text's words when no word character (nor a hyphen and a word character) stands on either
    side. Hyphenated words ("kassym-jomart"), which are rare, are listed the first time one is
    asked for, from the text's hyphens. (When lower-casing a word alone could differ from
    lower-casing it in the text, "İ" → "i̇", "Σ" → "σ" or "ς", all the words are listed.)
    """

    __slots__ = ("_hyphenated", "_known", "_listed", "_lowered")

    def __init__(self, text: str) -> None:
        lowered = text.lower()
        # Lower-casing a word alone and in the text agree, but for a length change and the
        # one mapping that depends on the letters around: capital sigma (σ, or ς at a word end).
        exact = len(lowered) == len(text) and "Σ" not in text
        self._lowered = lowered if exact else ""
        self._listed = None if exact else set(map(str.lower, _WORD.findall(text)))
        self._known: dict[str, bool] = {}
        self._hyphenated: set[str] | None = None

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if self._listed is not None:
            return word in self._listed
        if "-" in word:
            if self._hyphenated is None:
                self._hyphenated = _hyphenated_words(self._lowered)
            return word in self._hyphenated
        known = self._known.get(word)
        if known is None:
            known = self._known[word] = _WORD.fullmatch(word) is not None and _is_word_of(
                word, self._lowered
            )
        return known


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
    """Whether ``word`` stands in ``text`` as a whole word: not glued to a word character, nor
    to a hyphen that joins it to one (``_WORD`` takes "a-b" as one word)."""
    size, end = len(word), len(text)
    start = text.find(word)
    while start >= 0:
        after = start + size
        before_ok = start == 0 or not (
            _is_word_char(text[start - 1])
            or (text[start - 1] == "-" and start >= 2 and _is_word_char(text[start - 2]))
        )
        after_ok = after == end or not (
            _is_word_char(text[after])
            or (text[after] == "-" and after + 1 < end and _is_word_char(text[after + 1]))
        )
        if before_ok and after_ok:
            return True
        start = text.find(word, start + 1)
    return False


def _is_word_char(char: str) -> bool:
    """What ``\\w`` matches: a letter, digit or other numeric character, or "_"."""
    return char.isalnum() or char == "_"


def join_lines(
    lines: Sequence[str],
    words: Container[str],
    *,
    dehyphenate: bool,
    folded: bool = False,
    compounds: re.Pattern[str] | None = None,
) -> str:
    """Join printed lines into one paragraph, mending words split at a line end.

    A line ending in a hyphen is joined without a space. Whether the hyphen stays is decided,
    in this order: a capital after it keeps it ("Secretary-" + "General", "Kassym-" +
    "Jomart"); the document's own words do, the hyphenated word printed elsewhere on one line
    keeping it ("sous-" + "régionales") and the joined word printed elsewhere removing it
    ("resolu-" + "ción"); otherwise the document's habit (``dehyphenate``, see
    :func:`hyphen_evidence`): a document whose typesetter splits words loses the hyphen unless
    the word is one of the language's ``compounds`` (lower case, matched whole: "vice-" +
    "président", "vingt-" + "deux", "премьер-" + "министр"), a document whose typesetter
    does not keeps it ("peace-" + "keeping"). Lines in CJK scripts join without spaces. A
    ligature the extractor split ("f lux", "f léau") is mended: a lone "f" is never a word.
    ``folded`` says the lines are already folded (:func:`fold`).
    """
    if folded:
        out = _plain_join(lines)
        if out is not None:
            return _LIGATURE.sub("f", out) if "f " in out else out
    out = ""
    for raw in lines:
        line = raw if folded else fold(raw)
        if not line:
            continue
        if not out:
            out = line
            continue
        match = _hyphen_end(out)
        if match:
            head = match.group(1)
            tail_match = _WORD_START.match(line)
            tail = tail_match.group(1) if tail_match else ""
            if _mend(head, tail, words, dehyphenate=dehyphenate, compounds=compounds):
                out = out[:-1] + line
            else:
                out += line
        elif _is_cjk(out[-1]) or _is_cjk(line[0]):
            out += line
        else:
            out += " " + line
    return _LIGATURE.sub("f", out) if "f " in out else out


def _plain_join(lines: Sequence[str]) -> str | None:
    """Folded lines joined with one space each, when that is how they join: no line (but the
    last) ends with a hyphen, and no CJK character stands at a joint (CJK lines join without
    a space); else ``None``. Asked of the lines joined, in scans of C code, not line by line."""
    whole = "\n".join(lines)
    if "-\n" in whole or not (whole.isascii() or CJK.search(whole) is None):
        return None
    if "\n\n" in whole or whole.startswith("\n") or whole.endswith("\n"):  # an empty line
        return " ".join(line for line in lines if line)
    return whole.replace("\n", " ")


def _hyphen_end(text: str) -> re.Match[str] | None:
    """``_HYPHEN_END.search(text)``, looking only at the end of the text (no quadratic joins)."""
    if not text.endswith("-") or text.endswith(" -"):
        return None
    start = max(0, len(text) - 64)
    match = _HYPHEN_END.search(text, start)
    if match is not None and start and match.start() == start:  # the word starts further back
        match = _HYPHEN_END.search(text)
    return match


def hyphen_evidence(
    lines: Sequence[str], words: Container[str], compounds: re.Pattern[str] | None = None
) -> bool:
    """Whether this document's typesetter splits words at line ends (``lines`` folded,
    :func:`fold`), so that a hyphen at a line end is the typesetter's unless shown otherwise.

    Each hyphen at a line end before a small letter is a vote. For the typesetter: the joined
    word occurs elsewhere in the document, or the part before the hyphen is no word of the
    document ("résolu-" + "tion"). For real hyphens: the hyphenated word occurs elsewhere, or
    the part before the hyphen is a word of the document ("peace-" + "keeping"). One of the
    language's ``compounds`` ("vice-" + "président") says nothing of the typesetter: any
    breaks a compound at its hyphen. A document without more votes for the typesetter (one of
    real hyphens only, one without evidence) keeps its hyphens.
    """
    remove = keep = 0
    # Only the lines that end with a hyphen, picked without a Python loop.
    ends = map(operator.methodcaller("endswith", "-"), lines)
    for first, second in itertools.compress(itertools.pairwise(lines), ends):
        match = _HYPHEN_END.search(first)
        tail_match = _WORD_START.match(second) if match else None
        if not (match and tail_match) or not tail_match.group(1)[:1].islower():
            continue
        head, tail = match.group(1).lower(), tail_match.group(1).lower()
        hyphened = f"{head}-{tail}"
        if hyphened in words:
            keep += 1
        elif compounds is not None and compounds.fullmatch(hyphened):
            continue
        elif f"{head}{tail}" in words or (head.isalpha() and head not in words):
            remove += 1
        else:
            keep += 1
    return remove > keep


def _mend(
    head: str,
    tail: str,
    words: Container[str],
    *,
    dehyphenate: bool,
    compounds: re.Pattern[str] | None = None,
) -> bool:
    """Whether the hyphen between ``head`` and ``tail`` goes (see :func:`join_lines`)."""
    if not tail or not tail[0].islower():
        return False
    joined, hyphened = f"{head}{tail}".lower(), f"{head}-{tail}".lower()
    if hyphened in words:
        return False
    if joined in words:
        return True
    return dehyphenate and (compounds is None or compounds.fullmatch(hyphened) is None)


CJK = re.compile("[\u3000-\u9fff\uff00-\uffef]")
"""A CJK character (ideographs, CJK punctuation, full-width forms)."""
# A space between two CJK characters (the space first, so that the engine looks for it).
_CJK_GAP = re.compile(" (?<=[\u3000-\u9fff\uff00-\uffef] )(?=[\u3000-\u9fff\uff00-\uffef])")


def unspace_cjk(text: str) -> str:
    """``text`` without the spaces a justified line puts between CJK characters."""
    if text.isascii() or CJK.search(text) is None:
        return text
    return _CJK_GAP.sub("", text)


def _is_cjk(char: str) -> bool:
    return "\u3000" <= char <= "\u9fff" or "\uff00" <= char <= "\uffef"


def parse_time(text: str, table: Phrases) -> dt.time | None:
    """The first clock time the text gives, read with the table's patterns ("11 h 5" → 11:05)."""
    text = fold(text)
    for pattern in compiled(table.times):
        match = pattern.search(text)
        if not match:
            continue
        groups = match.groupdict()
        meridiem = (groups.get("meridiem") or "").lower()
        if meridiem in table.noon_words:
            return dt.time(12, 0)
        if groups.get("hour") is None:
            continue
        hour, minute = int(groups["hour"]), int(groups.get("minute") or 0)
        if meridiem and meridiem in table.pm_words and hour < 12:
            hour += 12
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    return None
