"""Amendments in French and Spanish (issue 19).

No French or Spanish amendment is in the development corpus, and none could be found
published verbatim: the texts below are Burundi's amendment A/C.3/80/L.64 to draft
resolution A/C.3/80/L.20/Rev.1 (read in English in tests/test_amendments.py and
docs/model.md) and instructions of the same kinds, set in the forms the French and Spanish
prints of the United Nations give them ("Supprimer le deuxième alinéa du préambule", "Au
paragraphe 1 du dispositif, supprimer les mots « … »"; "Suprímase el segundo párrafo del
preámbulo", "En el párrafo 1 de la parte dispositiva, suprímanse las palabras “…”").
"""

from __future__ import annotations

import pytest

from csto_un import apply_amendment, parse_amendment, parse_resolution
from csto_un.number_words import parse_number_words

FRENCH = """A/C.3/80/L.64

Troisième Commission

Burundi : amendement au projet de résolution révisé A/C.3/80/L.20/Rev.1

Droits de l'enfant

1. Au paragraphe 1 du dispositif, supprimer les mots « la santé sexuelle et procréative, ».

2. Supprimer le deuxième alinéa du préambule.

3. Après le paragraphe 2 du dispositif, insérer un nouveau paragraphe ainsi libellé :

« Exhorte les États à agir; »

4. Au paragraphe 3 b) du dispositif, remplacer « lui présenter un rapport » par « faire
rapport ».

5. Insérer un nouvel alinéa après le premier alinéa du préambule, ainsi libellé : « Rappelant
sa résolution 77/13, »
"""

SPANISH = """A/C.3/80/L.64

Tercera Comisión

Burundi: enmienda al proyecto de resolución revisado A/C.3/80/L.20/Rev.1

Derechos del niño

1. En el párrafo 1 de la parte dispositiva, suprímanse las palabras “la salud sexual y
reproductiva,”.

2. Suprímase el segundo párrafo del preámbulo.

3. Después del párrafo 2 de la parte dispositiva, insértese un nuevo párrafo que diga:

“Exhorta a los Estados a actuar;”

4. En el apartado b) del párrafo 3 de la parte dispositiva, sustitúyase “informe” por “dé
cuenta”.

5. Suprímanse los párrafos 4 y 5 de la parte dispositiva y el trigésimo octavo párrafo del
preámbulo.
"""

DRAFT_FR = """A/C.3/80/L.20/Rev.1

L'Assemblée générale,

Rappelant ses résolutions antérieures,

Consciente des droits de l'enfant,

1. Demande aux États de garantir la santé sexuelle et procréative, l'éducation;

2. Prie les États d'agir;

3. Prie le Secrétaire général :
a) De suivre la question;
b) De lui présenter un rapport;
"""

DRAFT_ES = """A/C.3/80/L.20/Rev.1

La Asamblea General,

Recordando sus resoluciones anteriores,

Consciente de los derechos del niño,

1. Exhorta a los Estados a garantizar la salud sexual y reproductiva, la educación;

2. Pide a los Estados que actúen;

3. Pide al Secretario General que:
a) siga la cuestión;
b) le informe al respecto;

4. Decide seguir ocupándose de la cuestión;

5. Decide también examinar la cuestión;
"""


