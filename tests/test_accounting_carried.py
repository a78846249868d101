"""The nothing-lost check told which pieces of a parse are lines of the input as they are
(``nothing_lost(..., carried=...)``): it counts less, and finds every loss it found before."""

from __future__ import annotations

import re

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import corpus_file
from csto_un import Intervention, Meeting, Speaker, parse_meeting
from csto_un._claims import is_unified, joints, same_words, take
from csto_un.accounting import (
    _compare,
    _left_missing,
    _uncarried,
    account,
    nothing_lost,
    parsed_texts,
    words,
)
from csto_un.model import Furniture
from csto_un.sources import Document, Line, read_string

_ALPHABET = list("ab Ab\t\u00a0\u3000\u0301ﬁ中_-.,:<>](")
_LINE = st.text(alphabet=st.sampled_from(_ALPHABET), min_size=0, max_size=12)


def _document(texts: list[str], furniture: tuple[str, ...] = ()) -> Document:
    lines = tuple(Line(text=text, number=index + 1, page=1) for index, text in enumerate(texts))
    return Document(name="<test>", format="text", lines=lines,
                    furniture=tuple(Furniture(kind="header", text=text, page=1, line=0)
                                    for text in furniture))


def _meeting(document: Document, paragraphs: list[str], label: str = "Mr. A:") -> Meeting:
    return Meeting(symbol=None, items=(Intervention(speaker=Speaker(label=label),
                                                    paragraphs=tuple(paragraphs)),),
                   source=document.source)


def _lost(document: Document, meeting: Meeting, carried: list) -> dict[str, int]:  # type: ignore[type-arg]
    """The words ``nothing_lost`` names as lost, with the claims ``carried``."""
    checked = nothing_lost(document, meeting, carried=carried)
    return {d.message: 1 for d in checked.diagnostics if d.code == "words-lost"}


def test_a_proven_paragraph_is_left_out_of_the_count() -> None:
    document = _document(["Mr. A: I thank the Council", "for its work today."])
    paragraph = "I thank the Council for its work today."
    meeting = _meeting(document, [paragraph])
    texts, pieces = _uncarried(document, meeting, [(("Mr. A:", paragraph), document.lines[0], 2)])
    assert texts == [] and pieces == []
    assert nothing_lost(document, meeting, carried=[(("Mr. A:", paragraph),
                                                      document.lines[0], 2)]) == meeting


def test_a_dropped_word_is_found_though_the_paragraph_is_claimed() -> None:
    document = _document(["Mr. A: I thank the Council", "for its work today."])
    paragraph = "I thank the Council for its today."  # "work" lost
    meeting = _meeting(document, [paragraph])
    claim = [(("Mr. A:", paragraph), document.lines[0], 2)]
    assert "'work'" in next(iter(_lost(document, meeting, claim)))
    assert _lost(document, meeting, claim) == _lost(document, meeting, [])


def test_a_claim_of_a_piece_the_parse_lacks_takes_nothing_out() -> None:
    document = _document(["Mr. A: Thank you.", "Lost line here."])
    meeting = _meeting(document, ["Thank you."])
    claim = [(("Lost line here.",), document.lines[1], 1)]
    assert "'here'" in next(iter(_lost(document, meeting, claim)))


def test_lines_claimed_twice_are_taken_out_once() -> None:
    """A paragraph the parse holds twice, both claimed over the same line: one stays counted,
    an extra word."""
    document = _document(["Mr. A:", "Thank you."])
    meeting = _meeting(document, ["Thank you.", "Thank you."])
    claims = [(("Thank you.",), document.lines[1], 1), (("Thank you.",), document.lines[1], 1)]
    texts, pieces = _uncarried(document, meeting, claims)
    assert _compare("\n".join(texts), "\n".join(pieces)).extra == account(
        [line.text for line in document.lines], meeting).extra
    assert _compare("\n".join(texts), "\n".join(pieces)).extra


def test_a_claim_with_markdown_is_not_taken() -> None:
    document = _document(["Mr. A:", "a <b", "c> d"])
    meeting = _meeting(document, ["a <b c> d"])
    texts, pieces = _uncarried(document, meeting, [(("a <b c> d",), document.lines[1], 2)])
    assert "a <b" in texts and "a <b c> d" in pieces


