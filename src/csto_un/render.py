"""Readable plain-text views of meetings, resolutions and corpora (what the command prints)."""

from __future__ import annotations

import textwrap
from collections import Counter
from collections.abc import Iterable, Sequence

from .comparison import Change, Comparison, Edit, edits_in_context
from .corpus import Series, SeriesEntry
from .model import (
    Amendment,
    Footnote,
    Intervention,
    Meeting,
    Paragraph,
    ParsedDocument,
    ProceduralNote,
    Resolution,
    Subparagraph,
)
from .text import count

__all__ = [
    "count",
    "describe_comparison",
    "describe_meeting",
    "describe_resolution",
    "describe_series",
    "describe_speakers",
    "legend",
    "list_series",
    "overview",
    "show",
]

_LEGEND = {
    "{en}": "the language the speech was delivered in (ISO 639-1)",
    "{fr*}": "the record does not say: taken to be the record's language",
    "{en→fr}": "delivered in English, then French from where the record says so",
    "(GBR)": "the delegation's ISO 3166-1 alpha-3 code",
    "[national capacity]": "the President speaking for their own country",
}





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


def _meeting_line(meeting: Meeting) -> str:
    date = f"meeting of {meeting.date.isoformat()}" if meeting.date else "meeting date unknown"
    return (
        f"{meeting.symbol or '(no symbol)'}  {meeting.body or ''}  {date}"
        f"  [{meeting.language or '?'}]"
    )


def describe_meeting(meeting: Meeting) -> str:
    """A few lines on a meeting: symbol, date, language, turns (numbered from 1), speakers,
    languages spoken."""
    turns = meeting.interventions
    languages = Counter(turn.language or "?" for turn in turns)
    lines = [
        _meeting_line(meeting),
        f"  {count(len(turns), 'turn')}, {count(len(meeting.notes), 'procedural note')};"
        f" delivered in: {', '.join(f'{k} {v}' for k, v in languages.most_common())}",
    ]
    if meeting.agenda:
        lines.append(f"  agenda: {meeting.agenda[0].title}")
    for number, turn in enumerate(turns, start=1):
        lines.append(f"  {number:>3}. {_who(turn)}")
    return "\n".join(lines)


def legend(meetings: Iterable[Meeting]) -> str:
    """What the marks of the speakers' lines mean, for the marks these meetings use."""
    used = {"{en}", "(GBR)"}
    for meeting in meetings:
        for turn in meeting.interventions:
            used.update(
                mark
                for mark, present in (
                    ("{fr*}", turn.language_inferred),
                    ("{en→fr}", bool(turn.switches)),
                    ("[national capacity]", turn.national_capacity),
                )
                if present
            )
    marks = [f"  {mark:<20} {meaning}" for mark, meaning in _LEGEND.items() if mark in used]
    return "Marks:\n" + "\n".join(marks)


def _dates(resolution: Resolution) -> str:
    dates = []
    if resolution.adopted_on:
        dates.append(f"adopted {resolution.adopted_on.isoformat()}")
    if resolution.date:
        dates.append(f"distributed {resolution.date.isoformat()}")
    return ", ".join(dates) or "date unknown"


def describe_resolution(resolution: Resolution) -> str:
    """A few lines on a resolution: symbol, date, title, paragraphs and what it cites."""
    symbol = resolution.symbol or "(no symbol)"
    kind = "draft" if resolution.draft else "resolution"
    lines = [
        f"{symbol}  {resolution.body or ''} {kind}  {_dates(resolution)}"
        f"  [{resolution.language or '?'}]",
    ]
    if resolution.symbol_inferred:
        lines.append(f"  symbol not printed in the text: {resolution.symbol_inferred}")
    lines += [
        f"  {resolution.title or '(no title)'}",
        f"  {count(len(resolution.preamble), 'preambular paragraph')},"
        f" {count(len(resolution.operative), 'operative paragraph')},"
        f" {count(len(resolution.footnotes), 'footnote')}",
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
    blocks = [f"{count(len(meetings), 'meeting')}, {count(len(resolutions), 'resolution')}"]
    amendments = [d for d in documents if isinstance(d, Amendment)]
    if amendments:
        blocks[0] += f", {count(len(amendments), 'amendment')}"
    if meetings:
        blocks.append("Meetings\n" + "\n\n".join(describe_meeting(m) for m in meetings))
        blocks.append(legend(meetings))
    if resolutions:
        blocks.append("Resolutions\n" + "\n\n".join(describe_resolution(r) for r in resolutions))
    if amendments:
        blocks.append("Amendments\n" + "\n".join(
            f"  {a.symbol or '?'} amends {a.amends or '?'}: {count(len(a.operations), 'operation')}"
            for a in amendments))
    return "\n\n".join(blocks)


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, width=100, initial_indent=indent, subsequent_indent=indent)


