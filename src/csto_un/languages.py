"""Language words → ISO 639-1 codes, and the comparison key shared with country names.

The words come from the words of each language (:attr:`csto_un.words.Words.language_names`):
the words UN records print for the six official languages ("(parle en anglais)",
"(говорит по-английски)", "（以英语发言）", "(تكلم بالإنكليزية)"). Other languages are recognised
through the ISO 639 names and their translations shipped with :mod:`pycountry` ("German",
"allemand", "японский"), read from a table written from it (``data/languages/iso639.tsv``).
"""

from __future__ import annotations

import gettext
from collections.abc import Iterator
from functools import cache
from importlib.resources import files

from .folding import fold_accents, fold_key
from .words import OFFICIAL_LANGUAGES, WORDS

__all__ = ["OFFICIAL_LANGUAGES", "fold_accents", "language_code", "language_name", "normalise_key"]

normalise_key = fold_key
"""The comparison key of a word or name: :func:`csto_un.folding.fold_key`, by its former name."""

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
                for key in {fold_key(form), _compact(fold_key(form))}:
                    for variant in (key, fold_accents(key)):
                        if index.setdefault(variant, code) != code:
                            raise ValueError(f"language word {form!r} names two languages")
    return index


# pycountry locales to read language names from: one per official language.
_PYCOUNTRY_LOCALES: tuple[str, ...] = ("en", "fr", "es", "ru", "zh_CN", "ar")
_ISO_TABLE = ("languages", "iso639.tsv")


@cache
def _iso_index() -> dict[str, str]:
    """Names of ISO 639 languages with a two-letter code, in the six languages: the table
    ``data/languages/iso639.tsv``, written from pycountry by :func:`iso_index_from_pycountry`
    (loading pycountry's database and translations costs a quarter of a second a process)."""
    return {row[0]: row[1] for row in _data_lines(*_ISO_TABLE)}


def iso_index_from_pycountry() -> dict[str, str]:
    """The ISO 639 names and their translations shipped with :mod:`pycountry`, folded, each
    with its two-letter code (names two languages share left out): what ``iso639.tsv`` holds.
    """
    import pycountry

    coded = [
        (language.alpha_2, {language.name, getattr(language, "common_name", language.name)})
        for language in pycountry.languages
        if getattr(language, "alpha_2", None) is not None
    ]
    found: dict[str, set[str]] = {}
    for locale in _PYCOUNTRY_LOCALES:
        translation = gettext.translation(
            "iso639-3", pycountry.LOCALES_DIR, languages=[locale], fallback=True
        )
        translate = translation.gettext
        for code, names in coded:
            for name in names:
                key = fold_key(translate(name))
                for variant in (key, fold_accents(key)):
                    found.setdefault(variant, set()).add(code)
    return {key: codes.pop() for key, codes in found.items() if len(codes) == 1}


def write_iso_table() -> None:
    """Write ``data/languages/iso639.tsv`` from the installed pycountry (run after updating it)."""
    path = files("csto_un").joinpath("data").joinpath(_ISO_TABLE[0]).joinpath(_ISO_TABLE[1])
    rows = sorted(iso_index_from_pycountry().items())
    header = "# ISO 639 names, folded, and their code: written by languages.write_iso_table\n"
    with open(str(path), "w", encoding="utf-8") as out:
        out.write(header + "".join(f"{key}\t{code}\n" for key, code in rows))


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
    key = fold_key(word).strip("()[] ")
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