def test_joints_without_a_space_are_proven_whole() -> None:
    assert not joints("Se guridad", "Se-\nguridad")  # the hyphen dropped and a space
    assert joints("Seguridad del", "Se-\nguridad del")
    assert joints("Secretary-General", "Secretary-\nGeneral")
    assert joints("peace- keeping", "peace-\nkeeping")
    assert joints("internationalism a", "inter-\nnational-\nism a")
    assert joints("x inter-nationalism", "x inter-\nnational-\nism")  # one kept, one dropped
    assert not joints("a b-c d", "a b -\nc d")  # a dash, not a word's hyphen
    assert not joints("a bc d", "a b-\n c d")  # a line starting with white space
    assert not joints("resolucion", "resolu-\nción")  # changed
    assert not joints("x inter-nationalis", "x inter-\nnational-\nism")  # a letter lost


def test_the_split_words_of_proven_joints_are_no_loss() -> None:
    """Two joints whose pieces the split-word pass pairs wrongly when it must guess: "ahora"
    is "a" + "hora" as well as "ahor" + "a", and the pass, shortest head first, took "hora",
    which "horario" ("hora-" + "rio") needed; it reported "ahor" and "rio" lost. The claim
    proves each joint's pair on the texts."""
    document = _document(["Mr. A: Dijo ahor-", "a que el hora-", "rio sigue."])
    paragraph = "Dijo ahora que el horario sigue."
    meeting = _meeting(document, [paragraph])
    claim = [(("Mr. A:", paragraph), document.lines[0], 3)]
    assert not account([line.text for line in document.lines], meeting).ok  # the guess
    assert _lost(document, meeting, claim) == {}
    assert nothing_lost(document, meeting, carried=claim) == meeting


def test_a_word_lost_next_to_a_proven_joint_is_still_found() -> None:
    document = _document(["Mr. A: Dijo ahor-", "a que el hora-", "rio sigue."])
    for paragraph, lost in (("Dijo ahora que el horario.", "'sigue'"),
                            ("Dijo ahora que el hora sigue.", "'rio'"),
                            ("Dijo que el horario sigue.", "'a'")):
        meeting = _meeting(document, [paragraph])
        claim = [(("Mr. A:", paragraph), document.lines[0], 3)]
        assert lost in next(iter(_lost(document, meeting, claim)))


_JOINT = st.sampled_from([" ", "", "-", "- ", "  ", "\n"])


@settings(max_examples=600, deadline=None)
@given(st.lists(_LINE, min_size=1, max_size=6), st.lists(_JOINT, min_size=6, max_size=6),
       st.integers(0, 3), st.integers(0, 40), _LINE)
@example(["resolu-", "ción"], ["", "", "", "", "", ""], 0, 0, "")
@example(["a b-", "c-", "d e"], ["", "-", "", "", "", ""], 0, 0, "")
@example(["a b-", "c d"], [" ", "", "", "", "", ""], 0, 0, "")
@example(["ab-", "cd"], ["", "", "", "", "", ""], 1, 2, "x")
@example(["a b -", "c d"], ["", "", "", "", "", ""], 0, 0, "")
@example(["a b-", " c d"], ["", "", "", "", "", ""], 0, 0, "")
@example(["in-", "ter-", "nal"], ["", "", "", "", "", ""], 0, 0, "")
def test_claims_change_no_count(lines: list[str], joints: list[str], edit: int, where: int,
                                inserted: str) -> None:
    """Whatever a parser claims — lines joined as the joiner joins them or otherwise, a
    word dropped, changed or added — a claim the texts do not prove changes no count (the
    missing and extra words are those of the whole count), and a proven one leaves nothing
    to count: the whole count finds nothing either, unless the claim joins lines at a
    line-end hyphen (its split words, which the whole count leaves to a guess)."""
    piece = lines[0]
    for line, joint in zip(lines[1:], joints, strict=False):
        if joint in ("", "-") and piece.endswith("-"):
            piece = piece[:-1] + line if joint == "" else piece + line
        else:
            piece += joint + line
    where = min(where, len(piece))
    if edit == 1:
        piece = piece[:where] + piece[where + 1 :]
    elif edit == 2:
        piece = piece[:where] + inserted + piece[where:]
    document = _document(["Mr. A:", *lines, "tail words"], furniture=("24-12345",))
    meeting = _meeting(document, [piece, "tail words"])
    claims = [((piece,), document.lines[1], len(lines)), (("Mr. A:",), document.lines[0], 1),
              (("tail words",), document.lines[-1], 1)]
    texts, pieces = _uncarried(document, meeting, claims)
    counted = _compare("\n".join(texts), "\n".join(pieces))
    whole = account([*(line.text for line in document.lines), "24-12345"], meeting)
    if take(piece, lines):
        assert counted.ok
        assert whole.ok or ("-\n" in "\n".join(lines) and piece != " ".join(lines))
    else:
        assert counted == whole
    assert len(pieces) <= len(list(parsed_texts(meeting)))


