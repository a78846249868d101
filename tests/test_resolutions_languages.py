"""Resolutions in every official language load from text (issue 19).

Each fixture is a short excerpt of a real resolution or draft (its symbol and the source it
was copied from in a comment): the enacting formula and the first preambular and operative
paragraphs as the document prints them, in Spanish, Russian, Chinese and Arabic. Each loads
with its symbol, language and body, its preamble and its numbered operative paragraphs with
their leads.
"""

from __future__ import annotations

import datetime as dt

import pytest

from csto_un import NotAResolutionError, Resolution, parse_resolution

# A/RES/ES-10/24 (18 September 2024), the enacting formula, preambular paragraphs 1 to 3 and
# the one that sets out the questions of resolution 77/247, with its sub-paragraphs "a)" and
# "b)", as the Spanish print sets them (verbatim from the text republished at
# https://www.voltairenet.org/article221272.html); operative paragraph 2 as quoted in the
# press (https://www.tvavila.icrt.cu/asamblea-general-de-onu-pide-fin-de-ocupacion-israeli-en-
# palestina/, https://mundoejecutivo.com.mx/actualidad/onu-ordena-a-israel-a-terminar-
# ocupacion-ilegal-en-palestina-en-un-lapso-de-12-meses/). Operative paragraph 1, which no
# source at hand gives verbatim, is left out (an earlier fixture's was written from memory).
SPANISH = """A/RES/ES-10/24

La Asamblea General,

Guiada por los propósitos y principios consagrados en la Carta de las Naciones Unidas y el
derecho internacional, incluido el derecho inalienable a la libre determinación de los pueblos
y el principio de inadmisibilidad de la adquisición de territorio por la fuerza,

Recordando todas sus resoluciones pertinentes, incluidas las aprobadas en su décimo período
extraordinario de sesiones de emergencia,

Recordando también todas las resoluciones pertinentes del Consejo de Seguridad, en particular
la resolución 2334 (2016), de 23 de diciembre de 2016,

Recordando su resolución 77/247, de 30 de diciembre de 2022, en la que decidió, de
conformidad con el Artículo 96 de la Carta de las Naciones Unidas, solicitar a la Corte
Internacional de Justicia que, en cumplimiento del Artículo 65 de su Estatuto, emitiera una
opinión consultiva sobre las siguientes cuestiones:

a) ¿Cuáles son las consecuencias jurídicas que se derivan de que Israel continúe violando el
derecho del pueblo palestino a la libre determinación, de sus prolongados actos de ocupación,
asentamiento y anexión del territorio palestino ocupado desde 1967, incluidas las medidas
destinadas a alterar la composición demográfica, el carácter y el estatuto de la Ciudad Santa
de Jerusalén, y de la aprobación por Israel de legislación y medidas discriminatorias conexas?

b) ¿Cómo afectan las políticas y prácticas de Israel mencionadas anteriormente al estatuto
jurídico de la ocupación y qué consecuencias jurídicas se derivan de ese estatuto para todos
los Estados y para las Naciones Unidas?

2. Exige que Israel ponga fin sin demora a su presencia ilegal en el Territorio Palestino
Ocupado, que constituye un hecho ilícito de carácter continuado que genera su responsabilidad
internacional, y que lo haga a más tardar doce meses después de la aprobación de la presente
resolución;
"""

# A/RES/194 (III) (11 December 1948), verbatim from the Russian text republished at
# https://studopedia.ru/8_187063_rezolyutsiya-generalnoy-assamblei-oon--III.html: the Russian
# prints open a lead in lower case and letter sub-paragraphs "a)", "b)"; operative paragraph 2
# cut after its sub-paragraph a) (an earlier fixture ended it, unsourced, after "Организации;").
RUSSIAN = """A/RES/194 (III)

Генеральная Ассамблея,

подвергнув ситуацию в Палестине дальнейшему рассмотрению,

1. выражает чувство глубокого удовлетворения по поводу результатов, достигнутых покойным
Посредником Организации Объединенных Наций в деле содействия мирному урегулированию будущего
положения в Палестине, за которое он пожертвовал своей жизнью; и

выражает благодарность исполняющему обязанности Посредника и его сотрудникам за их
неослабные усилия и преданность долгу в их работе в Палестине;

2. учреждает Согласительную комиссию в составе представителей трех государств – членов
Организации, которая должна выполнять следующие функции:

a) взять на себя, поскольку она считает это необходимым при существующих обстоятельствах,
выполнение функций, возложенных на Посредника Организации Объединенных наций в Палестине
резолюцией Генеральной ассамблеи 186 (S-2) от 14 мая 1948 года;
"""

