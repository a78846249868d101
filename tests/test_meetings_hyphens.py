"""Words split at a line end in meeting records, language by language: the typesetter's hyphen
goes, a compound's own hyphen stays (see ``csto_un.text.Joiner``)."""

from __future__ import annotations

import re

import pytest

import csto_un
from conftest import corpus_file
from csto_un.text import Joiner, fold_lines
from csto_un.words import WORDS

# Short records in which no split word occurs whole elsewhere: only the form of the split and
# the language's compounds can tell the typesetter's hyphen from a compound's.
_CASES = [
    (
        "fr",
        "Le Président : Le Conseil de sécurité consi-\ndère la résolu-\ntion que le vice-\n"
        "président a présentée avec les membres eux-\nmêmes et les vingt-\ndeux délégations de "
        "l'organisation sous-\nrégionale, et il doit main-\ntenant se pronon-\ncer.\n",
        ["considère", "résolution", "vice-président", "eux-mêmes", "vingt-deux",
         "sous-régionale", "maintenant", "prononcer"],
    ),
    (
        "es",
        "El Presidente: Doy las gracias al Consejo de Se-\nguridad por su con-\nformidad con el "
        "pro-\nyecto de resolu-\nción político-\nmilitar que la dele-\ngación ha presen-\ntado.\n",
        ["Seguridad", "conformidad", "proyecto", "resolución", "político-militar",
         "delegación", "presentado"],
    ),
    (
        "ru",
        "Председатель: Совет Безопас-\nности принял к сведению за-\nявление, с которым вы-\n"
        "ступил премьер-\nминистр, и военно-\nполитическую обста-\nновку в регио-\nне.\n",
        ["Безопасности", "заявление", "выступил", "премьер-министр", "военно-политическую",
         "обстановку", "регионе"],
    ),
    (
        "en",
        "The President: The Council has consid-\nered the resolu-\ntion that Ninety-\nnine "
        "delegations and the Vice-\nPresident pre-\nsented on the twenty-\nfirst day of the "
        "meet-\ning.\n",
        ["considered", "resolution", "Ninety-nine", "Vice-President", "presented",
         "twenty-first", "meeting"],
    ),
]


@pytest.mark.parametrize(("language", "text", "words"), _CASES, ids=[c[0] for c in _CASES])
def test_split_words_are_mended_and_compounds_kept(
    language: str, text: str, words: list[str]
) -> None:
    (turn,) = csto_un.parse_meeting(text, language=language).interventions
    said = " ".join(turn.paragraphs)
    found = set(re.findall(r"\w+(?:-\w+)*", said))
    assert [word for word in words if word not in found] == []


@pytest.mark.parametrize(
    ("relative", "language", "splits"),
    [
        ("S_PV.8967_fr.txt", "fr", False),
        ("multilingual/S_PV.9642_fr.txt", "fr", True),
        ("multilingual/S_PV.9722_es.txt", "es", True),
        ("multilingual/S_PV.9642_ru.txt", "ru", True),
        ("multilingual/S_PV.9642_en.txt", "en", False),
    ],
)
def test_whether_the_typesetter_splits_words(relative: str, language: str, splits: bool) -> None:
    """S/PV.8967 in French prints only real hyphens at line ends (Kassym-Jomart, sous-
    régionales); the six-language records split words in French, Spanish and Russian."""
    lines = fold_lines(corpus_file(relative).read_text(encoding="utf-8").split("\n"))
    assert Joiner.of(lines, WORDS[language].compounds, folded=True).dehyphenate is splits


def test_a_russian_compound_at_a_line_end_keeps_its_hyphen() -> None:
    """S/PV.9642 in Russian: "премьер-\\nминистр" in a record that splits words."""
    meeting = csto_un.load(corpus_file("multilingual/S_PV.9642_ru.txt"))
    said = " ".join(p for turn in meeting.interventions for p in turn.paragraphs)
    assert "премьер-министр" in said.lower()
    assert "премьерминистр" not in said.lower()
    assert "Совета Безопасности" in said