def _subparagraph_lines(subs: Sequence[Subparagraph], indent: str) -> list[str]:
    lines = []
    for sub in subs:
        if sub.heading:
            lines.append(_wrap(sub.heading, indent))
        lines.append(_wrap(f"{sub.marker} {sub.text}", indent))
        lines.extend(_subparagraph_lines(sub.subparagraphs, indent + "    "))
    return lines


def show(document: ParsedDocument) -> str:
    """The whole document, readably: every turn and note, or every paragraph and footnote."""
    if isinstance(document, Amendment):
        from .writers import format_amendment

        return format_amendment(document, width=100).rstrip("\n")
    if isinstance(document, Resolution):
        out = [describe_resolution(document), ""]
        if document.enacting_formula:
            out.append(_wrap(document.enacting_formula, "  "))
        for para in document.preamble:
            out.append(_wrap(para.text, "  "))
        for para in document.operative:
            number = f"{para.number}. " if para.number is not None else ""
            out.append(_wrap(number + para.text, "  "))
            out.extend(_subparagraph_lines(para.subparagraphs, "      "))
        for note in document.footnotes:
            out.append(_wrap(f"[{note.marker}] {note.text}", "  "))
        return "\n".join(out)
    out = [_meeting_line(document), ""]
    turn_number = 0
    for item in document.items:
        if isinstance(item, ProceduralNote):
            out.append(_wrap(f"({item.kind.value}) {item.text}", "  "))
            continue
        turn_number += 1
        out.append(f"  {turn_number}. {_who(item)}")
        for paragraph in item.paragraphs:
            out.append(_wrap(paragraph, "      "))
    out += ["", legend([document])]
    return "\n".join(out)


def _entry_date(entry: SeriesEntry) -> str:
    if entry.date is None:
        return f"{'date unknown':<22}"
    document = entry.document
    what = "distributed" if document is not None and document.adopted_on is None else "adopted"
    return f"{what:<11} {entry.date.isoformat()}"


def describe_series(series: Series) -> str:
    """The timeline of a resolution series, one member a line, with what each cites.

    Each date says what it is: "adopted" (a resolution's adoption, also the date the texts
    give an earlier member they cite) or "distributed" (a draft's issue date).
    """
    lines = [series.title or "(untitled series)"]
    for entry in series:
        if entry.document is None:
            status = "not in the corpus; named in " + ", ".join(entry.cited_in)
        else:
            kind = "draft" if entry.draft else "resolution"
            status = f"{kind} [{entry.document.language or '?'}]"
            if entry.document.symbol_inferred:
                status += f", symbol {entry.document.symbol_inferred}"
        lines.append(f"  {_entry_date(entry)}  {entry.symbol:<14} {status}")
        if entry.cites:
            lines.append(f"  {'':22}  {'':<14} cites {', '.join(entry.cites)}")
    return "\n".join(lines)


def list_series(all_series: Sequence[Series]) -> str:
    """The series a corpus holds: each title, with how many members it holds and names."""
    lines = [count(len(all_series), "series", "series") + " in the corpus:"]
    for series in all_series:
        held = [entry.symbol for entry in series if entry.held]
        lines.append(f"  {series.title or '(untitled)'}")
        lines.append(
            f"      {count(len(held), 'document')} in the corpus ({', '.join(held)}),"
            f" {count(len(series) - len(held), 'earlier member')} cited"
        )
    return "\n".join(lines)


