"""Proving a parser's claims for the nothing-lost check (:mod:`csto_un.accounting`): that a
piece of its parse is a run of lines of its input, joined, with the same words.

A claim is proven on the texts alone (which lines the parser read does not matter): the piece
is the lines joined with spaces; or joined as :func:`csto_un.text.join_lines` joins them, a
line-end hyphen kept or dropped (:func:`joints`: what is left to count at those joints is
handed back); or the same text once both are folded and the white space beside a unified
ideograph taken out (:func:`same_words`: Chinese lines join without a space).

>>> joints("la resolución de", "la resolu-\\nción de")
('resolu- ción', 'resolución')
>>> same_words("主席(以英语发言): 安全理事会", "主席（以英语发言）：安全\\n理事会")
True
"""

from __future__ import annotations

from .folding import fold
from .text import CJK

__all__ = ["hyphen_runs", "is_unified", "joints", "same_words", "take"]


def take(piece: str, rows: list[str]) -> tuple[str, str] | None:
    """For a claim (see :func:`csto_un.accounting._uncarried`) that ``piece`` is the lines
    ``rows`` joined, what is left to count of the lines and of the piece once the claim is
    taken (the pieces around the joints without a space), or ``None`` for a claim not proven.
    (What is proven is the texts': which lines the parser read does not matter.)

    >>> take("Thank you, Mr. Presi- dent.", ["Thank you, Mr. Presi-", "dent."])
    ('', '')
    >>> take("Thank you.", ["Thank you"]) is None
    True
    """
    if "<" in piece or "](" in piece:
        return None
    if "\n" in piece:  # (a note's paragraphs: the same pieces)
        piece = piece.replace("\n", " ")
    if piece == " ".join(rows):
        return "", ""
    lines = "\n".join(rows)
    left = joints(piece, lines) if "-\n" in lines else None
    if left is None and same_words(piece, lines):
        return "", ""
    return left


def joints(piece: str, lines: str) -> tuple[str, str] | None:
    """When ``piece`` is ``lines`` (joined with line ends) joined as
    :func:`csto_un.text.join_lines` joins them, a space at each line end but at a line-end
    hyphen, where the lines join without one, the pieces of the lines and those of ``piece``
    at the joints without a space (``"resolu-"`` and ``"ción"``, and ``"resolución"``), each
    side's joined with spaces; else ``None``.

    When every such hyphen is dropped, or every one kept, that is two comparisons of whole
    texts: ``piece`` is the lines with each ``"-\\n"`` taken out (or made ``"-"``), then each
    line end a space. The white-space pieces of ``lines`` that hold a line-end hyphen
    (:func:`hyphen_runs`) are then those left to count, and the same pieces with their
    ``"-\\n"`` taken out (or made ``"-"``) are those of ``piece``: every other white-space
    piece of either text is one of the other (a line end is white space, and so is what it
    became). A piece that drops some hyphens and keeps others is walked joint by joint
    (:func:`mixed_joints`)."""
    for joint in ("", "-"):
        if piece == lines.replace("-\n", joint).replace("\n", " "):
            runs = hyphen_runs(lines)
            return runs.replace("\n", " "), runs.replace("-\n", joint)
    return mixed_joints(piece, lines)


def hyphen_runs(lines: str) -> str:
    """The white-space pieces of ``lines`` that hold a line-end hyphen (``"-\\n"``, no white
    space then), joined with spaces: ``"la resolu-\\nción de"`` gives ``"resolu-\\nción"``."""
    parts = lines.split("-\n")
    runs: list[str] = []
    run = _last_piece(parts[0])
    goes_on = False  # the last part has no white space: the run is not ended
    for part in parts[1:]:
        goes_on = not part or part.split(None, 1) == [part]
        if goes_on:
            run += "-\n" + part
        else:
            runs.append(run + "-\n" + ("" if part[0].isspace() else part.split(None, 1)[0]))
            run = _last_piece(part)
    if goes_on:
        runs.append(run)
    return " ".join(runs)


def _last_piece(text: str) -> str:
    """The white-space piece that ends ``text`` (``""`` when it ends with white space)."""
    return "" if not text or text[-1].isspace() else text.rsplit(None, 1)[-1]


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
    same words)."""
    pieces = text.split(" ")
    out = [pieces[0]]
    for piece in pieces[1:]:
        if is_unified(out[-1][-1:]) or is_unified(piece[:1]):
            out[-1] += piece
        else:
            out.append(piece)
    return " ".join(out)


def is_unified(char: str) -> bool:
    """Whether ``char`` is a unified ideograph (``accounting._UNIFIED_RANGES``, a test checks)."""
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"


def mixed_joints(piece: str, lines: str) -> tuple[str, str] | None:
    """:func:`joints` walked joint by joint: when ``piece`` is ``lines`` (joined with line
    ends) joined as :func:`csto_un.text.join_lines` joins them — a space between two lines,
    or nothing after a line ending in a hyphen that follows a word's end, the hyphen kept or
    dropped, before a line starting with no white space — the pieces of the lines and those
    of ``piece`` at the joints without a space, each side's joined with spaces; else ``None``.
    Every other piece of the lines is one of ``piece`` and the other way round. The lines
    between two line-end hyphens are compared at once."""
    parts = lines.split("-\n")  # each but the last ends a line before its hyphen
    if len(parts) < 2 or not all(parts):
        return None
    at = 0
    kept: dict[tuple[int, int], str] = {}  # the lines' pieces at the joints: part, end
    spans: list[list[int]] = []  # the piece's pieces across the joints: start, end
    for index, part in enumerate(parts):
        run = part.replace("\n", " ")
        if not piece.startswith(run, at):
            return None
        at += len(run)
        if index == len(parts) - 1:
            break
        if piece.startswith("- ", at):  # the hyphen and a space: the same pieces
            at += 2
            continue
        hyphen = piece.startswith("-", at)
        after = parts[index + 1]
        if part[-1].isspace() or after[0].isspace():
            return None  # a joint without a space is within a word: "resolu-" + "ción"
        at += hyphen
        last, first = part.rsplit(None, 1)[-1], after.split(None, 1)[0]
        # (a part of one piece is its own first and last piece: one key)
        kept[index, 0 if last == part else 1] = last + "-"
        kept[index + 1, 0] = first + "-" if first == after and index + 2 < len(parts) else first
        start, end = at - len(last) - hyphen, at + len(first)
        if spans and start <= spans[-1][1]:
            spans[-1][1] = end  # one piece across two joints: "inter-" + "national-" + "ism"
        else:
            spans.append([start, end])
    if at != len(piece):
        return None
    return " ".join(kept.values()), " ".join(piece[start:end] for start, end in spans)
