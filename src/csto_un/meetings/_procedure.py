"""Procedural notes: what the record says that nobody says, read with a language's table.

"La séance est ouverte à 11 h 5.", "It was so decided.", "A vote was taken by show of hands."
with its lists "In favour:", "Against:", "Abstaining:", "Draft resolution A/55/L.91 was adopted
(resolution 55/281).", agenda headings ("Adoption of the agenda", "Agenda item 10
(continued)"), invitations under rules 37 and 39.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Sequence

import attrs

from ..citations import extract_citations
from ..countries import country_code, split_countries
from ..folding import fold
from ..model import NoteKind, Vote
from ..text import CJK, unspace_cjk
from ._labels import honorifics_longest_first
from ._lang import MeetingPhrases
from ._tables import (
    any_fullmatch,
    compiled,
    fewest_literals,
    first_chars,
    guarded,
    holds_any,
    parse_time,
    per_table,
)

__all__ = [
    "Invitee",
    "NoteMatch",
    "agenda_and_note_starts",
    "agenda_test",
    "document_symbols",
    "invitations",
    "invitations_in",
    "invited_briefers",
    "invited_states",
    "match_note",
    "named_delegation",
    "note_words",
    "vote_head",
    "vote_lists",
]

_MAX_INFLECTED_WORDS = 5
# (not after a "/": inside "A/C.1/..." a later start finds nothing the first did not, and
# restarting at each "/" of a long chain is quadratic)
# (each repeated segment ends with "/": the nesting cannot match one text two ways)
_SYMBOL = re.compile(r"(?<!/)\b(?:S|A|E)/(?:[A-Z0-9.-]+/)*[A-Za-z0-9.-]*\d[A-Za-z0-9.]*")  # noqa: DUO138


@attrs.frozen
class NoteMatch:
    """A paragraph recognised as a procedural note of kind ``kind``, at clock ``time``;
    a change of chair names who takes it (``chair``: "Mr. Olhaye (Djibouti)") and in which
    office (``office``: "Vice-President")."""

    kind: NoteKind
    time: dt.time | None = None
    chair: str | None = None
    office: str | None = None


def match_note(text: str, table: MeetingPhrases) -> NoteMatch | None:
    """The procedural note ``text`` (one paragraph) is, or ``None``."""
    text = fold(text)
    if len(text) > 600:
        return None
    if text.startswith("[") and text.endswith("]"):  # an editor's note: "[Subsequently, …]"
        return NoteMatch(kind=NoteKind.OTHER)
    quick, procedure, words = per_table(table, "procedure", _procedure)
    if not holds_any(text, words):
        return None  # a note holds its pattern's fixed words: most paragraphs hold none
    if quick is not None and quick.fullmatch(text) is None:
        return None
    for kind, patterns in procedure:
        for pattern in patterns:
            match = pattern.fullmatch(text)
            if match:
                groups = match.groupdict()
                raw_time = groups.get("time")
                time = parse_time(raw_time, table) if raw_time else None
                return NoteMatch(kind=kind, time=time, chair=groups.get("chair"),
                                 office=groups.get("office"))
    return None


def _procedure(table: MeetingPhrases) -> tuple[
    re.Pattern[str] | None,
    tuple[tuple[NoteKind, tuple[re.Pattern[str], ...]], ...],
    tuple[str, ...],
]:
    """The table's procedural patterns compiled, one pattern for any of them, and their
    fixed words (:func:`note_words`)."""
    every = tuple(pattern for _, patterns in table.procedure for pattern in patterns)
    return (any_fullmatch(every), tuple((kind, compiled(ps)) for kind, ps in table.procedure),
            note_words(table))


def note_words(table: MeetingPhrases) -> tuple[str, ...]:
    """Texts one of which every procedural note of the table holds, folded (``("",)``, which
    every text holds, when a pattern has no fixed words): :func:`match_note` finds nothing in
    a text holding none of them."""
    return per_table(table, "procedure-words", _note_words)


def _note_words(table: MeetingPhrases) -> tuple[str, ...]:
    words = fewest_literals(tuple(p for _, patterns in table.procedure for p in patterns))
    return ("",) if words is None else words


def agenda_test(table: MeetingPhrases) -> Callable[[str], bool]:
    """Whether a folded line opens an agenda heading ("Adoption of the agenda", "Agenda item
    10"), as one function of the line to call many times (the patterns looked up once)."""
    quick, patterns = per_table(table, "agenda-heading", _agenda_patterns)
    if quick is not None:
        fullmatch = quick.fullmatch
        return lambda text: fullmatch(text) is not None
    return lambda text: any(pattern.fullmatch(text) for pattern in patterns)


def agenda_and_note_starts(
    table: MeetingPhrases,
) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """The characters an agenda heading and a procedural note of ``table`` can start with
    (``None``: any), read from the table's patterns once per process."""
    return per_table(table, "agenda-note-starts", _starts)


def _starts(table: MeetingPhrases) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    agenda = first_chars(compiled((*table.adoption_headings, *table.agenda_headings)))
    notes = first_chars(tuple(p for _, patterns in _procedure(table)[1] for p in patterns))
    return agenda, notes


def _agenda_patterns(
    table: MeetingPhrases,
) -> tuple[re.Pattern[str] | None, tuple[re.Pattern[str], ...]]:
    patterns = (*table.adoption_headings, *table.agenda_headings)
    return any_fullmatch(patterns), compiled(patterns)


def vote_head(text: str, table: MeetingPhrases) -> tuple[str, str] | None:
    """``(field, rest)`` when a line starts a vote list ("In favour:" → ``in_favour``)."""
    text = fold(text)
    for head, field in table.vote_heads:
        if text.startswith(head):
            rest = text[len(head) :].lstrip()
            if rest.startswith(":"):
                return field, rest[1:].strip()
    return None


def vote_lists(lists: dict[str, str], note: str, table: MeetingPhrases) -> Vote:
    """The :class:`Vote` of the lists read after a vote note, names as ISO codes.

    A name without a code is kept as printed, so that nothing of a list is lost; the method
    ("show of hands", "recorded", "secret ballot") is read from the ``note``.
    """

    def codes(field: str) -> tuple[str, ...]:
        text = lists.get(field, "").strip().rstrip(".")
        if text in table.none_words:
            return ()
        pairs = split_countries(text, table.language)
        return tuple(code or name for name, code in pairs)

    method = next((name for pattern, name in table.vote_methods if re.search(pattern, note)),
                  None)
    return Vote(in_favour=codes("in_favour"), against=codes("against"),
                abstaining=codes("abstaining"), method=method)


def invitations(folded: str, table: MeetingPhrases) -> tuple[list[Invitee], list[str]]:
    """The persons invited under rule 39 and the States invited under rule 37 in a paragraph
    already folded (:func:`invited_briefers` and :func:`invited_states`, the text prepared
    once)."""
    fixed = per_table(table, "invitation-words", _invitation_words)
    if not any(words in folded for words in fixed):
        return [], []  # (most paragraphs: no pattern's fixed words are there)
    return _invited(folded, table)


def _invited(folded: str, table: MeetingPhrases) -> tuple[list[Invitee], list[str]]:
    """:func:`invitations` of a paragraph holding one of the patterns' fixed words."""
    plain = unspace_cjk(folded)
    return _briefers(plain, table), _states(plain, table)


def invitations_in(
    paragraphs: Sequence[str], table: MeetingPhrases
) -> tuple[list[Invitee], list[str]]:
    """:func:`invitations` of each of ``paragraphs`` (folded), in order, one list of persons
    and one of States; none read when their text, joined, holds no pattern's fixed words."""
    fixed = per_table(table, "invitation-words", _invitation_words)
    briefers: list[Invitee] = []
    states: list[str] = []
    whole = "\n".join(paragraphs)  # (words a paragraph holds, the whole holds)
    if any(words in whole for words in fixed):
        for paragraph in paragraphs:
            if not any(words in paragraph for words in fixed):
                continue  # (most paragraphs: no pattern's fixed words are there)
            persons, invited = _invited(paragraph, table)
            briefers.extend(persons)
            states.extend(invited)
    return briefers, states


def _invitation_words(table: MeetingPhrases) -> tuple[str, ...]:
    """The fixed words of the table's invitation patterns (:func:`guarded`) that a paragraph
    holds, folded, when it holds them with the spaces between CJK characters taken out
    (:func:`unspace_cjk` joins no two characters that are not both CJK): ``""``, which every
    paragraph holds, for words with a CJK character, and for a pattern without fixed words."""
    return tuple(dict.fromkeys(
        "" if CJK.search(words) else words
        for _, words in guarded((*table.invite_states, *table.invite_briefers))))


def invited_states(text: str, table: MeetingPhrases) -> list[str]:
    """The ISO codes of the States invited under rule 37 in a paragraph of the President's."""
    return _states(unspace_cjk(fold(text)), table)


def _states(plain: str, table: MeetingPhrases) -> list[str]:
    found: list[str] = []
    for pattern, holds in guarded(table.invite_states):
        if holds not in plain:  # (no match without the pattern's fixed words)
            continue
        for match in pattern.finditer(plain):
            pairs = split_countries(match.group("list"), table.language)
            for name, code in pairs:
                if code:
                    found.append(code)
                else:  # "Ирака и Кувейта": each name, in the case the sentence gives it
                    found.extend(_inflected_codes(name, table))
    return found


def _inflected_codes(text: str, table: MeetingPhrases) -> list[str]:
    """The codes of the names joined by conjunctions in ``text``, longest names first."""
    joint = _conjunctions(table)
    parts, joints = re.split(joint, text), re.findall(joint, text)
    codes: list[str] = []
    start = 0
    while start < len(parts):
        for end in range(len(parts), start, -1):
            name = parts[start]
            for index in range(start + 1, end):
                name += joints[index - 1] + parts[index]
            code = _inflected_code(name, table)
            if code is not None:
                codes.append(code)
                start = end
                break
        else:
            start += 1
    return codes


def _conjunctions(table: MeetingPhrases) -> str:
    words = "|".join(re.escape(c.strip()) for c in table.conjunctions if c.strip())
    return rf"\s+(?:{words})\s+" if words else r"(?!)"


def _inflected_code(name: str, table: MeetingPhrases) -> str | None:
    """The one code ``name`` gives with each word's ending put back to the name's own form."""
    words = name.split()
    if not table.inflections or not words or len(words) > _MAX_INFLECTED_WORDS:
        return None
    options = [[word, *(word[: -len(end)] + base for end, base in table.inflections
                        if word.endswith(end) and len(word) > len(end) + 2)]
               for word in words]
    codes = {country_code(" ".join(combination), table.language)
             for combination in itertools.product(*options)} - {None}
    return codes.pop() if len(codes) == 1 else None


@attrs.frozen
class Invitee:
    """Somebody invited under rule 39: the name and the function as the invitation gives them."""

    name: str
    function: str | None
    text: str


def invited_briefers(text: str, table: MeetingPhrases) -> list[Invitee]:
    """The persons invited under rule 39 in a paragraph ("S. E. M. Stanislav Zas, Secrétaire …").

    A pattern either has a ``list`` group (entries "name, function", separated by "; ") or
    ``name``, ``function`` and ``capacity`` groups for one invitee whose function comes first
    ("… del Representante Permanente …, Embajador Joonkook Hwang, en calidad de …").
    """
    return _briefers(unspace_cjk(fold(text)), table)


def _briefers(plain: str, table: MeetingPhrases) -> list[Invitee]:
    found: list[Invitee] = []
    for pattern, holds in guarded(table.invite_briefers):
        if holds not in plain:
            continue
        for match in pattern.finditer(plain):
            groups = match.groupdict()
            if groups.get("name"):  # one invitee, name and function as groups of the pattern
                function = ", ".join(p.strip(" ,") for p in (groups.get("function"),
                                                            groups.get("capacity")) if p)
                found.append(Invitee(name=_drop_honorifics(groups["name"], table),
                                     function=function or None, text=match.group(0)))
                continue
            entries = per_table(table, "entry-separator", _entry_separator).split(
                match.group("list"))
            for entry in entries:
                name, _, function = entry.partition(", ")
                found.append(Invitee(name=_drop_honorifics(name, table), text=entry,
                                     function=function.strip(" ,") or None))
    return found


def _entry_separator(table: MeetingPhrases) -> re.Pattern[str]:
    """Between two invitees: "; ", "; and ", or ", and " before an honorific (compiled once
    per table)."""
    conjunctions = "|".join(re.escape(c.strip()) for c in table.conjunctions)
    honorifics = "|".join(re.escape(h) for h in honorifics_longest_first(table))
    return re.compile(
        rf"\s*;\s*(?:(?:{conjunctions}) )?|,? (?:{conjunctions}) (?=(?:{honorifics}) )")


def _drop_honorifics(name: str, table: MeetingPhrases) -> str:
    words = honorifics_longest_first(table)
    changed = True
    name = name.strip()
    while changed:
        changed = False
        for word in words:
            if name.startswith(word + " "):
                name, changed = name[len(word) :].strip(), True
    return name


def document_symbols(text: str, language: str | None) -> tuple[str, ...]:
    """The document symbols a heading or note names, canonical, in order, without repeats.

    Remembered per process for texts up to :data:`_REMEMBERED_SYMBOLS` characters: a body's
    records print the same agenda headings and procedural notes, record after record ("The
    situation in the Middle East", "The meeting rose at 11.05 a.m.")."""
    if len(text) <= _REMEMBERED_SYMBOLS:
        return _symbols_remembered(text, language)
    return _symbols(text, language)


_REMEMBERED_SYMBOLS = 400


def _symbols(text: str, language: str | None) -> tuple[str, ...]:
    """:func:`document_symbols`, read afresh."""
    found: list[str] = [c.symbol for c in extract_citations(text, language=language)]
    for match in _SYMBOL.finditer(text):
        symbol = match.group(0).rstrip(".")
        if not any(symbol in seen or seen in symbol for seen in found):
            found.append(symbol)
    return tuple(dict.fromkeys(found))


_symbols_remembered = functools.lru_cache(maxsize=1024)(_symbols)


def named_delegation(text: str, table: MeetingPhrases) -> tuple[str, str] | None:
    """The delegation the chair names last in ``text`` as the next speaker's ("I now give the
    floor to the observer of the League of Arab States." → ``("observer", "League of Arab
    States")``), its article dropped, or ``None``."""
    found: tuple[str, str] | None = None
    for pattern in compiled(table.floor_to):
        for match in pattern.finditer(fold(text)):
            delegation = match.group("delegation").strip()
            for article in sorted(table.articles, key=len, reverse=True):
                if delegation.lower().startswith(article):
                    delegation = delegation[len(article) :]
                    break
            found = (match.group("function").lower(), delegation)
    return found
