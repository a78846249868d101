"""``parse_meeting``: a verbatim record's text or :class:`Document` → :class:`Meeting`."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Sequence

import attrs

from ..accounting import nothing_lost
from ..errors import DiagnosticError, NotAMeetingError
from ..model import (
    AgendaItem,
    Delegate,
    Diagnostic,
    Furniture,
    Intervention,
    Meeting,
    MeetingPart,
    NoteKind,
    ProceduralNote,
    Role,
    Severity,
)
from ..sources._document import Document, Line
from ..symbols import DocumentSymbol
from ._arabic import repair_lines
from ._front import FrontPage, find_symbol, parse_front
from ._labels import match_label
from ._lang import TABLES, Phrases
from ._membership import council_members
from ._procedure import (
    Invitee,
    document_symbols,
    invitations,
    match_note,
    vote_lists,
)
from ._scan import Block, scan
from ._text import ends_sentence, fold, fold_lines, hyphen_evidence, join_lines, vocabulary
from ._turns import Context, RawTurn, build_turns

__all__ = ["detect_language", "parse_meeting"]

_BODIES = {"S": "Security Council", "A": "General Assembly", "E": "Economic and Social Council"}
_JOB_PAGE = re.compile(
    r"^(?:\d{2}-\d{5}(?: \([A-Z]\))? \d+/\d+|\d+/\d+ \d{2}-\d{5}(?: \([A-Z]\))?)$"
)
_MEETING_NOTES = (NoteKind.OPENING, NoteKind.CLOSING, NoteKind.SUSPENSION,
                  NoteKind.RESUMPTION, NoteKind.AGENDA_ADOPTED)
_JOB = re.compile(r"^\d{2}-\d{5}(?: ?\([A-Z]\))?$")
_BARCODE = re.compile(r"^\*\d{7,}\*$")
_LEADERS = re.compile(r"(?:\. ?){3,}")
_REPAIR_SEVERITY = {"label-repaired": Severity.INFO, "delegation-unproven": Severity.WARNING,
                    "label-unrepaired": Severity.ERROR}
_ISO3 = re.compile(r"[A-Z]{3}")
_HEADER_DATE = re.compile(r"\b(\d{2})/(\d{2})/(\d{4})\b")


def parse_meeting(
    text_or_document: str | Document,
    *,
    name: str = "<string>",
    language: str | None = None,
    strict: bool = False,
) -> Meeting:
    """Parse a verbatim record into a :class:`~csto_un.Meeting`.

    ``text_or_document`` is the record's text or a :class:`~csto_un.sources.Document`;
    ``language`` (ISO 639-1) is detected when not given. What the parser could not place is
    reported in ``Meeting.diagnostics``; with ``strict=True`` the first diagnostic raises
    :class:`~csto_un.DiagnosticError` instead.

    >>> m = parse_meeting("The President: I declare the meeting open.\\n"
    ...                   "The meeting rose at 4 p.m.\\n", language="en")
    >>> [t.speaker.title for t in m.interventions], m.closed_at
    (['The President'], datetime.time(16, 0))
    """
    if isinstance(text_or_document, Document):
        document = text_or_document
    elif isinstance(text_or_document, str):
        document = _document(text_or_document, name)
    else:
        raise NotAMeetingError(f"not a text or document: {type(text_or_document).__name__}",
                               source=name)
    return nothing_lost(document, _Parse(document, language, strict).run(), strict=strict)


def detect_language(lines: Sequence[str]) -> str:
    """The language of a record (its lines folded), from the frequency of each table's common
    words; a short record without any is told by its script, then by the labels and
    procedural notes each table recognises in it ("M. Zas (parle en russe) :"), then English.
    """
    text = " " + " ".join(lines[:600]) + " "
    scores = {code: sum(text.count(w) for w in table.detect) for code, table in TABLES.items()}
    if not any(scores.values()):  # no common word at all (a short record): tell by the script
        for code, script in (("zh", _HAN), ("ru", _CYRILLIC), ("ar", _ARABIC)):
            if script.search(text):
                return code
        scores = {code: sum(1 for line in lines[:600] if match_label(line, table) is not None
                            or match_note(line, table) is not None)
                  for code, table in TABLES.items()}
        if not any(scores.values()):
            return "en"
    return max(sorted(scores), key=lambda code: scores[code])


_HAN = re.compile(r"[\u4e00-\u9fff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")


def _document(text: str, name: str) -> Document:
    from ..sources import read_string

    return read_string(text, name, "text")


class _Parse:
    def __init__(self, document: Document, language: str | None, strict: bool) -> None:
        self.document = document
        self.strict = strict
        self.diagnostics: list[Diagnostic] = []
        self.furniture: list[Furniture] = list(document.furniture)
        self.header_symbol: str | None = document.symbol
        self.header_date: dt.date | None = document.date
        self.lines, self.texts = self._strip_furniture(document.lines)
        self.language = (language or detect_language(self.texts)).lower()
        table = TABLES.get(self.language)
        if table is None:
            self.diagnose("unknown-language", f"no phrase table for language {language!r}; "
                          "reading it as English")
            table = TABLES["en"]
        self.table: Phrases = table
        lines, repairs = repair_lines(self.lines, table)  # right-to-left extraction damage
        if len(lines) != len(self.lines) or any(
            new is not old for new, old in zip(lines, self.lines, strict=True)
        ):
            self.texts = [fold(line.text) for line in lines]
        self.lines = lines
        for repair in repairs:
            self.diagnose(repair.code, repair.message, repair.line, _REPAIR_SEVERITY[repair.code])
        # Labels rebuilt whose delegation is not proven: their speakers' States stay unknown.
        self.unproven = {r.line.number for r in repairs if r.code == "delegation-unproven"}
        self.words = vocabulary(self.texts, folded=True)
        self.dehyphenate = hyphen_evidence(self.texts, self.words)

    def diagnose(self, code: str, message: str, line: Line | None = None,
                 severity: Severity = Severity.WARNING) -> None:
        diagnostic = Diagnostic(code=code, message=message, severity=severity,
                                line=line.number if line else None,
                                page=line.page if line else None, source=self.document.name)
        if self.strict:
            raise DiagnosticError(f"{code}: {message}", source=self.document.name,
                                  line=diagnostic.line, page=diagnostic.page)
        self.diagnostics.append(diagnostic)

    # -- furniture the sources layer left --------------------------------------------------
    def _strip_furniture(self, lines: Sequence[Line]) -> tuple[list[Line], list[str]]:
        """The lines that are not furniture, and their texts folded."""
        kept = []
        texts = []
        for line, text in zip(lines, fold_lines([line.text for line in lines]), strict=True):
            kind = None
            first = text[:1]  # quick tests first: most lines are none of these
            if first.isdigit() and (_JOB_PAGE.match(text) or _JOB.match(text)):
                kind = "job-number"
            elif first == "*" and _BARCODE.match(text):
                kind = "barcode"
            elif (len(text) < 250 and "/" in text and (date := _HEADER_DATE.search(text))
                  and (symbol := find_symbol(text))):
                kind = "header"
                self.header_symbol = self.header_symbol or symbol
                day, month, year = map(int, date.groups())
                if self.header_date is None:
                    with contextlib.suppress(ValueError):
                        self.header_date = dt.date(year, month, day)
            if kind is None:
                kept.append(line)
                texts.append(text)
            else:
                self.furniture.append(Furniture(kind=kind, text=line.text, page=line.page,
                                                line=line.number))
        return kept, texts

    # -- the whole ------------------------------------------------------------------------
    def run(self) -> Meeting:
        if not self.lines:
            raise NotAMeetingError("the document has no text", source=self.document.name)
        front_end = self._front_end()
        front = parse_front([line.text for line in self.lines[:front_end]], self.table)
        if front_end and front.president is None and front.symbol is None:
            front_end = 0
            front = FrontPage()
        header = tuple(line.text for line in self.lines[:front_end])
        blocks = scan(self.lines[front_end:], self.table, self.texts[front_end:])
        self.evidence = any(line.blank_before or line.indented for line in self.lines)
        symbol = front.symbol or self.header_symbol
        parsed = _symbol(symbol)
        body = _BODIES.get(parsed.organ) if parsed else None
        date = self._reconcile_date(front)
        known = [t for item in front.agenda for t in (item.title, *item.subitems)]
        items = self._items(blocks, body, date, front, known)
        notes = [i for i in items if isinstance(i, ProceduralNote)]
        agenda = front.agenda or self._agenda_from_notes(notes)
        president = front.president or next(
            (Delegate(country=t.speaker.country, country_code=t.speaker.country_code)
             for t in items if isinstance(t, Intervention) and t.national_capacity
             and t.speaker.country_code), None)
        opened = next((n.time for n in notes if n.kind in (NoteKind.OPENING,
                                                           NoteKind.RESUMPTION)), None)
        closed = next((n.time for n in reversed(notes) if n.kind is NoteKind.CLOSING), None)
        if not any(isinstance(i, Intervention) for i in items):
            meeting_signs = (front.president is not None or (parsed is not None and
                             parsed.series == "PV") or any(n.kind in _MEETING_NOTES
                                                           for n in notes))
            if not meeting_signs:
                raise NotAMeetingError("no speaker turn, procedural note or front page of a "
                                       "meeting record", source=self.document.name)
            self.diagnose("no-turns", "no speaker label was recognised in the record",
                          severity=Severity.ERROR)
        session = None
        if parsed and parsed.organ == "A" and parsed.session and parsed.session.isdigit():
            session = int(parsed.session)
        number = front.number
        if number is None and parsed and parsed.number and parsed.number.isdigit():
            number = int(parsed.number)
        suspended = bool(notes) and notes[-1].kind is NoteKind.SUSPENSION
        if suspended:
            closed = None
        source = attrs.evolve(self.document.source, furniture=tuple(self.furniture))
        part = MeetingPart(symbol=symbol, date=date, opened_at=opened,
                           closed_at=notes[-1].time if suspended else closed,
                           suspended=suspended, source=source)
        return Meeting(
            symbol=symbol, body=body, number=number, session=session,
            year=date.year if date else None, date=date, language=self.language,
            place=front.place, provisional=front.provisional, opened_at=opened,
            closed_at=closed, president=president, members=front.members,
            agenda=agenda, items=tuple(attrs.evolve(item, index=index)
                                       for index, item in enumerate(items)),
            header=header, parts=(part,), source=source,
            diagnostics=tuple(self.diagnostics),
        )

    def _reconcile_date(self, front: FrontPage) -> dt.date | None:
        """The meeting's date: the front page's, checked against its weekday and the headers."""
        date = front.date or self.header_date
        if front.date is None or front.weekday is None:
            return date
        if front.date.weekday() != front.weekday:
            near = [front.date + dt.timedelta(days=d) for d in (-1, 1)]
            fits = [d for d in near if d.weekday() == front.weekday]
            if fits:
                self.diagnose("date-conflict", f"the front page prints {front.date} with a "
                              f"weekday that fits the day next to it: {fits[0]} is taken")
                return fits[0]
        elif self.header_date not in (None, front.date):
            self.diagnose("date-conflict", f"the running header says {self.header_date}, the "
                          f"front page {front.date} with its weekday: the front page is taken")
        return date

    def _front_end(self) -> int:
        """Index of the first body line: the first opening note or label; 0 without one."""
        for index, text in enumerate(self.texts[:200]):
            if _LEADERS.search(text):
                continue
            note = match_note(text, self.table)
            if note is not None and note.kind in (NoteKind.OPENING, NoteKind.RESUMPTION):
                return index
            if match_label(text, self.table) is not None:
                return index
        return 0

    def _text(self, lines: Sequence[str]) -> str:
        """A paragraph of the scanner's (folded) lines, joined."""
        return join_lines(lines, self.words, dehyphenate=self.dehyphenate, folded=True)

    def _items(self, blocks: Sequence[Block], body: str | None, date: dt.date | None,
               front: FrontPage, known: list[str]) -> list[Intervention | ProceduralNote]:
        members = frozenset(m.country_code for m in front.members if m.country_code)
        if front.president and front.president.country_code:
            members |= {front.president.country_code}
        council = council_members(date.year if date else None)
        # A front page read only in part (damaged text) must not make a member an invited State.
        member_set = (members | council) if members and council else members or council
        if body == "Security Council" and member_set is None:
            self.diagnose("no-membership", "no member list and no Council membership for "
                          f"{date.year if date else 'an unknown year'}: roles of States unknown")
        briefers: list[Invitee] = []
        invited: list[str] = []
        joined = [[self._text(p) for p in block.paragraphs] if block.kind == "turn" else []
                  for block in blocks]
        for texts in joined:
            for text in texts:
                persons, states = invitations(text, self.table)
                briefers.extend(persons)
                invited.extend(states)
        president = front.president or Delegate()
        context = Context(table=self.table, language=self.language, body=body,
                          members=member_set, president_country=president.country,
                          president_code=president.country_code, briefers=tuple(briefers),
                          invited=frozenset(invited))
        items: list[Intervention | ProceduralNote] = []
        for position, block in enumerate(blocks):
            first_line = Line(text="", number=block.line, page=block.page)
            if block.kind == "turn" and block.label is not None:
                paragraphs = joined[position]
                followed_by_turn = (position + 1 < len(blocks)
                                    and blocks[position + 1].kind == "turn")
                glued = self._glued_headings(paragraphs, known, followed_by_turn)
                raw = RawTurn(label=block.label, printed=block.printed,
                              paragraphs=tuple(paragraphs[: len(paragraphs) - len(glued)]),
                              switches=tuple(block.switches), line=block.line, page=block.page)
                if not raw.paragraphs:
                    self.diagnose("empty-turn", f"no speech after {block.printed!r}", first_line)
                for turn in build_turns(raw, context):
                    if block.line in self.unproven:
                        turn = attrs.evolve(turn, speaker=attrs.evolve(
                            turn.speaker, country_code=None, role=Role.OTHER))
                    elif turn.speaker.country and turn.speaker.country_code is None:
                        self.diagnose("unknown-country", f"no ISO code for delegation "
                                      f"{turn.speaker.country!r}: not counted as a State",
                                      first_line)
                    items.append(turn)
                if glued:
                    self.diagnose("heading-in-turn", "agenda heading after a speech: "
                                  f"{glued[0][:60]!r}", first_line, Severity.INFO)
                    items.append(self._heading(glued, block))
            elif block.kind == "note" and block.note is not None:
                text = "\n".join(self._text(p) for p in block.paragraphs)
                lists = {k: self._text(v) for k, v in block.lists.items()}
                vote = (vote_lists(lists, self._text(block.paragraphs[0]), self.table)
                        if block.note.kind is NoteKind.VOTE else None)
                unknown = [n for n in (vote.in_favour + vote.against + vote.abstaining
                                       if vote else ()) if not _ISO3.fullmatch(n)]
                if unknown:
                    self.diagnose("vote-name-unknown", f"{len(unknown)} name(s) of a vote list "
                                  f"without ISO code, kept as printed: {unknown[:3]!r}",
                                  first_line)
                items.append(ProceduralNote(kind=block.note.kind, text=text,
                                            time=block.note.time, vote=vote,
                                            symbols=document_symbols(text, self.language),
                                            page=block.page, line=block.line))
            else:
                paragraphs = [self._text(p) for p in block.paragraphs]
                note = self._heading(paragraphs, block)
                after_note = position > 0 and blocks[position - 1].kind != "turn"
                before_turn = position + 1 < len(blocks) and blocks[position + 1].kind == "turn"
                prose = any(len(p) > 200 and ends_sentence(p) for p in paragraphs)
                heading = block.opened_by_heading or (
                    (after_note or before_turn) and not prose
                ) or all(p in known for p in paragraphs)
                if not heading:
                    note = attrs.evolve(note, kind=NoteKind.OTHER)
                    self.diagnose("text-outside-turn", "text that is neither a speech, a "
                                  f"procedural note nor a heading: {paragraphs[0][:60]!r}",
                                  first_line)
                known.extend(paragraphs)
                items.append(note)
        return items

    def _heading(self, paragraphs: Sequence[str], block: Block) -> ProceduralNote:
        text = "\n".join(paragraphs)
        return ProceduralNote(kind=NoteKind.AGENDA_ITEM, text=text,
                              symbols=document_symbols(text, self.language), page=block.page,
                              line=block.line)

    def _glued_headings(self, paragraphs: list[str], known: list[str],
                        followed_by_turn: bool) -> list[str]:
        """Trailing paragraphs of a turn that are agenda headings, not speech."""
        glued: list[str] = []
        for paragraph in reversed(paragraphs[1:]):
            if ends_sentence(paragraph):  # (paragraphs are folded)
                break
            heading_like = (self.evidence and followed_by_turn and len(paragraph) < 300
                            and paragraph[:1].isupper())
            if paragraph in known or heading_like:
                glued.insert(0, paragraph)
            else:
                break
        return glued

    def _agenda_from_notes(self, notes: Sequence[ProceduralNote]) -> tuple[AgendaItem, ...]:
        agenda = []
        for note in notes:
            if note.kind is NoteKind.AGENDA_ITEM and not match_note(note.text.split("\n")[0],
                                                                    self.table):
                lines = note.text.split("\n")
                if any(re.fullmatch(p, lines[0]) for p in self.table.adoption_headings):
                    continue
                if len(lines) > 1 and any(re.fullmatch(p, lines[0])
                                          for p in self.table.agenda_headings):
                    lines = lines[1:]  # "Agenda item 10 (continued)": the title follows
                agenda.append(AgendaItem(title=lines[0], documents=note.symbols,
                                         subitems=tuple(lines[1:])))
        return tuple(agenda)


def _symbol(symbol: str | None) -> DocumentSymbol | None:
    if symbol is None:
        return None
    try:
        return DocumentSymbol.parse(symbol)
    except Exception:
        return None
