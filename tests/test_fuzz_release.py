"""The release fuzz: 5,000 seeded mutants of the development corpus's texts and PDFs.

Each mutant is loaded with :func:`csto_un.load` from a file. It must give a document or a
:class:`~csto_un.CstoUnError`, nothing else; a mutant of 1 MB or less must load in 5 seconds;
and the load's peak memory (Python's heap, as ``tracemalloc`` sees it: the PDF reader's own
memory is bounded by the limits of :mod:`csto_un.sources`) must stay under 4 times the input
plus a constant.

It takes long (about an hour on one core), so it runs only in the ``release`` hypothesis profile
(``CSTO_UN_FUZZ_LOG=file`` also writes each mutant's outcome to ``file`` as it goes):

    HYPOTHESIS_PROFILE=release python -m pytest tests/test_fuzz_release.py -p no:cacheprovider
"""

from __future__ import annotations

import contextlib
import json
import os
import time
import tracemalloc
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, seed, settings
from hypothesis import strategies as st

import csto_un
from conftest import CORPUS
from csto_un import CstoUnError, sources

pytestmark = pytest.mark.skipif(
    os.environ.get("HYPOTHESIS_PROFILE") != "release",
    reason="the 5,000-mutant fuzz runs only in the release profile (HYPOTHESIS_PROFILE=release)",
)

TEXT_MUTANTS = 4000
PDF_MUTANTS = 1000
SECONDS = 5.0  # the most a load of an input of 1 MB or less may take
MEMORY_FACTOR = 4  # peak memory at most this many times the input ...
MEMORY_CONSTANT = sources.MEMORY_CONSTANT  # ... plus this much (64 MiB)


def _corpus(*patterns: str) -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(path for pattern in patterns for path in CORPUS.glob(pattern))


TEXTS = _corpus("*.txt", "*.md", "csto/*.txt", "text/*.txt", "multilingual/*.txt")
PDFS = _corpus("pdf/*.pdf", "csto/*.pdf")

# What a hostile or broken source holds: long runs of the characters patterns repeat over,
# furniture shapes, labels, markup and characters that are not text.
HOSTILE = [
    " " * 5000,
    ". " * 5000,
    "…" * 3000,
    "A/" * 3000,
    "_" * 5000,
    "(" * 3000,
    "-\n" * 2000,
    "S/1" + " " * 3000 + "x",
    "16/02/2022 " + "S/ " * 2000,
    "\f",
    "\u00ad",
    "\ufffe",
    "\x00",
    "\ud800",
    "%PDF-1.7",
    "The President:",
    "Mr. Wood (United States of America):",
    "The General Assembly,",
    "1. Decides",
    "(a)",
    "<sup>1</sup>",
    "[59/50](#)",
    "---",
    "**",
    "\u0301" * 100,
    "S/PV.8967",
    "22-25948 7/26",
]


@st.composite
def text_mutants(draw: st.DrawFn) -> tuple[str, bytes]:
    """A corpus text, then 1 to 8 edits: spans cut, doubled or moved, hostile runs put in,
    lines joined or repeated, and an encoding."""
    path = draw(st.sampled_from(TEXTS))
    raw = path.read_bytes()
    text = raw.decode("utf-8", errors="surrogateescape")
    for _ in range(draw(st.integers(1, 8))):
        size = len(text)
        start = draw(st.integers(0, size))
        end = min(size, start + draw(st.integers(0, 2000)))
        kind = draw(st.sampled_from(["cut", "double", "hostile", "join", "repeat", "move"]))
        if kind == "cut":
            text = text[:start] + text[end:]
        elif kind == "double":
            text = text[:end] + text[start:end] + text[end:]
        elif kind == "hostile":
            text = text[:start] + draw(st.sampled_from(HOSTILE)) + text[start:]
        elif kind == "join":
            text = text[:start] + text[start:end].replace("\n", " ") + text[end:]
        elif kind == "repeat":
            line_end = text.find("\n", start)
            line = text[start : line_end if line_end >= 0 else size]
            text = text[:start] + (line + "\n") * draw(st.integers(2, 50)) + text[start:]
        else:
            piece = text[start:end]
            rest = text[:start] + text[end:]
            at = draw(st.integers(0, len(rest)))
            text = rest[:at] + piece + rest[at:]
    encoding = draw(st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1"]))
    errors = "surrogatepass" if encoding.startswith("utf") else "replace"  # bad bytes kept bad
    data = text.encode(encoding, errors=errors)
    return path.name, data


@st.composite
def pdf_mutants(draw: st.DrawFn) -> tuple[str, bytes]:
    """A corpus PDF, then 1 to 6 byte edits: bytes flipped, spans cut, doubled or replaced by
    random bytes, the file cut short."""
    path = draw(st.sampled_from(PDFS))
    data = bytearray(path.read_bytes())
    for _ in range(draw(st.integers(1, 6))):
        size = len(data)
        start = draw(st.integers(0, max(0, size - 1)))
        end = min(size, start + draw(st.integers(1, 4096)))
        kind = draw(st.sampled_from(["flip", "cut", "double", "random", "truncate"]))
        if kind == "flip" and size:
            data[start] ^= 1 << draw(st.integers(0, 7))
        elif kind == "cut":
            del data[start:end]
        elif kind == "double":
            data[end:end] = data[start:end]
        elif kind == "random":
            data[start:end] = draw(st.binary(min_size=end - start, max_size=end - start))
        else:
            del data[start:]
    return path.name, bytes(data)


_SEEN: list[tuple[str, int, str, float, int]] = []  # name, size, outcome, seconds, peak


@pytest.fixture(scope="module", autouse=True)
def _summary() -> Iterator[None]:
    """Print what the mutants gave: documents, errors by code, the slowest and the hungriest
    load (recorded in docs/errors.md)."""
    yield
    if not _SEEN:
        return
    outcomes = Counter(outcome for _, _, outcome, _, _ in _SEEN)
    slowest = max(_SEEN, key=lambda seen: seen[3])
    hungriest = max(_SEEN, key=lambda seen: seen[4] / max(seen[1], 1))
    print(f"\n{len(_SEEN)} mutants: {dict(outcomes.most_common())}")
    print(f"slowest: {slowest[0]} {slowest[1]:,} bytes {slowest[3]:.2f} s (traced)")
    print(f"most memory for its size: {hungriest[0]} {hungriest[1]:,} bytes, peak {hungriest[4]:,}")


_PROBLEMS: list[str] = []  # what broke a rule, one line each: every mutant runs, none stops


def _check(name: str, data: bytes, folder: Path) -> None:
    try:
        _load(name, data, folder)
    except AssertionError as problem:
        _PROBLEMS.append(str(problem).splitlines()[0])


def _load(name: str, data: bytes, folder: Path) -> None:
    path = folder / f"mutant{Path(name).suffix}"
    path.write_bytes(data)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        csto_un.load(path)
        outcome = "document"
    except CstoUnError as error:
        outcome = error.code
    except Exception as error:  # not ours: the rule broken
        outcome = "not-ours"
        raise AssertionError(f"a mutant of {name} raised {type(error).__name__}: {error}") from None
    finally:
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    _SEEN.append((name, len(data), outcome, seconds, peak))
    if log := os.environ.get("CSTO_UN_FUZZ_LOG"):  # a record that survives an interrupted run
        with open(log, "a", encoding="utf-8") as file:
            file.write(json.dumps([name, len(data), outcome, round(seconds, 3), peak]) + "\n")
    if seconds > SECONDS and len(data) <= 1024 * 1024:
        started = time.perf_counter()  # tracing slows Python down: time it again without
        with contextlib.suppress(CstoUnError):
            csto_un.load(path)
        seconds = time.perf_counter() - started
        assert seconds <= SECONDS, f"a mutant of {name} ({len(data):,} bytes) took {seconds:.1f} s"
    bound = MEMORY_FACTOR * len(data) + MEMORY_CONSTANT
    assert peak <= bound, f"a mutant of {name} ({len(data):,} bytes) peaked at {peak:,} bytes"


@seed(23)
@settings(max_examples=TEXT_MUTANTS, deadline=None, database=None)
@given(mutant=text_mutants())
def _fuzz_texts(mutant: tuple[str, bytes]) -> None:
    _check(*mutant, _FOLDER[0])


@seed(23)
@settings(max_examples=PDF_MUTANTS, deadline=None, database=None)
@given(mutant=pdf_mutants())
def _fuzz_pdfs(mutant: tuple[str, bytes]) -> None:
    _check(*mutant, _FOLDER[0])


_FOLDER: list[Path] = []


@pytest.mark.skipif(not TEXTS, reason=f"development corpus not found at {CORPUS}")
def test_text_mutants_load_or_fail_with_our_error(tmp_path: Path) -> None:
    _FOLDER[:] = [tmp_path]
    _PROBLEMS.clear()
    _fuzz_texts()
    assert not _PROBLEMS, "\n".join(_PROBLEMS)


@pytest.mark.skipif(not PDFS, reason=f"development corpus not found at {CORPUS}")
def test_pdf_mutants_load_or_fail_with_our_error(tmp_path: Path) -> None:
    _FOLDER[:] = [tmp_path]
    _PROBLEMS.clear()
    _fuzz_pdfs()
    assert not _PROBLEMS, "\n".join(_PROBLEMS)
