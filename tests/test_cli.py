"""The csto-un command, run end to end as a subprocess."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import corpus_file
from csto_un.corpus import INTERVENTION_COLUMNS, Corpus, load


def run(*args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "csto_un", *args], capture_output=True, text=True, timeout=300
    )
    if ok:
        assert result.returncode == 0, result.stderr
    return result


def test_overview_of_the_bundled_corpus() -> None:
    out = run().stdout
    assert "1 meeting, 5 resolutions" in out
    assert "S/PV.8967" in out
    assert "2022-02-16" in out
    assert "A/RES/79/10" in out
    assert "A/79/L.11" in out
    assert "Zas" in out


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).with_name("csto-un")
    if not script.exists():
        pytest.skip("the console script is not next to this interpreter")
    result = subprocess.run([str(script), "--version"], capture_output=True, text=True)
    assert result.returncode == 0
    assert "csto-un" in result.stdout


def test_show_by_symbol_and_by_file() -> None:
    out = run("show", "S/PV.8967").stdout
    assert "Kariuki (GBR)" in out
    out = run("show", str(corpus_file("csto/A_RES_77_13_en.txt"))).stdout
    assert "A/RES/77/13" in out
    assert "Requests the Secretary-General" in out


def test_parse_formats(tmp_path: Path) -> None:
    record = str(corpus_file("multilingual/S_PV.9722_en.txt"))
    data = json.loads(run("parse", record).stdout)
    assert data["symbol"] == "S/PV.9722"
    lines = run("parse", record, "--format", "jsonl").stdout.splitlines()
    assert len(lines) == 6
    assert json.loads(lines[0])["label"].startswith("The President")
    table = list(csv.DictReader(io.StringIO(run("parse", record, "--format", "csv").stdout)))
    assert tuple(table[0]) == INTERVENTION_COLUMNS
    out = tmp_path / "out.json"
    run("parse", str(corpus_file("csto/A_RES_79_10_en.txt")), "-o", str(out))
    assert json.loads(out.read_text(encoding="utf-8"))["symbol"] == "A/RES/79/10"


def test_speakers_kwic_and_cites() -> None:
    assert "GBR" in run("speakers").stdout
    out = run("kwic", "Kazakhstan", "--window", "20").stdout
    assert "S/PV.8967" in out
    assert "[Kazakhstan]" in out
    out = run("cites", "A/RES/59/50").stdout
    assert "A/79/L.11" in out
    assert "A/RES/79/10" in out


def test_own_corpus_folder() -> None:
    folder = str(corpus_file("multilingual/S_PV.9642_en.txt").parent)
    out = run("--corpus", folder, "speakers", "--by", "country_code").stdout
    # one meeting in six languages is counted once: the United States spoke once
    assert "    1  USA\n" in out and "    6  USA\n" not in out
    assert out != run("speakers", "--by", "country_code").stdout  # not the bundled corpus
    # before or after the command
    assert run("speakers", "--corpus", folder, "--by", "country_code").stdout == out


def test_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    result = run("show", "A/RES/1/1", ok=False)
    assert result.returncode == 1
    assert result.stderr.startswith("csto-un: error:")
    assert "Traceback" not in result.stderr
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run("parse", str(empty), ok=False)
    assert result.returncode == 1
    assert "empty.txt" in result.stderr
    assert "Traceback" not in result.stderr
    result = run("--corpus", str(tmp_path / "nope"), ok=False)
    assert result.returncode == 1
    assert "nope" in result.stderr


def test_series_timeline() -> None:
    out = run("series", "Collective Security Treaty Organization").stdout
    order = [out.index(s) for s in ("A/RES/59/50", "A/RES/73/331", "A/RES/77/13", "A/79/L.11")]
    assert order == sorted(order)
    assert "not in the corpus" in out
    assert "A/RES/79/10" in run("series", "A/RES/75/276").stdout


def test_diff_text_and_json() -> None:
    out = run("diff", "A/RES/77/13", "A/RES/79/10").stdout
    assert "eighty-first" in out
    assert "A/79/302-S/2024/600" in out
    data = json.loads(run("diff", "A/RES/77/13", "A/RES/79/10", "--format", "json").stdout)
    parts = {change["part"] for change in data["changes"]}
    assert parts == {"header", "preamble", "operative", "footnote"}
    result = run("diff", "S/PV.8967", "A/RES/79/10", ok=False)
    assert result.returncode == 1
    assert "two resolutions" in result.stderr


def test_subcommands_on_the_development_corpus() -> None:
    folder = str(corpus_file("csto/A_RES_77_13_en.txt").parent)
    out = run("--corpus", folder).stdout
    assert "0 meetings, 4 resolutions" in out  # the PDF and the text of 79/10: one document
    assert "the same document as" in out
    assert "A/RES/77/13" in run("show", "A/RES/77/13", "--corpus", folder).stdout
    out = run("kwic", "Kanal", "--corpus", folder).stdout
    assert out.count("[Kanal]") >= 4
    assert "A/RES/79/10" in run("cites", "A/RES/77/13", "--corpus", folder).stdout
    out = run("series", "--corpus", folder).stdout
    assert out.index("A/RES/73/331") < out.index("A/RES/79/10")
    assert "eighty-first" in run("diff", "A/RES/77/13", "A/RES/79/10", "--corpus", folder).stdout


def test_parse_akoma_ntoso() -> None:
    out = run("parse", str(corpus_file("multilingual/S_PV.9722_en.txt")), "--format", "akn").stdout
    assert out.startswith("<?xml")
    assert "<debate" in out and "<speech" in out


def test_parse_folders_in_worker_processes(tmp_path: Path) -> None:
    folders = [str(corpus_file("csto/A_RES_77_13_en.txt").parent),
               str(corpus_file("multilingual/S_PV.9642_en.txt").parent)]
    one = run("parse", *folders, "--format", "jsonl", "--unit", "paragraph").stdout
    two = run("parse", *folders, "--format", "jsonl", "--unit", "paragraph",
              "--workers", "2").stdout
    assert one == two
    symbols = {json.loads(line)["symbol"] for line in one.splitlines()}
    assert {"A/RES/77/13", "A/RES/79/10", "S/PV.9642", "S/PV.9722"} <= symbols
    text = run("parse", folders[0], "--workers", "2").stdout
    assert sorted(d["symbol"] for d in json.loads(text)) == [
        "A/RES/73/331", "A/RES/75/276", "A/RES/77/13", "A/RES/79/10", "A/RES/79/10"]
    corpus = Corpus.from_json(text)  # a list of documents reads back as a corpus
    assert corpus.documents == tuple(load(path) for path in sorted(
        p for p in Path(folders[0]).iterdir() if p.suffix in (".txt", ".pdf")))
    speakers = run("speakers", "--corpus", folders[1], "--by", "country_code").stdout
    assert "    1  USA\n" in speakers  # each meeting once, not once per language
    assert run("--corpus", folders[1], "--workers", "2", "speakers", "--by",
               "country_code").stdout == speakers


def test_parse_joins_the_parts_of_a_meeting() -> None:
    parts = [str(corpus_file(f"pdf/S_PV.8699{suffix}_E.pdf"))
             for suffix in ("", "(Resumption1)", "(Resumption2)")]
    data = json.loads(run("parse", *parts).stdout)
    assert data["symbol"] == "S/PV.8699"  # one meeting, not a list of three documents
    assert len(data["parts"]) == 3


def test_parse_skips_what_it_cannot_parse(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    record = str(corpus_file("multilingual/S_PV.9722_en.txt"))
    result = run("parse", str(empty), record, "--format", "jsonl", ok=False)
    assert result.returncode == 1
    assert len(result.stdout.splitlines()) == 6  # the record's turns are written all the same
    reason = "the input is empty or holds only white space"
    assert result.stderr == f"csto-un: skipped {empty}: {reason}\n"
    result = run("parse", str(empty), record, "--format", "jsonl", "--strict", ok=False)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("csto-un: error:") and "empty.txt" in result.stderr
    result = run("parse", record, "--workers", "0", ok=False)
    assert result.returncode == 2
    assert "must be 1 or more" in result.stderr
