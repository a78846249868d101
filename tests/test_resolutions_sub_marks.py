"""Sub-paragraphs in each language's printed marks (issue 19).

Spanish, French and Russian print "a)", "b)" and "i)" nested (Russian in Cyrillic letters
too, "а)", "б)", as the Russian text of the Headquarters Agreement adopted by resolution 169
(II) does on un.org); Chinese "(a)" or full width "（a）", with "㈠" nested; Arabic "(أ)",
"(ب)" in the order of the abjad. Each splits at a line's start and run on in a line ("…: a)
…; b) …"), nested; a letter of a citation ("el apartado b) del párrafo 3", "la resolución
1540 (2004)", "el párrafo 5 a)") stays in its paragraph. The Spanish excerpt is real
(A/RES/ES-10/24: see tests/test_resolutions_languages.py); the others are short texts made
in each print's forms.
"""

from __future__ import annotations

import pytest

from csto_un import Resolution, Subparagraph, parse_resolution


def _parsed(text: str) -> Resolution:
    resolution = parse_resolution(text)
    assert not [d for d in resolution.diagnostics if d.code != "unrecognised-header"]
    return resolution


def _tree(subs: tuple[Subparagraph, ...]) -> list[object]:
    return [(s.marker, s.text, _tree(s.subparagraphs)) if s.subparagraphs else (s.marker, s.text)
            for s in subs]  # fmt: skip


SPANISH = """A/RES/79/1

La Asamblea General,

1. Pide al Secretario General que:
a) presente un informe conforme al apartado
b) del párrafo 3 de la resolución 1540 (2004); y
b) informe a la Asamblea: i) sobre la aplicación; ii) sobre los recursos;
c) siga ocupándose de la cuestión; d) informe en su próximo período de sesiones;

2. Decide seguir ocupándose de la cuestión y del párrafo 5 a) de su resolución 77/13;
"""


def test_spanish_marks_at_line_starts_and_run_on() -> None:
    resolution = _parsed(SPANISH)
    first, second = resolution.operative
    assert first.text == "Pide al Secretario General que:"
    assert _tree(first.subparagraphs) == [
        ("a)", "presente un informe conforme al apartado b) del párrafo 3 de la resolución "
               "1540 (2004); y"),
        ("b)", "informe a la Asamblea:", [("i)", "sobre la aplicación;"),
                                         ("ii)", "sobre los recursos;")]),
        ("c)", "siga ocupándose de la cuestión;"),
        ("d)", "informe en su próximo período de sesiones;"),
    ]  # fmt: skip
    assert not second.subparagraphs
    assert second.text.endswith("del párrafo 5 a) de su resolución 77/13;")


def test_french_marks() -> None:
    resolution = _parsed(
        "A/RES/79/1\n\nL'Assemblée générale,\n\n"
        "1. Prie le Secrétaire général :\n\n"
        "a) De lui présenter un rapport ;\n\n"
        "b) De poursuivre ses consultations : i) avec les États ; ii) avec l'Organisation ;\n"
    )
    [paragraph] = resolution.operative
    assert _tree(paragraph.subparagraphs) == [
        ("a)", "De lui présenter un rapport ;"),
        ("b)", "De poursuivre ses consultations :", [("i)", "avec les États ;"),
                                                    ("ii)", "avec l'Organisation ;")]),
    ]  # fmt: skip


@pytest.mark.parametrize("letters", [("а", "б", "в"), ("a", "b", "c")])
def test_russian_marks_cyrillic_or_latin(letters: tuple[str, str, str]) -> None:
    first, second, third = letters
    resolution = _parsed(
        "A/RES/79/1\n\nГенеральная Ассамблея,\n\n"
        "1. просит Генерального секретаря:\n"
        f"{first}) представить доклад;\n"
        f"{second}) продолжать консультации; {third}) информировать Ассамблею;\n"
    )
    [paragraph] = resolution.operative
    assert [s.marker for s in paragraph.subparagraphs] == [f"{x})" for x in letters]
    assert paragraph.subparagraphs[2].text == "информировать Ассамблею;"


def test_chinese_marks_full_width_and_nested() -> None:
    resolution = _parsed(
        "A/RES/79/1\n\n大会，\n\n"
        "1. 请秘书长：\n\n"
        "（a）提交一份报告；\n\n"
        "（b）继续协商：㈠与会员国协商；㈡与各组织协商；\n"
    )
    [paragraph] = resolution.operative
    assert _tree(paragraph.subparagraphs) == [
        ("（a）", "提交一份报告；"),
        ("（b）", "继续协商：", [("㈠", "与会员国协商；"), ("㈡", "与各组织协商；")]),
    ]


def test_arabic_marks_in_abjad_order() -> None:
    resolution = _parsed(
        "A/RES/79/1\n\nإن الجمعية العامة،\n\n"
        "1 - تطلب إلى الأمين العام ما يلي:\n\n"
        "(أ) أن يقدم تقريرا؛\n\n"
        "(ب) أن يواصل المشاورات؛\n\n"
        "(ج) أن يبلغ الجمعية العامة؛\n"
    )
    [paragraph] = resolution.operative
    assert [s.marker for s in paragraph.subparagraphs] == ["(أ)", "(ب)", "(ج)"]
    assert paragraph.subparagraphs[1].text == "أن يواصل المشاورات؛"


def test_a_letter_out_of_sequence_stays_in_its_paragraph() -> None:
    """ "c)" at a line's start with no "b)" before it is a citation's letter, not a mark."""
    resolution = _parsed(
        "A/RES/79/1\n\nLa Asamblea General,\n\n"
        "1. Recuerda el párrafo 3;\n"
        "c) de su resolución 77/13;\n"
    )
    [paragraph] = resolution.operative
    assert not paragraph.subparagraphs
    assert paragraph.text == "Recuerda el párrafo 3; c) de su resolución 77/13;"


def test_english_double_letters_after_z_are_letters() -> None:
    """ "(ll)" after "(kk)" is the next letter, not a roman numeral under "(kk)" (A/RES/78/181
    and A/C.3/80/L.19 print the list of "(a)" to "(mm)")."""
    resolution = _parsed(
        "A/RES/79/1\n\nThe General Assembly,\n\n1. Urges States:\n\n"
        "(kk) To promote the rights of rural women;\n\n(ll) To guarantee registration;\n"
    )
    [paragraph] = resolution.operative
    assert [(s.marker, len(s.subparagraphs)) for s in paragraph.subparagraphs] == [
        ("(kk)", 0),
        ("(ll)", 0),
    ]
