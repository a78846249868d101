"""Nothing lost: check that every word of an input ends up in exactly one place of its parse.

A parsed :class:`~csto_un.Meeting` or :class:`~csto_un.Resolution` keeps what it read in
speech and resolution paragraphs, speaker labels, procedural notes, footnotes, header lines
and the recorded page furniture. :func:`account` compares the words of the input with the
words of those places, as two multisets:

- ``missing`` are words of the input found nowhere in the parse (something was dropped);
- ``extra`` are words of the parse that the input does not have as often (something was
  counted twice, or invented).

Words split at a line end ("Se-" + "guridad", "f lux") count as the joined word. Repairs of
an extractor's right-to-left damage are no loss: the lam and alef letters of a word are
compared in a fixed order (a decomposed lam-alef ligature, "األمن" for "الأمن", is the same
word), and words whose pieces a repair put back in order ("ار جدول الأعمالإقر" read as "إقرار
جدول الأعمال") are accounted for when what is left over on both sides holds the same letters.

>>> from csto_un import Meeting, Intervention, Speaker
>>> meeting = Meeting(symbol=None, items=(Intervention(
...     speaker=Speaker(label="Mr. Wood:"), paragraphs=("Thank you.",)),))
>>> account("Mr. Wood: Thank you.", meeting).ok
True
>>> sorted(account("Mr. Wood: Thank you. Bye.", meeting).missing)
['bye']
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import compress
from operator import attrgetter
from typing import TypeVar, cast

import attrs

from ._claims import UNIFIED_RANGES, Pieces, take, take_repaired
from ._leftovers import RIGHT_TO_LEFT, unrepaired
from ._parsed_texts import parsed_list as _parsed_list
from ._parsed_texts import parsed_texts
from .errors import DiagnosticError, expect
from .model import (
    Amendment,
    Diagnostic,
    Meeting,
    ParsedDocument,
    Resolution,
    Severity,
)
from .sources import Document as SourceDocument
from .sources import Line

_Parsed = TypeVar("_Parsed", Meeting, Resolution)
_SHOWN = 12  # lost words named in the diagnostic

__all__ = ["Accounting", "account", "nothing_lost", "parsed_texts", "words"]

# A word is a run of letters and digits; ideographs (Chinese) count one by one, since the
# records do not separate their words and line breaks fall anywhere.
# The unified ideographs (extension A and the main block), which NFKC leaves as they are,
# then the compatibility ones (F900-FAFF), which it changes.
_IDEOGRAPH = f"{UNIFIED_RANGES}\uf900-\ufaff"
# (The longer branch first: most characters are not ideographs; the branches never overlap.)
_WORD = re.compile(rf"[^\W{_IDEOGRAPH}]+|[{_IDEOGRAPH}]")
_HAS_IDEOGRAPH = re.compile(rf"[{_IDEOGRAPH}]")
# Runs of unified ideographs (without the compatibility ones, which NFKC changes).
_UNIFIED = re.compile(f"[{UNIFIED_RANGES}]+")
_PLAIN_WORD = re.compile(r"\w+")  # the words of a text without ideographs (a third faster)
_LAM_ALEF = "\u0622\u0623\u0625\u0627\u0644"  # alef forms and lam
_LAM_ALEF_RUN = re.compile(f"([{_LAM_ALEF}]{{2,}})")  # (a group: split keeps the runs)
_MARKUP = re.compile(r"<[^>\n]{1,20}>|\]\([^)\n]*\)")
_TEXT = attrgetter("text")


_CHUNK = 1 << 16  # characters cut into words at a time (up to the next line end)


def words(text: str) -> Counter[str]:
    """The words of a text, normalised (NFKC: a letter and its combining accent are the
    accented letter, a ligature its letters) and case-folded, as a multiset (Markdown tags
    and link targets aside).

    The text is read a piece of about 64K characters at a time, cut at a line end (no word,
    tag or link target spans one; normalising and folding compose nothing across it): the
    list of a piece's words costs about ten times the piece, which for the whole text was
    the largest thing a load held."""
    counts: Counter[str] = Counter()
    for chunk in _chunks(text):
        counts.update(_piece_words(chunk))
    return counts


def _chunks(text: str) -> Iterator[str]:
    """``text`` in pieces of about :data:`_CHUNK` characters, each ending at a line end."""
    start = 0
    while start < len(text):
        end = text.find("\n", start + _CHUNK)
        end = len(text) if end < 0 else end + 1
        yield text[start:end]
        start = end


def _split_counts(text: str) -> Counter[str]:
    """``Counter(text.split())``, a chunk at a time: the list of a whole text's pieces would
    cost about nine times the text."""
    counts: Counter[str] = Counter()
    for chunk in _chunks(text):
        counts.update(chunk.split())
    return counts


def _piece_words(text: str) -> list[str]:
    """The words of a piece of text: in order, but for a text with ideographs, whose
    ideographs come after its other words (see :func:`words`)."""
    return _unmarked_words(_MARKUP.sub(" ", text))


def _unmarked_words(text: str) -> list[str]:
    """:func:`_piece_words` of a text whose Markdown tags and link targets are taken out
    (once: taking them out of what is left could take out what the whole text's reading
    keeps, "<1111111111111111111<1>>" losing its number once "<1>" is out)."""
    ascii_only = text.isascii()  # NFKC leaves ASCII as it is, and it has no lam or alef
    if not ascii_only:
        if _UNIFIED.search(text) is not None:
            return _unified_apart(text)
        text = unicodedata.normalize("NFKC", text)
    text = text.casefold().replace("_", " ")
    if ascii_only:
        return _PLAIN_WORD.findall(text)
    if any(letter in text for letter in _LAM_ALEF):  # (a plain search: most texts have none)
        parts = _LAM_ALEF_RUN.split(text)  # a run lies within one word: in order
        parts[1::2] = map(_IN_ORDER.__getitem__, parts[1::2])  # (no Python call for most)
        text = "".join(parts)
    pattern = _WORD if _HAS_IDEOGRAPH.search(text) else _PLAIN_WORD
    return pattern.findall(text)


def _unified_apart(text: str) -> list[str]:
    """The words of a text holding unified ideographs, Markdown tags taken out: its other
    words, then each ideograph. A unified ideograph is a word by itself and a word boundary,
    is its own NFKC form and case fold, and no canonical composition holds one (a test checks
    this over Unicode), so normalising the text in two parts, the ideographs and the rest with
    a line end for each run of them, gives the same words as normalising it whole; the
    ideographs alone pass NFKC's quick check (normalising a Chinese record's leftovers whole
    took about half of its check)."""
    ideographs = "".join(_UNIFIED.findall(text))
    return [*_unmarked_words(_UNIFIED.sub("\n", text)), *ideographs]


class _InOrder(dict[str, str]):
    """A lam-alef run's letters in order, the short runs kept (at most 5⁴ of four letters)."""

    def __missing__(self, run: str) -> str:
        ordered = "".join(sorted(run))
        if len(run) <= 4:
            self[run] = ordered
        return ordered