def describe_speakers(turns: Iterable[tuple[Meeting, Intervention]]) -> str:
    """Every speaker of these turns: name, delegation and its code, role, turns, languages
    delivered (with their turn counts), most turns first."""
    speakers: dict[tuple[str, str, str], Counter[str]] = {}
    totals: Counter[tuple[str, str, str]] = Counter()
    for _, turn in turns:
        who = turn.speaker
        name = who.full_name or who.name or who.title or who.label
        delegation = who.country or ""
        if who.country_code:
            delegation = f"{delegation} ({who.country_code})".strip()
        key = (name, delegation or "-", who.role.value)
        totals[key] += 1
        languages = speakers.setdefault(key, Counter())
        for language in dict.fromkeys([turn.language or "?", *(s.language for s in turn.switches)]):
            languages[language] += 1
    header = f"{'turns':>5}  {'speaker':<28} {'delegation':<28} {'role':<18} languages"
    lines = [header]
    for key, turns_count in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])):
        name, delegation, role = key
        spoken = ", ".join(f"{lang} {n}" for lang, n in speakers[key].most_common())
        lines.append(f"{turns_count:>5}  {name:<28} {delegation:<28} {role:<18} {spoken}")
    return "\n".join(lines)


def _item(value: Paragraph | Footnote | str | None) -> str:
    if isinstance(value, Paragraph):
        where = f"paragraph {value.number}" if value.number is not None else "paragraph"
        return f"{where}: {value.text}"
    if isinstance(value, Footnote):
        return f"footnote {value.marker}: {value.text}"
    return "" if value is None else str(value)


_COLOURS = {"old": "\033[31m", "new": "\033[32m", "end": "\033[0m"}
_FIELD_NAMES = {"date": "date (distributed)", "adopted_on": "adopted_on (adopted)"}


def _marked(edit: Edit, colour: bool) -> str:
    """The edit as ``[-old-]{+new+}`` (wdiff's marks), in red and green when ``colour``."""
    old, new, end = (_COLOURS[k] if colour else "" for k in ("old", "new", "end"))
    pieces = []
    if edit.old:
        pieces.append(f"{old}[-{edit.old}-]{end}")
    if edit.new:
        pieces.append(f"{new}{{+{edit.new}+}}{end}")
    return "".join(pieces)


def _describe_change(change: Change, colour: bool) -> list[str]:
    where = change.part
    if change.field:
        where += f" {_FIELD_NAMES.get(change.field, change.field)}"
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
    elif change.kind == "changed" and change.edits and change.part != "header":
        for before, edit, after in edits_in_context(change.old or "", change.new or ""):
            marked = " ".join(filter(None, (before, _marked(edit, colour), after)))
            lines.append(f"         {marked}")
    elif change.kind == "changed" and change.edits:
        for edit in change.edits:
            if edit.old:
                lines.append(f"         - {edit.old}")
            if edit.new:
                lines.append(f"         + {edit.new}")
    else:
        if change.old is not None:
            lines.append(_wrap("- " + _item(change.old), "         "))
        if change.new is not None:
            lines.append(_wrap("+ " + _item(change.new), "         "))
    return lines


def describe_comparison(comparison: Comparison, *, colour: bool = False) -> str:
    """What changed between two versions of a resolution, readably: each word edit inside its
    sentence, a few words either side, as ``[-old-]{+new+}`` (in red and green with
    ``colour``, for a terminal)."""
    head = f"{comparison.old_symbol or '?'} → {comparison.new_symbol or '?'}"
    head += f": {count(len(comparison.changes), 'change')} (matched by {comparison.matched_by})"
    lines = [head]
    if comparison.note:
        lines.append(f"  note: {comparison.note}")
    for change in comparison.changes:
        lines.extend(_describe_change(change, colour))
    return "\n".join(lines)
