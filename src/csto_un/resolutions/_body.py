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

import bisect
import re
from collections.abc import Callable

import attrs

from ..model import Furniture
from ..text import Joiner
from ._header_lines import furniture_kind
from ._text import (
    MARK_CLOSE,
    MARK_OPEN,
    MONTHS,
    NOTE_MARK,
    RULE_CHARACTERS,
    SEPARATOR_RE,
    TERMINAL,
    Clean,
    Unit,
    fold,
)
from ._unit_starts import (
    NO_COMMA_END,
    OPERATIVE_RE,
    continues,
    number_alone,
    opens_annex,
    start_kind,
    text_ends_open,
)

__all__ = ["Segmented", "segment"]

_FOOTNOTE_RE = re.compile(
    rf"^(?:{MARK_OPEN}(?P<sup>[^{MARK_CLOSE}]+){MARK_CLOSE}|(?P<plain>{NOTE_MARK})(?=\s|$))\s*"
)
#: The kinds of unit a line in lower case does not simply go on with (see ``continues``).
_CLOSED = frozenset({"section", "end", "annex"})
#: A number then a dash opening a line under a note ("3 – 14 June 1992"): the note's text.
_DASHES = frozenset("-–—")
#: A date opening a line ("18 March 2002", "6 août 2013"): the text of a note, not its mark.
_MONTH_AFTER = re.compile(rf"^\d{{1,2}}\s+(?:{MONTHS})\s+\d{{4}}", re.IGNORECASE)


@attrs.define
class Segmented:
    """The body's units in order, and the furniture found among its lines."""

    units: list[Unit] = attrs.Factory(list)
    furniture: list[Furniture] = attrs.Factory(list)


_SUPERSCRIPT_MARKS = re.compile(f"{MARK_OPEN}([^{MARK_CLOSE}]+){MARK_CLOSE}")



def _furniture_indices(lines: list[Clean], symbol: str | None, title: str | None) -> dict[int, str]:
    """The positions of the page furniture among ``lines``: job numbers, barcodes and page
    numbers (a line opening with a digit or "*", what each of them opens with), the running
    header's symbol (a line with as many slashes: folding makes and takes none), and the
    lines of the running title near them."""
    found: dict[int, str] = {}
    folded_symbol = None if symbol is None else fold(symbol).replace(" ", "")
    slashes = 0 if folded_symbol is None else folded_symbol.count("/")
    for position in [
        position
        for position, clean in enumerate(lines)
        if (first := clean.text[:1]).isdigit()
        or first == "*"
        or (folded_symbol is not None and clean.text.count("/") == slashes)
    ]:
        text = lines[position].text
        first = text[:1]
        kind = furniture_kind(text) if first.isdigit() or first == "*" else None
        if kind is None and folded_symbol is not None and text.count("/") == slashes:
            kind = "header" if fold(text).replace(" ", "") == folded_symbol else None
        if kind is not None:
            found[position] = kind
    folded_title = fold(title or "")
    if not folded_title:
        return found
    # A running title's lines stand near other furniture: only those are read, in order
    # (a line found makes the lines near it near too).
    near = sorted({at for other in found for at in range(other - 3, other + 4)} - found.keys())
    waiting = [at for at in near if 0 <= at < len(lines)]
    waiting.reverse()
    while waiting:
        position = waiting.pop()
        text = fold(lines[position].text)
        if len(text.split()) >= 2 and text in folded_title and not text.endswith(TERMINAL):
            found[position] = "header"
            for at in range(position + 3, position, -1):  # (the lines before were read)
                if at < len(lines) and at not in found and at not in waiting:
                    bisect.insort(waiting, at, key=lambda w: -w)
    return found


