"""Footnote marks in running text: find them, take them out, say which footnote they call.

Markdown gives marks as superscripts (kept between sentinels). Text extracted from PDFs glues
them to the word before ("organizations,1", "Strategy5"), to a year ("13 January 20103" is
2010 and note 3) or a symbol ("resolution 59/3009", "COVID-1916"), or leaves a space
("session, 6", "prevention. 8 When"). A number is taken for a mark only when it
is the next footnote in the document's order (or, glued to a word, repeats one already called),
so dates and quantities are never mistaken for marks.
"""

from __future__ import annotations

import re
from itertools import islice

import attrs

from ..words._resolution import LANGUAGES
from ._text import MARK_CLOSE, MARK_OPEN, MONTHS, word_start

__all__ = ["MarkerScanner"]

#: The quantity words of every language, longest first (a regular expression fragment): a
#: number before one is a quantity ("2 per cent", "2 milliards"), not a footnote mark.
_QUANTITIES = "|".join(
    re.escape(word)
    for word in sorted(
        {word for phrases in LANGUAGES.values() for word in phrases.quantity_words},
        key=lambda word: (-len(word), word),
    )
)
#: The nouns of every language a number after them belongs to ("Article 1", "Section 7").
_NUMBERED_NOUNS = frozenset(
    noun for phrases in LANGUAGES.values() for noun in phrases.numbered_nouns
)
#: The thousands of a number printed with a space between its groups ("2 000 personnes"): a
#: number before them is the number's first digits, not a footnote mark.
_THOUSANDS = r"\s\d{3}\b"
_SUP = re.compile(f"{MARK_OPEN}(?P<m>[^{MARK_CLOSE}]*){MARK_CLOSE}")
# (form, pattern): the number is group "m"; "year" forms need the expected note.
_CANDIDATES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("word", re.compile(r"(?P<m>\d(?<=[^\W\d_]\d)\d{0,2})(?=[\s,.;:)”’\"]|$)")),
    # Not a decimal ("1.4 billion") nor a number of a symbol ("EC-110/DEC.1 of"; "GC.18/Res.9
    # of": see :data:`_WORD_AFTER`). (The punctuation is matched, not looked behind for: the
    # engine then looks for it alone before trying the rest; the mark's offsets are those of
    # group "m" either way.)
    ("punct", re.compile(r"[,;:.”’\")](?<![\dA-Z/][.])(?P<m>\d{1,3})(?=[\s)]|$)")),
    (
        "space-punct",
        re.compile(
            rf" (?<=[^\d\s][,;:”’\")] )(?P<m>\d{{1,3}})(?=\s|[,.](?!\d)|;|$)"
            rf"(?!\s+(?:{MONTHS})\s+\d{{4}}|\s*(?:{_QUANTITIES})\b|{_THOUSANDS})",
            re.IGNORECASE,
        ),
    ),
    # At the paragraph's end a number after a number's comma is a mark too: "… in 2014, 3"
    # (a list of numbers never ends a paragraph).
    ("space-punct", re.compile(r" (?<=\d[,;:] )(?P<m>\d{1,3})$")),
    # At the paragraph's end after its full stop: "… with the applicable guidelines. 27".
    ("space-number", re.compile(r"\.(?<![\d\s.]\.) (?P<m>\d{1,3})$")),
    # After a number in brackets, the expected note, as after a year: "International Health
    # Regulations (2005) 15 in the context", "Convention, 1973 (No. 138) 15 and the".
    (
        "space-number",
        re.compile(
            r"\) (?<=\d\) )(?P<m>\d{1,3})(?= )"
            rf"(?!\s*(?:{_QUANTITIES})\b|\s+\S+\s+\d|{_THOUSANDS})"
        ),
    ),
    # Between two sentences, the expected note: "for public safety and crime prevention. 8
    # When imprisonment is used" (a sentence opens with a number spelled out, and a number
    # after an abbreviation, "vol. 8 The", is the abbreviation's).
    ("space-stop", re.compile(r"\. (?<=[a-z]{3}\. )(?P<m>\d{1,3})(?= [A-Z][a-z])")),
    # After a symbol, or its comma, the expected note: "pursuant to resolution 72/55, 1 of
    # the Group", "54/18, 37 54/22, 38 …", "resolutions 71/205 13 and 72/190, 14" (a symbol's
    # number is never followed by a bare number).
    (
        "space-number",
        re.compile(rf"/\d{{1,3}}[,;]? (?P<m>\d{{1,3}})(?=\s|$)(?!{_THOUSANDS})"),
    ),
    # (The patterns above and below match what precedes the mark rather than look behind for
    # it: a pattern opening with a look-behind is tried at every character.)
    # After another number's comma or a year, the expected note, unless a number follows the
    # word after it (a list, "items 5, 6 and 7", a date, "of 1990 3 and 1995") or a quantity
    # word does ("in 2015, 2 per cent"): "Agenda 21, 4 the Programme", "in December 2015 24
    # and relevant initiatives".
    (
        "space-number",
        re.compile(
            rf"\d[,;] (?P<m>\d{{1,3}})(?= )(?!\s+\S+\s+\d|\s*(?:{_QUANTITIES})\b|{_THOUSANDS})"
        ),
    ),
    (
        "space-number",
        re.compile(
            r"(?:19|20)\d\d (?<!\d{5} )(?P<m>\d{1,3})(?= )"
            rf"(?!\s*(?:{_QUANTITIES})\b|\s+\S+\s+\d{{4}}\b(?!/)|{_THOUSANDS})"
        ),
    ),
    ("year", re.compile(r"(?P<m>\d(?<=\b(?:19|20)\d\d\d)\d{0,2})(?=[\s,.;:)]|$)")),
    # Glued to a resolution's symbol whose number would otherwise run to four digits or more
    # (a session's resolutions number fewer than 1,000): "resolution 59/3009" is 59/300 and
    # note 9, "78/22127" 78/221 and note 27. Not within a document's symbol ("A/78/1003").
    (
        "symbol",
        re.compile(r"/(?:(?<=[^\w/.-]\d/)|(?<=[^\w/.-]\d\d/))\d{3}(?P<m>\d{1,3})(?=[\s,.;:)]|$)"),
    ),
    # Glued to a name ending in a hyphen and two digits: "COVID-1916" is COVID-19 and note 16.
    ("symbol", re.compile(r"-(?<=[A-Z][A-Z]-)\d\d(?P<m>\d{1,3})(?=[\s,.;:)]|$)")),
    # After a year's comma, the expected note: "adopted on 25 June 1993, 1 and …".
    (
        "space-year",
        re.compile(
            r" (?<=\b(?:19|20)\d\d, )(?P<m>\d{1,3})(?=\s|$)"
            rf"(?!\s*(?:{_QUANTITIES})\b|\s*\S+\s+\d{{4}}|{_THOUSANDS})"
        ),
    ),
    (
        "space-word",
        # (not before a date, "on 8 March 2024", "from 1 January to", nor a quantity word,
        # "within 2 weeks", nor the session of an early resolution, "resolution 1 (I)"; before
        # a word and a number, group "range", only after a name: see :func:`_after_name`)
        re.compile(
            r" (?<=[^\W\d_] )(?P<m>\d{1,3})(?=\s|$)"
            rf"(?!\s*(?:{_QUANTITIES})\b|{_THOUSANDS}|\s+(?i:{MONTHS})\b|\s+\([IVXL]+\))"
            r"(?:(?=(?P<range>\s*\S+\s+\d)(?P<year>\d{3}\b)?)|)"
        ),
    ),
    # Glued to a decision of a conference of parties, whose number has at most two digits:
    # "decisions 1/CP.2731" (1/CP.27 and note 31), "decision VIII/1914" (VIII/19 and note 14).
    ("symbol", re.compile(r"/[A-Z]{2,3}\.\d\d(?P<m>\d{1,2})(?=[\s,.;:)]|$)")),
    ("symbol", re.compile(r"/(?<=[IVX]/)\d\d(?P<m>\d{1,2})(?=[\s,.;:)]|$)")),
    ("star", re.compile(r"(?P<m>\*(?<=\S\*)\*{0,2})(?=[\s,.;:)]|$)")),
)
#: White space a mark taken out leaves before punctuation ("session 6," → "session,").
_SPACE_BEFORE_STOP = re.compile(r"\s+([,.;:])")
#: What follows a count of a list of counts: words, a comma or a word joining a list's last
#: item ("and", "et"), and another number.
_ITEM_JOINS = "|".join(
    sorted({re.escape(word) for phrases in LANGUAGES.values() for word in phrases.item_joins})
)
_COUNT_LIST = re.compile(rf" [^,;]{{1,60}}?(?:,| (?:{_ITEM_JOINS})) \d")
#: A word in lower case after a number: after a full stop, that number is no mark (a mark
#: after a full stop ends a sentence: "GC.18/Res.9 of" is a symbol's number).
_WORD_AFTER = re.compile(r" [a-z]")
#: The forms of a mark after a word and a space, which may be the number of that word.
_AFTER_WORD = ("space-word", "space-stop")
#: Another number right after a number: the number is one of a list, not a mark.
_NUMBER_AFTER = re.compile(r",? \d")
_GLUED = tuple((form, pattern) for form, pattern in _CANDIDATES if form == "punct")
_REPEATABLE = ("punct", "space-punct", "star")
_REPEATED = tuple((form, pattern) for form, pattern in _CANDIDATES if form in _REPEATABLE)
_STARS = tuple((form, pattern) for form, pattern in _CANDIDATES if form == "star")
#: The runs of digits of a text: a plain mark of a digit form is one, or its end (see
#: :meth:`MarkerScanner._forms`).
_DIGIT_RUNS = re.compile(r"\d+")
#: The forms of a mark that may follow a mark the text lost: glued to what it follows
#: ("Strategy5", "organizations,1", "20103") or after a word's punctuation ("Holocaust, 18").
_GLUED_FORMS = ("word", "punct", "year", "space-punct")


