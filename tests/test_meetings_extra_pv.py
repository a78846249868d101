"""General Assembly plenary records beyond the development corpus (``../extra_pv``, or the
folder ``CSTO_UN_EXTRA_PV`` names): PDFs and texts of several decades and languages, kept out
of the repository. Each is parsed and checked for the errors of form issue 20 lists."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

import csto_un
from conftest import ROOT
from csto_un import NoteKind

EXTRA = Path(os.environ.get("CSTO_UN_EXTRA_PV", ROOT.parent / "extra_pv"))
_RECORDS = sorted(
    p for p in EXTRA.rglob("*") if p.suffix.lower() in {".pdf", ".txt"} and p.stat().st_size
) if EXTRA.is_dir() else []

# Text that is never speech, in any language the records use: the notice on corrections and
# the change of presiding officer.
_NEVER_SPEECH = re.compile(
    r"This record contains the text of speeches|took the Chair\.$|"
    r"Le présent procès-verbal contient|assume la présidence\.$"
)

_JOB = re.compile(r"\b\d{2}-\d{5}\b")


@pytest.mark.skipif(not _RECORDS, reason=f"no extra plenary records under {EXTRA}")
@pytest.mark.parametrize("path", _RECORDS, ids=[p.name for p in _RECORDS])
def test_an_extra_plenary_record_reads_right(path: Path) -> None:
    meeting = csto_un.load(path)
    assert meeting.interventions, "no turn found"
    for turn in meeting.interventions:
        for paragraph in turn.paragraphs:
            assert not _NEVER_SPEECH.search(paragraph), (turn.speaker.label, paragraph[:120])
    for note in meeting.items:
        vote = getattr(note, "vote", None)
        names = (*vote.in_favour, *vote.against, *vote.abstaining) if vote else ()
        assert not [n for n in names if _JOB.search(n)], "page furniture in a vote list"
    chairs = [n for n in meeting.items if getattr(n, "kind", None) is NoteKind.CHAIR]
    assert all(re.search(r"Chair\.$|présidence\.$", n.text) for n in chairs)
