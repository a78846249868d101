"""UN document symbols: parse, normalise and take apart "A/RES/77/13", "S/PV.8967" and the rest.

>>> s = DocumentSymbol.parse("a/79/l.12/rev.1")
>>> str(s), s.organ, s.session, s.series, s.number, s.revision
('A/79/L.12/Rev.1', 'A', '79', 'L', '12', 1)
>>> str(DocumentSymbol.resolution("1631 (2005)"))
'S/RES/1631 (2005)'
"""

from __future__ import annotations

import functools
import re
import unicodedata

import attrs

from .errors import SymbolError

__all__ = ["DocumentSymbol", "parse_symbol"]

# Series that carry their number after a dot: S/PV.8967, A/79/L.12, A/C.3/78/SR.5.
_DOTTED_SERIES = ("PV", "L", "SR", "CRP", "WP", "INF", "NGO")
# Series that stand as a component of their own: A/RES/77/13, S/PRST/2010/1.
_PLAIN_SERIES = ("RES", "PRST", "DEC", "INF", "BUR", "ORG", "OD")
_MODIFIERS = {"REV": "Rev", "ADD": "Add", "CORR": "Corr", "AMEND": "Amend", "SUMMARY": "Summary"}
_ORGANS = ("A", "S", "E", "ST", "T", "DP", "UNEP", "TD", "CCPR", "CERD", "CRC", "CEDAW", "CAT")

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_ROMAN_RE = re.compile(r"^(?=[IVXLC]+$)C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_RESUMPTION_RE = re.compile(r"\s*\(\s*Resumption\s*(\d+)\s*\)\s*$", re.IGNORECASE)
_YEAR_SUFFIX_RE = re.compile(r"^(?P<body>.*?\S)\s*\(\s*(?P<year>\d{4}|[IVXLC]+)\s*\)$")
_JOINT_SPLIT_RE = re.compile(r"\s*-\s*(?=(?:A|S|E|ST)\s*/)")
_YEAR = re.compile(r"\d{4}")
_SESSION_RE = re.compile(r"^(?:\d{1,3}|S-\d{1,2}|ES-\d{1,2})$")
_MODIFIER_RE = re.compile(r"^(REV|ADD|CORR|AMEND|SUMMARY)\.?(\d+)?$")
_SUBSIDIARY_RE = re.compile(r"^(C|AC|CN|CONF|CRP|HRC|SPC|PC|GC|WG|IAEA|CTC|AC\.\d+)(\.\d+)?$")
# (Compiled once: a pattern given as a string is looked up in the engine's cache at each call,
# and a parse asks these of every component of every symbol it meets.)
_SESSION_NUMBER = re.compile(r"((?:ES-|S-)?\d{1,3})\s*/\s*(\d{1,4})", re.IGNORECASE)
_NUMBER_YEAR = re.compile(r"(\d{1,4})\s*\(\s*(\d{4})\s*\)")
_NUMBER_ROMAN = re.compile(r"(\d{1,4})\s*([A-H])?\s*\(\s*([IVXLC]+)\s*\)")
_OLD_NUMBER = re.compile(r"\d{1,4}(?:\s*[A-H])?")
_DOTTED = re.compile(r"([A-Z]+)\.(\d+[A-Z]?)")
_NUMBER = re.compile(r"\d+[A-Z]?")
_LETTERED_END = re.compile(r"/(\d+)([A-H])$")
_SPACED_DOT = re.compile(r"\s*\.\s*")


def roman_to_int(text: str) -> int:
    """The value of a roman numeral ("XXVI" → 26).

    >>> roman_to_int("XXVI")
    26
    """
    if not text or not _ROMAN_RE.match(text):
        raise SymbolError(f"not a roman numeral: {text!r}")
    total = 0
    for char, following in zip(text, [*text[1:], ""], strict=True):
        value = _ROMAN[char]
        total += -value if following and _ROMAN[following] > value else value
    return total


@attrs.frozen(eq=False)
class DocumentSymbol:
    """A UN document symbol, taken apart.

    ``organ`` is the issuing organ with its subsidiary bodies ("A", "S", "A/C.3", "E");
    ``series`` the document series ("RES", "PV", "L", "PRST") or ``None`` for plain documents
    (reports, letters); ``session`` the GA session as printed ("79", "S-30", "ES-11", "XXVI");
    ``year`` the year of Security Council resolutions and year-numbered series; ``number`` the
    document number; ``modifiers`` revisions, addenda and corrigenda ("Rev.1", "Add.1");
    ``resumption`` the part of a meeting record; ``joint`` the other symbols of a joint document
    ("A/79/302-S/2024/600"). Two symbols are equal when their canonical strings are.

    >>> symbol = DocumentSymbol.parse("a/res/77/13")
    >>> str(symbol), symbol.organ, symbol.series, symbol.session, symbol.number
    ('A/RES/77/13', 'A', 'RES', '77', '13')
    >>> DocumentSymbol.parse("S/PV.8699 (Resumption 1)").base == DocumentSymbol.parse("S/PV.8699")
    True
    """

    organ: str
    series: str | None = None
    session: str | None = None
    year: int | None = None
    number: str | None = None
    modifiers: tuple[str, ...] = ()
    resumption: int | None = None
    joint: tuple[DocumentSymbol, ...] = ()
    _canonical: str = attrs.field(default="", repr=False)

    # -- construction -------------------------------------------------------------------------
    @classmethod
    def parse(cls, text: str) -> DocumentSymbol:
        """Parse a symbol as printed, tolerating spaces and case ("S/ PV. 8698" → S/PV.8698)."""
        if not isinstance(text, str) or not text.strip():
            raise SymbolError(f"not a document symbol: {text!r}")
        raw = " ".join(text.split())
        if not raw.isascii():  # full-width forms, Arabic-Indic or other digits: the Latin symbol
            raw = _latin(raw)
        pieces = _JOINT_SPLIT_RE.split(raw)
        if len(pieces) > 1:
            parts = [cls._parse_single(piece, raw) for piece in pieces]
            first = parts[0]
            return attrs.evolve(
                first,
                joint=tuple(parts[1:]),
                canonical="-".join(p._canonical for p in parts),
            )
        return cls._parse_single(raw, raw)

    @classmethod
    def resolution(cls, ref: str, *, organ: str | None = None) -> DocumentSymbol:
        """The symbol of a resolution cited by its number, as texts cite them.

        "59/50" → A/RES/59/50, "1631 (2005)" → S/RES/1631 (2005), "S-30/1" → A/RES/S-30/1,
        "2758 (XXVI)" → A/RES/2758 (XXVI). A full symbol is parsed as it is.

        >>> str(DocumentSymbol.resolution("59/50"))
        'A/RES/59/50'
        """
        ref = " ".join(ref.split())
        if "/RES/" in ref.upper().replace(" ", ""):
            return cls.parse(ref)
        match = _SESSION_NUMBER.fullmatch(ref)
        if match:
            return cls.parse(f"{organ or 'A'}/RES/{match[1].upper()}/{match[2]}")
        match = _NUMBER_YEAR.fullmatch(ref)
        if match:
            return cls.parse(f"{organ or 'S'}/RES/{match[1]} ({match[2]})")
        match = _NUMBER_ROMAN.fullmatch(ref)
        if match:
            letter = f" {match[2]}" if match[2] else ""
            return cls.parse(f"{organ or 'A'}/RES/{match[1]}{letter} ({match[3]})")
        raise SymbolError(f"not a resolution number: {ref!r}")

    @classmethod
    def _parse_single(cls, text: str, whole: str) -> DocumentSymbol:
        text, resumption, year, session = _suffixes(text)
        organ_parts, rest = _organ(text, whole)
        parts = _Parts(year=year, session=session)
        for position, comp in enumerate(rest):
            parts.read(comp, last=position == len(rest) - 1, whole=whole)
        if parts.number is None and parts.series not in ("INF",):
            raise SymbolError(f"no document number in symbol {whole!r}")
        return cls(
            organ="/".join(organ_parts),
            series=parts.series,
            session=parts.session,
            year=parts.year,
            number=parts.number,
            modifiers=tuple(parts.modifiers),
            resumption=resumption,
            canonical=parts.canonical(organ_parts, resumption),
        )

    @classmethod
    def key(cls, text: str, *, base: bool = False) -> str:
        """A symbol's canonical form for lookups, tolerant of what is not a symbol.

        ``base=True`` drops revisions, addenda and resumptions. Text that does not parse
        comes back with its spaces folded, so that it can still serve as a key.

        >>> DocumentSymbol.key("s/pv. 8699 (Resumption 1)", base=True)
        'S/PV.8699'
        >>> DocumentSymbol.key("<draft.md>")
        '<draft.md>'
        """
        try:
            symbol = cls.parse(text)
        except SymbolError:
            return " ".join(text.split())
        return str(symbol.base if base else symbol)

    # -- derived values -----------------------------------------------------------------------
    @property
    def session_number(self) -> int | None:
        """The session as a number: "79" → 79, "XXVI" → 26, "S-30" → 30 (see ``special``)."""
        if self.session is None:
            return None
        if self.session.isdigit():
            return int(self.session)
        if "-" in self.session:
            return int(self.session.split("-")[1])
        return roman_to_int(self.session)

    @property
    def special(self) -> str | None:
        """ "special" for S-30 sessions, "emergency special" for ES-11, else ``None``."""
        if self.session is None:
            return None
        if self.session.startswith("ES-"):
            return "emergency special"
        if self.session.startswith("S-"):
            return "special"
        return None

    def _modifier(self, name: str) -> int | None:
        for modifier in self.modifiers:
            if modifier.startswith(name + "."):
                return int(modifier.split(".")[1])
        return None

    @property
    def revision(self) -> int | None:
        """The revision number ("Rev.1" → 1)."""
        return self._modifier("Rev")

    @property
    def addendum(self) -> int | None:
        """The addendum number ("Add.1" → 1)."""
        return self._modifier("Add")

    @property
    def corrigendum(self) -> int | None:
        """The corrigendum number ("Corr.1" → 1)."""
        return self._modifier("Corr")

    @property
    def is_resolution(self) -> bool:
        """True for A/RES/… and S/RES/… symbols."""
        return self.series == "RES"

    @property
    def is_draft(self) -> bool:
        """True for limited-distribution drafts (A/79/L.11, A/C.3/78/L.60)."""
        return self.series == "L"

    @property
    def is_record(self) -> bool:
        """True for verbatim records (S/PV.8967, A/79/PV.30)."""
        return self.series == "PV"

    @property
    def base(self) -> DocumentSymbol:
        """The symbol without revisions, addenda, corrigenda or resumption."""
        if not self.modifiers and self.resumption is None:
            return self
        canonical = self._canonical
        canonical = _RESUMPTION_RE.sub("", canonical)
        for modifier in self.modifiers:
            canonical = canonical.replace("/" + modifier, "")
        return attrs.evolve(self, modifiers=(), resumption=None, joint=(), canonical=canonical)

    def __str__(self) -> str:
        return self._canonical

    def __eq__(self, other: object) -> bool:
        if isinstance(other, DocumentSymbol):
            return self._canonical == other._canonical
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._canonical)


