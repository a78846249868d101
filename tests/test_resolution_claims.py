"""The resolution parser's claims to the nothing-lost check (``resolutions._text.claim``):
pieces it keeps whole that are lines of the input, an operative number, a sub-paragraph's
letter or a note's mark before them left counted. With them the check counts a third of the
words, and must find what it finds without them, on real documents and on parses that lost a
paragraph, a sub-paragraph, a note or a word."""

from __future__ import annotations

import attrs
import pytest

from conftest import corpus_file
from csto_un import Paragraph, Resolution
from csto_un.accounting import Accounting, Carried, _compare, _uncarried, account, nothing_lost
from csto_un.resolutions._parser import _parse
from csto_un.resolutions._text import Unit, claim, clean_lines
from csto_un.sources import Document, Line, read_document
from csto_un.text import Joiner

# Operative paragraphs, sub-paragraphs run into a line, notes, a page break mid-paragraph, an
# annex, a draft with sponsors' notes, the resolution with a footnote mark glued by PDFium,
# paragraphs whose lines join at soft hyphens (dropped, "resolu\xad" + "tion", or kept).
_FILES = [
    "A_RES_78_3",
    "A_RES_78_69",
    "A_C.3_80_L.20",
    "A_RES_78_8",
    "A_RES_78_128",
    "A_RES_78_225",
    "A_RES_78_248",
    "A_RES_78_252",
    "A_RES_78_296",
    "A_C.3_80_L.12",
]


def _read(name: str) -> tuple[Document, Resolution, list[Carried]]:
    document = read_document(corpus_file(f"ga-scale/pdfs/{name}.pdf"))
    resolution, carried = _parse(document, None)
    return document, resolution, carried


def _with_claims(document: Document, resolution: Resolution, carried: list[Carried]) -> Accounting:
    texts, pieces = _uncarried(document, resolution, carried)
    return _compare("\n".join(texts), "\n".join(pieces))


def _whole(document: Document, resolution: Resolution) -> Accounting:
    texts = [line.text for line in document.lines] + [f.text for f in document.furniture]
    return account(texts, resolution)


@pytest.mark.parametrize("name", _FILES)
def test_the_claims_leave_the_count_as_it_was(name: str) -> None:
    document, resolution, carried = _read(name)
    assert _with_claims(document, resolution, carried) == _whole(document, resolution)


@pytest.mark.parametrize("name", ["A_RES_78_3", "A_C.3_80_L.12"])
def test_most_lines_leave_the_count(name: str) -> None:
    """The claims are taken, heads among them: two lines in three leave the count."""
    document, resolution, carried = _read(name)
    texts, _ = _uncarried(document, resolution, carried)
    assert len(texts) < 0.4 * len(document.lines)
    assert any(len(found) == 4 for found in carried)


def _lose(resolution: Resolution, where: str) -> Resolution:
    """The parse with one piece lost: an operative paragraph, a sub-paragraph, a note, or one
    word of a preambular paragraph."""
    operative = list(resolution.operative)
    if where == "paragraph":
        return attrs.evolve(resolution, operative=tuple(operative[:1] + operative[2:]))
    if where == "sub":
        at = next(i for i, p in enumerate(operative) if p.subparagraphs)
        subs = operative[at].subparagraphs
        operative[at] = attrs.evolve(operative[at], subparagraphs=subs[:-1])
        return attrs.evolve(resolution, operative=tuple(operative))
    if where == "note":
        return attrs.evolve(resolution, footnotes=resolution.footnotes[1:])
    preamble = list(resolution.preamble)
    first: Paragraph = preamble[1]
    words = first.text.split(" ")
    preamble[1] = attrs.evolve(first, text=" ".join(words[:2] + words[3:]))
    return attrs.evolve(resolution, preamble=tuple(preamble))


