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
  title or honorific of the table is left as printed and reported (``label-unrepaired``).

Nothing is dropped: a repaired line holds every character of the lines it was made from.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Callable, Sequence

import attrs

from ..countries import country_code, country_names
from ..folding import fold, fold_key
from ..sources._document import Line
from ._labels import match_label
from ._lang import MeetingPhrases
from ._procedure import agenda_and_note_starts, agenda_test, match_note
from ._tables import TERMINAL, fewest_literals, per_table, remembered

__all__ = ["Repair", "repair_lines"]

_TERMINATOR = re.compile(r"^(?P<pre>[^:]*?)(?:\)\s?:|:\s?\))(?P<post>[^:]*)$")
_BRACKETS = re.compile(r"[()]")
_MIRRORED = re.compile(r"\)([^()]*)\(")
_MIRRORED_IN_LINE = re.compile(r"\)[^()\n]*\(")  # (a line holding a mirrored pair)
_MAX_PIECES = 5
_MAX_ROTATED = 60
_MAX_LABEL_WORDS = 12
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
    label_ends = [_ends_label(text) for text in texts]
    done = 0  # the lines before it are in ``out``
    for i in _lines_to_repair(fixed, texts, label_ends, table):
        if i < done:
            continue  # (the second line of a split label, taken with the first)
        out.extend(fixed[done:i])  # lines no repair below can change
        done = i + 1
        line = fixed[i]
        split = label_ends[i] and i + 1 < len(fixed)
        if split and _is_split_label(line.text, fixed[i + 1].text, table):
            printed = f"{lines[i].text.strip()!r} + {lines[i + 1].text.strip()!r}"
            joined = _join_label(line.text, fixed[i + 1].text, table)
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
        if split and _looks_split(line.text, fixed[i + 1].text, table):
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


def _ends_label(text: str) -> bool:
    """Whether ``text`` holds the end of a label, ")" and ":" side by side (the pattern is
    tried only on a line holding both: most lines hold no colon)."""
    return ":" in text and ")" in text and _TERMINATOR.match(text) is not None


def _is_split_label(first: str, second: str, table: MeetingPhrases) -> bool:
    """Whether ``first`` ends a label it does not hold and ``second`` holds its language note."""
    a, b = fold(first), fold(second)
    if ":" in b or not _ends_label(a) or match_label(a, table) is not None:
        return False
    return any(re.search(pattern, b) for pattern in table.scrambled_notes)


def _looks_split(first: str, second: str, table: MeetingPhrases) -> bool:
    """A label end on ``first`` and, on ``second``, a bracket and a title or honorific alone."""
    a, b = fold(first), fold(second)
    if ":" in b or ("(" not in b and ")" not in b) or not _ends_label(a):
        return False
    if match_label(a, table) is not None or len(b.split()) > _MAX_LABEL_WORDS:
        return False
    words = {*(t for t, _ in table.titles), *table.honorifics}
    return any(re.search(rf"(?:^|[\s()]){re.escape(w)}(?:$|[\s()])", b) for w in words)


def _join_label(first: str, second: str, table: MeetingPhrases) -> tuple[str, str, bool] | None:
    """``(label, line, proven)``: the label in reading order, the line it opens, and whether its
    delegation is proven (when not, the unplaced pieces stand in its place, as printed);
    ``None`` when not even a note and a head are proven."""
    terminator = _TERMINATOR.match(fold(first))
    if terminator is None:
        return None
    # (remembered: a record prints the same second line again, the President's at each turn)
    rebuilt = remembered(table, "rebuilt-label", second, _rebuilt_label, fold(second), table)
    if rebuilt is None:
        return None
    label, proven = rebuilt
    speech = " ".join(p for p in (terminator.group("post").strip(),
                                  terminator.group("pre").strip()) if p)
    return label, f"{label} {speech}".strip(), proven


def _rebuilt_label(text: str, table: MeetingPhrases) -> tuple[str, bool] | None:
    """``(label, proven)`` from a split label's second line (folded): its head, delegation
    and language note put in reading order (see :func:`_join_label`)."""
    notes = [m for pattern in table.scrambled_notes for m in re.finditer(pattern, text)]
    if len({(m.start(), m.end()) for m in notes}) != 1:
        return None
    note = _reading_order(notes[0].group(0), table)
    if note is None:
        return None
    rest = f"{text[: notes[0].start()]} {text[notes[0].end() :]}"
    # Brackets: the note's pair (one of them ends the first line), and a delegation's pair.
    groups, odd = divmod(len(_BRACKETS.findall(rest)) + 1, 2)
    if odd or groups not in (1, 2):
        return None
    head = _head(rest, table, delegation=groups == 2)
    if head is None:
        return None
    label = f"{head[0]} ({head[1]}) ({note}):" if head[1] else f"{head[0]} ({note}):"
    if match_label(label, table) is None:
        return None
    return label, head[2]


