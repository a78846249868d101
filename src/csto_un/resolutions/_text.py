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


_ENDING = 200  # characters of a unit's end that tell whether it goes on


@attrs.define
class Unit:
    """A run of lines that forms one paragraph, footnote, heading or sub-paragraph."""

    kind: str
    lines: list[Clean]
    #: For footnotes: the marker; for operative paragraphs: the number as printed.
    label: str | None = None
    # The line texts last joined, their plain join and the text: the segmenter asks for the
    # text of the unit it is building at every line, and joining anew each time is quadratic.
    _joined: tuple[list[str], str, str] | None = attrs.field(
        default=None, init=False, repr=False, eq=False
    )
    # The texts of the lines :meth:`ending` last joined, and their join: it is asked several
    # times for each line the segmenter adds.
    _ended: tuple[list[str], str] | None = attrs.field(
        default=None, init=False, repr=False, eq=False
    )

    @property
    def first(self) -> Clean:
        """The first line of the unit."""
        return self.lines[0]

    @property
    def text(self) -> str:
        """The lines joined into one text (sentinels included)."""
        texts = [c.text for c in self.lines]
        if self._joined is not None:
            done, plain, text = self._joined
            if done == texts:
                return text
            if done == texts[: len(done)]:  # lines were added: join only those
                plain = _join_plain(plain, texts[len(done) :])
                self._joined = (texts, plain, _tidy(plain))
                return self._joined[2]
        plain = _join_plain("", texts)
        self._joined = (texts, plain, _tidy(plain))
        return self._joined[2]

    def ending(self) -> str:
        """The end of :attr:`text`: the text of its last lines, two at least, 200 characters
        or eight lines. The segmenter looks at how a unit ends at every line it adds, and
        joining the whole unit each time is quadratic in its lines."""
        texts: list[str] = []
        size = 0
        for clean in reversed(self.lines):
            texts.append(clean.text)
            size += len(clean.text)
            if len(texts) >= 2 and (size >= _ENDING or len(texts) >= 8):
                break
        if len(texts) == len(self.lines):
            return self.text
        texts.reverse()
        if self._ended is None or self._ended[0] != texts:
            self._ended = (texts, _tidy(_join_plain("", texts)))
        return self._ended[1]

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
    """``out`` and ``texts`` joined as printed lines, before :func:`_tidy`."""
    for text in texts:
        text = text.strip()
        if not text:
            continue
        if not out:
            out = text
        elif out.endswith("\xad"):  # a soft hyphen printed at a line end is the hyphen
            out = out[:-1] + "-" + text
        elif out.endswith(" -") and out[-3:-2].isalpha():
            out = out[:-2] + "-" + text
        elif out.endswith("-") and out[-2:-1].isalpha():
            out = out + text
        else:
            out = out + " " + text
    return out


def _tidy(out: str) -> str:
    """Soft hyphens made plain, "Secretary -General" mended, white space collapsed."""
    out = _SPACED_HYPHEN.sub("-", out.replace("\xad ", "-").replace("\xad", "-"))
    if out[:1].isspace() or out[-1:].isspace():  # (joined lines are stripped: not seen)
        return _SPACES.sub(" ", out)
    return " ".join(out.split())  # what the pattern does inside the text, without it