_IN_ORDER = _InOrder()


@attrs.frozen
class Accounting:
    """The result of :func:`account`: words ``missing`` from the parse, and ``extra`` ones.

    >>> Accounting(missing=Counter({"bye": 1}), extra=Counter()).ok
    False
    """

    missing: Counter[str]
    extra: Counter[str]

    @property
    def ok(self) -> bool:
        """True when every word is accounted for exactly once."""
        return not self.missing and not self.extra


def _explain_splits(missing: Counter[str], extra: Counter[str]) -> None:
    """Take out words one side joined and the other split ("se" + "guridad" = "seguridad";
    "20103" = "2010" + footnote "3"); the words taken out all drop from the counters.

    Only cuts whose two pieces have the length of a word of the other side are tried, so a
    long word is not cut at each of its characters (which is quadratic in its length); the
    cuts of each length of word are listed once. Each word is taken once: a word cut in two
    equal halves ("haha" = "ha" + "ha") takes two of them.

    >>> missing, extra = Counter({"ha": 1, "se": 1, "guridad": 1}), Counter({"haha": 1,
    ...                                                                      "seguridad": 1})
    >>> _explain_splits(missing, extra)
    >>> missing, extra
    (Counter({'ha': 1}), Counter({'haha': 1}))
    """
    for joined, split in ((extra, missing), (missing, extra)):
        left = sum(split.values())  # the other side's words not yet taken out
        if not left:
            continue
        sizes = {len(word) for word in split}
        lengths = sorted(sizes)
        cuts: dict[int, list[int]] = {}  # the cuts tried in a word of each length, shortest first
        get = split.get  # (a Counter's own look-up calls Python code for a word it lacks)
        for word in list(joined):
            size = len(word)
            tried = cuts.get(size)
            if tried is None:
                tried = cuts[size] = [cut for cut in lengths
                                      if cut < size and size - cut in sizes]
            for cut in tried:
                head = word[:cut]
                if head not in split:  # (the usual case: no slice of the tail, no loop)
                    continue
                tail = word[cut:]
                # (a word cut in two equal halves takes two of them: no count goes below zero)
                while joined[word] and get(head, 0) and get(tail, 0) > (head == tail):
                    joined[word] -= 1
                    split[head] -= 1
                    split[tail] -= 1
                    left -= 2
            if not left:
                break  # nothing left to take out
    for counted in (missing, extra):  # drop zero counts (``+= Counter()`` deletes in Python)
        kept = {word: count for word, count in counted.items() if count > 0}
        if len(kept) < len(counted):
            counted.clear()
            counted.update(kept)


