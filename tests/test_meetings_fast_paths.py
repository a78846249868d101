"""The meeting parser's fast paths give what the plain definitions they replace give.

Each shortcut taken for speed (issue 8) has a plain definition next to it: these properties
check them against each other on generated text, and on every line of the real records.
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
from csto_un.folding import _FOLD
from csto_un.meetings import _scan
from csto_un.meetings._arabic import _rotate
from csto_un.meetings._lang import TABLES, MeetingPhrases
from csto_un.meetings._parser import detect_language
from csto_un.meetings._procedure import agenda_and_note_starts, agenda_test, match_note
from csto_un.meetings._tables import TERMINAL, ends_sentence, first_chars, inner_literals
from csto_un.sources import Line
from csto_un.text import Vocabulary, fold, fold_lines, join_lines, vocabulary

# Characters the rules care about: word characters of several scripts, hyphens, soft hyphens,
# brackets (ASCII and full width), colons, sentence ends, and white space of every kind.
_ALPHABET = st.sampled_from(
    list("aAbéÉİfIıΣσς中文اب-_–( )（）:：.;!?»”\"]1\u00a0\u202f\u2009\u00ad\ufffe\t\u3000")
)
_TEXT = st.text(alphabet=_ALPHABET, max_size=40)
_LINES = st.lists(_TEXT, max_size=12)
# The same without CJK characters (ideographs, full-width forms, the ideographic space): a CJK
# character anywhere sends a join down the line-by-line path, so that lines drawn from
# ``_ALPHABET`` seldom reach the hyphen rule of folded lines joined in bulk.
_NOT_CJK = st.sampled_from(
    list("aAbéÉİfIıΣσςاب-_–( ):.;!?»”\"]1\u00a0\u202f\u2009\u00ad\ufffe\t")
)
_NOT_CJK_LINES = st.lists(st.text(alphabet=_NOT_CJK, max_size=40), max_size=12)


def _words_as_listed(text: str) -> set[str]:
    """The plain definition :class:`Vocabulary` stands for."""
    return set(map(str.lower, _WORD.findall(text)))


@given(_TEXT)
@example(" a  b ")
@example("a  b")
@example("a\tb")
@example("a\u3000b")
def test_fold_is_its_plain_definition(text: str) -> None:
    assert fold(text) == " ".join(text.translate(_FOLD).split())


@given(_LINES)
def test_fold_lines_is_fold_of_each_line(lines: list[str]) -> None:
    assert fold_lines(lines) == [fold(line) for line in lines]


# Printable lines (no white space but " "), full-width brackets and colons among them: the
# lines fold_lines folds in the lines joined, not one by one (a Chinese record's).
_PRINTABLE_LINES = st.lists(
    st.text(alphabet=st.sampled_from(list("a中文( )（）:：.-1")), max_size=20), max_size=12
)


@given(_PRINTABLE_LINES)
@example(["主席（以英语发言）：", "安全理事会"])
@example(["（", ""])
@example(["a b", "（ c）"])
def test_fold_lines_of_printable_lines_is_fold_of_each_line(lines: list[str]) -> None:
    assert fold_lines(lines) == [fold(line) for line in lines]


# Lines of words with single spaces (fold_lines tells from the lines joined with spaces whether
# it may return them as they are), some holding what folding changes in a line printed
# otherwise plainly (odd spaces, soft hyphens, full-width forms), a tab or a zero-width space.
_WORDS_WITH_ODD_CHARACTERS = st.text(
    alphabet=st.sampled_from(list("ab中-:（）：\u00a0\u202f\u2009\u00ad\ufffe")),
    min_size=1, max_size=6,
)
_ODD_LINES = st.lists(
    st.one_of(
        st.lists(_WORDS_WITH_ODD_CHARACTERS, min_size=1, max_size=5).map(" ".join),
        st.sampled_from(["plain words", "a\tb", "a\u200bb", "", "a  b", " a", "a "]),
    ),
    max_size=12,
)


@given(_ODD_LINES)
@example(["a b", "resolu\u00ad", "tion"])
@example(["a\u00a0", "b"])
@example(["a\u00a0 b", "（c）"])
@example(["a\u00ad", "b\tc"])
def test_fold_lines_of_lines_with_odd_characters_is_fold_of_each_line(lines: list[str]) -> None:
    assert fold_lines(lines) == [fold(line) for line in lines]


@given(_TEXT)
def test_ends_sentence_is_the_terminal_pattern_on_folded_text(text: str) -> None:
    folded = fold(text)
    assert ends_sentence(folded) == (TERMINAL.search(folded) is not None)


@given(_LINES, st.booleans())
def test_joining_folded_lines_gives_the_same_paragraph(lines: list[str], dehyphenate: bool) -> None:
    words = vocabulary(lines)
    plain = join_lines(lines, words, dehyphenate=dehyphenate)
    assert join_lines(fold_lines(lines), words, dehyphenate=dehyphenate, folded=True) == plain


@given(_NOT_CJK_LINES, st.booleans())
@example(["a resolu-", "tion", "resolution"], True)
@example(["Secretary-", "General", "peace-", "keeping"], False)
@example(["the f lux of a-", "b"], True)
def test_joining_folded_lines_without_cjk_gives_the_same_paragraph(
    lines: list[str], dehyphenate: bool
) -> None:
    """As above, on lines that the joiner joins in bulk (no CJK character), where the hyphen
    rule and the mended ligatures are read on the lines joined."""
    words = vocabulary(lines)
    plain = join_lines(lines, words, dehyphenate=dehyphenate)
    assert join_lines(fold_lines(lines), words, dehyphenate=dehyphenate, folded=True) == plain


@given(_TEXT, st.lists(_TEXT, max_size=8))
@example("aΣ.b", ["aς", "aσ"])  # "Σ" alone at a word's end is "ς"; in the text, maybe not
@example("İstanbul", ["i̇stanbul", "istanbul"])  # lower-casing "İ" makes two characters
@example("aaa-b aa_ aab aa-", ["aa", "ab"])  # occurrences overlapping, glued, then whole
@example("résolution résolu-tion; résolu", ["résolu"])  # parts of longer words before it
def test_words_answer_as_the_list_of_words(text: str, asked: list[str]) -> None:
    words = Vocabulary(text)
    listed = _words_as_listed(text)
    for word in [*asked, *listed, *(w[1:] for w in listed), *(f"{w}-{w}" for w in listed)]:
        assert (word in words) == (word in listed), word
    words.expect(1 << 10)  # listed at once: its container is the set of its words
    container = words.container()
    assert isinstance(container, set)
    for word in [*asked, *listed, *(w[1:] for w in listed), *(f"{w}-{w}" for w in listed)]:
        assert (word in container) == (word in listed), word


@pytest.mark.parametrize(
    "relative",
    ["S_PV.8967_fr.txt", "multilingual/S_PV.9642_ru.txt", "multilingual/S_PV.9722_es.txt"],
)
def test_words_answer_as_the_list_on_real_records(relative: str) -> None:
    text = corpus_file(relative).read_text(encoding="utf-8")
    words = Vocabulary(text)
    listed = _words_as_listed(text)
    assert listed, "the record has words"
    # Every word of the record, and pieces of words that are not words of their own.
    for word in listed:
        assert word in words
    pieces = {w[1:] for w in listed if len(w) > 3} | {w[:-1] for w in listed if len(w) > 3}
    for piece in pieces:
        assert (piece in words) == (piece in listed), piece


def test_lines_split_at_a_hyphen_are_mended_from_the_records_words() -> None:
    """The case the words are asked about: a word split at a line end ("resolu-" "ción")."""
    text = corpus_file("multilingual/S_PV.9642_es.txt").read_text(encoding="utf-8")
    lines = fold_lines(text.split("\n"))
    words = vocabulary(lines, folded=True)
    split = [(a, b) for a, b in itertools.pairwise(lines)
             if re.search(r"\w-$", a) and re.match(r"[a-zñáéíóú]", b)]
    assert split, "the Spanish record has words split at a line end"
    # The plain definition: every word of the lines but the piece before a line-end hyphen.
    bodies = [line.rsplit(" ", 1)[0] if " " in line else "" for line in lines]
    listed = _words_as_listed("\n".join(
        body if line.endswith("-") else line for line, body in zip(lines, bodies, strict=True)))
    found = 0
    for first, second in split:
        head = re.search(r"(\w+)-$", first)
        tail = re.match(r"\w+", second)
        assert head is not None and tail is not None
        for word in (f"{head.group(1)}{tail.group()}", f"{head.group(1)}-{tail.group()}"):
            assert (word.lower() in words) == (word.lower() in listed), word
            found += word.lower() in listed
    assert found, "some split words occur whole elsewhere in the record"


_RECORDS = ["S_PV.8967_fr.txt", "multilingual/S_PV.9642_en.txt", "multilingual/S_PV.9642_ru.txt",
            "multilingual/S_PV.9722_zh.txt", "multilingual/S_PV.9722_es.txt"]


@pytest.mark.parametrize("relative", _RECORDS)
@pytest.mark.parametrize("blank_lines", [True, False])
def test_the_scanners_short_path_gives_the_walks_blocks(
    relative: str, blank_lines: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Lines that only go on with the open paragraph are appended at once, a run at a time:
    the blocks are those of the full walk, on real records as they are and with their blank
    lines dropped (no paragraph evidence)."""
    lines = corpus_file(relative).read_text(encoding="utf-8").split("\n")
    if not blank_lines:
        lines = [line for line in lines if line.strip()]
    document = csto_un.sources.read_string("\n".join(lines), format="text")
    texts = fold_lines([line.text for line in document.lines])
    table = TABLES[detect_language(texts)]
    taken = []
    going_on = _scan._Scanner._going_on

    def counted(self: _scan._Scanner, i: int) -> int:
        end = going_on(self, i)
        taken.append(end - i)
        return end

    monkeypatch.setattr(_scan._Scanner, "_going_on", counted)
    scanner = _scan._Scanner(document.lines, table, texts)
    assert blank_lines or not scanner.evidence
    fast = scanner.run()
    assert sum(taken) > len(document.lines) / 3  # the short path is the common one
    assert max(taken) > 1  # taken a run of lines at a time
    monkeypatch.setattr(_scan._Scanner, "_going_on", lambda self, i: i)
    assert _scan._Scanner(document.lines, table, texts).run() == fast


