"""Rebuild paragraphs from wrapped lines: :func:`join_lines` and :func:`paragraphs`.

Rules for joining two lines (see ``docs/sources.md``):

1. A line ending in a hyphen after a letter joins the next line without a space. The hyphen
   stays when the hyphenated word occurs elsewhere in the document ("sous-régionales"), when
   a capital follows a small letter ("Secretary-" + "General", "Kassym-" + "Jomart"), when
   the part after it is a word of the document on its own ("counter-" + "terrorism"), or
   the part before it a word of four letters or more ("human-" + "made"). Otherwise it
   goes: the joined word occurs elsewhere ("Se-" + "guridad" where "Seguridad" occurs), or
   the split left no word ("fran-" + "cés", "con-" + "formidad", "Соединенны-" + "ми"): a
   typesetter's hyphenation. "human -" at a line end is read as "human-"; pdfium's U+0002
   (its mark for a hyphen at a line end) reaches here as "-".
2. A soft hyphen (U+00AD; readers turn U+FFFE into it) goes, unless the hyphenated word
   occurs elsewhere in the document or a capital follows a small letter: UN PDFs print the
   hyphen of a compound broken at a line end ("Secretary-General") as U+00AD too.
3. Lines join with one space, except next to a Chinese or Japanese character or full-width
   punctuation, where they join with none.
4. A ligature an extractor split ("f lux") is repaired only where certain: the joined word
   occurs elsewhere in the document, or the lone "f"/"ff" is no word of the document and the
   next piece starts with the letter a ligature joins (l, i, f, t).
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence

import attrs

from ._document import Document, Line, Span

__all__ = ["Block", "Vocabulary", "join_lines", "paragraphs"]

_WORD_RE = re.compile(r"[^\W\d_]+(?:[-‐][^\W\d_]+)*")
_HYPHENS = "-‐"
_RULE_RE = re.compile(r"^_{5,}$")
_CJK_RE = re.compile("[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
_SPACED_HYPHEN_RE = re.compile(r"[^\W\d_] -$")
_SPLIT_LIGATURE_RE = re.compile(r"(?<![^\W\d_])ff? (?=[filt])")
_MARK_AT_END_RE = re.compile(r"([.,;:!?»”)])\s?\d{1,3}$")
# Tried only where a word starts (not inside one): from any later start in the same word the
# lazy group reaches the same ends, and restarting at each one is quadratic on a long word.
_LIGATURE_RE = re.compile(r"(?<!\w)(\w*?ff?) ([ilft][^\W\d_]+)")
_TERMINAL = tuple(".;:!?»”\"')]…。；：！？")


@attrs.frozen
class Vocabulary:
    """How often each word (lower case) occurs in a document, split words left out."""

    counts: Counter[str] = attrs.field(factory=Counter, eq=False)

    @classmethod
    def from_lines(cls, lines: Iterable[str]) -> Vocabulary:
        """Count the words of ``lines``, leaving out the halves of words split at line ends."""
        counts: Counter[str] = Counter()
        split_before = False
        for line in lines:
            # A lone "f" before "l", "i", "f" or "t" may be a split ligature: not a word.
            words = _WORD_RE.findall(_SPLIT_LIGATURE_RE.sub(" ", line))
            if split_before and words:
                words = words[1:]
            split_before = line.endswith(("\u00ad", *_HYPHENS))
            if split_before and words:
                words = words[:-1]
            counts.update(word.lower() for word in words)
        return cls(counts)

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.counts[word.lower()] > 0


@attrs.frozen
class Block:
    """A paragraph rebuilt from wrapped lines.

    ``line`` and ``page`` are where it starts; ``lines`` the numbers of all its lines;
    ``spans`` the lines' spans moved to offsets in ``text``; ``footnote`` is true for a
    footnote at a page foot.
    """

    text: str
    line: int
    page: int
    lines: tuple[int, ...] = ()
    spans: tuple[Span, ...] = ()
    footnote: bool = False


def _joint(left: str, right: str, vocabulary: Vocabulary | None) -> tuple[str, str]:
    """How ``left`` (a line) ends when ``right`` follows: (its new text, the separator)."""
    if _CJK_RE.match(left[-1:]) or _CJK_RE.match(right[:1]):
        return left, ""  # Chinese and Japanese wrap without spaces
    if _SPACED_HYPHEN_RE.search(left):
        left = left[:-2] + "-"  # "human -" + "made": a hyphen an extractor spaced off
    soft = left.endswith("\u00ad")
    if not soft and (not left.endswith(tuple(_HYPHENS)) or len(left) < 2 or not left[-2].isalpha()):
        return left, " "
    hard = left[:-1] + "-"
    head = _WORD_RE.findall(left[:-1])
    tail = _WORD_RE.match(right)
    if not head or tail is None or not left[:-1].endswith(head[-1]):
        return (left[:-1], "") if soft else (left, "")
    before, after = head[-1].split("-")[-1], tail.group().split("-")[0]
    if vocabulary is not None and f"{before}-{after}" in vocabulary:
        return hard, ""
    if after[0].isupper() and before[-1:].islower():
        return hard, ""  # "Secretary-" + "General", "Kassym-" + "Jomart"
    if vocabulary is None:
        return (left[:-1], "") if soft else (left, "")
    if before + after in vocabulary:
        return left[:-1], ""
    compound = not soft and (after in vocabulary or (len(before) >= 4 and before in vocabulary))
    return (hard, "") if compound else (left[:-1], "")


def _repair_ligatures(text: str, vocabulary: Vocabulary) -> tuple[str, list[int]]:
    """``text`` with split ligatures joined, and the offsets (in ``text``) of removed spaces."""
    removed: list[int] = []

    def fix(match: re.Match[str]) -> str:
        left, right = match.group(1), match.group(2)
        joined = left + right
        certain = joined in vocabulary or (left.lower() in ("f", "ff") and left not in vocabulary)
        if certain and (left not in vocabulary or right not in vocabulary):
            removed.append(match.start() + len(left))
            return joined
        return match.group()

    return _LIGATURE_RE.sub(fix, text), removed


def _join(
    lines: Sequence[str],
    spans: Sequence[Sequence[Span]],
    vocabulary: Vocabulary | None,
) -> tuple[str, tuple[Span, ...]]:
    parts: list[str] = []
    moved: list[Span] = []
    offset = 0
    for index, line in enumerate(lines):
        text, separator = line, ""
        if index + 1 < len(lines):
            text, separator = _joint(line, lines[index + 1], vocabulary)
        elif line.endswith("\u00ad"):
            text = line[:-1]
        moved.extend(
            Span(offset + s.start, offset + min(s.end, len(text)), s.style)
            for s in spans[index]
            if s.start < len(text)
        )
        parts.append(text + separator)
        offset += len(text) + len(separator)
    joined = "".join(parts)
    if vocabulary is not None:
        joined, removed = _repair_ligatures(joined, vocabulary)
        moved = [
            Span(
                s.start - sum(1 for r in removed if r < s.start),
                s.end - sum(1 for r in removed if r < s.end),
                s.style,
            )
            for s in moved
        ]
    return joined, tuple(moved)


def join_lines(lines: Sequence[str], vocabulary: Vocabulary | None = None) -> str:
    """The paragraph made of wrapped ``lines`` (see the module's rules).

    Without a ``vocabulary`` (see :meth:`Vocabulary.from_lines`), a hyphen at a line end is
    always kept and split ligatures are left alone: only the document can prove a word split.
    """
    return _join(lines, [() for _ in lines], vocabulary)[0]


@attrs.frozen
class _Layout:
    """How a document marks paragraphs: ``"lines"`` (one line, one paragraph), ``"blanks"``
    (blank lines between paragraphs) or ``"shape"`` (a short last line ending a sentence);
    ``full`` is the length of a full wrapped line."""

    mode: str
    full: float
    #: Whether paragraphs of this document end with a comma (preambular paragraphs do).
    comma_ends: bool = True


def _layout(lines: Sequence[Line]) -> _Layout:
    lengths = sorted(len(line.text) for line in lines if not line.footnote)
    if not lengths or statistics.median(lengths) >= 120:
        return _Layout("lines", float("inf"))
    full = 0.8 * lengths[int(len(lengths) * 0.9)]
    starts = [i for i in range(1, len(lines)) if lines[i].blank_before]
    if len(starts) >= 0.1 * len(lines):
        commas = sum(lines[i - 1].text.endswith(",") for i in starts)
        return _Layout("blanks", full, comma_ends=commas >= 0.1 * len(starts))
    return _Layout("shape", full)


def _broken_sentence(previous: str, line: Line, layout: _Layout) -> bool:
    """A blank line inside a sentence (an extractor's column break): the line before is full
    and ends no clause, or the line after starts in lower case. A comma ends a clause only in
    documents whose paragraphs often end with one (resolutions)."""
    previous = _MARK_AT_END_RE.sub(r"\1", previous)  # "Strategy;5": a footnote mark
    if previous.endswith(_TERMINAL) or (layout.comma_ends and previous.endswith(",")):
        return False
    return len(previous) >= layout.full or line.text[:1].islower()


def _starts_block(line: Line, previous: Line | None, layout: _Layout) -> bool:
    if previous is None:
        return True
    if line.footnote != previous.footnote or line.indented:
        return True
    if (line.page, line.column) != (previous.page, previous.column):
        return line.blank_before  # the reader already judged the break
    if line.blank_before:
        return layout.mode == "lines" or not _broken_sentence(previous.text, line, layout)
    if layout.mode == "lines":
        return True
    if layout.mode == "blanks":
        return False
    return previous.text.endswith(_TERMINAL) and len(previous.text) < layout.full


def _footnote_start(line: Line) -> bool:
    text = line.text
    mark = any(span.start == 0 and span.style == "superscript" for span in line.spans)
    return mark or text.startswith("*") or bool(re.match(r"^\d{1,3}\s+\S", text))


def paragraphs(document: Document) -> tuple[Block, ...]:
    """The paragraphs of ``document``, footnotes apart; a paragraph that a page break (and the
    page's footnotes) cut in two is joined again."""
    vocabulary = Vocabulary.from_lines(line.text for line in document.lines)
    layout = _layout(document.lines)
    groups: list[list[Line]] = []
    open_body: list[Line] | None = None
    previous: Line | None = None
    for line in document.lines:
        if line.footnote and _RULE_RE.match(line.text):
            continue  # the footnote rule: structure, not text
        if line.footnote:
            if previous is None or not previous.footnote or _footnote_start(line):
                groups.append([line])
            else:
                groups[-1].append(line)
        elif open_body is not None and not _starts_block(line, open_body[-1], layout):
            open_body.append(line)
        else:
            open_body = [line]
            groups.append(open_body)
        previous = line
    blocks = []
    for group in groups:
        text, spans = _join([g.text for g in group], [g.spans for g in group], vocabulary)
        blocks.append(
            Block(
                text=text,
                line=group[0].number,
                page=group[0].page,
                lines=tuple(g.number for g in group),
                spans=spans,
                footnote=group[0].footnote,
            )
        )
    return tuple(blocks)