@attrs.define
class MarkerScanner:
    """Walks the body in reading order, knowing the document's footnote markers."""

    markers: list[str]
    #: False when the input marks footnotes as superscripts: a plain number is then a mark
    #: only when glued to the word before and repeating a note already called (a PDF whose
    #: reader missed one superscript: "UNISPACE+50,1").
    plain: bool = True
    seen: list[str] = attrs.Factory(list)

    @property
    def expected(self) -> str | None:
        """The next footnote whose mark has not been met yet."""
        upcoming = self._upcoming()
        return upcoming[0] if upcoming else None

    def _upcoming(self) -> list[str]:
        """The three notes whose marks are expected next, in order."""
        seen = set(self.seen)
        return list(islice((m for m in self.markers if m.isdigit() and m not in seen), 3))

    def take(self, text: str) -> tuple[str, list[tuple[str, int]]]:
        """``text`` without its footnote marks, and the marks with their offsets there."""
        found: list[tuple[int, int, str]] = []  # (start, end, marker) in ``text``
        for match in _SUP.finditer(text) if MARK_OPEN in text else ():
            marker = match["m"].strip()
            found.append((match.start(), match.end(), marker))
            if marker not in self.seen:
                self.seen.append(marker)
        if not found:
            found = self._plain(text, glued_repeats_only=not self.plain)
        if not found:  # (most texts) the text alone, its white space made single
            if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
                return text, []
            return " ".join(text.split()), []
        found.sort()
        pieces: list[str] = []
        marks: list[tuple[str, int]] = []
        position = 0
        length = 0
        for start, end, marker in found:
            piece = text[position:start]
            pieces.append(piece)
            length += len(piece)
            marks.append((marker, length))
            position = end
        pieces.append(text[position:])
        clean = "".join(pieces)
        clean = _SPACE_BEFORE_STOP.sub(r"\1", clean) if found else clean
        if not clean.isprintable() or "  " in clean or clean[:1] == " " or clean[-1:] == " ":
            clean = " ".join(clean.split())  # (a printable text has no white space but " ")
        return clean, marks

    def _plain(self, text: str, *, glued_repeats_only: bool) -> list[tuple[int, int, str]]:
        # Only a repeated mark glued to punctuation can be taken: only those are looked for.
        if not self.markers or (glued_repeats_only and not self.seen):
            return []
        if glued_repeats_only:
            if not any(map(text.__contains__, "0123456789")) and all(map(str.isascii, self.seen)):
                return []  # (a mark repeated is one of the ASCII ones met: a text without a digit)
            forms = _GLUED
        else:
            forms = self._forms(text)
            if not forms:
                return []
        candidates: list[tuple[int, int, str, str]] = []
        for form, pattern in forms:
            for match in pattern.finditer(text):
                if form in _AFTER_WORD and _after_numbered_noun(text, match.start("m")):
                    continue
                if form == "punct" and match[0][0] == "." and _WORD_AFTER.match(text, match.end()):
                    continue
                # Before a word and a number, a range ("from 23 to 27 October") but after a
                # name, not before a year: "Nuclear Weapons 1 on 7 July 2017", "Islamophobia
                # 17 and 27 January" (not "the reports of 1990 3 and 1995").
                if (
                    form == "space-word"
                    and match["range"] is not None
                    and (match["year"] is not None or not _after_name(text, match.start("m")))
                ):
                    continue
                candidates.append((match.start("m"), match.end("m"), match["m"], form))
        candidates.sort()
        found: list[tuple[int, int, str]] = []
        taken_until = -1
        expected = None if glued_repeats_only else self.expected  # (changes when one is seen)
        for start, end, marker, form in candidates:
            if start < taken_until:
                continue
            accept = False
            if glued_repeats_only:
                accept = form == "punct" and marker in self.seen
            elif form == "star":
                accept = marker in self.markers
            elif marker == expected:
                accept = True
            elif form in _REPEATABLE and marker in self.seen:
                # A note called again; after a comma and a space, not a count of a list of
                # counts ("6 from African States, 5 from Asian States, 3 from …", "(1 Assistant
                # Secretary-General, 1 D-1, 3 P-5"): another number follows the next comma.
                accept = form != "space-punct" or not _COUNT_LIST.match(text, end)
            elif (
                form in _GLUED_FORMS
                and marker in self._upcoming()
                and not _NUMBER_AFTER.match(text, end)
            ):
                # A mark of these forms one or two notes after the expected one: the marks
                # between were missed (a mark the text lost), the order goes on. Not a number
                # of a list ("paragraphs 8 (g), 12, 13 (b)"): another number follows it.
                self.seen.extend(self._upcoming()[: self._upcoming().index(marker)])
                accept = True
            if not accept:
                continue
            if form.startswith("space"):
                start -= 1  # the space before the mark goes with it
            found.append((start, end, marker))
            taken_until = end
            if marker not in self.seen:
                self.seen.append(marker)
                expected = None if glued_repeats_only else self.expected
        return found

    def _forms(self, text: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
        """The forms of mark worth looking for in ``text`` (for :meth:`_plain`, marks read
        plain): a mark of a digit form is a whole run of the text's digits, or what follows
        a year's four digits in one ("20103"), a symbol's two or three ("59/3009",
        "COVID-1916", "1/CP.2731"), and is taken only when it is one of the next
        three notes (the expected one, or one after a mark the text lost: the order goes on
        from each taken) or, in a form that may repeat a mark, one already met. So a text none
        of whose runs is one of those is not scanned (a scan of its digits instead of the
        patterns' thirteen), and one whose runs repeat marks only is scanned for the forms
        that may repeat; a star is looked for where a "*" stands."""
        runs = _DIGIT_RUNS.findall(text)
        if not runs:
            return _STARS if "*" in text else ()
        values = set(runs)
        values.update(run[k:] for run in runs for k in (2, 3, 4) if k < len(run) <= k + 3)
        if not values.isdisjoint(self._upcoming()):
            return _CANDIDATES
        if not values.isdisjoint(self.seen):
            return _REPEATED
        return _STARS if "*" in text else ()


def _after_name(text: str, start: int) -> bool:
    """Whether the number at ``start``, after a space, follows a word in title case (the last
    word of a name: "Nuclear Weapons 1", "Islamophobia 17")."""
    first = word_start(text, start - 1)  # (the first letter of the word before)
    return text[first : first + 1].isupper()


def _after_numbered_noun(text: str, start: int) -> bool:
    """Whether the number at ``start``, after a space, follows a noun it belongs to ("as set
    out in Article 1 of the Charter", the heading "Section 7"): the noun's number, not a
    footnote mark."""
    return text[word_start(text, start - 1) : start - 1].lower() in _NUMBERED_NOUNS