parse_symbol = functools.lru_cache(maxsize=4096)(DocumentSymbol.parse)
""":meth:`DocumentSymbol.parse`, a symbol as printed parsed once per process (a session's
documents print and cite the same symbols; a parsed symbol is immutable)."""


def _latin(text: str) -> str:
    """``text`` in the characters symbols are printed in: compatibility forms folded (NFKC:
    full-width "Ａ／ＲＥＳ／７８" → "A/RES/78") and every decimal digit written as its ASCII
    digit (Arabic-Indic "٧٨" → "78"), as texts in Arabic or Chinese may print a symbol."""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(
        str(unicodedata.decimal(char)) if char.isdecimal() and not char.isascii() else char
        for char in folded
    )


def _suffixes(text: str) -> tuple[str, int | None, int | None, str | None]:
    """``text`` without its bracketed suffixes, and what they say: the resumption
    ("(Resumption 1)"), the year ("1631 (2005)") or the session of the old numbering
    ("2758 (XXVI)", then read as a General Assembly resolution)."""
    resumption = None
    match = _RESUMPTION_RE.search(text)
    if match:
        resumption = int(match[1])
        text = text[: match.start()]
    year: int | None = None
    session: str | None = None
    match = _YEAR_SUFFIX_RE.match(text)
    if match:
        text = match["body"]
        if match["year"].isdigit():
            year = int(match["year"])
        else:
            roman_to_int(match["year"])
            session = match["year"]
    if _OLD_NUMBER.fullmatch(text.strip()) and session is not None:
        # "2758 (XXVI)": a General Assembly resolution of the old numbering.
        text = f"A/RES/{text.strip()}"
    return text, resumption, year, session


