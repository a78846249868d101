"""The body of a resolution cut into units: paragraphs, sub-paragraphs, bullets, headings,
footnotes at the page foot, the closing plenary meeting, and what is left of page furniture.

A unit starts where the document gives evidence of a start: an operative number, a "(a)", a
bullet, a roman-numbered heading, and a blank line (a vertical gap in a PDF) or, failing
those, a selective first-line indent. Text files that hold one paragraph per line (the
Security Council's) start a unit at every line that follows a finished sentence; text without
any evidence starts one where a line follows a finished sentence and opens with a lead of the
language's tables. A paragraph that stops mid-sentence continues after a page break and the
page's footnotes.

Footnotes are read at the page foot: after a separator line (kept or recorded by the sources
layer), a superscript mark at the start of a line, a mark alone on its line, or "*" once an
asterisk has been called; a note that runs on to the next page's foot is one note.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs

from ..model import Furniture
from ._header import furniture_kind
from ._text import MARK_CLOSE, MARK_OPEN, Clean, Unit, fold

__all__ = ["Segmented", "segment"]

OPERATIVE_RE = re.compile(r"^(?P<number>\d{1,3})\.(?:\s+|$)")
SUB_RE = re.compile(r"^\((?P<label>[a-z]{1,2}|[ivxl]{1,6})\)\s*")
BULLET_RE = re.compile(r"^(?P<label>[•–\u2022\u25cf\u25aa·]|-(?=\s))\s*\.?\s*")
SECTION_RE = re.compile(r"^(?P<label>[IVXL]{1,6})\.\s+(?=[A-Z])")
_FOOTNOTE_RE = re.compile(
    rf"^(?:{MARK_OPEN}(?P<sup>[^{MARK_CLOSE}]+){MARK_CLOSE}|(?P<plain>\*{{1,3}}|\d{{1,2}})(?=\s|$))\s*"
)
_SEPARATOR_RE = re.compile(r"^[_\-–—]{5,}$")
_TERMINAL = (",", ";", ":", ".", "!", "?")
_ANNEX_RE = re.compile(r"^(?:annex|annexe)(?:\s+[ivxl]+)?$")
_MONTH_AFTER = re.compile(r"^\d{1,2}\s+[A-Za-zéû]+\s+\d{4}")


@attrs.define
class Segmented:
    """The body's units in order, and the furniture found among its lines."""

    units: list[Unit] = attrs.Factory(list)
    furniture: list[Furniture] = attrs.Factory(list)


def _text_ends_open(text: str) -> bool:
    """True when a paragraph's text stops mid-sentence (no terminal punctuation)."""
    text = re.sub(f"{MARK_OPEN}[^{MARK_CLOSE}]*{MARK_CLOSE}$", "", text.rstrip()).rstrip()
    text = re.sub(r"(?<=[,;:.”’\"])\s?\d{1,2}$", "", text).rstrip("* ")
    return not text.endswith(_TERMINAL)


def _anchor(clean: Clean, symbol: str | None) -> str | None:
    kind = furniture_kind(clean.text)
    if kind is not None:
        return kind
    if symbol is not None and fold(clean.text).replace(" ", "") == fold(symbol).replace(" ", ""):
        return "header"
    return None


def _furniture_indices(lines: list[Clean], symbol: str | None, title: str | None) -> dict[int, str]:
    found: dict[int, str] = {}
    for position, clean in enumerate(lines):
        kind = _anchor(clean, symbol)
        if kind is not None:
            found[position] = kind
    folded_title = fold(title or "")
    for position, clean in enumerate(lines):
        if position in found or not folded_title:
            continue
        if not any(abs(position - other) <= 3 for other in found):
            continue  # a running title's lines stand near other furniture
        text = fold(clean.text)
        if (
            len(text.split()) >= 2
            and text in folded_title
            and not text.endswith(_TERMINAL)
        ):
            found[position] = "header"
    return found