def segment(
    lines: list[Clean],
    *,
    symbol: str | None,
    title: str | None,
    separators: set[int],
    meeting_re: re.Pattern[str],
    stars: bool = False,
    joiner: Joiner,
    opens: Callable[[str], bool] = lambda text: text[:1].isupper(),
    opens_in_lower_case: Callable[[str], bool] | None = None,
) -> Segmented:
    """Cut the body lines into units (see the module's docstring).

    ``separators`` are input line numbers after which the sources layer removed a footnote
    separator; ``meeting_re`` matches the closing "40th plenary meeting" line; ``opens``
    tells whether a line opens a paragraph (starts with a lead) when the document gives no
    other evidence; ``opens_in_lower_case``, given for a language that prints its leads in
    lower case ("ссылаясь на"), whether a line in lower case opens with such a lead (it may
    then open a paragraph: :meth:`_Segmenter.lead_in_lower_case`); ``stars`` whether an
    asterisk footnote was called in the header; ``joiner`` joins the lines of a unit (the
    document's hyphen rule).
    """
    segmenter = _Segmenter(
        evidence=_Evidence.of(lines),
        joiner=joiner,
        furniture=_furniture_indices(lines, symbol, title),
        separators=separators,
        meeting_re=meeting_re,
        opens=opens,
        opens_in_lower_case=opens_in_lower_case,
        star_seen=stars,
        superscripts=any(MARK_OPEN in c.text for c in lines),
    )
    # (The shortcut asked here, not in take: two calls a line fewer for most lines.)
    take, goes_on = segmenter.take, segmenter._goes_on
    for position, clean in enumerate(lines):
        text = clean.text
        if text and not (text[0].islower() and goes_on(position, clean)):
            take(position, clean)
    return segmenter.result


@attrs.frozen
class _Evidence:
    """What the layout says of paragraph starts: blank lines (gaps in a PDF) are the best
    evidence; first-line indents come next, when they are selective (a page set further right
    indents every line); text files may hold one paragraph per line (the Security Council's)."""

    blank_mode: bool
    indent_mode: bool
    per_line: bool
    #: No line is indented (Markdown, text without indents): a blank line alone marks a start.
    unindented: bool = False

    @classmethod
    def of(cls, lines: list[Clean]) -> _Evidence:
        enough = max(3, 0.1 * len(lines))
        blank_mode = sum(1 for c in lines if c.line.blank_before) >= enough
        indents = sum(1 for c in lines if c.line.indented)
        indent_mode = not blank_mode and enough <= indents <= 0.6 * len(lines)
        # The median length of the lines with text over 150: fewer than half of them (the
        # median's place in the sorted lengths, counted from 0) are 150 or shorter.
        printed = [len(c.text) for c in lines if c.text]
        short = sum(1 for length in printed if length <= 150)
        per_line = bool(printed) and short <= len(printed) // 2
        return cls(blank_mode, indent_mode, per_line, unindented=indents == 0)

    def starts(self, clean: Clean) -> bool:
        """Whether the layout opens a unit at ``clean``."""
        return (self.blank_mode and clean.blank_before) or (
            self.indent_mode and clean.line.indented
        )