def _organ(text: str, whole: str) -> tuple[list[str], list[str]]:
    """The organ's components ("A", "C.3") of a symbol's text, upper case, and the rest."""
    components = [c.strip() for c in text.split("/")]
    if any(not c for c in components) or len(components) < 2:
        raise SymbolError(f"not a document symbol: {whole!r}")
    # (Spaced dots closed up, "PV. 8698"; the white space of a symbol's text is single
    # spaces, and a component without one is as it is.)
    components = [_SPACED_DOT.sub(".", c).replace(" ", "") if " " in c else c for c in components]
    organ_parts = [components[0].upper()]
    if organ_parts[0] not in _ORGANS:
        raise SymbolError(f"unknown organ {components[0]!r} in symbol {whole!r}")
    rest = components[1:]
    while rest and _SUBSIDIARY_RE.match(rest[0].upper()):
        organ_parts.append(rest.pop(0).upper())
    return organ_parts, rest


@attrs.define
class _Parts:
    """What the components after the organ say, read one by one (:meth:`read`): the series,
    year, session, number and modifiers, and the components as the canonical form prints them."""

    year: int | None
    session: str | None
    series: str | None = None
    number: str | None = None
    modifiers: list[str] = attrs.Factory(list)
    printed: list[str] = attrs.Factory(list)

    def read(self, comp: str, *, last: bool, whole: str) -> None:
        """Read one component (``last``: the symbol's last)."""
        upper = comp.upper()
        mod = _MODIFIER_RE.match(upper)
        if mod and self.number is not None:
            label = _MODIFIERS[mod[1]] + (f".{mod[2]}" if mod[2] else "")
            self.modifiers.append(label)
            self.printed.append(label)
            return
        dotted = _DOTTED.fullmatch(upper)
        if dotted and dotted[1] in _DOTTED_SERIES:
            self.series, self.number = dotted[1], dotted[2]
            self.printed.append(f"{self.series}.{self.number}")
        elif upper in _PLAIN_SERIES and self.series is None and self.number is None:
            self.series = upper
            self.printed.append(upper)
        elif _YEAR.fullmatch(upper) and not last and self.year is None and self.session is None:
            self.year = int(upper)
            self.printed.append(upper)
        elif _SESSION_RE.match(upper) and not last and self.session is None and self.number is None:
            self.session = upper
            self.printed.append(upper)
        elif _NUMBER.fullmatch(upper) and self.number is None:
            self.number = upper
            self.printed.append(upper)
        else:
            raise SymbolError(f"unexpected part {comp!r} in symbol {whole!r}")

    def canonical(self, organ_parts: list[str], resumption: int | None) -> str:
        """The canonical form: "A/RES/79/10", "S/RES/1631 (2005)", "A/RES/2758 (XXVI)"."""
        canonical = "/".join([*organ_parts, *self.printed])
        if self.year is not None and self.series in ("RES",) and self.session is None:
            canonical += f" ({self.year})"
        elif self.session is not None and not _SESSION_RE.match(self.session):
            # Old numbering: "2758 (XXVI)", "217 A (III)" (a lettered part of a resolution).
            canonical = _LETTERED_END.sub(r"/\1 \2", canonical) + f" ({self.session})"
        if resumption is not None:
            canonical += f" (Resumption {resumption})"
        return canonical