# A/RES/54/254 (15 March 2000), verbatim as China News Service (中国新闻社) republished it:
# full-width commas, "又"/"还" before the verb, no spaces.
CHINESE = """A/RES/54/254

大会，

回顾其1998年12月17日第53/202号决议，其中除其他外，决定将大会第五十五届会议定为“联合国千年大会”，并决定召开联合国千年首脑会议，作为千年大会的组成部分，

又回顾其1999年6月8日第53/239号决议，其中除其他外，决定千年首脑会议从2000年9月6日开始，

1. 决定在“二十一世纪联合国的作用”这个总主题之下于2000年9月6日至8日在纽约举行千年首脑会议；

2. 又决定千年首脑会议将包含全体会议和四次互动式圆桌会议，每次互动式圆桌会议与一次全体会议同时举行；

3. 还决定，由于千年首脑会议是一个独特的、具有象征意义的时刻，因此担任大会第五十四届会议主席的国家和担任大会第五十五届会议主席的国家将共同主持首脑会议；
"""  # noqa: E501 (paragraphs printed whole: a line break would be a space)

# A/AC.109/2019/L.18 (draft resolution, Question of Pitcairn), verbatim as the United Nations'
# aligned English-Arabic text gives it (conferences.unite.un.org, MultiLanguageAlignment): the
# Arabic comma "،", "وإذ" before the verb of a preambular paragraph after the first.
ARABIC_DRAFT = """A/AC.109/2019/L.18

مسألة بيتكيرن

إن الجمعية العامة،

وقد نظرت في مسألة بيتكيرن، ودرست الفصل ذا الصلة من تقرير اللجنة الخاصة المعنية بحالة تنفيذ إعلان منح الاستقلال للبلدان والشعوب المستعمرة لعام 2019،

وإذ تحيط علما بورقة العمل التي أعدتها الأمانة العامة بشأن بيتكيرن والمعلومات الأخرى ذات الصلة بالموضوع،
"""  # noqa: E501 (paragraphs printed whole: a line break would be a space)

# A/RES/57/301 (13 March 2003), operative paragraph 1, verbatim as the UN texts aligned at
# tarjamaan.com give it: the Arabic prints number it "1 -".
ARABIC_OPERATIVE = """A/RES/57/301

إن الجمعية العامة،

1 - تقرر تعديل المادة 1 من النظام الداخلي للجمعية العامة ليكون نصها كالآتي: ”تنعقد الجمعية العامة كل سنة في دورة عادية تبدأ يوم الثلاثاء من الأسبوع الثالث من شهر أيلول/سبتمبر، على أن يحسب ذلك اعتبارا من الأسبوع الأول الذي يضم يوم عمل واحدا على الأقل“؛
"""  # noqa: E501 (paragraphs printed whole: a line break would be a space)


def _parsed(text: str) -> Resolution:
    resolution = parse_resolution(text)
    assert resolution.body == "General Assembly"
    assert not [d for d in resolution.diagnostics if d.code != "unrecognised-header"]
    return resolution


def _leads(resolution: Resolution) -> list[tuple[int | None, str | None]]:
    return [(p.number, p.lead) for p in resolution.paragraphs]