def test_a_parsed_record_is_mostly_proven() -> None:
    """``parse_meeting`` tells the check its paragraphs, labels and front page: most of the
    lines of a plain record are left out of the count."""
    text = ("The President: I declare the meeting open. The Council will now\n"
            "begin its consideration of item 2 of the agenda.\n\n"
            "Mr. Wood (United States of America): I thank the Secretary-\n"
            "General for his briefing and the Council for its work.\n\n"
            "We welcome the report.\n\n"
            "The meeting rose at 4 p.m.\n")
    document = read_string(text)
    from csto_un.meetings._parser import _Parse

    parse = _Parse(document, "en", False)
    meeting = parse.run()
    texts, _ = _uncarried(document, meeting, parse.carried)
    assert len([t for t in texts if t]) <= 2
    assert parse_meeting(text).diagnostics == meeting.diagnostics


_RECORD = ("The President: I declare the meeting open. The Council will now\n"
           "begin its consideration of item 2 of the agenda.\n\n"
           "Mr. Wood (United States of America): I thank the Secretary-\n"
           "General for his briefing and the Council for its work. We sup-\n"
           "port the resolution.\n\n"
           "We welcome the report.\n\n"
           "The meeting rose at 4 p.m.\n")


def test_a_joiner_that_drops_a_word_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    """The parser claims its paragraphs; a paragraph that lost a word is no proven claim."""
    from csto_un.text import Joiner

    join = Joiner.join

    def losing(self: Joiner, lines: list[str], *, folded: bool = False) -> str:
        return join(self, lines, folded=folded).replace(" briefing", "")

    monkeypatch.setattr(Joiner, "join", losing)
    (lost,) = [d for d in parse_meeting(_RECORD).diagnostics if d.code == "words-lost"]
    assert "'briefing'" in lost.message


def test_a_joiner_that_mends_a_word_wrongly_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    from csto_un.text import Joiner

    join = Joiner.join

    def mending(self: Joiner, lines: list[str], *, folded: bool = False) -> str:
        return join(self, lines, folded=folded).replace("support", "supp")

    monkeypatch.setattr(Joiner, "join", mending)
    (lost,) = [d for d in parse_meeting(_RECORD).diagnostics if d.code == "words-lost"]
    assert "'port'" in lost.message or "'support'" in lost.message or "'sup'" in lost.message


_FOLDING = st.text(alphabet=st.sampled_from(list("ab A中文\u3400 \u00a0\u3000\u2009\u202f\u00ad"
                                                 "\ufffe（）：()ａＡ\u0301\u3099_-。，\t")),
                   max_size=14)


@settings(max_examples=300, deadline=None)
@given(_FOLDING)
@example("a\u00ad\u0301b")
@example("（\u0301）")
def test_folding_changes_no_word(text: str) -> None:
    """What the proof of a claim through :func:`csto_un.folding.fold` rests on."""
    from csto_un.folding import fold

    assert words(fold(text)) == words(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(_FOLDING, min_size=1, max_size=4), st.lists(_FOLDING, min_size=1, max_size=4),
       st.booleans())
