"""One line of a resolution's first page: the rules that read it into a :class:`Header` field.

Each rule knows one kind of line (the symbol, "Distr.: General", "Seventy-ninth session",
"Agenda item 125 (t)", "Resolution adopted by …", a date); :func:`read_line` tries them in
order. What a run of lines means together (a title, a list of sponsors) is
:mod:`csto_un.resolutions._header`'s.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable

import attrs

from ..citations import find_date, parse_date
from ..errors import SymbolError
from ..model import Diagnostic, Furniture
from ..sources._document import Line
from ..sources._patterns import BARCODE_RE, JOB_RE, PAGE_RE
from ..symbols import parse_symbol
from ..words._resolution import LANGUAGES, ResolutionPhrases
from ._text import SUPERSCRIPT_RE, Clean, fold

__all__ = [
    "STAR_MARK",
    "Header",
    "enacting_language",
    "furniture_kind",
    "parse_ordinal",
    "read_line",
    "recognised",
    "split_columns",
    "strip_marks",
]

_SYMBOL_LINE_RE = re.compile(r"^(?:A|S|E)/[A-Za-z0-9./\- ()]+$")
_RES_NUMBER_RE = re.compile(r"^(?P<number>\d{1,4})\s*\((?P<year>\d{4})\)$")
#: An asterisk glued to a word, calling a note ("A/C.1/80/L.23*", "Palau:* draft resolution").
STAR_MARK = re.compile(r"(?<=\S)\*{1,3}(?=[\s:,]|$)")


@attrs.define
class Header:
    """What the first page says; filled by :func:`parse_header`."""

    language: str | None = None
    symbol: str | None = None
    body: str | None = None
    session: int | None = None
    date: dt.date | None = None
    draft: bool = False
    agenda_item: str | None = None
    agenda_title: str | None = None
    title: str | None = None
    sponsors: list[tuple[str, str | None]] = attrs.Factory(list)
    sponsors_line: int | None = None
    sponsor_markers: list[str] = attrs.Factory(list)
    original_language: str | None = None
    distribution: str | None = None
    drafts: list[str] = attrs.Factory(list)
    committee: str | None = None
    adoption: str | None = None
    adopted_on: dt.date | None = None
    meeting: str | None = None
    job_number: str | None = None
    furniture: list[Furniture] = attrs.Factory(list)
    diagnostics: list[Diagnostic] = attrs.Factory(list)


def parse_ordinal(word: str, phrases: ResolutionPhrases) -> int | None:
    """The number of an ordinal word: "seventy-ninth" → 79, "soixante-dix-neuvième" → 79."""
    word = fold(word)
    if word in phrases.ordinal_units:
        return phrases.ordinal_units[word]
    if word in phrases.ordinal_exact_tens:
        return phrases.ordinal_exact_tens[word]
    for tens, value in sorted(phrases.ordinal_tens.items(), key=lambda kv: -len(kv[0])):
        for joiner in ("-", " et ", "-et-", " "):
            prefix = tens + joiner
            if word.startswith(prefix) and word[len(prefix) :] in phrases.ordinal_units:
                return value + phrases.ordinal_units[word[len(prefix) :]]
    return None


def _fuzzy_ordinal(word: str, phrases: ResolutionPhrases) -> int | None:
    """An ordinal misread by OCR ("rrwenty-sixth"): the closest tens word."""
    head, _, tail = fold(word).partition("-")
    close = difflib.get_close_matches(head, list(phrases.ordinal_tens), n=1, cutoff=0.75)
    if close and tail in phrases.ordinal_units:
        return phrases.ordinal_tens[close[0]] + phrases.ordinal_units[tail]
    return None


def furniture_kind(text: str) -> str | None:
    """The kind of page furniture a whole line is, or ``None``."""
    text = text.strip()
    first = text[:1]
    if not (first.isdigit() or first == "*"):  # what each of the shapes opens with
        return None
    # A bare number is left to the sources layer: at a page foot it is a footnote's mark.
    if JOB_RE.match(text):
        return "job-number"
    if BARCODE_RE.match(text):
        return "barcode"
    if PAGE_RE.match(text):
        return "page-number"
    return None


def strip_marks(text: str) -> tuple[str, list[str]]:
    marks = SUPERSCRIPT_RE.findall(text)
    return SUPERSCRIPT_RE.sub("", text), marks


#: The commas that close an enacting formula: ASCII, full width ("大会，"), Arabic ("،").
_FORMULA_COMMAS = ",\uff0c\u060c"


def _language_of_line(text: str) -> tuple[str, ResolutionPhrases] | None:
    folded = fold(text).rstrip(_FORMULA_COMMAS)
    for code, phrases in LANGUAGES.items():
        if folded in phrases.enacting:
            return code, phrases
    return None


def enacting_language(text: str) -> tuple[str, str] | None:
    """For an enacting formula line ("The General Assembly,"): its language and body."""
    found = _language_of_line(text)
    if found is None:
        return None
    code, phrases = found
    return code, phrases.enacting[fold(text).rstrip(_FORMULA_COMMAS)]


def _try_symbol(text: str) -> str | None:
    if not _SYMBOL_LINE_RE.match(text.strip()):
        return None
    try:
        return str(parse_symbol(text.strip()))
    except SymbolError:
        return None



def read_line(
    header: Header,
    tables: list[ResolutionPhrases],
    clean: Clean,
    text: str,
    folded: str,
    marks: list[str],
) -> str | bool:
    """Read one header line by the first rule that knows it: ``True`` when read, a string
    saying what the next line continues ("agenda", "adopted"), ``False`` when no rule knows
    it."""
    if _symbol_line(header, clean, text) or _front_matter(header, clean, text, folded):
        return True
    for phrases in tables:
        for rule in _PHRASE_RULES:
            found = rule(header, phrases, clean, text, folded)
            if found:
                return found
    return _date_line(header, clean, text)


def _symbol_line(header: Header, clean: Clean, text: str) -> bool:
    symbol = _try_symbol(text)
    if symbol is None and STAR_MARK.search(text):
        # "A/C.1/80/L.23*": the asterisk calls the note at the page foot ("Reissued for
        # technical reasons").
        symbol = _try_symbol(STAR_MARK.sub("", text))
        if symbol is not None:
            header.sponsor_markers.extend(m[0] for m in STAR_MARK.finditer(text))
    if symbol is None:
        return False
    if header.symbol is None:
        header.symbol = symbol
    elif header.symbol != symbol:
        header.diagnostics.append(
            Diagnostic(
                "symbol-mismatch",
                f"second symbol {symbol} on the first page",
                line=clean.line.number,
                page=clean.page,
            )
        )
    return True


def _front_matter(header: Header, clean: Clean, text: str, folded: str) -> bool:
    if folded in ("united nations", "nations unies"):
        header.furniture.append(Furniture("front-matter", text, clean.page, clean.line.number))
        return True
    return False


def _body_or_distribution(
    header: Header, phrases: ResolutionPhrases, clean: Clean, text: str, folded: str
) -> bool:
    if folded in phrases.bodies:
        header.body = phrases.bodies[folded]
        return True
    if folded.startswith("distr"):
        rest = folded.split(None, 1)[1] if " " in folded else ""
        rest = rest.lstrip(".: ")
        for word, value in phrases.distribution.items():
            if rest.startswith(word):
                header.distribution = value
                header.draft = header.draft or value == "limited"
                tail = rest[len(word) :].strip()
                if tail:
                    header.date = parse_date(tail) or header.date
                return True
        if not rest:
            header.distribution = "pending"  # "Distr." with its word on the next line
            return True
    if header.distribution == "pending" and folded in phrases.distribution:
        header.distribution = phrases.distribution[folded]
        header.draft = header.draft or header.distribution == "limited"
        return True
    return False


def _languages(
    header: Header, phrases: ResolutionPhrases, clean: Clean, text: str, folded: str
) -> bool:
    if folded in phrases.language_names:
        header.language = header.language or phrases.language_names[folded]
        return True
    if folded.startswith(phrases.original_label):
        word = folded[len(phrases.original_label) :].strip(" :")
        for names in (p.language_names for p in LANGUAGES.values()):
            if word in names:
                header.original_language = names[word]
                return True
    return False


def _session(
    header: Header, phrases: ResolutionPhrases, clean: Clean, text: str, folded: str
) -> bool:
    pattern = phrases.session_line or rf"(?P<ord>[\w\- ]+?)\s+{phrases.session_word}"
    match = re.fullmatch(pattern, folded)
    if not match:
        return False
    number = parse_ordinal(match["ord"], phrases)
    if number is None:
        number = _fuzzy_ordinal(match["ord"], phrases)
        if number is not None:
            header.diagnostics.append(
                Diagnostic(
                    "ocr-guess",
                    f"session read as {number} from {text!r}",
                    line=clean.line.number,
                    page=clean.page,
                )
            )
    if number is None:
        return False
    header.session = number
    return True


def _agenda(
    header: Header, phrases: ResolutionPhrases, clean: Clean, text: str, folded: str
) -> str | bool:
    match = re.fullmatch(phrases.agenda_item, folded)
    if not match:
        return False
    header.agenda_item = _item_as_printed(text, match["item"])
    return "agenda"


def _adoption(
    header: Header, phrases: ResolutionPhrases, clean: Clean, text: str, folded: str
) -> str | bool:
    match = re.fullmatch(phrases.adopted_at_meeting, folded)
    if match:
        header.adoption = text
        header.body = header.body or phrases.bodies.get(
            fold(match["body"]).removeprefix("le ").removeprefix("the ").removeprefix("l'"),
            None,
        )
        header.meeting = text[match.start("meeting") : match.end("meeting")]
        header.adopted_on = parse_date(match["date"])
        return True
    match = re.fullmatch(phrases.adopted_by, folded)
    if match:
        header.adoption = text
        date = match["date"] or match.groupdict().get("date_before")  # "2022年12月5日大会…"
        if date:
            header.adopted_on = parse_date(date)
            return True
        return "adopted"
    return False


def _committee(
    header: Header, phrases: ResolutionPhrases, clean: Clean, text: str, folded: str
) -> bool:
    match = re.fullmatch(phrases.committee_note, folded)
    if not match:
        return False
    header.committee = text[match.start("note") : match.end("note")]
    drafts = text[match.start("drafts") : match.end("drafts")] if match["drafts"] else ""
    # "(A/79/L.11 and A/79/L.11/Add.1)": the language's word for the last of a list
    for piece in re.split(rf"\s+{re.escape(phrases.sponsor_join)}\s+|,\s*", drafts):
        symbol = _try_symbol(piece)
        if symbol is not None:
            header.drafts.append(symbol)
    return True


def _resolution_heading(
    header: Header, phrases: ResolutionPhrases, clean: Clean, text: str, folded: str
) -> bool:
    match = re.fullmatch(phrases.resolution_heading, folded)
    if not match:
        return False
    numbered = _RES_NUMBER_RE.match(match["number"])
    if numbered and header.symbol is None:
        header.symbol = f"S/RES/{numbered['number']} ({numbered['year']})"
    return True


#: The header rules that read a language's words, in the order they are tried.
_PHRASE_RULES: tuple[Callable[[Header, ResolutionPhrases, Clean, str, str], str | bool], ...] = (
    _body_or_distribution,
    _languages,
    _session,
    _agenda,
    _adoption,
    _committee,
    _resolution_heading,
)


def _date_line(header: Header, clean: Clean, text: str) -> bool:
    """A line that is a date ("18 November 2024"): the header's date. Every date form opens
    with a digit (the day, or the year of "2024年11月18日"), so a line whose first three
    characters hold none is no date starting there (the lines no other rule reads: titles,
    sponsors), and is not searched."""
    if not any(map(str.isdecimal, text[:3])):  # (re's \d is str.isdecimal)
        return False
    found = find_date(text)
    if found is not None and found[1] <= 2 and len(text) - found[2] <= 1 and header.date is None:
        header.date = found[0]
        if found[1] > 0:
            header.diagnostics.append(
                Diagnostic(
                    "ocr-guess", f"date read from {text!r}", line=clean.line.number, page=clean.page
                )
            )
        return True
    return False


def _item_as_printed(text: str, item: str) -> str:
    # The item as printed ("125 t)", "125 (t)"), found case-insensitively in the line.
    start = fold(text).find(item)
    return " ".join(text[start : start + len(item)].split()) if start >= 0 else item



def recognised(text: str, tables: list[ResolutionPhrases]) -> bool:
    """Whether a header rule knows ``text`` (tried on a scratch header)."""
    scratch = Header()
    clean = Clean(index=0, line=Line(text=text, number=0), text=text)
    return bool(read_line(scratch, tables, clean, text, fold(text), []))


def split_columns(text: str, tables: list[ResolutionPhrases]) -> list[str]:
    """A header line that starts with a body name or "United Nations" and goes on with
    something else (a symbol, "Distr.: General") is two header items."""
    folded = fold(text)
    starts = ["united nations", "nations unies"]
    for phrases in tables:
        starts.extend(phrases.bodies)
    for start in sorted(starts, key=len, reverse=True):
        if folded.startswith(start + " ") and len(folded) > len(start) + 1:
            return [text[: len(start)], text[len(start) :].strip()]
    return [text]

