"""Proving a parser's claims for the nothing-lost check (:mod:`csto_un.accounting`): that a
piece of its parse is a run of lines of its input, joined, with the same words.

A claim is proven on the texts alone (which lines the parser read does not matter): the piece
is the lines joined with spaces; or joined as :func:`csto_un.text.join_lines` joins them, a
line-end hyphen kept or dropped (:func:`joints`); or the same text once both are folded and
the white space beside a unified ideograph taken out (:func:`same_words`: Chinese lines join
without a space).

>>> joints("la resolución de", "la resolu-\\nción de")
True
>>> same_words("主席(以英语发言): 安全理事会", "主席（以英语发言）：安全\\n理事会")
True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from itertools import compress
from operator import eq
from typing import TYPE_CHECKING

from .folding import fold
from .text import CJK

if TYPE_CHECKING:
    from .sources import Line

__all__ = [
    "UNIFIED_RANGES",
    "Pieces",
    "hyphens_printed",
    "is_unified",
    "joints",
    "lams_moved",
    "rotated_stop",
    "same_words",
    "take",
    "take_repaired",
]

#: The unified ideographs (extension A and the main block), which NFKC leaves as they are: a
#: character class's ranges (the nothing-lost check counts each as a word).
UNIFIED_RANGES = "\u3400-\u4dbf\u4e00-\u9fff"


def take(piece: str, rows: list[str]) -> bool:
    """Whether a claim (see :func:`csto_un.accounting._uncarried`) that ``piece`` is the
    lines ``rows`` joined is proven: then both leave the count, the words at the joints
    without a space too ("resolu-" + "ción" and "resolución": the texts prove the pair,
    which the split-word pass would only guess). (What is proven is the texts': which
    lines the parser read does not matter.)

    >>> take("Thank you, Mr. Presi- dent.", ["Thank you, Mr. Presi-", "dent."])
    True
    >>> take("Thank you.", ["Thank you"])
    False
    >>> take("the resolution of", ["the resolu\xad", "tion of"])
    True
    """
    if "<" in piece or ("]" in piece and "](" in piece):  # (one character sought first:
        return False                                     # a pair is slow in a wide text)
    if "\n" in piece:  # (a note's paragraphs: the same pieces)
        piece = piece.replace("\n", " ")
    if piece == " ".join(rows):
        return True
    lines = hyphens_printed("\n".join(rows))
    if "-" in lines:  # (one character sought first)
        dropped = lines.replace("-\n", "")
        if len(dropped) < len(lines) and _joints(piece, lines, dropped):
            return True
    return _ideographs_apart(piece, lines) or same_words(piece, lines)


def hyphens_printed(rows: str) -> str:
    r"""``rows`` (lines joined with line ends) with each soft hyphen ending a line read as the
    hyphen a PDF prints there: it is no more a word character than "-" is.

    >>> hyphens_printed("the resolu\xad\ntion")
    'the resolu-\ntion'
    """
    return rows.replace("\xad\n", "-\n") if "\xad" in rows and "\xad\n" in rows else rows


def joints(piece: str, lines: str) -> bool:
    """Whether ``piece`` is ``lines`` (joined with line ends) joined as
    :func:`csto_un.text.join_lines` joins them: a space at each line end but at a line-end
    hyphen, where the lines join without one, the hyphen dropped or kept.

    When every such hyphen is dropped, or every one kept, that is two comparisons of whole
    texts: ``piece`` is the lines with each ``"-\\n"`` taken out (or made ``"-"``), then each
    line end a space. A piece that drops some hyphens and keeps others is walked joint by
    joint (:func:`mixed_joints`)."""
    dropped = lines.replace("-\n", "")
    if len(dropped) == len(lines):  # (no line-end hyphen)
        return piece == lines.replace("\n", " ")
    return _joints(piece, lines, dropped)


def _joints(piece: str, lines: str, dropped: str) -> bool:
    """:func:`joints` of lines holding a line-end hyphen, given ``dropped``, the lines with
    each ``"-\\n"`` taken out. Its length tells how many there are, so the piece's length
    tells which way of joining can be it: only that one is made."""
    hyphens = (len(lines) - len(dropped)) // 2
    if len(piece) == len(dropped):  # (a line end made a space keeps the length)
        if piece == dropped.replace("\n", " "):
            return True
    elif len(piece) == len(lines) - hyphens and piece == lines.replace(
            "-\n", "-").replace("\n", " "):
        return True
    return mixed_joints(piece, lines)


# A line end with no unified ideograph just before or after it.
_BARE_LINE_END = re.compile(f"(?<![{UNIFIED_RANGES}])\n(?![{UNIFIED_RANGES}])")


def _ideographs_apart(piece: str, lines: str) -> bool:
    """Whether ``piece`` is ``lines`` (joined with line ends) joined without a space, where
    each line end has a unified ideograph just before or after it (Chinese lines as they
    are): then :func:`same_words` holds (the texts folded differ only by the spaces the line
    ends make, each next to an ideograph), at the cost of a join and a search."""
    return (len(piece) == len(lines) - lines.count("\n") and piece == lines.replace("\n", "")
            and _BARE_LINE_END.search(lines) is None)


def same_words(piece: str, lines: str) -> bool:
    """Whether ``piece`` and ``lines`` (joined with line ends), with no Markdown tag or link
    target, are the same text once each is folded (:func:`csto_un.folding.fold`: full-width
    brackets and colons, odd spaces and runs of white space made plain) and the white space
    next to a unified ideograph taken out: then they have the same words. Folding changes no
    word (a test checks it), and a unified ideograph parts words with or without white space
    beside it; so Chinese lines joined without a space are proven, and a label whose
    full-width brackets were folded in its speech.
    """
    if "<" in lines or "](" in lines:
        return False
    folded_piece, folded_lines = fold(piece), fold(lines)
    if folded_piece == folded_lines:
        return True
    if (folded_piece.replace(" ", "") != folded_lines.replace(" ", "")
            or CJK.search(folded_piece) is None):
        return False
    return _without_ideograph_gaps(folded_piece) == _without_ideograph_gaps(folded_lines)


def _without_ideograph_gaps(text: str) -> str:
    """A folded ``text`` (single spaces) without the spaces next to a unified ideograph (a
    word by itself and a word boundary, see :func:`csto_un.accounting._unified_apart`: the
    same words). One substitution in C: each space with a unified ideograph before or after
    it in ``text`` goes."""
    return _IDEOGRAPH_GAP.sub("", text) if " " in text else text


# A space with a unified ideograph (:func:`is_unified`) before or after it (the space first,
# so that the engine looks for it).
_IDEOGRAPH_GAP = re.compile(f" (?:(?<=[{UNIFIED_RANGES}] )|(?=[{UNIFIED_RANGES}]))")


def is_unified(char: str) -> bool:
    """Whether ``char`` is a unified ideograph (of :data:`UNIFIED_RANGES`, compared without a
    pattern; a test checks every character)."""
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"


def mixed_joints(piece: str, lines: str) -> bool:
    """:func:`joints` walked joint by joint: whether ``piece`` is ``lines`` (joined with line
    ends) joined as :func:`csto_un.text.join_lines` joins them — a space between two lines,
    or nothing after a line ending in a hyphen that follows a word's end, the hyphen kept or
    dropped, before a line starting with no white space. The lines between two line-end
    hyphens are compared at once."""
    parts = lines.split("-\n")  # each but the last ends a line before its hyphen
    if len(parts) < 2 or not all(parts):
        return False
    at = 0
    for index, part in enumerate(parts):
        run = part.replace("\n", " ")
        if not piece.startswith(run, at):
            return False
        at += len(run)
        if index == len(parts) - 1:
            break
        if piece.startswith("- ", at):  # the hyphen and a space
            at += 2
            continue
        if part[-1].isspace() or parts[index + 1][0].isspace():
            return False  # a joint without a space is within a word: "resolu-" + "ción"
        at += piece.startswith("-", at)
    return at == len(piece)


_LAM = "\u0644"
_ALEF = "\u0627"
_ALEF_FORMS = ("\u0622", "\u0623", "\u0625")  # madda, hamza above, hamza below: alef too


def lams_moved(pieces: list[str], rows: list[str]) -> list[bool]:
    """For each claim, whether the piece ``pieces[i]`` is the text ``rows[i]`` (its lines
    joined with spaces) but for lam letters each put back over the two alef letters before it
    ("األمن" read as "الأمن") and brackets turned (")S/2024/368(" read as "(S/2024/368)"):
    what the repairs of an extractor's right-to-left damage do to a line whose pieces they
    leave in place (:mod:`csto_un.meetings._arabic`). Then the two have the same words.

    The proof is two comparisons of whole texts, all claims' at once (each text a line of
    the joined ones): with the brackets made one, the texts without their lam letters are the
    same (the same letters but lam, in the same order), and with the alef letters made one the
    piece is the row with each "alef alef lam" made "alef lam alef" (each lam moved back over
    two alef letters). A lam moved over alef letters stays in its run of lam and alef letters,
    whose letters :func:`csto_un.accounting.words` compares in a fixed order, and a bracket
    is no word's letter; so when both texts are their own NFKC form (normalising composes
    nothing differently: an alef moved before a combining hamza would take it), and hold no
    Markdown tag or link target ("<", "]": a bracket turned could make a link target, and
    a tag over a line end is one in the piece, not in the lines), their words are the same.

    >>> lams_moved(["الأمن (S/1)", "الأمن"], ["األمن )S/1(", "األمن األمن"])
    [True, False]
    """
    if len(pieces) != len(rows):
        return [False] * len(rows)
    sized = list(map(eq, map(len, pieces), map(len, rows)))  # (moves keep a text's length)
    if not all(sized):
        kept = _lams_moved(list(compress(pieces, sized)), list(compress(rows, sized)))
        return [bool(size) and next(kept) for size in sized]
    return list(_lams_moved(pieces, rows))


def _lams_moved(pieces: list[str], rows: list[str]) -> Iterator[bool]:
    """:func:`lams_moved` of texts of the same lengths, pair by pair."""
    if not rows:
        return iter(())
    piece, row = "\n".join(pieces).replace(")", "("), "\n".join(rows).replace(")", "(")
    if not (unicodedata.is_normalized("NFKC", piece) and unicodedata.is_normalized("NFKC", row)):
        return iter([False] * len(rows))  # (a test of each would find the few to leave out)
    unlam = [a == b for a, b in zip(piece.replace(_LAM, "").split("\n"),
                                     row.replace(_LAM, "").split("\n"), strict=False)]
    for form in _ALEF_FORMS:
        piece, row = piece.replace(form, _ALEF), row.replace(form, _ALEF)
    lams = piece.split("\n"), row.replace(_ALEF + _ALEF + _LAM, _ALEF + _LAM + _ALEF).split("\n")
    if not len(lams[0]) == len(lams[1]) == len(unlam) == len(rows):  # a line end in a text
        return iter([False] * len(rows))
    return iter([same and moved and "<" not in text and "]" not in text
                 for same, moved, text in zip(unlam, map(eq, *lams), pieces, strict=True)])


class Pieces:
    """The pieces of a parse (``found``) that the nothing-lost check's claims take, each
    place once: ``kept`` is 1 for a place no claim has taken. A text that stands more than
    once is taken from its last place back.

    >>> pieces = Pieces(["a", "b", "a"])
    >>> pieces.take("a", pieces.place("a")); pieces.place("a"), pieces.place("c")
    (0, -1)
    """

    __slots__ = ("found", "kept", "last", "more")

    def __init__(self, found: list[str]) -> None:
        self.found = found
        self.kept = bytearray(b"\x01") * len(found)
        #: Each text's last place not taken (-1 once none is left): made in C.
        self.last = dict(zip(found, range(len(found)), strict=True))  # (later places win)
        #: The other places of the texts that stand more than once, in order (none, most).
        self.more: dict[str, list[int]] = {}
        if len(self.last) < len(found):
            last = self.last
            for index, piece in enumerate(found):
                if last[piece] != index:
                    self.more.setdefault(piece, []).append(index)

    def place(self, piece: str) -> int:
        """The last place of ``piece`` not taken, -1 when there is none."""
        return self.last.get(piece, -1)

    def take(self, piece: str, at: int) -> None:
        """Take ``piece`` at ``at``, its :meth:`place`."""
        self.kept[at] = 0
        before = self.more.get(piece)
        self.last[piece] = before.pop() if before else -1


def take_repaired(claims: list[tuple[int, int, tuple[str, ...], Line]], lines: list[str],
                  parse: Pieces, free: bytearray) -> list[str]:
    """Take the claims (first line, end, pieces, the parser's first line) that failed
    :func:`take` and whose pieces are their lines joined with spaces but for
    the moves of a right-to-left repair (:func:`lams_moved`, proven for all at once): their
    lines and pieces are marked taken in ``free`` and ``parse``, as the nothing-lost check
    marks its own (``csto_un.accounting._uncarried``), and the texts to count beside the
    parse's pieces are returned. A repaired line is a new object, so its claim names the
    input's line of its number; the input's lines still hold the extractor's damage (most
    lines of a damaged Arabic record), which the moves undo.

    A claim whose first line is a speaker label rebuilt from two input lines (the pieces
    start with that line's text, then a space) is proven of the rest: the lines after those
    two, and the pieces after the label's line, leave the count; the two input lines and the
    label's line (returned, to be counted with the parse's pieces) stay, for the count to
    compare (a rebuilt label's words are not the printed ones). A claim either proof leaves
    whose last line had its sentence's end put back is proven with that line rotated
    (:func:`rotated_stop`, :func:`_sentence_ends`).
    """
    if not claims:
        return []
    texts = [" ".join(claimed).replace("\n", " ") for _, _, claimed, _ in claims]
    rows = [" ".join(lines[first:end]) for first, end, _, _ in claims]
    proven = lams_moved(texts, rows)
    # The claims left whose first line may be a rebuilt label: their rests (a piece moved
    # nothing but lams and brackets: it has its lines' length).
    tails: dict[int, int] = {}  # a claim's index: its rest's in the lists below
    pieces: list[str] = []
    rests: list[str] = []
    for index, (first, end, _, line) in enumerate(claims):
        text = texts[index]
        if proven[index] or end >= len(lines) or not text.startswith(line.text + " "):
            continue
        rest = " ".join(lines[first + 2 : end + 1])
        if len(rest) == len(text) - len(line.text) - 1:
            tails[index] = len(pieces)
            pieces.append(text[len(line.text) + 1 :])
            rests.append(rest)
    proven += lams_moved(pieces, rests)
    tails = {index: len(claims) + at for index, at in tails.items()}
    stops = _sentence_ends(claims, lines, texts, proven, tails)
    left: list[str] = []
    for index, (first, end, claimed, line) in enumerate(claims):
        tail = tails.get(index)
        if proven[index] or stops.get(index) == 0:
            taken = first, end
        elif (tail is not None and proven[tail]) or stops.get(index) == 2:
            taken = first + 2, end + 1
        else:
            continue
        places = list(map(parse.place, claimed))
        if free.find(0, *taken) >= 0 or min(places) < 0:
            continue  # (a run taken since, or by a claim of this list before it)
        free[taken[0] : taken[1]] = bytes(taken[1] - taken[0])
        for piece, at in zip(claimed, places, strict=True):
            parse.take(piece, at)
        if taken[0] != first:
            left.append(line.text)
    return left


# A line's first full stop when a letter follows it: where a sentence's end was glued to the
# start of the line's next piece ("فعاال.اتخاذ").
_GLUED_STOP = re.compile(r"^[^.]*\.(?=[^\W\d_])")


def rotated_stop(text: str) -> str | None:
    """``text`` with its piece up to its first full stop, when a letter follows it, moved to
    its end after a space ("H.T" read as "T H."), or ``None`` without such a stop: the repair
    of a sentence's end (``csto_un.meetings._arabic._close_sentences``). The words are the
    same: a full stop and a space each end a word, the two pieces are moved whole, the letter
    after the stop starts no composition with what is before it (a base letter: NFKC composes
    a letter with the marks after it), and the piece moved to the end starts after a space as
    it started the line.

    >>> rotated_stop("فعالا.اتخاذ هذا"), rotated_stop("S/1.")
    ('اتخاذ هذا فعالا.', None)
    """
    glued = _GLUED_STOP.match(text)
    if glued is None:
        return None
    return f"{text[glued.end() :]} {glued.group(0)}"


def _sentence_ends(claims: list[tuple[int, int, tuple[str, ...], Line]], lines: list[str],
                   texts: list[str], proven: list[bool], tails: dict[int, int]) -> dict[int, int]:
    """The claims :func:`lams_moved` did not prove whose run's last line had its sentence's
    end put back (:func:`rotated_stop`) before the moves, proven with that line rotated: for
    each, 0 when the claim is proven whole, 2 when of the lines after its first two (a
    rebuilt label's speech, as in :func:`take_repaired`). The repair moves the end of the
    line before a procedural note, which ends a paragraph."""
    at: list[tuple[int, int]] = []  # a claim and what is proven of it
    pieces: list[str] = []
    rows: list[str] = []
    for index, (first, end, _, line) in enumerate(claims):
        tail = tails.get(index)
        if proven[index] or (tail is not None and proven[tail]):
            continue
        rotated = rotated_stop(lines[end - 1])
        if rotated is not None:
            pieces.append(texts[index])
            rows.append(" ".join([*lines[first : end - 1], rotated]))
            at.append((index, 0))
        head = line.text + " "
        if first + 2 <= end < len(lines) and texts[index].startswith(head):
            last = rotated_stop(lines[end])
            if last is not None:
                pieces.append(texts[index][len(head) :])
                rows.append(" ".join([*lines[first + 2 : end], last]))
                at.append((index, 2))
    found: dict[int, int] = {}
    for (index, skipped), same in zip(at, lams_moved(pieces, rows), strict=True):
        if same:
            found.setdefault(index, skipped)
    return found
