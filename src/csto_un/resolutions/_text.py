"""Clean lines and joined units: the text a resolution parser works on.

Superscript spans that carry a footnote mark are kept in the text between two private-use
sentinels (``MARK_OPEN`` 3 ``MARK_CLOSE``) until the marker pass takes them out; italic spans
are kept as offsets so that the lead of a paragraph can be read from the markup.
"""

from __future__ import annotations

import functools
import re

import attrs

from ..sources._document import Line
from ..text import fold_phrase

fold = functools.lru_cache(maxsize=4096)(fold_phrase)
"""The phrase-table key of a text (:func:`csto_un.text.fold_phrase`), remembered: the parser
asks for that of each line several times (furniture, closing, annex, formula)."""

__all__ = [
    "MARK_CLOSE",
    "MARK_OPEN",
    "NOTE_MARK",
    "SENTINEL_RE",
    "SUPERSCRIPT_RE",
    "Clean",
    "Unit",
    "clean_line",
    "fold",
    "join_texts",
]

#: The sentinels around a superscript footnote mark kept in a clean text.
MARK_OPEN = "\ue000"
MARK_CLOSE = "\ue001"
#: A superscript mark with its sentinels; the group is the mark ("1", "*").
SUPERSCRIPT_RE = re.compile(f"{MARK_OPEN}(.*?){MARK_CLOSE}")
#: Either sentinel, to take them out of a text and keep the mark.
SENTINEL_RE = re.compile(f"[{MARK_OPEN}{MARK_CLOSE}]")
#: A footnote mark printed on the line, not raised: one to three asterisks or a number
#: (a regular expression fragment).
NOTE_MARK = r"\*{1,3}|\d{1,2}"
_MARKER_TEXT = re.compile(r"^(?:\d{1,3}|\*{1,3}|[a-z])$")


@attrs.frozen
class Clean:
    """A line of the input as the parser sees it: stripped, with sentinels around marks."""

    index: int
    line: Line
    text: str
    #: Offsets in ``text`` of the italic runs.
    italics: tuple[tuple[int, int], ...] = ()

    @property
    def blank_before(self) -> bool:
        """Whether a blank line or a gap precedes the line."""
        return self.line.blank_before

    @property
    def page(self) -> int:
        """The page of the line."""
        return self.line.page


_ENDING = 16  # characters of a unit's end that tell whether it goes on (a mark and a stop)


@attrs.define
class Unit:
    """A run of lines that forms one paragraph, footnote, heading or sub-paragraph.

    Lines are only ever appended to a unit: its text and its ending are kept with the number
    of lines they were made of, and made anew (the ending: extended) when lines were added.
    """

    kind: str
    lines: list[Clean]
    #: For footnotes: the marker; for operative paragraphs: the number as printed.
    label: str | None = None
    # How many lines :attr:`text` last joined, and the text.
    _joined: tuple[int, str] | None = attrs.field(default=None, init=False, repr=False, eq=False)
    # How many lines :meth:`ending` last read, and the ending it gave.
    _ended: tuple[int, str] = attrs.field(default=(0, ""), init=False, repr=False, eq=False)

    @property
    def first(self) -> Clean:
        """The first line of the unit."""
        return self.lines[0]

    @property
    def text(self) -> str:
        """The lines joined into one text (sentinels included)."""
        if self._joined is None or self._joined[0] != len(self.lines):
            self._joined = (len(self.lines), join_texts([c.text for c in self.lines]))
        return self._joined[1]

    def ending(self) -> str:
        """The end of :attr:`text`, 16 characters at least (all of it when shorter): what
        tells whether the unit goes on (its last stop, after any footnote mark). The segmenter
        asks at every line it adds, so the ending is extended by the lines added since it last
        asked, never joined anew (that cost a paragraph of many short lines its length at
        every line)."""
        count, ending = self._ended
        if count != len(self.lines):
            ending = _tidy(_join_plain(ending, [c.text for c in self.lines[count:]]))
            if len(ending) > 2 * _ENDING:
                ending = ending[-_ENDING:]
            self._ended = (len(self.lines), ending)
        return ending

    @property
    def line_numbers(self) -> tuple[int, ...]:
        """The input line numbers of the unit."""
        return tuple(c.line.number for c in self.lines)