def _operations(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    amendment = parse_amendment(text)
    assert not amendment.diagnostics
    return [(o.action, str(o.target), o.old, o.new, o.new_part) for o in amendment.operations]


def test_french_amendment() -> None:
    amendment = parse_amendment(FRENCH)
    assert (amendment.language, amendment.amends, amendment.committee) == (
        "fr", "A/C.3/80/L.20/Rev.1", "Troisième Commission",
    )  # fmt: skip
    assert [s.country_code for s in amendment.sponsors] == ["BDI"]
    assert amendment.title == "Droits de l'enfant"
    assert _operations(FRENCH) == [
        ("delete", "operative paragraph 1", "la santé sexuelle et procréative,", None, None),
        ("delete", "preambular paragraph 2", None, None, None),
        ("insert", "operative paragraph 2", None, "Exhorte les États à agir;", "operative"),
        ("replace", "operative paragraph 3 b)", "lui présenter un rapport", "faire rapport", None),
        ("insert", "preambular paragraph 1", None, "Rappelant sa résolution 77/13,", "preamble"),
    ]


def test_spanish_amendment() -> None:
    amendment = parse_amendment(SPANISH)
    assert (amendment.language, amendment.committee) == ("es", "Tercera Comisión")
    assert _operations(SPANISH) == [
        ("delete", "operative paragraph 1", "la salud sexual y reproductiva,", None, None),
        ("delete", "preambular paragraph 2", None, None, None),
        ("insert", "operative paragraph 2", None, "Exhorta a los Estados a actuar;", "operative"),
        ("replace", "operative paragraph 3 b)", "informe", "dé cuenta", None),
        ("delete", "operative paragraph 4", None, None, None),
        ("delete", "operative paragraph 5", None, None, None),
        ("delete", "preambular paragraph 38", None, None, None),
    ]


def test_french_amendment_applies_to_a_french_draft() -> None:
    amended, results = apply_amendment(parse_amendment(FRENCH), parse_resolution(DRAFT_FR))
    assert [r.applied for r in results] == [True] * 5
    assert amended.operative[0].text == "Demande aux États de garantir l'éducation;"
    assert [p.text for p in amended.preamble] == [
        "Rappelant ses résolutions antérieures,",
        "Rappelant sa résolution 77/13,",
    ]
    assert [p.text for p in amended.operative][2] == "Exhorte les États à agir;"
    subs = amended.operative[3].subparagraphs
    assert [(s.marker, s.text) for s in subs] == [
        ("a)", "De suivre la question;"),
        ("b)", "De faire rapport;"),
    ]


def test_spanish_amendment_applies_to_a_spanish_draft() -> None:
    without_38 = SPANISH.replace(" y el trigésimo octavo párrafo del\npreámbulo", "")
    amendment = parse_amendment(without_38)
    amended, results = apply_amendment(amendment, parse_resolution(DRAFT_ES))
    assert [r.applied for r in results] == [True] * 6
    assert amended.operative[0].text == "Exhorta a los Estados a garantizar la educación;"
    [_, sub_b] = amended.operative[3].subparagraphs
    assert (sub_b.marker, sub_b.text) == ("b)", "le dé cuenta al respecto;")
    assert len(amended.operative) == 4


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("decimocuarto", 14),
        ("trigésimo octavo", 38),
        ("vigésimo primer", 21),
        ("Tercera", 3),
        ("centésimo", 100),
        ("vigesimoprimero", 21),  # one word, as the Real Academia allows
        ("vigesimoprimera", 21),
        ("vigesimoprimer", 21),
        ("trigesimoctavo", 38),
        ("nonagesimonoveno", 99),
        ("centésimo vigésimo primero", 121),
        ("octavo trigésimo", None),  # not in the order a number is written
    ],
)
def test_spanish_ordinals(words: str, expected: int | None) -> None:
    assert parse_number_words(words, "es", ordinal=True) == expected


def test_english_insert_before_naming_the_paragraph_it_follows() -> None:
    """ "Insert a new preambular paragraph after the fourth preambular paragraph, reading:"
    (the paragraphs named were read as one letter, and the instruction as not understood)."""
    amendment = parse_amendment(
        "A/C.3/80/L.64\n\nBurundi: amendment to draft resolution A/C.3/80/L.20\n\n"
        "Rights of the child\n\n"
        "Insert a new preambular paragraph after the fourth preambular paragraph, reading:\n\n"
        "“Recalling its resolution 77/13,”\n"
    )
    assert [(o.action, str(o.target), o.new, o.new_part) for o in amendment.operations] == [
        ("insert", "preambular paragraph 4", "Recalling its resolution 77/13,", "preamble")
    ]


