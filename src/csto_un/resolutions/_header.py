"""The first page of a resolution: body, session, agenda item, date, symbol, sponsors, title.

Every header line is either recognised (and becomes a field), page furniture (kept as
:class:`~csto_un.Furniture`) or reported as a diagnostic: nothing is dropped silently.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable

import attrs

from ..citations import find_date, parse_date
from ..countries import split_countries
from ..errors import SymbolError
from ..model import Diagnostic, Furniture
from ..sources._document import Line
from ..symbols import DocumentSymbol
from ..words._resolution import LANGUAGES, ResolutionPhrases
from ._text import SUPERSCRIPT_RE, Clean, fold, join_texts

__all__ = ["Header", "furniture_kind", "parse_header", "parse_ordinal"]

_JOB_RE = re.compile(r"^\d{2}[- ]\d{5}\*?\s*(?:\([A-Z]\))?(?:\s+\d{6}){0,2}\s*$")
_BARCODE_RE = re.compile(r"^\*\d{7,8}\*$")
# A bare number is left to the sources layer: at a page foot it is a footnote's mark.
_PAGE_RE = re.compile(r"^\d{1,3}\s*/\s*\d{1,3}$")
_SEPARATOR_RE = re.compile(r"^[_\-–—]{5,}$")
_SYMBOL_LINE_RE = re.compile(r"^(?:A|S|E)/[A-Za-z0-9./\- ()]+$")
_TITLE_NUMBER_RE = re.compile(r"^(?P<number>(?:ES-|S-)?\d{1,4}/\d{1,4}(?:\s*\([IVXLC]+\))?)\.\s+")
_RES_NUMBER_RE = re.compile(r"^(?P<number>\d{1,4})\s*\((?P<year>\d{4})\)$")


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
    if _JOB_RE.match(text):
        return "job-number"
    if _BARCODE_RE.match(text):
        return "barcode"
    if _PAGE_RE.match(text):
        return "page-number"
    return None


def _strip_marks(text: str) -> tuple[str, list[str]]:
    marks = SUPERSCRIPT_RE.findall(text)
    return SUPERSCRIPT_RE.sub("", text), marks


def _language_of_line(text: str) -> tuple[str, ResolutionPhrases] | None:
    folded = fold(text).rstrip(",")
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
    return code, phrases.enacting[fold(text).rstrip(",")]


def _try_symbol(text: str) -> str | None:
    if not _SYMBOL_LINE_RE.match(text.strip()):
        return None
    try:
        return str(DocumentSymbol.parse(text.strip()))
    except SymbolError:
        return None


def parse_header(lines: list[Clean], language: str | None, *, source: str) -> Header:
    """Read the header lines (everything before the enacting formula)."""
    header = Header(language=language)
    tables = [LANGUAGES[language]] if language in LANGUAGES else list(LANGUAGES.values())
    blocks: list[list[Clean]] = []  # runs of lines no rule recognised
    after_agenda = False
    open_block = False
    index = 0
    while index < len(lines):
        clean = lines[index]
        text, marks = _strip_marks(clean.text)
        text = text.strip()
        folded = fold(text)
        index += 1
        if not text:
            continue
        was_open, open_block = open_block, False
        if index < len(lines):
            joined = f"{text} {_strip_marks(lines[index].text)[0].strip()}"
            if any(fold(joined) in p.bodies for p in tables):
                _one_line(header, tables, clean, joined, fold(joined), [])
                index += 1
                continue
        pieces = _split_compound(text, tables)
        if len(pieces) > 1 and _recognised(pieces[1], tables):
            # Two columns of the first page read as one line: "United Nations A/RES/79/10".
            for piece in pieces:
                _one_line(header, tables, clean, piece, fold(piece), [])
            continue
        kind = furniture_kind(text)
        if kind is not None:
            if kind == "job-number" and header.job_number is None:
                header.job_number = text.split()[0]
            header.furniture.append(Furniture(kind, clean.text, clean.page, clean.line.number))
            after_agenda = False
            continue
        if _SEPARATOR_RE.match(text):
            header.furniture.append(Furniture("other", text, clean.page, clean.line.number))
            continue
        handled = _one_line(header, tables, clean, text, folded, marks)
        if handled == "agenda":
            after_agenda = True
            continue
        if handled == "adopted":
            # "Resolution adopted by the General Assembly" + "on 18 November 2024"
            if header.adopted_on is None and index < len(lines):
                nxt = lines[index].text.strip()
                date = parse_date(nxt)
                starts_with_date = find_date(nxt) is not None and find_date(nxt)[1] == 0  # type: ignore[index]
                if date is not None and (fold(nxt).split()[0] in ("on", "le") or starts_with_date):
                    header.adopted_on = date
                    header.adoption = f"{header.adoption} {nxt}"
                    index += 1
            after_agenda = False
            continue
        if handled:
            after_agenda = False
            continue
        # Sponsors: the line ending with ": draft resolution" and the list lines before it.
        wrapped = (  # "… Sweden and Ukraine:" / "draft resolution"
            was_open
            and bool(blocks)
            and bool(blocks[-1])
            and blocks[-1][-1].text.rstrip("* ").endswith(":")
            and any(_closes_sponsors(clean.text, p) for p in tables)
        )
        if wrapped or _ends_sponsors(clean.text, tables):
            group = [clean]
            if was_open and blocks and not clean.blank_before:
                while blocks[-1] and _list_like(blocks[-1][-1], group[0]):
                    group.insert(0, blocks[-1].pop())
                if not blocks[-1] or (
                    blocks[-1] == [blocks[-1][0]] and blocks[-1][0].text == "\x00agenda"
                ):
                    blocks.pop()
            header.sponsors_line = group[0].line.number
            _sponsors(header, join_texts([c.text for c in group]), tables)
            after_agenda = False
            continue
        if after_agenda or not was_open or _starts_block(clean, text):
            blocks.append([clean])
            if after_agenda:
                blocks[-1].insert(0, attrs.evolve(clean, text="\x00agenda"))
            after_agenda = False
        else:
            blocks[-1].append(clean)
        open_block = True
    _assign_blocks(header, blocks, source)
    if header.distribution == "pending":  # "Distr." and no word after it
        header.distribution = None
        header.diagnostics.append(
            Diagnostic("unrecognised-header", "'Distr.' without its kind", source=source)
        )
    return header


def _starts_block(clean: Clean, text: str) -> bool:
    return clean.blank_before or bool(_TITLE_NUMBER_RE.match(text))


def _one_line(
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
    if symbol is None and _STAR_MARK.search(text):
        # "A/C.1/80/L.23*": the asterisk calls the note at the page foot ("Reissued for
        # technical reasons").
        symbol = _try_symbol(_STAR_MARK.sub("", text))
        if symbol is not None:
            header.sponsor_markers.extend(m[0] for m in _STAR_MARK.finditer(text))
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
    match = re.fullmatch(rf"(?P<ord>[\w\- ]+?)\s+{phrases.session_word}", folded)
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
        if match["date"]:
            header.adopted_on = parse_date(match["date"])
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
    for piece in re.split(r"\s+(?:and|et)\s+|,\s*", drafts):
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


def _recognised(text: str, tables: list[ResolutionPhrases]) -> bool:
    """Whether a header rule knows ``text`` (tried on a scratch header)."""
    scratch = Header()
    clean = Clean(index=0, line=Line(text=text, number=0), text=text)
    return bool(_one_line(scratch, tables, clean, text, fold(text), []))


def _split_compound(text: str, tables: list[ResolutionPhrases]) -> list[str]:
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


def _closes_sponsors(text: str, phrases: ResolutionPhrases) -> bool:
    """The words "draft resolution" alone on the line that ends a sponsors list."""
    return fold(_STAR_MARK.sub("", _strip_marks(text)[0])).strip("* ") == phrases.draft_resolution


def _ends_sponsors(text: str, tables: list[ResolutionPhrases]) -> bool:
    """True for the line closing a sponsors list ("… et Tadjikistan : projet de résolution*")."""
    folded = fold(_STAR_MARK.sub("", _strip_marks(text)[0])).rstrip("* ")
    return any(re.search(rf":\s*{re.escape(p.draft_resolution)}$", folded) for p in tables)


def _list_like(line: Clean, following: Clean) -> bool:
    """A line that belongs to a list of names continued on the next line."""
    if following.blank_before:
        return False
    text = line.text.strip()
    return text.endswith(",") or text.count(",") >= 2


_STAR_MARK = re.compile(r"(?<=\S)\*{1,3}(?=[\s:,]|$)")


def _sponsors(header: Header, text: str, tables: list[ResolutionPhrases]) -> None:
    header.draft = True
    plain, marks = _strip_marks(text)
    # The asterisk of the sponsors' note, wherever it is glued ("Palau:* draft resolution").
    marks.extend(m[0] for m in _STAR_MARK.finditer(plain))
    plain = _STAR_MARK.sub("", plain).strip()
    header.sponsor_markers.extend(marks)
    names_part = plain.rsplit(":", 1)[0].strip()
    # The country table knows names that hold the conjunction ("Trinidad and Tobago").
    header.sponsors.extend(split_countries(names_part, header.language))


def _assign_blocks(header: Header, blocks: list[list[Clean]], source: str) -> None:
    """The title is the last text block; the block after the agenda item is its title."""
    texts: list[tuple[str, list[Clean], bool]] = []
    for block in blocks:
        agenda = block[0].text == "\x00agenda"
        members = block[1:] if agenda else block
        texts.append((join_texts([_strip_marks(c.text)[0] for c in members]), members, agenda))
    if not texts:
        return
    title_at = len(texts) - 1
    numbered = [i for i, (text, _, _) in enumerate(texts) if _TITLE_NUMBER_RE.match(text)]
    if numbered:
        title_at = numbered[-1]
    elif texts[title_at][2] and header.sponsors:
        # The last block follows the agenda item directly: a draft's title after its sponsors
        # is absent, so the agenda title stands as the title.
        pass
    for i, (text, members, agenda) in enumerate(texts):
        if i == title_at:
            match = _TITLE_NUMBER_RE.match(text)
            if match:
                text = text[match.end() :]
            header.title = text
        elif agenda and header.agenda_title is None:
            header.agenda_title = text
        else:
            header.diagnostics.append(
                Diagnostic(
                    "unrecognised-header",
                    f"header text not understood: {text!r}",
                    line=members[0].line.number,
                    page=members[0].page,
                    source=source,
                )
            )


def agenda_key(item: str | None) -> str | None:
    """An agenda item reduced to its number and letter, so that the French "125 t)" and the
    English "125 (t)" compare equal.

    >>> agenda_key("125 t)"), agenda_key("127 (t)"), agenda_key(None)
    ('125t', '127t', None)
    """
    if not item:
        return None
    return re.sub(r"[^0-9a-z]", "", item.casefold()) or None
