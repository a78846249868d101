"""Properties of the resolution parser: only its own errors escape it and the extractor, and
its shortcuts (a unit's kept text and ending, a line in lower case taken at once) give what
the full steps give."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from conftest import corpus_file
from csto_un import (
    CstoUnError,
    Resolution,
    compare,
    extract_citations,
    load_resolution,
    parse_resolution,
)
from csto_un.resolutions._body import _Evidence
from csto_un.resolutions._text import Clean, fold
from csto_un.sources import Line

_PIECES = [
    "The General Assembly,", "L'Assemblée générale,", "1.", "2. Decides", "(a)", "(i)", "•",
    "– To", "*", "<sup>3</sup>", "*Rappelant*", "---", "_____", "1 A/79/302-S/2024/600.",
    "Recalling its resolution 59/50 of 2 December 2004,", "A/RES/79/10", "24-21660 (E)",
    "2/4", "Seventy-ninth session", "Agenda item 125 (t)", "39th plenary meeting",
    "Bélarus et Kazakhstan : projet de résolution*", "I. Values", "20103", "session, 6",
    "\f", "\t", "", " ",
]  # fmt: skip
_lines = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=40)), max_size=30)


@given(_lines)
# A sub-paragraph under a numbered section's heading, before the section's own paragraphs
# (found by this test: StopIteration from the footnote placement).
@example(["The General Assembly,", "2. Decides", "I. Values", "2. Decides"])
def test_parse_resolution_raises_only_its_own_errors(lines: list[str]) -> None:
    text = "\n".join(lines)
    try:
        resolution = parse_resolution(text)
    except CstoUnError:
        return
    assert isinstance(resolution, Resolution)
    assert compare(resolution, resolution).changes == ()


@given(st.text(max_size=200), st.one_of(st.none(), st.integers(1900, 2100)))
def test_extract_citations_never_fails(text: str, year: int | None) -> None:
    for citation in extract_citations(text, year=year):
        assert text[citation.offset or 0 :].startswith(citation.text)


# A unit's lines: words, a split ligature ("f lux"), hyphens at a line's end or start, footnote
# marks printed after punctuation or raised, asterisks, CJK, spaces.
_LINE_PIECES = [
    "the report of the Secretary", "f", "lux", "resolu-", "tion", "-General", " -", "peace-",
    "keeping,", "2023,3", "session, 6", "\ue0003\ue001", "*", "* *", "**", ";", ".", ")", ",",
    "和平", "a", "of", "(a)", "12", " ", "\xad", "vice-", "président", "\ue000", "\ue001",
]  # fmt: skip
_unit_lines = st.lists(
    st.lists(st.one_of(st.sampled_from(_LINE_PIECES), st.text(max_size=12)), max_size=8).map(
        " ".join
    ),
    min_size=1,
    max_size=6,
)


@given(_unit_lines)
@example(["and the report of the Secretary f", "lux of the programme budget, 6"])
@example(["Recalling its resolution", "* * * * * * * * * * * * * * * * *"])
@example(["see \ue000", "the report of the Secretary-General\ue001"])  # a stray sentinel
@example(["\ue000", "the report of the Secretary", "\ue001"])  # opened two lines up (release run)
@example(["Recalling its resolution", "* * * * * * * *", "* * * * * * * *"])  # stars at the end
def test_a_units_ending_ends_as_its_text(texts: list[str]) -> None:
    # The segmenter reads how a unit ends (its last character, and that character once the
    # footnote marks at its end are taken off) from Unit.ending(), which may be the last line
    # alone, unjoined: it must end as the whole text, joined, does.
    from csto_un.resolutions._text import Unit, clean_line, document_joiner
    from csto_un.resolutions._text import strip_end_marks as _strip_end_marks
    from csto_un.sources._document import Line

    lines = [clean_line(i, Line(text=t, number=i)) for i, t in enumerate(texts)]
    lines = [c for c in lines if c.text]
    if not lines:
        return
    joiner = document_joiner([c.text for c in lines], "en")
    unit = Unit("para", lines, joiner=joiner)
    ending, text = unit.ending(), Unit("para", list(lines), joiner=joiner).text
    assert ending[-1:] == text[-1:]
    assert _strip_end_marks(ending)[-1:] == _strip_end_marks(text)[-1:]


@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "resolution", "Resolutions", "RESOLUTION", "résolution", "reſolution",
                    "its", "59/50", "1631 (2005)", "of", "2 December 2004", ",", "and", "et",
                    "Human Rights Council", "xresolution", "resolution5/1", "77/13",
                ]
            ),
            st.text(max_size=6),
        ),
        max_size=20,
    ).map(" ".join)
)
@example("its reſolution 59/50 of 2 December 2004")  # (a long s: not found by its lower case)
@example("İİ resolution 59/50")  # (lower case longer than the text)
def test_lists_of_resolutions_found_where_the_pattern_finds_them(text: str) -> None:
    # The list pattern is tried only where a word for "resolution" stands: the same matches
    # as trying it at every character.
    from csto_un.citations import _list_patterns, _lists, _word_stems

    for languages in (("en",), ("fr",), ("en", "fr")):
        assert _word_stems(languages) is not None  # (the plain search is made: no fallback)
        list_re, _ = _list_patterns(languages)
        expected = [m.span() for m in list_re.finditer(text)]
        assert [m.span() for m in _lists(list_re, text, languages)] == expected


def test_a_units_kept_text_is_its_lines_joined_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    # Unit keeps its text and its ending by its count of lines, which holds while lines are
    # only appended to it: on real resolutions, each text and ending the segmenter asks for
    # is the one its lines, joined anew, give.
    from csto_un.resolutions import _text

    text, ending = _text.Unit.text, _text.Unit.ending
    asked = {"text": 0, "ending": 0}

    def checked_text(unit: _text.Unit) -> str:
        kept = text.fget(unit)  # type: ignore[attr-defined]
        assert kept == _text._join(unit.joiner, "", [c.printed for c in unit.lines])
        asked["text"] += 1
        return kept  # type: ignore[no-any-return]

    def checked_ending(unit: _text.Unit) -> str:
        kept = ending(unit)
        fresh = _text.Unit(unit.kind, list(unit.lines), joiner=unit.joiner).text
        assert kept[-1:] == fresh[-1:] and fresh.endswith(kept.split(" ")[-1])
        asked["ending"] += 1
        return kept

    monkeypatch.setattr(_text.Unit, "text", property(checked_text))
    monkeypatch.setattr(_text.Unit, "ending", checked_ending)
    folder = corpus_file("ga-scale/pdfs")
    for path in sorted(folder.glob("*.pdf"))[::40]:  # (13 of the folder's resolutions)
        try:
            load_resolution(path)
        except CstoUnError:
            continue  # (a Secretariat note, refused)
    assert asked["text"] > 500 and asked["ending"] > 100


def test_a_line_in_lower_case_taken_at_once_is_put_where_every_step_puts_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The segmenter adds a line in lower case to the paragraph it builds at once when nothing
    # else can claim it (_Segmenter._goes_on): the same resolutions as without the shortcut,
    # on GA resolutions where it is taken for most lines.
    from csto_un.resolutions import _body
    from csto_un.sources import read_document

    goes_on = _body._Segmenter._goes_on
    taken = {"lines": 0}

    def counted(self: _body._Segmenter, position: int, clean: Clean) -> bool:
        went = goes_on(self, position, clean)
        taken["lines"] += went
        return went

    folder = corpus_file("ga-scale/pdfs")
    documents = [read_document(path) for path in sorted(folder.glob("*.pdf"))[5::40]]
    monkeypatch.setattr(_body._Segmenter, "_goes_on", counted)
    fast = [_parsed(document) for document in documents]
    monkeypatch.setattr(_body._Segmenter, "_goes_on", lambda *_: False)
    assert [_parsed(document) for document in documents] == fast
    assert taken["lines"] > 1000


def _parsed(document: object) -> Resolution | str:
    try:
        return parse_resolution(document)  # type: ignore[arg-type]
    except CstoUnError as error:
        return str(error)  # (a Secretariat note, refused)


# Lines that open in lower case, among what can claim them: a footnote's, a separator and the
# lines under it, raised marks, asterisks, "annex", the closing meeting, page furniture.
_LOWER_PIECES = [
    "The General Assembly,", "Recalling its resolution 59/50,", "1. Decides", "2. Requests",
    "and decides to remain seized of the matter.", "of the Secretary-General;", "the report",
    "annex", "annex II", "Annex", "I. Values", "(a) Approves", "plenary meeting",
    "40th plenary meeting", "_____________", "1 A/79/302.", "* Reissued for technical reasons.",
    "and<sup>2</sup> the", "2/4", "24-21660", "and * the", "resolution:", "*", "(b) invites",
]  # fmt: skip


# The same in Russian, whose leads open in lower case: a lead after a finished paragraph is
# left to every step (it may open a paragraph), an ordinary word goes on; blank lines too.
_RUSSIAN_PIECES = [
    "сознавая важность,", "с удовлетворением отмечая доклад,", "и решения", "о сотрудничестве",
    "", "\f", "1. призывает государства", "просит", "_____________", "1 A/79/302.", "annex",
    "45-е пленарное заседание", "и<sup>2</sup> доклад", "24-21660",
]  # fmt: skip


@pytest.mark.parametrize(
    ("opening", "pieces"),
    [
        (["The General Assembly,", "1. Decides to act"], _LOWER_PIECES),
        (["Генеральная Ассамблея,", "ссылаясь на свои резолюции,"], _RUSSIAN_PIECES),
    ],
    ids=["English", "Russian"],
)
@given(data=st.data())
def test_lines_in_lower_case_are_put_where_every_step_puts_them(
    opening: list[str], pieces: list[str], data: st.DataObject
) -> None:
    from unittest import mock

    from csto_un.resolutions import _body

    lines = data.draw(st.lists(st.sampled_from(pieces), min_size=2, max_size=14))
    text = "\n".join([*opening, *lines])
    fast = _parsed(text)
    with mock.patch.object(_body._Segmenter, "_goes_on", return_value=False):
        assert _parsed(text) == fast


@given(st.text(alphabet=st.sampled_from("Tt Ll’‘\u00a0\tİΣσaé,"), max_size=12))
@example("\u00a0The General Assembly, recalling")
@example("İ")
def test_a_lines_fold_opens_with_that_of_its_first_character(text: str) -> None:
    """What :func:`~csto_un.resolutions._kinds.formula_in_line` reads a line's first
    character for: a line whose first character other than white space folds to no
    formula's first letter opens with no formula, and is not folded whole."""
    assert fold(text.lstrip()[:1])[:1] == fold(text)[:1]


