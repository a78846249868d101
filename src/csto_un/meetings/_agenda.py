"""What a record's procedural notes say beyond themselves: the agenda its headings give, and
who presides after a change of chair."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import AgendaItem, NoteKind, ProceduralNote
from ._labels import honorifics_longest_first
from ._lang import MeetingPhrases
from ._procedure import match_note

__all__ = ["agenda_from_notes", "presiding"]


def agenda_from_notes(notes: Sequence[ProceduralNote],
                      table: MeetingPhrases) -> tuple[AgendaItem, ...]:
    """The agenda of a record without one on its front page: its agenda headings, each with
    the documents it names and the sub-items under its title."""
    agenda = []
    for note in notes:
        if note.kind is NoteKind.AGENDA_ITEM and not match_note(note.text.split("\n")[0],
                                                                table):
            lines = note.text.split("\n")
            if any(re.fullmatch(p, lines[0]) for p in table.adoption_headings):
                continue
            if len(lines) > 1 and any(re.fullmatch(p, lines[0])
                                      for p in table.agenda_headings):
                lines = lines[1:]  # "Agenda item 10 (continued)": the title follows
            agenda.append(AgendaItem(title=lines[0], documents=note.symbols,
                                     subitems=tuple(lines[1:])))
    return tuple(agenda)


def presiding(chair: str | None, office: str | None,
              table: MeetingPhrases) -> tuple[str, str] | None:
    """Who presides after a change of chair: the name without honorific, and the office
    with the delegation ("Vice-President (Djibouti)"); ``None`` when the President
    returns."""
    if not chair:
        return None
    name, _, country = chair.partition("(")
    name = name.strip()
    for honorific in honorifics_longest_first(table):
        if name.startswith(honorific + " "):
            name = name[len(honorific) :].strip()
            break
    country = country.rstrip(") ")
    return name, f"{office} ({country})" if office and country else (office or "")
