"""Reliability: only our own errors escape, bad input is named, mutations never crash."""

from __future__ import annotations

import contextlib
import os
import random
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import csto_un
from conftest import CORPUS, corpus_file
from csto_un import CstoUnError, Meeting

TEXT_PARSERS: list[Callable[[str], Any]] = [csto_un.parse_meeting, csto_un.parse_resolution]
LOADERS: list[Callable[[Path], Any]] = [csto_un.load_meeting, csto_un.load_resolution, csto_un.load]

label_like = st.sampled_from(
    [
        "Le Président (parle en russe) : ",
        "M. Zas (parle en russe) :",
        "Mr. Wood (United States of America): ",
        "The President:",
        "主席（以英语发言）：",
        "Председатель (говорит по-английски):",
        "La séance est levée à 13 h 15.",
        "The meeting rose at 11.40 a.m.",
        "In favour:",
        "1. *Prie* le Secrétaire général",
        "<sup>1</sup>",
        "---",
        "*L'Assemblée générale,*",
        "The General Assembly,",
        "Recalling ",
        "S/PV.8967 ",
        "16/02/2022",
        "(",
        ")",
        ":",
        "\f",
        "\u00ad",
        "\ufffe",
    ]
)
documentish = st.lists(st.one_of(st.text(max_size=30), label_like), max_size=40).map("\n".join)


@pytest.mark.parametrize("parse", TEXT_PARSERS, ids=lambda f: f.__name__)
@given(text=documentish)
def test_any_text_gives_a_result_or_our_error(parse: Callable[[str], Any], text: str) -> None:
    with contextlib.suppress(CstoUnError):
        parse(text)


@given(data=st.binary(max_size=300))
@settings(max_examples=40)
def test_any_bytes_give_a_result_or_our_error(data: bytes, tmp_path_factory: Any) -> None:
    path = tmp_path_factory.mktemp("bytes") / "input.bin"
    path.write_bytes(data)
    for load in LOADERS:
        with contextlib.suppress(CstoUnError):
            load(path)


def _zip_bytes(tmp: Path) -> bytes:
    path = tmp / "x.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return path.read_bytes()


CATALOGUE: dict[str, Callable[[Path], bytes]] = {
    "empty": lambda _: b"",
    "whitespace": lambda _: b"  \n\t\n  ",
    "garbage": lambda _: bytes(random.Random(7).randrange(256) for _ in range(4000)),
    "zip": _zip_bytes,
    "docx": _zip_bytes,
    "png": lambda _: b"\x89PNG\r\n\x1a\n" + bytes(100),
    "truncated-pdf": lambda _: corpus_file("pdf/S_PV.8701_E.pdf").read_bytes()[:3000],
}


@pytest.mark.parametrize("kind", sorted(CATALOGUE))
@pytest.mark.parametrize("load", LOADERS, ids=lambda f: f.__name__)
def test_bad_input_catalogue(kind: str, load: Callable[[Path], Any], tmp_path: Path) -> None:
    path = tmp_path / f"input.{'docx' if kind == 'docx' else 'bin'}"
    path.write_bytes(CATALOGUE[kind](tmp_path))
    with pytest.raises(CstoUnError) as caught:
        load(path)
    assert str(path) in str(caught.value)


def test_image_only_pdf_says_it_needs_ocr() -> None:
    path = corpus_file("pdf/A_RES_2758_XXVI_R_1971_imageonly.pdf")
    with pytest.raises(csto_un.NoTextLayerError, match="OCR"):
        csto_un.load(path)


def test_missing_path_and_directory(tmp_path: Path) -> None:
    with pytest.raises(CstoUnError, match="absent"):
        csto_un.load_meeting(tmp_path / "absent.txt")
    with pytest.raises(CstoUnError):
        csto_un.load_meeting(tmp_path)


def test_resolution_to_load_meeting_and_the_reverse() -> None:
    with pytest.raises(csto_un.NotAMeetingError):
        csto_un.load_meeting(corpus_file("csto/A_RES_77_13_en.txt"))
    with pytest.raises(csto_un.NotAResolutionError):
        csto_un.load_resolution(corpus_file("multilingual/S_PV.9722_en.txt"))


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks here")
def test_corpus_folder_with_unrelated_files_and_a_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "data.txt").write_text("1,2,3\n4,5,6\n")
    if hasattr(os, "mkfifo"):  # unreadable even for root: a pipe nobody writes to
        os.mkfifo(tmp_path / "secret.txt")
    record = corpus_file("multilingual/S_PV.9722_en.txt")
    (tmp_path / record.name).write_bytes(record.read_bytes())
    corpus = csto_un.load_corpus(tmp_path)
    assert [m.symbol for m in corpus.meetings] == ["S/PV.9722"]
    failed = {Path(f.path).name for f in corpus.failures}
    assert "data.txt" in failed
    assert "secret.txt" in failed or not hasattr(os, "mkfifo")


