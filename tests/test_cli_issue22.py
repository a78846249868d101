"""The command line says what it shows and refuses what it cannot do (issue 22), and its CSV is
safe for spreadsheets and its paths named for what they are (issue 23, findings 7 and 10).

Run in process through ``csto_un.cli.main``, standard output and error captured.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from pathlib import Path

import pytest

from conftest import corpus_file
from csto_un import Paragraph, Resolution, Subparagraph
from csto_un.cli import main
from csto_un.corpus import (
    INTERVENTION_COLUMNS,
    PARAGRAPH_COLUMNS,
    Corpus,
    bundled_paths,
    load_corpus,
)
from csto_un.errors import CstoUnError
from csto_un.render import describe_comparison


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def draft_file() -> str:
    return str(next(p for p in bundled_paths() if "draft" in p.name))


# -- no silent empties --------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_a_resolution_per_turn_is_refused_not_an_empty_success(
    capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    code, out, err = cli(capsys, "parse", str(corpus_file("csto/A_RES_79_10_en.txt")),
                         "--format", fmt)
    assert code == 1
    assert out == ""
    assert "A/RES/79/10 is a resolution, with no speaker turns" in err
    assert "--unit paragraph" in err
    assert "error: nothing to export" in err


def test_a_resolution_per_paragraph_has_its_footnotes_and_citations(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = cli(capsys, "parse", str(corpus_file("csto/A_RES_79_10_en.txt")),
                       "--format", "csv", "--unit", "paragraph")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert tuple(rows[0]) == PARAGRAPH_COLUMNS
    assert len(rows) == 24
    assert {r["part"] for r in rows} == {"preamble", "operative"}
    assert rows[0]["footnotes"] == "1"
    assert rows[2]["cites"] == "A/RES/59/50" and rows[2]["lead"] == "Referring also"
    assert rows[0]["adopted"] == "2024-11-18" and rows[0]["date"] == "2024-11-19"
    assert rows[-1]["number"] == "9"


def test_sub_paragraphs_on_request_and_never_lost(capsys: pytest.CaptureFixture[str]) -> None:
    source = str(corpus_file("text/S-RES-2000(2011).txt"))
    code, out, _ = cli(capsys, "parse", source, "--format", "jsonl", "--unit", "subparagraph")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    from csto_un.corpus import SUBPARAGRAPH_COLUMNS

    assert tuple(rows[0]) == SUBPARAGRAPH_COLUMNS
    marked = [r for r in rows if r["subparagraph"]]
    assert any(r["subparagraph"] == "(a) –" for r in marked)
    assert any(r["heading"] == "Protection and security" for r in marked)
    # per paragraph, the sub-paragraphs are in the paragraph's text
    code, out, _ = cli(capsys, "parse", source, "--format", "jsonl", "--unit", "paragraph")
    texts = [json.loads(line)["text"] for line in out.splitlines()]
    assert any("(a) Protection of civilians" in text for text in texts)


def test_a_meeting_per_sub_paragraph_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "parse", str(corpus_file("multilingual/S_PV.9722_en.txt")),
                         "--format", "csv", "--unit", "subparagraph")
    assert (code, out) == (1, "")
    assert "S/PV.9722 is a meeting record, with no sub-paragraphs" in err


def test_a_mixed_folder_per_turn_names_the_resolutions(capsys: pytest.CaptureFixture[str]) -> None:
    folder = str(bundled_paths()[0].parent)
    code, out, err = cli(capsys, "parse", folder, "--format", "csv")
    assert code == 1
    assert len(list(csv.DictReader(io.StringIO(out)))) == 31  # the turns are written
    assert err.count("not exported:") == 5  # and the five resolutions named
    assert "A/RES/79/10 is a resolution" in err


def test_json_and_akn_refuse_a_unit(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "parse", draft_file(), "--unit", "paragraph")
    assert (code, out) == (1, "")
    assert "--unit is for the table formats" in err


# -- output files whole or not at all ------------------------------------------------------------
def test_a_failed_strict_parse_leaves_no_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    out = tmp_path / "out.json"
    code, _, err = cli(capsys, "parse", str(empty), "--strict", "-o", str(out))
    assert code == 1 and "empty.txt" in err
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [empty]  # no temporary file either
    out.write_text("kept")
    cli(capsys, "parse", str(empty), "--strict", "-o", str(out))
    assert out.read_text() == "kept"  # an earlier file is not clobbered
    # and one that succeeds is written whole, as an ordinary new file
    out = tmp_path / "out.csv"
    code, _, _ = cli(capsys, "parse", draft_file(), "--format", "csv", "--unit", "paragraph",
                     "-o", str(out))
    assert code == 0
    assert len(list(csv.DictReader(out.open(encoding="utf-8")))) == 24
    mask = os.umask(0)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask


def test_corpus_exports_to_a_path_are_atomic(tmp_path: Path) -> None:
    out = tmp_path / "t.csv"
    out.write_text("kept")
    with pytest.raises(CstoUnError):
        load_corpus().to_csv(out, unit="nonsense")
    assert out.read_text() == "kept"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.csv"]


# -- dates say what they are -------------------------------------------------------------------
def test_every_date_printed_says_what_it_is(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = cli(capsys)
    resolution = "A/RES/79/10  General Assembly resolution"
    assert f"{resolution}  adopted 2024-11-18, distributed 2024-11-19" in out
    assert "S/PV.8967  Security Council  meeting of 2022-02-16" in out
    assert "A/79/L.11  General Assembly draft  distributed 2024-11-06" in out
    _, out, _ = cli(capsys, "series", "A/RES/79/10")
    assert "  adopted     2019-07-25  A/RES/73/331" in out
    assert "  distributed 2024-11-06  A/79/L.11" in out
    _, out, _ = cli(capsys, "diff", "A/RES/77/13", "A/RES/79/10")
    assert "header date (distributed)" in out and "header adopted_on (adopted)" in out


# -- speakers ------------------------------------------------------------------------------------
def test_speakers_lists_speakers(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "speakers")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["turns", "speaker", "delegation", "role", "languages"]
    kariuki = next(line for line in lines if "Kariuki" in line)
    assert kariuki.split() == ["1", "Kariuki", "Royaume-Uni", "(GBR)", "council-member", "en", "1"]
    guterres = next(line for line in lines if "Secrétaire général" in line)
    assert guterres.endswith("secretary-general  en 1, fr 1")
    assert "\n    9  Le Président " in out
    _, out, _ = cli(capsys, "speakers", "--by", "country_code")
    assert out.splitlines()[0] == "   11  -"  # --by keeps the counts
    code, out, err = cli(capsys, "speakers", "--by", "role", "--language", "ar")
    assert (code, out) == (1, "")  # nothing to count is said, not an empty success
    assert "no speaker turn passes the filters" in err
    code, _, err = cli(capsys, "speakers", "--corpus", str(corpus_file("csto/A_RES_77_13_en.txt")))
    assert code == 1 and "the corpus holds no speaker turn" in err


# -- help ---------------------------------------------------------------------------------------
def test_every_command_and_argument_is_explained(capsys: pytest.CaptureFixture[str]) -> None:
    from csto_un._cli_args import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, command in sub.choices.items():
        assert command.description, name
        assert command.epilog and command.epilog.startswith("examples:\n  csto-un"), name
        for action in command._actions:
            assert action.help, f"{name} {action.dest} has no help"


def test_main_help_ends_with_examples(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    text = capsys.readouterr().out
    assert "examples:" in text
    assert text.rstrip().splitlines()[-1].strip().startswith("csto-un COMMAND --help")
    with pytest.raises(SystemExit):
        main(["kwic", "--help"])
    text = capsys.readouterr().out
    assert "--window N        characters of context either side" in text
    assert "examples:\n  csto-un kwic Kazakhstan" in text


# -- legends, numbering, plurals ---------------------------------------------------------------
def test_marks_are_explained_and_turns_numbered_as_turns(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = cli(capsys)
    assert out.startswith("1 meeting, 5 resolutions")
    assert "\n    1. Le Président [president] {ru}\n    2. Le Secrétaire général" in out
    assert "Marks:\n  {en}" in out
    assert "{en→fr}              delivered in English, then French" in out
    assert "[national capacity]  the President speaking for their own country" in out
    assert "(inferred)" not in out
    assert "symbol not printed in the text: named as the draft of A/RES/79/10" in out
    _, out, _ = cli(capsys, "show", "S/PV.8967")
    assert "\n  1. Le Président [president] {ru}\n" in out
    assert "\n  31. " in out and "\n  32. " not in out
    assert "Marks:" in out


# -- KWIC ---------------------------------------------------------------------------------------
def _tiny_corpus() -> Corpus:
    return Corpus([Resolution(
        symbol="A/RES/1/1", language="en",
        preamble=(Paragraph("Noting the Cuban delegation,"),),
        operative=(Paragraph("Invites Cuba to report;", 1), Paragraph("Thanks CUBA;", 5)),
    )])  # fmt: skip


def test_kwic_whole_words_regex_case_and_references() -> None:
    corpus = _tiny_corpus()
    assert [h.reference for h in corpus.kwic("Cuba")] == ["op. 1"]
    assert [h.reference for h in corpus.kwic("Cuba", case_sensitive=False)] == ["op. 1", "op. 5"]
    assert [h.reference for h in corpus.kwic("Cuba", words=False)] == ["pre. 1", "op. 1"]
    assert [h.match for h in corpus.kwic(r"Cuba\w*", regex=True)] == ["Cuban", "Cuba"]
    assert {h.language for h in corpus.kwic("Cuba")} == {"en"}
    with pytest.raises(CstoUnError, match="empty"):
        corpus.kwic("")
    with pytest.raises(CstoUnError, match="regular expression"):
        corpus.kwic("(", regex=True)


def test_kwic_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "kwic", "Kaza")  # not a whole word of the corpus
    assert (code, out) == (1, "")
    assert err == "csto-un: no hit for 'Kaza'\n"
    code, out, _ = cli(capsys, "kwic", "kazakhstan", "--window", "10")  # any case by default
    assert code == 0 and "[Kazakhstan]" in out
    assert "S/PV.8967 [fr] turn 25 ¶3 Ilyassov (KAZ):" in out
    assert cli(capsys, "kwic", "kazakhstan", "--case-sensitive")[0] == 1
    _, out, _ = cli(capsys, "kwic", "seventy-\\w+", "--regex", "--symbol", "A/RES/75/276")
    assert out.startswith("A/RES/75/276 [en] op. 8: ")
    code, _, err = cli(capsys, "kwic", "")
    assert code == 1 and "the search term is empty" in err


# -- series -------------------------------------------------------------------------------------
def test_series_lists_what_it_holds(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "series")
    assert code == 0
    assert out.startswith("1 series in the corpus:\n  Cooperation between the United Nations")
    code, _, err = cli(capsys, "series", "outer space")
    assert code == 1
    assert "the series it holds: 'Cooperation between the United Nations and the" in err


# -- diff ---------------------------------------------------------------------------------------
class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_diff_shows_each_edit_in_its_sentence(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, out, _ = cli(capsys, "diff", "A/RES/75/276", "A/RES/77/13", "--format", "json")
    assert json.loads(out)["changes"][8]["edits"] == [
        {"kind": "replace", "old": "and", "new": ","},
        {"kind": "insert", "old": "", "new": "and 75/276 of 28 April 2021"},
    ]
    _, out, _ = cli(capsys, "diff", "A/RES/75/276", "A/RES/77/13")
    edit = "[-seventy-seventh-]{+seventy-ninth+}"
    assert f"… General Assembly at its {edit} session a report on …" in out
    assert "\033[" not in out
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert main(["diff", "A/RES/75/276", "A/RES/77/13"]) == 0
    coloured = "\033[31m[-seventy-seventh-]\033[0m\033[32m{+seventy-ninth+}\033[0m"
    assert coloured in terminal.getvalue()
    monkeypatch.setenv("NO_COLOR", "1")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    main(["diff", "A/RES/75/276", "A/RES/77/13"])
    assert "\033[" not in terminal.getvalue()


def test_describe_comparison_in_colour() -> None:
    from csto_un import compare

    corpus = load_corpus()
    text = describe_comparison(compare(corpus["A/RES/77/13"], corpus["A/RES/79/10"]), colour=True)
    assert "\033[32m{+" in text


# -- filters ------------------------------------------------------------------------------------
def test_filters_on_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    folder = str(corpus_file("multilingual/S_PV.9642_en.txt").parent)
    common = ["--corpus", folder]
    _, out, _ = cli(capsys, "speakers", *common, "--meeting", "S/PV.9642", "--language", "ru")
    # the Russian delegate's turn (delivered in Russian), counted once for the six versions
    assert out.splitlines()[1:] == [line for line in out.splitlines()[1:] if "(RUS)" in line]
    assert sum(int(line.split()[0]) for line in out.splitlines()[1:]) == 1
    _, out, _ = cli(capsys, "speakers", *common, "--meeting", "S/PV.9722", "--by", "country_code")
    assert out.split() == ["4", "-", "1", "MOZ", "1", "ARE"]
    _, every, _ = cli(capsys, "speakers", *common, "--by", "country_code")
    _, since, _ = cli(capsys, "speakers", *common, "--by", "country_code", "--since", "2024-06-01")
    # the USA spoke at S/PV.9642 (May)
    assert every != since and "    1  USA" in every and "USA" not in since
    code, out, _ = cli(capsys, "kwic", "Sudan", *common, "--language", "en",
                       "--symbol", "S/PV.9722")
    assert code == 0 and {line.split()[:2][1] for line in out.splitlines()} == {"[en]"}
    code, out, err = cli(capsys, "kwic", "Sudan", *common, "--until", "2024-06-30")
    assert code == 1 and "no hit" in err
    code, out, _ = cli(capsys, "show", *common, "S/PV.9642", "--language", "ru")
    assert code == 0 and "[ru]" in out.splitlines()[0]
    code, out, _ = cli(capsys, "show", "--body", "GA", "--since", "2024-01-01")
    assert code == 0 and "A/RES/79/10" in out and "S/PV.8967" not in out
    code, out, _ = cli(capsys, "parse", folder, "--format", "jsonl", "--body", "Security Council",
                       "--language", "fr", "--meeting", "S/PV.9642")
    assert {json.loads(line)["meeting_language"] for line in out.splitlines()} == {"fr"}
    assert len(out.splitlines()) == 8
    code, out, err = cli(capsys, "parse", folder, "--format", "csv", "--body", "GA")
    assert (code, out) == (1, "")
    assert "no document passes the filters" in err


# -- Parquet ------------------------------------------------------------------------------------
def test_parquet_has_the_csv_columns(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas")
    from csto_un.corpus import SUBPARAGRAPH_COLUMNS

    folder = str(bundled_paths()[0].parent)
    for unit, columns in (("intervention", INTERVENTION_COLUMNS),
                          ("paragraph", PARAGRAPH_COLUMNS),
                          ("subparagraph", SUBPARAGRAPH_COLUMNS)):
        out = tmp_path / f"{unit}.parquet"
        cli(capsys, "parse", folder, "--format", "parquet", "--unit", unit, "-o", str(out))
        frame = pandas.read_parquet(out)
        assert tuple(frame.columns) == columns
        csv_out = tmp_path / f"{unit}.csv"
        cli(capsys, "parse", folder, "--format", "csv", "--unit", unit, "-o", str(csv_out))
        assert len(frame) == len(list(csv.DictReader(csv_out.open(encoding="utf-8"))))
    code, _, err = cli(capsys, "parse", folder, "--format", "parquet")
    assert code == 1 and "give it with -o" in err


def test_parquet_without_the_extra_names_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    out = tmp_path / "t.parquet"
    code, _, err = cli(capsys, "parse", draft_file(), "--format", "parquet", "--unit",
                       "paragraph", "-o", str(out))
    assert code == 1
    assert "pip install 'csto_un[pandas]'" in err and "'pandas' extra" in err
    assert not out.exists()


# -- progress bar -------------------------------------------------------------------------------
def test_progress_bar_on_a_terminal_only(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("csto_un.corpus._loading.PROGRESS_DELAY", 0)
    folder = str(bundled_paths()[0].parent)
    out = str(tmp_path / "out.json")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["parse", folder, "-o", out]) == 0
    assert "/6 [" in terminal.getvalue() and "file/s" in terminal.getvalue()  # tqdm's bar
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["parse", folder, "-o", out, "--quiet"]) == 0
    assert terminal.getvalue() == ""
    piped = io.StringIO()  # not a terminal: no bar
    monkeypatch.setattr(sys, "stderr", piped)
    assert main(["--corpus", folder, "speakers", "--by", "role"]) == 0
    assert piped.getvalue() == ""


def test_quiet_is_an_option_of_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(capsys, "--quiet", "cites", "A/RES/59/50")[0] == 0
    assert cli(capsys, "kwic", "Kanal", "-q")[0] == 0


# -- CSV safe for spreadsheets (issue 23, finding 7) ----------------------------------------
def test_csv_cells_that_spreadsheets_would_run_are_neutralised(tmp_path: Path) -> None:
    corpus = Corpus([Resolution(
        symbol="A/RES/1/1",
        operative=(Paragraph('=HYPERLINK("http://evil","x")', 1), Paragraph("@SUM(A1)", 2),
                   Paragraph("+1", 3), Paragraph("- a list", 4), Paragraph("Decides", 5)),
    )])  # fmt: skip
    out = io.StringIO()
    corpus.to_csv(out, unit="paragraph")
    texts = [row["text"] for row in csv.DictReader(io.StringIO(out.getvalue()))]
    assert texts == ["'=HYPERLINK(\"http://evil\",\"x\")", "'@SUM(A1)", "'+1", "'- a list",
                     "Decides"]
    out = io.StringIO()
    corpus.to_csv(out, unit="paragraph", escape_formulas=False)
    assert csv.DictReader(io.StringIO(out.getvalue())).__next__()["text"].startswith("=HYPER")
    assert all(not t.startswith("'") for t in
               (json.loads(line)["text"] for line in _jsonl(corpus).splitlines()))


def _jsonl(corpus: Corpus) -> str:
    out = io.StringIO()
    corpus.to_jsonl(out, unit="paragraph")
    return out.getvalue()


def test_parse_csv_neutralises_formulas_unless_kept(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = tmp_path / "res.txt"
    text.write_text(
        "Resolution adopted by the General Assembly on 1 December 2020\n\n"
        "75/1. Test\n\nThe General Assembly,\n\n1. Decides to act;\n\n"
        "2. Requests:\n\n(a) -1 as a figure;\n\n(b) =2+2 as a sum.\n",
        encoding="utf-8",
    )
    _, out, _ = cli(capsys, "parse", str(text), "--format", "csv", "--unit", "subparagraph")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["text"] for r in rows if r["subparagraph"]] == ["'-1 as a figure;", "'=2+2 as a sum."]
    _, out, _ = cli(capsys, "parse", str(text), "--format", "csv", "--unit", "subparagraph",
                    "--keep-formulas")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["text"] for r in rows if r["subparagraph"]] == ["-1 as a figure;", "=2+2 as a sum."]


# -- paths named for what they are (issue 23, finding 10) ------------------------------------
def test_show_names_what_a_path_is(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = cli(capsys, "show", str(tmp_path))
    assert code == 1 and f"{tmp_path}: a folder" in err
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert f"{fifo}: a named pipe (FIFO)" in cli(capsys, "show", str(fifo))[2]
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    assert f"{loop}: a symbolic link loop" in cli(capsys, "show", str(loop))[2]
    dangling = tmp_path / "dangling.pdf"
    dangling.symlink_to(tmp_path / "gone.pdf")
    err = cli(capsys, "show", str(dangling))[2]
    assert f"{dangling}: a symbolic link to {tmp_path / 'gone.pdf'}, which does not exist" in err
    for path in (fifo, loop, dangling):
        assert "no such file" not in cli(capsys, "show", str(path))[2]


def test_parse_names_a_link_loop_and_refuses_an_empty_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    code, _, err = cli(capsys, "parse", str(loop))
    assert code == 1 and "a symbolic link loop" in err and "no such file" not in err
    monkeypatch.chdir(bundled_paths()[0].parent)  # a folder of documents it must not walk
    code, out, err = cli(capsys, "parse", "")
    assert (code, out) == (1, "")
    assert "an empty path names no file or folder" in err
    code, out, err = cli(capsys, "--corpus", "", "speakers")  # not the bundled corpus
    assert (code, out) == (1, "")
    assert "an empty path names no file or folder" in err


def test_subparagraph_rows_flatten_nested_markers() -> None:
    from csto_un.corpus._exports import subparagraph_rows

    resolution = Resolution(symbol="A/RES/1/1", operative=(Paragraph(
        "Decides:", 1, subparagraphs=(Subparagraph("(a)", "to meet:", (
            Subparagraph("(i)", "in New York;"),)),)),))  # fmt: skip
    rows = list(subparagraph_rows([resolution]))
    assert [(r["subparagraph"], r["text"]) for r in rows] == [
        (None, "Decides:"), ("(a)", "to meet:"), ("(a) (i)", "in New York;")]