_FRENCH_HEAD = FRENCH.split("1. ")[0]
_SPANISH_HEAD = SPANISH.split("1. ")[0]


def test_french_sub_paragraphs_inserted_and_deleted() -> None:
    """ "Supprimer l'alinéa a) du paragraphe 3 du dispositif", and "un nouvel alinéa" after a
    sub-paragraph is a new sub-paragraph, not a new paragraph."""
    amendment = parse_amendment(
        _FRENCH_HEAD + "1. Supprimer l'alinéa a) du paragraphe 3 du dispositif.\n\n"
        "2. Après l'alinéa b) du paragraphe 3 du dispositif, insérer un nouvel alinéa ainsi "
        "libellé : « c) De lui faire rapport oralement; »\n"
    )
    assert [(o.action, o.target.subparagraph) for o in amendment.operations] == [
        ("delete", ("a)",)), ("insert", ("b)",))]
    amended, results = apply_amendment(amendment, parse_resolution(DRAFT_FR))
    assert [r.applied for r in results] == [True, True]
    assert len(amended.operative) == 3
    assert [(s.marker, s.text) for s in amended.operative[2].subparagraphs] == [
        ("a)", "De lui présenter un rapport;"),
        ("b)", "De lui faire rapport oralement;"),
    ]


def test_spanish_sub_paragraph_replaced() -> None:
    amendment = parse_amendment(
        _SPANISH_HEAD + "1. Sustitúyase el apartado b) del párrafo 3 de la parte dispositiva "
        "por el texto siguiente: “b) le presente un informe;”\n\n"
        "2. Suprímase el apartado c) del párrafo 3 de la parte dispositiva.\n"
    )
    amended, results = apply_amendment(amendment, parse_resolution(DRAFT_ES))
    assert [(r.applied, r.reason) for r in results] == [
        (True, None), (False, "the draft has no operative paragraph 3 c)")]
    assert [(s.marker, s.text) for s in amended.operative[2].subparagraphs] == [
        ("a)", "siga la cuestión;"), ("b)", "le presente un informe;")]
    assert len(amended.operative) == 5


@pytest.mark.parametrize(
    ("head", "instruction", "expected"),
    [
        (_FRENCH_HEAD, "Supprimer le vingt et unième alinéa du préambule.", [21]),
        (_FRENCH_HEAD, "Supprimer les vingt et unième et trente-huitième alinéas du préambule.",
         [21, 38]),
        (_FRENCH_HEAD, "Supprimer le soixante et onzième alinéa du préambule.", [71]),
        (_FRENCH_HEAD, "Au trente et unième alinéa du préambule, supprimer « x ».", [31]),
        (_FRENCH_HEAD, "Supprimer le premier et le troisième alinéas du préambule.", [1, 3]),
        (_SPANISH_HEAD, "Suprímanse el vigésimo primer y el trigésimo octavo párrafos del "
         "preámbulo.", [21, 38]),
        (_SPANISH_HEAD, "Suprímase el centésimo vigésimo primer párrafo del preámbulo.", [121]),
        (_SPANISH_HEAD, "En el vigesimoctavo párrafo del preámbulo, suprímase “x”.", [28]),
        (_FRENCH_HEAD.replace("Burundi : amendement au projet de résolution révisé",
                              "Burundi: amendment to revised draft resolution"),
         "Delete the twenty-first and the thirty-eighth preambular paragraphs.", [21, 38]),
    ],
)
def test_compound_ordinals_name_preambular_paragraphs(
    head: str, instruction: str, expected: list[int]
) -> None:
    """Ordinals whose words hold the list's joiner ("vingt et unième"), Spanish ordinals of
    three words or one, and an article before each ordinal of a list: every paragraph named
    is read, none dropped."""
    amendment = parse_amendment(f"{head}1. {instruction}\n")
    assert not amendment.diagnostics
    assert [(o.target.part, o.target.number) for o in amendment.operations] == [
        ("preamble", n) for n in expected
    ]


# Russian: no Russian amendment is in the development corpus. The text below is written in
# the form of the Russian prints of the United Nations (not copied from one): Burundi's
# amendment above, with the Russian words ("Исключить второй пункт преамбулы", "В пункте 1
# постановляющей части исключить слова «…»", "вставить слова «…» после слов «…»").
RUSSIAN = """A/C.3/80/L.64

Третий комитет

Бурунди: поправка к пересмотренному проекту резолюции A/C.3/80/L.20/Rev.1

Права ребенка

1. В пункте 1 постановляющей части исключить слова «сексуальное и репродуктивное
здоровье,».

2. Исключить второй пункт преамбулы.

3. После пункта 2 постановляющей части включить новый пункт следующего содержания:

«призывает государства действовать;»

4. В подпункте b) пункта 3 постановляющей части заменить слова «представить ей доклад»
словами «доложить ей».

5. В первом пункте преамбулы вставить слова «и решения» после слов «свои резолюции».

6. Исключить пункты 4 и 5 постановляющей части и тридцать восьмой пункт преамбулы.
"""

DRAFT_RU = """A/C.3/80/L.20/Rev.1

Генеральная Ассамблея,

ссылаясь на свои резолюции,

сознавая важность образования,

1. призывает государства гарантировать сексуальное и репродуктивное здоровье, образование;

2. просит государства действовать;

3. просит Генерального секретаря:
a) следить за этим вопросом;
b) представить ей доклад;
"""


def test_russian_amendment() -> None:
    amendment = parse_amendment(RUSSIAN)
    assert (amendment.language, amendment.amends, amendment.committee) == (
        "ru", "A/C.3/80/L.20/Rev.1", "Третий комитет")
    assert _operations(RUSSIAN) == [
        ("delete", "operative paragraph 1", "сексуальное и репродуктивное здоровье,", None, None),
        ("delete", "preambular paragraph 2", None, None, None),
        ("insert", "operative paragraph 2", None, "призывает государства действовать;",
         "operative"),
        ("replace", "operative paragraph 3 b)", "представить ей доклад", "доложить ей", None),
        ("insert", "preambular paragraph 1", None, "и решения", None),
        ("delete", "operative paragraph 4", None, None, None),
        ("delete", "operative paragraph 5", None, None, None),
        ("delete", "preambular paragraph 38", None, None, None),
    ]
    assert amendment.operations[4].anchor == "свои резолюции"


def test_russian_paragraph_restated() -> None:
    """ "Пункт 2 постановляющей части изложить в следующей редакции: «…»": the paragraph is
    named before the verb."""
    amendment = parse_amendment(
        RUSSIAN.split("1. ")[0] + "1. Пункт 2 постановляющей части изложить в следующей "
        "редакции: «просит государства действовать незамедлительно;»\n"
    )
    amended, [result] = apply_amendment(amendment, parse_resolution(DRAFT_RU))
    assert (result.operation.action, str(result.operation.target)) == (
        "replace", "operative paragraph 2")
    assert result.applied
    assert amended.operative[1].text == "просит государства действовать незамедлительно;"


def test_russian_amendment_applies_to_a_russian_draft() -> None:
    """Instructions 1 to 5 (6 names paragraphs the draft has not): the draft's two preambular
    paragraphs open in lower case, as the Russian prints set them; the second is deleted."""
    text = RUSSIAN.split("6. ")[0]
    draft = parse_resolution(DRAFT_RU)
    assert [p.lead for p in draft.preamble] == ["ссылаясь на", "сознавая"]
    amended, results = apply_amendment(parse_amendment(text), draft)
    assert [r.reason for r in results] == [None] * 5
    assert amended.operative[0].text == "призывает государства гарантировать образование;"
    assert [p.text for p in amended.preamble] == ["ссылаясь на свои резолюции и решения,"]
    assert [p.text for p in amended.operative][2] == "призывает государства действовать;"
    assert [(s.marker, s.text) for s in amended.operative[3].subparagraphs] == [
        ("a)", "следить за этим вопросом;"), ("b)", "доложить ей;")]


