"""Hostile and odd input (issue 23): bounded memory and work, each document once, only our
errors at the edges of the API, nothing lost without an error, every file accounted for."""

from __future__ import annotations

import os
import pickle
import shutil
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

import csto_un
from conftest import corpus_file, run_fresh
from csto_un import ArgumentError, CstoUnError, LimitError, SourceError
from csto_un.sources import MAX_LINE, read_bytes, read_string
from hostile import empty_pdf, expanding_pdf, shared_content_pdf
from hostile import pdf as hostile_pdf

BUNDLED = files("csto_un") / "data" / "corpus"
LOADERS: list[Callable[[Any], Any]] = [csto_un.load, csto_un.load_meeting, csto_un.load_resolution]


_MEASURE = """
    import json, resource, sys
    import csto_un
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:
        csto_un.{loader}({path!r})
        code = None
    except csto_un.CstoUnError as error:
        code = error.code
    grew = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    print(json.dumps({{"code": code, "grew_kb": grew}}))
"""


# -- bounded memory and work ------------------------------------------------------------------
def test_a_pdf_whose_streams_inflate_to_1_gib_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "bomb.pdf"
    path.write_bytes(expanding_pdf(1 << 30))
    assert path.stat().st_size < 2 * 1024 * 1024
    result = run_fresh(_MEASURE.format(loader="load", path=str(path)))
    assert result["code"] == "pdf-expands"
    assert result["grew_kb"] < 4 * path.stat().st_size // 1024 + 64 * 1024  # was 2.1 GB


def test_the_same_content_on_2000_pages_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "pages.pdf"
    path.write_bytes(shared_content_pdf(pages=2000, runs=2000))
    result = run_fresh(_MEASURE.format(loader="load", path=str(path)), timeout=30)  # was 236 s
    assert result["code"] == "too-many-text-objects"


def test_a_modest_pdf_within_the_limits_is_read() -> None:
    document = read_bytes(shared_content_pdf(pages=3, runs=200), "small.pdf")
    assert document.pages == 3
    assert expanding_pdf(1000)  # a stream that inflates a little: read as usual
    assert read_bytes(expanding_pdf(1000), "x.pdf").lines[0].text.startswith("The President")


def test_each_limit_error_names_its_code_and_pickles() -> None:
    with pytest.raises(LimitError) as caught:
        read_bytes(expanding_pdf(1 << 26), "bomb.pdf")
    error = caught.value
    assert (error.code, error.source) == ("pdf-expands", "bomb.pdf")
    again = pickle.loads(pickle.dumps(error))
    assert (type(again), again.code, str(again)) == (LimitError, "pdf-expands", str(error))
    assert isinstance(error, SourceError)


def test_the_streams_are_inflated_by_zlib_ng() -> None:
    from zlib_ng import zlib_ng

    from csto_un.sources import _limits

    assert _limits.inflating() == (zlib_ng.decompressobj, zlib_ng.error)
    assert (_limits._decompressor, _limits._not_deflated) == _limits.inflating()


def test_without_zlib_ng_the_standard_zlib_checks_the_same_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys
    import zlib

    from csto_un.sources import _limits

    with pytest.raises(LimitError) as by_zlib_ng:
        read_bytes(expanding_pdf(1 << 26), "bomb.pdf")
    monkeypatch.setitem(sys.modules, "zlib_ng", None)  # (its import fails)
    assert _limits.inflating() == (zlib.decompressobj, zlib.error)
    monkeypatch.setattr(_limits, "_decompressor", zlib.decompressobj)
    monkeypatch.setattr(_limits, "_not_deflated", zlib.error)
    with pytest.raises(LimitError) as by_zlib:
        read_bytes(expanding_pdf(1 << 26), "bomb.pdf")
    refused, expected = by_zlib.value, by_zlib_ng.value
    assert (refused.code, str(refused)) == (expected.code, str(expected))
    assert read_bytes(expanding_pdf(1000), "x.pdf").lines[0].text.startswith("The President")


