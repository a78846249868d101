"""Shared test set-up: the development corpus in ../shared/corpus and hypothesis profiles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("CSTO_UN_CORPUS", ROOT.parent / "shared" / "corpus"))

settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=150, deadline=None)
settings.register_profile(
    "release", max_examples=3000, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def corpus_file(relative: str) -> Path:
    """The path of a development-corpus file, or skip the test saying why it is absent."""
    path = CORPUS / relative
    if not path.exists():
        pytest.skip(f"development corpus file {relative} not found under {CORPUS}")
    return path


@pytest.fixture
def corpus() -> Path:
    """The development corpus folder (skips the test when it is absent)."""
    if not CORPUS.is_dir():
        pytest.skip(f"development corpus not found at {CORPUS}")
    return CORPUS
