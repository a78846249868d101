"""``format_meeting``: a :class:`Meeting` written back as a verbatim record in its language."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence

from ..countries import country_name
from ..errors import expect
from ..model import Intervention, LanguageSwitch, Meeting, NoteKind, ProceduralNote, Speaker, Vote
from ..words._meeting import TABLES
from ._words import MEETING_WORDS, MeetingWords, words_in

__all__ = ["format_label", "format_meeting"]

_LEADERS = " . . . . "
# The honorifics of a woman in every language we write: "Mme" becomes "Ms." in English.
_FEMALE_HONORIFICS = frozenset(
    form for words in MEETING_WORDS.values() for form in words.female_honorifics
)


def format_meeting(
    meeting: Meeting, language: str | None = None, *, width: int | None = None
) -> str:
    """Write a :class:`~csto_un.Meeting` as a verbatim record in the UN layout of a language.

    ``language`` (ISO 639-1: ``en``, ``fr``, ``es``, ``ru``, ``zh``) defaults to the meeting's
    own. The record has a front page (symbol, body, meeting number, date, place, President,
    members, agenda) when the meeting knows them, then its items in order: procedural notes
    as printed (a vote with its lists), speaker turns under labels in that language's form
    ("M. Zas (parle en russe) :", "Mr. Wood (United States of America) (spoke in French):",
    "The President:"), a language switch as a note of its own line, paragraphs separated by
    a blank line, and an opening and a closing line made from ``opened_at``/``closed_at``
    when no note gives them. ``width`` wraps lines as a printed record does (``None``: one
    line per paragraph). Words and notes written as data are not translated: a French
    meeting written in English keeps its French speeches. Raises
    :class:`~csto_un.ArgumentError` (a ``ValueError``) for a language without words.

    >>> from csto_un import Intervention, Meeting, Speaker
    >>> zas = Speaker(label="", honorific="M.", name="Zas")
    >>> meeting = Meeting(symbol=None, language="fr", items=(
    ...     Intervention(speaker=zas, paragraphs=("Je vous remercie.",), language="ru"),))
    >>> print(format_meeting(meeting), end="")
    M. Zas (parle en russe) : Je vous remercie.
    >>> print(format_meeting(meeting, "en"), end="")
    Mr. Zas (spoke in Russian): Je vous remercie.
    """
    expect(meeting, Meeting, "the meeting to write")
    language = (language or meeting.language or "en").lower()
    words = words_in(MEETING_WORDS, language, "a record")
    paragraphs = [*_front(meeting, words), *_body(meeting, words)]
    if width is not None:
        paragraphs = [_wrap(p, width) for p in paragraphs]
    return "\n\n".join(paragraphs) + "\n"


def format_label(
    speaker: Speaker, words: MeetingWords, language: str | None = None, inferred: bool = True
) -> str:
    """A speaker's label in the form of ``words``' language, with the note for ``language``
    unless ``inferred`` (the record's own language: no note is printed).

    >>> from csto_un import Speaker
    >>> from csto_un.writers._words import MEETING_WORDS
    >>> wood = Speaker(label="", honorific="Mr.", name="Wood", country_code="USA")
    >>> format_label(wood, MEETING_WORDS["en"], "fr", inferred=False)
    'Mr. Wood (United States of America) (spoke in French):'
    >>> format_label(wood, MEETING_WORDS["zh"], "en", inferred=False)
    'Wood先生（美利坚合众国）（以英语发言）：'
    """
    table = TABLES[words.language]
    if speaker.title:
        head = _title(speaker.title, words)
    elif speaker.name:
        honorific = _honorific(speaker.honorific, words)
        if honorific is None:
            head = speaker.name
        elif table.honorific_after:
            head = f"{speaker.name}{honorific}"
        else:
            head = f"{honorific} {speaker.name}"
    else:
        return speaker.label
    groups = []
    country = speaker.country
    if speaker.country_code and (country is None or speaker.label == ""):
        country = country_name(speaker.country_code, words.language) or country
    if country:
        groups.append(country)
    if language and not inferred and language in words.language_words:
        groups.append(words.note.format(word=words.language_words[language]))
    opening, closing = words.brackets
    bracketed = "".join(f"{words.space}{opening}{group}{closing}" for group in groups)
    return f"{head}{bracketed}{words.colon}"


def _title(title: str, words: MeetingWords) -> str:
    """A title in the target language: kept when the table knows it, else by its role."""
    table = TABLES[words.language]
    if any(title == known for known, _ in table.titles):
        return title
    for other in TABLES.values():
        for known, role in other.titles:
            if known == title:
                return words.titles.get(role, title)
    return title


def _honorific(honorific: str | None, words: MeetingWords) -> str | None:
    """An honorific in the target language: kept when its table knows it, else the table's
    first (the most common: "M.", "Mr.", "Sr.", "Г-н", "先生")."""
    table = TABLES[words.language]
    if honorific is None or honorific in table.honorifics:
        return honorific
    man, woman = words.honorifics
    return woman if honorific in _FEMALE_HONORIFICS else man


def _front(meeting: Meeting, words: MeetingWords) -> list[str]:
    table = TABLES[words.language]
    lines: list[str] = []
    if meeting.symbol:
        lines.append(meeting.symbol)
    if meeting.body and meeting.body in words.bodies:
        lines.append(words.bodies[meeting.body])
    if meeting.number is not None:
        lines.append(words.number(meeting.number))
    if meeting.date is not None:
        lines.append(words.date(meeting.date))
    if meeting.place:
        lines.append(meeting.place)
    if meeting.provisional:
        lines.append(table.provisional[0])
    page = ["\n".join(lines)] if lines else []
    president = meeting.president
    if president is not None and president.name and (president.country or president.country_code):
        country = president.country or country_name(president.country_code or "", words.language)
        page.append(
            f"{table.president_heads[0]}{words.colon} {president.name}{_LEADERS}({country})"
        )
    members = [m for m in meeting.members if m.name and (m.country or m.country_code)]
    if members:
        rows = [
            f"{m.country or country_name(m.country_code or '', words.language)}{_LEADERS}{m.name}"
            for m in members
        ]
        page.append(f"{table.members_heads[0]}{words.colon} " + "\n".join(rows))
    in_items = any(
        isinstance(i, ProceduralNote) and i.kind is NoteKind.AGENDA_ITEM for i in meeting.items
    )
    if meeting.agenda and not in_items:
        titles = [t for item in meeting.agenda for t in (item.title, *item.subitems)]
        page.append("\n".join([table.agenda_heads[0], *titles]))
    return page


def _body(meeting: Meeting, words: MeetingWords) -> list[str]:
    paragraphs: list[str] = []
    items = list(meeting.items)
    first_note = next((i for i in items if isinstance(i, ProceduralNote)), None)
    if meeting.opened_at is not None and not (
        first_note is not None and first_note.kind in (NoteKind.OPENING, NoteKind.RESUMPTION)
    ):
        paragraphs.append(words.opening.format(time=words.time(meeting.opened_at)))
    previous: Intervention | ProceduralNote | None = None
    for item in items:
        if isinstance(item, Intervention):
            paragraphs.extend(_turn(item, words, continued=_continues(previous, item)))
        else:
            paragraphs.extend(_note(item, words))
        previous = item
    if meeting.closed_at is not None and not any(
        isinstance(i, ProceduralNote) and i.kind is NoteKind.CLOSING for i in items
    ):
        paragraphs.append(words.closing.format(time=words.time(meeting.closed_at)))
    return paragraphs


def _continues(previous: Intervention | ProceduralNote | None, turn: Intervention) -> bool:
    """A President's turn cut around a statement in national capacity is one printed turn:
    the same title, one piece in national capacity and the other not."""
    return (
        isinstance(previous, Intervention)
        and turn.speaker.title is not None
        and previous.speaker.title == turn.speaker.title
        and previous.national_capacity != turn.national_capacity
    )


def _turn(turn: Intervention, words: MeetingWords, *, continued: bool) -> list[str]:
    paragraphs: list[str] = []
    switches: dict[int, list[LanguageSwitch]] = {}
    for switch in turn.switches:
        switches.setdefault(switch.paragraph, []).append(switch)
    label = (
        None
        if continued
        else format_label(turn.speaker, words, turn.language, turn.language_inferred)
    )
    for index, text in enumerate(turn.paragraphs):
        for switch in switches.pop(index, []):
            if label is not None:
                paragraphs.append(label)
                label = None
            paragraphs.append(_switch_note(switch, words))
        if label is not None:
            paragraphs.append(f"{label}{words.space}{text}")
            label = None
        else:
            paragraphs.append(text)
    if label is not None:
        paragraphs.append(label)
    for rest in switches.values():  # switches after the last paragraph
        paragraphs.extend(_switch_note(s, words) for s in rest)
    return paragraphs


def _switch_note(switch: LanguageSwitch, words: MeetingWords) -> str:
    note = switch.note.strip()
    if note.startswith(("(", "（")) and note.endswith((")", "）")):
        return note
    word = words.language_words.get(switch.language)
    if word is None:
        return f"({note})" if note else f"({switch.language})"
    opening, closing = words.brackets
    return f"{opening}{words.switch.format(word=word)}{closing}"


def _note(note: ProceduralNote, words: MeetingWords) -> list[str]:
    text = note.text.strip()
    if not text:
        text = _note_words(note, words)
    if not text:
        return []
    lines = text.split("\n")
    if note.vote is not None and len(lines) == 1:
        lines.extend(_vote_lines(note.vote, words))
    return lines


def _note_words(note: ProceduralNote, words: MeetingWords) -> str:
    timed = {
        NoteKind.OPENING: words.opening,
        NoteKind.CLOSING: words.closing,
        NoteKind.SUSPENSION: words.suspension,
        NoteKind.RESUMPTION: words.resumption,
    }
    if note.kind in timed and note.time is not None:
        return timed[note.kind].format(time=words.time(note.time))
    fixed = {
        NoteKind.AGENDA_ADOPTED: words.agenda_adopted,
        NoteKind.DECISION: words.decision,
        NoteKind.VOTE: words.vote,
    }
    return fixed.get(note.kind, "")


def _vote_lines(vote: Vote, words: MeetingWords) -> list[str]:
    table = TABLES[words.language]
    heads: dict[str, str] = {}
    for head, field in table.vote_heads:
        heads.setdefault(field, head)
    lines = []
    for field, codes in (
        ("in_favour", vote.in_favour),
        ("against", vote.against),
        ("abstaining", vote.abstaining),
    ):
        if codes:
            lines.append(f"{heads[field]}{words.colon}")
            lines.append(_names(codes, words))
    return lines


def _names(codes: Iterable[str], words: MeetingWords) -> str:
    names = [country_name(code, words.language) or code for code in codes]
    return words.list_separator.join(names)


def _wrap(paragraph: str, width: int) -> str:
    lines: Sequence[str] = paragraph.split("\n")
    return "\n".join(
        textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False) or line
        for line in lines
    )
