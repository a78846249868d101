"""The csto_un benchmark suite: ratios against baselines measured in the same run.

    python benchmarks/run.py            # the full suite (a few minutes on 2 cores)
    python benchmarks/run.py --quick    # a tiny input, to check that it runs (CI)

Prints a table and writes ``benchmarks/results/latest.json``. Every figure is set against a
floor measured in the same run on the same machine, so the ratios mean something across
machines; absolute figures are recorded with the machine they came from.

1. text: ``parse_meeting`` throughput (MB/s) over a large corpus of real records, against the
   floor of reading, decoding and splitting the same bytes into lines;
2. pdf: ``load_meeting`` pages per second on the corpus PDFs, against pypdfium2's bare
   ``get_text_range()`` of the same pages;
3. corpus: ``load_corpus`` on many records with 1 and 2 worker processes, and the peak
   memory of lazy iteration (``iter_documents``);
4. json: writing and reading the parsed corpus as JSON, against parsing it again;
5. resolutions: ``load_resolution`` pages per second on the GA folder (``ga-scale/pdfs``, an
   even sample; ``--resolutions 0`` for all of it), against bare PDFium in the same run;
6. peer: ``parse_meeting`` on the multilingual texts copied 20 times, the cost per one-page
   record, and the peer TypeScript parser on the same folder when Node.js and a built copy of
   it are present (else it says why and reports ours);
7. pdf_workers: ``load_corpus`` on a folder of GA PDFs with 1 and 2 worker processes.
(``bench_folders.py`` holds 5 to 7.)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench_folders import (
    bare_text,
    bench_pdf_workers,
    bench_peer,
    bench_resolutions,
    count_pages,
    pdf_speeds,
    worker_timings,
)

import csto_un
from csto_un.corpus import Corpus, load_corpus
from csto_un.sources import Line

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("CSTO_UN_CORPUS", ROOT.parent / "shared" / "corpus"))
RESULTS = ROOT / "benchmarks" / "results"


def _best(run: Callable[[], Any], repeat: int) -> float:
    """The best of ``repeat`` runs, in CPU seconds of this process: a per-core figure that other
    processes on the machine do not skew (on an idle machine it equals wall-clock time). Only
    the worker benchmark, where processes run side by side, is timed by the clock."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def _meeting_texts() -> list[str]:
    """The real meeting records as text: the French seed, the multilingual texts, the PDFs."""
    texts: list[str] = []
    for path in [*csto_un.corpus.bundled_paths(), *sorted((CORPUS / "multilingual").glob("*.txt"))]:
        if "PV" in path.name:
            texts.append(path.read_text(encoding="utf-8"))
    for path in sorted((CORPUS / "pdf").glob("S_PV*.pdf")):
        document = csto_un.sources.read_document(path)
        texts.append("\n".join(line.text for line in document.lines))
    return texts


_WORDS = re.compile(r"\w+")


def _renumber(text: str, copy: int) -> str:
    """Vary the meeting numbers so that copies are different records."""
    return re.sub(r"S/PV\.(\d+)", lambda m: f"S/PV.{int(m[1]) + 10_000 * copy}", text)


