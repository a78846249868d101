"""What a line of a resolution's body opens, and whether it goes on with the unit before it.

A line opens an operative paragraph by its number ("1.", the Arabic prints' "1 -"), a heading
by its roman numeral, a sub-paragraph by "(a)", a bullet by its mark, an annex by "Annex"
alone on its line; a line that opens none of them goes on with the unit before it when that
unit stopped mid-sentence, across a page break, its footnotes or a blank line.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ._text import MARK_ENDS, MARK_OPEN, SENTENCE_ENDS, TERMINAL, Clean, Unit, fold
from ._text import strip_end_marks as _strip_end_marks

__all__ = [
    "BULLET_RE",
    "NO_COMMA_END",
    "OPERATIVE_RE",
    "SUB_RE",
    "continues",
    "number_alone",
    "opens_annex",
    "start_kind",
    "text_ends_open",
]

#: An operative paragraph's number: "1." (the Arabic prints set "1 -").
OPERATIVE_RE = re.compile(r"^(?P<number>\d{1,3})(?:\.| -)(?:\s+|$)")
_NUMBER_NO_STOP = re.compile(r"^(?P<number>\d{1,3})\s+(?=[A-Z][a-z])")
SUB_RE = re.compile(r"^\((?P<label>[a-z]{1,2}|[ivxl]{1,6})\)\s*")
BULLET_RE = re.compile(r"^(?P<label>[•–\u2022\u25cf\u25aa·]|-(?=\s))\s*\.?\s*")
SECTION_RE = re.compile(r"^(?P<label>[IVXL]{1,6})\.\s+(?=[A-Z])")
#: A roman numeral alone on its line, its heading on the next ("I" / "Umoja").
_ROMAN_ALONE = re.compile(r"^(?P<label>[IVXL]{1,6})$")
_ANNEX_RE = re.compile(r"^(?:annex|annexe)(?:\s+[ivxl]+)?$")
#: The first characters of the lines :func:`start_kind` reads as a start (its patterns').
_STARTS = frozenset("IVXL(•–\u2022\u25cf\u25aa·-")
#: The kinds of unit a comma does not end (a preambular paragraph's does).
NO_COMMA_END = frozenset({"op", "sub", "bullet"})


def text_ends_open(text: str, *, comma_ends: bool = True) -> bool:
    """True when a paragraph's text stops mid-sentence (no terminal punctuation). A comma
    ends a preambular paragraph (``comma_ends``), never an operative one or a sub-paragraph."""
    terminal = TERMINAL if comma_ends else SENTENCE_ENDS
    last = text[-1:]
    if last and not (last.isdecimal() or last.isspace() or last in MARK_ENDS):
        return last not in terminal  # (no end mark to take off: no digit, sentinel, "*")
    return not _strip_end_marks(text).endswith(terminal)



def opens_annex(body: Unit, text: str, after_paragraphs: bool) -> bool:
    """ "Annex" (or "Annex II") alone on its line after the closing meeting, or after a
    finished paragraph once the operative part or an annex has begun."""
    if text.lstrip()[:5].lower() != "annex" or not _ANNEX_RE.match(fold(text)):
        return False
    if body.kind == "end":
        return True
    return after_paragraphs and body.kind != "annex" and not text_ends_open(body.ending())


def start_kind(
    text: str, previous_number: int, *, new_line: bool = False
) -> tuple[str | None, str | None]:
    """What a line opens, by its first characters: ("op", number), ("section", roman),
    ("sub", letter), ("bullet", mark) or (None, None). ``new_line`` says the layout starts a
    paragraph there (a gap or an indent): then a number printed without its full stop ("25
    Condemns …") opens operative paragraph 25 when 24 came before."""
    first = text[:1]
    if first not in _STARTS and not first.isdecimal():  # (a pattern's \d is any digit)
        return None, None
    match = OPERATIVE_RE.match(text)
    if match and previous_number < int(match["number"]) <= previous_number + 3:
        return "op", match["number"]
    if match and int(match["number"]) <= previous_number:
        # Numbers going back inside an operative paragraph: the items of a list it sets out
        # ("approves the provisional agenda: 1. Opening of the Congress. …").
        return "item", match["number"]
    match = _NUMBER_NO_STOP.match(text)
    if new_line and match and int(match["number"]) == previous_number + 1 > 1:
        return "op", match["number"]
    match = SECTION_RE.match(text) or _ROMAN_ALONE.match(text)
    if match and len(text) < 120 and not text.rstrip().endswith((",", ";")):
        return "section", match["label"]
    match = SUB_RE.match(text)
    if match:
        return "sub", match["label"]
    match = BULLET_RE.match(text)
    if match and len(text) > 2:
        return "bullet", match["label"]
    return None, None


def number_alone(body: Unit) -> bool:
    """Whether the unit is an operative number alone on its line ("1."): its text follows.
    (Lines joined always hold a space or a hyphen: only a unit of one line can be that; and
    its line, stripped, opens with the digit: printing it anew takes none away.)"""
    return (
        len(body.lines) == 1
        and body.first.text[:1].isdigit()
        and OPERATIVE_RE.fullmatch(body.text.strip() + " ") is not None
    )


def continues(
    body: Unit,
    clean: Clean,
    kind: str | None,
    after_notes: bool,
    *,
    lead_in_lower_case: Callable[[Unit, str], bool],
) -> bool:
    """A line continues the previous unit across a page break, its footnotes or a blank line:
    the unit stopped mid-sentence and the line does not open a numbered unit. A line in lower
    case continues it, but one that opens with a lead in lower case after a finished unit
    (``lead_in_lower_case``: the segmenter's test of its language's leads)."""
    if kind is not None:
        return False
    if body.kind == "section" and len(body.lines) == 1 and _ROMAN_ALONE.match(body.text):
        return True  # the heading of a numeral printed alone on its line
    if body.kind in ("section", "end", "annex"):
        return False
    if number_alone(body):
        return True
    first = clean.text.lstrip(MARK_OPEN)[:1]
    if first.islower():
        # No paragraph of a resolution opens in lower case ("and stresses …"), but with a lead
        # where the language prints its leads so ("сознавая …").
        return not lead_in_lower_case(body, clean.text)
    broken = after_notes or clean.page != body.lines[-1].page
    if broken and first.isdigit() and _strip_end_marks(body.ending()).endswith(","):
        # A preambular paragraph ends with a comma, but a number after the page foot goes on
        # with it ("…resolutions 52/1 of 3 April 2023," / page break / "55/20 of …").
        return True
    if not text_ends_open(body.ending(), comma_ends=body.kind not in NO_COMMA_END):
        return False
    # An open paragraph goes on after the page's foot, and with any line that does not open
    # with a capital ("2030", "(A/78/10).").
    return broken or not first.isupper()