def account(source: str | Iterable[str], document: ParsedDocument) -> Accounting:
    """Compare the words of ``source`` (the input text, or its lines) with the parse.

    >>> from csto_un import parse_resolution
    >>> text = "The General Assembly,\\n\\n1. Decides to meet.\\n"
    >>> account(text, parse_resolution(text)).ok
    True
    """
    expect(document, (Meeting, Resolution, Amendment), "the parsed document")
    if not isinstance(source, str):
        expect(source, Iterable, "the source (a text or its lines)")
        source = "\n".join(source)
    return _compare(source, "\n".join(parsed_texts(document)))


def _compare(source: str, parsed: str) -> Accounting:
    """:func:`account` of two texts: the input's and the parse's pieces joined."""
    missing, extra = _word_differences(source, parsed)
    unsplit = (missing.copy(), extra.copy()) if missing and extra else (missing, extra)
    _explain_splits(missing, extra)
    if (missing or extra) and any(map(RIGHT_TO_LEFT.search, (*missing, *extra))):
        # Pieces of right-to-left words a repair put back in order: the same letters, no more
        # (the split-word pass may have paired a lost word with such a piece: then the words
        # before it are looked through).
        named = unrepaired(missing, extra) or unrepaired(*unsplit)
        if named is not None:
            missing, extra = named
    return Accounting(missing=missing, extra=extra)


def _word_differences(source: str, parsed: str) -> tuple[Counter[str], Counter[str]]:
    """``words(source) - words(parsed)`` and ``words(parsed) - words(source)``.

    A word never spans white space, and what :func:`words` does to a text it does to each of
    its white-space-separated pieces alone (NFKC and case folding compose nothing across white
    space and make no word character of it), but for Markdown tags and link targets, which may
    hold spaces. So, when neither text holds one, the words of the pieces the two texts share
    cancel out: only the pieces one text holds more often than the other are cut into words
    (a parse keeps most pieces of its input as they are; ``str.split`` and the counting run in
    C). A line end parts pieces too: the parse's pieces are joined with line ends. Each side's
    words come in the order of their first piece among those cut (not always that of their
    first occurrence in the whole text); the counts are the same.
    """
    if "<" in source or "<" in parsed or "](" in source or "](" in parsed:
        have, kept = words(source), words(parsed)
    else:
        pieces_in, pieces_out = _split_counts(source), _split_counts(parsed)
        have = words(" ".join(_exceeding(pieces_in, pieces_out).elements()))
        kept = words(" ".join(_exceeding(pieces_out, pieces_in).elements()))
    return _exceeding(have, kept), _exceeding(kept, have)


