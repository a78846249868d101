"""Repair of right-to-left text that a PDF extractor damaged: only what is provably its doing.

Some extractors (pdf.js among them) put the pieces of a right-to-left line out of order and
decompose the lam-alef ligature. In the Arabic records of the corpus this gives the kinds of
damage below, which are repaired here, for a table whose script is right to left, in a text
that shows at least one decomposed ligature:

- **Ligatures.** The lam of a lam-alef ligature comes out after its alef: "األمن" for
  "الأمن", "إال" for "إلا". Two alef letters in a row never occur in correct text, so each
  pattern of :attr:`MeetingPhrases.ligatures` is provably damage and is put back everywhere.
- **Swapped pieces.** A short line printed as two pieces in the wrong order (".10/05 افتتحت
  الجلسة الساعة", "ار جدول الأعمالإقر") is put back when, read the other way, it is
  exactly a procedural sentence or an agenda heading of the table.
- **Sentence ends.** Before a procedural line, the line that ends the speech has its first
  piece — the one ending in a full stop glued to the next letter — put back at its end.
- **Mirrored brackets.** ")S/2024/368(" for "(S/2024/368)": a ")" that closes nothing,
  followed by a "(" with no bracket between, is a mirrored pair and is put back.
- **Split labels.** A speaker label is printed over two lines, reordered: first the end of
  the label with the start of the speech ("ه في البند): يبدأ مجلس الأمن"), then the label's
  head, delegation and language note, their pieces glued or reversed ("تكلم
  باإلنكليزيةامبيق) ((موز السيد أفونسو"). The two lines become one label line in reading
  order ("السيد أفونسو (موزامبيق) (تكلم بالإنكليزية): …") only when every part is proven:
  exactly one language note of the table, a head that is a title or an honorific of the
  table, and — when the brackets say there is a delegation — pieces that put together give
  exactly one country name of the country tables, spelt as the table spells it. When the
  note and the head are proven but the delegation is not, the label is rebuilt with the
  unplaced pieces as its delegation and reported (``delegation-unproven``): the parser then
  leaves the speaker's State and role unknown, never a guessed one. A label without a note,
  title or honorific of the table is left as printed and reported (``label-unrepaired``). The
  labels are rebuilt in :mod:`._split_labels`.

Nothing is dropped: a repaired line holds every character of the lines it was made from.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Callable, Sequence

import attrs

from ..folding import fold
from ..sources._document import Line
from ._lang import MeetingPhrases
from ._procedure import agenda_and_note_starts, agenda_test, match_note
from ._split_labels import ends_label, is_split_label, join_label, looks_split
from ._tables import TERMINAL, fewest_literals, per_table

__all__ = ["Repair", "repair_lines"]

_MIRRORED = re.compile(r"\)([^()]*)\(")
_MIRRORED_IN_LINE = re.compile(r"\)[^()\n]*\(")  # (a line holding a mirrored pair)
_MAX_ROTATED = 60
_GLUED_STOP = re.compile(r"^[^.]*?\.(?=[\u0620-\u064a])")


# A line's fields after its text (its first), read in one C call: a repaired line is built from them
# directly (``attrs.evolve`` looks the class's fields up at every call).
_AFTER_TEXT = operator.attrgetter(*(field.name for field in attrs.fields(Line)[1:]))


def _with_text(line: Line, text: str) -> Line:
    """``attrs.evolve(line, text=text)``."""
    return Line(text, *_AFTER_TEXT(line))


@attrs.frozen
class Repair:
    """What the repair did or could not do at one line: a diagnostic's code and message."""

    code: str
    message: str
    line: Line


def repair_lines(lines: list[Line], table: MeetingPhrases) -> tuple[list[Line], list[Repair]]:
    """The lines with the extractor's damage repaired, and a :class:`Repair` for each label.

    Lines of a table that is not right to left are returned as they are (the list itself,
    which tells the caller that nothing changed), and so are the lines of a text without a
    single decomposed ligature: the other repairs are made only on a text that shows the
    extractor's hand.
    """
    if not table.right_to_left:
        return lines, []
    fixed = _recompose_all(lines, table)
    if fixed is None:
        return lines, []  # no decomposed ligature: not this extractor's damage
    out: list[Line] = []
    repairs: list[Repair] = []
    heading = agenda_test(table)  # (looked up once: every line is asked)
    texts = [fold(line.text) for line in fixed]
    # A split label's first line ends a label (both tests below ask it first): most lines do not.
    label_ends = [ends_label(text) for text in texts]
    done = 0  # the lines before it are in ``out``
    for i in _lines_to_repair(fixed, texts, label_ends, table):
        if i < done:
            continue  # (the second line of a split label, taken with the first)
        out.extend(fixed[done:i])  # lines no repair below can change
        done = i + 1
        line = fixed[i]
        split = label_ends[i] and i + 1 < len(fixed)
        if split and is_split_label(line.text, fixed[i + 1].text, table):
            printed = f"{lines[i].text.strip()!r} + {lines[i + 1].text.strip()!r}"
            joined = join_label(line.text, fixed[i + 1].text, table)
            if joined is not None and not joined[2]:
                repairs.append(Repair("delegation-unproven", f"speaker label {printed} put "
                                      f"back in reading order as {joined[0]!r}, but its "
                                      "delegation could not be proven: the speaker's "
                                      "delegation and role are left unknown", line))
                out.append(_unmirror(_with_text(line, joined[1])))
            elif joined is None:
                repairs.append(Repair("label-unrepaired", "a speaker label split over two "
                                      f"lines could not be rebuilt: {printed}; the speech after "
                                      "it stays with the previous speaker in this parse", line))
                out.append(_unmirror(line))
                out.append(_unmirror(fixed[i + 1]))
            else:
                repairs.append(Repair("label-repaired", f"speaker label {printed} put back "
                                      f"in reading order: {joined[0]!r}", line))
                out.append(_unmirror(_with_text(line, joined[1])))
            done = i + 2
            continue
        if split and looks_split(line.text, fixed[i + 1].text, table):
            repairs.append(Repair("label-unrepaired", "what looks like a speaker label split "
                                  f"over two lines, without a language note: "
                                  f"{lines[i].text.strip()!r} + {lines[i + 1].text.strip()!r}; "
                                  "the speech after it may be given to the previous speaker",
                                  line))
        out.append(_rotate(_unmirror(line), table, heading))
    out.extend(fixed[done:])
    return _close_sentences(out, table), repairs


def _lines_to_repair(lines: list[Line], texts: list[str], label_ends: list[bool],
                     table: MeetingPhrases) -> list[int]:
    """The indices, in order, of the lines (``texts`` folded) that a label's, a bracket's or a
    rotation's repair can change: a line that ends a label, one whose brackets hold a
    mirrored pair (:func:`_unmirror`), and a short line a rotation of which holds a literal of
    the table's headings and notes (:func:`_rotate`). Found with searches of the lines joined,
    not a test of each line: most lines need none of these repairs."""
    raw = "\n".join(line.text for line in lines)
    if raw.count("\n") != len(lines) - 1:  # a line holding a line end (never from the readers)
        return list(range(len(lines)))
    starts = list(itertools.accumulate((len(line.text) + 1 for line in lines), initial=0))
    visit = set(itertools.compress(range(len(lines)), label_ends))
    visit.update(bisect.bisect_right(starts, found.start()) - 1
                 for found in _MIRRORED_IN_LINE.finditer(raw))
    short = [index for index, text in enumerate(texts) if len(text) <= _MAX_ROTATED]
    literals = per_table(table, "rotation-literals", _rotation_literals)
    if literals is None or any("\n" in literal for literal in literals):
        visit.update(short)
    elif short:
        doubled = "\n".join(texts[index] * 2 for index in short)
        ends = list(itertools.accumulate(len(texts[index]) * 2 + 1 for index in short))
        for literal in literals:
            at = doubled.find(literal)
            while at >= 0:
                line = bisect.bisect_right(ends, at)  # (the line whose end is after ``at``)
                visit.add(short[line])
                at = doubled.find(literal, ends[line])
    return sorted(visit)


