"""Speaker labels that a right-to-left extractor split over two lines, put back in reading
order (see :mod:`._arabic`, which finds them among its repairs).

A label is printed over two lines, reordered: first the end of the label with the start of
the speech ("ه في البند): يبدأ مجلس الأمن"), then the label's head, delegation and language
note, their pieces glued or reversed ("تكلم باإلنكليزيةامبيق) ((موز السيد أفونسو"). The two
lines become one label line in reading order only when every part is proven: exactly one
language note of the table, a head that is a title or an honorific of the table, and — when
the brackets say there is a delegation — pieces that put together give exactly one country
name of the country tables, spelt as the table spells it (else the unplaced pieces stand as
the delegation, and :func:`join_label` says it is not proven).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

from ..countries import country_code, country_names
from ..folding import fold, fold_key
from ._labels import match_label
from ._lang import MeetingPhrases
from ._tables import per_table, remembered

__all__ = ["ends_label", "is_split_label", "join_label", "looks_split"]

_TERMINATOR = re.compile(r"^(?P<pre>[^:]*?)(?:\)\s?:|:\s?\))(?P<post>[^:]*)$")
_BRACKETS = re.compile(r"[()]")
_MAX_PIECES = 5
_MAX_LABEL_WORDS = 12


def ends_label(text: str) -> bool:
    """Whether ``text`` holds the end of a label, ")" and ":" side by side (the pattern is
    tried only on a line holding both: most lines hold no colon)."""
    return ":" in text and ")" in text and _TERMINATOR.match(text) is not None


def is_split_label(first: str, second: str, table: MeetingPhrases) -> bool:
    """Whether ``first`` ends a label it does not hold and ``second`` holds its language note."""
    a, b = fold(first), fold(second)
    if ":" in b or not ends_label(a) or match_label(a, table) is not None:
        return False
    return any(re.search(pattern, b) for pattern in table.scrambled_notes)


def looks_split(first: str, second: str, table: MeetingPhrases) -> bool:
    """A label end on ``first`` and, on ``second``, a bracket and a title or honorific alone."""
    a, b = fold(first), fold(second)
    if ":" in b or ("(" not in b and ")" not in b) or not ends_label(a):
        return False
    if match_label(a, table) is not None or len(b.split()) > _MAX_LABEL_WORDS:
        return False
    words = {*(t for t, _ in table.titles), *table.honorifics}
    return any(re.search(rf"(?:^|[\s()]){re.escape(w)}(?:$|[\s()])", b) for w in words)


def join_label(first: str, second: str, table: MeetingPhrases) -> tuple[str, str, bool] | None:
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
    and language note put in reading order (see :func:`join_label`)."""
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