@pytest.mark.parametrize(
    ("head", "instruction", "path"),
    [
        (_FRENCH_HEAD, "À l'alinéa ii) de l'alinéa b) du paragraphe 3 du dispositif, remplacer "
         "« tous » par « certains ».", ("b)", "ii)")),
        (_FRENCH_HEAD, "Supprimer l'alinéa c) du paragraphe 5 du dispositif.", ("c)",)),
        (_SPANISH_HEAD, "En el inciso ii) del apartado b) del párrafo 3 de la parte "
         "dispositiva, sustitúyase “todos” por “algunos”.", ("b)", "ii)")),
    ],
)
def test_a_sub_paragraph_named_the_long_way(
    head: str, instruction: str, path: tuple[str, ...]
) -> None:
    """ "l'alinéa ii) de l'alinéa b) du paragraphe 3", "el inciso ii) del apartado b) del
    párrafo 3": the path (b) (ii) of the short form (written in the prints' forms, not
    copied)."""
    amendment = parse_amendment(f"{head}1. {instruction}\n")
    assert not amendment.diagnostics
    assert [o.target.subparagraph for o in amendment.operations] == [path]


def test_french_words_changed_in_a_sub_paragraph_named_the_long_way() -> None:
    amendment = parse_amendment(
        _FRENCH_HEAD + "1. À l'alinéa b) du paragraphe 3 du dispositif, remplacer « présenter "
        "un rapport » par « faire rapport oralement ».\n"
    )
    amended, [result] = apply_amendment(amendment, parse_resolution(DRAFT_FR))
    assert (result.applied, str(result.operation.target)) == (True, "operative paragraph 3 b)")
    assert amended.operative[2].subparagraphs[1].text == "De lui faire rapport oralement;"


@pytest.mark.parametrize(
    ("words", "expected"),
    [("тридцать восьмой", 38), ("тридцать восьмом", 38), ("двадцать первого", 21),
     ("Третий", 3), ("сто двадцать первом", 121), ("восьмой тридцать", None), ("пять", None)],
)
def test_russian_ordinals(words: str, expected: int | None) -> None:
    assert parse_number_words(words, "ru", ordinal=True) == expected


def test_russian_sub_paragraph_named_the_long_way() -> None:
    """ "В подпункте ii) подпункта b) пункта 3 постановляющей части": the path b) ii) (written
    in the prints' form, not copied)."""
    amendment = parse_amendment(
        RUSSIAN.split("1. ")[0] + "1. В подпункте ii) подпункта b) пункта 3 постановляющей "
        "части заменить слова «все» словами «некоторые».\n"
    )
    assert [o.target.subparagraph for o in amendment.operations] == [("b)", "ii)")]


def test_russian_quoted_words_before_the_verb() -> None:
    """ "слова «…» заменить словами «…»", "слова «…» исключить", "слова «…» вставить после
    слов «…»": the changes of the verb-first order (written in the prints' forms, not
    copied)."""
    head = RUSSIAN.split("1. ")[0]
    quoted_first = parse_amendment(
        head + "1. В пункте 1 постановляющей части слова «сексуальное и репродуктивное "
        "здоровье,» исключить.\n\n"
        "2. В подпункте b) пункта 3 постановляющей части слова «представить ей доклад» "
        "заменить словами «доложить ей».\n\n"
        "3. В первом пункте преамбулы слова «и решения» вставить после слов «свои резолюции».\n"
    )
    verb_first = parse_amendment(RUSSIAN.split("6. ")[0])
    assert not quoted_first.diagnostics
    assert [(o.action, o.target, o.old, o.new, o.anchor, o.position)
            for o in quoted_first.operations] == [
        (o.action, o.target, o.old, o.new, o.anchor, o.position)
        for i, o in enumerate(verb_first.operations) if i in (0, 3, 4)]
    amended, results = apply_amendment(quoted_first, parse_resolution(DRAFT_RU))
    assert [r.reason for r in results] == [None] * 3
    assert amended.operative[0].text == "призывает государства гарантировать образование;"
    at_end = parse_amendment(
        head + "1. В пункте 2 постановляющей части слова «без промедления» добавить в конце "
        "пункта.\n"
    )
    assert [(o.action, o.new, o.position) for o in at_end.operations] == [
        ("insert", "без промедления", "end")]


