"""Country names as the UN prints them → ISO 3166-1 alpha-3 codes, and back.

The names are data, one table per official language under ``csto_un/data/countries/``
(``en.tsv``, ``fr.tsv``, ``es.tsv``, ``ru.tsv``, ``zh.tsv``, ``ar.tsv``): for each of the 193
Member States, the two observer States and six former States, the UN short name, the UN formal
name and other forms UN records use ("Turkey", "Swaziland", "联合王国"). ``status.tsv`` says
which States are members, observers or former States; ``grammar.tsv`` holds the articles and
conjunctions around names. The codes are checked against :mod:`pycountry` by the tests.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import cache, lru_cache

import attrs

from .folding import fold_accents, fold_key
from .languages import OFFICIAL_LANGUAGES, _data_lines
from .words import WORDS

__all__ = [
    "CountryNames",
    "country_code",
    "country_name",
    "country_names",
    "member_states",
    "observer_states",
    "split_countries",
]

# Order in which tables are tried when no language is given.
_LOOKUP_ORDER: tuple[str, ...] = tuple(WORDS)


@attrs.frozen
class CountryNames:
    """The names of one State in one language, as our table gives them.

    >>> country_names("GBR", "fr").short
    "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord"
    """

    code: str
    language: str
    short: str
    formal: str
    other: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        """Every form of the name: short, formal, then the others."""
        return (self.short, self.formal, *self.other)


@attrs.frozen
class _Grammar:
    articles: tuple[str, ...]  # normalised, longest first
    conjunctions: tuple[str, ...]
    prefixes: tuple[str, ...]


@cache
def _grammar(language: str) -> _Grammar:
    rows = [row for row in _data_lines("countries", "grammar.tsv") if row[0] == language]

    def forms(kind: str) -> tuple[str, ...]:
        found = {fold_key(row[2]) for row in rows if row[1] == kind}
        return tuple(sorted(found, key=lambda form: (-len(form), form)))

    return _Grammar(forms("article"), forms("conjunction"), forms("prefix"))


def _strip_articles(key: str, language: str) -> str:
    """``key`` without a leading article ("la france") or a trailing one in brackets."""
    articles = _grammar(language).articles
    for article in articles:
        if key.endswith(f" ({article})"):
            key = key[: -len(article) - 3]
            break
    for article in articles:
        if article.endswith("'") and key.startswith(article) and len(key) > len(article):
            return key[len(article) :].lstrip()
        if key.startswith(article + " ") and len(key) > len(article) + 1:
            return key[len(article) + 1 :]
    return key


@cache
def _table(language: str) -> tuple[CountryNames, ...]:
    if language not in OFFICIAL_LANGUAGES:
        raise ValueError(f"no country table for language {language!r}")
    entries = []
    for row in _data_lines("countries", f"{language}.tsv"):
        code, short, formal = row[0], row[1], row[2]
        other = tuple(form for form in (row[3] if len(row) > 3 else "").split(" | ") if form)
        entries.append(CountryNames(code, language, short, formal, other))
    return tuple(entries)


@attrs.frozen
class _Index:
    exact: dict[str, str]
    folded: dict[str, str]  # accents of Latin letters ignored; ambiguous keys left out
    letters: dict[str, str]  # right-to-left scripts: the multiset of letters; ambiguous left out


def _letters(key: str) -> str:
    return "".join(sorted(char for char in key if char.isalpha()))


@cache
def _index(language: str) -> _Index:
    exact: dict[str, str] = {}
    folded: dict[str, set[str]] = {}
    letters: dict[str, set[str]] = {}
    for entry in _table(language):
        for form in entry.forms:
            key = fold_key(form)
            for variant in {key, _strip_articles(key, language)}:
                if exact.setdefault(variant, entry.code) != entry.code:
                    raise ValueError(
                        f"{language}: {form!r} names both {exact[variant]} and {entry.code}"
                    )
                folded.setdefault(fold_accents(variant), set()).add(entry.code)
                if WORDS[language].right_to_left:
                    letters.setdefault(_letters(variant), set()).add(entry.code)
    return _Index(
        exact,
        {key: codes.pop() for key, codes in folded.items() if len(codes) == 1},
        {key: codes.pop() for key, codes in letters.items() if len(codes) == 1},
    )


_LINE_BREAK_HYPHEN = re.compile(r"(?<=\w)[-\u00ad]\s*\n\s*(?=\w)")
_CJK = re.compile(r"[\u3400-\u9fff]")
_MIN_REORDERED_LETTERS = 6


def _languages(language: str | None) -> tuple[str, ...]:
    """The tables to search: the one of ``language``, or all when it has none (or is ``None``)."""
    if language is not None and language.lower() in OFFICIAL_LANGUAGES:
        return (language.lower(),)
    return _LOOKUP_ORDER


def _lookup(name: str, languages: tuple[str, ...]) -> str | None:
    """The code of one printed name in the ``languages``' tables, remembered per process for
    a name no longer than a State's name may be printed in them (vote lists and front pages
    name the same States in every record; a longer text is looked up afresh, not kept)."""
    if len(name) > _longest_in(languages):
        return _lookup_afresh(name, languages)
    return _lookup_remembered(name, languages)


@lru_cache(maxsize=len(OFFICIAL_LANGUAGES) + 1)  # (one language, or all: _languages)
def _longest_in(languages: tuple[str, ...]) -> int:
    """The longest a State's name may be as printed in the ``languages``' tables (see
    :func:`_longest_printed`, all six): a document's own language needs only its table's
    index built, not the six (about 15 ms a process)."""
    return 4 * max(len(key) for code in languages for key in _index(code).exact)


def _lookup_afresh(name: str, languages: tuple[str, ...]) -> str | None:
    key = fold_key(name)
    if key.startswith("(") and key.endswith(")") and key.count("(") == 1:
        key = key[1:-1]  # a delegation as printed in a speaker label: "(Royaume-Uni)"
    if not key:
        return None
    for language in languages:
        code = _index(language).exact.get(_strip_articles(key, language))
        if code is not None:
            return code
    for language in languages:
        code = _index(language).folded.get(fold_accents(_strip_articles(key, language)))
        if code is not None:
            return code
    letters = _letters(key)
    if len(letters) < _MIN_REORDERED_LETTERS:
        return None
    for language in languages:
        # Right-to-left text whose letters a PDF extractor put out of order ("ائرالجز" for
        # الجزائر).
        code = _index(language).letters.get(letters)
        if code is not None:
            return code
    return None


_lookup_remembered = lru_cache(maxsize=1 << 13)(_lookup_afresh)


def _printed_variants(name: str) -> Iterator[str]:
    """The printed name cleaned of line breaks: hyphen at a line end dropped, then kept."""
    if _CJK.search(name):
        yield re.sub(r"\s*\n\s*", "", name).strip()
        return
    if _LINE_BREAK_HYPHEN.search(name):
        yield " ".join(_LINE_BREAK_HYPHEN.sub("", name).split())
        yield " ".join(_LINE_BREAK_HYPHEN.sub("-", name).split())
    yield " ".join(name.split())


def country_code(name: str, language: str | None = None) -> str | None:
    """The ISO 3166-1 alpha-3 code of a State named as the UN names it, else ``None``.

    ``language`` (ISO 639-1: ar, zh, en, fr, ru, es) restricts the lookup to that language's
    table; without it, or for a language we have no table for, every table is tried. Case,
    accents (as a fallback), apostrophes, NBSP, spacing, hyphens, leading articles ("la", "du",
    "des", "el", "the"), brackets around the whole name ("(Royaume-Uni)"), full-width brackets,
    stray spaces inside Chinese names and the damage PDF extractors do to Arabic (lam-alef
    decomposed, pieces of a word put out of order) do not matter.
    Former States keep their ISO 3166-3 code ("Union of Soviet Socialist Republics" → SUN).

    >>> country_code("Royaume-Uni"), country_code("de la Fédération de Russie", "fr")
    ('GBR', 'RUS')
    >>> country_code("圭 亚 那"), country_code("Atlantis")
    ('GUY', None)
    """
    if len(name) > _longest_printed():
        if len("".join(name.split())) > _longest_printed():
            return None  # (nor is a long text folded, sorted and remembered at every try)
        return _country_code.__wrapped__(name, _languages(language))  # padded: not kept
    return _country_code(name, _languages(language))


def _longest_printed() -> int:
    """The longest a State's name may be as printed: four times the longest name of any
    table (58 characters), for its articles, brackets, spaces and line breaks. A speaker
    label's candidate run together with its speech by a damaged line is longer."""
    return _longest_in(_LOOKUP_ORDER)