def _close_sentences(lines: list[Line], table: MeetingPhrases) -> list[Line]:
    """Before a procedural line, the sentence ends: its full stop goes back to the line's end.

    The extractor prints the last piece of a line first: "ار للتصويت عليه الآن.ع القرح …" ends
    logically with "الآن." — the full stop glued to the next letter marks where that piece ends.
    A procedural sentence on the next line proves the speech's sentence ended there.
    """
    out = list(lines)
    for index in range(1, len(out)):
        text = fold(out[index].text)
        if not text.endswith("."):  # (the quick test first: most lines end otherwise)
            continue
        previous = fold(out[index - 1].text)
        if TERMINAL.search(previous) or match_note(text, table) is None:
            continue
        glued = _GLUED_STOP.match(previous)
        if glued is not None:
            rotated = f"{previous[glued.end() :]} {glued.group(0)}".strip()
            out[index - 1] = _with_text(out[index - 1], rotated)
    return out


def _rotate(line: Line, table: MeetingPhrases, heading: Callable[[str], bool]) -> Line:
    """A short line whose two pieces came out swapped, when swapping them back proves it.

    Proof is a procedural sentence of the table ending in its full stop (".10/05 افتتحت الجلسة
    الساعة", "ي تصويت برفع الأيدي.أجر") or an agenda heading ("ار جدول الأعمالإقر"), read
    whole, where the line as printed is neither (``heading``: the table's
    :func:`agenda_test`).
    """
    text = fold(line.text)
    if len(text) > _MAX_ROTATED:
        return line
    finder = per_table(table, "rotation-finder", _rotation_finder)
    if finder is not None and finder.search(text + text) is None:
        return line  # no rotation (a piece of the text twice over) holds what each must
    if heading(text) or (
        text.endswith(".") and match_note(text, table) is not None
    ):
        return line
    for cut in _cuts(text, table):
        # The rotation starts at text[cut] and ends with text[cut - 1]: neither a space.
        if text[cut].isspace() or text[cut - 1].isspace() or text[cut] == "[":
            continue
        candidate = text[cut:] + text[:cut]
        # A rotation of a folded line without space at either end is folded itself.
        if heading(candidate) or (
            candidate.endswith(".") and match_note(candidate, table) is not None
        ):
            return _with_text(line, candidate)
    return line


def _rotation_finder(table: MeetingPhrases) -> re.Pattern[str] | None:
    """A pattern finding any of :func:`_rotation_literals` (one search in C instead of a
    search for each), or ``None`` when there are none to look for."""
    literals = _rotation_literals(table)
    if literals is None:
        return None
    return re.compile("|".join(map(re.escape, literals)) or "(?!)")  # (none: never found)


def _rotation_literals(table: MeetingPhrases) -> tuple[str, ...] | None:
    """Texts of which an agenda heading or a procedural note of the table holds one
    (:func:`inner_literals`, those holding another left out), or ``None`` when a pattern
    holds none."""
    procedure = tuple(pattern for _, patterns in table.procedure for pattern in patterns)
    return fewest_literals((*table.adoption_headings, *table.agenda_headings, *procedure))


def _cuts(text: str, table: MeetingPhrases) -> list[int]:
    """The cuts of ``text`` whose rotation can be an agenda heading (it starts with a character
    an agenda pattern of the table can start with) or a note (it ends with a full stop and
    starts with a character a note pattern can start with), in order."""
    finder = per_table(table, "rotation-cuts", _cut_finder)
    if finder is None:
        return list(range(1, len(text)))
    return [match.start() for match in finder.finditer(text, 1)]


def _cut_finder(table: MeetingPhrases) -> re.Pattern[str] | None:
    """The pattern whose matches start at :func:`_cuts`'s cuts (searched from the second
    character): a character an agenda heading can start with, or one a note can start with
    after a full stop; ``None`` when an agenda heading can start with any character."""
    agenda, notes = agenda_and_note_starts(table)
    if agenda is None:
        return None
    return re.compile(f"{_one_of(agenda)}|(?<=\\.){'.' if notes is None else _one_of(notes)}",
                      re.DOTALL)


def _one_of(chars: frozenset[str]) -> str:
    """A pattern matching one of ``chars`` (none: a pattern that never matches)."""
    return f"[{''.join(map(re.escape, sorted(chars)))}]" if chars else "(?!)"