@attrs.define
class _Segmenter:
    """Walks the body's lines, knowing the page foot it is in, the notes called, the unit
    being built and the last operative number."""

    evidence: _Evidence
    joiner: Joiner
    furniture: dict[int, str]
    separators: set[int]
    meeting_re: re.Pattern[str]
    opens: Callable[[str], bool]
    opens_in_lower_case: Callable[[str], bool] | None
    star_seen: bool
    superscripts: bool
    result: Segmented = attrs.Factory(Segmented)
    zone_page: int | None = None  # the page whose foot (footnotes) is being read
    called: set[str] = attrs.Factory(set)  # marks met as superscripts
    last_note: Unit | None = None
    current: Unit | None = None
    body: Unit | None = None  # the last non-footnote unit
    previous_number: int = 0
    annexed: bool = False  # an annex has opened
    restart: bool = False  # a section has opened since the last operative number

    def take(self, position: int, clean: Clean) -> None:
        """Put one line where it belongs (one :meth:`_goes_on` has not taken)."""
        if self._page_furniture(position, clean):
            return
        self._update_zone(clean)
        if self._footnote_start(clean) or self._footnote_goes_on(clean):
            return
        if "*" in clean.text:  # an asterisk, raised or not, calls a note
            self.star_seen = True
        if self._closing_or_annex(clean):
            return
        self._body_line(clean)

    def _goes_on(self, position: int, clean: Clean) -> bool:
        """Most lines go on with the paragraph being built, as their first letter, in lower
        case, says (no paragraph of a resolution opens in lower case but with a lead where the
        language prints leads so, see :func:`continues`): told at once, and added, when
        nothing else could claim the line (it is no page furniture, no footnote's, not under a
        page's separator, calls no note, closes nothing, opens no annex, opens with no lead
        after a finished paragraph) and the unit before is a paragraph, not a heading, the
        closing or an annex. Every other line takes the steps of :meth:`take`. (Asked only of
        a line in lower case.)"""
        text = clean.text
        body = self.body
        if (
            body is None
            or body.kind in _CLOSED
            or self.zone_page is not None
            or MARK_OPEN in text
            or "*" in text
            or position in self.furniture
            or text[:5].lower() == "annex"
        ):
            return False
        number = clean.line.number
        if number in self.separators or number - 1 in self.separators:
            return False
        if len(text) < 60 and self.meeting_re.search(fold(text)):
            return False
        if self.opens_in_lower_case is not None and self.lead_in_lower_case(body, text):
            return False
        body.lines.append(clean)
        self.current = body
        return True

    def lead_in_lower_case(self, body: Unit, text: str) -> bool:
        """Whether a line in lower case opens with a lead of a language that prints its leads
        in lower case ("сознавая", "с удовлетворением отмечая") after a finished unit (a
        preambular paragraph's comma): then the layout tells whether it opens a paragraph
        (:meth:`_opens_unit`), as for a line with a capital. After a paragraph that stopped
        mid-sentence, across a page break or its notes, it goes on with it."""
        opens = self.opens_in_lower_case
        return (
            opens is not None
            and not text_ends_open(body.ending(), comma_ends=body.kind not in NO_COMMA_END)
            and opens(text)
        )

    def _page_furniture(self, position: int, clean: Clean) -> bool:
        text = clean.text
        if position in self.furniture:
            kind = self.furniture[position]
            self.result.furniture.append(Furniture(kind, text, clean.page, clean.line.number))
            self.zone_page = None
            return True
        if text[:1] in RULE_CHARACTERS and SEPARATOR_RE.match(text):
            self.result.furniture.append(Furniture("other", text, clean.page, clean.line.number))
            self.zone_page = clean.page
            return True
        return False

    def _update_zone(self, clean: Clean) -> None:
        if clean.line.number - 1 in self.separators or clean.line.number in self.separators:
            self.zone_page = clean.page
        if self.zone_page is not None and clean.page != self.zone_page:
            self.zone_page = None

    def _footnote_start(self, clean: Clean) -> bool:
        text = clean.text
        first = text[:1]
        if first != MARK_OPEN and first != "*" and not first.isdigit():
            return False  # (what a note's mark opens with)
        note = _FOOTNOTE_RE.match(text)
        if note is None or not self._is_note(note, text):
            return False
        marker = note["sup"] or note["plain"]
        self.zone_page = clean.page
        self.current = self.last_note = Unit("footnote", [clean], label=marker, joiner=self.joiner)
        self.result.units.append(self.current)
        return True

    def _is_note(self, note: re.Match[str], text: str) -> bool:
        marker = note["sup"] or note["plain"]
        numeric = marker.isdigit()
        is_note = bool(note["sup"]) and (numeric or marker.startswith("*"))
        if (
            note["plain"]
            and not _MONTH_AFTER.match(text)
            and (self.zone_page is not None or (marker.startswith("*") and self.star_seen))
        ):
            is_note = True
        if note["plain"] and text == marker and marker in self.called:
            is_note = True  # the mark alone on its line, the note's text below it
        if note["plain"] and numeric and self.superscripts:
            # Notes marked as superscripts: a plain number opening a line at the page foot is
            # the text of the note above ("18 – 22 March 2002 …"), unless it is the next note
            # (:meth:`_plain_note`), its mark met raised in the text: the reader did not raise
            # this one ("11 Of").
            is_note = is_note and marker in self.called
        if is_note and note["plain"] and numeric and not self._plain_note(marker, text, note.end()):
            is_note = False
        if note["sup"] is None and marker.startswith("*") and not self.star_seen:
            is_note = False
        return is_note

    def _plain_note(self, marker: str, text: str, end: int) -> bool:
        """Whether a plain number opening a line at a page foot is a note's mark: notes are
        numbered in order, and a note's text opens as a sentence or a symbol does. Under note
        2, "28 and 29 June 2012, …" and "3 – 14 June 1992, …" go on with note 2's text."""
        word = text[end:].split(" ", 1)[0]
        if word[:1] in _DASHES or (word.isalpha() and word.islower()):
            return False  # (a link, "www.un.org", is a note's text in lower case)
        return self._next_note(marker)

    def _next_note(self, marker: str) -> bool:
        """Whether a plain number read as a note's mark follows the last numbered note (or
        is the first): a page foot's notes run on from the page before's. A number of three
        digits only follows a note (99 → 100): it never opens a document's notes."""
        last = self.last_note
        if last is None or not str(last.label).isdigit():
            return len(marker) < 3
        return int(marker) == int(str(last.label)) + 1

    def _footnote_goes_on(self, clean: Clean) -> bool:
        text = clean.text
        if MARK_OPEN in text:
            self.called.update(_SUPERSCRIPT_MARKS.findall(text))
        current = self.current
        if self.zone_page is not None and current is not None and current.kind == "footnote":
            # A note goes on over its lines, and past a gap when it stopped mid-sentence.
            goes_on = not clean.blank_before or not current.ending().endswith((".", ";", ")"))
            if goes_on and not OPERATIVE_RE.match(text):
                current.lines.append(clean)
                return True
            self.zone_page = None
        last = self.last_note
        if self.zone_page is not None and last is not None and last.first.page < clean.page:
            # Under the separator, before any mark: a note continued from the page before.
            last.lines.append(clean)
            self.current = last
            return True
        return False

    def _closing_or_annex(self, clean: Clean) -> bool:
        text = clean.text
        if len(text) < 60 and self.meeting_re.search(fold(text)):
            self.current = self.body = Unit("end", [clean], joiner=self.joiner)
            self.result.units.append(self.current)
            return True
        body = self.body
        if body is not None and opens_annex(body, text, self.previous_number > 0 or self.annexed):
            # "Annex" after the closing meeting, or alone on its line after a draft's last
            # paragraph: the text the resolution annexes ("Annex II": the next one).
            self.current = self.body = Unit("annex", [clean], joiner=self.joiner)
            self.result.units.append(self.current)
            self.previous_number, self.annexed = 0, True
            return True
        if body is not None and body.kind == "end":
            body.lines.append(clean)
            return True
        return False

    def _body_line(self, clean: Clean) -> None:
        kind, label = self._kind(clean)
        body = self.body
        after_notes = self.current is not None and self.current.kind == "footnote"
        continuing = body is not None and continues(
            body, clean, kind, after_notes, lead_in_lower_case=self.lead_in_lower_case
        )
        if kind is None and not continuing:
            kind = "para" if self._opens_unit(clean, after_notes) else None
        if kind is None and body is not None:
            body.lines.append(clean)
            self.current = body
            return
        self.current = self.body = Unit(kind or "para", [clean], label=label, joiner=self.joiner)
        self.result.units.append(self.current)

    def _kind(self, clean: Clean) -> tuple[str | None, str | None]:
        indented = clean.line.indented or self.evidence.unindented
        kind, label = start_kind(
            clean.text, self.previous_number, new_line=clean.blank_before and indented
        )
        if kind == "section":
            self.restart = True
        elif kind == "item" and self.restart and label == "1":
            kind = "op"  # a section numbered from 1 again (the budget's "I", "II" …)
        if kind == "op" and label is not None:
            self.previous_number, self.restart = int(label), False
        return kind, label

    def _opens_unit(self, clean: Clean, after_notes: bool) -> bool:
        """Whether an unmarked line that does not continue the unit before opens a new one."""
        body = self.body
        if body is None:
            return True
        if body.kind == "op" and number_alone(body):
            return False  # "1." alone on its line: the text follows
        evidence = self.evidence
        return (
            after_notes
            or clean.page != body.lines[-1].page
            or evidence.starts(clean)
            or (evidence.per_line and not text_ends_open(body.ending()))
            or (
                not (evidence.blank_mode or evidence.indent_mode)
                and not text_ends_open(body.ending())
                and self.opens(clean.text)
            )
        )