def segment(
    lines: list[Clean],
    *,
    symbol: str | None,
    title: str | None,
    separators: set[int],
    meeting_re: re.Pattern[str],
    stars: bool = False,
    opens: Callable[[str], bool] = lambda text: text[:1].isupper(),
) -> Segmented:
    """Cut the body lines into units (see the module's docstring).

    ``separators`` are input line numbers after which the sources layer removed a footnote
    separator; ``meeting_re`` matches the closing "40th plenary meeting" line; ``opens``
    tells whether a line opens a paragraph (starts with a lead) when the document gives no
    other evidence; ``stars`` whether an asterisk footnote was called in the header.
    """
    result = Segmented()
    furniture = _furniture_indices(lines, symbol, title)
    # Blank lines (gaps in a PDF) are the best evidence; first-line indents come next, when
    # they are selective (a page set further right indents every line).
    enough = max(3, 0.1 * len(lines))
    blank_mode = sum(1 for c in lines if c.blank_before) >= enough
    indents = sum(1 for c in lines if c.line.indented)
    indent_mode = not blank_mode and enough <= indents <= 0.6 * len(lines)
    evidence_mode = blank_mode or indent_mode
    # Text files that hold one paragraph per line (Security Council text files).
    lengths = sorted(len(c.text) for c in lines if c.text)
    per_line = bool(lengths) and lengths[len(lengths) // 2] > 150
    zone_page: int | None = None
    star_seen = stars
    called: set[str] = set()  # marks met as superscripts
    last_note: Unit | None = None
    current: Unit | None = None
    body: Unit | None = None  # the last non-footnote unit
    previous_number = 0
    for position, clean in enumerate(lines):
        text = clean.text
        if not text:
            continue
        if position in furniture:
            result.furniture.append(
                Furniture(furniture[position], text, clean.page, clean.line.number)
            )
            if zone_page is not None:
                zone_page = None
            continue
        if _SEPARATOR_RE.match(text):
            result.furniture.append(Furniture("other", text, clean.page, clean.line.number))
            zone_page = clean.page
            continue
        if clean.line.number - 1 in separators or clean.line.number in separators:
            zone_page = clean.page
        if zone_page is not None and clean.page != zone_page:
            zone_page = None
        note = _FOOTNOTE_RE.match(text)
        if note is not None:
            marker = note["sup"] or note["plain"]
            numeric = marker.isdigit()
            is_note = bool(note["sup"]) and (numeric or marker.startswith("*"))
            if (
                note["plain"]
                and not _MONTH_AFTER.match(text)
                and (zone_page is not None or (marker.startswith("*") and star_seen))
            ):
                is_note = True
            if note["plain"] and text == marker and marker in called:
                is_note = True  # the mark alone on its line, the note's text below it
            if note["sup"] is None and marker.startswith("*") and not star_seen:
                is_note = False
            if is_note:
                zone_page = clean.page
                current = last_note = Unit("footnote", [clean], label=marker)
                result.units.append(current)
                continue
        called.update(re.findall(f"{MARK_OPEN}([^{MARK_CLOSE}]+){MARK_CLOSE}", text))
        if zone_page is not None and current is not None and current.kind == "footnote":
            if not clean.blank_before and not OPERATIVE_RE.match(text):
                current.lines.append(clean)
                continue
            zone_page = None
        if zone_page is not None and last_note is not None and last_note.first.page < clean.page:
            # Under the separator, before any mark: a note continued from the page before.
            last_note.lines.append(clean)
            current = last_note
            continue
        if "*" in text.replace(MARK_OPEN + "*", ""):
            star_seen = True
        if MARK_OPEN + "*" in text:
            star_seen = True
        if meeting_re.search(fold(text)) and len(text) < 60:
            current = Unit("end", [clean])
            result.units.append(current)
            body = current
            continue
        if body is not None and body.kind == "end":
            if _ANNEX_RE.match(fold(text)):
                # "Annex" after the closing meeting: the text the resolution annexes.
                current = body = Unit("annex", [clean])
                result.units.append(current)
                previous_number = 0
                continue
            body.lines.append(clean)
            continue
        kind, label = _start_kind(text, previous_number)
        if kind == "op" and label is not None:
            previous_number = int(label)
        after_notes = current is not None and current.kind == "footnote"
        continuing = body is not None and _continues(body, clean, kind, after_notes)
        if kind is None and not continuing:
            starts = (
                body is None
                or after_notes
                or clean.page != body.lines[-1].page
                or ((blank_mode and clean.blank_before) or (indent_mode and clean.line.indented))
                or (per_line and not _text_ends_open(body.ending()))
                or (not evidence_mode and not _text_ends_open(body.ending()) and opens(text))
            )
            if (
                body is not None
                and body.kind == "op"
                and OPERATIVE_RE.fullmatch(body.ending().strip() + " ")
            ):
                starts = False  # "1." alone on its line: the text follows
            kind = "para" if starts else None
        if kind is None and body is not None:
            body.lines.append(clean)
            current = body
            continue
        current = Unit(kind or "para", [clean], label=label)
        result.units.append(current)
        body = current
    return result


def _start_kind(text: str, previous_number: int) -> tuple[str | None, str | None]:
    match = OPERATIVE_RE.match(text)
    if match and int(match["number"]) <= previous_number + 3:
        return "op", match["number"]
    match = SECTION_RE.match(text)
    if match and len(text) < 120 and not text.rstrip().endswith((",", ";")):
        return "section", match["label"]
    match = SUB_RE.match(text)
    if match:
        return "sub", match["label"]
    match = BULLET_RE.match(text)
    if match and len(text) > 2:
        return "bullet", match["label"]
    return None, None


def _continues(body: Unit, clean: Clean, kind: str | None, after_notes: bool) -> bool:
    """A line continues the previous unit across a page break, its footnotes or a blank line:
    the unit stopped mid-sentence and the line does not open a numbered unit."""
    if kind is not None:
        return False
    if body.kind in ("section", "end", "annex"):
        return False
    text = clean.text
    if OPERATIVE_RE.fullmatch(body.ending().strip() + " "):
        return True
    if not _text_ends_open(body.ending()):
        return False
    first = text.lstrip(MARK_OPEN)[:1]
    if first.islower() or first.isdigit():
        return True
    # An open paragraph and a new page: the text goes on after the page's foot.
    return after_notes or clean.page != body.lines[-1].page