def _recompose_all(lines: Sequence[Line], table: MeetingPhrases) -> list[Line] | None:
    """The lines with their ligatures put back, or ``None`` when no line has one to put back.

    The repairs run once over the lines joined (no ligature pattern spans a line end), and
    only the lines they changed are made anew."""
    whole = "\n".join(line.text for line in lines)
    text = whole
    for pattern, replacement in per_table(table, "ligatures", _ligatures):
        text = replacement(text) if callable(replacement) else pattern.sub(replacement, text)
    if text == whole:
        return None
    texts = text.split("\n")
    if len(texts) != len(lines):  # a line holding a line end (never from the readers)
        texts = [line.text for line in lines]
        for pattern, replacement in per_table(table, "ligatures", _ligatures):
            texts = [replacement(piece) if callable(replacement) else
                     pattern.sub(replacement, piece) for piece in texts]
    return [
        line if new == line.text else _with_text(line, new)
        for line, new in zip(lines, texts, strict=True)
    ]


_Substitution = str | Callable[[str], str]


def _ligatures(table: MeetingPhrases) -> tuple[tuple[re.Pattern[str], _Substitution], ...]:
    """The table's ligature repairs, compiled once per process: each a pattern and its
    replacement, or what makes the replacements over a whole text (:func:`_by_groups`)."""
    return tuple((compiled, _by_groups(compiled, replacement) or replacement)
                 for compiled, replacement in ((re.compile(pattern), replacement)
                                               for pattern, replacement in table.ligatures))


_GROUPS_ONLY = re.compile(r"(?:[^\\]|\\[1-9])*")  # literal characters and groups \1 to \9
_GROUP = re.compile(r"\\([1-9])")


def _by_groups(pattern: re.Pattern[str], replacement: str) -> Callable[[str], str] | None:
    """``pattern.sub(replacement, ·)`` without a Python call for each match, when the
    replacement holds only literal characters and groups ``\\1`` to ``\\9`` of the pattern
    (else ``None``): :meth:`re.Pattern.split` gives each match's groups, and the replacement
    made from a match's groups is kept (a record has a few kinds of decomposed ligature and a
    hundred of them; expanding each cost half the repair of its ligatures).
    """
    refs = [int(ref) for ref in _GROUP.findall(replacement)]
    if (not pattern.groups or _GROUPS_ONLY.fullmatch(replacement) is None
            or any(ref > pattern.groups for ref in refs)):
        return None
    step = pattern.groups + 1
    expanded = _Expanded(replacement)

    def substitute(text: str) -> str:
        parts = pattern.split(text)
        if len(parts) == 1:
            return text
        groups = zip(*(parts[index::step] for index in range(1, step)), strict=True)
        out = parts[::step]  # the text between the matches, then each match's replacement
        return "".join(itertools.chain.from_iterable(itertools.zip_longest(
            out, map(expanded.__getitem__, groups), fillvalue="")))

    return substitute


class _Expanded(dict[tuple[str | None, ...], str]):
    """A replacement's text for each tuple of a match's groups (an unmatched group is empty)."""

    def __init__(self, replacement: str) -> None:
        super().__init__()
        self.replacement = replacement

    def __missing__(self, groups: tuple[str | None, ...]) -> str:
        text = self[groups] = _GROUP.sub(lambda ref: groups[int(ref.group(1)) - 1] or "",
                                         self.replacement)
        return text


def _unmirror(line: Line) -> Line:
    """The line with each mirrored pair ")…(" — a ")" that closes nothing — put back."""
    text = line.text
    if ")" not in text or "(" not in text:  # (a plain search: most lines hold no pair)
        return line
    out: list[str] = []
    depth, pos = 0, 0
    for match in _MIRRORED.finditer(text):
        between = text[pos : match.start()]
        depth += between.count("(") - between.count(")")
        if depth == 0:
            out.append(f"{between}({match.group(1)})")
        else:
            out.append(between + match.group(0))
            depth += match.group(0).count("(") - match.group(0).count(")")
        pos = match.end()
    if not out:
        return line
    return _with_text(line, "".join(out) + text[pos:])
