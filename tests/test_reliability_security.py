"""Security: loading never writes, runs or unpickles anything; XML exports escape all text."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import CORPUS, ROOT
from csto_un import (
    Intervention,
    Meeting,
    Paragraph,
    Resolution,
    Speaker,
    to_akoma_ntoso,
)

SRC = ROOT / "src" / "csto_un"

# What an audit hook must never see while documents load (PEP 578 event names).
_WATCHER = r"""
import json, os, sys
import csto_un
from csto_un.sources import read_document

paths = json.loads(sys.argv[1])
for path in paths:
    try:  # warm up: every module a load needs is imported before the hook is set
        csto_un.load(path)
    except csto_un.CstoUnError:
        pass
seen = []
WRITE = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
FORBIDDEN = {
    "subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork",
    "os.forkpty", "os.remove", "os.rename", "os.rmdir", "os.mkdir", "os.chmod", "os.chown",
    "os.truncate", "os.link", "os.symlink", "os.utime", "shutil.rmtree", "shutil.copyfile",
    "shutil.move", "exec", "compile", "pickle.find_class", "marshal.loads", "socket.connect",
    "socket.bind", "urllib.Request", "ctypes.dlopen", "import",
}


def hook(event, args):
    if event == "open":
        path, mode, flags = args
        writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & WRITE)
        if writing:
            seen.append(f"open for writing: {path}")
    elif event in FORBIDDEN:
        seen.append(f"{event}: {str(args)[:120]}")


if sys.argv[2:] == ["sabotage"]:  # the test of the test: a load that writes a file
    real_load = csto_un.load

    def load(path):
        with open("written.txt", "w") as out:
            out.write(path)
        return real_load(path)

    csto_un.load = load
sys.addaudithook(hook)
loaded = failed = 0
for path in paths:
    try:
        csto_un.load(path)
        loaded += 1
    except csto_un.CstoUnError:
        failed += 1
print(json.dumps({"seen": seen, "loaded": loaded, "failed": failed}))
"""


def _documents() -> list[str]:
    if not CORPUS.is_dir():
        pytest.skip(f"development corpus not found at {CORPUS}")
    suffixes = {".pdf", ".txt", ".md"}
    return sorted(
        str(p)
        for p in CORPUS.rglob("*")
        if p.suffix in suffixes and p.parent.name != "reference" and p.name != "README.md"
    )


def _watch(paths: list[str], tmp_path: Path, *extra: str) -> dict[str, Any]:
    work, temp, home = tmp_path / "work", tmp_path / "tmp", tmp_path / "home"
    for folder in (work, temp, home):
        folder.mkdir()
    env = {**os.environ, "TMPDIR": str(temp), "HOME": str(home), "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(
        [sys.executable, "-c", _WATCHER, json.dumps(paths), *extra],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_loading_every_corpus_document_never_writes_runs_or_connects(tmp_path: Path) -> None:
    """Every document of the corpus is loaded under an audit hook, from an empty working
    folder with its own empty temporary folder and home: no file is opened for writing, no
    process started, no code compiled or imported, nothing unpickled, no socket opened, and
    the folders stay empty."""
    result = _watch(_documents(), tmp_path)
    work, temp, home = tmp_path / "work", tmp_path / "tmp", tmp_path / "home"
    assert result["seen"] == []
    assert result["loaded"] >= 20  # the records and resolutions of the corpus, really loaded
    assert result["failed"] >= 1  # the image-only PDF, refused
    for folder in (work, temp, home):
        assert list(folder.iterdir()) == [], f"{folder.name} was written to"


_DANGEROUS = re.compile(
    r"\bpickle\.loads?\(|\bmarshal\.loads?\(|\bshelve\b|\byaml\.load\(|(?<![\w.])eval\(|"
    r"(?<![\w.])exec\(|\bsubprocess\b|\bos\.system\(|\bos\.popen\(|\b__import__\(|"
    r"(?<![\w.])compile\("
)


def test_no_unpickling_eval_exec_or_subprocess_in_the_library() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sorted(SRC.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _DANGEROUS.search(line)
    ]
    assert offenders == []


def test_the_dangerous_pattern_finds_what_it_looks_for() -> None:
    for bad in (
        "data = pickle.loads(blob)",
        "eval(text)",
        "import subprocess",
        "exec(code)",
        "os.system('x')",
        "compile(src, 'f', 'exec')",
    ):
        assert _DANGEROUS.search(bad), bad
    for fine in ("re.compile(r'x')", "pattern.fullmatch(x)", "evaluation(x)", "# pickles"):
        assert not _DANGEROUS.search(fine), fine


def _paragraphs(xml: str) -> list[str]:
    """The text of every ``p`` element, spaces collapsed: what a reader of the XML sees."""
    return [
        " ".join("".join(element.itertext()).split())
        for element in ET.fromstring(xml).iter()
        if element.tag.endswith("}p")
    ]


def _tags(xml: str) -> set[str]:
    return {element.tag.split("}")[-1] for element in ET.fromstring(xml).iter()}


# Text with the characters that matter to XML, and none that XML cannot hold at all.
xml_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufffe\uffff")
    | st.sampled_from(list("<>&\"']]>/=")),
    min_size=1,
    max_size=60,
).filter(lambda s: s.strip() != "")


@given(hostile=xml_text)
def test_meeting_export_escapes_any_text(hostile: str) -> None:
    """Whatever the text, the XML parses, the speech's paragraphs read back as written, and no
    element appears that the text spelled out."""
    speaker = Speaker(label=f"{hostile}:", name=hostile)
    paragraphs = (hostile, f"<p>{hostile}</p><script>x</script>")
    turn = Intervention(speaker=speaker, paragraphs=paragraphs, language="en")
    xml = to_akoma_ntoso(Meeting(symbol="S/PV.1", language="en", items=(turn,)))
    found = _paragraphs(xml)
    for paragraph in paragraphs:
        assert " ".join(paragraph.split()) in found
    assert "script" not in _tags(xml)


@given(hostile=xml_text)
def test_resolution_export_escapes_any_text(hostile: str) -> None:
    resolution = Resolution(
        symbol="A/RES/79/10",
        language="en",
        title=hostile,
        preamble=(Paragraph(text=f"Recalling {hostile},", lead="Recalling"),),
        operative=(Paragraph(text=f"Decides <b>{hostile}</b>.", number=1, lead="Decides"),),
    )
    xml = to_akoma_ntoso(resolution)
    text = " ".join("".join(ET.fromstring(xml).itertext()).split())
    for written in (f"Recalling {hostile},", f"<b>{hostile}</b>."):
        assert " ".join(written.split()) in text
    assert "b" not in _tags(xml) - _tags(to_akoma_ntoso(resolution.__class__(symbol="A/RES/1/1")))


def test_the_watcher_sees_a_write(tmp_path: Path) -> None:
    result = _watch(_documents()[:1], tmp_path, "sabotage")
    assert any(seen.startswith("open for writing") for seen in result["seen"])
