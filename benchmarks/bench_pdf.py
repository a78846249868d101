"""PDF reading speed: ``read_document`` against pypdfium2's bare text extraction.

    python benchmarks/bench_pdf.py            # every corpus PDF, best of 3 rounds
    python benchmarks/bench_pdf.py --quick    # two small PDFs, one round (to check it runs)

For each PDF of the development corpus (``../shared/corpus/pdf`` and ``csto``), times in the
same run and process:

- floor: open with pypdfium2 and ``get_text_range()`` every page (no positions, no layout);
- ours: ``csto_un.sources.read_document`` (characters with boxes, lines, columns, furniture).

Prints pages per second for both and their ratio, and writes
``benchmarks/results/bench_pdf.json`` with the machine it ran on.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium

from csto_un.errors import NoTextLayerError
from csto_un.sources import read_document

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("CSTO_UN_CORPUS", ROOT.parent / "shared" / "corpus"))
RESULTS = ROOT / "benchmarks" / "results"


def bare_text(path: Path) -> int:
    """pypdfium2 alone: the text of every page, as fast as it comes. Returns the page count."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        for index in range(len(pdf)):
            textpage = pdf[index].get_textpage()
            textpage.get_text_range()
        return len(pdf)
    finally:
        pdf.close()


def ours(path: Path) -> int:
    """csto_un's reader. Returns the page count."""
    return read_document(path).pages


def best_time(function: Callable[[Path], int], path: Path, rounds: int) -> tuple[float, int]:
    """The fastest of ``rounds`` runs (seconds) and the pages read."""
    times = []
    pages = 0
    for _ in range(rounds):
        start = time.perf_counter()
        pages = function(path)
        times.append(time.perf_counter() - start)
    return min(times), pages


def pdfs(quick: bool) -> list[Path]:
    """The corpus PDFs that have a text layer."""
    found = sorted([*CORPUS.glob("pdf/*.pdf"), *CORPUS.glob("csto/*.pdf")])
    usable = []
    for path in found:
        try:
            read_document(path)
        except NoTextLayerError:
            continue
        usable.append(path)
    if quick:
        usable = sorted(usable, key=lambda path: path.stat().st_size)[:2]
    return usable


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark, print the table, write the JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="two small files, one round")
    args = parser.parse_args(argv)
    files = pdfs(args.quick)
    if not files:
        print(f"no corpus PDFs under {CORPUS}", file=sys.stderr)
        return 1
    rounds = 1 if args.quick else 3
    rows = []
    print(f"{'file':36} {'pages':>5} {'floor p/s':>10} {'ours p/s':>9} {'ratio':>6}")
    for path in files:
        floor, pages = best_time(bare_text, path, rounds)
        mine, _ = best_time(ours, path, rounds)
        row = {
            "file": path.name,
            "pages": pages,
            "floor_pages_per_s": pages / floor,
            "ours_pages_per_s": pages / mine,
            "ratio": mine / floor,
        }
        rows.append(row)
        print(
            f"{path.name:36} {pages:5d} {row['floor_pages_per_s']:10.0f} "
            f"{row['ours_pages_per_s']:9.1f} {row['ratio']:6.1f}"
        )
    pages = sum(int(row["pages"]) for row in rows)
    floor_total = sum(int(row["pages"]) / float(row["floor_pages_per_s"]) for row in rows)
    ours_total = sum(int(row["pages"]) / float(row["ours_pages_per_s"]) for row in rows)
    summary = {
        "pages": pages,
        "floor_pages_per_s": pages / floor_total,
        "ours_pages_per_s": pages / ours_total,
        "ratio": ours_total / floor_total,
        "median_ratio": statistics.median(float(row["ratio"]) for row in rows),
    }
    print(
        f"{'all':36} {pages:5d} {summary['floor_pages_per_s']:10.0f} "
        f"{summary['ours_pages_per_s']:9.1f} {summary['ratio']:6.1f}"
    )
    print("ratio = time of read_document / time of bare get_text_range (lower is better)")
    RESULTS.mkdir(parents=True, exist_ok=True)
    record = {
        "benchmark": "pdf",
        "quick": args.quick,
        "rounds": rounds,
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "processor": platform.processor() or platform.machine(),
            "cpus": os.cpu_count(),
            "pypdfium2": getattr(pdfium, "V_PYPDFIUM2", None) or _version("pypdfium2"),
        },
        "files": rows,
        "summary": summary,
    }
    name = "bench_pdf-quick.json" if args.quick else "bench_pdf.json"
    (RESULTS / name).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(f"written {RESULTS / name}")
    return 0


def _version(package: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return None


if __name__ == "__main__":
    raise SystemExit(main())
