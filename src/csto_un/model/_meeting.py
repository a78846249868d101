"""The model of a verbatim record: a meeting, its speakers, their speeches, its procedure."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator

import attrs

from ._common import Diagnostic, Source

__all__ = [
    "AgendaItem",
    "Delegate",
    "Intervention",
    "LanguageSwitch",
    "Meeting",
    "MeetingPart",
    "NoteKind",
    "ProceduralNote",
    "Role",
    "Speaker",
    "Vote",
]


class Role(str, enum.Enum):
    """In which role somebody speaks at a meeting, in either organ.

    Both organs: ``president`` (who presides, "The President"), ``acting-president`` (a
    Vice-President in the Chair of the General Assembly, "The Acting President", or any
    "Acting President"), ``secretary-general``, ``observer-state`` (a non-member State with
    observer status: the Holy See, the State of Palestine), ``other``. The Security Council:
    ``council-member``, ``invited-state`` (a Member State invited under rule 37), ``briefer``
    (a person invited under rule 39). The General Assembly: ``member-state`` (a delegation of
    a Member State), ``observer`` (an intergovernmental organisation or other entity with
    observer status: the European Union, the League of Arab States). The table is in
    ``docs/model.md``.

    >>> Role("invited-state"), Role.PRESIDENT.value, Role("observer-state").is_chair
    (<Role.INVITED_STATE: 'invited-state'>, 'president', False)
    """

    PRESIDENT = "president"
    ACTING_PRESIDENT = "acting-president"
    SECRETARY_GENERAL = "secretary-general"
    COUNCIL_MEMBER = "council-member"
    INVITED_STATE = "invited-state"
    BRIEFER = "briefer"
    MEMBER_STATE = "member-state"
    OBSERVER_STATE = "observer-state"
    OBSERVER = "observer"
    OTHER = "other"

    @property
    def is_chair(self) -> bool:
        """Whether the role is the one presiding (President or Acting President)."""
        return self in (Role.PRESIDENT, Role.ACTING_PRESIDENT)


@attrs.frozen
class Speaker:
    """Who speaks, as the label of a speaker turn says it.

    ``label`` is the label exactly as printed ("M. Zas (parle en russe) :"); ``honorific``
    ("M.", "Mrs.", "先生"), ``name``, ``title`` ("Le Président", "The Secretary-General"),
    ``country`` as printed, ``country_code`` its ISO 3166-1 alpha-3 code, ``function`` the
    office a briefer holds as the invitations give it.

    >>> Speaker(label="Mr. Chambas:", name="Chambas", honorific="Mr.", role=Role.BRIEFER).role
    <Role.BRIEFER: 'briefer'>
    """

    label: str
    honorific: str | None = None
    name: str | None = None
    title: str | None = None
    country: str | None = None
    country_code: str | None = None
    role: Role = Role.OTHER
    function: str | None = None
    full_name: str | None = None


@attrs.frozen
class LanguageSwitch:
    """A speaker changes language: from paragraph ``paragraph`` (0-based) on, ``language``.

    ``note`` is the line of the record that says so ("(l’orateur poursuit en français)").

    >>> LanguageSwitch(paragraph=9, language="fr", note="(l’orateur poursuit en français)").language
    'fr'
    """

    paragraph: int
    language: str
    note: str


@attrs.frozen
class Intervention:
    """One speaker turn: who spoke, in which language, and the paragraphs they said.

    ``language`` is the ISO 639-1 code of the language the speech was delivered in (its first
    paragraph); ``language_inferred`` is true when the record gives no note and the record's own
    language was assumed. ``national_capacity`` marks a President speaking for their country.
    ``index`` is the position among the meeting's items, ``part`` the document (0 for the first,
    1 for "Resumption 1"...), ``page`` and ``line`` where the label stands in the source.

    >>> sg = Speaker(label="Le Secrétaire général (parle en anglais) :", title="Secrétaire")
    >>> turn = Intervention(sg, paragraphs=("I thank you.", "Je vous remercie."), language="en",
    ...                     switches=(LanguageSwitch(1, "fr", "(l’orateur poursuit en français)"),))
    >>> turn.language_of(0), turn.language_of(1)
    ('en', 'fr')
    """

    speaker: Speaker
    paragraphs: tuple[str, ...]
    language: str | None = None
    language_inferred: bool = False
    switches: tuple[LanguageSwitch, ...] = ()
    national_capacity: bool = False
    index: int = 0
    part: int = 0
    page: int | None = None
    line: int | None = None

    @property
    def text(self) -> str:
        """The speech as one string, paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)

    def language_of(self, paragraph: int) -> str | None:
        """The language paragraph number ``paragraph`` (0-based) was delivered in."""
        language = self.language
        for switch in self.switches:
            if switch.paragraph <= paragraph:
                language = switch.language
        return language


class NoteKind(str, enum.Enum):
    """What a procedural note records.

    ``chair`` is a change of who presides ("Mr. Olhaye (Djibouti), Vice-President, took the
    Chair.", "The President returned to the Chair.").

    >>> NoteKind("agenda-adopted")
    <NoteKind.AGENDA_ADOPTED: 'agenda-adopted'>
    """

    OPENING = "opening"
    CLOSING = "closing"
    SUSPENSION = "suspension"
    RESUMPTION = "resumption"
    AGENDA_ADOPTED = "agenda-adopted"
    AGENDA_ITEM = "agenda-item"
    DECISION = "decision"
    VOTE = "vote"
    ADOPTION = "adoption"
    SILENCE = "silence"
    CHAIR = "chair"
    OTHER = "other"


