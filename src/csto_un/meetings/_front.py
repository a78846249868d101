"""The front page of a verbatim record: symbol, body, number, date, president, members, agenda.

"United Nations S/PV.8701 / Security Council / Seventy-fifth year / 8701st meeting / Monday,
13 January 2020, 10 a.m. / New York / Provisional / President: Mr. Dang . . . (Viet Nam) /
Members: Belgium . . . Mr. Pecsteen de Buytswerve / … / Agenda / …", in any language of the
tables. Dot leaders separate a country from its representative.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence

import attrs

from ..countries import country_code
from ..errors import SymbolError
from ..folding import fold
from ..model import AgendaItem, Delegate
from ..symbols import DocumentSymbol
from ._lang import MeetingPhrases
from ._procedure import document_symbols
from ._tables import compiled, parse_time, per_table, remembered

__all__ = ["FrontPage", "find_symbol", "opens_section", "parse_front"]

# Leaders start where a run of spaces starts: a later start in the run finds nothing more,
# and restarting at each space of a long run is quadratic.
_LEADERS = re.compile(r"(?<!\s)\s*(?:(?:\. ?){2,}|…+)\s*")
# (each repeated segment ends with "/": the nesting cannot match one text two ways)
_PV_SYMBOL = re.compile(  # noqa: DUO138
    r"(?<!/)\b(?:S|A)\s?/\s?(?:[A-Z0-9.-]+/)*PV\.\s?\d+(?:\s?\(\s?Resumption\s?\d+\s?\))?"
)


@attrs.frozen
class FrontPage:
    """What a front page says; ``None`` and empty for what it does not."""

    symbol: str | None = None
    number: int | None = None
    date: dt.date | None = None
    time: dt.time | None = None
    weekday: int | None = None
    place: str | None = None
    provisional: bool | None = None
    president: Delegate | None = None
    members: tuple[Delegate, ...] = ()
    agenda: tuple[AgendaItem, ...] = ()


def find_symbol(text: str) -> str | None:
    """The canonical meeting-record symbol a line names ("S/PV.8699 (Resumption 1)")."""
    if "PV." not in text:  # (every symbol holds it: most lines are not searched)
        return None
    match = _PV_SYMBOL.search(text)
    return _canonical_symbol(match.group(0)) if match else None


@functools.lru_cache(maxsize=256)
def _canonical_symbol(printed: str) -> str | None:
    """A meeting-record symbol as printed, canonical (``None``: no symbol), remembered per
    process: a record prints its symbol on its front page and in the header of every page."""
    try:
        return str(DocumentSymbol.parse(printed))
    except SymbolError:
        return None


def parse_front(lines: Sequence[str], table: MeetingPhrases) -> FrontPage:
    """Read the front page from its lines (furniture already taken out)."""
    texts = [fold(line) for line in lines]
    symbol = next((s for s in map(find_symbol, texts) if s), None)
    number = _number(texts, table)
    date, time, weekday = _date(texts, table)
    places = per_table(table, "front-places", _places)
    place = next((places[t.casefold()] for t in texts if t.casefold() in places), None)
    provisional: bool | None = None
    if any(t in table.provisional for t in texts):
        provisional = True
    elif any(t.startswith(table.final) or t.endswith(table.final) for t in texts):
        provisional = False
    president, members, agenda = None, [], []
    section = ""
    pending = ""
    heads = per_table(table, "front-heads", _heads)
    for text in texts:
        if text.startswith(table.notice):
            section = "notice"
            continue
        head, rest = _section_head(text, table) if text.startswith(heads) else ("", text)
        if head:
            section = head
            text = rest
            if not text:
                continue
        if section == "president" and president is None:
            # The country may stand on the line below the name: "President: Mr. INSANALLY"
            # then "(Guyana)" (A/48/PV.46).
            president = _delegate(f"{pending} {text}".strip(), table, country_last=True)
            pending = "" if president else f"{pending} {text}".strip()
        elif section == "members":
            if not _LEADERS.search(text) and not _has_honorific(text, table):
                pending = f"{pending} {text}".strip()
                continue
            delegate = _delegate(f"{pending} {text}".strip(), table, country_last=False)
            pending = ""
            if delegate is not None:
                members.append(delegate)
        elif section == "agenda":
            agenda.append(text)
    return FrontPage(symbol=symbol, number=number, date=date, time=time, weekday=weekday,
                     place=place,
                     provisional=provisional, president=president, members=tuple(members),
                     agenda=_agenda(agenda, table))


def opens_section(text: str, table: MeetingPhrases) -> bool:
    """Whether a folded line opens the front page's President or members list ("President:
    Mr. Dang . . . (Viet Nam)", "Председатель: г-н Афонсу (Мозамбик)")."""
    return _section_head(text, table)[0] in ("president", "members")


def _section_head(text: str, table: MeetingPhrases) -> tuple[str, str]:
    for name, heads in (("president", table.president_heads), ("members", table.members_heads)):
        for head in heads:
            if text.startswith(head) and text[len(head) :].lstrip().startswith(":"):
                return name, text[len(head) :].lstrip()[1:].strip()
            if text.startswith(head + " ") and _LEADERS.match(text[len(head) :]):
                return name, text[len(head) :].strip()  # the colon lost: "الرئيس . . . السيد …"
    for head in table.agenda_heads:
        if text == head:
            return "agenda", ""
    return "", text


def _heads(table: MeetingPhrases) -> tuple[str, ...]:
    """What a line opening a section of the front page starts with (its head)."""
    return (*table.president_heads, *table.members_heads, *table.agenda_heads)


def _places(table: MeetingPhrases) -> dict[str, str]:
    """The table's places by their case-folded names ("NEW YORK", 1993), once per table."""
    return {place.casefold(): place for place in table.places}


def _number(texts: Sequence[str], table: MeetingPhrases) -> int | None:
    patterns = compiled(table.meeting_number)
    for text in texts:
        for pattern in patterns:
            match = pattern.fullmatch(text) or pattern.search(text)
            if match:
                value = match.group("number")
                return int(value) if value.isdigit() else _numeral(value, table)
    return None


def _numeral(text: str, table: MeetingPhrases) -> int | None:
    digits = [table.numerals.get(char) for char in text]
    if not digits or any(d is None for d in digits):
        return None
    return int("".join(str(d) for d in digits))


def _date(
    texts: Sequence[str], table: MeetingPhrases
) -> tuple[dt.date | None, dt.time | None, int | None]:
    patterns = compiled(table.dates)
    for text in texts:
        for pattern in patterns:
            match = pattern.fullmatch(text)
            if not match:
                continue
            month_text = match.group("month")
            month = int(month_text) if month_text.isdigit() else table.months.get(
                month_text.lower())
            if month is None:
                continue
            try:
                date = dt.date(int(match.group("year")), month, int(match.group("day")))
            except ValueError:
                continue
            raw_time = match.groupdict().get("time")
            weekday = table.weekdays.get((match.groupdict().get("weekday") or "").lower())
            return date, parse_time(raw_time, table) if raw_time else None, weekday
    return None, None, None


def _has_honorific(text: str, table: MeetingPhrases) -> bool:
    if table.honorific_after:
        return any(text.endswith(h) for h in table.honorifics)
    return any(f" {h} " in f" {text} " for h in table.honorifics)


def _delegate(text: str, table: MeetingPhrases, *, country_last: bool) -> Delegate | None:
    """The delegate a line of the President or the members names, read once per process for
    each line (a month's records print the same members' lines), then remembered per table."""
    if len(text) > _REMEMBERED_LENGTH:
        return _read_delegate(text, table, country_last)
    return remembered(
        table, "front-delegates", (text, country_last), _read_delegate, text, table, country_last
    )


_REMEMBERED_LENGTH = 240  # lines remembered when no longer than this


def _read_delegate(text: str, table: MeetingPhrases, country_last: bool) -> Delegate | None:
    parts = [p.strip() for p in _LEADERS.split(text) if p.strip()]
    if len(parts) < 2 and not country_last:  # no leaders: "Алжир г-н Гауауи", "中国 傅聪先生"
        parts = _split_after_country(" ".join(parts), table)
    if len(parts) < 2:  # no leaders between country and name, or leaders before both
        parts = _split_at_honorific(" ".join(parts), table)
    if len(parts) < 2 and country_last and "(" in text:  # "Mr. X (Country)" without leaders
        name, _, bracket = " ".join(parts).partition("(")
        parts = [name.strip(), bracket] if name.strip() and bracket.strip("() ") else parts
    if len(parts) < 2:
        return None
    if country_last:
        name, country = parts[0], parts[-1]
    else:
        country, name = parts[0], parts[-1]
    country = country.strip("() ")
    return Delegate(country=country, country_code=country_code(country, table.language),
                    name=name)


def _split_after_country(text: str, table: MeetingPhrases) -> list[str]:
    """A member's line without leaders cut after the longest leading words that name a
    country ("Соединенные Штаты Америки г-н Вуд")."""
    spaces = [index for index, char in enumerate(text) if char == " "]
    for index in reversed(spaces):
        if country_code(text[:index], table.language):
            return [text[:index], text[index + 1 :]]
    return [text]


def _split_at_honorific(text: str, table: MeetingPhrases) -> list[str]:
    for honorific in table.honorifics:
        index = f" {text}".find(f" {honorific} ")
        if index > 0:
            return [text[: index - 1], text[index:]]
    return [text]


def _agenda(texts: Sequence[str], table: MeetingPhrases) -> tuple[AgendaItem, ...]:
    if not texts:
        return ()
    paragraphs = _agenda_paragraphs(texts)
    title, details = paragraphs[0], tuple(paragraphs[1:])
    documents = document_symbols(" ".join(paragraphs), table.language)
    return (AgendaItem(title=title, documents=documents, subitems=details),)


def _agenda_paragraphs(texts: Sequence[str]) -> list[str]:
    """Agenda lines grouped: a short line without final punctuation ends its paragraph."""
    width = max(len(t) for t in texts)
    paragraphs: list[str] = []
    current = ""
    for text in texts:
        current = f"{current} {text}".strip() if current else text
        if len(text) < 0.7 * width or text.endswith(")"):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs
