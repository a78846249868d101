"""Speaker labels: "M. Zas (parle en russe) :", "The President:", "傅聪先生（中国）：".

A label is a head (a title from the language's table, or an honorific and a name), then up
to two bracketed groups (the delegation as printed and a language note, in either order),
then a colon. Anything else before a colon ("Un partenariat s’impose à tous les niveaux :")
is not a label. The words come from :mod:`csto_un.meetings._lang` tables.
"""

from __future__ import annotations

import re

import attrs

from ..languages import language_code
from ..model import Role
from ..text import CJK, unspace_cjk
from ._lang import MeetingPhrases
from ._tables import compiled, per_table, remembered

__all__ = ["LabelMatch", "honorifics_longest_first", "label_heads", "language_of_note",
           "match_label"]

_MAX_LABEL = 200
_MAX_NAME_TOKENS = 7
_PARTICLES = frozenset(
    (
        "de", "del", "della", "der", "den", "di", "da", "das", "do", "dos", "du", "la", "le",
        "les", "van", "von", "ter", "ten", "zu", "bin", "bint", "ibn", "al", "el", "y", "e",
        "et", "und", "af", "av", "op", "het", "d’", "d'", "mac",
    )
)
_BAD_NAME = re.compile(r"[,;!?\d\"“”«»。，、；]")
_UNCASED = re.compile(r"[\u0600-\u06ff\u3000-\u9fff]")


@attrs.frozen
class LabelMatch:
    """A recognised label: its parts, and where the speech starts after it (``end``)."""

    label: str
    end: int
    honorific: str | None = None
    name: str | None = None
    title: str | None = None
    title_role: Role | None = None
    country: str | None = None
    language: str | None = None


def match_label(text: str, table: MeetingPhrases) -> LabelMatch | None:
    """The label at the start of ``text`` (already folded), or ``None``.

    >>> from csto_un.meetings._lang import TABLES
    >>> m = match_label("M. Zas (parle en russe) : Je remercie", TABLES["fr"])
    >>> m.honorific, m.name, m.language, m.label
    ('M.', 'Zas', 'ru', 'M. Zas (parle en russe) :')
    """
    if ":" not in text:  # every label ends in a colon: most lines go no further
        return None
    # A label ending at the text's first colon is read once per process: what the reading
    # looks at is the text up to that colon (and the spaces after it, for ``end``), and a
    # record's speakers come back, label after label (``tests/test_meetings_labels_found.py``).
    colon = text.find(":", 0, _MAX_LABEL)
    if colon < 0:
        return _match_label(text, table)
    found = per_table(table, "labels-found", _no_labels_yet)
    label = text[: colon + 1]
    match = found.get(label)
    if match is not None:
        end = _skip_spaces(text, colon + 1)
        return match if match.end == end else attrs.evolve(match, end=end)
    match = _match_label(text, table)
    if match is not None and len(match.label) == colon + 1:
        if len(found) >= _LABELS_KEPT:
            found.clear()
        found[label] = match
    return match


_LABELS_KEPT = 1024


def _no_labels_yet(table: MeetingPhrases) -> dict[str, LabelMatch]:
    """The labels :func:`match_label` found for one table, by their text: none yet."""
    return {}


def _match_label(text: str, table: MeetingPhrases) -> LabelMatch | None:
    """:func:`match_label`, read afresh."""
    heads = label_heads(table)
    if heads is not None and not text.lstrip().startswith(heads):
        return None  # no title, no honorific first: no label
    bracket, colon = text.find("(", 0, _MAX_LABEL), text.find(":", 0, _MAX_LABEL)
    if colon < 0 and bracket < 0:
        return None
    head_end = colon if bracket < 0 else bracket if colon < 0 else min(bracket, colon)
    head = unspace_cjk(text[:head_end].strip())
    pos, groups = head_end, list[str]()
    while pos < len(text) and text[pos] == "(":
        close = _closing(text, pos)
        if close is None or len(groups) == 3:
            return None
        groups.append(unspace_cjk(text[pos + 1 : close].strip()))
        pos = _skip_spaces(text, close + 1)
    if pos >= len(text) or text[pos] != ":":
        return None
    parts = (
        remembered(table, "label-parts", (head, *groups), _parts, head, groups, table)
        if pos < _MAX_LABEL  # (a record's speakers come back, label after label)
        else _parts(head, groups, table)
    )
    if parts is None:
        return None
    honorific, name, title, role, country, language = parts
    return LabelMatch(label=text[: pos + 1], end=_skip_spaces(text, pos + 1),
                      honorific=honorific, name=name, title=title, title_role=role,
                      country=country, language=language)


_Parts = tuple[str | None, str | None, str | None, Role | None, str | None, str | None]


def _parts(head: str, groups: list[str], table: MeetingPhrases) -> _Parts | None:
    """A label's honorific, name, title, role, delegation and language note, read from its
    head and bracketed groups; ``None`` when they make no label."""
    country, language = None, None
    for group in groups:
        note_word = _note_word(group, table.notes)
        if note_word is not None and language is None:
            language = language_of_note(note_word, table)
        elif country is None and note_word is None and group:
            country = group
        else:
            return None
    parts = _head(head, table)
    if parts is None:
        return None
    return (*parts, country, language)


