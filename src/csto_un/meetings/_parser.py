"""``parse_meeting``: a verbatim record's text or :class:`Document` → :class:`Meeting`."""

from __future__ import annotations

import datetime as dt
import functools
import operator
import re
from collections.abc import Sequence

import attrs

from ..accounting import Carried, nothing_lost
from ..errors import DiagnosticError, NotAMeetingError
from ..folding import fold
from ..model import (
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
from ..sources import read_string
from ..sources._document import Document, Line
from ..symbols import DocumentSymbol
from ..text import Joiner
from ..words import ECONOMIC_AND_SOCIAL_COUNCIL, GENERAL_ASSEMBLY, SECURITY_COUNCIL, WORDS
from ._agenda import agenda_from_notes, presiding
from ._arabic import repair_lines
from ._detect import detect_language
from ._front import FrontPage, opens_section, parse_front
from ._labels import LabelMatch, match_label
from ._lang import TABLES, MeetingPhrases
from ._leftover import strip_furniture
from ._membership import council_members
from ._notices import strip_notices
from ._procedure import (
    NoteMatch,
    agenda_test,
    document_symbols,
    invitations_in,
    match_note,
    named_delegation,
    note_words,
    vote_lists,
)
from ._scan import Block, scan
from ._tables import ends_sentence, holds_any
from ._turns import Context, RawTurn, build_turns

__all__ = ["detect_language", "parse_meeting"]

# How a speech cut off mid-sentence ends (a point of order): never how a heading ends.
_CUT_OFF = ("—", "–", "-", ",", "…")

_BODIES = {"S": SECURITY_COUNCIL, "A": GENERAL_ASSEMBLY, "E": ECONOMIC_AND_SOCIAL_COUNCIL}
_MEETING_NOTES = (NoteKind.OPENING, NoteKind.CLOSING, NoteKind.SUSPENSION,
                  NoteKind.RESUMPTION, NoteKind.AGENDA_ADOPTED)
_LEADERS = re.compile(r"(?:\. ?){3,}")
_REPAIR_SEVERITY = {"label-repaired": Severity.INFO, "delegation-unproven": Severity.WARNING,
                    "label-unrepaired": Severity.ERROR}
_ISO3 = re.compile(r"[A-Z]{3}")
_FRONT_LINES = 200


def parse_meeting(
    text_or_document: str | Document,
    *,
    name: str = "<string>",
    language: str | None = None,
    strict: bool = False,
) -> Meeting:
    """Parse a verbatim record into a :class:`~csto_un.Meeting`.

    ``text_or_document`` is the record's text (plain or Markdown, told apart as for a file)
    or a :class:`~csto_un.sources.Document`;
    ``language`` (ISO 639-1) is detected when not given. What the parser could not place is
    reported in ``Meeting.diagnostics``; with ``strict=True`` the first diagnostic of warning
    level or above raises :class:`~csto_un.DiagnosticError` instead.

    >>> m = parse_meeting("The President: I declare the meeting open.\\n"
    ...                   "The meeting rose at 4 p.m.\\n", language="en")
    >>> [t.speaker.title for t in m.interventions], m.closed_at
    (['The President'], datetime.time(16, 0))
    """
    if isinstance(text_or_document, Document):
        document = text_or_document
    elif isinstance(text_or_document, str):
        document = read_string(text_or_document, name)  # Markdown told apart, as for files
    else:
        raise NotAMeetingError(f"not a text or document: {type(text_or_document).__name__}",
                               source=name)
    parse = _Parse(document, language, strict)
    meeting = parse.run()
    return nothing_lost(document, meeting, strict=strict, carried=parse.carried)


_WORD_BROKEN = re.compile(r"\w-$")  # a word broken at a line end, not a dash
_SUB_ITEM = re.compile(r"\(?[a-z]\) ")  # "(a) ", "a) ": a sub-item of an agenda item


class _Parse:
    def __init__(self, document: Document, language: str | None, strict: bool) -> None:
        self.document = document
        self.strict = strict
        self.diagnostics: list[Diagnostic] = []
        self.furniture: list[Furniture] = list(document.furniture)
        # Pieces of the parse that are lines of the document as they are, joined with spaces
        # (for the nothing-lost check, which proves each before it counts less).
        self.carried: list[Carried] = []
        stripped = strip_furniture(document.lines)
        self.furniture.extend(stripped.furniture)
        self.carried.extend(stripped.carried)
        self.header_symbol: str | None = document.symbol or stripped.symbol
        self.header_date: dt.date | None = document.date or stripped.date
        # (the texts joined once for the searches of the furniture and the notices)
        self.lines, self.texts, joined = stripped.lines, stripped.texts, stripped.joined
        self.language = (language or detect_language(self.texts)).lower()
        table = TABLES.get(self.language)
        if table is None:
            self.diagnose("unknown-language", f"no phrase table for language {language!r}; "
                          "reading it as English")
            table = TABLES["en"]
        self.table: MeetingPhrases = table
        lines, repairs = repair_lines(self.lines, table)  # right-to-left extraction damage
        if lines is not self.lines and (len(lines) != len(self.lines) or any(
            new is not old for new, old in zip(lines, self.lines, strict=True)
        )):  # (the same list: nothing repaired, most records)
            self.texts = [fold(line.text) for line in lines]
            joined = None
        self.lines = lines
        self.furniture.extend(strip_notices(self.lines, self.texts, table, joined))
        for repair in repairs:
            self.diagnose(repair.code, repair.message, repair.line, _REPAIR_SEVERITY[repair.code])
        # Labels rebuilt whose delegation is not proven: their speakers' States stay unknown.
        self.unproven = {r.line.number for r in repairs if r.code == "delegation-unproven"}
        self.agenda_heading = agenda_test(table)
        # The hyphen rule's evidence: the record's own words and habit, its language's compounds.
        self.joiner = Joiner.of(self.texts, WORDS[table.language].compounds, folded=True,
                                joined=joined)

    def diagnose(self, code: str, message: str, line: Line | None = None,
                 severity: Severity = Severity.WARNING) -> None:
        diagnostic = Diagnostic(code=code, message=message, severity=severity,
                                line=line.number if line else None,
                                page=line.page if line else None, source=self.document.name)
        if self.strict and DiagnosticError.stops(diagnostic):
            raise DiagnosticError.of(diagnostic)
        self.diagnostics.append(diagnostic)

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
        front_lines = self.lines[:front_end]
        if self._in_a_run(front_lines):  # one claim, else one a line
            self.carried.append((header, front_lines[0], front_end))
        else:
            self.carried.extend(((line.text,), line, 1) for line in front_lines)
        self.body = self.lines[front_end:]
        blocks = scan(self.body, self.table, self.texts[front_end:])
        symbol = front.symbol or self.header_symbol
        parsed = _symbol(symbol)
        body = _BODIES.get(parsed.organ) if parsed else None
        date = self._reconcile_date(front)
        known = [t for item in front.agenda for t in (item.title, *item.subitems)]
        items = self._items(blocks, body, date, front, known)
        notes = [i for i in items if isinstance(i, ProceduralNote)]
        agenda = front.agenda or agenda_from_notes(notes, self.table)
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
            agenda=agenda, items=tuple(items),  # (numbered when made)
            header=header, parts=(part,), source=source,
            diagnostics=tuple(self.diagnostics),
        )

    def _in_a_run(self, lines: Sequence[Line]) -> bool:
        """Whether ``lines`` (two or more, from the first lines of the record) are a run of
        the document's lines as they are (no furniture line between them, none repaired)."""
        if len(lines) < 2:
            return False
        first, document = lines[0], self.document.lines
        start = next((k for k, line in enumerate(document[:_FRONT_LINES]) if line is first), -1)
        return start >= 0 and all(map(operator.is_, lines, document[start : start + len(lines)]))

    def _reconcile_date(self, front: FrontPage) -> dt.date | None:
        """The meeting's date: the front page's, checked against its weekday and the headers."""
        date = front.date or self.header_date
        if front.date is None and date is not None:
            self.diagnose("date-from-header", f"no date on a front page: {date} is the running "
                          "header's, which may differ from the meeting's by a day (a record "
                          "dated when printed); the other language versions can tell",
                          severity=Severity.INFO)
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
        """Index of the first body line: the opening note (nobody speaks before the meeting
        opens: a "label" above it is a front-page line, "Председатель: г-н Афонсу (Мозамбик)"
        in a layout without dot leaders), else the first label; 0 without either."""
        first_label = None
        words = (":", *note_words(self.table))  # (a label holds a colon, a note its words)
        for index, text in enumerate(self.texts[:_FRONT_LINES]):
            if not holds_any(text, words) or _LEADERS.search(text):
                continue  # (most front-page lines hold neither)
            note = match_note(text, self.table)
            if note is not None and note.kind in (NoteKind.OPENING, NoteKind.RESUMPTION):
                return index
            if first_label is None and match_label(text, self.table) is not None:
                if not opens_section(text, self.table):
                    return index
                first_label = index  # "Председатель: …": the front page's, if a note follows
        return first_label or 0

    def _text(self, lines: Sequence[str]) -> str:
        """A paragraph of the scanner's (folded) lines, joined."""
        return self.joiner.join(lines, folded=True)

    def _texts(self, block: Block) -> list[str]:
        """A block's paragraphs joined, each told :attr:`carried` with its lines (the first
        with its label, when it starts on the label's line)."""
        texts = [self._text(p) for p in block.paragraphs]
        body = self.body
        self.carried.extend(((text,), body[start], len(lines)) for start, lines, text
                            in zip(block.starts, block.paragraphs, texts, strict=True)
                            if start >= 0)
        if block.label_start >= 0:
            start, used = block.label_start, block.label_lines
            if block.starts[:1] == [-1]:  # the speech starts on the label's last line
                self.carried.append(((block.printed, texts[0]), body[start],
                                     used + len(block.paragraphs[0]) - 1))
            else:
                self.carried.append(((block.printed,), body[start], used))
        return texts

    def _carry(self, text: str, block: Block) -> None:
        """``text``, a block's paragraphs joined with line ends, told :attr:`carried` with
        the block's lines (when they are all whole lines)."""
        if block.starts and min(block.starts) >= 0:
            start = block.starts[0]
            self.carried.append(((text,), self.body[start],
                                 block.starts[-1] + len(block.paragraphs[-1]) - start))

    def _items(self, blocks: Sequence[Block], body: str | None, date: dt.date | None,
               front: FrontPage, known: list[str]) -> list[Intervention | ProceduralNote]:
        joined = [self._texts(block) if block.kind == "turn" else [] for block in blocks]
        context = self._context(joined, body, date, front)
        items: list[Intervention | ProceduralNote] = []
        named: tuple[str, str] | None = None  # the delegation the chair gave the floor to
        chair: tuple[str, str] | None = None  # a Vice-President in the Chair
        for position, block in enumerate(blocks):
            if block.kind == "turn" and block.label is not None:
                followed_by_turn = (position + 1 < len(blocks)
                                    and blocks[position + 1].kind == "turn")
                named = self._turn(block, block.label, joined[position], context, items, known,
                                   named=named, chair=chair, followed_by_turn=followed_by_turn)
            elif block.kind == "note" and block.note is not None:
                if block.note.kind is NoteKind.CHAIR:
                    chair = presiding(block.note.chair, block.note.office, self.table)
                items.append(self._note(block, block.note, len(items)))
            else:
                self._unlabelled(blocks, position, items, known)
        return items

    def _context(self, joined: Sequence[Sequence[str]], body: str | None,
                 date: dt.date | None, front: FrontPage) -> Context:
        """What the turns are read against: the members (front page, or the Council's of the
        year), the briefers and States the President invites (from every turn's text)."""
        members = frozenset(m.country_code for m in front.members if m.country_code)
        if front.president and front.president.country_code:
            members |= {front.president.country_code}
        council = council_members(date.year if date else None)
        # A front page read only in part (damaged text) must not make a member an invited State.
        member_set = (members | council) if members and council else members or council
        if body == SECURITY_COUNCIL and member_set is None:
            self.diagnose("no-membership", "no member list and no Council membership for "
                          f"{date.year if date else 'an unknown year'}: roles of States unknown")
        briefers, invited = invitations_in([t for texts in joined for t in texts], self.table)
        president = front.president or Delegate()
        return Context(table=self.table, language=self.language, body=body,
                       members=member_set, president_country=president.country,
                       president_code=president.country_code, briefers=tuple(briefers),
                       invited=frozenset(invited))

    def _turn(self, block: Block, label: LabelMatch, paragraphs: list[str], context: Context,
              items: list[Intervention | ProceduralNote], known: list[str], *,
              named: tuple[str, str] | None, chair: tuple[str, str] | None,
              followed_by_turn: bool) -> tuple[str, str] | None:
        """A labelled block's turns (and an agenda heading glued after the speech) added to
        ``items``; returns the delegation a chair's last words give the floor to."""
        cut, glued = self._glued_headings(paragraphs, known, followed_by_turn)
        raw = RawTurn(label=label, printed=block.printed,
                      paragraphs=tuple(paragraphs[: len(paragraphs) - cut]),
                      switches=tuple(block.switches), line=block.line, page=block.page,
                      named=named, chair=chair)
        role = label.title_role
        named = (named_delegation(raw.paragraphs[-1], self.table)
                 if role is not None and role.is_chair and raw.paragraphs else None)
        if not raw.paragraphs:
            self.diagnose("empty-turn", f"no speech after {block.printed!r}", _at(block))
        for turn in build_turns(raw, context, len(items)):
            if block.line in self.unproven:
                turn = attrs.evolve(turn, speaker=attrs.evolve(
                    turn.speaker, country_code=None, role=Role.OTHER))
            elif (turn.speaker.country and turn.speaker.country_code is None
                  and not turn.speaker.country.startswith(self.table.secretariat_units)):
                # An observer of the Assembly is mostly no State ("European Union")
                self.diagnose("unknown-country", f"no ISO code for delegation "
                              f"{turn.speaker.country!r}: not counted as a State",
                              _at(block), Severity.INFO
                              if turn.speaker.role is Role.OBSERVER else Severity.WARNING)
            items.append(turn)
        if glued:
            if not all(p in known or self.agenda_heading(p) for p in glued):
                # a guess from the layout: said, though a heading is where it stands
                self.diagnose("heading-in-turn", "agenda heading after a speech: "
                              f"{glued[0][:60]!r}", _at(block), Severity.INFO)
            items.append(self._heading(glued, block, len(items)))
        return named

    def _note(self, block: Block, note: NoteMatch, index: int) -> ProceduralNote:
        """A procedural note's block, its vote lists read; ``index`` its position among the
        meeting's items."""
        text = "\n".join(self._text(p) for p in block.paragraphs)
        self._carry(text, block)
        lists = {k: self._text(v) for k, v in block.lists.items()}
        vote = (vote_lists(lists, self._text(block.paragraphs[0]), self.table)
                if note.kind is NoteKind.VOTE else None)
        unknown = [n for n in (vote.in_favour + vote.against + vote.abstaining
                               if vote else ()) if not _ISO3.fullmatch(n)]
        if unknown:
            self.diagnose("vote-name-unknown", f"{len(unknown)} name(s) of a vote list "
                          f"without ISO code, kept as printed: {unknown[:3]!r}",
                          _at(block))
        return ProceduralNote(kind=note.kind, text=text, time=note.time, vote=vote,
                              symbols=document_symbols(text, self.language),
                              index=index, page=block.page, line=block.line)

    def _unlabelled(self, blocks: Sequence[Block], position: int,
                    items: list[Intervention | ProceduralNote], known: list[str]) -> None:
        """A block without a label: the speech before a note going on, a heading, or text
        that is neither (a note of kind OTHER, said)."""
        block = blocks[position]
        paragraphs = self._texts(block)
        after_note = position > 0 and blocks[position - 1].kind == "note"
        speaker = next((i for i in reversed(items) if isinstance(i, Intervention)), None)
        previous = blocks[position - 1] if position else None
        after_chair = (after_note and previous is not None and previous.note is not None
                       and previous.note.kind is NoteKind.CHAIR)
        if (after_note and speaker is not None and not block.opened_by_heading
                and (after_chair or self._speech(paragraphs, known))):
            # no label after a note: the speaker before it goes on ("I shall now give
            # the floor to members who wish to speak after the vote.")
            items.append(attrs.evolve(speaker, paragraphs=tuple(paragraphs),
                                      switches=tuple(block.switches), page=block.page,
                                      index=len(items)))
            return
        note = self._heading(paragraphs, block, len(items))
        self._carry(note.text, block)
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
                          _at(block))
        known.extend(paragraphs)
        items.append(note)

    def _speech(self, paragraphs: Sequence[str], known: Sequence[str]) -> bool:
        """Whether unlabelled paragraphs read as speech, not as a heading: each ends a
        sentence, none is a heading the record names or an agenda heading by its words."""
        return all(ends_sentence(p) and p not in known and not self.agenda_heading(p)
                   and match_note(p, self.table) is None for p in paragraphs)

    def _heading(self, paragraphs: Sequence[str], block: Block, index: int) -> ProceduralNote:
        """An agenda heading's note, ``index`` its position among the meeting's items."""
        text = "\n".join(paragraphs)
        return ProceduralNote(kind=NoteKind.AGENDA_ITEM, text=text,
                              symbols=document_symbols(text, self.language), index=index,
                              page=block.page, line=block.line)

    @functools.cached_property
    def evidence(self) -> bool:
        """Whether the record's lines give paragraph evidence (a blank line or an indent)."""
        return any(line.blank_before or line.indented for line in self.lines)

    def _glued_headings(self, paragraphs: list[str], known: list[str],
                        followed_by_turn: bool) -> tuple[int, list[str]]:
        """How many trailing paragraphs of a turn are agenda headings, not speech, and the
        headings they make. A heading wrapped under a hanging indent reads as two paragraphs,
        the second in lower case ("(b) Human rights questions, including alternative" and
        "approaches for improving …", A/65/PV.71): they make one heading."""
        glued: list[str] = []
        count, tail = 0, ""
        may_guess: bool | None = None  # (read once a paragraph ends no sentence)
        for index in range(len(paragraphs) - 1, 0, -1):
            paragraph = paragraphs[index]
            broken = bool(tail) and _WORD_BROKEN.search(paragraph) is not None  # "follow-"
            if ends_sentence(paragraph) or (paragraph.endswith(_CUT_OFF) and not broken):
                break  # a sentence, or a speech cut off by a point of order ("… —")
            if may_guess is None:
                may_guess = followed_by_turn and self.evidence
            if may_guess and not tail and paragraph[:1].islower():
                tail = paragraph  # the rest of a heading, if a heading's start stands above
                continue
            # (a sub-item's heading starts with its letter: "(a) Implementation of …")
            mark = _SUB_ITEM.match(paragraph)
            title = paragraph[mark.end() :] if mark else paragraph
            if not (paragraph in known or (may_guess and len(paragraph) < 300
                                           and title[:1].isupper())):
                break
            glued.insert(0, self._text([paragraph, tail]) if tail else paragraph)
            count, tail = len(paragraphs) - index, ""
        return count, glued


def _at(block: Block) -> Line:
    """Where a block starts, for a diagnostic (made only when one is said)."""
    return Line(text="", number=block.line, page=block.page)


def _symbol(symbol: str | None) -> DocumentSymbol | None:
    """The record's symbol read (``None``: none, or none that reads), remembered per process
    (:func:`_read_symbol`)."""
    return None if symbol is None else _read_symbol(symbol)


@functools.lru_cache(maxsize=256)
def _read_symbol(symbol: str) -> DocumentSymbol | None:
    """:func:`_symbol` of a symbol: the same canonical symbol read for the front page, the
    headers and the meeting (a :class:`DocumentSymbol` is frozen, so one can be shared)."""
    try:
        return DocumentSymbol.parse(symbol)
    except Exception:
        return None

