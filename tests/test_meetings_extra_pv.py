"""Meeting records beyond the development corpus (``../extra_pv``, or the folder
``CSTO_UN_EXTRA_PV`` names): General Assembly plenary records of several decades and a few
Council records, PDFs and texts, kept out of the repository. Each is parsed and checked for the
errors of form issue 20 lists; a file is named for its symbol ("A_48_PV.46_E.pdf")."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

import csto_un
from conftest import ROOT
from csto_un import NoteKind
from csto_un.sources import read_document

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
_SEATED = re.compile(r"^At the invitation of the President, .* took (?:a|the) seat")
_SUB_ITEM_HEADING = re.compile(r"^\([a-z]\) [A-Z][^.?!]*$")  # "(a) Implementation of …"


def _symbol_of(path: Path) -> str:
    """The symbol a file is named for: "A_48_PV.46_E.pdf" → "A/48/PV.46"."""
    return re.sub(r"_[A-Z]$", "", path.stem).replace("_", "/")


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


@pytest.mark.skipif(not _RECORDS, reason=f"no extra plenary records under {EXTRA}")
@pytest.mark.parametrize("path", _RECORDS, ids=[p.name for p in _RECORDS])
def test_an_extra_record_has_its_front_page_and_passes_strict_mode(path: Path) -> None:
    """The front page read whatever its layout (the 1993 masthead in two blocks, the 2026
    single column): symbol, date and President; no turn holds a note of the invited taking
    their seats or a sub-item's heading; every name of a vote list has its ISO code; and
    strict mode passes, these records being correct."""
    meeting = csto_un.load(path, strict=True)
    assert meeting.symbol == _symbol_of(path)
    assert meeting.date is not None
    assert meeting.president is not None and meeting.president.country_code
    for turn in meeting.interventions:
        assert not [p for p in turn.paragraphs if _SEATED.search(p)], turn.speaker.label
        assert not _SUB_ITEM_HEADING.match(turn.paragraphs[-1]), turn.paragraphs[-1]
    votes = [n.vote for n in meeting.items if getattr(n, "vote", None)]
    names = [n for v in votes for n in (*v.in_favour, *v.against, *v.abstaining)]
    assert all(re.fullmatch(r"[A-Z]{3}", n) for n in names), names


_NOTE_START = re.compile(r"^(?:\d{1,3}/?|\*{1,3}/?|[a-z]/)\s")


@pytest.mark.skipif(not _RECORDS, reason=f"no extra plenary records under {EXTRA}")
@pytest.mark.parametrize("path", _RECORDS, ids=[p.name for p in _RECORDS])
def test_an_extra_record_has_footnote_areas_only_under_footnote_rules(path: Path) -> None:
    """A page's footnote area is notes: the lines flagged ``footnote`` start with the rule
    or a note, and hold no speaker label and no note of procedure. The rule under the
    President's line on the 1993 front page (A/48/PV.46), with the speeches below it,
    opens none."""
    document = read_document(path)
    pages: dict[int, list[str]] = {}
    for line in document.lines:
        if line.footnote:
            pages.setdefault(line.page, []).append(line.text)
    for page, texts in pages.items():
        notes = [text for text in texts if not re.fullmatch(r"_{5,}", text)]
        assert not notes or _NOTE_START.match(notes[0]), (page, notes[:3])
        assert not [t for t in texts if re.match(r"The meeting (?:was|rose)|.+\): ", t)], page
