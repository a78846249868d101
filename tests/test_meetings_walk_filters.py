"""The meeting walk's word filters give what the recognisers give without them.

A procedural note is tried only on a text holding one of its patterns' fixed words, an
invitation or the President's words before and after a national statement only on a paragraph
holding its pattern's, the front page's end only on lines holding a colon or a note's words;
a label's parts, and a front page's delegates, come from memos of the heads and brackets and
the lines met before. Each property compares
the answer with the filter or memo switched off (every text admitted, every label read
afresh), on texts drawn from the tables' own patterns and on real records.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

import csto_un
from conftest import corpus_file
from csto_un.meetings import _front, _labels, _parser, _procedure, _tables, _turns
from csto_un.meetings._lang import TABLES
from csto_un.meetings._tables import guarded, per_table

_RECORDS = ["S_PV.8967_fr.txt", *(f"multilingual/S_PV.9642_{code}.txt" for code in TABLES),
            *(f"multilingual/S_PV.9722_{code}.txt" for code in TABLES)]
# Text around a drawn sentence: words, spaces of several kinds, CJK, brackets, line ends.
_AROUND = st.text(alphabet=st.sampled_from(list("ab 中文. ,:()\u00a0\u3000Cz")), max_size=12)


def _unfiltered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every text admitted: the recognisers as they were before the word filters."""
    for module in (_procedure, _turns):
        monkeypatch.setattr(module, "guarded", lambda patterns: tuple(
            (pattern, "") for pattern, _ in guarded(patterns)))
    monkeypatch.setattr(_procedure, "per_table", _per_table_unfiltered)


def _per_table_unfiltered(table: csto_un.meetings._lang.MeetingPhrases, name: str,
                          build: Callable[..., object]) -> object:
    """``per_table`` with the notes' and invitations' fixed words as ``("",)`` (the notes'
    are also kept with their patterns, under "procedure")."""
    if name in ("procedure-words", "invitation-words"):
        return ("",)
    found = per_table(table, name, build)
    if name == "procedure":
        quick, patterns, _ = found  # type: ignore[misc]
        return quick, patterns, ("",)
    return found


def _sentences(table: csto_un.meetings._lang.MeetingPhrases) -> tuple[str, ...]:
    notes = tuple(pattern for _, patterns in table.procedure for pattern in patterns)
    return (*notes, *table.invite_states, *table.invite_briefers)


@pytest.mark.parametrize("language", list(TABLES))
@given(data=st.data())
def test_notes_and_invitations_are_those_found_without_the_filters(
    language: str, data: st.DataObject
) -> None:
    table = TABLES[language]
    patterns = _sentences(table)
    pattern = patterns[data.draw(st.integers(0, len(patterns) - 1))]
    sentence = data.draw(st.from_regex(re.compile(pattern), fullmatch=True))
    text = data.draw(_AROUND) + sentence + data.draw(_AROUND)
    folded = csto_un.text.fold(text)
    found = [_procedure.match_note(t, table) for t in (sentence, text)]
    invited = _procedure.invitations(folded, table)
    with pytest.MonkeyPatch.context() as monkeypatch:
        _unfiltered(monkeypatch)
        assert [_procedure.match_note(t, table) for t in (sentence, text)] == found
        assert _procedure.invitations(folded, table) == invited


def test_the_filters_keep_what_they_are_for() -> None:
    """Each note and invitation of the tables' own examples is still found (the filters let
    its words through), and a sentence without them is no note."""
    table = TABLES["en"]
    assert _procedure.match_note("It was so decided.", table) is not None
    assert _procedure.match_note("The meeting rose at 4 p.m.", table) is not None
    assert _procedure.match_note("It was so agreed.", table) is None
    briefers, states = _procedure.invitations(
        "In accordance with rule 37 of the Council's provisional rules of procedure, I invite "
        "the representatives of Iraq and Kuwait to participate in this meeting.", table)
    assert (briefers, states) == ([], ["IRQ", "KWT"])