def _mutations(text: str, seed: int) -> list[str]:
    rng = random.Random(seed)
    lines = text.splitlines()
    dropped = [line for line in lines if rng.random() > 0.05]
    duplicated = [x for line in lines for x in ([line, line] if rng.random() < 0.03 else [line])]
    return [
        "\n".join(dropped),
        "\n".join(duplicated),
        text.replace("\n", "\r\n"),
        "\ufeff" + text,
        text.replace(" ", "\u00a0", 200),
        text.replace("\n", " ", 300),
    ]


def _corpus_texts(pattern: str) -> list[str]:
    if not CORPUS.is_dir():
        return ["(corpus absent)"]
    return sorted(str(p.relative_to(CORPUS)) for p in CORPUS.glob(pattern))


MEETING_TEXTS = _corpus_texts("S_PV.*.txt") + _corpus_texts("multilingual/*.txt")
RESOLUTION_TEXTS = (
    _corpus_texts("A_*.md") + _corpus_texts("csto/*.txt") + _corpus_texts("text/*.txt")
)


def _read_any(relative: str) -> str:
    data = corpus_file(relative).read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


@pytest.mark.parametrize("relative", MEETING_TEXTS)
@pytest.mark.parametrize("seed", [1, 2])
def test_mutated_records_keep_their_intact_turns(relative: str, seed: int) -> None:
    text = _read_any(relative)
    original = csto_un.parse_meeting(text)
    labels = [turn.speaker.label for turn in original.interventions]
    assert labels, f"{relative}: no turn in the original"
    for mutated in _mutations(text, seed):
        intact = [label for label in labels if ("\n" + label) in ("\n" + mutated)]
        if not intact:  # no turn left to keep: a result or our error
            with contextlib.suppress(CstoUnError):
                csto_un.parse_meeting(mutated)
            continue
        meeting = csto_un.parse_meeting(mutated)
        assert isinstance(meeting, Meeting)
        kept = [turn.speaker.label for turn in meeting.interventions]
        for label in intact:
            assert label in kept, f"turn {label!r} lost after mutation"


@pytest.mark.parametrize("relative", RESOLUTION_TEXTS)
@pytest.mark.parametrize("seed", [1, 2])
def test_mutated_resolutions_never_crash(relative: str, seed: int) -> None:
    text = _read_any(relative)
    original = csto_un.parse_resolution(text)
    assert original.operative, relative
    for mutated in [*_mutations(text, seed), text[: len(text) // 2], text[len(text) // 2 :]]:
        try:
            resolution = csto_un.parse_resolution(mutated)
        except CstoUnError:
            continue
        assert isinstance(resolution, csto_un.Resolution)
        for loader in (csto_un.parse_meeting,):
            with contextlib.suppress(CstoUnError):
                loader(mutated)


def _encodable(relative: str, encoding: str) -> bool:
    if not (CORPUS / relative).is_file():  # the corpus is absent: the test says so when run
        return encoding == "utf-16"
    try:
        _read_any(relative).encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


ENCODED = [
    (relative, encoding)
    for relative in MEETING_TEXTS + RESOLUTION_TEXTS
    for encoding in ("utf-16", "utf-8-sig", "cp1252")
    if _encodable(relative, encoding)  # Windows-1252 holds only the Latin-script texts
]


@pytest.mark.parametrize(("relative", "encoding"), ENCODED)
def test_every_corpus_text_in_other_encodings(relative: str, encoding: str) -> None:
    data = _read_any(relative).encode(encoding)
    suffix = Path(relative).suffix
    expected = csto_un.load(corpus_file(relative))
    document = csto_un.sources.read_bytes(data, name=f"input{suffix}")
    if isinstance(expected, Meeting):
        meeting = csto_un.parse_meeting(document)
        assert [t.speaker.label for t in meeting.interventions] == [
            t.speaker.label for t in expected.interventions
        ]
    else:
        resolution = csto_un.parse_resolution(document)
        assert [p.text for p in resolution.paragraphs] == [p.text for p in expected.paragraphs]


def test_reference_turns_never_crash() -> None:
    """The third-party turn files (a label and one long line each) are no records: each gives a
    meeting or our error, nothing else."""
    files = sorted((CORPUS / "reference").glob("*.txt")) if CORPUS.is_dir() else []
    if not files:
        pytest.skip("reference turns not in the development corpus")
    for path in files:
        text = path.read_bytes().decode("cp1252")
        for mutated in _mutations(text, 3):
            with contextlib.suppress(CstoUnError):
                csto_un.parse_meeting(mutated)


def test_encodings_of_a_real_record() -> None:
    text = corpus_file("multilingual/S_PV.9722_fr.txt").read_text(encoding="utf-8")
    expected = [t.speaker.label for t in csto_un.parse_meeting(text).interventions]
    for data in (text.encode("utf-16"), b"\xef\xbb\xbf" + text.encode("utf-8")):
        document = csto_un.sources.read_bytes(data, name="record.txt")
        meeting = csto_un.parse_meeting(document)
        assert [t.speaker.label for t in meeting.interventions] == expected


def test_errors_pickle() -> None:
    import pickle

    error = csto_un.NotAMeetingError("no speaker turns", source="x.txt", line=3)
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is csto_un.NotAMeetingError
    assert str(back) == str(error)
