"""The "Parsing a whole archive" recipe of docs/performance.md runs as printed.

The recipe's code blocks are read from the page and run on a small local archive (the bundled
corpus, copied under a temporary folder) with Dask's process scheduler and two workers, then
the page's DuckDB query and pandas lines read the Parquet files it wrote. Skipped without the
``scale`` extra (``pip install 'csto_un[scale]'``).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from csto_un.corpus import bundled_paths

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "performance.md"


def recipe(name: str) -> str:
    """The Python block that follows ``<!-- recipe: name -->`` on the performance page."""
    text = PAGE.read_text(encoding="utf-8")
    found = re.search(rf"<!-- recipe: {name} -->\s*```python\n(.*?)^```", text, re.S | re.M)
    assert found is not None, f"no recipe {name!r} in {PAGE.name}"
    return found.group(1)


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """A small archive: the bundled corpus in two sub-folders, and a file that is no record."""
    for index, path in enumerate(bundled_paths()):
        folder = tmp_path / "archive" / ("meetings" if "PV" in path.name else f"res{index % 2}")
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, folder / path.name)
    (tmp_path / "archive" / "notes.txt").write_text("Shopping list: bread, milk.\n")
    return tmp_path / "archive"


def test_dask_recipe_writes_parquet_that_duckdb_and_pandas_query(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("dask")
    pytest.importorskip("duckdb")
    pytest.importorskip("pyarrow")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, Any] = {"__name__": "recipe"}
    exec(recipe("dask"), namespace)
    failures = namespace["parse_archive"](
        str(archive), "turns", partition_size=2, scheduler="processes", num_workers=2
    )
    # The one file that is no UN document is reported, not fatal.
    assert [Path(f["path"]).name for f in failures] == ["notes.txt"]
    assert len(list(Path("turns").glob("*.parquet"))) == 4  # one per partition of 2 files

    exec(recipe("duckdb"), namespace)
    rows = namespace["turns"].fetchall()
    by_code = {code: (turns, meetings) for code, turns, meetings in rows}
    assert by_code["RUS"][1] == 1 and by_code["RUS"][0] >= 1  # S/PV.8967: the Russian Federation
    assert all(code is not None for code in by_code)

    exec(recipe("pandas"), namespace)
    frame = namespace["frame"]
    assert set(frame["symbol"]) == {"S/PV.8967"}
    assert len(frame) == sum(namespace["per_language"])
