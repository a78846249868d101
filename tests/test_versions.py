"""One meeting in six languages: the corpus links the versions, counts each turn once, and
``align`` pairs the turns of the versions and says where they disagree."""

from __future__ import annotations

import io
from functools import cache

import attrs
import pytest

import csto_un
from conftest import corpus_file
from csto_un import Corpus, CstoUnError, Meeting, align

LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")
TURNS = {"S/PV.9642": 8, "S/PV.9722": 6}


@cache
def _corpus() -> Corpus:
    return csto_un.load_corpus(corpus_file("multilingual/S_PV.9642_en.txt").parent)


def _versions(symbol: str) -> list[Meeting]:
    versions = [v for v in _corpus().versions(symbol) if isinstance(v, Meeting)]
    assert sorted(v.language or "" for v in versions) == sorted(LANGUAGES)
    return versions


@pytest.mark.parametrize("symbol", sorted(TURNS))
def test_six_versions_align_turn_by_turn(symbol: str) -> None:
    alignment = align(_versions(symbol))
    assert alignment.languages == LANGUAGES
    assert len(alignment.rows) == TURNS[symbol]
    assert alignment.disagreements == ()
    for row in alignment.rows:
        facts = {(t.speaker.role, t.speaker.country_code, t.language) for t in row.turns if t}
        assert len(facts) == 1 and all(row.turns)


@pytest.mark.parametrize("symbol", sorted(TURNS))
@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_a_version_that_drops_a_turn_disagrees(symbol: str, language: str) -> None:
    versions = _versions(symbol)
    index = next(i for i, v in enumerate(versions) if v.language == language)
    damaged = versions[index]
    dropped = damaged.interventions[3]
    versions[index] = attrs.evolve(damaged, items=tuple(i for i in damaged.items
                                                        if i is not dropped))
    alignment = align(versions)
    assert len(alignment.rows) == TURNS[symbol]
    assert [(d.kind, d.row, d.language) for d in alignment.disagreements] == [
        ("missing-turn", 3, language)
    ]
    assert alignment.turn(3, language) is None


def test_a_version_that_adds_a_turn_disagrees() -> None:
    versions = _versions("S/PV.9722")
    index = next(i for i, v in enumerate(versions) if v.language == "ru")
    russian = versions[index]
    extra = attrs.evolve(russian.interventions[1], paragraphs=("Спасибо.",))
    items = list(russian.items)
    items.insert(items.index(russian.interventions[4]), extra)
    versions[index] = attrs.evolve(russian, items=tuple(items))
    alignment = align(versions)
    assert len(alignment.rows) == TURNS["S/PV.9722"] + 1
    assert [(d.kind, d.language) for d in alignment.disagreements] == [("missing-turn", "ru")]


def test_a_different_delegation_or_language_is_reported() -> None:
    versions = _versions("S/PV.9642")
    index = next(i for i, v in enumerate(versions) if v.language == "zh")
    chinese = versions[index]
    turn = chinese.interventions[7]
    changed = attrs.evolve(turn, language="fr",
                           speaker=attrs.evolve(turn.speaker, country_code="GIN"))
    versions[index] = attrs.evolve(chinese, items=tuple(changed if i is turn else i
                                                        for i in chinese.items))
    kinds = {(d.kind, d.expected, d.found) for d in align(versions).disagreements}
    assert kinds == {("delegation", "GUY", "GIN"), ("language", "en", "fr")}


def test_a_different_date_is_reported() -> None:
    import datetime as dt

    versions = _versions("S/PV.9642")
    index = next(i for i, v in enumerate(versions) if v.language == "es")
    versions[index] = attrs.evolve(versions[index], date=dt.date(2024, 5, 30))
    assert [str(d) for d in align(versions).disagreements] == [
        "meeting: date in the es version: expected '2024-05-31', found '2024-05-30'"
    ]


def test_align_needs_one_version_per_language() -> None:
    english = _versions("S/PV.9642")[0]
    with pytest.raises(CstoUnError, match="one version per language"):
        align([english, english])
    with pytest.raises(CstoUnError):
        align([])


def test_counts_and_exports_take_each_turn_once() -> None:
    corpus = _corpus()
    once = sum(corpus.counts().values())
    assert once == sum(TURNS.values())
    assert sum(corpus.counts(version="all").values()) == 6 * once
    assert sum(corpus.counts(version="ru").values()) == once
    assert {m.language for m, _ in corpus.interventions()} == {"en"}
    assert {m.language for m, _ in corpus.interventions(version="zh")} == {"zh"}
    out = io.StringIO()
    assert corpus.to_csv(out) == once
    assert corpus.to_csv(io.StringIO(), version="all") == 6 * once
    assert corpus.to_jsonl(io.StringIO(), version="fr") == once


def test_without_english_the_french_version_stands_for_the_meeting() -> None:
    corpus = Corpus([m for m in _corpus().meetings if m.language != "en"])
    assert {m.language for m in corpus.in_version()} == {"fr"}


def test_kwic_searches_every_version_unless_told() -> None:
    corpus = _corpus()
    assert corpus.kwic("UNAMI") and corpus.kwic("МООНСИ")
    assert not corpus.kwic("МООНСИ", version=None)
    assert corpus.kwic("МООНСИ", version="ru")