def test_spanish_resolution() -> None:
    resolution = _parsed(SPANISH)
    assert (resolution.symbol, resolution.language) == ("A/RES/ES-10/24", "es")
    assert _leads(resolution) == [
        (None, "Guiada"),
        (None, "Recordando"),
        (None, "Recordando también"),
        (None, "Recordando"),
        (2, "Exige"),
    ]
    assert resolution.preamble[2].text.endswith("de 23 de diciembre de 2016,")
    questions = resolution.preamble[3]
    assert questions.text.endswith("sobre las siguientes cuestiones:")
    assert [sub.marker for sub in questions.subparagraphs] == ["a)", "b)"]
    assert questions.subparagraphs[1].text.startswith("¿Cómo afectan las políticas")


def test_russian_resolution_leads_in_lower_case() -> None:
    resolution = _parsed(RUSSIAN)
    assert (resolution.symbol, resolution.language) == ("A/RES/194 (III)", "ru")
    assert _leads(resolution) == [(None, "подвергнув"), (1, "выражает"), (2, "учреждает")]
    assert resolution.operative[0].text.endswith("в их работе в Палестине;")
    functions = resolution.operative[1]
    assert functions.text.endswith("которая должна выполнять следующие функции:")
    [sub] = functions.subparagraphs
    assert sub.marker == "a)"
    assert sub.text.endswith("от 14 мая 1948 года;")


# Written for these tests in the form of the Russian prints: three preambular paragraphs
# opening with leads in lower case and ending with a comma, blank lines between.
RUSSIAN_PREAMBLE = """A/RES/79/1

Генеральная Ассамблея,

ссылаясь на свои резолюции,

сознавая важность сотрудничества,

с удовлетворением отмечая доклад,

1. призывает государства действовать;

2. просит Генерального секретаря представить доклад.
"""


def test_russian_preambular_paragraphs_in_lower_case_stay_apart() -> None:
    # A paragraph ends with a comma and the next opens with a lead in lower case: a new
    # paragraph, not a continuation.
    resolution = _parsed(RUSSIAN_PREAMBLE)
    assert [(p.lead, p.text) for p in resolution.preamble] == [
        ("ссылаясь на", "ссылаясь на свои резолюции,"),
        ("сознавая", "сознавая важность сотрудничества,"),
        ("с удовлетворением отмечая", "с удовлетворением отмечая доклад,"),
    ]
    assert _leads(resolution)[3:] == [(1, "призывает"), (2, "просит")]


@pytest.mark.parametrize(
    ("cut", "joined"),
    [
        # Cut mid-sentence by a page break: the next page goes on in lower case.
        ("ссылаясь на свои резолюции о\n\fсотрудничестве в области образования,",
         "ссылаясь на свои резолюции о сотрудничестве в области образования,"),
        # Cut after a comma: an ordinary word goes on, where a lead would open a paragraph.
        ("ссылаясь на свои резолюции 1, 2,\n\fа также 3,",
         "ссылаясь на свои резолюции 1, 2, а также 3,"),
        # A lead's word inside a paragraph, on a line of its own but with no blank line.
        ("ссылаясь на свои резолюции о сотрудничестве,\nучитывая их важность,",
         "ссылаясь на свои резолюции о сотрудничестве, учитывая их важность,"),
    ],
    ids=["page break mid-sentence", "page break after a comma", "lead word inside a paragraph"],
)  # fmt: skip
def test_russian_paragraph_cut_goes_on_in_lower_case(cut: str, joined: str) -> None:
    text = RUSSIAN_PREAMBLE.replace("ссылаясь на свои резолюции,", cut)
    resolution = _parsed(text)
    assert [p.text for p in resolution.preamble] == [
        joined, "сознавая важность сотрудничества,", "с удовлетворением отмечая доклад,"]


def test_chinese_resolution_without_spaces() -> None:
    resolution = _parsed(CHINESE)
    assert (resolution.symbol, resolution.language) == ("A/RES/54/254", "zh")
    assert _leads(resolution) == [
        (None, "回顾"),
        (None, "又回顾"),
        (1, "决定"),
        (2, "又决定"),
        (3, "还决定"),
    ]
    assert resolution.preamble[0].text.endswith("作为千年大会的组成部分，")


