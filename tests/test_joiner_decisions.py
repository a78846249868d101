"""The joiner's decisions taken from the hyphen evidence give the joins the rule gives.

:meth:`Joiner.of` keeps, for each hyphen at a line end the evidence read, the hyphen rule's
decision keyed by the joint's two lines, and :meth:`Joiner.join` asks it there instead of
reading the words around the hyphen again. These properties hold the joins with those
decisions to :func:`join_lines` without them (the rule asked at each joint), on made
documents and on the real records.
"""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import csto_un
from conftest import corpus_file
from csto_un._vocabulary import _WORD
from csto_un.sources._search import joined_lines
from csto_un.text import (
    Joiner,
    Vocabulary,
    _ends,
    _split_words,
    fold_lines,
    hyphen_evidence,
    join_lines,
    vocabulary,
)

# Word pieces of several scripts, capitals, a capital sigma (lower-cased "ς" or "σ" by its
# place), a dotted capital I (two characters lower-cased), an ideograph, an Arabic letter,
# punctuation, "_" and digits; lines end with a hyphen or a soft hyphen often.
_PIECE = st.sampled_from(
    ["resolu", "tion", "resolution", "inter", "national", "ism", "internationalism", "peace",
     "keeping", "Secretary", "General", "vice", "président", "ΑΣ", "ασ", "Σα", "İs", "中文",
     "اب", "(a", "b)", "x_", "1", "a", "f", "", "-", "--"]
)
_LINE = st.builds(
    lambda pieces, end: " ".join(pieces) + end,
    st.lists(_PIECE, max_size=4),
    st.sampled_from(["-", "-", "\u00ad", "", " -", "."]),
)
_DOCUMENT = st.lists(_LINE, min_size=1, max_size=30)


def _joins_agree(document: list[str], compounds: tuple[str, ...] = ()) -> Joiner:
    """Join every run of the document's folded lines (and each run with its first line cut
    at a space, as a label cuts it) with the joiner's decisions and without them."""
    texts = fold_lines(document)
    joiner = Joiner.of(texts, compounds, folded=True)
    runs = [texts[start:end] for start in range(len(texts))
            for end in range(start + 1, min(len(texts), start + 6) + 1)]
    runs += [[run[0].partition(" ")[2], *run[1:]] for run in runs]
    for run in runs:
        expected = join_lines(run, joiner.words, dehyphenate=joiner.dehyphenate, folded=True,
                              compounds=joiner.compounds)
        assert joiner.join(run, folded=True) == expected, run
        assert joiner.join(run) == expected, run  # (not folded: folded line by line)
    return joiner


@given(_DOCUMENT, st.sampled_from([(), ("vice-\\w+",)]))
@example(["the internationalism of", "inter-", "national-", "ism", "a resolu-", "tion"], ())
@example(["nationalism", "inter-", "national-", "ism", "x inter-", "nationalism"], ())
@example(["ΑΣ-", "α", "ασα ας-α", "ΑΣ-", "α"], ())
# ("ΑΣ" + "α" lower-cased together is "ασα", a word; apart, "ας" + "α": the votes keep hyphens)
@example(["x ΑΣ-", "α", "ασα", "a peace-", "keeping", "peace-keeping", "b peace-", "keeping"], ())
@example(["x resolu-", "tion", "a vice-", "président", "vice-", "président"], ("vice-\\w+",))
@example(["a peace-", "keeping", "peace-keeping", "Secretary-", "General", "b -", "c"], ())
def test_joins_with_the_evidence_decisions_are_the_rules(
    document: list[str], compounds: tuple[str, ...]
) -> None:
    _joins_agree(document, compounds)


def _votes(lines: list[str], words: set[str], compounds: re.Pattern[str] | None) -> bool:
    """The hyphen evidence's votes as they were counted before the decisions were kept."""
    remove = keep = 0
    if sum(line.endswith("-") for line in lines[:-1]) * 50 < len(lines):
        return False
    for head, tail in _split_words(lines):
        if not head or not tail[:1].islower():
            continue
        head, tail = head.lower(), tail.lower()
        if f"{head}-{tail}" in words:
            keep += 1
        elif compounds is not None and compounds.fullmatch(f"{head}-{tail}"):
            continue
        elif f"{head}{tail}" in words or (head.isalpha() and head not in words):
            remove += 1
        else:
            keep += 1
    return remove > keep and remove * 50 >= len(lines)


@given(_DOCUMENT, st.sampled_from([None, re.compile("vice-\\w+")]))
@example(["a peace-", "keeping", "peace-keeping", "x resolu-", "tion", "a vice-", "président"],
         re.compile("vice-\\w+"))  # (one vote each way: the compound casts none)
