"""CI checks that the benchmark command runs on a tiny input (figures are not judged here)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import CORPUS, ROOT, corpus_file


def test_benchmark_command_runs_quick(tmp_path: Path) -> None:
    corpus_file("pdf/S_PV.8701_E.pdf")  # skips when the development corpus is absent
    out = tmp_path / "bench.json"
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--output", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        env={"CSTO_UN_CORPUS": str(CORPUS), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) >= {"machine", "text", "pdf", "corpus", "json", "resolutions", "peer"}
    assert data["text"]["parse_mb_s"] > 0
    assert data["text"]["meeting_parser_mb_s"] > 0
    assert data["text"]["line_objects_mb_s"] > 0
    assert data["pdf"]["pages"] > 0
    assert data["resolutions"]["pages"] > 0
    assert data["resolutions"]["ratio"] > 0
    assert data["peer"]["ms_per_one_page_record"] > 0
    # the peer is timed beside ours when it is built, else the result says why not
    assert data["peer"]["peer_available"] or data["peer"]["peer_reason"]
    assert data["pdf_workers"]["speedup"] > 0
    # two workers judged by CPU seconds too (a busy machine skews the clock)
    assert data["pdf_workers"]["cpu_speedup"] > 0
    assert data["corpus"]["cpu_speedup"] > 0
    for name in ("text", "pdf", "corpus", "json", "resolutions", "peer", "pdf_workers"):
        assert isinstance(data[name]["met"], bool)