def language_of_note(word: str, table: MeetingPhrases) -> str | None:
    """The ISO 639-1 code of a language word from a note ("russe", "Russian ", "英语")."""
    return remembered(table, "note-languages", word, _language_of_note, word, table, limit=4096)


def _language_of_note(word: str, table: MeetingPhrases) -> str | None:
    """:func:`language_of_note`, read afresh."""
    plain = word.strip().rstrip(")").strip()
    return language_code(plain) or table.language_words.get(plain.lower())


def _note_word(group: str, patterns: tuple[str, ...]) -> str | None:
    for pattern in compiled(patterns):
        match = pattern.fullmatch(group)
        if match:
            return match.group("language")
    return None


def _head(
    head: str, table: MeetingPhrases
) -> tuple[str | None, str | None, str | None, Role | None] | None:
    titled = per_table(table, "title-by-form", _title_by_form).get(head)
    if titled is not None:
        return None, None, *titled
    if not (head.endswith(table.honorifics) if table.honorific_after
            else head.startswith(table.honorifics)):
        return None  # (no honorific: the tests below all ask for one at the head's edge)
    for honorific in honorifics_longest_first(table):
        if table.honorific_after:
            if head.endswith(honorific) and len(head) > len(honorific):
                name = head[: -len(honorific)].strip()
                return (honorific, name, None, None) if _is_name(name) else None
        elif head.startswith(honorific + " ") or (
            honorific.endswith(".") and head.startswith(honorific) and len(head) > len(honorific)
        ):
            name = head[len(honorific) :].strip()
            return (honorific, name, None, None) if _is_name(name) else None
    return None


def label_heads(table: MeetingPhrases) -> tuple[str, ...] | None:
    """What every label of ``table`` starts with (a title or an honorific), or ``None`` when
    a label may start otherwise; read once per table."""
    return per_table(table, "label-heads", _label_heads)


def _label_heads(table: MeetingPhrases) -> tuple[str, ...] | None:
    """What a label must start with, when the table's honorifics come first: a title or an
    honorific (``None`` when they follow the name, or when spaces between CJK characters,
    which the label's head loses, could hide one)."""
    heads = (*(form for form, _, _ in _title_forms(table)), *table.honorifics)
    if table.honorific_after or any(CJK.search(head) for head in heads):
        return None
    return heads


def _title_forms(table: MeetingPhrases) -> tuple[tuple[str, str, Role], ...]:
    """How the table's titles are printed in a label: as written ("The President"), and with
    the words after the first in capitals, as older records print them, like the speakers'
    names ("The PRESIDENT", "The ACTING PRESIDENT": General Assembly records of the 1990s)."""
    forms: list[tuple[str, str, Role]] = []
    for title, role in table.titles:
        first, _, rest = title.partition(" ")
        for form in dict.fromkeys((title, f"{first} {rest.upper()}" if rest else title)):
            forms.append((form, title, role))
    return tuple(forms)


def _title_by_form(table: MeetingPhrases) -> dict[str, tuple[str, Role]]:
    """The title and role of each printed form of a title (the first, for a form printed
    for two)."""
    found: dict[str, tuple[str, Role]] = {}
    for form, title, role in _title_forms(table):
        found.setdefault(form, (title, role))
    return found


def honorifics_longest_first(table: MeetingPhrases) -> tuple[str, ...]:
    """The table's honorifics, the longest first (sorted once per table)."""
    return per_table(table, "honorifics-longest-first", _longest_first)


def _longest_first(table: MeetingPhrases) -> tuple[str, ...]:
    return tuple(sorted(table.honorifics, key=len, reverse=True))


def _is_name(name: str) -> bool:
    if not name or _BAD_NAME.search(name) or name.endswith("."):
        return False
    if _UNCASED.search(name):
        return len(name) <= 40 and len(name.split()) <= _MAX_NAME_TOKENS
    tokens = name.split()
    if len(tokens) > _MAX_NAME_TOKENS:
        return False
    for token in tokens:
        after_apostrophe = token[max(token.rfind("'"), token.rfind("’")) + 1 :]
        if token.lower() in _PARTICLES or token[:1].isupper() or after_apostrophe[:1].isupper():
            continue
        return False
    return tokens[-1][:1].isupper() or tokens[-1][:1] in "'’"


def _closing(text: str, start: int) -> int | None:
    """Where the bracket opening at ``start`` closes (within :data:`_MAX_LABEL` characters)."""
    limit = min(len(text), start + _MAX_LABEL)
    close = text.find(")", start, limit)
    if close >= 0 and text.startswith("(", start) and text.find("(", start + 1, close) < 0:
        return close  # nothing nested: the first closing bracket (most labels)
    depth = 0
    for index in range(start, min(len(text), start + _MAX_LABEL)):
        if text[index] == "(":
            depth += 1
        elif text[index] == ")":
            depth -= 1
            if depth == 0:
                return index
    return None


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos
