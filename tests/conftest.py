"""Shared test set-up: the development corpus in ../shared/corpus and hypothesis profiles."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("CSTO_UN_CORPUS", ROOT.parent / "shared" / "corpus"))

# ``ci``, the gate: the same examples on every run (derandomized, no example database), so
# that a red run is the code's, never the draw's. ``dev`` and ``release`` draw fresh examples
# each run: they are where new failures are found (each then kept as a named example test).
settings.register_profile(
    "ci", max_examples=60, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=150, deadline=None)
settings.register_profile(
    "release", max_examples=3000, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def run_fresh(code: str, timeout: float = 120) -> dict[str, Any]:
    """Run ``code`` in a fresh interpreter (so that its time and peak memory are its own); it
    prints one JSON object as its last line, returned here."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def corpus_file(relative: str) -> Path:
    """The path of a development-corpus file, or skip the test saying why it is absent."""
    path = CORPUS / relative
    if not path.exists():
        pytest.skip(f"development corpus file {relative} not found under {CORPUS}")
    return path


def encrypted_pdf() -> bytes:
    """A real record (S/PV.8701) re-saved encrypted with a password, made with pypdf."""
    import io

    pypdf = pytest.importorskip("pypdf", reason="pypdf (the test extra) makes the test PDF")
    reader = pypdf.PdfReader(str(corpus_file("pdf/S_PV.8701_E.pdf")))
    writer = pypdf.PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.fixture
def corpus() -> Path:
    """The development corpus folder (skips the test when it is absent)."""
    if not CORPUS.is_dir():
        pytest.skip(f"development corpus not found at {CORPUS}")
    return CORPUS
