"""Bounded work and the rest of the bad-input catalogue: huge files are refused before they are
read, pathological lines parse or fail fast, encrypted PDFs, pipes and unreadable files give
our errors in ``load`` and a ``LoadFailure`` in ``load_corpus``."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

import csto_un
from conftest import corpus_file, encrypted_pdf, run_fresh
from csto_un import CstoUnError, LimitError, SourceError
from csto_un.sources import MAX_BYTES, read_bytes, read_document, read_string

LOADERS: list[Callable[[Path], Any]] = [csto_un.load_meeting, csto_un.load_resolution, csto_un.load]
HUNDRED_MB = 100 * 1024 * 1024


@pytest.fixture(scope="module")
def huge_text(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 100 MB text file: a real record's lines repeated."""
    path = tmp_path_factory.mktemp("huge") / "huge.txt"
    line = b"The President: I give the floor to the representative of France.\n"
    with path.open("wb") as file:
        block = line * (1024 * 1024 // len(line) + 1)
        while file.tell() < HUNDRED_MB:
            file.write(block)
    return path


def test_the_default_limit_is_64_mib() -> None:
    assert MAX_BYTES == 64 * 1024 * 1024


@pytest.mark.parametrize("loader", ["load", "load_meeting", "load_resolution"])
def test_a_100_mb_text_file_is_refused_quickly_in_bounded_memory(
    huge_text: Path, loader: str
) -> None:
    result = run_fresh(f"""
        import json, resource, time
        import csto_un
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.perf_counter()
        try:
            csto_un.{loader}({str(huge_text)!r})
            error = None
        except csto_un.SourceError as caught:
            error = str(caught)
        seconds = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps({{"error": error, "seconds": seconds, "grew_kb": after - before}}))
    """, timeout=60)
    assert result["error"] is not None, "a 100 MB file was read"
    assert str(huge_text) in result["error"]
    assert f"{huge_text.stat().st_size:,} bytes" in result["error"]
    assert "limit" in result["error"]
    assert result["seconds"] < 5
    assert result["grew_kb"] < 20 * 1024, "the file was read into memory"


def test_the_limit_can_be_raised_or_lowered(tmp_path: Path) -> None:
    path = tmp_path / "record.txt"
    path.write_text("The President: I declare the meeting open.\n", encoding="utf-8")
    with pytest.raises(SourceError, match="more than the limit of 10 bytes"):
        read_document(path, max_bytes=10)
    assert read_document(path, max_bytes=None).lines
    with pytest.raises(SourceError, match="limit"):
        read_bytes(b"x" * 11, "x.txt", max_bytes=10)
    with pytest.raises(SourceError, match="limit"):
        read_string("x" * 11, max_bytes=10)


PATHOLOGICAL = {
    "one 1 MB line": "Le Président (parle en russe) : " + "les pays de la paix " * 52_429,
    "100k empty lines": "\n" * 100_000 + "The President: I thank you.\n",
    "deeply nested brackets in a label": "M. Zas " + "(" * 100_000 + ")" * 100_000 + " : oui\n",
    "nested brackets on many lines": ("Mr. Zas " + "(" * 300 + ")" * 300 + ":\n") * 3000,
    "a colon wall": (":" * 1000 + "\n") * 1000,
    "30k labels": "The President: I thank you.\n\n" * 30_000,
    "a vote list of 100k names": "A vote was taken by show of hands.\nIn favour:\n"
    + "France, " * 100_000,
    "100k sub-paragraph markers": "The General Assembly,\n\n1. Decides " + "(a) " * 100_000,
    "20k operative paragraphs": "The General Assembly,\n\n"
    + "".join(f"{i}. Decides to go on;\n\n" for i in range(1, 20_001)),
}


EXPECTED = {
    "one 1 MB line": {"parse_meeting": "parsed", "load": "parsed"},
    "100k empty lines": {"parse_meeting": "parsed"},
    "30k labels": {"parse_meeting": "parsed", "parse_resolution": "NotAResolutionError"},
    "20k operative paragraphs": {"parse_resolution": "parsed", "load": "parsed"},
    "deeply nested brackets in a label": {"parse_meeting": "NotAMeetingError"},
}


@pytest.mark.parametrize("case", sorted(PATHOLOGICAL))
def test_pathological_input_parses_or_fails_fast(case: str, tmp_path: Path) -> None:
    path = tmp_path / "input.txt"
    path.write_text(PATHOLOGICAL[case], encoding="utf-8")
    result = run_fresh(
        f"""
        import json, time
        import csto_un
        outcomes = {{}}
        start = time.perf_counter()
        for name in ("parse_meeting", "parse_resolution"):
            text = open({str(path)!r}, encoding="utf-8").read()
            try:
                getattr(csto_un, name)(text)
                outcomes[name] = "parsed"
            except csto_un.CstoUnError as error:
                outcomes[name] = type(error).__name__
        try:
            csto_un.load({str(path)!r})
            outcomes["load"] = "parsed"
        except csto_un.CstoUnError as error:
            outcomes["load"] = type(error).__name__
        print(json.dumps({{"outcomes": outcomes, "seconds": time.perf_counter() - start}}))
        """,
        timeout=120,
    )
    assert set(result["outcomes"]) == {"parse_meeting", "parse_resolution", "load"}
    for parser, outcome in EXPECTED.get(case, {}).items():
        assert result["outcomes"][parser] == outcome, result
    assert result["seconds"] < 60, f"{case}: {result['seconds']:.1f} s"


def _encrypted_pdf() -> bytes:
    return encrypted_pdf()


@pytest.mark.parametrize("load", LOADERS, ids=lambda f: f.__name__)
def test_encrypted_pdf_in_every_loader(load: Callable[[Path], Any], tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(_encrypted_pdf())
    with pytest.raises(SourceError, match="encrypted") as caught:
        load(path)
    assert str(path) in str(caught.value)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("load", LOADERS, ids=lambda f: f.__name__)
def test_a_named_pipe_is_refused_without_blocking(
    load: Callable[[Path], Any], tmp_path: Path
) -> None:
    pipe = tmp_path / "record.txt"
    os.mkfifo(pipe)
    start = time.perf_counter()
    with pytest.raises(SourceError, match="not a regular file") as caught:
        load(pipe)  # opening a pipe nobody writes to would block for ever
    assert time.perf_counter() - start < 5
    assert str(pipe) in str(caught.value)


def test_a_directory_named_like_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "S_PV.8967_fr.txt"
    folder.mkdir()
    with pytest.raises(SourceError, match="directory") as caught:
        read_document(folder)
    assert str(folder) in str(caught.value)


def test_permission_denied_is_a_source_error_and_a_load_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tests run as root, for whom ``chmod 0`` does not stop reading: ``open`` is made to
    refuse the file as it would for another user."""
    import builtins

    from csto_un.sources import _read

    secret = tmp_path / "secret.txt"
    secret.write_text("The President: I thank you.\n", encoding="utf-8")
    record = corpus_file("multilingual/S_PV.9722_en.txt")
    (tmp_path / record.name).write_bytes(record.read_bytes())
    real_open = builtins.open

    def guarded_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if os.fspath(file) == str(secret):
            raise PermissionError(13, "Permission denied", str(secret))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(_read, "open", guarded_open, raising=False)
    with pytest.raises(SourceError, match="Permission denied") as caught:
        csto_un.load(secret)
    assert str(secret) in str(caught.value)
    corpus = csto_un.load_corpus(tmp_path)
    assert [m.symbol for m in corpus.meetings] == ["S/PV.9722"]
    failures = {Path(f.path).name: f for f in corpus.failures}
    assert "secret.txt" in failures
    assert "Permission denied" in failures["secret.txt"].error
    assert failures["secret.txt"].code == "source"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_load_corpus_with_a_pipe_and_a_bad_pdf(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n" + bytes(200))
    record = corpus_file("multilingual/S_PV.9642_fr.txt")
    (tmp_path / record.name).write_bytes(record.read_bytes())
    corpus = csto_un.load_corpus(tmp_path)
    assert [m.symbol for m in corpus.meetings] == ["S/PV.9642"]
    assert {Path(f.path).name for f in corpus.failures} == {"pipe.txt", "broken.pdf"}
    assert all(isinstance(f.error, str) and f.error for f in corpus.failures)


def test_nothing_but_our_errors_for_a_huge_string() -> None:
    with pytest.raises(CstoUnError, match="limit"):
        csto_un.parse_meeting("x" * (MAX_BYTES + 1))


@pytest.mark.parametrize(
    "text",
    [
        "The General Assembly,\n\n1. " + "-\n" * 200_000,  # one character a line: 185 B a line
        "*\n" * 100_000,  # a footnote mark a line: a footnote and its diagnostics each
    ],
    ids=["a dash a line", "a footnote mark a line"],
)
def test_a_text_whose_parse_would_pass_the_memory_bound_is_refused(text: str) -> None:
    from csto_un.sources import MEMORY_CONSTANT

    with pytest.raises(LimitError, match="more than 4 times its size") as refused:
        read_string(text, name="lines.txt")
    assert refused.value.code == "memory-bound"
    assert refused.value.source == "lines.txt"
    assert MEMORY_CONSTANT == 64 * 1024 * 1024


def test_blank_lines_and_real_records_stay_within_the_memory_bound() -> None:
    # 100,000 blank lines cost 190 B each: read (the estimate counts them apart).
    assert read_string("\n" * 100_000 + "The President: I thank you.\n").lines
    record = (files("csto_un") / "data" / "corpus" / "S_PV.8967_fr.txt").read_text("utf-8")
    assert read_string(record * 10).lines  # 1.3 MB of a real record


@pytest.mark.parametrize(
    ("limit", "value", "code"),
    [
        ("MAX_BYTES", 100, None),  # a SourceError naming the size
        ("MAX_LINE", 10, "line-too-long"),
        ("MEMORY_CONSTANT", 0, "memory-bound"),
    ],
)
def test_a_limit_set_on_the_package_reaches_every_loader(
    limit: str, value: int, code: str | None
) -> None:
    """`csto_un.sources.MAX_… = n`, as docs/errors.md says, changes what `csto_un.load` refuses
    (the names were only re-exported: setting them changed nothing)."""
    import csto_un.sources as sources

    record = files("csto_un") / "data" / "corpus" / "S_PV.8967_fr.txt"
    csto_un.load(record)  # within every limit as set
    kept = getattr(sources, limit)
    setattr(sources, limit, value)
    try:
        with pytest.raises(SourceError) as refused:
            csto_un.load(record)
        assert code is None or getattr(refused.value, "code", None) == code
        assert "limit" in str(refused.value) or code is not None
    finally:
        setattr(sources, limit, kept)
    csto_un.load(record)


def test_a_pdf_whose_text_would_pass_the_memory_bound_is_refused_before_parsing() -> None:
    """A PDF's streams are compressed: its text may cost far more than the file to parse. The
    estimate of a text is taken over the lines read, against the file's size."""
    import csto_un.sources as sources

    path = corpus_file("pdf/S_PV.8700_E.pdf")
    assert csto_un.load(path).interventions  # within the bound as set
    kept = sources.MEMORY_CONSTANT, sources.MEMORY_FACTOR
    sources.MEMORY_CONSTANT, sources.MEMORY_FACTOR = 0, 1  # the bound is then the file's size
    try:
        with pytest.raises(LimitError, match="the text of this PDF") as refused:
            csto_un.load(path)
    finally:
        sources.MEMORY_CONSTANT, sources.MEMORY_FACTOR = kept
    assert refused.value.code == "memory-bound"
    assert refused.value.source is not None and refused.value.source.endswith("S_PV.8700_E.pdf")
