"""The words of each language have one home, :mod:`csto_un.words`, and no code asks which
language it holds."""

from __future__ import annotations

import ast
import doctest
from pathlib import Path

import pytest

import csto_un.words
from csto_un.languages import OFFICIAL_LANGUAGES
from csto_un.words import SECURITY_COUNCIL, WORDS, words_for

SRC = Path(csto_un.words.__file__).parent.parent
CODES = set(OFFICIAL_LANGUAGES)
# Where the words of a language are written, as data.
WORD_HOMES = ("words/",)


def test_doctests() -> None:
    assert doctest.testmod(csto_un.words).failed == 0


def test_every_official_language_has_words() -> None:
    assert set(WORDS) == CODES
    for code, words in WORDS.items():
        assert words.language == code
        assert set(words.language_names) == CODES, code
        assert words_for(code.upper()) is words
    assert len({w.iso639_2 for w in WORDS.values()}) == len(WORDS)


@pytest.mark.parametrize("code", sorted(CODES))
def test_organ_names_in_every_language(code: str) -> None:
    assert WORDS[code].organs[SECURITY_COUNCIL]


def _language_branches(tree: ast.AST) -> list[int]:
    """Lines where code compares a value with a language code, or picks from a dict literal
    keyed by language codes."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            if any(isinstance(o, ast.Constant) and o.value in CODES for o in operands):
                lines.append(node.lineno)
        if isinstance(node, ast.Dict):
            keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
            if len(keys & CODES) >= 2:
                lines.append(node.lineno)
    return lines


def test_no_code_branches_on_a_language_code() -> None:
    found = {}
    for path in sorted(SRC.rglob("*.py")):
        relative = path.relative_to(SRC).as_posix()
        if relative.startswith(WORD_HOMES):
            continue
        lines = _language_branches(ast.parse(path.read_text(encoding="utf-8")))
        if lines:
            found[relative] = lines
    assert found == {}