def test_the_evidence_keeping_decisions_counts_the_votes_it_counted(
    document: list[str], compounds: re.Pattern[str] | None
) -> None:
    texts = fold_lines(document)
    words = vocabulary(texts, folded=True)
    listed = _listed_words(texts)
    assert hyphen_evidence(texts, words, compounds) == _votes(texts, listed, compounds)
    made = [Joiner.of(texts, [compounds.pattern] if compounds else [], folded=True,
                      joined=joined)  # (the meeting walk hands its lines joined)
            for joined in (None, joined_lines(texts))]
    assert [joiner.dehyphenate for joiner in made] == [_votes(texts, listed, compounds)] * 2
    assert made[0].decided == made[1].decided


def _listed_words(texts: list[str]) -> set[str]:
    """The words of a document's folded lines, listed (:func:`vocabulary`'s definition)."""
    bodies = [(text[: text.rfind(" ")] if " " in text else "") if text.endswith("-") else text
              for text in texts]
    text = "\n".join(bodies)
    if len(text.lower()) == len(text) and "Σ" not in text:
        return set(_WORD.findall(text.lower()))
    return set(map(str.lower, _WORD.findall(text)))


def test_the_evidence_decides_the_joints_of_a_document_that_splits_words() -> None:
    """The decisions are taken (else the property above would test nothing), and not where the
    word before a hyphen starts its line, after a joint (the joins read it glued)."""
    joiner = _joins_agree(["a resolu-", "tion x", "the inter-", "national-", "ism"])
    assert joiner.decided == {("a resolu-", "tion x"): True, ("the inter-", "national-"): True}
    assert joiner.join(["the inter-", "national-", "ism"]) == "the internationalism"


@pytest.mark.parametrize("language", ["es", "fr", "ru", "en", "zh", "ar"])
@pytest.mark.parametrize("meeting", ["9642", "9722"])
def test_the_records_paragraphs_join_as_the_rule_joins_them(
    meeting: str, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = corpus_file(f"multilingual/S_PV.{meeting}_{language}.txt").read_text(encoding="utf-8")
    joined: list[tuple[Joiner, list[str]]] = []
    join = Joiner.join

    def recorded(self: Joiner, lines: list[str], *, folded: bool = False) -> str:
        joined.append((self, list(lines)))
        return join(self, lines, folded=folded)

    monkeypatch.setattr(Joiner, "join", recorded)
    csto_un.parse_meeting(text)
    assert joined
    decided = 0
    for joiner, lines in joined:
        expected = join_lines(lines, joiner.words, dehyphenate=joiner.dehyphenate, folded=True,
                              compounds=joiner.compounds)
        assert join(joiner, lines, folded=True) == expected
        decided += sum((a, b) in (joiner.decided or {}) for a, b in itertools.pairwise(lines))
    if language in ("es", "fr", "ru"):  # (typesetters who split words: the joints decided)
        assert decided >= 15


_HYPHENED_TEXT = st.text(alphabet=st.sampled_from(list("abAΣİ-_ .\n1")), max_size=40)


@given(_DOCUMENT, st.lists(_PIECE, max_size=6))
@example(["a b", "c resolu-"], ["c", "resolu"])  # (the last line cut too)
@example(["a b-", "c"], ["b", "a"])
def test_a_vocabulary_told_its_line_ends_answers_as_one_that_reads_them(
    document: list[str], asked: list[str]
) -> None:
    """The lines ending with a hyphen found from the evidence's count (``ends``) instead of
    line by line: the same words, the lines given left as they were."""
    texts = fold_lines(document)
    kept = list(texts)
    told = vocabulary(texts, folded=True, ends=_ends(texts))
    plain = _listed_words(texts)
    for word in [*(piece.lower() for piece in asked), *plain]:
        assert (word in told) == (word in plain), word
    assert texts == kept


@given(_HYPHENED_TEXT)
@example("a-b-c")
@example("x-a-b a-b-y a-b")
@example("-a-b- a--b")
def test_hyphenated_words_are_looked_up_as_the_words_listed(text: str) -> None:
    """Every piece of a hyphenated word (and the word) asked one by one, as a document asks a
    few: the answers of the words listed."""
    listed = set(map(str.lower, _WORD.findall(text)))
    lowered = text.lower()
    pieces = {lowered[start:end] for start in range(len(lowered))
              for end in range(start + 3, min(len(lowered), start + 8) + 1)}
    asked = sorted(w for w in pieces if "-" in w and _WORD.fullmatch(w))[:50]
    words = Vocabulary(text)
    for word in [*asked, *(w for w in listed if "-" in w)]:
        assert (word in words) == (word in listed), word
