"""Cutting a record's body into blocks: speaker turns, procedural notes, agenda headings.

The scanner walks the lines once. A label at a paragraph start opens a turn; a paragraph that
is a procedural sentence becomes a note (a vote note takes its lists with it); an agenda
heading, or text between a note and the next label, becomes a heading block; everything else
is a paragraph of the open turn. Paragraph starts come from the source's evidence (blank line,
indent) or, for text without any, from a sentence ending on a short line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from ..countries import split_countries
from ..model import LanguageSwitch, NoteKind
from ..sources._document import Line
from ._labels import LabelMatch, label_heads, language_of_note, match_label
from ._lang import MeetingPhrases
from ._procedure import NoteMatch, agenda_and_note_starts, agenda_test, match_note, vote_head
from ._tables import sentence_ends

__all__ = ["Block", "scan"]

_ENUMERATION = re.compile(r"\(\w{1,4}\) ")
_LABEL_LINES = 3
_NOTE_LINES = 4


@attrs.define
class Block:
    """A run of the body: ``kind`` is ``turn``, ``note`` or ``heading``.

    ``paragraphs`` hold the printed lines of each paragraph, folded
    (:func:`csto_un.folding.fold`), and ``starts`` the index of each one's first line among
    the lines scanned (-1 for the rest of a label's line); a turn has its ``label`` (printed
    on ``label_lines`` lines from the scanned line ``label_start``), a note its ``note`` match
    and vote ``lists``.
    """

    kind: str
    line: int
    page: int
    paragraphs: list[list[str]] = attrs.Factory(list)
    starts: list[int] = attrs.Factory(list)
    label: LabelMatch | None = None
    printed: str = ""
    note: NoteMatch | None = None
    lists: dict[str, list[str]] = attrs.Factory(dict)
    switches: list[LanguageSwitch] = attrs.Factory(list)
    opened_by_heading: bool = False
    label_start: int = -1
    label_lines: int = 0

    def open_paragraph(self, text: str, start: int) -> None:
        """A new paragraph of one line, ``text``, the scanned line ``start`` (-1: a part)."""
        self.paragraphs.append([text])
        self.starts.append(start)


class _Scanner:
    def __init__(self, lines: Sequence[Line], table: MeetingPhrases, texts: Sequence[str]) -> None:
        self.lines = lines
        self.texts = texts
        self.table = table
        self.agenda_heading = agenda_test(table)
        # What an agenda heading and a vote list's head start with (``None``: anything): a
        # line starting otherwise is asked neither test.
        self.agenda_starts = agenda_and_note_starts(table)[0]
        self.vote_starts = tuple(head for head, _ in table.vote_heads)
        flagged = sum(1 for line in lines if line.blank_before or line.indented)
        self.evidence = flagged >= max(2, len(lines) // 40)
        lengths = sorted(map(len, filter(None, self.texts)))
        self.width = lengths[int(len(lengths) * 0.8)] if lengths else 0
        # Whether each line ends a sentence, and (filled as asked) whether it starts a paragraph.
        self.terminal = sentence_ends(self.texts)
        self.next_colon = _next_colons(self.texts)
        # What a label starts with (``None``: anything), and the longest of them: a line
        # longer than that which starts with none of them starts no label.
        self.heads = label_heads(table)
        self.longest_head = max(map(len, self.heads or ("",)))
        self.starts: list[bool | None] = [None] * len(lines)
        self.blocks: list[Block] = []
        self.current: Block | None = None
        self.new_paragraph = False

    # -- evidence ---------------------------------------------------------------------------
    def terminal_before(self, i: int) -> bool:
        return i == 0 or self.terminal[i - 1]

    def para_start(self, i: int) -> bool:
        start = self.starts[i]
        if start is None:
            start = self.starts[i] = self._para_start(i)
        return start

    def _para_start(self, i: int) -> bool:
        if i == 0:
            return True
        line, previous = self.lines[i], self.texts[i - 1]
        if self.evidence:
            if not (line.blank_before or line.indented):
                return self._heading_after_sentence(i)
            before = self.lines[i - 1]
            if line.indented and before.indented and not self.terminal[i - 1]:
                return False  # an indented block (a quotation) goes on
            open_sentence = not self.terminal[i - 1]
            continuation = previous.endswith("-") or (
                open_sentence
                and (self.texts[i][:1].islower() or len(previous) >= 0.7 * self.width)
            )
            return line.indented or not continuation
        return self.terminal[i - 1] and len(previous) < 0.85 * self.width

    def _heading_after_sentence(self, i: int) -> bool:
        """An agenda heading's first line printed right under the sentence before it, with no
        gap ("It was so decided." then "Agenda item 52 (continued)"): a short line of the
        heading's wording that ends no sentence."""
        text = self.texts[i]
        if not self.terminal[i - 1] or self.terminal[i]:
            return False
        # Or a line set wholly in bold under a sentence: a heading's first line, here at the
        # top of a column ("It was so decided." then "(b) Human rights questions, …",
        # A/65/PV.71).
        return (len(text) < 0.7 * self.width and self.agenda_heading(text)) or _bold(
            self.lines[i])

    def heading_start(self, i: int) -> bool:
        """In a heading, centred lines are "indented": only a gap or "(b) " starts a line."""
        if not self.evidence:
            return self.para_start(i)
        return self.lines[i].blank_before or bool(_ENUMERATION.match(self.texts[i]))

    def candidate(self, i: int) -> bool:
        line = self.lines[i]
        return (not self.evidence or line.indented or line.blank_before
                or self.terminal_before(i))

    # -- recognisers ------------------------------------------------------------------------
    def may_open_label(self, i: int) -> bool:
        """Whether a label can start at line ``i``, by its head alone: the lines joined from
        it start with the line (or, at a hyphen, with all of it but the hyphen), so a line
        longer than every head that starts with none starts no label."""
        text, heads = self.texts[i], self.heads
        return heads is None or len(text) <= self.longest_head or text.startswith(heads)

    def label_at(self, i: int) -> tuple[LabelMatch, int, str, str] | None:
        if self.next_colon[i] >= i + _LABEL_LINES or not self.may_open_label(i):
            return None  # every label ends in a colon (full-width ones are folded)
        joined = self.texts[i].strip()
        if ":" in joined:  # a label on its line (most): nothing joined
            return self._label_read(joined, i, 1)
        for k in range(1, _LABEL_LINES):
            if i + k >= len(self.lines):
                return None
            # (the bracket count last: a paragraph start under an open bracket is no end)
            if (self.evidence and self.para_start(i + k)
                    and joined.count("(") <= joined.count(")")):
                return None
            text = self.texts[i + k]
            if joined.endswith("-") and text[:1].islower():
                joined = joined[:-1] + text
            else:
                joined = f"{joined} {text}".strip()
            if ":" in joined:  # a label ends in a colon: read on until one comes
                return self._label_read(joined, i, k + 1)
        return None

    def _label_read(
        self, joined: str, i: int, used: int
    ) -> tuple[LabelMatch, int, str, str] | None:
        """The label at the start of ``joined`` (``used`` lines from line ``i`` joined), the
        lines it takes, its printed form and the speech after it on its last line."""
        match = match_label(joined, self.table)
        if match is None:
            return None
        printed = self.lines[i].text.strip() if used == 1 else " ".join(
            stripped for line in self.lines[i : i + used] if (stripped := line.text.strip()))
        return match, used, _printed_label(printed), joined[match.end :]

    def note_at(self, i: int) -> tuple[NoteMatch, int] | None:
        """The note of up to four lines from line ``i``, ending where a block ends, and how
        many lines it takes; ``None`` when a paragraph start or a label comes first."""
        if self.evidence:
            # The block ends at the paragraph's end: only that many lines can be a note.
            for used in range(1, _NOTE_LINES + 1):
                if self.block_ends(i + used):
                    break
            else:
                return None
            if i + used > len(self.lines):
                return None
            match = match_note(_note_text(self.texts[i : i + used]), self.table)
            return None if match is None or self._label_within(i, used) else (match, used)
        count, terminal = len(self.lines), self.terminal
        for used in range(1, min(_NOTE_LINES, count - i) + 1):
            if i + used == count or terminal[i + used - 1]:  # a note ends a block: test there
                match = match_note(_note_text(self.texts[i : i + used]), self.table)
                if match is not None:
                    return None if self._label_within(i, used) else (match, used)
        # (A label on a later line of the four ends the note's lines before it: no note ends
        # before the label, so none is found. The labels are looked for only under a note.)
        return None

    def _label_within(self, i: int, used: int) -> bool:
        """Whether a line after line ``i`` among ``used`` lines from it opens with a label."""
        return any(match_label(self.texts[i + k], self.table) is not None
                   for k in range(1, used))

    def block_ends(self, j: int) -> bool:
        if j >= len(self.lines):
            return True
        if self.evidence:
            return self.para_start(j)
        return self.terminal[j - 1]

    def switch_at(self, i: int) -> str | None:
        text = self.texts[i]
        if not (text.startswith("(") and text.endswith(")")):
            return None
        inner = text[1:-1].strip()
        for pattern in self.table.switches:
            match = re.fullmatch(pattern, inner)
            if match:
                return language_of_note(match.group("language"), self.table)
        return None

    # -- the walk ---------------------------------------------------------------------------
    def close(self) -> None:
        if self.current is not None:
            self.blocks.append(self.current)
        self.current = None

    def _going_on(self, i: int) -> int:
        """Where the run of lines from line ``i`` (not blank) that can only go on with the
        open turn's last paragraph ends, those lines appended to it (``i`` when line ``i``
        is not one): the line before ends no sentence (or, without paragraph evidence, ends
        one under a long line where no note starts), and no label (no colon near, or no
        paragraph evidence), note, heading, language switch or paragraph can start here —
        the walk's answer for most lines, given in a few tests a line in one loop
        (``tests/test_meetings_fast_paths.py``). Blank lines inside the run are passed."""
        current = self.current
        if (i == 0 or current is None or current.kind != "turn" or not current.paragraphs
                or self.new_paragraph):
            return i
        paragraph, texts, terminal = current.paragraphs[-1], self.texts, self.terminal
        count = len(self.lines)
        if self.evidence:
            lines = self.lines
            while i < count:
                text = texts[i]
                if text:
                    line = lines[i]
                    if (terminal[i - 1] or text[0] == "(" or line.blank_before
                            or line.indented):
                        break
                    paragraph.append(text)
                i += 1
            return i
        next_colon, short = self.next_colon, 0.85 * self.width
        while i < count:
            text = texts[i]
            if text:
                if text[0] == "(" or (next_colon[i] < i + _LABEL_LINES
                                      and self.may_open_label(i)):
                    break  # (a label may start here)
                # After a sentence's end under a long line (no paragraph start, so no vote
                # list, heading or paragraph either), only a note can start here.
                if terminal[i - 1] and (len(texts[i - 1]) < short or self.note_at(i)):
                    break
                paragraph.append(text)
            i += 1
        return i

    def run(self) -> list[Block]:
        i = 0
        while i < len(self.lines):
            text = self.texts[i]
            if not text:
                i += 1
                continue
            end = self._going_on(i)
            if end > i:
                i = end
                continue
            line = self.lines[i]
            if self.candidate(i):
                label = self.label_at(i)
                if label is not None:
                    match, used, printed, rest = label
                    self.close()
                    self.current = Block("turn", line.number, line.page, label=match,
                                         printed=printed, label_start=i, label_lines=used)
                    if rest.strip():
                        self.current.open_paragraph(rest, -1)
                    self.new_paragraph = False
                    i += used
                    continue
                after_heading = self.current is not None and self.current.kind == "heading"
                note = (self.note_at(i)
                        if self.terminal_before(i) or self.para_start(i) or after_heading
                        or self.current is None
                        else None)
                if note is not None:
                    i = self.take_note(i, *note)
                    continue
                if (text.startswith(self.vote_starts) and self.para_start(i)
                        and vote_head(text, self.table) is not None):
                    # "In favour:", "Голосовали за:" — a vote list by its wording, even where
                    # the sentence announcing the vote was not recognised: never speech, never
                    # an agenda heading
                    i = self.take_note(i, NoteMatch(kind=NoteKind.VOTE), 0)
                    continue
            if (self.para_start(i) and (self.agenda_starts is None or text[0] in self.agenda_starts)
                    and self.agenda_heading(text)):
                self.close()
                self.current = Block("heading", line.number, line.page, opened_by_heading=True)
                self.current.open_paragraph(text, i)
                self.new_paragraph = True
                i += 1
                continue
            switch = self.switch_at(i) if text[0] == "(" else None
            speech = self._open_speech() if switch is not None else None
            if switch is not None and speech is not None:
                speech.switches.append(LanguageSwitch(
                    paragraph=len(speech.paragraphs), language=switch, note=text))
                self.new_paragraph = True
                i += 1
                continue
            if self.current is None:
                self.current = Block("heading", line.number, line.page)
                self.new_paragraph = True
            starts = (self.heading_start(i) if self.current.kind == "heading"
                      else self.para_start(i))
            if self.new_paragraph or starts or not self.current.paragraphs:
                self.current.open_paragraph(text, i)
            else:
                self.current.paragraphs[-1].append(text)
            self.new_paragraph = False
            i += 1
        self.close()
        return self.blocks

    def _open_speech(self) -> Block | None:
        """The open block when it is speech: a turn, or the unlabelled text right after a
        note, where the speaker before the note goes on ("Mr. Wali (Nigeria), Vice-President,
        took the Chair." inside a speech, then "(spoke in French)")."""
        current = self.current
        if current is None:
            return None
        speech = current.kind == "turn" or (
            current.kind == "heading" and not current.opened_by_heading
            and bool(self.blocks) and self.blocks[-1].kind == "note")
        return current if speech else None

    def take_note(self, i: int, match: NoteMatch, used: int) -> int:
        self.close()
        first = self.lines[i]
        block = Block("note", first.number, first.page, note=match)
        if used:
            block.paragraphs.append(list(self.texts[i : i + used]))
            block.starts.append(i)
        j = i + used
        if match.kind is NoteKind.VOTE:
            field = None
            while j < len(self.lines):
                text = self.texts[j]
                head = vote_head(text, self.table)
                if head is not None:
                    field = head[0]
                    block.lists.setdefault(field, [])
                    if head[1]:
                        block.lists[field].append(head[1])
                elif field is None or self._label_in_list(j, text) or self.note_at(j):
                    break
                else:
                    block.lists[field].append(text)
                block.open_paragraph(text, j)
                j += 1
        self.blocks.append(block)
        self.new_paragraph = True
        return j

    def _label_in_list(self, j: int, text: str) -> bool:
        """Whether a speaker's label starts at line ``j`` of a vote list: on the line itself,
        or wrapped over the lines after it — unless the line alone names States, a list's
        last line before a label that opens with the speaker's name ("阿拉伯联合酋长国" then
        "傅聪先生（以英语发言）：", which read together would make the State part of a name)."""
        found = self.label_at(j)
        if found is None:
            return False
        if found[1] == 1:
            return True
        states = split_countries(text, self.table.language)
        return not states or any(code is None for _, code in states)


def _bold(line: Line) -> bool:
    """Whether the whole line is set in bold (a heading's line, never speech)."""
    return any(span.style == "bold" and span.start == 0 and span.end >= len(line.text)
               for span in line.spans)


def _next_colons(texts: Sequence[str]) -> list[int]:
    """For each line, the index of the first line at or after it that holds a colon (and one
    more entry, for the end); past the last colon, the line count plus ``_LABEL_LINES``.
    Filled a run of lines at a time, from the few lines that hold one."""
    following = [0] * (len(texts) + 1)
    start = 0
    for index in [index for index, text in enumerate(texts) if ":" in text]:
        following[start : index + 1] = [index] * (index + 1 - start)
        start = index + 1
    following[start:] = [len(texts) + _LABEL_LINES] * (len(texts) + 1 - start)
    return following


def _note_text(texts: Sequence[str]) -> str:
    """Lines of a note joined to be matched: one space between lines, none after a hyphen at
    a line end ("Mr. Nyakyi (United Republic of Tanzania), Vice-" + "President, took the
    Chair."), whose compound keeps its hyphen."""
    joined = ""
    for text in texts:
        if text:
            joined = f"{joined}{text}" if joined.endswith("-") or not joined else f"{joined} {text}"
    return joined


def _printed_label(printed: str) -> str:
    """The label as printed: the raw lines up to the first colon (ASCII or full-width)."""
    ends = [index for index in (printed.find(":"), printed.find("：")) if index >= 0]
    return printed[: min(ends) + 1] if ends else printed


def scan(lines: Sequence[Line], table: MeetingPhrases, texts: Sequence[str]) -> list[Block]:
    """The blocks of a record's body, in order; ``texts`` are the lines' texts folded."""
    return _Scanner(lines, table, texts).run()
