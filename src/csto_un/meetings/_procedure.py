"""Procedural notes: what the record says that nobody says, read with a language's table.

"La séance est ouverte à 11 h 5.", "It was so decided.", "A vote was taken by show of hands."
with its lists "In favour:", "Against:", "Abstaining:", "Draft resolution A/55/L.91 was adopted
(resolution 55/281).", agenda headings ("Adoption of the agenda", "Agenda item 10
(continued)"), invitations under rules 37 and 39.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from ..citations import extract_citations
from ..countries import split_countries
from ..model import NoteKind, Vote
from ._lang import Phrases
from ._text import fold, parse_time

__all__ = [
    "Invitee",
    "NoteMatch",
    "agenda_heading",
    "document_symbols",
    "invited_briefers",
    "invited_states",
    "match_note",
    "vote_head",
    "vote_lists",
]

_SYMBOL = re.compile(r"\b(?:S|A|E)/(?:[A-Z0-9.-]+/)*[A-Za-z0-9.-]*\d[A-Za-z0-9.]*")


@attrs.frozen
class NoteMatch:
    """A paragraph recognised as a procedural note of kind ``kind``, at clock ``time``."""

    kind: NoteKind
    time: dt.time | None = None


def match_note(text: str, table: Phrases) -> NoteMatch | None:
    """The procedural note ``text`` (one paragraph) is, or ``None``."""
    text = fold(text)
    if len(text) > 600:
        return None
    if text.startswith("[") and text.endswith("]"):  # an editor's note: "[Subsequently, …]"
        return NoteMatch(kind=NoteKind.OTHER)
    for kind, patterns in table.procedure:
        for pattern in patterns:
            match = re.fullmatch(pattern, text)
            if match:
                raw_time = match.groupdict().get("time")
                time = parse_time(raw_time, table) if raw_time else None
                return NoteMatch(kind=kind, time=time)
    return None


def agenda_heading(text: str, table: Phrases) -> bool:
    """Whether a line opens an agenda heading ("Adoption of the agenda", "Agenda item 10")."""
    text = fold(text)
    patterns = (*table.adoption_headings, *table.agenda_headings)
    return any(re.fullmatch(pattern, text) for pattern in patterns)


def vote_head(text: str, table: Phrases) -> tuple[str, str] | None:
    """``(field, rest)`` when a line starts a vote list ("In favour:" → ``in_favour``)."""
    text = fold(text)
    for head, field in table.vote_heads:
        if text.startswith(head):
            rest = text[len(head) :].lstrip()
            if rest.startswith(":"):
                return field, rest[1:].strip()
    return None


def vote_lists(lists: dict[str, str], note: str, table: Phrases) -> Vote:
    """The :class:`Vote` of the lists read after a vote note, names as ISO codes.

    A name without a code is kept as printed, so that nothing of a list is lost; the method
    ("show of hands", "recorded", "secret ballot") is read from the ``note``.
    """

    def codes(field: str) -> tuple[str, ...]:
        text = lists.get(field, "").strip().rstrip(".")
        if text in table.none_words:
            return ()
        pairs = split_countries(text, table.language)
        return tuple(code or name for name, code in pairs)

    method = next((name for pattern, name in table.vote_methods if re.search(pattern, note)),
                  None)
    return Vote(in_favour=codes("in_favour"), against=codes("against"),
                abstaining=codes("abstaining"), method=method)


def invited_states(text: str, table: Phrases) -> list[str]:
    """The ISO codes of the States invited under rule 37 in a paragraph of the President's."""
    found: list[str] = []
    for pattern in table.invite_states:
        for match in re.finditer(pattern, fold(text)):
            pairs = split_countries(match.group("list"), table.language)
            found.extend(code for _, code in pairs if code)
    return found


@attrs.frozen
class Invitee:
    """Somebody invited under rule 39: the name and the function as the invitation gives them."""

    name: str
    function: str | None
    text: str


def invited_briefers(text: str, table: Phrases) -> list[Invitee]:
    """The persons invited under rule 39 in a paragraph ("S. E. M. Stanislav Zas, Secrétaire …")."""
    found: list[Invitee] = []
    for pattern in table.invite_briefers:
        for match in re.finditer(pattern, fold(text)):
            entries = re.split(_entry_separator(table), match.group("list"))
            for entry in entries:
                name, _, function = entry.partition(", ")
                found.append(Invitee(name=_drop_honorifics(name, table), text=entry,
                                     function=function.strip(" ,") or None))
    return found


def _entry_separator(table: Phrases) -> str:
    """Between two invitees: "; ", "; and ", or ", and " before an honorific."""
    conjunctions = "|".join(re.escape(c.strip()) for c in table.conjunctions)
    honorifics = "|".join(re.escape(h) for h in sorted(table.honorifics, key=len, reverse=True))
    return (rf"\s*;\s*(?:(?:{conjunctions}) )?|,? (?:{conjunctions}) (?=(?:{honorifics}) )")


def _drop_honorifics(name: str, table: Phrases) -> str:
    words = table.honorifics
    changed = True
    name = name.strip()
    while changed:
        changed = False
        for word in sorted(words, key=len, reverse=True):
            if name.startswith(word + " "):
                name, changed = name[len(word) :].strip(), True
    return name


def document_symbols(text: str, language: str | None) -> tuple[str, ...]:
    """The document symbols a heading or note names, canonical, in order, without repeats."""
    found: list[str] = [c.symbol for c in extract_citations(text, language=language)]
    for match in _SYMBOL.finditer(text):
        symbol = match.group(0).rstrip(".")
        if not any(symbol in seen or seen in symbol for seen in found):
            found.append(symbol)
    return tuple(dict.fromkeys(found))