def bench_text(megabytes: float, repeat: int) -> dict[str, Any]:
    """Parsing throughput against the floor of reading, decoding and splitting lines."""
    base = _meeting_texts()
    records: list[bytes] = []
    size = 0
    copy = 0
    while size < megabytes * 1e6:
        for text in base:
            data = _renumber(text, copy).encode("utf-8")
            records.append(data)
            size += len(data)
        copy += 1

    def floor() -> None:
        for data in records:
            data.decode("utf-8").splitlines()

    def parse() -> None:
        for data in records:
            csto_un.parse_meeting(data.decode("utf-8"))

    def read() -> None:  # the sources layer alone: lines, furniture, paragraph evidence
        for data in records:
            csto_un.sources.read_string(data.decode("utf-8"), format="text")

    def regex() -> None:  # one pass of the regex engine over the text, for scale
        for data in records:
            _WORDS.findall(data.decode("utf-8"))

    def line_objects() -> None:  # the hand-over alone: one Line per line, and nothing else
        for data in records:
            [Line(text, number) for number, text in enumerate(data.decode("utf-8").splitlines())]

    documents = [csto_un.sources.read_string(data.decode("utf-8"), format="text")
                 for data in records]

    def meetings() -> None:  # the meeting parser alone, on the documents read
        for document in documents:
            csto_un.parse_meeting(document)

    floor_s = _best(floor, repeat)
    regex_s = _best(regex, repeat)
    line_objects_s = _best(line_objects, repeat)
    read_s = _best(read, max(1, repeat // 2))
    meetings_s = _best(meetings, max(1, repeat // 2))
    documents.clear()  # free the documents before the next measure
    parse_s = _best(parse, max(1, repeat // 2))
    mb = size / 1e6
    return {
        "records": len(records),
        "megabytes": round(mb, 2),
        "floor_mb_s": round(mb / floor_s, 1),
        "one_regex_pass_mb_s": round(mb / regex_s, 1),
        "line_objects_mb_s": round(mb / line_objects_s, 1),
        "read_mb_s": round(mb / read_s, 2),
        "meeting_parser_mb_s": round(mb / meetings_s, 2),
        "parse_mb_s": round(mb / parse_s, 2),
        "ratio": round(floor_s / parse_s, 4),
        "target": "parse_mb_s >= floor_mb_s / 25",
        "met": mb / parse_s >= mb / floor_s / 25,
    }


def bench_pdf(repeat: int, quick: bool) -> dict[str, Any]:
    """``load_meeting`` pages per second against pypdfium2's bare text extraction."""

    paths = sorted((CORPUS / "pdf").glob("S_PV*.pdf"))
    if quick:
        paths = paths[:1]
    pages = count_pages(paths)

    def bare() -> None:
        bare_text(paths)

    def ours() -> None:
        for path in paths:
            csto_un.load_meeting(path)

    def read() -> None:  # the PDF reader alone: lines, columns, furniture
        for path in paths:
            csto_un.sources.read_document(path)

    documents = [csto_un.sources.read_document(path) for path in paths]

    def parse() -> None:  # the meeting parser alone, on the documents read
        for document in documents:
            csto_un.parse_meeting(document)

    bare_s = _best(bare, repeat)
    ours_s = _best(ours, repeat)
    read_s = _best(read, repeat)
    parse_s = _best(parse, repeat)
    return pdf_speeds(len(paths), pages, bare_s, ours_s, read=read_s, parse=parse_s)


_NUMBERED = re.compile(r"(S/PV\.|A/RES/\d+/|A/\d+/L\.|Point )(\d+)")


def _distinct(text: str, copy: int) -> str:
    """Vary the numbers of meetings, resolutions, drafts and agenda items, so that every copy
    is another record: neither the same bytes (which ``load_corpus`` skips unparsed as a
    copy) nor the same symbol (which it keeps once)."""
    return _NUMBERED.sub(lambda m: f"{m[1]}{int(m[2]) + 10_000 * copy}", text)


def _make_folder(folder: Path, count: int) -> None:
    """``count`` distinct text records made from the bundled corpus (:func:`_distinct`)."""
    texts = [(p.suffix, p.read_text(encoding="utf-8")) for p in csto_un.corpus.bundled_paths()]
    written = 0
    copy = 0
    while written < count:
        for suffix, text in texts:
            if written >= count:
                break
            (folder / f"doc{written:05d}{suffix}").write_text(_distinct(text, copy + 1))
            written += 1
        copy += 1


# The peak resident memory of this process alone, in kilobytes. Linux's ``ru_maxrss`` keeps,
# across ``exec``, the peak of the process it was forked from (here the benchmark, holding a
# whole corpus): VmHWM in /proc is the peak of the new program only. With workers, the
# largest worker's peak follows (``RUSAGE_CHILDREN``: pages shared with the parent included).
_PEAK = """
import resource, sys
from csto_un.corpus import iter_documents
n = sum(1 for _ in iter_documents(sys.argv[1], workers=int(sys.argv[2]), progress=False))
try:
    with open("/proc/self/status") as status:
        peak = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(n, peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def _peaks(folder: Path, workers: int) -> tuple[float, float]:
    """The peak memory (MB) of lazy iteration over ``folder`` with ``workers`` processes: of
    the process iterating, and of its largest worker (0 without workers)."""
    out = subprocess.run(
        [sys.executable, "-c", _PEAK, str(folder), str(workers)],
        capture_output=True, text=True, check=True,
    ).stdout.split()
    return int(out[1]) / 1024, int(out[2]) / 1024  # kilobytes on Linux


def bench_corpus(count: int, rounds: int) -> dict[str, Any]:
    """``load_corpus`` with 1 and 2 workers (best of ``rounds`` interleaved rounds), and the
    peak memory of lazy iteration."""
    folder = Path(tempfile.mkdtemp(prefix="csto-un-bench-"))
    try:
        _make_folder(folder, count)
        def load(workers: int) -> None:
            corpus = load_corpus(folder, workers=workers, progress=False)
            assert len(corpus) + len(corpus.failures) > 0

        timings = worker_timings(load, rounds)
        peaks: dict[int, float] = {}
        parent: dict[int, float] = {}
        worker: dict[int, float] = {}
        for size in (count // 4 or 1, count):
            sub = folder if size == count else _subset(folder, size)
            peaks[size] = _peaks(sub, 1)[0]
            parent[size], worker[size] = _peaks(sub, 2)
        flat = all(  # four times the records cost less than a tenth more memory
            max(found.values()) < 150 and found[count] <= 1.1 * min(found.values())
            for found in (peaks, parent, worker)
        )
        return {
            "records": count,
            **timings,
            "peak_mb_by_records": {str(k): round(v, 1) for k, v in peaks.items()},
            "peak_mb_2_workers_parent": {str(k): round(v, 1) for k, v in parent.items()},
            "peak_mb_2_workers_largest_worker": {str(k): round(v, 1) for k, v in worker.items()},
            "target": "peak flat across sizes and < 150 MB, alone and with 2 workers",
            "met": flat,
            "workers_target": "cpu_speedup >= 1.8 (two idle cores)",
            "workers_met": (timings["cpu_speedup"] or 0) >= 1.8,
        }
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _subset(folder: Path, size: int) -> Path:
    sub = folder / f"subset{size}"
    sub.mkdir()
    for path in sorted(folder.glob("doc*"))[:size]:
        (sub / path.name).symlink_to(path)
    return sub


def bench_json(repeat: int) -> dict[str, Any]:
    """JSON out and back against parsing the same documents again."""
    paths = csto_un.corpus.bundled_paths()
    corpus = load_corpus(paths)
    text = corpus.to_json()
    parse_s = _best(lambda: load_corpus(paths), repeat)
    write_s = _best(corpus.to_json, repeat)
    read_s = _best(lambda: Corpus.from_json(text), repeat)
    return {
        "documents": len(corpus),
        "json_mb": round(len(text.encode()) / 1e6, 2),
        "parse_s": round(parse_s, 4),
        "write_s": round(write_s, 4),
        "read_s": round(read_s, 4),
        "read_speedup_over_parse": round(parse_s / read_s, 2),
        "target": "read several times faster than parse",
        "met": parse_s / read_s >= 3,
    }


def _cpu_model() -> str | None:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            return next(
                (line.split(":", 1)[1].strip() for line in info if line.startswith("model name")),
                None,
            )
    except OSError:
        return None


def _load_average() -> list[float] | None:
    """The 1, 5 and 15 minute load averages: how busy the machine was (other processes)."""
    try:
        return [round(value, 2) for value in os.getloadavg()]
    except OSError:
        return None


_SECTIONS = ("text", "pdf", "corpus", "json", "resolutions", "peer", "pdf_workers")


def main(argv: list[str] | None = None) -> int:
    """Run the suite, print the table, write the JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny inputs: checks that it runs")
    parser.add_argument("--output", type=Path, default=RESULTS / "latest.json")
    parser.add_argument(
        "--resolutions", type=int, default=60, help="GA PDFs to sample (0: the whole folder)"
    )
    parser.add_argument(
        "--only", nargs="+", choices=_SECTIONS, metavar="SECTION",
        help=f"run these sections only ({', '.join(_SECTIONS)})",
    )
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"the development corpus is not at {CORPUS}: set CSTO_UN_CORPUS", file=sys.stderr)
        return 2
    repeat = 1 if args.quick else 3
    quick = args.quick
    sections: dict[str, Callable[[], dict[str, Any]]] = {
        "text": lambda: bench_text(0.5 if quick else 20, repeat),
        "pdf": lambda: bench_pdf(repeat, quick),
        "corpus": lambda: bench_corpus(20 if quick else 1000, repeat),
        "json": lambda: bench_json(repeat),
        "resolutions": lambda: bench_resolutions(CORPUS, 3 if quick else args.resolutions, repeat),
        "peer": lambda: bench_peer(CORPUS, 1 if quick else 20, repeat),
        "pdf_workers": lambda: bench_pdf_workers(CORPUS, 4 if quick else 40, repeat),
    }
    chosen = args.only or list(_SECTIONS)
    results: dict[str, Any] = {
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "processor": _cpu_model() or platform.processor() or platform.machine(),
            "load_average_before": _load_average(),
        },
        "quick": quick,
    }
    for name in _SECTIONS:
        if name in chosen:
            results[name] = sections[name]()
    results["machine"]["load_average_after"] = _load_average()
    for name in chosen:
        print(f"== {name}")
        for key, value in results[name].items():
            print(f"   {key:<26} {value}")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