@attrs.frozen
class Vote:
    """The lists of a vote, as ISO 3166-1 alpha-3 codes (names as printed where unknown).

    >>> Vote(in_favour=("FRA", "GBR"), abstaining=("RUS",)).against
    ()
    """

    in_favour: tuple[str, ...] = ()
    against: tuple[str, ...] = ()
    abstaining: tuple[str, ...] = ()
    method: str | None = None


@attrs.frozen
class ProceduralNote:
    """What the record says that nobody says: "L’ordre du jour est adopté.", votes, closing...

    ``time`` is the clock time a note gives (opening, closing, suspension); ``vote`` the vote
    lists for a vote; ``symbols`` the documents the note names (a draft adopted, an agenda
    document).

    >>> import datetime as dt
    >>> ProceduralNote(NoteKind.OPENING, "La séance est ouverte.", time=dt.time(11, 5)).time
    datetime.time(11, 5)
    """

    kind: NoteKind
    text: str
    time: dt.time | None = None
    vote: Vote | None = None
    symbols: tuple[str, ...] = ()
    index: int = 0
    part: int = 0
    page: int | None = None
    line: int | None = None


@attrs.frozen
class Delegate:
    """A seat at the table: a country and who sat in it (front page lists).

    >>> Delegate(country="Fédération de Russie", country_code="RUS").name is None
    True
    """

    country: str | None = None
    country_code: str | None = None
    name: str | None = None


@attrs.frozen
class AgendaItem:
    """An item of the agenda: its title, the documents it cites, and the lines under the title.

    ``subitems`` are the headings printed under the title ("Letter dated 14 October 2019 from
    the Secretary-General …", "(a) Appointment of the members of the Credentials Committee").

    >>> AgendaItem("Coopération entre l’Organisation des Nations Unies et les organisations "
    ...            "régionales", documents=("S/2022/1",)).documents
    ('S/2022/1',)
    """

    title: str
    documents: tuple[str, ...] = ()
    subitems: tuple[str, ...] = ()


@attrs.frozen
class MeetingPart:
    """One document of a meeting published in several (S/PV.8699, S/PV.8699 (Resumption 1)).

    ``header`` holds the lines of that document's own front page.

    >>> MeetingPart("S/PV.8699 (Resumption 1)", suspended=True).suspended
    True
    """

    symbol: str | None
    date: dt.date | None = None
    opened_at: dt.time | None = None
    closed_at: dt.time | None = None
    suspended: bool = False
    header: tuple[str, ...] = ()
    source: Source | None = None



@attrs.frozen
class Meeting:
    """A meeting as its verbatim record gives it.

    ``symbol`` is canonical ("S/PV.8967"); ``language`` the ISO 639-1 code of the record;
    ``items`` the speaker turns and procedural notes in order. ``parts`` lists the documents of
    a meeting published in several; ``header`` the lines of the front page as printed (the
    fields above are parsed from them); ``diagnostics`` what the parser found odd.

    >>> turn = Intervention(Speaker(label="M. Zas (parle en russe) :", name="Zas"), ("Merci.",))
    >>> note = ProceduralNote(NoteKind.CLOSING, "La séance est levée à 13 h 15.")
    >>> meeting = Meeting(symbol="S/PV.8967", language="fr", items=(turn, note))
    >>> [s.name for s in meeting.speakers()], [n.kind.value for n in meeting.notes]
    (['Zas'], ['closing'])
    """

    symbol: str | None
    body: str | None = None
    number: int | None = None
    session: int | None = None
    year: int | None = None
    date: dt.date | None = None
    language: str | None = None
    place: str | None = None
    provisional: bool | None = None
    opened_at: dt.time | None = None
    closed_at: dt.time | None = None
    president: Delegate | None = None
    members: tuple[Delegate, ...] = ()
    agenda: tuple[AgendaItem, ...] = ()
    items: tuple[Intervention | ProceduralNote, ...] = ()
    parts: tuple[MeetingPart, ...] = ()
    header: tuple[str, ...] = ()
    source: Source | None = None
    diagnostics: tuple[Diagnostic, ...] = ()

    @property
    def interventions(self) -> tuple[Intervention, ...]:
        """The speaker turns, in order."""
        return tuple(item for item in self.items if isinstance(item, Intervention))

    @property
    def notes(self) -> tuple[ProceduralNote, ...]:
        """The procedural notes, in order."""
        return tuple(item for item in self.items if isinstance(item, ProceduralNote))

    def labelled_turns(self) -> tuple[Intervention, ...]:
        """One turn per printed speaker label, in order.

        A President's statement in national capacity is split off the chair's remarks into
        turns that share one label; this keeps the first of them, so the count is the
        record's own count of labels.
        """
        seen: set[tuple[int, int | None, str]] = set()
        turns = []
        for turn in self.interventions:
            key = (turn.part, turn.line, turn.speaker.label)
            if key not in seen:
                seen.add(key)
                turns.append(turn)
        return tuple(turns)

    def speakers(self) -> Iterator[Speaker]:
        """Every turn's speaker, in order (a speaker who speaks twice comes twice)."""
        return (turn.speaker for turn in self.interventions)