@given(st.lists(st.tuples(st.integers(0, 300), st.booleans(), st.booleans()), max_size=40))
def test_the_layouts_evidence_is_read_as_defined(shapes: list[tuple[int, bool, bool]]) -> None:
    """Lines of a text file are one paragraph each when their median length (lines with text)
    is over 150; gaps and indents count when enough lines have them (the counts, not the
    sorted lengths, are what :class:`_Evidence` reads)."""
    lines = [
        Clean(index=i, line=Line(text="x" * n, number=i + 1, blank_before=b, indented=d),
              text="x" * n)
        for i, (n, b, d) in enumerate(shapes)
    ]
    lengths = sorted(n for n, _, _ in shapes if n)
    enough = max(3, 0.1 * len(lines))
    blank = sum(b for _, b, _ in shapes) >= enough
    indents = sum(d for _, _, d in shapes)
    evidence = _Evidence.of(lines)
    assert evidence.per_line == (bool(lengths) and lengths[len(lengths) // 2] > 150)
    assert evidence.blank_mode == blank
    assert evidence.indent_mode == (not blank and enough <= indents <= 0.6 * len(lines))


# Lines as a PDF or a text gives them: what the joiner reads anew (a soft hyphen, two spaces,
# " -", a tab, a no-break space, a sentinel) among plain words, with or without spans.
_CLEAN_PIECES = [
    "Recalling", "the report", "Secretary", "-General", " -", "  ", "\xad", "\t", "\u00a0",
    "\ue000", "2023,3", "*", " ", "",
]  # fmt: skip


@given(
    st.lists(
        st.tuples(
            st.lists(st.one_of(st.sampled_from(_CLEAN_PIECES), st.text(max_size=6)), max_size=6),
            st.sampled_from([None, "italic", "superscript"]),
        ),
        max_size=8,
    )
)
@example([(["Secretary -General"], None), (["resolu\xadtion"], None), (["a  b"], None)])
@example([(["Secretary -General"], "italic"), (["resolu\xadtion"], "italic"), (["a  b"], "italic")])
def test_lines_cleaned_together_print_as_each_alone(
    shapes: list[tuple[list[str], str | None]],
) -> None:
    # clean_lines tells in its loop the lines the joiner reads as they are: each line's
    # printed text is what printed() makes of it, and the rest as clean_line makes it.
    from csto_un.resolutions._text import clean_line, clean_lines, printed
    from csto_un.sources._document import Span

    lines = [
        Line(
            text="".join(pieces),
            number=number,
            spans=(Span(0, len("".join(pieces)), style),) if style and pieces else (),
        )
        for number, (pieces, style) in enumerate(shapes)
    ]
    for together, line in zip(clean_lines(lines), lines, strict=True):
        alone = clean_line(together.index, line)
        assert (together.text, together.italics) == (alone.text, alone.italics)
        assert together.printed == alone.printed == printed(together.text)


_INLINE_PIECES = [
    "; ", ": ", "; and ", "; y ", "(a) ", "(b) ", "(c) ", "(i) ", "(ii) ", "a) ", "b) ", "i) ",
    "（a）", "（b）", "㈠", "：", "；", "9. ", "10. ", "To act", "Calls upon", "resolution 5 (a)",
    ".", "(", ")", " ", "and",
]  # fmt: skip


@given(
    st.lists(st.sampled_from(_INLINE_PIECES), max_size=14).map("".join),
    st.sampled_from("abcdi"),
    st.integers(0, 3),
    st.integers(1, 11),
    st.sampled_from(["en", "es", "zh"]),
)
@example("…: (a) To act; (b) To report; 10. Calls upon", "a", 0, 10, "en")
@example("…; 9. Calls upon: (a) To act", "c", 0, 9, "en")
@example("…: a) To act; b) To report", "a", 0, 1, "es")
def test_inline_cuts_looked_for_where_their_marks_stand_are_all_of_them(
    text: str, letter: str, roman: int, number: int, language: str
) -> None:
    # A text is scanned for inline marks only where the next mark of a sequence stands
    # (_inline._may_cut): the same cuts as scanning every text, in each language's marks.
    from unittest import mock

    from csto_un.resolutions import _inline
    from csto_un.resolutions._sub_marks import sub_marks
    from csto_un.words._resolution import LANGUAGES

    marks = sub_marks(LANGUAGES[language])

    def sequence() -> _inline._Sequence:
        return _inline._Sequence(letter=ord(letter) - ord("a"), roman=roman, number=number)

    found = _inline._cuts(text, sequence(), marks)
    with mock.patch.object(_inline, "_may_cut", return_value=(True, True)):
        assert _inline._cuts(text, sequence(), marks) == found


@given(
    st.lists(
        st.sampled_from(
            ["a", "b", ",", ";", ".", ":", "1", "23", "٣", "*", " ", "\n", "\ue000", "\ue001", "”"]
        ),
        max_size=8,
    ).map("".join),
    st.booleans(),
)
@example("session,\ue0003\ue001", True)
@example("2023,3", False)
@example("resolution;\n", False)
@example("a ٣", True)
def test_a_text_ends_open_as_its_end_marks_taken_off_say(text: str, comma_ends: bool) -> None:
    # text_ends_open reads a text ending with a letter or punctuation by its last character
    # alone: what taking its end marks off (_strip_end_marks) would leave it ending with.
    from csto_un.resolutions._text import TERMINAL, strip_end_marks
    from csto_un.resolutions._unit_starts import text_ends_open

    terminal = TERMINAL if comma_ends else TERMINAL[1:]
    assert text_ends_open(text, comma_ends=comma_ends) == (
        not strip_end_marks(text).endswith(terminal)
    )


_MARK_PIECES = [
    "a", "Strategy", "session", "Article", " ", ",", ";", ".", ":", ")", "”", "/", "*", "**",
    "1", "2", "3", "4", "12", "2010", "1993", "20103", "000", "0", "per cent", "June", "\n",
    "٣", "_", "-", "COVID", "CP", "VIII", "300", "19", "27", "(", "When", "Weapons",
]  # fmt: skip
_mark_texts = st.lists(st.sampled_from(_MARK_PIECES), max_size=16).map("".join)


@given(_mark_texts, st.integers(0, 5), st.booleans())
@example("Strategy3 and 20104, 5", 2, True)
@example("Strategy2", 0, True)  # a mark after one the text lost
@example("in 20103 and", 2, True)  # a mark glued to a year
@example("session, 1", 1, True)
@example("in 2015 4 per cent, **", 3, False)
@example("resolution 59/3003 and", 2, True)  # a mark glued to a symbol's number
@example("the COVID-193 pandemic", 2, True)  # to a coded name
@example("decisions 1/CP.273 and VIII/194", 2, True)  # to decisions of conferences
@example("Regulations (2005) 3 in the", 2, True)
@example("prevention. 3 When", 2, True)
def test_plain_marks_looked_for_where_a_run_of_digits_can_be_one(
    text: str, seen: int, plain: bool
) -> None:
    # MarkerScanner._forms leaves out the patterns whose marks could not be taken: the same
    # marks, and the same notes met, as when every text is scanned with every pattern.
    from unittest import mock

    from csto_un.resolutions import _markers

    def scanner() -> _markers.MarkerScanner:
        markers = ["1", "2", "3", "4", "5", "*"]
        return _markers.MarkerScanner(markers=markers, plain=plain, seen=markers[:seen])

    shortcut = scanner()
    found = shortcut.take(text)
    every = scanner()
    with mock.patch.object(_markers.MarkerScanner, "_forms", return_value=_markers._CANDIDATES):
        assert every.take(text) == found
    assert every.seen == shortcut.seen


#: The marks' patterns as first written, a look-behind opening them (tried at every
#: character), by the opening they now have (the mark's first character, or the space
#: before it, then the look-behind).
_LOOK_BEHIND_FIRST = {
    r"(?P<m>\d(?<=[^\W\d_]\d)\d{0,2})": r"(?<=[^\W\d_])(?P<m>\d{1,3})",
    ' (?<=[^\\d\\s][,;:”’\\")] )': '(?<=[^\\d\\s][,;:”’\\")]) ',
    r" (?<=\d[,;:] )": r"(?<=\d[,;:]) ",
    r"(?P<m>\d(?<=\b(?:19|20)\d\d\d)\d{0,2})": r"(?<=\b(?:19|20)\d\d)(?P<m>\d{1,3})",
    r" (?<=\b(?:19|20)\d\d, )": r"(?<=\b(?:19|20)\d\d,) ",
    r" (?<=[^\W\d_] )": r"(?<=[^\W\d_]) ",
    r"(?P<m>\*(?<=\S\*)\*{0,2})": r"(?<=\S)(?P<m>\*{1,3})",
}


@given(_mark_texts)
@example("Strategy3 and 20104, 5 a 6. 2010, 7 x**")
def test_the_marks_patterns_match_as_with_their_look_behind_first(text: str) -> None:
    import re

    from csto_un.resolutions._markers import _CANDIDATES

    rewritten = 0
    for _, pattern in _CANDIDATES:
        head = next((h for h in _LOOK_BEHIND_FIRST if pattern.pattern.startswith(h)), None)
        if head is None:
            continue
        rewritten += 1
        first = re.compile(_LOOK_BEHIND_FIRST[head] + pattern.pattern[len(head) :], pattern.flags)
        assert [(m.span(), m.span("m")) for m in pattern.finditer(text)] == [
            (m.span(), m.span("m")) for m in first.finditer(text)
        ]
    assert rewritten == len(_LOOK_BEHIND_FIRST)


@given(
    st.lists(
        st.sampled_from(["also", "decides", "decide", "deeply", "-", "'", " ", "x", "é"]),
        max_size=6,
    ).map("".join),
    st.integers(0, 4),
)
@example("also decides", 0)
@example("decides-x", 0)
def test_a_tables_pattern_ends_where_its_longest_phrase_standing_whole_does(
    folded: str, position: int
) -> None:
    # _leads._table_pattern: one pattern for the tables, longest phrase first, a phrase
    # standing whole when no letter, digit, hyphen or apostrophe follows it.
    from csto_un.resolutions._leads import _table_pattern

    position = min(position, len(folded))  # (a position in the text, or its end)
    tables = (("Also", "Also decides", "Decide", "é"), ("Deeply", "decides", ""))
    ends = [
        position + len(phrase)
        for phrase in map(fold, (*tables[0], *tables[1]))
        if folded.startswith(phrase, position)
        and not folded[position + len(phrase) :][:1].isalnum()
        and folded[position + len(phrase) :][:1] not in ("-", "'")
    ]
    match = _table_pattern(*tables).match(folded, position)
    assert (None if match is None else match.end()) == (max(ends) if ends else None)


_OTHER_FORM_PIECES = [
    *_PIECES, "The General Assembly, recalling its resolution 59/50, decides", "Draft decision",
    "The Security Council resolves that the matter be closed.", "The General Assembly:",
    "(a) Approves the programme of work;", "5 (1946). Resolution of 8 May 1946",
    "Adopted at the 39th meeting", "Projet de décision",
]  # fmt: skip


@given(st.lists(st.sampled_from(_OTHER_FORM_PIECES), max_size=70))
@example(["Draft decision", "The General Assembly, recalling its resolution 59/50, decides"])
@example(["The Security Council resolves that the matter be closed."])
@example(["Draft decision", *["Agenda item 125 (t)"] * 50, _OTHER_FORM_PIECES[len(_PIECES)]])
def test_documents_read_in_another_form_are_those_whose_head_may_be(lines: list[str]) -> None:
    # other_form gathers a document's lines only when may_be_other_form says its first
    # sixty lines with text may be read so: none is read otherwise.
    from csto_un.resolutions._early_council import may_be_other_form, read_early
    from csto_un.resolutions._kinds import read_decision
    from csto_un.sources import read_string

    try:
        document = read_string("\n".join(lines), "<test>")
    except CstoUnError:
        return  # (no text)
    kept = [line for line in document.lines if line.text.strip()]
    if read_early(document, kept) is not None or read_decision(document, kept) is not None:
        assert may_be_other_form(kept[:60])


_LEAD_PIECES = [
    "Also", "also", "Further", "Once again", "Strongly", "Deeply", "Aaaaaaaaaaaaaaaaaaaaaaaaaaaly",
    "decides", "Decides", "Recalling", "Having", "requests", "Décide", "Rappelant", "Σ", "’",
    "\u00a0", " ", "  ", ",", "-", "to act", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
]  # fmt: skip
#: A lead of three words past the head's end after three adverbs; three adverbs up to the
#: head's end, the lead past it; an adverb ending the head, the lead after it and a comma,
#: in a word cut by no space.
_PAST_THE_HEAD = [
    "Also " + ("A" + "a" * 36 + "ly ") * 2 + "draws the attention of Member States",
    " ".join(["A" + "a" * 27 + "ly"] * 3) + " decides to act on the matter before it",
    "Also A" + "a" * 37 + "ly decides," + "z" * 50,
]


@given(
    st.lists(st.sampled_from(_LEAD_PIECES), max_size=40).map(" ".join),
    st.sampled_from(["en", "fr"]),
)
@example(_PAST_THE_HEAD[0], "en")
@example(_PAST_THE_HEAD[1], "en")
@example(_PAST_THE_HEAD[2], "en")
def test_the_operative_lead_read_in_a_paragraphs_head_is_that_of_its_whole_text(
    text: str, language: str
) -> None:
    # is_operative_lead folds a paragraph's head when what it reads there is what it would
    # read in the whole text folded.
    from csto_un.resolutions._leads import _after_adverbs, _operative_at, is_operative_lead
    from csto_un.words._resolution import LANGUAGES

    phrases = LANGUAGES[language]
    folded = fold(text)
    whole = _operative_at(folded, _after_adverbs(folded, 0, phrases), phrases)
    assert is_operative_lead(text, phrases) == whole


def test_the_operative_lead_read_in_real_paragraphs_heads_is_that_of_their_texts() -> None:
    from csto_un.resolutions._leads import _after_adverbs, _operative_at, is_operative_lead
    from csto_un.words._resolution import LANGUAGES

    folder = corpus_file("ga-scale/pdfs")
    texts = []
    for path in sorted(folder.glob("*.pdf"))[3::30]:
        try:
            resolution = load_resolution(path)
        except CstoUnError:
            continue  # (a Secretariat note, refused)
        texts += [p.text for p in resolution.paragraphs if resolution.language == "en"]
    phrases = LANGUAGES["en"]
    operative = 0
    for text in texts:
        folded = fold(text)
        whole = _operative_at(folded, _after_adverbs(folded, 0, phrases), phrases)
        assert is_operative_lead(text, phrases) == whole
        operative += whole
    assert len(texts) > 500 and 100 < operative < len(texts) - 100


_SYMBOL_LINES = [
    "A/RES/78/3", "A / RES / 78 / 3", "a/res/78/3", "A/RES/78/3/", "A/RES/78", "A/RES/783",
    "resolution 59/50", "A/C.3/80/L.12", "A/C.3/80/L.12/Rev.1", "S/RES/2719 (2023)", "İ/RES",
    "24-21660 (E)", "3/4", "／", "A\u00a0/RES/78/3", "",
]  # fmt: skip


@given(
    st.lists(st.one_of(st.sampled_from(_SYMBOL_LINES), st.text(max_size=12)), max_size=12),
    st.sampled_from(["A/RES/78/3", "A/C.3/80/L.12", "S/RES/2719 (2023)", "İ/RES", "ABC"]),
)
@example(["A / RES / 78 / 3", "resolution 59/50", "A/RES/78/3/"], "A/RES/78/3")
def test_the_running_symbol_is_found_on_the_lines_whose_fold_is_it(
    texts: list[str], symbol: str
) -> None:
    # _furniture_indices reads a line for the running header's symbol only when it has as
    # many slashes as the symbol: folding makes and takes none.
    from csto_un.resolutions._body import _furniture_indices
    from csto_un.resolutions._header_lines import furniture_kind

    lines = [
        Clean(index=i, line=Line(text=t, number=i + 1), text=t.strip())
        for i, t in enumerate(texts)
    ]
    found = _furniture_indices(lines, symbol, None)
    wanted = fold(symbol).replace(" ", "")
    for position, clean in enumerate(lines):
        text = clean.text
        kind = furniture_kind(text) if text[:1].isdigit() or text[:1] == "*" else None
        header = kind is None and fold(text).replace(" ", "") == wanted
        assert found.get(position) == (kind or ("header" if header else None))


def test_the_running_symbol_is_found_on_real_pages_as_defined() -> None:
    from csto_un.resolutions._body import _furniture_indices
    from csto_un.resolutions._header_lines import furniture_kind
    from csto_un.resolutions._text import clean_lines
    from csto_un.sources import read_document

    folder = corpus_file("ga-scale/pdfs")
    slashed = 0  # (the sources layer takes most running headers out: few are left here)
    for path in sorted(folder.glob("*.pdf"))[7::40]:
        document = read_document(path)
        lines = clean_lines(document.lines)
        found = _furniture_indices(lines, document.symbol, None)
        wanted = fold(document.symbol or "").replace(" ", "")
        for position, clean in enumerate(lines):
            text = clean.text
            kind = furniture_kind(text) if text[:1].isdigit() or text[:1] == "*" else None
            header = kind is None and fold(text).replace(" ", "") == wanted
            assert found.get(position) == (kind or ("header" if header else None))
            slashed += "/" in text
    assert slashed > 100