def _exceeding(counted: Counter[str], other: Counter[str]) -> Counter[str]:
    """``counted - other``, in the order of ``counted`` (a Counter's own subtraction looks
    each word up with ``__missing__``, Python code, for the words ``other`` lacks)."""
    get = other.get
    return Counter({word: count - get(word, 0) for word, count in counted.items()
                    if count > get(word, 0)})


# Pieces of a parse said to be a run of the document's lines (its first line, or that line's
# index in the document, and how many), the pieces joined with spaces (a label and the first
# paragraph of its speech, on the label's line); or, with a fourth text, the head of the run's
# first line the pieces follow, ending with a space, which stays counted (a resolution's "12. "
# before its paragraph, "(a) " before a sub-paragraph, a footnote's mark: the parse keeps "12",
# "(a)" as pieces of their own).
Carried = (tuple[tuple[str, ...], Line | int, int]
           | tuple[tuple[str, ...], Line | int, int, str])



def _uncarried(document: SourceDocument, parsed: ParsedDocument,
               carried: Iterable[Carried]) -> tuple[list[str], list[str]]:
    """The texts of ``document`` (lines, the heads of claims, furniture) and the pieces of
    ``parsed`` (see :func:`parsed_texts`) left to count once the ``carried`` pieces, and the
    lines they were joined from, are taken out of both.

    A claim is taken only when it is proven: its pieces are pieces of the parse (the same
    texts, each occurrence taken once), its first line one of the document's (or an index of
    its lines), the run of lines from it taken by no other claim, the pieces hold no Markdown
    tag or link target (``<``, ``](``), and joined with spaces (a line end in them read as a
    space) they are the lines' texts joined as the joiner joins them, or have their words
    (:func:`csto_un._claims.take`); a claim with a head (see :data:`Carried`) is proven of
    the head and the pieces joined, and its head stays in the count in place of its lines
    (a head ends with a space: its words and the pieces' are the lines'). Both sides then
    lose the claim's lines and pieces whole,
    the words at its joints without a space too ("resolu-" + "ción" and "resolución"); the
    count compares nothing else (:func:`_word_differences`; without a tag or link target, the
    words of a text are those of its pieces on either of its paths). So the missing and extra
    words are those of the whole count, but for the words of the proven joints, which the
    whole count leaves to the split-word pass (:func:`_explain_splits`), a guess that can
    pair a joined word with the wrong pieces (or meet a word split over three lines) and
    report a loss where the texts prove there is none. A claim that fails a test is
    ignored: its pieces and lines are counted. A claim whose first line is not one of the
    document's (a line a right-to-left repair made anew) names the document's line of its
    number, and is proven by :func:`csto_un._claims.take_repaired`, as is a claim that fails
    the tests above.
    """
    rows = document.lines
    lines = list(map(_TEXT, rows))  # (map and zip: no Python code per line)
    furniture = list(map(_TEXT, document.furniture))
    found = _parsed_list(parsed)
    if not carried:
        return lines + furniture, found
    size = len(lines)
    pieces = Pieces(found)
    place, last, more, kept = pieces.place, pieces.last, pieces.more, pieces.kept
    free = bytearray(b"\x01") * size  # 1 for a line no claim has taken
    heads: list[str] = []
    position: dict[int, int] | None = None  # the lines' positions by identity, when asked
    numbered: dict[int, int] | None = None  # the lines' positions by number, when asked
    repaired: list[tuple[int, int, tuple[str, ...], Line]] = []  # left to take_repaired
    for claim in carried:
        if len(claim) == 3:
            claimed, line, count = claim
            head = ""
        else:
            claimed, line, count, head = claim
        made = False
        if isinstance(line, int):  # (the parser's index of its first line: no look-up)
            first = line
        else:
            if position is None:
                position = dict(zip(map(id, rows), range(size), strict=True))
            first = position.get(id(line), -1)
            if first < 0:  # a line the parser made anew (a repair's): the input's of its number
                made = True
                if numbered is None:
                    numbered = {row.number: index for index, row in enumerate(rows)}
                first = numbered.get(line.number, -1)
        end = first + count
        if first < 0 or count < 1 or end > size or free.find(0, first, end) >= 0:
            continue  # (a byte search: no line of the run is taken)
        places: list[int] | None = None  # (a claim of one piece, most: its place is ``at``)
        if len(claimed) == 1:
            text = claimed[0]
            at = last.get(text, -1)
            if at < 0:
                continue
        else:
            places = list(map(place, claimed))
            if min(places) < 0 or len(set(claimed)) < len(claimed):
                continue  # (a claim of two equal pieces is not taken: no need arose)
            text = " ".join(claimed)
        proof = head + text if head else text
        if made or head[-1:] not in ("", " ") or not (  # (the lines joined with spaces first,
                (proof == " ".join(lines[first:end])    # most claims: no call)
                and "<" not in proof and ("]" not in proof or "](" not in proof))
                or take(proof, lines[first:end])):
            if not head:
                repaired.append((first, end, claimed, cast(Line, line) if made else rows[first]))
            continue
        if head:
            heads.append(head)
        free[first:end] = bytes(count)
        if places is None:
            if text in more:  # (a text the parse keeps more than once)
                pieces.take(text, at)
            else:
                kept[at] = 0
                last[text] = -1
        else:
            for piece, place_at in zip(claimed, places, strict=True):
                pieces.take(piece, place_at)
    left = take_repaired(repaired, lines, pieces, free)
    return [*compress(lines, free), *heads, *furniture], [*compress(found, kept), *left]