def _reading_order(note: str, table: MeetingPhrases) -> str | None:
    """The note's words in the order one of the table's label notes reads them."""
    for words in (note.split(), note.split()[::-1]):
        candidate = " ".join(words)
        if any(re.fullmatch(pattern, candidate) for pattern in table.notes):
            return candidate
    return None


def _head(
    rest: str, table: MeetingPhrases, *, delegation: bool
) -> tuple[str, str | None, bool] | None:
    """``(head, delegation, proven)`` from what the second line holds besides the note."""
    plain = " ".join(_BRACKETS.sub(" ", rest).split())
    titles, honorifics = per_table(table, "label-head-patterns", _head_patterns)
    for title, pattern in titles:
        # (a plain search first: a line holds one title or honorific of a dozen, if any)
        found = pattern.search(plain) if title in plain else None
        if found is None:
            continue
        pieces = _pieces(plain[: found.start()]) + _pieces(plain[found.end() :])
        if not delegation:
            return (title, None, True) if not pieces else None
        country = _delegation(pieces, table.language)
        if country is None or set(country[1]) != set(range(len(pieces))):
            return title, " ".join(pieces) or None, False
        return title, country[0], True
    for honorific, pattern in honorifics:
        found = pattern.search(rest) if honorific in rest else None
        if found is None:
            continue
        before, after = rest[: found.start()], rest[found.end() :]
        after_pieces = _pieces(after)
        named = after_pieces[:1]
        candidates = _pieces(before) + after_pieces[1:]
        country = None
        if delegation:
            country = _delegation(candidates, table.language)
            if country is None:  # the name is the piece after the honorific; the rest unplaced
                if not named:
                    return None
                return f"{honorific} {named[0]}", " ".join(candidates) or None, False
        used = set(country[1]) if country else set()
        left = [piece for index, piece in enumerate(candidates) if index not in used]
        if named:  # pieces glued to the honorific end the name: "ا وودوردالسيدة باربر"
            glued = bool(before) and not before[-1].isspace() and before[-1] not in "()"
            name = named[0] + (("" if glued else " ") + " ".join(left) if left else "")
        else:  # the honorific ends the line: the label's words came out in reverse order
            name = " ".join(" ".join(left).split()[::-1])
        if not name.strip():
            return None
        return f"{honorific} {name.strip()}", country[0] if country else None, True
    return None


_Heads = tuple[tuple[str, re.Pattern[str]], ...]


def _head_patterns(table: MeetingPhrases) -> tuple[_Heads, _Heads]:
    """The table's titles and honorifics, longest first, each with the pattern that finds it
    as a label's head in :func:`_head` (compiled once per table)."""
    titles = sorted((title for title, _ in table.titles), key=len, reverse=True)
    honorifics = sorted(table.honorifics, key=len, reverse=True)
    return (tuple((title, re.compile(rf"(?:^|\s){re.escape(title)}(?:\s|$)")) for title in titles),
            tuple((word, re.compile(rf"{re.escape(word)}(?=[\s()]|$)")) for word in honorifics))


def _pieces(text: str) -> list[str]:
    return [piece.strip() for piece in _BRACKETS.split(text) if piece.strip()]


def _delegation(pieces: Sequence[str], language: str) -> tuple[str, tuple[int, ...]] | None:
    """The one country name the pieces give put together, and which pieces it took.

    Pieces are tried in every order, joined with or without a space; ``None`` unless exactly
    one State comes out (its longest assembly is kept).
    """
    if not pieces or len(pieces) > _MAX_PIECES:
        return None
    found: dict[str, tuple[str, tuple[int, ...]]] = {}
    for size in range(1, len(pieces) + 1):
        for order in itertools.permutations(range(len(pieces)), size):
            for joints in itertools.product(("", " "), repeat=size - 1):
                name = pieces[order[0]] + "".join(
                    joint + pieces[index] for joint, index in zip(joints, order[1:], strict=True))
                code = _exact_code(name, language)
                if code is not None and (code not in found or size > len(found[code][1])):
                    found[code] = (name, order)  # the most pieces the one name can take
    if len(found) != 1:
        return None
    return next(iter(found.values()))


def _exact_code(name: str, language: str) -> str | None:
    """The code of ``name`` when it is, letter for letter, a form of the language's table."""
    code = country_code(name, language)
    if code is None:
        return None
    return code if fold_key(name) in _form_keys(code, language) else None


@functools.lru_cache(maxsize=1024)
def _form_keys(code: str, language: str) -> frozenset[str]:
    """The keys (:func:`fold_key`) of every form the language's table gives the State."""
    names = country_names(code, language)
    return frozenset(fold_key(form) for form in names.forms) if names is not None else frozenset()