def test_arabic_draft_preamble() -> None:
    resolution = _parsed(ARABIC_DRAFT)
    assert (resolution.symbol, resolution.language) == ("A/AC.109/2019/L.18", "ar")
    assert resolution.title == "مسألة بيتكيرن"
    assert _leads(resolution) == [(None, "وقد نظرت"), (None, "وإذ تحيط علما")]


def test_arabic_operative_numbered_with_a_dash() -> None:
    resolution = _parsed(ARABIC_OPERATIVE)
    assert (resolution.symbol, resolution.language) == ("A/RES/57/301", "ar")
    [paragraph] = resolution.operative
    assert (paragraph.number, paragraph.lead) == (1, "تقرر")
    assert paragraph.text.startswith("تقرر تعديل المادة 1 من")


@pytest.mark.parametrize(
    "formula",
    ["La Asamblea General,", "Генеральная Ассамблея,", "大会，", "إن الجمعية العامة،"],
)
def test_refusal_names_the_formulas_of_all_six_languages(formula: str) -> None:
    with pytest.raises(NotAResolutionError) as refused:
        parse_resolution("Die Generalversammlung,\n\nin Anbetracht dessen,\n")
    message = str(refused.value)
    for code in ("en", "fr", "es", "ru", "zh", "ar"):
        assert f"{code}: " in message
    assert f'"{formula}"' in message


@pytest.mark.parametrize(
    ("adoption", "formula", "paragraph", "adopted_on"),
    [
        (
            "Resolución aprobada por la Asamblea General el 18 de septiembre de 2024",
            "La Asamblea General,",
            "Recordando todas sus resoluciones pertinentes,",
            dt.date(2024, 9, 18),
        ),
        (
            "Резолюция, принятая Генеральной Ассамблеей 10 октября 2023 года",
            "Генеральная Ассамблея,",
            "подтверждая свои резолюции,",
            dt.date(2023, 10, 10),
        ),
        ("大会2000年3月15日通过的决议", "大会，", "回顾其决议，", dt.date(2000, 3, 15)),
        (
            "القرار الذي اتخذته الجمعية العامة في 13 آذار/مارس 2003",
            "إن الجمعية العامة،",
            "إذ تشير إلى قراراتها،",
            dt.date(2003, 3, 13),
        ),
    ],
)
def test_adoption_line_is_read(
    adoption: str, formula: str, paragraph: str, adopted_on: dt.date
) -> None:
    resolution = _parsed(f"A/RES/54/254\n\n{adoption}\n\n{formula}\n\n{paragraph}\n")
    assert resolution.adoption == adoption
    assert resolution.adopted_on == adopted_on
    assert not resolution.diagnostics


# The header of A/RES/77/xx as each language prints it: the distribution block (in Spanish
# "Distr. general" and the date in Spanish; the other prints keep it in English) and the
# adoption line, on one line or over two.
_DATES = [
    (
        "Distr. general\n7 de diciembre de 2022",
        "Resolución aprobada por la Asamblea General el 5 de diciembre de 2022",
        "La Asamblea General,\n\nRecordando todas sus resoluciones pertinentes,",
    ),
    (
        "Distr.: General\n7 December 2022",
        "Резолюция, принятая Генеральной Ассамблеей 5 декабря 2022 года",
        "Генеральная Ассамблея,\n\nподтверждая свои резолюции,",
    ),
    (
        "Distr.: General\n7 December 2022",
        "2022年12月5日大会通过的决议",
        "大会，\n\n回顾其决议，",
    ),
    (
        "Distr.: General\n7 December 2022",
        "القرار الذي اتخذته الجمعية العامة في 5 كانون الأول/ديسمبر 2022",
        "إن الجمعية العامة،\n\nإذ تشير إلى قراراتها،",
    ),
]


@pytest.mark.parametrize(("distribution", "adoption", "opening"), _DATES)
def test_header_dates_are_read(distribution: str, adoption: str, opening: str) -> None:
    resolution = _parsed(f"A/RES/77/1\n{distribution}\n\n{adoption}\n\n{opening}\n")
    assert (resolution.date, resolution.adopted_on) == (dt.date(2022, 12, 7), dt.date(2022, 12, 5))
    assert resolution.adoption == adoption
    assert not resolution.diagnostics