@pytest.mark.parametrize("where", ["paragraph", "sub", "note", "word"])
def test_a_lost_piece_is_found_with_the_claims(where: str) -> None:
    document, resolution, carried = _read("A_RES_78_248")
    damaged = _lose(resolution, where)
    with_claims = _with_claims(document, damaged, carried)
    assert with_claims.missing
    assert with_claims == _whole(document, damaged)
    lost = nothing_lost(document, damaged, carried=carried).diagnostics[-1]
    assert lost.code == "words-lost"
    assert lost == nothing_lost(document, damaged).diagnostics[-1]


def _unit(texts: list[str]) -> tuple[tuple[Line, ...], Unit]:
    lines = tuple(Line(text=t, number=i + 1, page=1) for i, t in enumerate(texts))
    return lines, Unit(
        "op", clean_lines(lines), label="12", joiner=Joiner(set(), dehyphenate=False)
    )


def test_a_claim_is_proposed_only_where_it_holds() -> None:
    _, unit = _unit(["12. Decides to meet", "again in 2026."])
    # (the first line named by its index in the document)
    assert claim(unit, "Decides to meet again in 2026.") == (
        ("Decides to meet again in 2026.",),
        0,
        2,
        "12. ",
    )
    assert claim(unit, "12. Decides to meet again in 2026.") == (
        ("12. Decides to meet again in 2026.",),
        0,
        2,
    )
    # A mark taken out, a word joined at the head without a space: no claim.
    assert claim(unit, "Decides to meet again in.") is None
    assert claim(unit, "ecides to meet again in 2026.") is None


def test_a_head_must_end_with_a_space_to_be_taken() -> None:
    """The head stays counted in place of the lines: "12." and "Decides" glued ("12.Decides")
    is one piece of the input, not two, so such a claim is not taken."""
    lines = (Line(text="12.Decides to meet.", number=1, page=1),)
    document = Document(name="<test>", format="text", lines=lines)
    resolution = Resolution(symbol=None, operative=(Paragraph("Decides to meet.", number=12),))
    glued: list[Carried] = [(("Decides to meet.",), lines[0], 1, "12.")]
    texts, pieces = _uncarried(document, resolution, glued)
    assert texts == ["12.Decides to meet."] and "Decides to meet." in pieces
    spaced_line = (Line(text="12. Decides to meet.", number=1, page=1),)
    spaced: list[Carried] = [(("Decides to meet.",), spaced_line[0], 1, "12. ")]
    document = Document(name="<test>", format="text", lines=spaced_line)
    texts, pieces = _uncarried(document, resolution, spaced)
    assert texts == ["12. "] and "Decides to meet." not in pieces


def test_a_claim_across_hyphens_is_proposed_where_the_check_proves_it() -> None:
    """Lines joined at line-end hyphens (a soft hyphen, the one these PDFs print, or "-"),
    every one dropped or every one kept, are claimed, and the check proves the claim."""
    dropped = ["12. Decides to meet on the resolu\xad", "tion of the Coun-", "cil."]
    lines, unit = _unit(dropped)
    text = "Decides to meet on the resolution of the Council."
    found = claim(unit, text)
    assert found == ((text,), 0, 3, "12. ")
    resolution = Resolution(symbol=None, operative=(Paragraph(text, number=12),))
    document = Document(name="<test>", format="pdf", lines=lines)
    assert _uncarried(document, resolution, [found]) == (["12. "], ["12"])
    _, unit = _unit(["Recalling the treaty\xad", "making practice,"])
    assert claim(unit, "Recalling the treaty-making practice,") == (
        ("Recalling the treaty-making practice,",), 0, 2
    )
    # One joint dropped and one kept, or a hyphen mid-line: not proposed.
    _, unit = _unit(["Recalling the resolu\xad", "tion on peace-", "keeping,"])
    assert claim(unit, "Recalling the resolution on peace-keeping,") is None
    _, unit = _unit(["Recalling the resolu\xadtion on", "peace,"])
    assert claim(unit, "Recalling the resolution on peace,") is None