def test_several_sub_paragraphs_named_in_one_phrase() -> None:
    """ "Supprimer les alinéas a) et b) du paragraphe 3 du dispositif", "los apartados a) y b)
    del párrafo 3": each sub-paragraph deleted, its paragraph kept; "c) à e)" is counted in
    the letters (written in the prints' forms, not copied)."""
    french = parse_amendment(
        _FRENCH_HEAD + "1. Supprimer les alinéas a) et b) du paragraphe 3 du dispositif.\n\n"
        "2. Aux alinéas c) à e) du paragraphe 7 du dispositif, supprimer « x ».\n"
    )
    assert [str(o.target) for o in french.operations] == [
        f"operative paragraph {n} {m}" for n, m in (
            (3, "a)"), (3, "b)"), (7, "c)"), (7, "d)"), (7, "e)"))]
    amended, results = apply_amendment(french, parse_resolution(DRAFT_FR))
    assert [r.applied for r in results] == [True, True, False, False, False]
    assert len(amended.operative) == 3 and not amended.operative[2].subparagraphs
    assert amended.operative[2].text == "Prie le Secrétaire général :"
    spanish = parse_amendment(
        _SPANISH_HEAD + "1. Suprímanse los apartados a) y b) del párrafo 3 de la parte "
        "dispositiva.\n"
    )
    amended, results = apply_amendment(spanish, parse_resolution(DRAFT_ES))
    assert [r.applied for r in results] == [True, True]
    assert len(amended.operative) == 5 and not amended.operative[2].subparagraphs


@pytest.mark.parametrize(
    ("head", "draft", "instruction", "expected"),
    [
        (_FRENCH_HEAD, DRAFT_FR, "À la fin du paragraphe 2 du dispositif, ajouter « sans "
         "tarder ».", "Prie les États d'agir sans tarder;"),
        (_FRENCH_HEAD, DRAFT_FR, "Au paragraphe 2 du dispositif, à la fin du paragraphe, "
         "ajouter « sans tarder ».", "Prie les États d'agir sans tarder;"),
        (_SPANISH_HEAD, DRAFT_ES, "Al final del párrafo 2 de la parte dispositiva, añádase "
         "“sin demora”.", "Pide a los Estados que actúen sin demora;"),
        (_SPANISH_HEAD, DRAFT_ES, "En el párrafo 2 de la parte dispositiva, al final del "
         "párrafo, añádase “sin demora”.", "Pide a los Estados que actúen sin demora;"),
    ],
)
def test_words_added_at_the_end_of_a_paragraph(
    head: str, draft: str, instruction: str, expected: str
) -> None:
    """ "À la fin du paragraphe 2 du dispositif, ajouter « … »" and "Al final del párrafo 2
    de la parte dispositiva, añádase “…”" read as the "at the end of the paragraph" inside
    it, as in English: the words go before its closing stop (written in the prints' forms,
    not copied)."""
    amendment = parse_amendment(head + f"1. {instruction}\n")
    assert [(o.action, str(o.target), o.position) for o in amendment.operations] == [
        ("insert", "operative paragraph 2", "end")]
    amended, results = apply_amendment(amendment, parse_resolution(draft))
    assert [r.reason for r in results] == [None]
    assert amended.operative[1].text == expected
    assert len(amended.operative) == len(parse_resolution(draft).operative)
