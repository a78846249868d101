"""Language words → ISO 639-1 codes, and the comparison key shared with country names.

The words come from the words of each language (:attr:`csto_un.words.Words.language_names`):
the words UN records print for the six official languages ("(parle en anglais)",
"(говорит по-английски)", "（以英语发言）", "(تكلم بالإنكليزية)"). Other languages are recognised
through the ISO 639 names and their translations shipped with :mod:`pycountry` ("German",
"allemand", "японский").
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from importlib.resources import files

from .words import OFFICIAL_LANGUAGES, WORDS

__all__ = ["OFFICIAL_LANGUAGES", "fold_accents", "language_code", "language_name", "normalise_key"]

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


def normalise_key(text: str) -> str:
    """The comparison key of a word or name: what lookups compare, not something to print.

    Unicode compatibility forms (full-width brackets, NBSP) are folded; case is folded; typographic
    apostrophes become ``'``; hyphens and dashes become spaces ("Saint-Vincent", "Saint Vincent");
    spaces are collapsed, removed between Chinese characters ("圭 亚 那") and inside brackets;
    Russian ``ё`` is ``е``; in Arabic, vowel marks and tatweel are dropped, hamza and madda
    on alef are ignored, and each run of lam and alef letters is put in a fixed order, so that
    the lam-alef decomposition of some PDF extractors ("االتحاد" for "الاتحاد") compares equal.

    >>> normalise_key("  Royaume\u2011Uni ")
    'royaume uni'
    >>> normalise_key("（ 圭 亚 那）")
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


def _data_lines(*parts: str) -> Iterator[list[str]]:
    """The tab-separated rows of a data file under ``csto_un/data``, without comments."""
    resource = files("csto_un").joinpath("data", *parts)
    for line in resource.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def _compact(key: str) -> str:
    return key.replace(" ", "")


@cache
def _official_index() -> dict[str, str]:
    """Key (and its compact form, for words broken at a line end) → code, from our tables."""
    index: dict[str, str] = {}
    for language in OFFICIAL_LANGUAGES:
        for code, forms in WORDS[language].language_names.items():
            for form in forms:
                for key in {normalise_key(form), _compact(normalise_key(form))}:
                    for variant in (key, fold_accents(key)):
                        if index.setdefault(variant, code) != code:
                            raise ValueError(f"language word {form!r} names two languages")
    return index


# pycountry locales to read language names from: one per official language.
_PYCOUNTRY_LOCALES: tuple[str, ...] = ("en", "fr", "es", "ru", "zh_CN", "ar")


@cache
def _iso_index() -> dict[str, str]:
    """Names of ISO 639 languages with a two-letter code, in the six languages, from pycountry."""
    import pycountry

    found: dict[str, set[str]] = {}
    for locale in _PYCOUNTRY_LOCALES:
        translation = gettext.translation(
            "iso639-3", pycountry.LOCALES_DIR, languages=[locale], fallback=True
        )
        translate = translation.gettext
        for language in pycountry.languages:
            code = getattr(language, "alpha_2", None)
            if code is None:
                continue
            for name in {language.name, getattr(language, "common_name", language.name)}:
                key = normalise_key(translate(name))
                for variant in (key, fold_accents(key)):
                    found.setdefault(variant, set()).add(code)
    return {key: codes.pop() for key, codes in found.items() if len(codes) == 1}


def language_code(word: str) -> str | None:
    """The ISO 639-1 code of the language ``word`` names in one of the six languages, else ``None``.

    Case, accents and typographic variants do not matter; words broken at a line end
    ("fran-\\ncés") are recognised; Arabic words damaged by lam-alef decomposition are
    recognised. Languages other than the six official ones are found by their ISO 639 names.

    >>> language_code("anglais"), language_code("по-русски"), language_code("以英语发言")
    ('en', 'ru', 'en')
    >>> language_code("allemand"), language_code("Klingon")
    ('de', None)
    """
    key = normalise_key(word).strip("()[] ")
    if not key:
        return None
    official = _official_index()
    for variant in (key, _compact(key), fold_accents(key), fold_accents(_compact(key))):
        if variant in official:
            return official[variant]
    iso = _iso_index()
    return iso.get(key) or iso.get(fold_accents(key))


@cache
def _names() -> dict[tuple[str, str], str]:
    names: dict[tuple[str, str], str] = {}
    for language in OFFICIAL_LANGUAGES:
        for code, forms in WORDS[language].language_names.items():
            names[code, language] = forms[0]
    return names


def language_name(code: str, language: str = "en") -> str | None:
    """The first word our table gives for an official language ``code`` in ``language``.

    >>> language_name("ru", "fr"), language_name("en", "zh"), language_name("de")
    ('russe', '英语', None)
    """
    return _names().get((code.lower(), language.lower()))
