"""The corpus: the bundled sample, your own folders, queries, links, series and exports."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import multiprocessing
import os
import pickle
import shutil
from pathlib import Path

import pytest

import csto_un
from conftest import corpus_file
from csto_un import Meeting, Resolution, Role
from csto_un.corpus import INTERVENTION_COLUMNS, PARAGRAPH_COLUMNS, Corpus, _loading, iter_documents


@pytest.fixture(scope="module")
def bundled() -> Corpus:
    return csto_un.load_corpus()


def test_bundled_corpus_holds_the_six_documents(bundled: Corpus) -> None:
    assert len(bundled.meetings) == 1
    assert len(bundled.resolutions) == 5
    assert bundled.failures == ()
    assert {r.symbol for r in bundled.resolutions} == {
        "A/79/L.11",
        "A/RES/73/331",
        "A/RES/75/276",
        "A/RES/77/13",
        "A/RES/79/10",
    }


def test_lookup_by_symbol(bundled: Corpus) -> None:
    meeting = bundled["S/PV.8967"]
    assert isinstance(meeting, Meeting)
    assert meeting.date == dt.date(2022, 2, 16)
    assert bundled["s/pv. 8967"] is meeting
    assert "A/RES/77/13" in bundled
    assert "A/RES/1/1" not in bundled
    with pytest.raises(KeyError, match="A/RES/1/1"):
        bundled["A/RES/1/1"]


def test_founding_draft_gets_its_symbol_from_the_adopted_text(bundled: Corpus) -> None:
    draft = bundled["A/79/L.11"]
    assert isinstance(draft, Resolution)
    assert draft.draft
    assert draft.language == "fr"
    assert draft.symbol_inferred is not None
    assert "A/RES/79/10" in draft.symbol_inferred
    adopted = bundled.adopted_from("A/79/L.11")
    assert adopted is not None
    assert adopted.symbol == "A/RES/79/10"
    found = bundled.draft_of("A/RES/79/10")
    assert found is not None
    assert found.symbol == "A/79/L.11"


def test_interventions_with_filters(bundled: Corpus) -> None:
    turns = list(bundled.interventions())
    # 29 labelled turns; the President's national statement is split off the chair's remarks
    assert len({turn.line for _, turn in turns}) == 29
    meeting = bundled["S/PV.8967"]
    assert isinstance(meeting, Meeting)
    assert len(meeting.labelled_turns()) == 29
    assert len(turns) == 31
    assert sum(turn.national_capacity for _, turn in turns) == 1
    assert all(meeting.symbol == "S/PV.8967" for meeting, _ in turns)
    uk = list(bundled.interventions(country_code="GBR"))
    assert [t.speaker.name for _, t in uk] == ["Kariuki"]
    assert [t.speaker.name for _, t in bundled.interventions(delegation="Royaume-Uni")] == [
        "Kariuki"
    ]
    chinese = list(bundled.interventions(language="zh"))
    assert [t.speaker.name for _, t in chinese] == ["Zhang Jun"]
    assert all(t.speaker.role is Role.PRESIDENT for _, t in bundled.interventions(role="president"))
    assert list(bundled.interventions(start=dt.date(2023, 1, 1))) == []
    assert [t.speaker.name for _, t in bundled.interventions(speaker="zas")] == ["Zas"]


def test_counts_per_delegation(bundled: Corpus) -> None:
    counts = bundled.counts()
    for code in ("GBR", "FRA", "GHA", "KEN", "IND", "IRL", "BRA", "CHN", "GAB", "ALB", "NOR"):
        assert counts[code] == 1, code
    for code in ("ARM", "KAZ", "BLR", "TJK"):
        assert counts[code] == 1, code
    languages = bundled.counts(by="language")
    assert languages["zh"] == 1
    assert languages["en"] >= 10


def test_kwic(bundled: Corpus) -> None:
    hits = bundled.kwic("Kazakhstan", window=30)
    meeting_hits = [h for h in hits if h.symbol == "S/PV.8967"]
    assert meeting_hits, "the meeting speaks of Kazakhstan"
    assert all(h.match == "Kazakhstan" for h in hits)
    assert all(len(h.left) <= 30 and len(h.right) <= 30 for h in hits)
    meeting = bundled["S/PV.8967"]
    assert isinstance(meeting, Meeting)
    for hit in meeting_hits:
        turn = meeting.items[hit.turn or 0]
        assert isinstance(turn, csto_un.Intervention)
        paragraph = turn.paragraphs[hit.paragraph]
        assert hit.offset is not None
        assert paragraph[hit.offset : hit.offset + len(hit.match)] == hit.match
    kazakh = [h for h in meeting_hits if h.country_code == "KAZ"]
    assert kazakh
    assert kazakh[0].speaker == "Ilyassov"
    folded = bundled.kwic("KAZAKHSTAN", fold=True)
    assert len(folded) >= len(hits)
    assert bundled.kwic("securite collective", fold=True)
    assert not bundled.kwic("securite collective")


def test_citation_graph(bundled: Corpus) -> None:
    graph = bundled.citation_graph()
    assert "A/RES/59/50" in graph["A/79/L.11"]
    assert "A/RES/77/13" in graph["A/RES/79/10"]
    assert "A/79/L.11" in graph["A/RES/79/10"]
    assert set(bundled.cited_by("A/RES/73/331")) >= {"A/RES/75/276", "A/RES/77/13", "A/RES/79/10"}


def test_citation_graph_as_networkx(bundled: Corpus) -> None:
    networkx = pytest.importorskip("networkx", reason="networkx is an optional extra")
    graph = bundled.to_networkx()
    assert isinstance(graph, networkx.DiGraph)
    assert graph.has_edge("A/RES/79/10", "A/RES/77/13")
    assert graph.nodes["A/RES/59/50"]["in_corpus"] is False


def test_series_orders_the_uncsto_resolutions(bundled: Corpus) -> None:
    series = bundled.series("A/RES/77/13")
    assert series.symbols == (
        "A/RES/59/50",
        "A/RES/64/256",
        "A/RES/65/122",
        "A/RES/67/6",
        "A/RES/69/12",
        "A/RES/71/12",
        "A/RES/73/331",
        "A/RES/75/276",
        "A/RES/77/13",
        "A/79/L.11",
        "A/RES/79/10",
    )
    absent = [e for e in series if not e.held]
    assert [e.date for e in absent][:2] == [dt.date(2004, 12, 2), dt.date(2010, 3, 2)]
    by_symbol = {e.symbol: e for e in series}
    assert "A/RES/77/13" in by_symbol["A/RES/79/10"].cites
    assert by_symbol["A/79/L.11"].draft
    assert bundled.series("Collective Security Treaty Organization").symbols == series.symbols
    assert [(a.symbol, b.symbol) for a, b in series.pairs()] == [
        ("A/RES/73/331", "A/RES/75/276"),
        ("A/RES/75/276", "A/RES/77/13"),
        ("A/RES/77/13", "A/RES/79/10"),
    ]


def test_json_round_trip(bundled: Corpus) -> None:
    back = Corpus.from_json(bundled.to_json())
    assert back.documents == bundled.documents


def test_jsonl_and_csv_exports_read_back(bundled: Corpus, tmp_path: Path) -> None:
    buffer = io.StringIO()
    assert bundled.to_jsonl(buffer) == 31
    rows = [json.loads(line) for line in buffer.getvalue().splitlines()]
    assert list(rows[0]) == list(INTERVENTION_COLUMNS)
    assert rows[0]["symbol"] == "S/PV.8967"
    path = tmp_path / "paragraphs.csv"
    count = bundled.to_csv(path, unit="paragraph")
    with path.open(encoding="utf-8", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert len(table) == count
    assert tuple(table[0]) == PARAGRAPH_COLUMNS
    assert {row["kind"] for row in table} == {"speech", "draft", "resolution"}


def test_pandas_frames(bundled: Corpus, tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas", reason="pandas is an optional extra")
    frame = bundled.interventions_frame()
    assert list(frame.columns) == list(INTERVENTION_COLUMNS)
    assert len(frame) == 31
    pytest.importorskip("pyarrow", reason="Parquet needs pyarrow")
    bundled.to_parquet(tmp_path / "turns.parquet")
    assert len(pandas.read_parquet(tmp_path / "turns.parquet")) == 31


def test_own_folder_joins_meeting_parts_and_reports_failures(tmp_path: Path) -> None:
    for name in ("S_PV.8699_E.pdf", "S_PV.8699(Resumption1)_E.pdf", "S_PV.8701_E.pdf"):
        shutil.copy(corpus_file(f"pdf/{name}"), tmp_path / name)
    (tmp_path / "notes.txt").write_text("Just a note, not a UN document.\n", encoding="utf-8")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n garbage")
    corpus = csto_un.load_corpus(tmp_path)
    symbols = sorted(m.symbol or "" for m in corpus.meetings)
    assert symbols == ["S/PV.8699", "S/PV.8701"]
    joined = corpus["S/PV.8699"]
    assert isinstance(joined, Meeting)
    assert len(joined.parts) == 2
    assert {turn.part for turn in joined.interventions} == {0, 1}
    assert sorted(Path(f.path).name for f in corpus.failures) == ["broken.pdf", "notes.txt"]
    with pytest.raises(csto_un.CstoUnError):
        csto_un.load_corpus(tmp_path, strict=True)


def test_lazy_iteration_and_workers(tmp_path: Path) -> None:
    _bundled_copy(tmp_path)
    lazy = iter_documents(tmp_path)
    first = next(lazy)
    assert isinstance(first, (Meeting, Resolution))
    assert len([first, *lazy]) == 6
    parallel = csto_un.load_corpus(tmp_path, workers=2)
    serial = csto_un.load_corpus(tmp_path)
    assert parallel.documents == serial.documents


def test_worker_results_travel_compact_and_come_back_equal(bundled: Corpus) -> None:
    """What a worker process sends back (pickled by multiprocessing's pickler) holds each
    model object's field values without their names, and is rebuilt equal, field for field."""
    from multiprocessing.reduction import ForkingPickler

    _loading._load_chunk([], strict=False)  # what a worker does first
    failure = csto_un.corpus.LoadFailure(path="x.txt", error="x.txt: no turn", code="not-a-meeting")
    sent = [*bundled.documents, failure]
    blob = bytes(ForkingPickler.dumps(sent))
    for name in ("language_inferred", "national_capacity", "symbol_inferred", "job_number"):
        assert name.encode() not in blob  # field names are not sent
    back = pickle.loads(blob)
    assert back == sent
    assert [type(item) for item in back] == [type(item) for item in sent]
    assert pickle.loads(pickle.dumps(sent)) == sent  # pickle itself is left as it was


def _bundled_copy(folder: Path) -> list[Meeting | Resolution]:
    for path in csto_un.corpus.bundled_paths():
        shutil.copy(path, folder / path.name)
    return list(iter_documents(folder))


def test_a_worker_that_dies_costs_only_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker process that dies (a crash in pdfium, the system ending it for lack of memory)
    fails its file alone: the pool is replaced and the rest of the folder is parsed."""
    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the stand-in crash below reaches the workers only when they are forked")
    expected = _bundled_copy(tmp_path)
    shutil.copy(corpus_file("multilingual/S_PV.9722_en.txt"), tmp_path / "crash.txt")
    real = _loading.load

    def load(path: str | os.PathLike[str], *, strict: bool = False) -> Meeting | Resolution:
        if Path(path).name == "crash.txt":
            os._exit(70)  # the worker dies, as in a segmentation fault: no exception to catch
        return real(path, strict=strict)

    monkeypatch.setattr(_loading, "load", load)
    failures: list[csto_un.corpus.LoadFailure] = []
    assert list(iter_documents(tmp_path, workers=2, failures=failures)) == expected
    assert [(Path(f.path).name, f.code) for f in failures] == [("crash.txt", "worker-died")]
    assert failures[0].error.startswith(f"{tmp_path / 'crash.txt'}: the process parsing it died")
    with pytest.raises(csto_un.CstoUnError, match="the process parsing it died") as caught:
        csto_un.load_corpus(tmp_path, workers=2, strict=True)
    assert caught.value.source == str(tmp_path / "crash.txt")


def test_a_bug_on_one_file_is_a_failure_that_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _bundled_copy(tmp_path)
    shutil.copy(corpus_file("multilingual/S_PV.9722_en.txt"), tmp_path / "bug.txt")
    real = _loading.load

    def load(path: str | os.PathLike[str], *, strict: bool = False) -> Meeting | Resolution:
        if Path(path).name == "bug.txt":
            raise IndexError("list index out of range")  # a bug deep in a parser
        return real(path, strict=strict)

    monkeypatch.setattr(_loading, "load", load)
    failures: list[csto_un.corpus.LoadFailure] = []
    assert list(iter_documents(tmp_path, failures=failures)) == expected
    (failure,) = failures
    assert failure.code == "internal-error"
    assert failure.error == (f"{tmp_path / 'bug.txt'}: internal error, please report it: "
                             "IndexError: list index out of range")
    assert [f.code for f in csto_un.load_corpus(tmp_path).failures] == ["internal-error"]
    with pytest.raises(csto_un.CstoUnError, match="internal error") as caught:
        csto_un.load_corpus(tmp_path, strict=True)
    assert caught.value.source == str(tmp_path / "bug.txt")
    assert isinstance(caught.value.__cause__, IndexError)


def test_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(csto_un.SourceError, match="no such file"):
        csto_un.load_corpus(tmp_path / "absent")


def test_language_versions_stay_apart() -> None:
    folder = corpus_file("multilingual/S_PV.9642_en.txt").parent
    corpus = csto_un.load_corpus(folder)
    versions = corpus.versions("S/PV.9642")
    assert sorted(m.language or "" for m in versions) == ["ar", "en", "es", "fr", "ru", "zh"]
    russian = corpus.get("S/PV.9642", language="ru")
    assert isinstance(russian, Meeting)
    assert russian.language == "ru"
    assert not [f for f in corpus.failures if f.code == "duplicate"]


def test_jsonl_and_csv_read_back_by_pandas(bundled: Corpus, tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas", reason="pandas is an optional extra")
    bundled.to_csv(tmp_path / "turns.csv")
    bundled.to_jsonl(tmp_path / "paragraphs.jsonl", unit="paragraph")
    turns = pandas.read_csv(tmp_path / "turns.csv")
    assert tuple(turns.columns) == INTERVENTION_COLUMNS
    assert len(turns) == 31
    assert turns["country_code"].value_counts()["GBR"] == 1
    paragraphs = pandas.read_json(tmp_path / "paragraphs.jsonl", lines=True)
    assert tuple(paragraphs.columns) == PARAGRAPH_COLUMNS
    assert set(paragraphs["kind"]) == {"speech", "draft", "resolution"}