_START_PATTERNS = (r"ab", r"(?:x|y)?z", r"[a-c]d", r"a{0,2}b", r"(?:\.)?x", r"(?>ab)c",
                   r"^(?P<g>ق|ف)\s", r"(?i)\u0627b", r"a*")


@pytest.mark.parametrize("pattern", _START_PATTERNS)
@given(data=st.data())
def test_first_chars_hold_the_first_character_of_every_match(
    pattern: str, data: st.DataObject
) -> None:
    compiled = re.compile(pattern)
    starts = first_chars((compiled,))
    assert starts is not None
    text = data.draw(st.from_regex(compiled, fullmatch=True).filter(bool))
    assert text[0] in starts


@pytest.mark.parametrize("pattern", [r"\d+", r".b", r"[^a]b", r"(?=a)a", r"(?i)ab", r"(?i:a)b"])
def test_first_chars_say_none_when_any_character_may_start(pattern: str) -> None:
    assert first_chars((re.compile(pattern),)) is None


@pytest.mark.parametrize("language", list(TABLES))
@given(data=st.data())
def test_the_tables_starts_hold_for_their_agenda_headings(
    language: str, data: st.DataObject
) -> None:
    table = TABLES[language]
    agenda, _ = agenda_and_note_starts(table)
    assert agenda is not None  # every agenda heading starts with a word of the table
    pattern = data.draw(st.sampled_from((*table.adoption_headings, *table.agenda_headings)))
    text = data.draw(st.from_regex(re.compile(pattern), fullmatch=True).filter(bool))
    assert text[0] in agenda