def clean_line(index: int, line: Line) -> Clean:
    """Strip a line, put sentinels around superscript footnote marks, keep italic offsets."""
    raw = line.text
    if not line.spans:  # no mark, no italics: the line stripped
        return Clean(index=index, line=line, text=raw.strip())
    pieces: list[str] = []
    italics: list[tuple[int, int]] = []
    position = 0
    marks = sorted(
        (
            s
            for s in line.spans
            if s.style == "superscript" and _MARKER_TEXT.match(raw[s.start : s.end].strip())
        ),
        key=lambda s: s.start,
    )
    shift: list[tuple[int, int]] = []  # (original offset, added characters so far)
    added = 0
    for span in marks:
        pieces.append(raw[position : span.start])
        pieces.append(MARK_OPEN + raw[span.start : span.end].strip() + MARK_CLOSE)
        shift.append((span.start, added))
        added += 2
        shift.append((span.end, added))
        position = span.end
    pieces.append(raw[position:])
    text = "".join(pieces)

    def moved(offset: int) -> int:
        extra = 0
        for start, total in shift:
            if offset >= start:
                extra = total
        return offset + extra

    for span in line.spans:
        if span.style == "italic":
            italics.append((moved(span.start), moved(span.end)))
    stripped = text.lstrip()
    left = len(text) - len(stripped)
    stripped = stripped.rstrip()
    italics = [(max(0, s - left), max(0, e - left)) for s, e in italics]
    return Clean(index=index, line=line, text=stripped, italics=tuple(italics))


# " -" first, so that the engine looks for it before trying the letter behind it.
_SPACED_HYPHEN = re.compile(r" -(?<=[^\W\d_] -)(?=[^\W\d_])")
_SPACES = re.compile(r"\s+")


def join_texts(texts: list[str]) -> str:
    """Join printed lines into one text: a space between lines, a line-end hyphen kept
    without a space ("human-" + "made"), extraction damage "Secretary -General" mended."""
    return _tidy(_join_plain("", texts))


def _join_plain(out: str, texts: list[str]) -> str:
    """``out`` and ``texts`` joined as printed lines, before :func:`_tidy`.

    The rules look at the last three characters of what is joined so far and may change the
    last two: they work on a short ``tail``, the text before it kept in ``done`` and joined
    once at the end (adding each line to one growing string copies it at every line:
    quadratic in a paragraph of many short lines)."""
    done: list[str] = []
    tail = out
    for text in texts:
        text = text.strip()
        if not text:
            continue
        if not tail:
            tail = text
            continue
        end = tail[-1]
        if end == "\xad":  # a soft hyphen printed at a line end is the hyphen
            tail = tail[:-1] + "-" + text
        elif end != "-":
            tail = tail + " " + text
        elif tail[-2:-1] == " " and tail[-3:-2].isalpha():  # "Secretary -" + "General"
            tail = tail[:-2] + "-" + text
        elif tail[-2:-1].isalpha():
            tail = tail + text
        else:
            tail = tail + " " + text
        if len(tail) > _TAIL_LONG:
            done.append(tail[:-_TAIL_KEPT])
            tail = tail[-_TAIL_KEPT:]
    done.append(tail)
    return "".join(done)


_TAIL_KEPT = 8  # characters of the join kept apart (the rules read three) ...
_TAIL_LONG = 64  # ... once the tail is longer than this


def _tidy(out: str) -> str:
    """Soft hyphens made plain, "Secretary -General" mended, white space collapsed."""
    out = _SPACED_HYPHEN.sub("-", out.replace("\xad ", "-").replace("\xad", "-"))
    if out[:1].isspace() or out[-1:].isspace():  # (joined lines are stripped: not seen)
        return _SPACES.sub(" ", out)
    return " ".join(out.split())  # what the pattern does inside the text, without it
