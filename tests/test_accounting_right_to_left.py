"""The nothing-lost check on the Arabic records names the words really lost, without the
pieces of the words the parser's repairs put back in order.

The extractor's right-to-left damage splits and rotates words ("ار جدول الأعمالإقر" for
"إقرار جدول الأعمال"); the parse holds them repaired, so both sides of the count have
leftovers with the same letters. When a word is really lost too, the message named every
leftover ("ار", "أالعمإالقر", …) beside it; it names the lost word alone, and no loss is
missed (a mutation test over paragraphs of both records: a word taken out of a paragraph of
the parse).
"""

from __future__ import annotations

from ast import literal_eval
from collections import Counter

import attrs
import pytest

from conftest import corpus_file
from csto_un import Intervention, Meeting, parse_meeting
from csto_un.accounting import account, nothing_lost, words

_RECORDS = ("S_PV.9642_ar", "S_PV.9722_ar")


def _without_word(meeting: Meeting, item: int, paragraph: int, word: int) -> tuple[Meeting, str]:
    """``meeting`` with the ``word``-th word of one paragraph taken out, and that word."""
    turn = meeting.items[item]
    assert isinstance(turn, Intervention)
    pieces = turn.paragraphs[paragraph].split(" ")
    lost = pieces.pop(word)
    paragraphs = list(turn.paragraphs)
    paragraphs[paragraph] = " ".join(pieces)
    items = list(meeting.items)
    items[item] = attrs.evolve(turn, paragraphs=tuple(paragraphs))
    return attrs.evolve(meeting, items=tuple(items), diagnostics=()), lost


@pytest.mark.parametrize("name", _RECORDS)
def test_a_word_lost_from_an_arabic_record_is_named_alone(name: str) -> None:
    text = corpus_file(f"multilingual/{name}.txt").read_text(encoding="utf-8")
    meeting = parse_meeting(text)
    assert account(text, meeting).ok
    tried = 0
    for item, turn in enumerate(meeting.items):
        if not isinstance(turn, Intervention):
            continue
        for paragraph in range(len(turn.paragraphs)):
            count = len(turn.paragraphs[paragraph].split(" "))
            for word in {0, count // 2, count - 1}:
                mutated, lost = _without_word(meeting, item, paragraph, word)
                if not words(lost):
                    continue  # (a dash or a bracket alone: no word)
                tried += 1
                check = account(text, mutated)
                assert check.missing == words(lost), (item, paragraph, lost)
                assert not check.extra
                (diagnostic,) = nothing_lost(text.splitlines(), mutated).diagnostics
                assert diagnostic.code == "words-lost"
                named = diagnostic.message.split(": ", 1)[1]
                assert Counter(literal_eval(f"[{named}]")) == Counter(set(words(lost)))
    assert tried > 30


def test_the_first_paragraph_of_a_speech_loses_a_number_and_the_message_names_it() -> None:
    # S/PV.9642 in Arabic, the second speech's first paragraph without its "15": the message
    # named "15" and the pieces of the repaired labels "ار", "أالعمإالقر", "الو",
    # "بإالنكليزيةاليات" beside it.
    text = corpus_file("multilingual/S_PV.9642_ar.txt").read_text(encoding="utf-8")
    meeting = parse_meeting(text)
    speeches = [i for i, item in enumerate(meeting.items) if isinstance(item, Intervention)]
    mutated, lost = _without_word(meeting, speeches[1], 0, 3)
    assert lost == "15"
    (diagnostic,) = nothing_lost(text.splitlines(), mutated).diagnostics
    assert diagnostic.message == "1 words of the input are in no part of the parse: '15'"