def _rotated_every_cut(text: str, table: MeetingPhrases) -> str:
    """The rotation repair as first written: every cut tried, in order."""
    heading = agenda_test(table)
    if heading(text) or (text.endswith(".") and match_note(text, table) is not None):
        return text
    for cut in range(1, len(text)):
        if text[cut].isspace() or text[cut - 1].isspace() or text[cut] == "[":
            continue
        candidate = text[cut:] + text[:cut]
        if heading(candidate) or (candidate.endswith(".") and match_note(candidate, table)):
            return candidate
    return text


_ARABIC_LINES = ("إقرار جدول الأعمال", "رفعت الجلسة الساعة 10/05.", "افتتحت الجلسة الساعة 10/05.",
                 "أجري تصويت برفع الأيدي.", "البند 2 من جدول الأعمال")


@given(st.sampled_from(_ARABIC_LINES), st.integers(0, 40), st.text("اب .()", max_size=6))
def test_rotation_repair_finds_what_trying_every_cut_finds(
    line: str, cut: int, noise: str
) -> None:
    table = TABLES["ar"]
    text = fold(line + noise)
    cut = cut % len(text)
    rotated = fold(text[cut:] + text[:cut])
    repaired = _rotate(Line(text=rotated, number=1), table, agenda_test(table))
    assert repaired.text == _rotated_every_cut(rotated, table)