@pytest.mark.parametrize("relative", _RECORDS)
def test_the_walk_of_a_record_is_the_walk_without_the_filters(
    relative: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every note, turn and invited State of a real record, with and without the filters."""
    _assert_same_parse_without(relative, monkeypatch, _unfiltered)


def _assert_same_parse_without(
    relative: str,
    monkeypatch: pytest.MonkeyPatch,
    switch_off: Callable[[pytest.MonkeyPatch], None],
) -> None:
    """The record's parse is the same after ``switch_off`` has taken a shortcut away."""
    text = corpus_file(relative).read_text(encoding="utf-8")
    meeting = csto_un.parse_meeting(text)
    switch_off(monkeypatch)
    assert csto_un.parse_meeting(text) == meeting


def _closing_by_counting(text: str, start: int) -> int | None:
    """The plain definition of a label group's end: brackets counted one by one."""
    depth = 0
    for index in range(start, min(len(text), start + 200)):
        depth += {"(": 1, ")": -1}.get(text[index], 0)
        if text[index] == ")" and depth == 0:
            return index
    return None


@given(st.text(alphabet=st.sampled_from(list("a( )")), max_size=260), st.integers(0, 30))
def test_a_label_groups_end_is_the_counted_one(text: str, start: int) -> None:
    from csto_un.meetings._labels import _closing

    assert _closing(text, start) == _closing_by_counting(text, start)


def _head_one_by_one(head: str, table: csto_un.meetings._lang.MeetingPhrases) -> object:
    """The plain definition of a label's head: each title form, then each honorific, tried."""
    from csto_un.meetings._labels import _is_name, _title_forms

    for form, title, role in _title_forms(table):
        if head == form:
            return None, None, title, role
    for honorific in sorted(table.honorifics, key=len, reverse=True):
        if table.honorific_after:
            if head.endswith(honorific) and len(head) > len(honorific):
                name = head[: -len(honorific)].strip()
                return (honorific, name, None, None) if _is_name(name) else None
        elif head.startswith(honorific + " ") or (
            honorific.endswith(".") and head.startswith(honorific) and len(head) > len(honorific)
        ):
            name = head[len(honorific) :].strip()
            return (honorific, name, None, None) if _is_name(name) else None
    return None


@pytest.mark.parametrize("language", list(TABLES))
@given(data=st.data())
def test_a_labels_head_is_read_as_tried_one_by_one(language: str, data: st.DataObject) -> None:
    from csto_un.meetings._labels import _head, _title_forms

    table = TABLES[language]
    words = [*table.honorifics, *(form for form, _, _ in _title_forms(table)), "Zas", "de",
             "Wood", "傅聪", "X."]
    pieces = data.draw(st.lists(st.sampled_from(words) | _AROUND, min_size=1, max_size=4))
    head = data.draw(st.sampled_from(["", " "])).join(pieces)
    assert _head(head, table) == _head_one_by_one(head, table)


@pytest.mark.parametrize("relative", _RECORDS)
def test_a_records_body_starts_where_it_starts_without_the_filters(
    relative: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The front page's end (the opening note, else the first label) is looked for only on
    lines holding a colon or a note's words: the same line as with every line tried."""
    document = csto_un.sources.read_string(corpus_file(relative).read_text(encoding="utf-8"))
    found = _parser._Parse(document, None, False)._front_end()
    monkeypatch.setattr(_parser, "holds_any", lambda text, words: True)
    assert _parser._Parse(document, None, False)._front_end() == found


def test_the_front_ends_found_include_opening_notes() -> None:
    """The records above hold front pages that end at an opening note without a colon."""
    ends = []
    for relative in _RECORDS:
        text = corpus_file(relative).read_text(encoding="utf-8")
        parse = _parser._Parse(csto_un.sources.read_string(text), None, False)
        end = parse._front_end()
        ends.append(end and ":" not in parse.texts[end])
    assert sum(map(bool, ends)) >= 4


def _labels_read_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every label's parts read anew: no memo of the heads and brackets met before."""
    monkeypatch.setattr(_tables, "per_table", lambda table, name, build: (
        build(table) if name == "label-parts" else per_table(table, name, build)))


@pytest.mark.parametrize("language", list(TABLES))
@given(data=st.data())
def test_labels_are_read_as_without_the_memo(language: str, data: st.DataObject) -> None:
    """Labels of the same heads and brackets in turn, from the memo of their parts, are
    those read afresh."""
    from csto_un.meetings._labels import _title_forms

    table = TABLES[language]
    heads = [*[form for form, _, _ in _title_forms(table)][:3],
             *(f"{h} Zas" for h in table.honorifics[:3]), "Zas", "M. de X."]
    groups = ["", "(Chine)", "(China)", f"({table.notes[0][:12]})", "(a (b) c)", "( )"]
    texts = [data.draw(st.sampled_from(heads)) + " " + " ".join(
        data.draw(st.lists(st.sampled_from(groups), max_size=4))) + data.draw(
            st.sampled_from([":", " :", "：", ": Merci.", ""])) for _ in range(6)]
    found = [_labels.match_label(csto_un.text.fold(text), table) for text in texts]
    with pytest.MonkeyPatch.context() as monkeypatch:
        _labels_read_afresh(monkeypatch)
        assert [_labels.match_label(csto_un.text.fold(text), table) for text in texts] == found


@pytest.mark.parametrize("relative", _RECORDS)
def test_a_records_labels_are_read_as_without_the_memo(
    relative: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real record's labels, and its whole parse, with and without the memo."""
    text = corpus_file(relative).read_text(encoding="utf-8")
    parse = _parser._Parse(csto_un.sources.read_string(text), None, False)
    lines = [line for line in parse.texts if ":" in line]
    found = [_labels.match_label(line, parse.table) for line in lines]
    assert sum(match is not None for match in found) >= 3
    meeting = csto_un.parse_meeting(text)
    _labels_read_afresh(monkeypatch)
    assert [_labels.match_label(line, parse.table) for line in lines] == found
    assert csto_un.parse_meeting(text) == meeting


def _delegates_read_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every front-page delegate read anew: no memo of the lines met before."""
    monkeypatch.setattr(_tables, "per_table", lambda table, name, build: (
        build(table) if name == "front-delegates" else per_table(table, name, build)))


@pytest.mark.parametrize("language", list(TABLES))
@given(data=st.data())
def test_front_page_delegates_are_read_as_without_the_memo(
    language: str, data: st.DataObject
) -> None:
    """The same lines asked in turn as the President's and a member's, from the memo, are
    read as afresh."""
    table = TABLES[language]
    pieces = ["China", "Chine", "中国", "Mr. Zas", *table.honorifics[:2], ". . .", "(Chine)"]
    asked = [(" ".join(data.draw(st.lists(st.sampled_from(pieces), min_size=1, max_size=4))),
              data.draw(st.booleans())) for _ in range(6)]
    found = [_front._delegate(text, table, country_last=last) for text, last in asked]
    with pytest.MonkeyPatch.context() as monkeypatch:
        _delegates_read_afresh(monkeypatch)
        assert [_front._delegate(text, table, country_last=last)
                for text, last in asked] == found


@pytest.mark.parametrize("relative", _RECORDS)
def test_a_records_front_page_is_read_as_without_the_memo(
    relative: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _assert_same_parse_without(relative, monkeypatch, _delegates_read_afresh)
