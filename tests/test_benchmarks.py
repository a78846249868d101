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
    assert set(data) >= {"machine", "text", "pdf", "corpus", "json"}
    assert data["text"]["parse_mb_s"] > 0
    assert data["text"]["meeting_parser_mb_s"] > 0
    assert data["text"]["line_objects_mb_s"] > 0
    assert data["pdf"]["pages"] > 0
    for name in ("text", "pdf", "corpus", "json"):  # each says whether its target is met
        assert isinstance(data[name]["met"], bool)
