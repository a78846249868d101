"""A verbatim record as an AKN4UN ``debate`` (AKN4UN Part 2, "6 Document Class: Meeting Records").

``preface`` holds the front matter (organ, symbol, date, president, members, agenda);
``debateBody`` one ``debateSection`` per agenda item heading of the record, each speaker turn a
``speech`` (``by`` a TLCPerson, ``as`` a TLCRole, ``<from>`` the label as printed, one ``p`` per
paragraph); procedural notes become ``narrative`` or ``summary``; the closing line an
``adjournment`` in a ``debateSection name="conclusion"``.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET

from ..countries import country_name
from ..model import Intervention, Meeting, NoteKind, ProceduralNote, Role, Vote
from ._export import Export
from ._frbr import SOURCE, Identity, identification, new_document
from ._iri import cited_iri, iri_number, work_iri
from ._preface import meeting_preface
from ._xml import Inline, fill, sub

_DELEGATIONS = (Role.COUNCIL_MEMBER, Role.INVITED_STATE, Role.MEMBER_STATE, Role.OBSERVER_STATE,
                Role.OBSERVER)

__all__ = ["meeting_document"]

# Procedural notes that report an outcome are ``summary``; the others ``narrative``.
_SUMMARY_KINDS = frozenset(
    {NoteKind.VOTE, NoteKind.ADOPTION, NoteKind.DECISION, NoteKind.AGENDA_ADOPTED}
)
_TIME_TYPES = {
    NoteKind.OPENING: "startEvent",
    NoteKind.RESUMPTION: "startEvent",
    NoteKind.SUSPENSION: "endEvent",
    NoteKind.CLOSING: "endEvent",
}
_CHOICES = (
    ("in_favour", "inFavour", "In favour"),
    ("against", "against", "Against"),
    ("abstaining", "abstaining", "Abstaining"),
)
_PARENTHESES = re.compile(r"[(（][^()（）]*[)）]")


class _Meeting(Export):
    """The state of one export: the references registry and the section being filled."""

    def __init__(self, meeting: Meeting) -> None:
        super().__init__(meeting.language, meeting.symbol, meeting.body)
        self.meeting = meeting
        self.delegates = {d.country_code: d for d in meeting.members if d.country_code}
        self.sections = 0
        self.votes = 0
        self.voting: list[tuple[str, str, Vote]] = []

    # -- references ---------------------------------------------------------------------------
    def speaker_person(self, turn: Intervention) -> str:
        speaker = turn.speaker
        president = self.meeting.president
        if speaker.role is Role.PRESIDENT and president is not None and president.name:
            person = self.delegate_person(president)
            if person:
                return person
        if speaker.name:
            delegate = self.delegates.get(speaker.country_code or "")
            if (
                delegate
                and delegate.name
                and _squeezed(speaker.name)
                and _squeezed(speaker.name) in _squeezed(delegate.name)
            ):
                person = self.delegate_person(delegate)
                if person:
                    return person
            shown = speaker.full_name or _display_name(
                speaker.label, speaker.name, speaker.honorific
            )
            return self.refs.person(
                f"{speaker.country_code or speaker.country}|{speaker.name}", shown
            )
        title = speaker.title or speaker.label
        return self.refs.person(f"title|{title}", title)

    def speaker_role(self, turn: Intervention) -> str:
        speaker = turn.speaker
        if turn.national_capacity:
            president = self.meeting.president
            code = speaker.country_code or (president.country_code if president else None)
            name = speaker.country or (president.country if president else None)
            return self.representative(code, name)
        if speaker.role is Role.PRESIDENT:
            return self.refs.role("president", "President")
        if speaker.role is Role.ACTING_PRESIDENT:
            return self.refs.role("actingPresident", "Acting President")
        if speaker.role is Role.SECRETARY_GENERAL:
            return self.refs.role("secretaryGeneral", "Secretary-General")
        if speaker.role is Role.BRIEFER:
            return self.refs.role("briefer", "Briefer")
        if speaker.role in _DELEGATIONS or speaker.country:
            return self.representative(speaker.country_code, speaker.country)
        return self.refs.role("speaker", "Speaker")

    # -- body ---------------------------------------------------------------------------------
    def new_section(self, body: ET.Element, name: str) -> ET.Element:
        self.sections += 1
        return sub(body, "debateSection", name=name, eId=f"dbsect_{self.sections}")

    def speech(self, section: ET.Element, turn: Intervention, number: int) -> None:
        person = self.speaker_person(turn)
        role = self.speaker_role(turn)
        eid = f"{section.get('eId')}__speech_{number}"
        speech = sub(section, "speech", by=f"#{person}", as_=f"#{role}", eId=eid)
        self.label(speech, turn, person)
        switches = {s.paragraph: s for s in turn.switches}
        for index, paragraph in enumerate(turn.paragraphs):
            switch = switches.get(index)
            if switch is not None:
                note = sub(speech, "p")
                sub(
                    note,
                    "inline",
                    switch.note,
                    name="note",
                    status="edited",
                    refersTo=f"#{self.language_concept(switch.language)}",
                )
            sub(speech, "p", paragraph)
        if not turn.paragraphs:
            sub(speech, "p")

    def label(self, speech: ET.Element, turn: Intervention, person: str) -> None:
        speaker = turn.speaker
        label = speaker.label
        spans: list[Inline] = []
        country_at = label.find(speaker.country) if speaker.country else -1
        if speaker.country and country_at >= 0:
            org = self.country(speaker.country_code, speaker.country)
            spans.append(
                Inline(
                    country_at,
                    country_at + len(speaker.country),
                    "organization",
                    refersTo=f"#{org}",
                )
            )
        if turn.language and not turn.language_inferred:
            notes = [
                m for m in _PARENTHESES.finditer(label) if not (m.start() <= country_at < m.end())
            ]
            if notes:
                note = notes[-1]
                spans.append(
                    Inline(
                        note.start(),
                        note.end(),
                        "inline",
                        name="originalLanguage",
                        refersTo=f"#{self.language_concept(turn.language)}",
                    )
                )
        fill(sub(speech, "from", refersTo=f"#{person}"), label, spans)

    def note(self, section: ET.Element, note: ProceduralNote, number: int) -> None:
        tag = "summary" if note.kind in _SUMMARY_KINDS else "narrative"
        kind = self.refs.concept(_camel(note.kind.value), note.kind.value)
        eid = f"{section.get('eId')}__{tag}_{number}"
        element = sub(section, tag, eId=eid, refersTo=f"#{kind}")
        self.recorded_time(element, note)
        fill(element, note.text, self.symbol_spans(note))
        if note.vote is not None:
            self.vote(section, eid, note.vote)

    def recorded_time(self, parent: ET.Element, note: ProceduralNote) -> None:
        date = self.meeting.date
        if note.time is None or date is None:
            return
        stamp = dt.datetime.combine(date, note.time).isoformat()
        sub(parent, "recordedTime", time=stamp, type=_TIME_TYPES.get(note.kind, "startEvent"))

    def symbol_spans(self, note: ProceduralNote) -> list[Inline]:
        spans = []
        for symbol in note.symbols:
            at = note.text.find(symbol)
            if at >= 0:
                spans.append(Inline(at, at + len(symbol), "ref", href=cited_iri(symbol)))
        return spans

    def vote(self, section: ET.Element, summary: str, vote: Vote) -> None:
        self.votes += 1
        eid = f"vote_{self.votes}"
        block = sub(
            section,
            "blockList",
            eId=eid,
            refersTo="#" + self.refs.concept("vote", "vote"),
            status="editorial",
        )
        for field, choice, shown in _CHOICES:
            voters: tuple[str, ...] = getattr(vote, field)
            concept = self.refs.concept(choice, shown)
            item = sub(block, "item", eId=f"{eid}__item_{choice}")
            p = sub(item, "p")
            sub(
                p,
                "quantity",
                str(len(voters)),
                eId=f"{eid}__qty_{choice}",
                normalized=str(len(voters)),
                refersTo=f"#{concept}",
            )
            voting = []
            for voter in voters:
                code = voter if re.fullmatch(r"[A-Z]{3}", voter) else None
                shown_name = self._country_name(code) if code else voter
                org = self.refs.country(code, shown_name)
                voting.append(sub(p, "vote", shown_name, by=f"#{org}", choice=f"#{concept}"))
            if voting:
                p[0].tail = ": "
            for element in voting[:-1]:
                element.tail = ", "
        self.voting.append((eid, summary, vote))

    def _country_name(self, code: str) -> str:
        for delegate in (*self.meeting.members, self.meeting.president):
            if delegate is not None and delegate.country_code == code and delegate.country:
                return delegate.country
        for speaker in self.meeting.speakers():
            if speaker.country_code == code and speaker.country:
                return speaker.country
        return country_name(code, self.meeting.language or "en") or code

    def body(self, document: ET.Element) -> None:
        body = sub(document, "debateBody")
        section: ET.Element | None = None
        counters: dict[str, int] = {}
        headed = False  # the current section has a heading and nothing else yet
        has_agenda_notes = any(n.kind is NoteKind.AGENDA_ITEM for n in self.meeting.notes)

        def count(name: str) -> int:
            counters[name] = counters.get(name, 0) + 1
            return counters[name]

        def fresh(name: str) -> ET.Element:
            counters.clear()
            return self.new_section(body, name)

        for item in self.meeting.items:
            if isinstance(item, ProceduralNote) and item.kind is NoteKind.AGENDA_ITEM:
                if section is not None and headed and section.find("subheading") is None:
                    sub(section, "subheading", item.text)
                    continue
                section = fresh("agendaItem")
                sub(section, "heading", item.text)
                headed = True
                continue
            if isinstance(item, ProceduralNote) and item.kind is NoteKind.CLOSING:
                section = fresh("conclusion")
                adjournment = sub(section, "adjournment", eId=f"{section.get('eId')}__adjournment")
                p = sub(adjournment, "p")
                self.recorded_time(p, item)
                fill(p, item.text)
                headed = False
                continue
            if section is None or section.get("name") == "conclusion":
                section = fresh("opening" if section is None and has_agenda_notes else "section")
            headed = False
            if isinstance(item, Intervention):
                self.speech(section, item, count("speech"))
            else:
                tag = "summary" if item.kind in _SUMMARY_KINDS else "narrative"
                self.note(section, item, count(tag))
        if section is None:
            sub(fresh("section"), "p")

    # -- metadata -----------------------------------------------------------------------------
    def meta(self, meta: ET.Element, markup_date: dt.date | None) -> None:
        meeting = self.meeting
        symbol = meeting.symbol or _fallback_number(meeting)
        date = meeting.date.isoformat() if meeting.date else None
        work = work_iri("debate", "verbatimRecord", symbol, date, self.organ)
        identification(
            meta,
            Identity(
                work=work,
                subtype="verbatimRecord",
                number=iri_number(symbol),
                number_shown=symbol,
                language=self.language,
                date=meeting.date,
                version=meeting.date,
                authors=((self.organ_eid, None),),
                organ=self.organ_eid,
                markup_date=markup_date,
                aliases=tuple(
                    (part.symbol, "part")
                    for part in meeting.parts
                    if part.symbol and part.symbol != meeting.symbol
                ),
            ),
        )
        if self.voting:
            analysis = sub(meta, "analysis", source=f"#{SOURCE}")
            parliamentary = sub(analysis, "parliamentary")
            for eid, summary, vote in self.voting:
                voting = sub(
                    parliamentary,
                    "voting",
                    eId=f"{eid}__voting",
                    href=f"#{summary}",
                    refersTo="#vote",
                )
                for field, choice, _ in _CHOICES:
                    voters = getattr(vote, field)
                    sub(
                        voting,
                        "count",
                        eId=f"{eid}__count_{choice}",
                        value=str(len(voters)),
                        refersTo=f"#{choice}",
                        href=f"#{eid}__qty_{choice}",
                    )
        self.close_meta(meta)


def _squeezed(name: str) -> str:
    """A name for comparison: case folded, without spaces or punctuation."""
    return re.sub(r"[\W_]+", "", name.casefold())


def _display_name(label: str, name: str, honorific: str | None) -> str:
    """The name with its honorific as the label prints them: "M. Zas", "伍德先生"."""
    if not honorific:
        return name
    for shown in (f"{honorific} {name}", f"{name}{honorific}", f"{name} {honorific}"):
        if shown in label:
            return shown
    return f"{honorific} {name}"


def _camel(value: str) -> str:
    head, *rest = value.split("-")
    return head + "".join(word.capitalize() for word in rest)


def _fallback_number(meeting: Meeting) -> str:
    if meeting.number is not None:
        return str(meeting.number)
    return "nn"


def meeting_document(meeting: Meeting, *, markup_date: dt.date | None = None) -> ET.Element:
    """The ``akomaNtoso`` element of a meeting's verbatim record."""
    state = _Meeting(meeting)
    root, document, meta = new_document("debate", "verbatimRecord")
    meeting_preface(state, meeting, document)
    state.body(document)
    state.meta(meta, markup_date)
    return root