@given(st.text("اب جدولالأعمالقرتذكمشيةفن .()0/1", max_size=40))
def test_rotation_repair_skips_only_lines_no_rotation_of_which_is_proven(text: str) -> None:
    # Pieces of the headings' and notes' words: most texts hold none of their literals and
    # are skipped untried; a skip must give what trying every cut gives.
    table = TABLES["ar"]
    text = fold(text)
    repaired = _rotate(Line(text=text, number=1), table, agenda_test(table))
    assert repaired.text == _rotated_every_cut(text, table)


@pytest.mark.parametrize("language", list(TABLES))
@given(data=st.data())
def test_every_heading_and_note_holds_one_of_its_patterns_literals(
    language: str, data: st.DataObject
) -> None:
    table = TABLES[language]
    patterns = (*table.adoption_headings, *table.agenda_headings,
                *(p for _, ps in table.procedure for p in ps))
    literals = inner_literals(patterns)
    assert literals is not None  # every heading and note of the tables has fixed words
    index = data.draw(st.integers(0, len(patterns) - 1))
    text = data.draw(st.from_regex(re.compile(patterns[index]), fullmatch=True))
    assert literals[index] in text


@pytest.mark.parametrize(("pattern", "literal"), [
    ("ab(c)?de", "ab"), ("x(?:y|z)+ the end.*", " the end"), ("a*bc", "bc"),
    (r"\d+ of the (big )?agenda", " of the "),
])
def test_inner_literals_are_the_longest_plain_run(pattern: str, literal: str) -> None:
    assert inner_literals((pattern,)) == (literal,)


@pytest.mark.parametrize("pattern", ["a|b", "(?i)agenda", "(ab)", "a*", "[ab]c?"])
def test_inner_literals_say_none_without_plain_text(pattern: str) -> None:
    assert inner_literals((pattern, "fixed")) is None


def test_folds_are_remembered_for_lines_only_and_a_bounded_number() -> None:
    """Short texts (printed lines) are folded once and remembered, at most a bounded number of
    them; longer ones (paragraphs) are folded afresh, not kept."""
    from csto_un import folding

    paragraph = "A\u00a0paragraph  " * 40
    assert fold(paragraph) == fold(paragraph) == " ".join(paragraph.split())
    assert paragraph not in folding._FOLDED
    for number in range(folding._CACHED_LINES + 10):
        assert fold(f" line\u00a0{number} ") == f"line {number}"
        assert len(folding._FOLDED) <= folding._CACHED_LINES

