"""Clean lines and joined units: the text a resolution parser works on.

Superscript spans that carry a footnote mark are kept in the text between two private-use
sentinels (``MARK_OPEN`` 3 ``MARK_CLOSE``) until the marker pass takes them out; italic spans
are kept as offsets so that the lead of a paragraph can be read from the markup.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import attrs

from .._claims import hyphens_printed
from ..accounting import Carried
from ..folding import fold_phrase
from ..sources._document import Line, Span
from ..text import Joiner
from ..words import WORDS

fold = functools.lru_cache(maxsize=4096)(fold_phrase)
"""The phrase-table key of a text (:func:`csto_un.folding.fold_phrase`), remembered: the parser
asks for that of each line several times (furniture, closing, annex, formula)."""

__all__ = [
    "COMMAS",
    "MARK_CLOSE",
    "MARK_ENDS",
    "MARK_OPEN",
    "MONTHS",
    "NOTE_MARK",
    "RULE_CHARACTERS",
    "SENTENCE_ENDS",
    "SENTINEL_RE",
    "SEPARATOR_RE",
    "SUPERSCRIPT_RE",
    "TERMINAL",
    "Clean",
    "Unit",
    "claim",
    "clean_line",
    "clean_lines",
    "document_joiner",
    "fold",
    "join_texts",
    "printed",
    "strip_end_marks",
    "word_start",
]

#: The sentinels around a superscript footnote mark kept in a clean text.
MARK_OPEN = "\ue000"
MARK_CLOSE = "\ue001"
#: A superscript mark with its sentinels; the group is the mark ("1", "*").
SUPERSCRIPT_RE = re.compile(f"{MARK_OPEN}(.*?){MARK_CLOSE}")
#: Either sentinel, to take them out of a text and keep the mark.
SENTINEL_RE = re.compile(f"[{MARK_OPEN}{MARK_CLOSE}]")
#: A footnote mark printed on the line, not raised: one to three asterisks or a number
#: (a regular expression fragment); three digits once a document's notes pass 99.
NOTE_MARK = r"\*{1,3}|\d{1,3}"
#: The months of every language, as a regular expression fragment (lower case, longest
#: first): a number before one is a day, not a footnote mark ("18 March 2002").
MONTHS = "|".join(
    map(re.escape, sorted((m for words in WORDS.values() for m in words.months), key=len)[::-1])
)
#: The commas of the scripts: ASCII, full width ("，", Chinese) and Arabic ("،").
COMMAS = (",", "\uff0c", "\u060c")
#: The punctuation a unit's text ends with when it is complete but for a comma
#: (:data:`TERMINAL` where a comma ends nothing): ASCII, full width, Arabic.
SENTENCE_ENDS = (";", ":", ".", "!", "?", "\uff1b", "\uff1a", "\u3002", "\uff01", "\uff1f",
                 "\u061b", "\u061f")  # fmt: skip
#: The punctuation a unit's text ends with when it is complete.
TERMINAL = COMMAS + SENTENCE_ENDS
#: What the rule over a page's footnotes is printed with.
RULE_CHARACTERS = "_-–—"
#: A line that is such a rule alone: five of its characters at least.
SEPARATOR_RE = re.compile(rf"^[{re.escape(RULE_CHARACTERS)}]{{5,}}$")
_MARKER_TEXT = re.compile(r"^(?:\d{1,3}|\*{1,3}|[a-z])$")

if TYPE_CHECKING:  # frozen to the type checker: mypy refuses a field's assignment
    from attrs import frozen as _made_once
else:  # mutable at run time: a frozen class costs a third more to make
    from attrs import define as _made_once


@_made_once
class Clean:
    """A line of the input as the parser sees it: stripped, with sentinels around marks.
    Never changed once made (:meth:`with_text` makes another, its :attr:`printed` made from
    the new text; :func:`attrs.evolve` would keep the old one). Frozen to the type checker
    only, which refuses an assignment to a field; at run time a frozen class costs a third
    more to make, and a parse makes one for each line of its input."""

    index: int
    line: Line
    text: str
    #: Offsets in ``text`` of the italic runs.
    italics: tuple[tuple[int, int], ...] = ()
    #: ``text`` as the joiner reads it (:func:`printed`), made once: each line is joined
    #: several times (the document's evidence, a unit's ending, its text). Given only by
    #: :func:`clean_lines`, which knows it already for most lines.
    printed: str = attrs.field(
        default=attrs.Factory(lambda self: printed(self.text), takes_self=True)
    )

    def with_text(self, text: str, italics: tuple[tuple[int, int], ...] = ()) -> Clean:
        """The same line with another text (and its italics), printed anew."""
        return Clean(index=self.index, line=self.line, text=text, italics=italics)

    @property
    def blank_before(self) -> bool:
        """Whether a blank line or a gap precedes the line."""
        return self.line.blank_before

    @property
    def page(self) -> int:
        """The page of the line."""
        return self.line.page


_ENDING = 16  # characters of a unit's end that tell whether it goes on (a mark and a stop)
#: What a footnote mark at a text's end ends with, besides a digit: a sentinel, an asterisk.
MARK_ENDS = frozenset({MARK_CLOSE, "*"})
_END_SUPERSCRIPT = re.compile(f"{MARK_OPEN}[^{MARK_CLOSE}]*{MARK_CLOSE}$")
_END_PLAIN_MARK = re.compile(r"(?<=[,;:.”’\"])\s?\d{1,3}$")
_PLAIN_MARK_READ = 5  # a plain mark is four characters at most, after punctuation
# Characters a unit's last lines joined may begin with otherwise than in the whole unit's
# text (a split ligature mended across the joint before them, "f lux": see Unit.ending).
_JOINT_READ = 3


def strip_end_marks(text: str) -> str:
    """``text`` without the footnote marks that close it ("…2023,3", "…session, 6", "…*").

    >>> strip_end_marks("the session, 6"), strip_end_marks("in 2023,\ue0003\ue001")
    ('the session,', 'in 2023,')
    """
    text = _END_SUPERSCRIPT.sub("", text.rstrip()).rstrip()
    # A plain mark is looked for in the last five characters (a pattern opening with a
    # look-behind is tried at every character).
    read = _PLAIN_MARK_READ
    return (text[:-read] + _END_PLAIN_MARK.sub("", text[-read:])).rstrip("* ")


def _ends_as_whole(window: str, before: Sequence[Clean]) -> bool:
    """Whether ``window``, a unit's last lines joined (``before`` are its other lines), ends
    as the whole unit's text does, its end marks taken off (:func:`strip_end_marks`) or not.

    It does when its last character is no part of a mark (nothing is taken off). Else the
    marks taken off must be read in it alone: the superscript closing it opens in it, after
    the one before (a line before it holding an open one leaves the superscript's start
    there: a sentinel of the input, "\ue000" on one line and "\ue001" on a later one), and
    what is left is long enough that the plain mark's and the stars' tests read only its
    characters past the first few, the characters a joint may change."""
    last = window[-1:]
    if not (last.isdecimal() or last.isspace() or last in MARK_ENDS):
        return True
    body = window.rstrip()
    if body.endswith(MARK_CLOSE) and body.rfind(MARK_CLOSE, 0, len(body) - 1) < 0:
        for clean in reversed(before):
            printed = clean.printed
            opened, closed = printed.rfind(MARK_OPEN), printed.rfind(MARK_CLOSE)
            if opened > closed:
                return False
            if closed >= 0:
                break
    # (what is left longer than the characters a joint changes and the plain mark's test
    # reads: then both read only the window's own characters)
    return len(strip_end_marks(body)) > _JOINT_READ + _PLAIN_MARK_READ


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
    #: The document's line joiner (its hyphen rule and evidence).
    joiner: Joiner = attrs.field(kw_only=True, repr=False, eq=False)
    # The number of lines last joined and their text: the segmenter asks for the text of the
    # unit it is building at every line, and joining anew each time is quadratic. (Lines
    # are only appended: the count says which lines were joined.)
    _joined: tuple[int, str] | None = attrs.field(default=None, init=False, repr=False, eq=False)
    # The number of lines when :meth:`ending` was last made, and the ending: it is asked
    # several times for each line the segmenter adds.
    _ended: tuple[int, str] | None = attrs.field(default=None, init=False, repr=False, eq=False)

    @property
    def first(self) -> Clean:
        """The first line of the unit."""
        return self.lines[0]

    @property
    def text(self) -> str:
        """The lines joined into one text (sentinels included)."""
        lines = self.lines
        count = len(lines)
        joined = self._joined
        if joined is not None and joined[0] == count:
            return joined[1]
        if joined is not None:  # lines were added: join only those
            done, text = joined
            text = _join(self.joiner, text, [c.printed for c in lines[done:]])
        else:
            text = _join(self.joiner, "", [c.printed for c in lines])
        self._joined = (count, text)
        return text

    def ending(self) -> str:
        """A text that ends as :attr:`text` does (its last characters, the footnote marks
        printed at its end), for the segmenter, which asks how a unit ends at every line it
        adds: its last line alone when that is long and holds no raised mark, else its last
        lines joined, two at least, 16 characters or eight lines.

        Joining a line to the one before changes only its first characters (the joint's
        hyphen or space, a split ligature "f lux" mended), and within it only a space before
        a letter: a long line ends as the joined text does."""
        lines = self.lines
        count = len(lines)
        ended = self._ended
        if ended is not None and ended[0] == count:
            return ended[1]
        last = lines[-1].printed
        if (
            len(last) >= _ENDING
            and len(last.rstrip("* ")) >= _ENDING // 2  # (what taking end marks off leaves)
            and MARK_OPEN not in last
            and MARK_CLOSE not in last
        ):
            self._ended = (count, last)
            return last
        texts: list[str] = []
        size = 0
        for clean in reversed(lines):
            texts.append(clean.printed)
            size += len(clean.text)
            if len(texts) >= 2 and (size >= _ENDING or len(texts) >= 8):
                break
        if len(texts) == count:
            ending = self.text
        else:
            texts.reverse()
            ending = _join(self.joiner, "", texts)
            if not _ends_as_whole(ending, lines[: count - len(texts)]):
                ending = self.text  # (marks that only the whole text reads right)
        self._ended = (count, ending)
        return ending

    @property
    def line_numbers(self) -> tuple[int, ...]:
        """The input line numbers of the unit."""
        return tuple(c.line.number for c in self.lines)


def claim(unit: Unit, text: str) -> Carried | None:
    """The nothing-lost check's claim (:data:`csto_un.accounting.Carried`) that ``text``, a
    piece the parse keeps as it is, is ``unit``'s lines joined with spaces, or their end after
    a head and a space (an operative number "12. ", a sub-paragraph's "(a) ", a note's mark,
    the paragraphs before an operative mark run into the line); ``None`` when it is not
    (marks or a hyphen taken out, lines not in one run of the input), and its lines are then
    counted. The check proves each claim itself: this proposes only those that hold."""
    lines = unit.lines
    count = len(lines)
    if lines[-1].index - lines[0].index + 1 != count:
        return None  # (page furniture or notes between its lines)
    texts = [clean.line.text for clean in lines]
    joined = " ".join(texts)
    found = _claimed(lines, joined, text)
    if found is None and count > 1 and ("-" in joined or "\xad" in joined):
        return _claim_joints(lines, "\n".join(texts), text)
    return found


def _claimed(lines: list[Clean], joined: str, text: str) -> Carried | None:
    """:func:`claim` of ``lines`` read as ``joined``: ``text`` is all of it, or its end
    after a head and a space. The claim names its first line by its index in the document
    (the check looks no line up)."""
    if joined == text:
        return (text,), lines[0].index, len(lines)
    if text and joined.endswith(text) and joined[-len(text) - 1] == " ":
        return (text,), lines[0].index, len(lines), joined[: -len(text)]
    return None


def _claim_joints(lines: list[Clean], rows: str, text: str) -> Carried | None:
    """:func:`claim` of a unit whose lines (``rows``, joined with line ends) join at a
    line-end hyphen: ``text`` is the lines joined with a space at each line end but at each
    such hyphen, every one dropped or every one kept, where they join without one (what the
    nothing-lost check proves, :func:`csto_un._claims.joints`), or the end of that after a
    head and a space. A soft hyphen ending a line is such a hyphen (the one these PDFs print,
    see :func:`printed`)."""
    rows = hyphens_printed(rows)
    if "-\n" not in rows:
        return None
    for joint in ("", "-"):
        found = _claimed(lines, rows.replace("-\n", joint).replace("\n", " "), text)
        if found is not None:
            return found
    return None


def clean_line(index: int, line: Line) -> Clean:
    """Strip a line, put sentinels around superscript footnote marks, keep italic offsets."""
    raw = line.text
    spans = line.spans
    if not spans:  # no mark, no italics: the line stripped
        return Clean(index=index, line=line, text=raw.strip())
    marks = [
        s
        for s in spans
        if s.style == "superscript" and _MARKER_TEXT.match(raw[s.start : s.end].strip())
    ]
    if not marks:  # italics only: their offsets less the white space stripped
        stripped = raw.lstrip()
        left = len(raw) - len(stripped)
        italics = tuple(
            [
                (max(0, span.start - left), max(0, span.end - left))
                for span in spans
                if span.style == "italic"
            ]
        )
        text = stripped.rstrip()
        if text.isprintable() and "  " not in text and " -" not in text:  # (as clean_lines)
            return Clean(index, line, text, italics, text)
        return Clean(index=index, line=line, text=text, italics=italics)
    if len(marks) > 1:
        marks.sort(key=_span_start)
    text, shift = _with_sentinels(raw, marks)
    stripped = text.lstrip()
    left = len(text) - len(stripped)
    italics = tuple(
        [
            (max(0, _moved(span.start, shift) - left), max(0, _moved(span.end, shift) - left))
            for span in spans
            if span.style == "italic"
        ]
    )
    return Clean(index=index, line=line, text=stripped.rstrip(), italics=italics)


def clean_lines(lines: Sequence[Line]) -> list[Clean]:
    """:func:`clean_line` of each line, in order; a line without spans whose text the joiner
    reads as it is (most lines: nothing unprintable, no double space, no " -") is told in the
    loop, not by a call of :func:`printed` for each."""
    out: list[Clean] = []
    append = out.append
    for index, line in enumerate(lines):
        if line.spans:
            append(clean_line(index, line))
            continue
        text = line.text.strip()
        if text.isprintable() and "  " not in text and " -" not in text:  # (a soft hyphen
            append(Clean(index, line, text, (), text))  # is not printable)
        else:
            append(Clean(index, line, text))
    return out


def _span_start(span: Span) -> int:
    return span.start


def _moved(offset: int, shift: list[tuple[int, int]]) -> int:
    """An offset of the raw line in the text with sentinels (``shift``: see below)."""
    extra = 0
    for start, total in shift:
        if offset >= start:
            extra = total
    return offset + extra


def _with_sentinels(raw: str, marks: list[Span]) -> tuple[str, list[tuple[int, int]]]:
    """``raw`` with sentinels around the ``marks`` (spans, in order), and the shift of
    offsets: (original offset, characters added before it)."""
    pieces: list[str] = []
    position = 0
    shift: list[tuple[int, int]] = []
    added = 0
    for span in marks:
        pieces.append(raw[position : span.start])
        pieces.append(MARK_OPEN + raw[span.start : span.end].strip() + MARK_CLOSE)
        shift.append((span.start, added))
        added += 2
        shift.append((span.end, added))
        position = span.end
    pieces.append(raw[position:])
    return "".join(pieces), shift


# " -" first, so that the engine looks for it before trying the letter behind it.
_SPACED_HYPHEN = re.compile(r" -(?<=[^\W\d_] -)(?=[^\W\d_])")
# The same damage at a line's end: "Secretary -" + "General".
_SPACED_END = re.compile(r"(?<=[^\W\d_]) -$")


def printed(text: str) -> str:
    """A line's text as the joiner reads it: stripped, each run of spaces one space, a soft
    hyphen (U+00AD, which these PDFs print for the hyphen) a hyphen, and the PDF extraction
    damage "Secretary -General" mended, at the line's end too ("Secretary -" + "General")."""
    if "\xad" in text:
        text = text.replace("\xad ", "-").replace("\xad", "-")
    if not text.isprintable() or "  " in text or text[:1] == " " or text[-1:] == " ":
        text = " ".join(text.split())  # str.split() and re's \s agree on what white space is
    if " -" in text:
        text = _SPACED_END.sub("-", _SPACED_HYPHEN.sub("-", text))
    return text