def test_a_50_mb_one_line_text_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "line.txt"
    with path.open("wb") as file:
        file.write(b"The General Assembly, ")
        for _ in range(50):
            file.write(b"decides " * (1024 * 1024 // 8))
    result = run_fresh(_MEASURE.format(loader="load_resolution", path=str(path)))
    assert result["code"] == "line-too-long"  # was 823 MB of memory
    assert result["grew_kb"] < 4 * path.stat().st_size // 1024 + 64 * 1024


def test_the_line_limit_names_the_line() -> None:
    text = "The President: I thank you.\n" + "x" * (MAX_LINE + 1) + "\n"
    with pytest.raises(LimitError, match="more than the limit") as caught:
        read_string(text, "long.txt")
    assert (caught.value.code, caught.value.line, caught.value.source) == (
        "line-too-long",
        2,
        "long.txt",
    )
    assert read_string("x" * 1000 + "\n", "ok.txt").lines  # a long line under the limit


def test_deep_json_is_refused_with_our_error() -> None:
    for depth in (65, 100_000):
        with pytest.raises(LimitError) as caught:
            csto_un.from_json("[" * depth + "]" * depth, csto_un.Meeting)
        assert caught.value.code == "too-deep"
    meeting = csto_un.load_corpus()["S/PV.8967"]
    assert csto_un.from_json(csto_un.to_json(meeting), csto_un.Meeting) == meeting


def test_a_file_is_read_without_setting_aside_the_whole_limit() -> None:
    result = run_fresh(f"""
        import json, tracemalloc
        from csto_un.sources import read_document
        tracemalloc.start()
        read_document({str(BUNDLED / "A_RES_79_10_en.txt")!r})
        print(json.dumps({{"peak": tracemalloc.get_traced_memory()[1]}}))
    """)
    assert result["peak"] < 16 * 1024 * 1024  # was 64 MiB: read(max_bytes + 1)


# -- one document once ----------------------------------------------------------------------
def test_the_same_record_twice_in_load_meeting_is_kept_once() -> None:
    path = corpus_file("pdf/S_PV.8701_E.pdf")
    once = csto_un.load_meeting(path)
    twice = csto_un.load_meeting([path, path])
    assert len(twice.interventions) == len(once.interventions)
    assert len(twice.parts) == 1
    assert [d.code for d in twice.diagnostics] == ["duplicate-part"]
    with pytest.raises(csto_un.DiagnosticError, match="duplicate-part"):
        csto_un.load_meeting([path, path], strict=True)


def test_a_meetings_parts_are_joined_once_each(tmp_path: Path) -> None:
    parts = [
        corpus_file("pdf/S_PV.8699_E.pdf"),
        corpus_file("pdf/S_PV.8699(Resumption1)_E.pdf"),
        corpus_file("pdf/S_PV.8699(Resumption2)_E.pdf"),
    ]
    for copy in ("a", "b", "c"):
        (tmp_path / copy).mkdir()
        for part in parts:
            shutil.copy(part, tmp_path / copy / part.name)
    corpus = csto_un.load_corpus(tmp_path)
    (meeting,) = corpus.meetings
    assert len(meeting.parts) == 3
    assert len(meeting.interventions) == len(csto_un.load_meeting(parts).interventions)
    duplicates = [f for f in corpus.failures if f.code == "duplicate"]
    assert len(duplicates) == 6
    assert all("the same file as" in f.error for f in duplicates)


def test_the_same_file_named_twice_or_through_a_link_is_loaded_once(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    shutil.copy(BUNDLED / "A_RES_79_10_en.txt", path)
    (tmp_path / "link.txt").symlink_to(path)
    failures: list[csto_un.LoadFailure] = []
    documents = list(csto_un.iter_documents([path, path, tmp_path], failures=failures))
    assert [d.symbol for d in documents] == ["A/RES/79/10"]
    assert [f.code for f in failures] == ["duplicate"] * 3  # path again, r.txt, link.txt


# -- only our errors --------------------------------------------------------------------------
BAD_PATHS = {
    "empty": "",
    "nul": "a\x00b.txt",
    "lone surrogate": "a\ud800.txt",
    "not a path": 3,
    "none": None,
}


@pytest.mark.parametrize("case", sorted(BAD_PATHS))
@pytest.mark.parametrize("load", LOADERS, ids=lambda f: f.__name__)
def test_a_path_that_names_no_file_is_an_argument_error(
    case: str, load: Callable[[Any], Any]
) -> None:
    with pytest.raises(ArgumentError) as caught:
        load(BAD_PATHS[case])
    assert isinstance(caught.value, (TypeError, ValueError))
    assert caught.value.code == "bad-argument"
    assert str(caught.value)


@pytest.mark.parametrize("case", sorted(set(BAD_PATHS) - {"none"}))  # None: the bundled corpus
def test_a_bad_path_in_a_folder_load_is_our_error(case: str) -> None:
    with pytest.raises(CstoUnError):
        csto_un.load_corpus(BAD_PATHS[case])
    with pytest.raises(CstoUnError):
        list(csto_un.iter_documents(BAD_PATHS[case]))


def test_load_of_an_empty_path_does_not_read_the_current_folder() -> None:
    with pytest.raises(ArgumentError, match="the path is empty"):
        csto_un.load_resolution("")  # was ". is a directory"


def test_over_long_names_are_source_errors(tmp_path: Path) -> None:
    for name in ("x" * 5000, str(tmp_path / ("x" * 300))):
        with pytest.raises(SourceError):
            csto_un.load(name)
        with pytest.raises(SourceError):
            csto_un.load_corpus(name)
        with pytest.raises(SourceError):
            list(csto_un.iter_documents(name))


def test_a_bytes_path_names_the_file_in_the_message() -> None:
    with pytest.raises(SourceError) as caught:
        csto_un.load(b"/no/such/file.txt")
    assert str(caught.value).startswith("/no/such/file.txt: ")  # str() raised TypeError
    error = SourceError("x", source=b"/a.txt")  # type: ignore[arg-type]
    assert str(error) == "/a.txt: x"


def test_wrong_arguments_give_argument_errors() -> None:
    corpus = csto_un.load_corpus()
    meeting, resolution = corpus["S/PV.8967"], corpus["A/RES/79/10"]
    calls: list[Callable[[], Any]] = [
        lambda: csto_un.from_json(None, csto_un.Meeting),  # type: ignore[arg-type]
        lambda: csto_un.compare(meeting, resolution),  # type: ignore[arg-type]
        lambda: csto_un.format_meeting(resolution),  # type: ignore[arg-type]
        lambda: csto_un.format_resolution(meeting),  # type: ignore[arg-type]
        lambda: corpus.counts(by="x"),
        lambda: csto_un.Corpus([]).counts(by="x"),
        lambda: csto_un.account(None, resolution),  # type: ignore[arg-type]
        lambda: csto_un.account("text", None),  # type: ignore[arg-type]
        lambda: csto_un.extract_citations(None),  # type: ignore[arg-type]
        lambda: csto_un.format_meeting(meeting, "xx"),
    ]
    for call in calls:
        with pytest.raises(ArgumentError):
            call()


def test_a_text_file_starting_like_a_pdf_is_not_called_a_damaged_pdf(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Notes.\n\n%PDF-1.7 is the version of the format.\n\nThe President: Thanks.\n")
    with pytest.raises(CstoUnError) as caught:
        csto_un.load_resolution(path)
    assert "PDF" not in str(caught.value)


def test_a_pdf_without_pages_says_so_without_the_readers_success() -> None:
    with pytest.raises(SourceError) as caught:
        read_bytes(empty_pdf(), "empty.pdf")
    assert "Success" not in str(caught.value)
    assert "no pages" in str(caught.value)


# -- nothing lost, or an error ------------------------------------------------------------------
_REPEATED = (
    "The General Assembly,\n\n"
    "Referring also to its resolution 59/50 of 2 December 2004, in which it granted\n\n"
    "Referring also to its resolution 59/50 of 2 December 2004, in which it granted\n\n"
    "1. Decides to meet.\n"
)


def test_a_repeated_unfinished_line_is_kept() -> None:
    resolution = csto_un.parse_resolution(_REPEATED)
    assert csto_un.account(_REPEATED, resolution).ok  # 15 words were lost
    line = "Referring also to its resolution 59/50 of 2 December 2004, in which it granted"
    # Each copy opens with a lead of the tables: a paragraph whose punctuation is missing, not
    # a heading (the second, had it replaced the first, would have lost its words).
    assert [p.text for p in resolution.preamble] == [line, line]
    assert [p.section for p in resolution.preamble] == [None, None]


def test_a_repeated_footnote_line_is_kept() -> None:
    text = (BUNDLED / "A_RES_79_10_en.txt").read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if line.startswith("2 Resolution 49/57"))
    doubled = text.replace(line + "\n", line + "\n" + line + "\n", 1)
    resolution = csto_un.parse_resolution(doubled)
    assert csto_un.account(doubled, resolution).ok
    assert not [d for d in resolution.diagnostics if d.code == "words-lost"]


def test_a_load_that_loses_words_reports_an_error_or_raises_in_strict_mode() -> None:
    lost = "The General Assembly,\n\n1. Decides to meet.\n\n\n\n\n\n\n\n\n\n\n\n"
    resolution = csto_un.parse_resolution(lost)
    assert not [d for d in resolution.diagnostics if d.code == "words-lost"]
    from csto_un.accounting import nothing_lost

    dropped = nothing_lost(["The General Assembly,", "1. Decides to meet.", "Gone."], resolution)
    (diagnostic,) = [d for d in dropped.diagnostics if d.code == "words-lost"]
    assert diagnostic.severity is csto_un.Severity.ERROR
    assert "'gone'" in diagnostic.message
    with pytest.raises(csto_un.DiagnosticError, match="words-lost"):
        nothing_lost(["Gone."], resolution, strict=True)


def test_accounting_compares_normalised_text() -> None:
    composed = "The General Assembly,\n\n1. Décide de se réunir.\n"
    decomposed = composed.replace("é", "e\u0301")
    assert csto_un.account(decomposed, csto_un.parse_resolution(composed)).ok


def test_accounting_a_long_unmatched_word_is_fast() -> None:
    result = run_fresh("""
        import json, time
        import csto_un
        resolution = csto_un.parse_resolution("The General Assembly,\\n\\n1. Decides to meet.\\n")
        start = time.perf_counter()
        check = csto_un.account("The General Assembly, 1. Decides to meet. " + "a" * 200_000,
                                resolution)
        print(json.dumps({"seconds": time.perf_counter() - start, "missing": len(check.missing)}))
    """)
    assert result["missing"] == 1
    assert result["seconds"] < 1.0  # was 6.5 s


# -- every file accounted for ----------------------------------------------------------------
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_fifo_given_to_load_corpus_is_a_failure(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    corpus = csto_un.load_corpus(fifo)  # was 0 documents and 0 failures
    assert [(Path(f.path).name, f.code) for f in corpus.failures] == [("pipe", "source")]
    assert "not a regular file" in corpus.failures[0].error


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_an_unreadable_folder_is_a_failure(tmp_path: Path) -> None:
    shutil.copy(BUNDLED / "A_RES_79_10_en.txt", tmp_path / "r.txt")
    closed = tmp_path / "closed"
    closed.mkdir()
    closed.chmod(0)
    try:
        corpus = csto_un.load_corpus(tmp_path)
    finally:
        closed.chmod(0o755)
    assert [(Path(f.path).name, f.code) for f in corpus.failures] == [("closed", "source")]


def test_an_unreadable_folder_is_a_failure_even_for_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(BUNDLED / "A_RES_79_10_en.txt", tmp_path / "r.txt")
    (tmp_path / "closed").mkdir()
    real_scandir = os.scandir

    def guarded(path: Any = ".") -> Any:
        if str(path).endswith("closed"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", guarded)
    corpus = csto_un.load_corpus(tmp_path)
    assert [d.symbol for d in corpus] == ["A/RES/79/10"]
    assert [(Path(f.path).name, f.code) for f in corpus.failures] == [("closed", "source")]
    assert "Permission denied" in corpus.failures[0].error


def test_a_page_the_reader_cannot_load_is_our_error_when_pages_are_counted() -> None:
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>"
    stream = b"<< /Length 0 >>\nstream\n\nendstream"
    data = hostile_pdf([b"<< /Type /Font >>", stream, page, b"null"], [5, 6])
    with pytest.raises(SourceError, match="cannot read the page") as caught:
        read_bytes(data, "x.pdf")  # was PdfiumError, found by the release fuzz
    assert caught.value.page == 2