@lru_cache(maxsize=1 << 12)
def _country_code(name: str, languages: tuple[str, ...]) -> str | None:
    """:func:`country_code`, remembered per process: the records of a body name the same
    States again and again (every Security Council record its fifteen members)."""
    for variant in _printed_variants(name):
        code = _lookup(variant, languages)
        if code is not None:
            return code
    return None


def country_names(code: str, language: str = "en") -> CountryNames | None:
    """All names our ``language`` table gives the State with ISO alpha-3 ``code``, else ``None``.

    >>> country_names("TUR").other
    ('Turkey', 'Republic of Turkey')
    """
    code, language = code.upper(), language.lower()
    if language not in OFFICIAL_LANGUAGES:
        return None
    for entry in _table(language):
        if entry.code == code:
            return entry
    return None


def country_name(code: str, language: str = "en", formal: bool = False) -> str | None:
    """The UN short (or ``formal``) name of the State with ISO alpha-3 ``code``, else ``None``.

    >>> country_name("RUS", "fr"), country_name("USA", "zh"), country_name("IRN", formal=True)
    ('Fédération de Russie', '美利坚合众国', 'the Islamic Republic of Iran')
    """
    names = country_names(code, language)
    if names is None:
        return None
    return names.formal if formal else names.short


@cache
def _status() -> dict[str, str]:
    return {row[0]: row[1] for row in _data_lines("countries", "status.tsv")}


