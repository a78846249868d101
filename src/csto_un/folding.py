"""Folding text, one function per purpose (re-exported by :mod:`csto_un.text`):

========================  ==========================================================
:func:`fold`              *display*: a printed line as the parsers match it — full-width
                          brackets and colons as ASCII, odd spaces as one space; case,
                          letters and punctuation kept.
:func:`fold_phrase`       *phrase*: the key a resolution's phrase table is looked up by —
                          lower case, typographic apostrophes as ``'``, spaces collapsed.
:func:`fold_key`          *key*: the comparison key of a name or a word (country names,
                          language words) — case, compatibility forms, apostrophes,
                          dashes, Arabic letter variants folded.
:func:`fold_accents`      the accents of Latin letters dropped from a key.
:func:`fold_search`       *search with offsets*: text without case or accents, with the
                          offset each character came from, to show a hit in the original.
:func:`fold_words`        *search by words*: only ASCII letters and digits, without case or
                          accents, each run of anything else one space.
========================  ==========================================================

>>> fold("Le Président （parle en russe）：")
'Le Président (parle en russe):'
>>> fold_key("  Royaume\u2011Uni "), fold_phrase("L’Assemblée  générale")
('royaume uni', "l'assemblée générale")
>>> fold_search("Élan")
('elan', [0, 1, 2, 3])
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

__all__ = [
    "fold",
    "fold_accents",
    "fold_key",
    "fold_lines",
    "fold_phrase",
    "fold_search",
    "fold_words",
]

_FOLD = str.maketrans({"（": "(", "）": ")", "：": ":", "\u00a0": " ", "\u202f": " ",
                       "\u2009": " ", "\ufffe": "-", "\u00ad": "-"})
# _FOLD as pairs: no character it makes is one it changes, so replacing them one kind after
# another is translating.
_FOLDED_CHARS = tuple((chr(code), plain) for code, plain in _FOLD.items())
# The characters _FOLD changes: most lines hold none, and str.translate is slow on non-ASCII text.
_FOLDABLE = re.compile(f"[{''.join(char for char, _ in _FOLDED_CHARS)}]")
# Those of them a printable line may hold (the full-width brackets and colon: the others are
# white space or unprintable).
_PRINTABLE_FOLDS = tuple((char, plain) for char, plain in _FOLDED_CHARS if char.isprintable())

def fold(text: str) -> str:
    """Full-width brackets and colons as ASCII, every run of spaces as one space, stripped.

    A printed line's fold is cached: the parser folds each line of a record in several passes
    (furniture, language, vocabulary, scanning, joining), and the cache holds a large record's
    lines between them. Longer texts (paragraphs) are folded afresh, to keep the cache small.
    """
    if len(text) > _CACHED_LENGTH:
        return _fold(text)
    folded = _FOLDED.get(text)  # (one look-up in C: the parsers fold each line many times)
    if folded is None:
        if len(_FOLDED) >= _CACHED_LINES:  # (then all forgotten at once)
            _FOLDED.clear()
        folded = _FOLDED[text] = _fold(text)
    return folded


_CACHED_LENGTH = 240
_CACHED_LINES = 1 << 14
_FOLDED: dict[str, str] = {}  # a printed line -> its fold


def _fold(text: str) -> str:
    if not text.isascii() and _FOLDABLE.search(text) is not None:
        for char, plain in _FOLDED_CHARS:  # (str.translate, one character at a time, costs
            if char in text:               # ten times these searches and replacements in C)
                text = text.replace(char, plain)
    # Every white space but " " is unprintable: a printable text with single inner spaces
    # only is its own fold (most lines; the split and join below allocate every word).
    elif text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())  # str.split() and re's \s agree on what white space is


def fold_lines(texts: Sequence[str]) -> list[str]:
    """``[fold(text) for text in texts]`` without the cache: a record's lines are folded once,
    then handed round folded. (One pass of ``re.sub`` over the whole text was measured: it is
    slower than ``str.split`` line by line.)

    Most records hold no line that folding changes, which two scans of the lines joined with
    spaces tell (printable, no two spaces in a row): their lines are returned as they are.
    When the only characters to fold are full-width brackets and colons (a Chinese record),
    they are replaced in the lines joined, three passes in C. Other records (white space but
    single spaces, soft hyphens: records read from PDFs) have every line folded alone."""
    spaced = " ".join(texts)
    # Every white space but " " is unprintable: two spaces in a row in the lines joined with
    # spaces are two in a line, an edge space or an empty line.
    if (not spaced.isprintable() or "  " in spaced or spaced[:1] == " "
            or spaced[-1:] == " "):
        return [_fold(text) for text in texts]
    if spaced.isascii():
        return list(texts)
    wide = tuple(pair for pair in _PRINTABLE_FOLDS if pair[0] in spaced)
    if not wide:
        return list(texts)
    # Printable lines with single inner spaces only: the full-width forms are all _FOLD can
    # change in them, and replacing them makes no space (a printable line holds no line end).
    joined = "\n".join(texts)
    for char, plain in wide:
        joined = joined.replace(char, plain)
    return joined.split("\n")


def fold_phrase(text: str) -> str:
    """Lower case, typographic apostrophes folded, spaces collapsed: for phrase-table look-ups.

    >>> fold_phrase("Le  Conseil de sécurité,\u00a0")
    'le conseil de sécurité,'
    """
    text = text.replace("’", "'").replace("‘", "'").replace("\u00a0", " ")
    return " ".join(text.split()).lower()


def fold_search(text: str) -> tuple[str, list[int]]:
    """Text without case or accents, and for each character the offset it came from."""
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for piece in unicodedata.normalize("NFKD", char.casefold()):
            if unicodedata.combining(piece):
                continue
            folded.append(piece)
            origin.append(index)
    return "".join(folded), origin


_NOT_ASCII_WORD = re.compile(r"[^0-9a-z]+")


def fold_words(text: str) -> str:
    """The ASCII letters and digits of ``text`` without case or accents, each run of anything
    else one space: titles compared word by word.

    >>> fold_words("Coopération entre l'ONU et l'OTSC")
    'cooperation entre l onu et l otsc'
    """
    return _NOT_ASCII_WORD.sub(" ", fold_search(text)[0]).strip()


# Characters folded before comparison: typographic apostrophes, dashes and odd spaces.
_APOSTROPHES = "’‘`´ʼʹ′＇"
_DASHES = "-‐‑‒–—―−﹘﹣－"
_CHAR_MAP = str.maketrans(
    {
        **dict.fromkeys(_APOSTROPHES, "'"),
        **dict.fromkeys(_DASHES, " "),
        "\u00a0": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\u00ad": None,  # soft hyphen
        "\u200b": None,  # zero-width space
        "\u200c": None,
        "\u200d": None,
        "\u200e": None,  # left-to-right mark
        "\u200f": None,  # right-to-left mark
        "\u061c": None,  # Arabic letter mark
        "ё": "е",
        "Ё": "Е",
    }
)
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_ARABIC_MARKS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u0640]")  # vowel marks, tatweel
_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_LAM_ALEF_RUN = re.compile(r"[ال]{2,}")
_HAN = "\u3400-\u9fff\uf900-\ufaff"
_CJK = re.compile(f"[{_HAN}]")
_SPACE_IN_CJK = re.compile(f"(?<=[{_HAN}()])\\s+(?=[{_HAN}()])")
_EDGE_PUNCTUATION = " .,:;*\"«»“”„"


def fold_key(text: str) -> str:
    """The comparison key of a word or name: what lookups compare, not something to print.

    Unicode compatibility forms (full-width brackets, NBSP) are folded; case is folded; typographic
    apostrophes become ``'``; hyphens and dashes become spaces ("Saint-Vincent", "Saint Vincent");
    spaces are collapsed, removed between Chinese characters ("圭 亚 那") and inside brackets;
    Russian ``ё`` is ``е``; in Arabic, vowel marks and tatweel are dropped, hamza and madda
    on alef are ignored, and each run of lam and alef letters is put in a fixed order, so that
    the lam-alef decomposition of some PDF extractors ("االتحاد" for "الاتحاد") compares equal.

    >>> fold_key("  Royaume\u2011Uni ")
    'royaume uni'
    >>> fold_key("（ 圭 亚 那）")
    '(圭亚那)'
    """
    key = unicodedata.normalize("NFKC", text).translate(_CHAR_MAP).casefold()
    if _ARABIC.search(key):
        key = _ARABIC_MARKS.sub("", key).translate(_ARABIC_LETTERS)
        key = _LAM_ALEF_RUN.sub(lambda m: "".join(sorted(m.group())), key)
    key = " ".join(key.split())
    key = key.replace("( ", "(").replace(" )", ")")
    if _CJK.search(key):
        key = _SPACE_IN_CJK.sub("", key)
    return key.strip(_EDGE_PUNCTUATION)


def fold_accents(key: str) -> str:
    """``key`` without the accents of Latin letters ("république" → "republique").

    Letters of other scripts keep their marks (Russian "й" stays "й").

    >>> fold_accents("équateur")
    'equateur'
    """
    out: list[str] = []
    for char in unicodedata.normalize("NFD", key):
        if unicodedata.combining(char) and out and out[-1].isascii():
            continue
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))
