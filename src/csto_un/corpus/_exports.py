"""Flat exports of a corpus: rows of interventions, paragraphs or sub-paragraphs.

Three tables, documented in ``docs/corpus.md`` (JSON Lines, CSV, Parquet and pandas share
them, column for column):

- **interventions**: one row per speaker turn, with its meeting's metadata;
- **paragraphs**: one row per paragraph, of speeches (with the turn's metadata and the
  language of that paragraph) and of resolutions (with the resolution's metadata);
- **subparagraphs**: resolutions only, one row per paragraph's opening words and one per
  sub-paragraph ("(a)", "(i)", nested ones flattened in reading order).

A document the unit does not fit (a resolution has no speaker turns, a speech no
sub-paragraphs) gives no row; the writers name it in ``unfit`` when asked, so that a caller
such as ``csto-un parse`` can say so rather than write an empty table.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import CstoUnError
from ..model import (
    Intervention,
    Meeting,
    Paragraph,
    ParsedDocument,
    Resolution,
    Subparagraph,
)

__all__ = [
    "FORMULA_PREFIXES",
    "INTERVENTION_COLUMNS",
    "PARAGRAPH_COLUMNS",
    "SUBPARAGRAPH_COLUMNS",
    "UNITS",
    "atomic_path",
    "columns_of",
    "intervention_rows",
    "neutralise_formula",
    "paragraph_rows",
    "rows",
    "subparagraph_rows",
    "to_csv_string",
    "write_csv",
    "write_jsonl",
    "write_parquet",
]


UNITS: tuple[str, ...] = ("intervention", "paragraph", "subparagraph")
"""The export units: one row per speaker turn, per paragraph, or per sub-paragraph."""

INTERVENTION_COLUMNS: tuple[str, ...] = (
    "symbol",
    "body",
    "date",
    "meeting_language",
    "turn",
    "part",
    "page",
    "label",
    "honorific",
    "name",
    "title",
    "country",
    "country_code",
    "role",
    "national_capacity",
    "language",
    "language_inferred",
    "languages",
    "paragraphs",
    "text",
)
"""Columns of the interventions table, in order."""

PARAGRAPH_COLUMNS: tuple[str, ...] = (
    "symbol",
    "kind",
    "date",
    "adopted",
    "document_language",
    "turn",
    "label",
    "country_code",
    "role",
    "part",
    "number",
    "lead",
    "paragraph",
    "language",
    "footnotes",
    "cites",
    "text",
)
"""Columns of the paragraphs table, in order."""

SUBPARAGRAPH_COLUMNS: tuple[str, ...] = (*PARAGRAPH_COLUMNS[:-1], "subparagraph", "heading", "text")
"""Columns of the sub-paragraphs table, in order: the paragraph's, then the sub-paragraph's
marker path ("(a) (i)"; empty for the paragraph's own opening words) and sub-heading."""

_INTEGER = {"turn", "page", "paragraphs", "number", "paragraph"}
_BOOLEAN = {"national_capacity", "language_inferred"}

FORMULA_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a CSV cell as a formula; such a cell is
written with a leading ``'`` unless the writer is told to keep formulas."""


def _iso(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def _turn_row(meeting: Meeting, turn: Intervention) -> dict[str, Any]:
    who = turn.speaker
    languages = [turn.language_of(i) for i in range(len(turn.paragraphs))]
    return {
        "symbol": meeting.symbol,
        "body": meeting.body,
        "date": _iso(meeting.date),
        "meeting_language": meeting.language,
        "turn": turn.index,
        "part": turn.part,
        "page": turn.page,
        "label": who.label,
        "honorific": who.honorific,
        "name": who.full_name or who.name,
        "title": who.title,
        "country": who.country,
        "country_code": who.country_code,
        "role": who.role.value,
        "national_capacity": turn.national_capacity,
        "language": turn.language,
        "language_inferred": turn.language_inferred,
        "languages": " ".join(dict.fromkeys(lang for lang in languages if lang)),
        "paragraphs": len(turn.paragraphs),
        "text": turn.text,
    }


def intervention_rows(documents: Iterable[ParsedDocument]) -> Iterator[dict[str, Any]]:
    """One plain dict per speaker turn (see :data:`INTERVENTION_COLUMNS`); resolutions give none."""
    for document in documents:
        yield from _intervention_rows_of(document)


def _intervention_rows_of(document: ParsedDocument) -> Iterator[dict[str, Any]]:
    if isinstance(document, Meeting):
        for turn in document.interventions:
            yield _turn_row(document, turn)


def _speech_rows(meeting: Meeting) -> Iterator[dict[str, Any]]:
    for turn in meeting.interventions:
        who = turn.speaker
        for number, text in enumerate(turn.paragraphs):
            yield {
                "symbol": meeting.symbol,
                "kind": "speech",
                "date": _iso(meeting.date),
                "adopted": None,
                "document_language": meeting.language,
                "turn": turn.index,
                "label": who.label,
                "country_code": who.country_code,
                "role": who.role.value,
                "part": None,
                "number": None,
                "lead": None,
                "paragraph": number,
                "language": turn.language_of(number),
                "footnotes": None,
                "cites": None,
                "text": text,
            }


def _sub_lines(subs: tuple[Subparagraph, ...], depth: int = 0) -> Iterator[str]:
    for sub in subs:
        if sub.heading:
            yield "  " * depth + sub.heading
        yield "  " * depth + f"{sub.marker} {sub.text}"
        yield from _sub_lines(sub.subparagraphs, depth + 1)


def _resolution_base(resolution: Resolution) -> Iterator[tuple[Paragraph, dict[str, Any]]]:
    """Each paragraph with the columns it shares with its sub-paragraphs."""
    parts = [("preamble", p) for p in resolution.preamble]
    parts += [("operative", p) for p in resolution.operative]
    starts = {"preamble": 0, "operative": len(resolution.preamble)}
    for position, (part, para) in enumerate(parts):
        index = position - starts[part]
        cites = (
            c.symbol for c in resolution.citations if c.part == part and c.paragraph == index
        )
        yield para, {
            "symbol": resolution.symbol,
            "kind": "draft" if resolution.draft else "resolution",
            "date": _iso(resolution.date),
            "adopted": _iso(resolution.adopted_on),
            "document_language": resolution.language,
            "turn": None,
            "label": None,
            "country_code": None,
            "role": None,
            "part": part,
            "number": para.number,
            "lead": para.lead,
            "paragraph": position,
            "language": resolution.language,
            "footnotes": " ".join(para.footnotes) or None,
            "cites": "; ".join(dict.fromkeys(cites)) or None,
        }


def _resolution_rows(resolution: Resolution) -> Iterator[dict[str, Any]]:
    for para, row in _resolution_base(resolution):
        text = "\n".join([para.text, *_sub_lines(para.subparagraphs)])
        yield {**row, "text": text}


def paragraph_rows(documents: Iterable[ParsedDocument]) -> Iterator[dict[str, Any]]:
    """One plain dict per paragraph of speeches and resolutions (see :data:`PARAGRAPH_COLUMNS`).

    A resolution paragraph's text holds its sub-paragraphs, one a line after its own words.
    """
    for document in documents:
        yield from _paragraph_rows_of(document)


def _paragraph_rows_of(document: ParsedDocument) -> Iterator[dict[str, Any]]:
    if isinstance(document, Meeting):
        yield from _speech_rows(document)
    elif isinstance(document, Resolution):
        yield from _resolution_rows(document)


def _flatten(
    subs: tuple[Subparagraph, ...], path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], Subparagraph]]:
    for sub in subs:
        yield (*path, sub.marker), sub
        yield from _flatten(sub.subparagraphs, (*path, sub.marker))


def _subparagraph_rows_of(document: ParsedDocument) -> Iterator[dict[str, Any]]:
    if not isinstance(document, Resolution):
        return
    for para, row in _resolution_base(document):
        yield {**row, "subparagraph": None, "heading": None, "text": para.text}
        for path, sub in _flatten(para.subparagraphs):
            yield {**row, "subparagraph": " ".join(path), "heading": sub.heading, "text": sub.text}


def subparagraph_rows(documents: Iterable[ParsedDocument]) -> Iterator[dict[str, Any]]:
    """One plain dict per resolution paragraph's own words and per sub-paragraph (see
    :data:`SUBPARAGRAPH_COLUMNS`); meetings give none."""
    for document in documents:
        yield from _subparagraph_rows_of(document)


_RowsOf = Callable[[ParsedDocument], Iterator[dict[str, Any]]]

_TABLES: dict[str, tuple[_RowsOf, tuple[str, ...]]] = {
    "intervention": (_intervention_rows_of, INTERVENTION_COLUMNS),
    "paragraph": (_paragraph_rows_of, PARAGRAPH_COLUMNS),
    "subparagraph": (_subparagraph_rows_of, SUBPARAGRAPH_COLUMNS),
}


def columns_of(unit: str) -> tuple[str, ...]:
    """The columns of the table of ``unit`` ("intervention", "paragraph", "subparagraph")."""
    return _table(unit)[1]


def _table(unit: str) -> tuple[_RowsOf, tuple[str, ...]]:
    if unit not in _TABLES:
        raise CstoUnError(f"unknown export unit {unit!r}: use one of {', '.join(UNITS)}")
    return _TABLES[unit]


def rows(
    documents: Iterable[ParsedDocument], unit: str, *, unfit: list[ParsedDocument] | None = None
) -> Iterator[dict[str, Any]]:
    """The rows of ``unit``'s table; the documents that give none are appended to ``unfit``."""
    rows_of, _ = _table(unit)
    for document in documents:
        found = False
        for row in rows_of(document):
            found = True
            yield row
        if not found and unfit is not None:
            unfit.append(document)


def write_jsonl(
    documents: Iterable[ParsedDocument],
    out: IO[str],
    *,
    unit: str = "intervention",
    unfit: list[ParsedDocument] | None = None,
) -> int:
    """Write one JSON object per line; returns the number of rows written."""
    count = 0
    for row in rows(documents, unit, unfit=unfit):
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def neutralise_formula(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula, with a leading ``'``; else as is.

    >>> neutralise_formula("=HYPERLINK(\\"http://x\\")"), neutralise_formula("- (a) To meet"), neutralise_formula(-1)
    ('\\'=HYPERLINK("http://x")', "'- (a) To meet", -1)
    """  # noqa: E501
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def write_csv(
    documents: Iterable[ParsedDocument],
    out: IO[str],
    *,
    unit: str = "intervention",
    escape_formulas: bool = True,
    header_if_empty: bool = True,
    unfit: list[ParsedDocument] | None = None,
) -> int:
    """Write a CSV table with a header row; returns the number of rows written.

    A text cell starting with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return) gets a
    leading ``'``, so that a spreadsheet shows it rather than runs it as a formula;
    ``escape_formulas=False`` writes every cell as it is. ``header_if_empty=False`` writes
    nothing at all when there is no row.
    """
    writer = csv.DictWriter(out, fieldnames=list(columns_of(unit)), lineterminator="\n")
    count = 0
    for row in rows(documents, unit, unfit=unfit):
        if not count:
            writer.writeheader()
        writer.writerow(
            {k: neutralise_formula(v) for k, v in row.items()} if escape_formulas else row
        )
        count += 1
    if not count and header_if_empty:
        writer.writeheader()
    return count


def to_csv_string(documents: Iterable[ParsedDocument], *, unit: str = "intervention") -> str:
    """The CSV table as a string."""
    buffer = io.StringIO()
    write_csv(documents, buffer, unit=unit)
    return buffer.getvalue()


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as exc:
        raise CstoUnError(
            "Parquet needs the 'pandas' extra (pandas and pyarrow): pip install 'csto_un[pandas]'"
        ) from exc
    return pyarrow


def _schema(pa: Any, columns: tuple[str, ...]) -> Any:
    def kind(name: str) -> Any:
        if name in _INTEGER:
            return pa.int64()
        if name in _BOOLEAN:
            return pa.bool_()
        return pa.string()

    # "part" is the resumption number (int) in the interventions table, a word elsewhere.
    return pa.schema(
        [
            (n, pa.int64() if (n == "part" and columns is INTERVENTION_COLUMNS) else kind(n))
            for n in columns
        ]
    )


def write_parquet(
    documents: Iterable[ParsedDocument],
    path: str | os.PathLike[str],
    *,
    unit: str = "intervention",
    unfit: list[ParsedDocument] | None = None,
    batch: int = 2000,
) -> int:
    """Write ``unit``'s table as Parquet (needs pyarrow: the ``pandas`` extra), ``batch`` rows at
    a time so that memory stays flat; returns the number of rows written."""
    pa = _pyarrow()
    columns = columns_of(unit)
    schema = _schema(pa, columns)
    writer = None
    count = 0
    pending: list[dict[str, Any]] = []
    try:
        for row in rows(documents, unit, unfit=unfit):
            pending.append(row)
            if len(pending) >= batch:
                writer = writer or pa.parquet.ParquetWriter(str(path), schema)
                writer.write_table(pa.Table.from_pylist(pending, schema=schema))
                count, pending = count + len(pending), []
        if pending or writer is None:  # (no row at all: a table with the columns alone)
            writer = writer or pa.parquet.ParquetWriter(str(path), schema)
            writer.write_table(pa.Table.from_pylist(pending, schema=schema))
            count += len(pending)
    finally:
        if writer is not None:
            writer.close()
    return count


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary path beside ``path`` that replaces it when the block ends without error,
    and is removed otherwise: the file is written whole or not at all."""
    target = Path(path)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".part", dir=target.parent
    )
    os.close(handle)
    try:
        yield Path(temporary)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(temporary, 0o666 & ~mask)  # as an ordinary new file, not mkstemp's 0o600
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
