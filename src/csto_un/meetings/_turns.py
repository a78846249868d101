"""From a recognised label and its paragraphs to :class:`Intervention` values.

Fills the :class:`Speaker` (role from the title, the member list or the invitations; a
briefer's full name and function from the rule 39 invitation), the delivered language (the
label's note, else the record's language, marked inferred), the language switches, and splits
a President's turn around a statement made in national capacity.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from ..countries import country_code
from ..model import Intervention, LanguageSwitch, Role, Speaker
from ..words import GENERAL_ASSEMBLY, SECURITY_COUNCIL
from ._labels import LabelMatch
from ._lang import MeetingPhrases
from ._procedure import Invitee
from ._tables import guarded

__all__ = ["Context", "RawTurn", "build_turns"]

_UNSPACED = re.compile(r"[\u3040-\u9fff]")


@attrs.frozen
class RawTurn:
    """A label and what followed it, before roles and splits: paragraphs as clean text.

    ``named`` is the delegation the chair gave the floor to just before (function, name);
    ``chair`` who presides since the last change of chair (name as printed, office).
    """

    label: LabelMatch
    printed: str
    paragraphs: tuple[str, ...]
    switches: tuple[LanguageSwitch, ...]
    line: int
    page: int
    named: tuple[str, str] | None = None
    chair: tuple[str, str] | None = None


@attrs.frozen
class Context:
    """What the whole record tells about its speakers."""

    table: MeetingPhrases
    language: str
    body: str | None
    members: frozenset[str] | None
    president_country: str | None
    president_code: str | None
    briefers: tuple[Invitee, ...] = ()
    invited: frozenset[str] = frozenset()


def build_turns(raw: RawTurn, context: Context, index: int = 0) -> list[Intervention]:
    """One intervention, or three when the President speaks in national capacity, numbered
    from ``index`` (their position among the meeting's items)."""
    speaker = _speaker(raw, context)
    language = raw.label.language
    inferred = language is None
    if inferred:
        language = context.language
    turn = Intervention(speaker=speaker, paragraphs=raw.paragraphs, language=language,
                        language_inferred=inferred, switches=raw.switches, page=raw.page,
                        line=raw.line, index=index)
    if speaker.role.is_chair:
        return _national_split(turn, context)
    return [turn]


def _speaker(raw: RawTurn, context: Context) -> Speaker:
    label = raw.label
    country = label.country
    invitee = (_invitee(label.name, context.briefers)
               if label.name and label.title_role is None else None)
    if country is None and label.title_role is None and invitee is None and raw.named:
        country = raw.named[1]  # "I now give the floor to the observer of …"
    code = country_code(country, context.table.language) if country else None
    if label.title_role is not None:
        role = label.title_role
    elif code is not None:
        role = _state_role(code, context)
    elif context.body == SECURITY_COUNCIL:  # no delegation, or one that is no State
        role = Role.BRIEFER
    elif country and country.startswith(context.table.secretariat_units):
        role = Role.OTHER  # an official of the Secretariat: "Department for General Assembly …"
    else:  # "European Union", "League of Arab States": an observer in the Assembly
        role = Role.OBSERVER if country and context.body == GENERAL_ASSEMBLY else Role.OTHER
    function = full_name = None
    if role is Role.BRIEFER and invitee is not None:
        full_name, function = invitee.name, invitee.function
    if role is Role.ACTING_PRESIDENT and raw.chair is not None:
        full_name, function = raw.chair
    return Speaker(label=raw.printed, honorific=label.honorific, name=label.name,
                   title=label.title, country=country, country_code=code, role=role,
                   function=function, full_name=full_name)


_OBSERVER_STATES = frozenset({"VAT", "PSE"})
"""Non-member States with observer status (the Holy See, the State of Palestine)."""


def _state_role(code: str | None, context: Context) -> Role:
    if code in _OBSERVER_STATES:
        return Role.OBSERVER_STATE
    if context.body == GENERAL_ASSEMBLY:
        return Role.MEMBER_STATE if code is not None else Role.OTHER
    if context.body != SECURITY_COUNCIL:
        return Role.OTHER
    if code is not None and context.members is not None:
        return Role.COUNCIL_MEMBER if code in context.members else Role.INVITED_STATE
    if code is not None and code in context.invited:
        return Role.INVITED_STATE
    return Role.INVITED_STATE if context.members is not None else Role.OTHER


def _invitee(name: str, invitees: Sequence[Invitee]) -> Invitee | None:
    """The invitee the label's name is: same surname, or the surname declined ("Хвана" for
    "Хван", given back in the label's form), or, in scripts without spaces, the name inside
    the invitation ("…委员会主席黄浚局" for "黄": the name from there on, the function before)."""
    surname = name.split()[-1]
    for invitee in invitees:
        words = invitee.name.split()
        if words and (invitee.name.endswith(name) or words[-1] == surname):
            return invitee
        if len(words) > 1 and words[-1].startswith(surname) and len(words[-1]) - len(surname) <= 2:
            return attrs.evolve(invitee, name=" ".join([*words[:-1], surname]))
        if len(words) == 1 and _UNSPACED.match(name) and name in invitee.name[1:]:
            at = invitee.name.rindex(name)
            function = invitee.name[:at].rstrip("、，, ")
            return attrs.evolve(invitee, name=invitee.name[at:],
                                function=invitee.function or function or None)
    return None


def _national_split(turn: Intervention, context: Context) -> list[Intervention]:
    table = context.table
    paragraphs = list(turn.paragraphs)
    start = capacity = None
    for index, paragraph in enumerate(paragraphs):
        for pattern, holds in guarded(table.national_start):
            match = pattern.search(paragraph) if holds in paragraph else None
            if match:
                start, capacity = index, match.groupdict().get("capacity")
                rest = paragraph[match.end() :].strip()
                if rest:  # the statement goes on in the announcing paragraph
                    paragraphs[index : index + 1] = [paragraph[: match.end()], rest]
                break
        if start is not None:
            break
    if start is None or start + 1 >= len(paragraphs):
        return [turn]
    end = len(paragraphs)
    for index in range(start + 1, len(paragraphs)):
        found = _search(table.national_end, paragraphs[index])
        if found is not None:
            if found > 0:  # the chair's words begin inside the paragraph
                paragraph = paragraphs[index]
                paragraphs[index : index + 1] = [paragraph[:found].strip(),
                                                 paragraph[found:].strip()]
                index += 1
            end = index
            break
    country, code = context.president_country, context.president_code
    if code is None and capacity:
        country, code = _country_in(capacity, table)
    role = _state_role(code, context) if code else Role.OTHER
    shift = len(paragraphs) - len(turn.paragraphs)
    national_speaker = attrs.evolve(turn.speaker, country=country, country_code=code, role=role)
    pieces = [(0, start + 1, turn.speaker, False), (start + 1, end, national_speaker, True),
              (end, len(paragraphs), turn.speaker, False)]
    out: list[Intervention] = []
    for first, last, speaker, national in pieces:
        if first >= last:
            continue
        switches = tuple(
            attrs.evolve(s, paragraph=_moved(s.paragraph, start, shift) - first)
            for s in turn.switches
            if first <= _moved(s.paragraph, start, shift) < last
        )
        language = turn.language_of(max(0, _original(first, start, shift)))
        out.append(attrs.evolve(turn, speaker=speaker, paragraphs=tuple(paragraphs[first:last]),
                                switches=switches, national_capacity=national,
                                language=language, index=turn.index + len(out)))
    return out


def _search(patterns: Sequence[str], text: str) -> int | None:
    """Where the first of ``patterns`` starts a sentence of ``text``, or ``None``."""
    for pattern, holds in guarded(tuple(patterns)):
        if holds not in text:  # (no match without the pattern's fixed words)
            continue
        for match in pattern.finditer(text):
            before = text[: match.start()].rstrip()
            if not before or before[-1] in ".!?»”\"。":
                return match.start()
    return None


def _moved(paragraph: int, start: int, shift: int) -> int:
    return paragraph + shift if paragraph > start else paragraph


def _original(paragraph: int, start: int, shift: int) -> int:
    return paragraph - shift if paragraph > start else paragraph


def _country_in(text: str, table: MeetingPhrases) -> tuple[str | None, str | None]:
    """The longest tail of ``text`` that names a country ("… de la Fédération de Russie");
    in writing without spaces (Chinese), the longest stretch that does
    ("以俄罗斯联邦代表的身份")."""
    words = text.split()
    if len(words) == 1 and len(words[0]) > 3:
        unspaced = words[0].strip(" .,。，")
        for size in range(len(unspaced), 1, -1):
            for first in range(len(unspaced) - size + 1):
                name = unspaced[first : first + size]
                code = country_code(name, table.language)
                if code:
                    return name, code
    for first in range(len(words)):
        candidate = " ".join(words[first:]).strip(" .,")
        for article in (*sorted(table.articles, key=len, reverse=True), ""):
            if article and not candidate.lower().startswith(article):
                continue
            name = candidate[len(article) :]
            code = country_code(name, table.language)
            if code:
                return name, code
    return None, None