@example(["主席（发言）：", "安全"], ["主席（发言）：安全"], False)
@example(["a", "中b"], ["a中", "b"], False)
@example(["ａ", "b"], ["ａb"], False)
def test_a_claim_proven_by_its_folded_text_has_the_words_of_its_lines(
        claimed: list[str], rows: list[str], same: bool) -> None:
    """A claim :func:`same_words` proves (folded, the spaces next to an ideograph taken out)
    has the words of its lines; pieces made of the lines' own text are proven."""
    if same:
        claimed = ["".join(rows)]
    piece, lines = " ".join(claimed), "\n".join(rows)
    if same_words(piece, lines):
        assert words(piece) == words(lines)
    if same and all(is_unified(row[-1:]) for row in rows[:-1]):
        assert same_words(piece, lines)


def _gaps_one_by_one(text: str) -> str:
    """The plain definition of ``_without_ideograph_gaps``: the pieces between spaces glued
    where the character before or after the space is a unified ideograph."""
    pieces = text.split(" ")
    out = [pieces[0]]
    for piece in pieces[1:]:
        if is_unified(out[-1][-1:]) or is_unified(piece[:1]):
            out[-1] += piece
        else:
            out.append(piece)
    return " ".join(out)


@given(_FOLDING)
@example("a 中 b")
@example("中 中 a b 㐀")
def test_the_gaps_next_to_ideographs_go_as_one_by_one(text: str) -> None:
    """The substitution that takes out the spaces beside unified ideographs gives what gluing
    the pieces one by one gives, on folded text (single spaces, none at the ends)."""
    from csto_un._claims import _without_ideograph_gaps
    from csto_un.folding import fold

    folded = fold(text)
    assert _without_ideograph_gaps(folded) == _gaps_one_by_one(folded)


_CHINESE = ("主席（以英语发言）：安全理事会现在开始审议\n其议程上的项目。\n\n"
            "伍德先生（美利坚合众国）（以英语发言）：美国\n"
            "欢迎一致通过这项决议（第2732（2024）号决议），将\n"
            "联合国伊拉克援助团的任务期限延长至2025年底。\n\n下午4时散会。\n")


def test_chinese_lines_joined_without_a_space_are_proven() -> None:
    """Chinese lines join without a space, a label's full-width brackets are folded in the
    speech on its line: the claims are proven by the folded texts, and no line is counted."""
    from csto_un.meetings._parser import _Parse

    document = read_string(_CHINESE)
    parse = _Parse(document, "zh", False)
    meeting = parse.run()
    texts, pieces = _uncarried(document, meeting, parse.carried)
    assert not any(texts) and not any(pieces)
    assert nothing_lost(document, meeting, carried=parse.carried) == meeting


def test_a_chinese_joiner_that_drops_a_character_is_caught(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from csto_un.text import Joiner

    join = Joiner.join

    def losing(self: Joiner, lines: list[str], *, folded: bool = False) -> str:
        return join(self, lines, folded=folded).replace("欢迎", "欢")

    monkeypatch.setattr(Joiner, "join", losing)
    (lost,) = [d for d in parse_meeting(_CHINESE, language="zh").diagnostics
               if d.code == "words-lost"]
    assert "'迎'" in lost.message


def test_a_chinese_joiner_that_drops_a_line_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    from csto_un.text import Joiner

    join = Joiner.join

    def dropping(self: Joiner, lines: list[str], *, folded: bool = False) -> str:
        return join(self, lines[:-1] if len(lines) > 2 else lines, folded=folded)

    monkeypatch.setattr(Joiner, "join", dropping)
    (lost,) = [d for d in parse_meeting(_CHINESE, language="zh").diagnostics
               if d.code == "words-lost"]
    assert lost.message.startswith("20 words") and "'伊'" in lost.message


def test_the_unified_ideographs_are_those_of_the_word_count() -> None:
    from csto_un._claims import UNIFIED_RANGES

    unified = re.compile(f"[{UNIFIED_RANGES}]")
    assert all(is_unified(chr(code)) == bool(unified.match(chr(code)))
               for code in range(0x10000))


_RECORDS = [f"multilingual/S_PV.{number}_{language}.txt" for number in (9642, 9722)
            for language in ("ar", "en", "es", "fr", "ru", "zh")]


def _claimed_paragraphs(relative: str) -> tuple[Document, Meeting, list]:  # type: ignore[type-arg]
    """A corpus record read and parsed, with the parser's claims (before the check)."""
    from csto_un.meetings._parser import _Parse

    document = read_string(corpus_file(relative).read_text(encoding="utf-8"), name=relative)
    parse = _Parse(document, None, False)
    return document, parse.run(), list(parse.carried)


def _without_word(meeting: Meeting, claims: list, which: int) -> tuple[Meeting, list, str]:  # type: ignore[type-arg]
    """The parse with a word taken out of the ``which``-th claimed one-piece paragraph of its
    speeches, and the claims with that paragraph's claim naming the changed text (a joiner
    that lost a word: the claim is the parser's word, the check must not trust it)."""
    paragraphs = [(i, k, text) for i, item in enumerate(meeting.items)
                  if isinstance(item, Intervention)
                  for k, text in enumerate(item.paragraphs)
                  if any(claim[0] == (text,) for claim in claims) and len(text) > 20]
    i, k, text = paragraphs[which % len(paragraphs)]
    if " " in text:  # the middle word, else the middle character (an ideograph)
        pieces = text.split(" ")
        lost = pieces[len(pieces) // 2]
        changed = " ".join(pieces[: len(pieces) // 2] + pieces[len(pieces) // 2 + 1:])
    else:
        lost = text[len(text) // 2]
        changed = text[: len(text) // 2] + text[len(text) // 2 + 1:]
    item = meeting.items[i]
    assert isinstance(item, Intervention)
    items = list(meeting.items)
    items[i] = attrs.evolve(item, paragraphs=(*item.paragraphs[:k], changed,
                                              *item.paragraphs[k + 1:]))
    claims = [((changed,), *claim[1:]) if claim[0] == (text,) else claim for claim in claims]
    return attrs.evolve(meeting, items=tuple(items)), claims, lost


@pytest.mark.parametrize("relative", _RECORDS)
def test_the_leftovers_same_on_both_sides_are_counted_as_before(relative: str) -> None:
    """What is left once the claims are taken: when both sides hold the same texts (the
    page furniture, in most records), nothing is counted (``_left_missing``); the answer is
    the count's, on the record as parsed and with a word lost from a claimed paragraph."""
    document, meeting, claims = _claimed_paragraphs(relative)
    for parsed, told in [(meeting, claims),
                         *(_without_word(meeting, claims, which)[:2] for which in range(3))]:
        texts, pieces = _uncarried(document, parsed, told)
        assert _left_missing(texts, pieces) == _compare("\n".join(texts),
                                                        "\n".join(pieces)).missing


@pytest.mark.parametrize("relative", _RECORDS)
def test_a_word_lost_from_a_claimed_paragraph_is_caught(relative: str) -> None:
    """A paragraph the parser claims (its lines joined) that lost a word: the claim is not
    proven, and the word is named, with the record's name, on every record of the folder."""
    document, meeting, claims = _claimed_paragraphs(relative)
    assert nothing_lost(document, meeting, carried=claims) == meeting
    for which in range(3):
        parsed, told, lost = _without_word(meeting, claims, which)
        (diagnostic,) = nothing_lost(document, parsed, carried=told).diagnostics[-1:]
        assert diagnostic.code == "words-lost" and diagnostic.source == relative
        assert (any(f"'{word}'" in diagnostic.message for word in words(lost))
                or "…" in diagnostic.message)


def test_the_leftovers_are_the_same_only_as_often() -> None:
    """The same texts on both sides, but not as often: counted."""
    assert _left_missing(["a b", "c", "a b"], ["c", "a b"]) == {"a": 1, "b": 1}
    assert _left_missing(["a b", "a b", "c"], ["a b", "c", "c"]) == {"a": 1, "b": 1}
    assert _left_missing(["c", "a b"], ["a b", "c"]) == {}
