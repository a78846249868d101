"""Every document of the development corpus exports to schema-valid, consistent Akoma Ntoso.

Runs once the parsers are public (``csto_un.load_meeting``, ``csto_un.load_resolution``); a file
the loaders cannot read (a scanned PDF without text, a missing PDF backend) is skipped with the
loader's own message, since what is tested here is the export.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import csto_un
from conftest import CORPUS
from csto_un import CstoUnError, Meeting, to_akoma_ntoso
from test_akn_support import NS, assert_consistent, assert_valid, parse

MEETINGS = [
    "S_PV.8967_fr.txt",
    *(
        f"multilingual/S_PV.{n}_{lang}.txt"
        for n in (9642, 9722)
        for lang in ("ar", "en", "es", "fr", "ru", "zh")
    ),
    *(f"pdf/S_PV.{n}_E.pdf" for n in (8699, 8700, 8701, 8702, 8703, 8704)),
    "pdf/A_50_PV.33_E.pdf",
    "pdf/A_71_PV.1_E.pdf",
]
MEETING_IN_PARTS = [
    "pdf/S_PV.8699_E.pdf",
    "pdf/S_PV.8699(Resumption1)_E.pdf",
    "pdf/S_PV.8699(Resumption2)_E.pdf",
]
RESOLUTIONS = [
    "A_79_L_draft_UN-CSTO_2024-11-06_fr.md",
    *(f"csto/A_RES_{n}_en.txt" for n in ("73_331", "75_276", "77_13", "79_10")),
    "csto/A_RES_79_10_en.pdf",
    "pdf/A_RES_73_3-EN.pdf",
    "pdf/A_RES_73_6-EN.pdf",
    "pdf/A_RES_55_2_E.pdf",
    "pdf/A_L.632_E_1971.pdf",
    "pdf/A_RES_2758_XXVI_R_1971_imageonly.pdf",
    "text/S-RES-1540(2004).txt",
    "text/S-RES-2000(2011).txt",
]


def _loader(name: str) -> Callable[..., Any]:
    loader = getattr(csto_un, name, None)
    if loader is None:
        pytest.skip(f"csto_un.{name} is not public yet")
    return loader  # type: ignore[no-any-return]


def _load(name: str, paths: list[Path] | Path) -> Any:
    for path in paths if isinstance(paths, list) else [paths]:
        if not path.exists():
            pytest.skip(f"development corpus file {path} not found (corpus at {CORPUS})")
    try:
        return _loader(name)(paths)
    except (CstoUnError, ImportError) as error:
        pytest.skip(f"the loader cannot read {paths}: {error}")


def _check(document: Any) -> None:
    xml = to_akoma_ntoso(document)
    assert_valid(xml)
    root = assert_consistent(xml)
    assert to_akoma_ntoso(document) == xml
    if isinstance(document, Meeting):
        speeches = root.findall(".//a:speech", NS)
        assert len(speeches) == len(document.interventions)
        for speech, turn in zip(speeches, document.interventions, strict=True):
            spoken = [p for p in speech.findall("a:p", NS) if p.find("a:inline", NS) is None]
            assert len(spoken) == max(1, len(turn.paragraphs))
        votes = [n.vote for n in document.notes if n.vote is not None]
        cast = [v.get("choice") for v in root.iter(f"{{{NS['a']}}}vote")]
        assert cast.count("#inFavour") == sum(len(v.in_favour) for v in votes)
        assert cast.count("#against") == sum(len(v.against) for v in votes)
        assert cast.count("#abstaining") == sum(len(v.abstaining) for v in votes)
    else:
        paragraphs = root.findall(".//a:mainBody//a:paragraph", NS)
        # The annexes' paragraphs stand in the body's hcontainer name="annex", as before.
        assert len(paragraphs) == len(document.operative) + len(document.annex_paragraphs)
        containers = root.findall(".//a:preamble/a:container", NS)
        assert len(containers) == len(document.preamble)
        notes = [n.get("marker") for n in root.iter(f"{{{NS['a']}}}authorialNote")]
        assert sorted(notes) == sorted(f.marker for f in document.footnotes)


@pytest.mark.parametrize("relative", MEETINGS)
def test_meeting_exports_valid_akoma_ntoso(relative: str) -> None:
    _check(_load("load_meeting", CORPUS / relative))


def test_meeting_in_three_parts_exports_valid_akoma_ntoso() -> None:
    _check(_load("load_meeting", [CORPUS / p for p in MEETING_IN_PARTS]))


@pytest.mark.parametrize("relative", RESOLUTIONS)
def test_resolution_exports_valid_akoma_ntoso(relative: str) -> None:
    _check(_load("load_resolution", CORPUS / relative))


def test_the_founding_record_keeps_every_turn_and_language() -> None:
    meeting = _load("load_meeting", CORPUS / "S_PV.8967_fr.txt")
    root = parse(to_akoma_ntoso(meeting))
    marked = root.findall(".//a:speech/a:from/a:inline[@name='originalLanguage']", NS)
    explicit = [t for t in meeting.interventions if t.language and not t.language_inferred]
    assert len(marked) == len(explicit)
