"""Flat exports of a corpus: rows of interventions or paragraphs for JSON Lines, CSV, pandas.

Two tables, documented in ``docs/exports.md``:

- **interventions**: one row per speaker turn, with its meeting's metadata;
- **paragraphs**: one row per paragraph, of speeches (with the turn's metadata and the
  language of that paragraph) and of resolutions (with the resolution's metadata).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from ..errors import CstoUnError
from ..model import Intervention, Meeting, ParsedDocument

__all__ = [
    "INTERVENTION_COLUMNS",
    "PARAGRAPH_COLUMNS",
    "intervention_rows",
    "paragraph_rows",
    "write_csv",
    "write_jsonl",
]


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
    "text",
)
"""Columns of the paragraphs table, in order."""


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
    """One plain dict per speaker turn (see :data:`INTERVENTION_COLUMNS`)."""
    for document in documents:
        if isinstance(document, Meeting):
            for turn in document.interventions:
                yield _turn_row(document, turn)


def paragraph_rows(documents: Iterable[ParsedDocument]) -> Iterator[dict[str, Any]]:
    """One plain dict per paragraph of speeches and resolutions (see :data:`PARAGRAPH_COLUMNS`)."""
    for document in documents:
        if isinstance(document, Meeting):
            for turn in document.interventions:
                who = turn.speaker
                for number, text in enumerate(turn.paragraphs):
                    yield {
                        "symbol": document.symbol,
                        "kind": "speech",
                        "date": _iso(document.date),
                        "document_language": document.language,
                        "turn": turn.index,
                        "label": who.label,
                        "country_code": who.country_code,
                        "role": who.role.value,
                        "part": None,
                        "number": None,
                        "lead": None,
                        "paragraph": number,
                        "language": turn.language_of(number),
                        "text": text,
                    }
        else:
            parts = [("preamble", p) for p in document.preamble]
            parts += [("operative", p) for p in document.operative]
            for number, (part, para) in enumerate(parts):
                yield {
                    "symbol": document.symbol,
                    "kind": "draft" if document.draft else "resolution",
                    "date": _iso(document.date),
                    "document_language": document.language,
                    "turn": None,
                    "label": None,
                    "country_code": None,
                    "role": None,
                    "part": part,
                    "number": para.number,
                    "lead": para.lead,
                    "paragraph": number,
                    "language": document.language,
                    "text": para.text,
                }


def _rows(
    documents: Iterable[ParsedDocument], unit: str
) -> tuple[Iterator[dict[str, Any]], tuple[str, ...]]:
    if unit == "intervention":
        return intervention_rows(documents), INTERVENTION_COLUMNS
    if unit == "paragraph":
        return paragraph_rows(documents), PARAGRAPH_COLUMNS
    raise CstoUnError(f"unknown export unit {unit!r}: use 'intervention' or 'paragraph'")


def write_jsonl(
    documents: Iterable[ParsedDocument], out: IO[str], *, unit: str = "intervention"
) -> int:
    """Write one JSON object per line; returns the number of rows written."""
    rows, _ = _rows(documents, unit)
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(
    documents: Iterable[ParsedDocument], out: IO[str], *, unit: str = "intervention"
) -> int:
    """Write a CSV table with a header row; returns the number of rows written."""
    rows, columns = _rows(documents, unit)
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def to_csv_string(documents: Iterable[ParsedDocument], *, unit: str = "intervention") -> str:
    """The CSV table as a string."""
    buffer = io.StringIO()
    write_csv(documents, buffer, unit=unit)
    return buffer.getvalue()