def document_joiner(
    texts: Iterable[str], language: str | None, *, printed_already: bool = False
) -> Joiner:
    """The joiner of a resolution, an amendment or a decision: the one hyphen rule of
    :class:`csto_un.text.Joiner`, its evidence taken from the document's own ``texts`` (all
    its lines; ``printed_already`` when they are :attr:`Clean.printed` texts) and the
    compounds of its ``language``."""
    words = WORDS.get(language) if language else None
    lines = list(texts) if printed_already else [printed(t) for t in texts]
    return Joiner.of(lines, words.compounds if words else (), folded=True)


def join_texts(texts: list[str], joiner: Joiner) -> str:
    """Join printed lines into one text with the document's ``joiner``: a space between lines,
    a word split at a line end mended or its hyphen kept by the document's evidence ("resolu-"
    + "tion", "peace-" + "keeping"), the extraction damage "Secretary -General" mended."""
    return _join(joiner, "", [printed(text) for text in texts])


def _join(joiner: Joiner, out: str, lines: list[str]) -> str:
    """``out`` (a joined text) and the lines ``lines`` (:func:`printed` texts) joined."""
    if out:
        lines = [out, *lines]
    out = joiner.join(lines, folded=True)
    # A line that starts with the hyphen: "Secretary" + "-General".
    return _SPACED_HYPHEN.sub("-", out) if " -" in out else out


def word_start(text: str, end: int) -> int:
    """Where the word that ends at ``end`` of ``text`` starts: after the space before it, or
    at the text's start."""
    return text.rfind(" ", 0, end) + 1
