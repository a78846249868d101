"""The nothing-lost check's cheaper paths prove what the plain ones prove: a claim naming its
first line by index, the parse's pieces taken by place, the joints tried by length, Chinese
lines joined without a space found without folding."""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from hypothesis import example, given, settings
from hypothesis import strategies as st

from csto_un._claims import Pieces, _ideographs_apart, joints, mixed_joints, same_words, take
from csto_un._leftovers import _fits
from csto_un.accounting import Carried, _uncarried, nothing_lost, words
from csto_un.model import Intervention, Meeting, Speaker
from csto_un.sources import Document, Line

_TEXT = st.text(alphabet=st.sampled_from(list("ab -\n中文（）:<](\u00ad")), max_size=10)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("ab 中文（）:-")), max_size=6),
                min_size=1, max_size=5), _TEXT)
@example(["ab", "cd"], "")
@example(["ab中", "cd"], "")
@example(["ab", " 中"], "")
def test_chinese_lines_joined_as_they_are_have_the_words_of_their_lines(
        rows: list[str], other: str) -> None:
    """Lines joined without a space, each line end next to a unified ideograph, are proven
    as :func:`same_words` proves them, and have the words of the lines; a line end between
    two other characters is not (two words would be one)."""
    lines = "\n".join(rows)
    for piece in ("".join(rows), other):
        if _ideographs_apart(piece, lines):
            assert same_words(piece, lines)
            assert words(piece) == words(lines)
    if len(rows) > 1 and not any(row[-1:] in "中文" or nxt[:1] in "中文"
                                 for row, nxt in pairwise(rows)):
        assert not _ideographs_apart("".join(rows), lines)


def _joints_as_before(piece: str, lines: str) -> bool:
    """The plain definition: the piece is the lines with each line-end hyphen dropped, or
    each kept, then each line end a space; else walked joint by joint."""
    for joint in ("", "-"):
        if piece == lines.replace("-\n", joint).replace("\n", " "):
            return True
    return mixed_joints(piece, lines)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("ab -")), max_size=5), min_size=1,
                max_size=5), st.lists(st.sampled_from(["", "-", " ", "- "]), min_size=4,
                                      max_size=4), st.integers(0, 3))
@example(["resolu-", "ción"], ["", "", "", ""], 0)
@example(["a-", "b-", "c"], ["", "-", "", ""], 0)
@example(["a-", "b"], ["-", "", "", ""], 2)
def test_the_joints_tried_by_length_prove_what_both_ways_prove(
        rows: list[str], ways: list[str], edit: int) -> None:
    """:func:`joints` makes only the way of joining whose length the piece has: it answers
    as trying both ways, then the walk, does (pieces joined every way, some cut short)."""
    piece = rows[0]
    for row, way in zip(rows[1:], ways, strict=False):
        piece = (piece[:-1] if way == "" and piece.endswith("-") else piece) + (
            way if way.strip() != "-" or not piece.endswith("-") else way[1:]) + row
    piece = piece[: len(piece) - edit] if edit < 3 else piece + " "
    lines = "\n".join(rows)
    assert joints(piece, lines) == _joints_as_before(piece, lines)
    if "<" not in piece and "](" not in piece:  # (take: the plain way, then the joints)
        plain = piece == " ".join(rows) or ("-\n" in lines and _joints_as_before(piece, lines))
        assert take(piece, rows) == (plain or same_words(piece, lines))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "c", ""]), max_size=8),
       st.lists(st.sampled_from(["a", "b", "c", "", "d"]), max_size=10))
@example(["a", "b", "a", "a"], ["a", "a", "a", "a"])
def test_pieces_are_taken_from_their_last_place_back(found: list[str],
                                                     asked: list[str]) -> None:
    """:class:`Pieces` takes a text from its last place not taken, as popping a list of its
    places did; none is taken twice, and a text the parse lacks has no place."""
    places: dict[str, list[int]] = {}
    for index, piece in enumerate(found):
        places.setdefault(piece, []).append(index)
    pieces = Pieces(found)
    for piece in asked:
        slot = places.get(piece)
        at = pieces.place(piece)
        assert at == (slot[-1] if slot else -1)
        if at >= 0:
            pieces.take(piece, at)
            assert slot is not None
            slot.pop()
    taken = {at for piece, slot in places.items() for at in range(len(found))
             if found[at] == piece and at not in slot}
    assert [index for index, kept in enumerate(pieces.kept) if not kept] == sorted(taken)


def _record() -> tuple[Document, Meeting]:
    texts = ["Mr. A:", "We met the resolu-", "tion of peace.", "24-12345 1/2", "Thank you."]
    lines = tuple(Line(text=text, number=index + 1) for index, text in enumerate(texts))
    document = Document(name="<test>", format="text", lines=lines)
    meeting = Meeting(symbol=None, items=(Intervention(
        speaker=Speaker(label="Mr. A:"),
        paragraphs=("We met the resolution of peace.", "24-12345 1/2", "Thank you.")),),
        source=document.source)
    return document, meeting


def test_a_claim_by_index_is_taken_as_one_by_line() -> None:
    """A claim naming its first line by index leaves out what the same claim naming the
    line leaves out; an index outside the document, or whose lines are not the piece, is
    not taken; and a word lost from a claimed paragraph is still named."""
    document, meeting = _record()
    rows = document.lines
    by_line: list[Carried] = [(("Mr. A:",), rows[0], 1),
                              (("We met the resolution of peace.",), rows[1], 2),
                              (("Thank you.",), rows[4], 1)]
    by_index: list[Carried] = [(("Mr. A:",), 0, 1),
                               (("We met the resolution of peace.",), 1, 2),
                               (("Thank you.",), 4, 1)]
    assert _uncarried(document, meeting, by_index) == _uncarried(document, meeting, by_line)
    assert _uncarried(document, meeting, by_index) == (["24-12345 1/2"], ["24-12345 1/2"])
    everything = _uncarried(document, meeting, ())
    for index in (-1, 5, 2, 3):  # outside, outside, lines not the piece's
        claim: Carried = (("We met the resolution of peace.",), index, 2)
        assert _uncarried(document, meeting, [claim]) == everything
    lost = Meeting(symbol=None, items=(Intervention(
        speaker=Speaker(label="Mr. A:"),
        paragraphs=("We met the of peace.", "24-12345 1/2", "Thank you.")),),
        source=document.source)
    told: list[Carried] = [(("We met the of peace.",), 1, 2), *by_index[::2]]
    checked = nothing_lost(document, lost, carried=told)
    assert [d.message for d in checked.diagnostics] == [
        "2 words of the input are in no part of the parse: 'resolu', 'tion'"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ابلx")), max_size=6),
       st.dictionaries(st.sampled_from(list("ابلy")), st.integers(1, 3)))
@example("اا", {"ا": 1})
@example("ب", {})
def test_a_word_fits_the_letters_a_side_holds_more_as_counted(
        word: str, letters: dict[str, int]) -> None:
    """The right-to-left pass's test of a word's letters (counted in C) answers as the
    Counters' difference did."""
    assert _fits(word, Counter(letters)) == (not Counter(word) - Counter(letters))