def _left_missing(texts: list[str], pieces: list[str]) -> Counter[str]:
    """The words of ``texts`` (what is left of the input once the claims are taken out) that
    ``pieces`` (what is left of the parse) lack, as :func:`_compare` finds them.

    When the two hold the same texts, as often as each other (the page furniture both the
    document and its parse keep, most often all that is left), nothing is counted: the words
    of texts joined with line ends are the words of each text (a line end ends every word, tag
    and link target, and normalising composes nothing across it), so the same texts have the
    same words."""
    if len(texts) == len(pieces) and sorted(texts) == sorted(pieces):
        return Counter()
    return _compare("\n".join(texts), "\n".join(pieces)).missing


def nothing_lost(
    read: SourceDocument | Iterable[str],
    parsed: _Parsed,
    *,
    strict: bool = False,
    carried: Iterable[Carried] = (),
) -> _Parsed:
    """``parsed`` as it is when every word of ``read`` (the document a parser read, with its
    page furniture, or the lines of a text) is in it; else with an error-level ``words-lost``
    diagnostic naming the lost words, or, with ``strict``, :class:`~csto_un.DiagnosticError`.
    Parsers end with it.

    ``carried`` names pieces of the parse that are lines of ``read`` (a document) joined
    (with spaces, or as the joiner joins them at a line-end hyphen): the parser's word, which
    :func:`_uncarried` proves before it leaves both sides out of the count (the answer is the
    same, for less counting, but where the split words of a proven joint would have been
    paired wrongly: see there).

    >>> from csto_un import Paragraph
    >>> resolution = Resolution(symbol=None, operative=(Paragraph("Decides to meet.", number=1),))
    >>> lines = ["1. Decides to meet.", "Lost line."]
    >>> [str(d) for d in nothing_lost(lines, resolution).diagnostics]
    ["words-lost: 2 words of the input are in no part of the parse: 'line', 'lost'"]
    """
    if isinstance(read, SourceDocument):
        texts, pieces = _uncarried(read, parsed, carried)
        missing = _left_missing(texts, pieces)
    else:
        missing = account(read, parsed).missing
    if not missing:
        return parsed
    count = sum(missing.values())
    shown = ", ".join(repr(word) for word in sorted(missing)[:_SHOWN])
    more = ", …" if len(missing) > _SHOWN else ""
    message = f"{count} words of the input are in no part of the parse: {shown}{more}"
    source = parsed.source.name if parsed.source is not None else None
    if strict:
        raise DiagnosticError(f"words-lost: {message}", source=source)
    lost = Diagnostic(code="words-lost", message=message, source=source, severity=Severity.ERROR)
    return attrs.evolve(parsed, diagnostics=(*parsed.diagnostics, lost))
