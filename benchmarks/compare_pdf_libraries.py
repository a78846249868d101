"""Compare PDF text libraries on the corpus PDFs: speed and text quality.

    pip install pypdf pdfplumber      # only for this comparison; csto_un needs pypdfium2 alone
    python benchmarks/compare_pdf_libraries.py

For pypdfium2 (``get_text_range``), pypdf (``extract_text``) and pdfplumber (``extract_text``)
it measures pages per second of plain text extraction over every corpus PDF with a text
layer, and text quality with probes: sentences of the documents, some running across a line,
column or page break, some with hyphens, which a good extraction yields intact once white
space is normalised. Libraries that are not installed are skipped. Writes
``benchmarks/results/compare_pdf_libraries.json``.
"""

from __future__ import annotations

import json
import os
import platform
import re
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("CSTO_UN_CORPUS", ROOT.parent / "shared" / "corpus"))
RESULTS = ROOT / "benchmarks" / "results"

# (file, text that must come out in this order, words joined by single spaces)
PROBES = [
    ("pdf/S_PV.8700_E.pdf", "The President: Rule 36 of the Council’s provisional rules"),
    ("pdf/S_PV.8700_E.pdf", "The mechanism continues to allow the United Nations and its"),
    ("pdf/S_PV.8700_E.pdf", "China, Russian Federation, Viet Nam"),
    ("pdf/S_PV.8700_E.pdf", "Our text requests the Secretary-General to examine"),
    ("pdf/A_50_PV.33_E.pdf", "commend the Secretary-General, Mr. Boutros Boutros-Ghali, for his"),
    ("pdf/A_RES_73_3-EN.pdf", "where 99 per cent of tuberculosis-associated deaths occur"),
    ("pdf/A_RES_73_3-EN.pdf", "Reaffirm the 2030 Agenda for Sustainable Development,"),
    ("pdf/A_RES_55_2_E.pdf", "We, heads of State and Government, have gathered at United Nations"),
    ("csto/A_RES_79_10_en.pdf", "Referring also to its resolution 59/50 of 2 December 2004, in"),
    ("csto/A_RES_79_10_en.pdf", "73/331 of 25 July 2019,75/276 of 28 April 2021"),
]


def _pypdfium2(path: Path) -> list[str]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def _pypdf(path: Path) -> list[str]:
    import pypdf

    return [page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages]


def _pdfplumber(path: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


LIBRARIES: dict[str, Callable[[Path], list[str]]] = {
    "pypdfium2": _pypdfium2,
    "pypdf": _pypdf,
    "pdfplumber": _pdfplumber,
}


def _available(name: str) -> bool:
    try:
        __import__(name)
    except ImportError:
        return False
    return True


def _flat(text: str) -> str:
    text = re.sub(r"[\u00ad\u0002\ufffe]\s*", "-", text)  # soft hyphens as hyphens
    return re.sub(r"\s+", " ", text)


def main() -> int:
    """Measure, print, write the JSON."""
    files = sorted([*CORPUS.glob("pdf/*.pdf"), *CORPUS.glob("csto/*.pdf")])
    files = [path for path in files if "imageonly" not in path.name]
    results = {}
    for name, extract in LIBRARIES.items():
        if not _available(name):
            print(f"{name}: not installed, skipped")
            continue
        pages = 0
        start = time.perf_counter()
        texts = {}
        for path in files:
            page_texts = extract(path)
            pages += len(page_texts)
            texts[str(path.relative_to(CORPUS))] = _flat(" ".join(page_texts))
        seconds = time.perf_counter() - start
        found = [probe for relative, probe in PROBES if probe in texts.get(relative, "")]
        results[name] = {
            "pages": pages,
            "seconds": seconds,
            "pages_per_s": pages / seconds,
            "probes_found": len(found),
            "probes": len(PROBES),
            "missed": [probe for _, probe in PROBES if probe not in found],
        }
        print(
            f"{name:11} {pages:4d} pages {pages / seconds:8.1f} pages/s   "
            f"probes {len(found)}/{len(PROBES)}"
        )
        for probe in results[name]["missed"]:  # type: ignore[union-attr]
            print(f"    missed: {probe}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    record = {
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },
        "results": results,
    }
    out = RESULTS / "compare_pdf_libraries.json"
    out.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(f"written {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
