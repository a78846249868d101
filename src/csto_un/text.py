"""The text layer: the string primitives both parsers and the corpus tools share.

**Folding**, one function per purpose, lives in :mod:`csto_un.folding`; its names are
re-exported here for compatibility only (:func:`fold`, :func:`fold_phrase`, :func:`fold_key`,
:func:`fold_accents`, :func:`fold_search`, :func:`fold_words`, :func:`fold_lines`), the
library's own modules import them from :mod:`csto_un.folding`.

**Joining lines**: :func:`join_lines` joins the wrapped lines of a paragraph with one hyphen
rule, decided by the document's own words (:func:`vocabulary`, :func:`hyphen_evidence`); a
:class:`Joiner` holds that evidence for one document, and both parsers join through it.

>>> join_lines(["a resolu-", "tion"], {"resolution"}, dehyphenate=False)
'a resolution'
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Container, Iterable, Mapping, Sequence

from ._vocabulary import Vocabulary, vocabulary
from .folding import (
    fold,
    fold_accents,
    fold_key,
    fold_lines,
    fold_phrase,
    fold_search,
    fold_words,
)

__all__ = [
    "CJK",
    "Joiner",
    "Vocabulary",
    "count",
    "fold",
    "fold_accents",
    "fold_key",
    "fold_lines",
    "fold_phrase",
    "fold_search",
    "fold_words",
    "hyphen_evidence",
    "join_lines",
    "unspace_cjk",
    "vocabulary",
]

# The word before a hyphen at a text's end, read in the text reversed: what ``(\w+)-$`` finds,
# matched from the end in a few steps instead of searched for from every start (12× faster).
_HYPHEN_END_REVERSED = re.compile(r"-(\w+)")
_TAIL_READ = 64  # characters of a text reversed at first: a word before a hyphen is shorter
_WORD_START = re.compile(r"^(\w+)")
# A lone "f" before a lower-case word is a ligature (fl, fi, ff) the extractor split: "f lux".
# Not after a lone letter: "o f the" is a word spaced out letter by letter ("of"), not a
# ligature. (The "f" comes first, so that the engine can look for "f " before the rest.)
_LIGATURE = re.compile(r"f(?<![\w(]f)(?<!\W\w f)(?<!^\w f) (?=[a-zà-ÿœ])")


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
    return _join(lines, words, dehyphenate=dehyphenate, folded=folded, compounds=compounds)


def _join(
    lines: Sequence[str],
    words: Container[str],
    *,
    dehyphenate: bool,
    folded: bool,
    compounds: re.Pattern[str] | None,
    decided: Mapping[tuple[str, str], bool] | None = None,
) -> str:
    """:func:`join_lines`, asking at a joint the rule's decision in ``decided`` (by the joint's
    two lines, :func:`_decisions`) when it is there, rather than the rule."""
    if folded:
        out = _plain_join(lines)
        if out is not None:
            return _LIGATURE.sub("f", out) if "f " in out else out
    # The rules read the end of what is joined so far (the word before a hyphen) and may drop
    # its last character: they work on ``out``, a tail of it, the text before kept in ``done``
    # and joined once at the end (a growing string copied at every line is quadratic in a
    # paragraph of many short lines).
    done: list[str] = []
    out = before = ""  # (``before``: the line joined last)
    for raw in lines:
        line = raw if folded else fold(raw)
        if not line:
            continue
        if not out:
            out = before = line
            continue
        last = out[-1]
        if last == "-" and decided and (mended := decided.get((before, line))) is not None:
            out = out[:-1] + line if mended else out + line
        elif last == "-" and (head := _word_before_hyphen(out)) is not None:
            tail_match = _WORD_START.match(line)
            tail = tail_match.group(1) if tail_match else ""
            if _mend(head, tail, words, dehyphenate=dehyphenate, compounds=compounds):
                out = out[:-1] + line
            else:
                out += line
        elif (last >= "\u3000" or line[0] >= "\u3000") and (_is_cjk(last) or _is_cjk(line[0])):
            out += line
        else:
            out += " " + line
        before = line
        if len(out) > _TAIL_LONG:
            done.append(out[:-_TAIL_KEPT])
            out = out[-_TAIL_KEPT:]
    out = "".join(done) + out if done else out
    return _LIGATURE.sub("f", out) if "f " in out else out


_TAIL_KEPT = 256  # characters of the join the rules may read (a word before its hyphen) ...
_TAIL_LONG = 4096  # ... kept apart once the join is longer than this


def _plain_join(lines: Sequence[str]) -> str | None:
    """Folded lines joined with one space each, when that is how they join: no line (but the
    last) ends with a hyphen, and no CJK character stands at a joint (CJK lines join without
    a space); else ``None``. Asked of the lines joined, in scans of C code, not line by line:
    only the characters beside a line end are tested for CJK (folded lines hold no line end).
    One line has no joint: it is its own join (most paragraphs of a record)."""
    if len(lines) == 1:
        return lines[0]
    whole = "\n".join(lines)
    if "-\n" in whole or _CJK_AT_JOINT.search(whole) is not None:
        return None
    if "\n\n" in whole or whole.startswith("\n") or whole.endswith("\n"):  # an empty line
        return " ".join(line for line in lines if line)
    return whole.replace("\n", " ")


#: The CJK characters (ideographs, CJK punctuation, full-width forms), as a character class:
#: the one source of :data:`CJK` and of the patterns that look beside a space or a line end.
_CJK_CLASS = "[\u3000-\u9fff\uff00-\uffef]"

# A line end with a CJK character before or after it: starting with the line end, which the
# engine looks for in C (a paragraph's other characters are not tested).
_CJK_AT_JOINT = re.compile(
    f"\n(?:(?<={_CJK_CLASS}\n)|(?={_CJK_CLASS}))"
)


def _word_before_hyphen(text: str) -> str | None:
    r"""The word a hyphen ending ``text`` follows (the group of ``(\w+)-$`` searched in it), or
    ``None``: read in the text's last characters reversed (no quadratic joins, no search)."""
    if not text.endswith("-"):
        return None
    tail = text[: -_TAIL_READ - 1 : -1]
    match = _HYPHEN_END_REVERSED.match(tail)
    if match is not None and match.end() == len(tail) < len(text):  # the word starts further back
        match = _HYPHEN_END_REVERSED.match(text[::-1])
    return match.group(1)[::-1] if match is not None else None


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
    real hyphens only, one without evidence) keeps its hyphens, and so does one with fewer
    than one vote for the typesetter in :data:`_HABIT` lines: a typesetter who splits words
    does it often (one line in eleven to one in three in the French, Spanish and Russian
    records of the development corpus), while a few compounds fall at a line end in any text
    ("capacity-" + "building" in a resolution of 184 lines, whose "capacity" is printed
    nowhere else).
    """
    return _evidence(lines, words, compounds, None, _ends(lines))


def _ends(lines: Sequence[str]) -> list[bool]:
    """Whether each line but the last ends with a hyphen, told without a Python loop (the
    unbound method mapped over the lines and a repeated "-": half the cost of a
    ``methodcaller``, which adds a call of its own for each line)."""
    return list(map(str.endswith, lines[:-1], itertools.repeat("-")))


def _evidence(
    lines: Sequence[str],
    words: Container[str],
    compounds: re.Pattern[str] | None,
    decided: dict[tuple[str, str], bool] | None,
    ends: list[bool],
    joined: str | None = None,
) -> bool:
    """:func:`hyphen_evidence` (``ends``: :func:`_ends` of the lines; ``joined``, when the
    caller has it, :func:`~csto_un.sources._search.joined_lines` of them); when ``decided`` is
    given, it gets the hyphen rule's decision (:func:`_mend`: whether the hyphen goes) at each
    line end the votes read, keyed by the line and the next (:func:`_decisions`)."""
    remove = keep = 0
    splits = sum(ends)
    if splits * _HABIT < len(lines):
        return False  # too few split words for that habit, whatever their votes: none asked
    if isinstance(words, Vocabulary):
        words.expect(2 * splits)
        words = words.container()
    # Each split's verdict for the joins: the hyphen goes (True), stays (False), or goes by
    # the habit (None), known once the votes are counted.
    verdicts: list[bool | None] = []
    found = list(_split_words(lines, joined))
    for head, tail in found:
        if not head or not tail[:1].islower():
            verdicts.append(False)
            continue
        head, tail = head.lower(), tail.lower()
        hyphened = f"{head}-{tail}"
        if hyphened in words:
            keep += 1
            verdicts.append(False)
        elif compounds is not None and compounds.fullmatch(hyphened):
            verdicts.append(f"{head}{tail}" in words)  # (a compound goes by no habit)
        elif f"{head}{tail}" in words:
            remove += 1
            verdicts.append(True)
        elif head.isalpha() and head not in words:
            remove += 1
            verdicts.append(None)
        else:
            keep += 1
            verdicts.append(None)
    dehyphenate = remove > keep and remove * _HABIT >= len(lines)
    if decided is not None:
        _decisions(lines, ends, found, verdicts, dehyphenate, decided)
    return dehyphenate


def _decisions(
    lines: Sequence[str],
    ends: list[bool],
    found: list[tuple[str, str]],
    verdicts: list[bool | None],
    dehyphenate: bool,
    decided: dict[tuple[str, str], bool],
) -> None:
    """The evidence's verdicts kept as the joins' decisions, keyed by the two lines of each
    joint, where the joins would decide the same from those two lines alone: the word before
    the hyphen starts after its line's start (the joins read it in what they joined, glued to
    the line before at a hyphen), is shorter than :data:`_HEAD_DECIDED` (the joins read it in
    the last :data:`_TAIL_KEPT` characters joined), and neither word holds a capital sigma
    (the votes lower-case the words apart, :func:`_mend` together: "ς" or "σ")."""
    pairs = itertools.compress(itertools.pairwise(lines), ends)
    for (first, second), (head, tail), verdict in zip(pairs, found, verdicts, strict=True):
        size = len(head)
        if 0 < size < _HEAD_DECIDED and size < len(first) - 1 and "Σ" not in head + tail:
            decided[first, second] = dehyphenate if verdict is None else verdict


_HEAD_DECIDED = 128  # characters of a word before a hyphen, at most, decided by the evidence
_HABIT = 50
"""Lines per split word, at most, of a typesetter who splits words (:func:`hyphen_evidence`)."""
# Around each hyphen at a line end, in the lines joined: the word after it, and (in the
# joined lines reversed) the word before it. Both patterns start with a literal, which the
# engine looks for in C: no Python step for the lines between.
_AFTER_SPLIT = re.compile(r"-\n(\w*)")
_BEFORE_SPLIT_REVERSED = re.compile(r"\n-(\w*)")


def _split_words(lines: Sequence[str], joined: str | None = None) -> Iterable[tuple[str, str]]:
    r"""For each line ending with a hyphen, but the last, the word before the hyphen (what
    ``(\w+)-$`` finds, or "") and the word the next line starts with (``^\w+``, or ""): two
    searches of the lines joined (``joined``, when the caller has it: each line after a line
    end, :func:`~csto_un.sources._search.joined_lines`). (Lines holding a line break are
    paired one by one.)"""
    text = joined or "\n".join(lines)  # (a line end before the first line splits no word)
    if joined is None and text.count("\n") != len(lines) - 1:
        return [(_word_before_hyphen(first) or "", _word_start(second))
                for first, second in itertools.pairwise(lines) if first.endswith("-")]
    heads = _BEFORE_SPLIT_REVERSED.findall(text[::-1])
    heads.reverse()
    return zip([head[::-1] for head in heads], _AFTER_SPLIT.findall(text), strict=True)


def _word_start(text: str) -> str:
    """The word ``text`` starts with, or ""."""
    match = _WORD_START.match(text)
    return match.group(1) if match is not None else ""


class Joiner:
    """The one hyphen rule with one document's evidence: its words (:func:`vocabulary`), its
    typesetter's habit (:func:`hyphen_evidence`) and the compounds of its language (regular
    expressions matching a hyphenated word, lower case and whole: "vice-\\w+"); ``decided``
    holds the rule's decisions its evidence took, by the two lines of a joint, which the joins
    ask there instead of the rule.

    >>> joiner = Joiner.of(["the resolution and the peace-keeping forces", "a resolu-", "tion",
    ...                     "peace-", "keeping", "Secretary-", "General"])
    >>> joiner.join(["a resolu-", "tion"]), joiner.join(["peace-", "keeping"])
    ('a resolution', 'peace-keeping')
    >>> joiner.join(["Secretary-", "General"])
    'Secretary-General'
    """

    __slots__ = ("compounds", "decided", "dehyphenate", "words")

    def __init__(
        self,
        words: Container[str],
        *,
        dehyphenate: bool,
        compounds: re.Pattern[str] | None = None,
        decided: Mapping[tuple[str, str], bool] | None = None,
    ) -> None:
        self.words = words
        self.dehyphenate = dehyphenate
        self.compounds = compounds
        self.decided = decided  # (see _decisions)

    @classmethod
    def of(
        cls,
        lines: Sequence[str],
        compounds: Sequence[str] = (),
        *,
        folded: bool = False,
        joined: str | None = None,
    ) -> Joiner:
        """The evidence of a document's ``lines`` (all of them: header, body, notes);
        ``joined``, when the caller has it, is
        :func:`~csto_un.sources._search.joined_lines` of them, folded (``folded``)."""
        texts = lines if folded else fold_lines(lines)
        ends = _ends(texts)
        words = vocabulary(texts, folded=True, ends=ends)
        pattern = re.compile("|".join(f"(?:{c})" for c in compounds)) if compounds else None
        decided: dict[tuple[str, str], bool] = {}
        dehyphenate = _evidence(texts, words, pattern, decided, ends,
                                joined if folded else None)
        # (the words listed for the evidence are the set the joins look up, in C)
        return cls(words.container(), dehyphenate=dehyphenate, compounds=pattern,
                   decided=decided)

    def join(self, lines: Sequence[str], *, folded: bool = False) -> str:
        """``lines`` joined into one paragraph by :func:`join_lines` with this evidence."""
        return _join(
            lines, self.words, dehyphenate=self.dehyphenate, folded=folded,
            compounds=self.compounds, decided=self.decided,
        )


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


CJK = re.compile(_CJK_CLASS)
"""A CJK character (ideographs, CJK punctuation, full-width forms)."""
# A space between two CJK characters (the space first, so that the engine looks for it).
_CJK_GAP = re.compile(f" (?<={_CJK_CLASS} )(?={_CJK_CLASS})")


def unspace_cjk(text: str) -> str:
    """``text`` without the spaces a justified line puts between CJK characters."""
    if not _holds_cjk(text):
        return text
    return _CJK_GAP.sub("", text)


# A character from U+3000 on: one range, which the engine tests in half the time of CJK's three
# (a text of Latin, Cyrillic or Arabic letters holds none).
_FROM_CJK = re.compile("[^\x00-\u2fff]")


def _holds_cjk(text: str) -> bool:
    """``CJK.search(text) is not None``: searched from the first character from U+3000 on
    (most texts without one are told by the one-range search alone)."""
    if text.isascii():
        return False
    found = _FROM_CJK.search(text)
    return found is not None and CJK.search(text, found.start()) is not None


def _is_cjk(char: str) -> bool:
    return "\u3000" <= char <= "\u9fff" or "\uff00" <= char <= "\uffef"

def count(number: int, noun: str, plural: str | None = None) -> str:
    """``number`` and ``noun``, in the plural unless one.

    >>> count(1, "meeting"), count(5, "resolution"), count(0, "footnote")
    ('1 meeting', '5 resolutions', '0 footnotes')
    """
    return f"{number} {noun if number == 1 else (plural or noun + 's')}"