def member_states() -> tuple[str, ...]:
    """The ISO alpha-3 codes of the 193 Member States of the United Nations.

    >>> len(member_states()), "RUS" in member_states()
    (193, True)
    """
    return tuple(code for code, status in _status().items() if status == "member")


def observer_states() -> tuple[str, ...]:
    """The ISO alpha-3 codes of the non-member observer States (Holy See, State of Palestine).

    >>> observer_states()
    ('VAT', 'PSE')
    """
    return tuple(code for code, status in _status().items() if status == "observer")


_SEPARATORS = re.compile(r"\s*[,;，；、،]\s*")
_MAX_CONJUNCTIONS = 8


def _conjunction_splits(piece: str, languages: tuple[str, ...]) -> list[str]:
    """``piece`` cut at every conjunction of ``languages`` (kept as separate items)."""
    words: set[str] = set()
    prefixes: set[str] = set()
    for language in languages:
        words.update(_grammar(language).conjunctions)
        prefixes.update(_grammar(language).prefixes)
    alternatives = [re.escape(word) for word in sorted(words, key=len, reverse=True)]
    patterns = []
    cjk_words = [word for word in alternatives if _CJK.search(word)]
    other_words = [word for word in alternatives if not _CJK.search(word)]
    if other_words:
        patterns.append(rf"(?:(?<=\s)|^)(?:{'|'.join(other_words)})(?=\s)")
    if cjk_words:
        patterns.append("|".join(cjk_words))
    if prefixes:
        patterns.append(rf"(?:(?<=\s)|^)(?:{'|'.join(map(re.escape, prefixes))})(?=\w)")
    if not patterns:
        return [piece]
    return re.split(f"({'|'.join(patterns)})", piece, flags=re.IGNORECASE)


def _resolve_piece(piece: str, languages: tuple[str, ...]) -> list[tuple[str, str | None]]:
    for variant in _printed_variants(piece):
        code = _lookup(variant, languages)
        if code is not None:
            return [(variant, code)]
    cleaned = next(_printed_variants(piece))
    parts = _conjunction_splits(cleaned, languages)
    texts, joints = parts[0::2], parts[1::2]
    if len(joints) > _MAX_CONJUNCTIONS:
        return [(cleaned, None)]
    best: list[tuple[str, str | None]] | None = None
    for cuts in itertools.product((False, True), repeat=len(joints)):
        names: list[str] = [texts[0]]
        for text, joint, cut in zip(texts[1:], joints, cuts, strict=True):
            if cut:
                names.append(text)
            else:
                names[-1] += joint + text
        names = [" ".join(name.split()) for name in names]
        if cuts and cuts[0] and not names[0]:
            names = names[1:]  # a leading conjunction: "and Tajikistan"
        codes = [_lookup(name, languages) for name in names]
        if all(codes) and (best is None or len(names) < len(best)):
            best = list(zip(names, codes, strict=True))
    return best if best is not None else _comma_lost(cleaned, languages)


def _comma_lost(name: str, languages: tuple[str, ...]) -> list[tuple[str, str | None]]:
    """An unknown name that is two known names with the comma between them lost ("Zambia
    Zimbabwe", A/65/PV.71, where a line break stood), else the name as printed."""
    for index, char in enumerate(name):
        if char == " ":
            first, second = name[:index], name[index + 1 :]
            codes = _lookup(first, languages), _lookup(second, languages)
            if codes[0] and codes[1]:
                return [(first, codes[0]), (second, codes[1])]
    return [(name, None)]


def split_countries(text: str, language: str | None = None) -> tuple[tuple[str, str | None], ...]:
    """The country names of a list such as a vote list, each with its code (``None`` if unknown).

    Names are separated by commas (",", "，", "、", "،") or semicolons, and the last two by the
    language's conjunction ("and", "et", "y", "и", "和", Arabic "و"); names that contain that
    conjunction ("Trinidad and Tobago") are kept whole. Line breaks are undone: a hyphen at
    a line end is dropped when that gives a known name ("Federa-\\nción de Rusia"), kept
    otherwise ("Сьерра-\\nЛеоне"); Chinese names broken over two lines are joined.

    >>> split_countries("Bélarus, Fédération de Russie, Kazakhstan, Kirghizistan et Tadjikistan")
    ... # doctest: +NORMALIZE_WHITESPACE
    (('Bélarus', 'BLR'), ('Fédération de Russie', 'RUS'), ('Kazakhstan', 'KAZ'),
     ('Kirghizistan', 'KGZ'), ('Tadjikistan', 'TJK'))
    """
    languages = _languages(language)
    found: list[tuple[str, str | None]] = []
    for piece in _SEPARATORS.split(text.strip().rstrip(".。")):
        if piece.strip():
            found.extend(_resolve_piece(piece.strip(), languages))
    return tuple(found)
