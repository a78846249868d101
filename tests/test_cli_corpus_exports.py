"""`csto-un parse` on every document of the development corpus, in every format and unit:
a non-empty export or a clear refusal, never an empty success (issue 22)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import csto_un.cli
from conftest import CORPUS
from csto_un.cli import main
from csto_un.corpus import LoadFailure, iter_documents
from csto_un.model import Meeting

FOLDERS = ("", "pdf", "text", "csto", "multilingual")
FORMATS = ("json", "jsonl", "csv", "parquet", "akn")
UNITS = (None, "intervention", "paragraph", "subparagraph")


def _documents() -> list[Path]:
    found: list[Path] = []
    for folder in FOLDERS:
        found += sorted(
            p for p in (CORPUS / folder).glob("*")
            if p.is_file() and p.suffix in (".pdf", ".txt", ".md") and p.name != "README.md"
        )  # fmt: skip
    return found


_PARSED: dict[tuple[str, ...], tuple[list[Any], list[LoadFailure]]] = {}


def _cached_iter_documents(paths: list[str], **options: Any) -> Iterator[Any]:
    """iter_documents, each file parsed once for all the formats and units."""
    key = tuple(paths)
    if key not in _PARSED:
        failures: list[LoadFailure] = []
        documents = list(iter_documents(paths, strict=options["strict"], failures=failures))
        _PARSED[key] = (documents, failures)
    documents, failures = _PARSED[key]
    options["failures"].extend(failures)
    return iter(documents)


def _rows(path: Path, fmt: str) -> int:
    if fmt == "parquet":
        import pyarrow.parquet

        return int(pyarrow.parquet.read_metadata(path).num_rows)
    text = path.read_text(encoding="utf-8")
    if fmt == "csv":
        return len(list(csv.DictReader(text.splitlines())))
    if fmt == "jsonl":
        return len([json.loads(line) for line in text.splitlines()])
    if fmt == "json":
        data = json.loads(text)
        return len(data) if isinstance(data, list) else 1
    return text.count("<akomaNtoso")


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"development corpus not found at {CORPUS}")
def test_every_document_every_format_every_unit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("pyarrow", reason="the parquet format needs the pandas extra")
    monkeypatch.setattr(csto_un.cli, "iter_documents", _cached_iter_documents)
    documents = _documents()
    assert len(documents) >= 30
    exported: dict[str, int] = {}
    for document in documents:
        for fmt in FORMATS:
            for unit in UNITS:
                out = tmp_path / f"out.{fmt}"
                args = ["parse", str(document), "--format", fmt, "-o", str(out)]
                args += ["--unit", unit] if unit else []
                code = main(args)
                err = capsys.readouterr().err
                what = f"{document.name} --format {fmt} --unit {unit}"
                if code == 0:
                    assert _rows(out, fmt) > 0, f"empty success: {what}"
                    exported[document.name] = exported.get(document.name, 0) + 1
                else:
                    # a refusal: said on standard error, and no file left behind
                    assert "csto-un: error: " in err, f"{what}: exit {code} without a word"
                    assert not out.exists(), f"{what}: a failed export left a file"
                out.unlink(missing_ok=True)
    # every document exports as JSON and Akoma Ntoso, and in each table format per paragraph
    # and, a meeting per turn (the default unit, or named), a resolution per sub-paragraph;
    # the image-only PDF (no text layer) is refused in every form
    parsed = {d.name: _PARSED[(str(d),)][0] for d in documents}
    assert [name for name, found in parsed.items() if not found] == [
        "A_RES_2758_XXVI_R_1971_imageonly.pdf"]
    expected = {
        name: 2 + 3 * (3 if isinstance(found[0], Meeting) else 2)
        for name, found in parsed.items() if found
    }  # fmt: skip
    assert exported == expected
