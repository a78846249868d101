"""The working form of a document's lines while furniture is found, and line clean-up.

The readers of Markdown, PDF and texts with form feeds or footnote rules turn their input into
:class:`Row` objects, one per input line; :mod:`._furniture` marks the page furniture among
them and :func:`build_document` turns the rest into the immutable
:class:`~csto_un.sources.Document`. A plain text is read as columns instead (its lines' texts,
the furniture found on them): :func:`build_plain_document` makes its document.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

import attrs

from ..model import Furniture
from ._document import Document, Line, Span, make_line, make_lines
from ._patterns import SYMBOL, SYMBOL_LINE_RE, header_symbol, parse_date, parse_job

__all__ = [
    "SOFT_HYPHEN", "SOFT_HYPHENS", "SOFT_HYPHEN_NONCHARACTER", "Row", "build_document",
    "clean_chars", "clean_text", "without_ligatures",
]

#: Spaces that carry no meaning in running text: NBSP, the typographic and ideographic
#: spaces, NNBSP, vertical tab, line and paragraph separators (any white space but tab).
_ODD_SPACES_RE = re.compile(r"[^\S\t ]")
#: Characters with no width: ZWSP, word joiner, stray BOMs, control characters.
_INVISIBLE_RE = re.compile("[\u200b\u2060\ufeff\x00\x01\x03-\x08\x0e-\x1f\x7f]")
#: A soft hyphen as PDF tools write it: U+00AD or the noncharacter U+FFFE. (pdfium's U+0002
#: marks a hyphen at a line end that may be a real one: readers turn it into "-".)
SOFT_HYPHENS = "\u00ad\ufffe"
#: The two, for tests by ``in`` (one per character: faster than a pattern on a short line).
SOFT_HYPHEN, SOFT_HYPHEN_NONCHARACTER = SOFT_HYPHENS[0], SOFT_HYPHENS[1]
_SOFT_RE = re.compile(f"[{SOFT_HYPHENS}]")
_TABS_RE = re.compile(r"[ ]*\t[ \t]*")
_LIGATURES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
        "\u0002": "-",
    }
)
_TERMINAL = tuple(".;:!?»”\"')]…。；：！？")
_WORD_RE = re.compile(r"[^\W\d_]+")
_MASTHEAD_RE = re.compile(rf"^\D+\s({SYMBOL})$")
_PAGE = operator.attrgetter("page")


_LIGATURE_CHARACTERS = "".join(map(chr, _LIGATURES))
_LIGATURE_RE = re.compile(f"[{_LIGATURE_CHARACTERS}]")
#: Any character :func:`clean_chars` changes: most lines hold none, and are returned as they are.
_UNCLEAN_RE = re.compile(
    f"{_ODD_SPACES_RE.pattern}|{_INVISIBLE_RE.pattern}|[{''.join(map(chr, _LIGATURES))}]"
)


def clean_chars(raw: str) -> str:
    """``raw`` with odd spaces made plain, invisible characters dropped, ligatures spelled out."""
    # Odd spaces, invisible and control characters are all unprintable (Python's sense), the
    # ligatures are not ASCII: most lines are printable, and many ASCII. Two scans in C.
    if raw.isprintable() and (raw.isascii() or _LIGATURE_RE.search(raw) is None):
        return raw
    if _UNCLEAN_RE.search(raw) is None:
        return raw
    return _INVISIBLE_RE.sub("", _ODD_SPACES_RE.sub(" ", raw)).translate(_LIGATURES)


def without_ligatures(text: str) -> bool:
    """Whether ``text`` holds none of the ligatures :func:`clean_chars` spells out: then a
    printable line of it needs no cleaning but of its indent and trailing spaces (odd spaces,
    tabs, soft hyphens, invisible and control characters are all unprintable). A test of a
    whole text, in C: the ligatures are not ASCII, and a search for each of the eight
    characters (a character search) costs a fifth of one search for the class of them."""
    return text.isascii() or not any(ligature in text for ligature in _LIGATURE_CHARACTERS)


def clean_text(raw: str) -> tuple[str, bool]:
    """One line's text with odd spaces, tabs and trailing space made plain; and its indent.

    A soft hyphen at the end of the line is kept (as U+00AD) for :func:`join_lines` to join
    the word; anywhere else it is invisible and dropped. The second value is true when the
    line started with a tab or two spaces or more (one stray space is an extractor's).
    """
    text = clean_chars(raw)
    if text[:1] not in (" ", "\t") and "\t" not in text:  # no indent, no tab: the usual line
        text, indented = text.rstrip(" "), False
    else:
        lead = text[: len(text) - len(text.lstrip(" \t"))]
        indented = ("\t" in lead or len(lead) >= 2) and bool(text.strip())
        text = (_TABS_RE.sub(" ", text) if "\t" in text else text).strip(" ")
    soft = bool(text) and text[-1] in SOFT_HYPHENS
    if soft or SOFT_HYPHEN in text or SOFT_HYPHEN_NONCHARACTER in text:
        text = _SOFT_RE.sub("", text).strip(" ")
    return (text + "\u00ad" if soft and text else text), indented


@attrs.define
class Row:
    """One input line while the reader works on it (mutable; never leaves this package)."""

    text: str
    number: int
    page: int = 1
    blank: bool = False
    indented: bool = False
    column: int = 0
    spans: tuple[Span, ...] = ()
    #: An explicit page break (form feed, Markdown rule, new PDF page) comes before this row.
    break_before: bool = False
    #: A vertical gap (PDF) before this row: evidence of a new paragraph.
    gap_before: bool = False
    #: The row starts a new column or band of the page (PDF).
    column_break: bool = False
    #: The row's indentation was measured from positions (PDF), not guessed from spaces.
    positioned: bool = False
    #: In a page's footnote area (after the footnote rule, before the page break).
    footnote: bool = False
    #: The kind of furniture this row is, when it is furniture.
    furniture: str | None = None


def _first_word(row: Row | Line) -> str:
    """What opens a line: its first word, or its style when it opens with italic or bold."""
    for span in row.spans:
        if span.start == 0 and span.style in ("italic", "bold"):
            return f"<{span.style}>"
    found = _WORD_RE.match(row.text)
    return found.group() if found else ""


def _starts_after_break(
    previous: str, row: Row | Line, openers: Callable[[], Counter[str]]
) -> bool:
    """Whether the first body line after a page break starts a new paragraph.

    Blank lines at a page break say nothing. The text before the break must end a sentence
    (then a capital, digit or bracket starts the next) or a clause with a comma (then the next
    line's first word must be one that opens other paragraphs of the document: "Noting",
    "Welcoming"…, counted by ``openers`` when first asked); otherwise the break fell inside a
    paragraph.
    """
    if previous.endswith(("\u00ad", "-")):
        return False
    first = row.text[:1]
    if any(span.style == "heading" for span in row.spans):
        return True
    if previous.endswith(_TERMINAL):
        return first.isupper() or first.isdigit() or first in '(•–—-*"“«'
    if previous.endswith(","):
        return openers()[_first_word(row)] > 0
    return False


def _lines(rows: Sequence[Row], marked: list[Row]) -> list[Line]:
    """The body rows as :class:`Line` objects, in one pass, with the evidence of a paragraph
    start: blank lines before the row or, after a page break or furniture, what the break
    allows (a positioned row's indent or gap; else :func:`_starts_after_break`, decided once
    the first words of the document's paragraphs are known). The furniture rows met on the
    way are added to ``marked``."""
    lines: list[Line | None] = []
    # The rows after a break that wait for the first words: (index in lines, row, the body
    # row before the break); and the indexes of every row after a break (not a paragraph's
    # first word to count).
    pending: list[tuple[int, Row, Row]] = []
    after_break: list[int] = []
    blank = False
    crossed = False  # a page break or furniture since the last body row (footnotes aside)
    last_body: Row | None = None
    for row in rows:
        if (row.break_before or row.column_break) and lines:
            crossed = True
        if row.furniture is not None:
            marked.append(row)
            crossed = crossed or row.furniture in ("header", "footer", "page-break", "page-number")
            continue
        if row.blank:
            blank = True
            continue
        blank_before = blank or row.gap_before
        if crossed and last_body is not None and not row.footnote:
            after_break.append(len(lines))
            if not row.positioned:
                pending.append((len(lines), row, last_body))
                lines.append(None)
                last_body, crossed, blank = row, False, False
                continue
            # Positions tell: a paragraph's first line is indented, its continuation is not.
            blank_before = (row.indented or row.gap_before) and not last_body.text.endswith(
                ("-", "\u00ad")
            )
        lines.append(  # (text, number, page, blank_before, indented, column, spans, footnote)
            make_line(row.text, row.number, row.page, blank_before, row.indented, row.column,
                      row.spans, row.footnote)
        )
        if not row.footnote:
            last_body, crossed = row, False
        blank = False
    if pending:
        _decide_after_breaks(lines, pending, after_break)
    return lines  # type: ignore[return-value]  # (every None was replaced)


def _decide_after_breaks(
    lines: list[Line | None] | list[Line],
    pending: Sequence[tuple[int, Row | Line, Row | Line]],
    after_break: list[int],
    opening: Iterable[int] | None = None,
) -> None:
    """Put in ``lines`` the rows that wait after a page break, with whether they start a
    paragraph by the first words of the document's other paragraphs: the lines with a blank
    before them (their indexes ``opening``, when the caller knows them) not after a break.
    Those first words are read only when a break asks them (after a comma: few breaks), and
    read the same then: only the lines after a break, which they leave out, are put in."""
    counted: list[Counter[str]] = []

    def openers() -> Counter[str]:
        if not counted:
            excluded = set(after_break)
            indexes = opening
            if indexes is None:
                indexes = (i for i, line in enumerate(lines)
                           if line is not None and line.blank_before)
            counted.append(Counter(_first_word(line) for i in indexes
                                   if i not in excluded and (line := lines[i]) is not None))
        return counted[0]

    for index, row, before in pending:
        lines[index] = make_line(
            row.text, row.number, row.page, _starts_after_break(before.text, row, openers),
            row.indented, row.column, row.spans, row.footnote,
        )


def _document_symbol(marked: Sequence[Furniture], first: Iterable[str]) -> str | None:
    """The symbol the running headers (among the ``marked`` furniture) print most, else the
    one a line of the ``first`` content texts (fifteen) is or ends its masthead with."""
    running = Counter(
        symbol
        for item in marked
        if item.kind == "header" and (symbol := header_symbol(item.text)) is not None
    )
    if running:
        return running.most_common(1)[0][0]
    content = [text for text in first if "/" in text]  # (every symbol holds a "/")
    for text in content:
        if SYMBOL_LINE_RE.match(text):
            return re.sub(r"(?<=[/.]) ", "", text)
    for text in content:  # the masthead: "United Nations A/RES/73/3"
        found = _MASTHEAD_RE.match(text)
        if found:
            return re.sub(r"(?<=[/.]) ", "", found.group(1))
    return None


def _document(
    lines: tuple[Line, ...], furniture: tuple[Furniture, ...], pages: int, first: Iterable[str],
    *, name: str, format: str, encoding: str | None,
) -> Document:
    """The :class:`Document` of ``lines`` and ``furniture``, with what the furniture (or the
    ``first`` fifteen content texts) says of its symbol, date and job number."""
    dates = Counter(
        date
        for item in furniture
        if item.kind == "header" and (date := parse_date(item.text)) is not None
    )
    jobs = [
        job
        for item in furniture
        if item.kind in ("job-number", "footer")
        and (job := parse_job(item.text, alone=item.kind == "job-number"))
    ]
    return Document(
        name=name,
        format=format,
        lines=lines,
        furniture=furniture,
        pages=pages,
        encoding=encoding,
        symbol=_document_symbol(furniture, first),
        date=dates.most_common(1)[0][0] if dates else None,
        job_number=jobs[0] if jobs else None,
    )


def build_document(
    rows: Sequence[Row], *, name: str, format: str, encoding: str | None
) -> Document:
    """The :class:`Document` for rows whose furniture has been marked."""
    marked: list[Row] = []  # the furniture rows (few), picked by the pass that makes the lines
    lines = tuple(_lines(rows, marked))
    furniture = tuple(Furniture(kind, row.text, row.page, row.number)
                      for row in marked if (kind := row.furniture) is not None)
    first = itertools.islice(
        (row.text for row in rows if not row.blank and row.furniture is None), 15)
    return _document(lines, furniture, max(map(_PAGE, rows), default=1), first,
                     name=name, format=format, encoding=encoding)


#: The furniture after which the first body line's paragraph start is decided by the break.
_CROSSING = frozenset({"header", "footer", "page-break", "page-number"})


def build_plain_document(
    texts: Sequence[str], indented: set[int], kinds: dict[int, str], breaks: set[int],
    starts: list[int], *, name: str, encoding: str | None,
) -> Document:
    """:func:`build_document` for the rows of a plain text given as columns: ``texts`` (one a
    line, blank rows empty), the ``indented`` rows, the furniture ``kinds`` by row, the rows
    a page break comes ``breaks`` before and the first row of each page after the first
    (``starts``). The body lines are made in bulk, a field at a time; only the rows next to
    furniture or a break (few) are looked at one by one."""
    body = list(itertools.compress(range(len(texts)), texts))  # (the rows not blank)
    for i in sorted(kinds, reverse=True):  # (a furniture row is never blank)
        del body[bisect.bisect_left(body, i)]
    previous = [-1, *body[:-1]]
    # blank_before: a blank row since the last body row (the rows between are blank or
    # furniture); the body row after a crossing furniture or a break waits for the openers.
    blank_before = list(map((1).__lt__, map(operator.sub, body, previous)))
    furniture_between: dict[int, int] = {}
    crossed: set[int] = set()
    for i in sorted({*kinds, *breaks}):
        k = bisect.bisect_left(body, i)
        if k == len(body):
            continue
        if i in kinds:
            furniture_between[k] = furniture_between.get(k, 0) + 1
        if k and (i in breaks or kinds.get(i) in _CROSSING):
            crossed.add(k)
    for k, count in furniture_between.items():
        blank_before[k] = body[k] - previous[k] - 1 > count
    cuts = [0, *(bisect.bisect_left(body, start) for start in starts), len(body)]
    pages = itertools.chain.from_iterable(  # (the page of each body row, by segment)
        itertools.repeat(page, end - start)
        for page, (start, end) in enumerate(itertools.pairwise(cuts), 1)
    )
    lines = make_lines(
        len(body), map(texts.__getitem__, body), map((1).__add__, body), pages, blank_before,
        map(indented.__contains__, body) if indented else itertools.repeat(False),
    )
    if crossed:
        ordered = sorted(crossed)
        _decide_after_breaks(lines, [(k, lines[k], lines[k - 1]) for k in ordered], ordered,
                             itertools.compress(range(len(lines)), blank_before))
    furniture = tuple(Furniture(kinds[i], texts[i], bisect.bisect_right(starts, i) + 1, i + 1)
                      for i in sorted(kinds))
    first = (texts[i] for i in body[:15])
    return _document(tuple(lines), furniture, len(starts) + 1, first,
                     name=name, format="text", encoding=encoding)
