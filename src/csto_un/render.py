"""Readable plain-text views of meetings, resolutions and corpora (what the command prints)."""

from __future__ import annotations

import textwrap
from collections import Counter
from collections.abc import Iterable

from .comparison import Change, Comparison
from .corpus import Series
from .model import (
    Footnote,
    Intervention,
    Meeting,
    Paragraph,
    ParsedDocument,
    ProceduralNote,
    Resolution,
)

__all__ = [
    "describe_comparison",
    "describe_meeting",
    "describe_resolution",
    "describe_series",
    "overview",
    "show",
]



def _who(turn: Intervention) -> str:
    who = turn.speaker
    name = who.full_name or who.name or who.title or who.label
    bits = [name]
    if who.country_code:
        bits.append(f"({who.country_code})")
    bits.append(f"[{who.role.value}]")
    if turn.national_capacity:
        bits.append("[national capacity]")
    language = turn.language or "?"
    if turn.language_inferred:
        language += "*"
    switches = "".join(f"→{s.language}" for s in turn.switches)
    bits.append(f"{{{language}{switches}}}")
    return " ".join(bits)


def describe_meeting(meeting: Meeting) -> str:
    """A few lines on a meeting: symbol, date, language, turns, speakers, languages spoken."""
    turns = meeting.interventions
    languages = Counter(turn.language or "?" for turn in turns)
    lines = [
        f"{meeting.symbol or '(no symbol)'}  {meeting.body or ''}  {meeting.date or ''}"
        f"  [{meeting.language or '?'}]".rstrip(),
        f"  {len(turns)} turns, {len(meeting.notes)} procedural notes;"
        f" delivered in: {', '.join(f'{k} {v}' for k, v in languages.most_common())}",
    ]
    if meeting.agenda:
        lines.append(f"  agenda: {meeting.agenda[0].title}")
    for turn in turns:
        lines.append(f"  {turn.index:>3}. {_who(turn)}")
    return "\n".join(lines)


def describe_resolution(resolution: Resolution) -> str:
    """A few lines on a resolution: symbol, date, title, paragraphs and what it cites."""
    symbol = resolution.symbol or "(no symbol)"
    if resolution.symbol_inferred:
        symbol += " (inferred)"
    kind = "draft" if resolution.draft else "resolution"
    lines = [
        f"{symbol}  {resolution.body or ''} {kind}  {resolution.date or ''}"
        f"  [{resolution.language or '?'}]",
        f"  {resolution.title or '(no title)'}",
        f"  {len(resolution.preamble)} preambular, {len(resolution.operative)} operative"
        f" paragraphs, {len(resolution.footnotes)} footnotes",
    ]
    if resolution.sponsors:
        lines.append(
            "  sponsors: " + ", ".join(s.country_code or s.name for s in resolution.sponsors)
        )
    cited = resolution.cited_symbols()
    if cited:
        lines.append("  cites: " + ", ".join(cited))
    return "\n".join(lines)


def overview(documents: Iterable[ParsedDocument]) -> str:
    """The overview ``csto-un`` prints: every meeting and resolution, briefly."""
    documents = list(documents)
    meetings = [d for d in documents if isinstance(d, Meeting)]
    resolutions = [d for d in documents if isinstance(d, Resolution)]
    blocks = [f"{len(meetings)} meetings, {len(resolutions)} resolutions"]
    if meetings:
        blocks.append("Meetings\n" + "\n\n".join(describe_meeting(m) for m in meetings))
    if resolutions:
        blocks.append("Resolutions\n" + "\n\n".join(describe_resolution(r) for r in resolutions))
    return "\n\n".join(blocks)


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, width=100, initial_indent=indent, subsequent_indent=indent)


def show(document: ParsedDocument) -> str:
    """The whole document, readably: every turn and note, or every paragraph and footnote."""
    if isinstance(document, Resolution):
        out = [describe_resolution(document), ""]
        if document.enacting_formula:
            out.append(_wrap(document.enacting_formula, "  "))
        for para in document.preamble:
            out.append(_wrap(para.text, "  "))
        for para in document.operative:
            number = f"{para.number}. " if para.number is not None else ""
            out.append(_wrap(number + para.text, "  "))
            for sub in para.subparagraphs:
                out.append(_wrap(f"{sub.marker} {sub.text}", "      "))
        for note in document.footnotes:
            out.append(_wrap(f"[{note.marker}] {note.text}", "  "))
        return "\n".join(out)
    out = [describe_meeting(document).splitlines()[0], ""]
    for item in document.items:
        if isinstance(item, ProceduralNote):
            out.append(_wrap(f"({item.kind.value}) {item.text}", "  "))
            continue
        out.append(f"  {item.index}. {_who(item)}")
        for paragraph in item.paragraphs:
            out.append(_wrap(paragraph, "      "))
    return "\n".join(out)


def describe_series(series: Series) -> str:
    """The timeline of a resolution series, one member a line, with what each cites."""
    lines = [series.title or "(untitled series)"]
    for entry in series:
        date = entry.date.isoformat() if entry.date else "????-??-??"
        if entry.document is None:
            status = "not in the corpus; named in " + ", ".join(entry.cited_in)
        else:
            kind = "draft" if entry.draft else "adopted"
            status = f"{kind} [{entry.document.language or '?'}]"
            if entry.document.symbol_inferred:
                status += f", symbol {entry.document.symbol_inferred}"
        lines.append(f"  {date}  {entry.symbol:<14} {status}")
        if entry.cites:
            lines.append(f"  {'':10}  {'':<14} cites {', '.join(entry.cites)}")
    return "\n".join(lines)


def _item(value: Paragraph | Footnote | str | None) -> str:
    if isinstance(value, Paragraph):
        where = f"paragraph {value.number}" if value.number is not None else "paragraph"
        return f"{where}: {value.text}"
    if isinstance(value, Footnote):
        return f"footnote {value.marker}: {value.text}"
    return "" if value is None else str(value)


def _describe_change(change: Change) -> list[str]:
    where = change.part + (f" {change.field}" if change.field else "")
    if change.part != "header":
        index = change.new_index if change.new_index is not None else change.old_index
        where += f" #{(index or 0) + 1}"
    lines = [f"{change.kind.upper():<8} {where}"]
    old_notes = change.old.footnotes if isinstance(change.old, Paragraph) else ()
    new_notes = change.new.footnotes if isinstance(change.new, Paragraph) else ()
    if change.kind == "changed" and not change.edits and old_notes != new_notes:
        lines.append(
            f"         same words; footnote calls {list(old_notes)} → {list(new_notes)}"
        )
    elif change.kind == "changed" and change.edits:
        for edit in change.edits:
            if edit.kind == "insert":
                lines.append(f"         + {edit.new}")
            elif edit.kind == "delete":
                lines.append(f"         - {edit.old}")
            else:
                lines.append(f"         - {edit.old}")
                lines.append(f"         + {edit.new}")
    else:
        if change.old is not None:
            lines.append(_wrap("- " + _item(change.old), "         "))
        if change.new is not None:
            lines.append(_wrap("+ " + _item(change.new), "         "))
    return lines


def describe_comparison(comparison: Comparison) -> str:
    """What changed between two versions of a resolution, readably."""
    head = f"{comparison.old_symbol or '?'} → {comparison.new_symbol or '?'}"
    head += f": {len(comparison.changes)} changes (matched by {comparison.matched_by})"
    lines = [head]
    if comparison.note:
        lines.append(f"  note: {comparison.note}")
    for change in comparison.changes:
        lines.extend(_describe_change(change))
    return "\n".join(lines)