@pytest.mark.parametrize(("distribution", "adoption", "opening"), _DATES)
def test_adoption_date_on_the_next_line(distribution: str, adoption: str, opening: str) -> None:
    """The adoption line broken before its date ("… la Asamblea General" / "el 5 de …")."""
    words = adoption.split()
    if not words[0][0].isdigit():  # (the Chinese line opens with its date: never broken)
        cut = next(i for i, word in enumerate(words) if word[0].isdigit())
        cut -= words[cut - 1] in ("el", "في")  # the word before the date goes with it
        adoption = " ".join(words[:cut]) + "\n" + " ".join(words[cut:])
    resolution = _parsed(f"A/RES/77/1\n\n{adoption}\n\n{opening}\n")
    assert resolution.adopted_on == dt.date(2022, 12, 5)
    assert resolution.adoption == adoption.replace("\n", " ")


def test_arabic_indic_digits_in_the_adoption_line() -> None:
    resolution = _parsed(
        "A/RES/77/1\n\nالقرار الذي اتخذته الجمعية العامة في ٥ كانون الأول/ديسمبر ٢٠٢٢\n\n"
        "إن الجمعية العامة،\n\nإذ تشير إلى قراراتها،\n"
    )
    assert resolution.adopted_on == dt.date(2022, 12, 5)


@pytest.mark.parametrize(
    ("session", "agenda", "title", "formula", "paragraph"),
    [
        (
            "Septuagésimo noveno período de sesiones",
            "Tema 12 del programa",
            "79/1. Título",
            "La Asamblea General,",
            "Recordando algo,",
        ),
        (
            "Семьдесят девятая сессия",
            "Пункт 12 повестки дня",
            "79/1. Название",
            "Генеральная Ассамблея,",
            "ссылаясь на что-то,",
        ),
        ("第七十九届会议", "议程项目12", "79/1. 标题", "大会，", "回顾某事，"),
        (
            "الدورة التاسعة والسبعون",
            "البند 12 من جدول الأعمال",
            "79/1 - عنوان",  # the Arabic prints set the title's number with " -"
            "إن الجمعية العامة،",
            "إذ تشير إلى شيء،",
        ),
    ],
)
def test_header_session_agenda_and_title(
    session: str, agenda: str, title: str, formula: str, paragraph: str
) -> None:
    """The header's forms in each language: the session's ordinal in words (Chinese
    numerals, the Arabic unit before its tens), the agenda item, the numbered title."""
    resolution = _parsed(
        f"A/RES/79/1\n\n{session}\n{agenda}\n\n{title}\n\n{formula}\n\n{paragraph}\n"
    )
    assert (resolution.session, resolution.agenda_item) == (79, "12")
    assert resolution.title == title.split(" ", 1)[1].lstrip("- ")
    assert not resolution.diagnostics



@pytest.mark.parametrize(
    ("adoption", "opening", "meeting", "date"),
    [
        (
            _DATES[0][1],
            "La Asamblea General,\n\nRecordando todas sus resoluciones pertinentes,\n\n1. Decide;",
            "47ª sesión plenaria",
            "{} de diciembre de 2022",
        ),
        (
            _DATES[1][1],
            "Генеральная Ассамблея,\n\nподтверждая свои резолюции,\n\n1. постановляет;",
            "47-е пленарное заседание",
            "{} декабря 2022 года",
        ),
    ],
)
def test_closing_meeting_date_is_read(adoption: str, opening: str, meeting: str, date: str) -> None:
    """The date under the closing meeting ("47ª sesión plenaria" / "5 de diciembre de 2022")
    is read and checked against the adoption date."""
    text = f"A/RES/77/1\n\n{adoption}\n\n{opening}\n\n{meeting}\n"
    assert not parse_resolution(text + date.format(5)).diagnostics
    [mismatch] = parse_resolution(text + date.format(6)).diagnostics
    assert mismatch.code == "date-mismatch"
