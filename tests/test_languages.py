"""Language words of UN records → ISO 639-1 codes, in the six official languages and beyond."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import corpus_file
from csto_un import language_code, languages
from csto_un.languages import (
    OFFICIAL_LANGUAGES,
    fold_accents,
    language_name,
    normalise_key,
)

WORDS = {
    "en": {
        "ar": ["Arabic"],
        "zh": ["Chinese"],
        "en": ["English"],
        "fr": ["French"],
        "ru": ["Russian"],
        "es": ["Spanish"],
    },
    "fr": {
        "ar": ["arabe"],
        "zh": ["chinois"],
        "en": ["anglais"],
        "fr": ["français"],
        "ru": ["russe"],
        "es": ["espagnol"],
    },
    "es": {
        "ar": ["árabe"],
        "zh": ["chino"],
        "en": ["inglés"],
        "fr": ["francés"],
        "ru": ["ruso"],
        "es": ["español"],
    },
    "ru": {
        "ar": ["по-арабски", "арабском"],
        "zh": ["по-китайски", "китайский"],
        "en": ["по-английски", "на английском языке", "английский"],
        "fr": ["по-французски", "французском"],
        "ru": ["по-русски", "на русском языке"],
        "es": ["по-испански", "испанского"],
    },
    "zh": {
        "ar": ["阿拉伯语"],
        "zh": ["中文", "汉语"],
        "en": ["英语", "以英语发言"],
        "fr": ["法语"],
        "ru": ["俄语"],
        "es": ["西班牙语"],
    },
    "ar": {
        "ar": ["بالعربية"],
        "zh": ["بالصينية"],
        "en": ["بالإنكليزية", "بالإنجليزية", "الإنكليزية"],
        "fr": ["بالفرنسية"],
        "ru": ["بالروسية"],
        "es": ["بالإسبانية"],
    },
}

CASES = [
    (word, code)
    for table in WORDS.values()
    for code, words in table.items()
    for word in words
]


@pytest.mark.parametrize(("word", "code"), CASES)
def test_official_language_words(word: str, code: str) -> None:
    assert language_code(word) == code


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("ANGLAIS", "en"),
        ("Francais", "fr"),  # accents are optional
        ("ingles", "en"),
        ("Anglais)", "en"),  # a closing bracket left by a label split
        ("fran-\ncés", "fr"),  # broken at a line end, as in "(habla en fran-\ncés)"
        ("По-Английски", "en"),
        ("английском", "en"),
        ("\u00a0russe\u00a0", "ru"),
    ],
)
def test_words_are_normalised(word: str, code: str) -> None:
    assert language_code(word) == code


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("باإلنكليزية", "en"),  # lam-alef decomposed by the PDF extractor
        ("باإلنجليزية", "en"),
        ("باإلسبانية", "es"),
        ("بالروسية", "ru"),
    ],
)
def test_damaged_arabic_words(word: str, code: str) -> None:
    assert language_code(word) == code


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("German", "de"),
        ("allemand", "de"),
        ("alemán", "de"),
        ("немецкий", "de"),
        ("德语", "de"),
        ("Portuguese", "pt"),
        ("portugais", "pt"),
        ("japonais", "ja"),
        ("Japanese", "ja"),
        ("Italian", "it"),
    ],
)
def test_other_languages_through_iso_639(word: str, code: str) -> None:
    assert language_code(word) == code


@pytest.mark.parametrize("word", ["", "   ", "Klingon", "parle", "Security Council", "Monsieur"])
def test_unknown_words(word: str) -> None:
    assert language_code(word) is None


def test_every_official_language_has_a_word_in_every_language() -> None:
    for code in OFFICIAL_LANGUAGES:
        for language in OFFICIAL_LANGUAGES:
            name = language_name(code, language)
            assert name is not None, (code, language)
            assert language_code(name) == code


def test_language_name() -> None:
    assert language_name("en", "fr") == "anglais"
    assert language_name("RU", "en") == "Russian"
    assert language_name("ru", "ru") == "русский"
    assert language_name("de") is None
    assert language_name("en", "de") is None


def test_normalise_key() -> None:
    assert normalise_key("Saint\u2011Vincent‑et‑les\u00a0Grenadines") == (
        "saint vincent et les grenadines"
    )
    assert normalise_key("Côte d’Ivoire") == "côte d'ivoire"
    assert normalise_key("（ 圭 亚 那）") == "(圭亚那)"
    assert normalise_key("Ёлка") == "елка"
    assert normalise_key("االتحاد") == normalise_key("الاتحاد")
    assert normalise_key("لألمم") == normalise_key("للأمم")
    assert fold_accents("república") == "republica"
    assert fold_accents("йемен") == "йемен"


LANGUAGE_NOTES = [
    # file, the word as printed in a language note, its code
    ("multilingual/S_PV.9642_en.txt", "Chinese", "zh"),
    ("multilingual/S_PV.9642_fr.txt", "anglais", "en"),
    ("multilingual/S_PV.9642_fr.txt", "chinois", "zh"),
    ("multilingual/S_PV.9642_es.txt", "inglés", "en"),
    ("multilingual/S_PV.9642_es.txt", "chino", "zh"),
    ("multilingual/S_PV.9642_es.txt", "fran-\ncés", "fr"),
    ("multilingual/S_PV.9642_ru.txt", "по-английски", "en"),
    ("multilingual/S_PV.9642_ru.txt", "по-китайски", "zh"),
    ("multilingual/S_PV.9642_zh.txt", "以英语发言", "en"),
    ("multilingual/S_PV.9642_ar.txt", "باإلنكليزية", "en"),
    ("multilingual/S_PV.9642_ar.txt", "بالصينية", "zh"),
    ("multilingual/S_PV.9642_ar.txt", "بالروسية", "ru"),
    ("multilingual/S_PV.9642_ar.txt", "بالفرنسية", "fr"),
    ("S_PV.8967_fr.txt", "russe", "ru"),
]


@pytest.mark.parametrize(("relative", "word", "code"), LANGUAGE_NOTES)
def test_language_words_printed_in_the_corpus(relative: str, word: str, code: str) -> None:
    text = corpus_file(relative).read_text(encoding="utf-8")
    assert word in text
    assert language_code(word) == code


@pytest.mark.parametrize(
    ("relative", "pattern"),
    [
        ("S_PV.8967_fr.txt", r"\(\s*parle en\s+(\w+)\)"),
        ("multilingual/S_PV.9642_fr.txt", r"\(\s*parle en\s+(\w+)\)"),
        ("multilingual/S_PV.9722_es.txt", r"\(habla en\s+([\w-]+(?:\n\w+)?)\)"),
        ("multilingual/S_PV.9642_ru.txt", r"говорит\s+(по-\w+)\)"),
        ("multilingual/S_PV.9642_zh.txt", r"（(以\w+发言)）"),
        ("multilingual/S_PV.9722_ar.txt", r"تكلمت? (ب\w+?ية)"),
    ],
)
def test_every_language_note_in_a_file_is_known(relative: str, pattern: str) -> None:
    text = corpus_file(relative).read_text(encoding="utf-8")
    words = re.findall(pattern, text)
    assert words
    for word in words:
        assert language_code(word) in OFFICIAL_LANGUAGES, word


def test_doctests() -> None:
    import doctest

    from csto_un import languages

    assert doctest.testmod(languages).failed == 0


@given(st.text(max_size=40))
def test_language_code_never_raises(word: str) -> None:
    code = language_code(word)
    assert code is None or len(code) == 2


def test_the_shipped_iso_639_table_is_pycountrys() -> None:
    # After updating pycountry: python -c "import csto_un.languages as l; l.write_iso_table()"
    assert languages._iso_index() == languages.iso_index_from_pycountry()


def test_language_words_are_read_without_loading_pycountry() -> None:
    code = (
        "import sys; from csto_un import language_code; "
        "assert language_code('allemand') == 'de' and language_code('Klingon') is None; "
        "assert 'pycountry' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
