"""The words of resolutions in Spanish, Russian, Chinese and Arabic: the tables of
:mod:`csto_un.words._resolution` for four more official languages (data, not code).

The tables hold what the parser reads in the text of a resolution in these languages: the
enacting formulas ("La Asamblea General,", "Генеральная Ассамблея,"), the first-page lines
("Resolución aprobada por la Asamblea General el …", "Резолюция, принятая Генеральной
Ассамблеей …"), the leads of the preambular and operative paragraphs (with the adverbs that may
open them, "También", "вновь", "又") and the words of the header. Russian prints its leads in
lower case ("ссылаясь на", "1. постановляет"), Chinese and Arabic have no capitals:
``capitalized_leads`` says so.
"""

from __future__ import annotations

from ._phrases import LATIN_LETTERS, ResolutionPhrases

__all__ = ["ARABIC", "BARE_MARKS", "CHINESE", "RUSSIAN", "SPANISH"]

#: "a)", "b)", "i)" nested, as the Spanish, French and Russian prints set them ("(a)" too).
BARE_MARKS = ("{})", "({})")
#: The Russian prints' letters: Cyrillic ("а)", "б)", without "й", "ё" and the signs), and
#: Latin, typed at times with the Cyrillic letters that look alike ("а", "с", "е").
_RU_LETTERS = (
    tuple("абвгдежзиклмнопрстуфхцчшщэюя"),
    LATIN_LETTERS,
    tuple("аbсdеfghijklmnорqrstuvwхуz"),
)
#: How a Russian lead is said, before its verb or after it ("с удовлетворением отмечая",
#: "отмечая с удовлетворением").
_RU_MANNERS = ("с удовлетворением", "с озабоченностью", "с глубокой озабоченностью",
               "с признательностью")  # fmt: skip
#: The Arabic prints' letters in the order of the abjad ("(أ)", "(ب)", "(ج)", "(د)", "(هـ)"),
#: "هـ" printed with or without its tatweel; the numerals nested under them, "‘1’".
_AR_LETTERS = tuple(
    tuple(letters.split())
    for letters in (
        "أ ب ج د هـ و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض ظ غ",
        "أ ب ج د ه و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض ظ غ",
    )
)
_AR_NUMERALS = tuple(str(number) for number in range(1, 21))

_ES_UNITS = {
    "primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4,
    "quinto": 5, "sexto": 6, "séptimo": 7, "octavo": 8, "noveno": 9, "décimo": 10,
    "undécimo": 11, "duodécimo": 12,
}  # fmt: skip
_ES_TENS = {
    "vigésimo": 20, "trigésimo": 30, "cuadragésimo": 40, "quincuagésimo": 50,
    "sexagésimo": 60, "septuagésimo": 70, "octogésimo": 80, "nonagésimo": 90,
}  # fmt: skip

SPANISH = ResolutionPhrases(
    ordinal_units=_ES_UNITS,
    ordinal_tens=_ES_TENS,
    ordinal_exact_tens=dict(_ES_TENS),
    session_word="período de sesiones",
    agenda_item=(
        r"temas? (?P<item>\d+(?:\s*[a-z]{1,3}\))?(?:\s*(?:,|y)\s*\d+(?:\s*[a-z]{1,3}\))?)*)"
        r" del programa"
    ),
    enacting={"la asamblea general": "General Assembly",
              "el consejo de seguridad": "Security Council"},
    bodies={"asamblea general": "General Assembly", "consejo de seguridad": "Security Council",
            "consejo económico y social": "Economic and Social Council"},
    distribution={"general": "general", "limitada": "limited", "reservada": "restricted"},
    language_names={"inglés": "en", "francés": "fr", "español": "es", "ruso": "ru",
                    "chino": "zh", "árabe": "ar"},
    original_label="original",
    draft_resolution="proyecto de resolución",
    sponsor_join="y",
    item_joins=("y", "o"),
    sub_marks=BARE_MARKS,
    sub_numeral_marks=BARE_MARKS,
    adopted_by=(
        r"resolución aprobada por (?P<body>la asamblea general|el consejo de seguridad)"
        r"(?:\s+el(?:\s+(?P<date>.+))?)?"
    ),
    adopted_at_meeting=(
        r"aprobada por (?P<body>el consejo de seguridad|la asamblea general) en su "
        r"(?P<meeting>\d+\w*\.?\s+sesión(?: plenaria)?),?\s+celebrada el\s+(?P<date>.+)"
    ),
    plenary_meeting=r"(?P<meeting>\d+\w*\.?\s+sesión plenaria)",
    committee_note=(
        r"\[(?P<note>(?:sin remisión previa a una comisión principal|sobre la base del informe "
        r"de la [^(]+?))\s*(?:\((?P<drafts>[^)]*)\))?\]"
    ),
    resolution_heading=r"resolución\s+(?P<number>\d{1,4}\s*\(\d{4}\))",
    preamble_leads=(
        "Recordando", "Recordando también", "Recordando además", "Reafirmando",
        "Reafirmando también", "Acogiendo con beneplácito", "Acogiendo con satisfacción",
        "Tomando nota", "Tomando nota también", "Tomando nota con aprecio",
        "Tomando nota con preocupación", "Observando", "Observando con preocupación",
        "Reconociendo", "Reconociendo también", "Destacando", "Subrayando", "Poniendo de relieve",
        "Expresando", "Expresando su preocupación", "Preocupada", "Profundamente preocupada",
        "Gravemente preocupada", "Consciente", "Convencida", "Decidida", "Teniendo presente",
        "Teniendo en cuenta", "Guiada", "Alarmada", "Considerando", "Afirmando",
        "Habiendo examinado", "Habiendo recibido", "Habiendo considerado",
        "Actuando en virtud del Capítulo VII",
    ),
    operative_leads=(
        "Decide", "Decide también", "Decide además", "Pide", "Pide también",
        "Pide además", "Exhorta", "Exhorta también", "Insta", "Insta también", "Toma nota",
        "Toma nota también", "Toma nota con aprecio", "Toma nota con preocupación",
        "Acoge con beneplácito", "Acoge con satisfacción", "Reafirma", "Reitera",
        "Reconoce", "Alienta", "Invita", "Exige", "Condena", "Expresa", "Subraya", "Destaca",
        "Afirma", "Aprueba", "Apoya", "Recomienda", "Observa", "Solicita", "Hace un llamamiento",
        "Encomia", "Pone de relieve", "Recuerda", "Resuelve", "Declara", "Autoriza",
    ),
    annex_leads=(),
    preamble_suffixes=("ando", "endo", "iendo", "ada", "adas"),
    operative_suffixes=("a", "e"),
    adopts_following=r"^aprueba (?:la|el|los|las) .*siguientes?\b",
    lead_adverbs=("También", "Además", "Asimismo", "Una vez más", "Nuevamente"),
    adverb_suffixes=("mente",),
    lead_auxiliaries=("Habiendo",),
    lead_complements=(
        "también", "además", "asimismo", "nuevamente", "una vez más", "con aprecio",
        "con satisfacción", "con preocupación", "con profunda preocupación",
        "con beneplácito", "con reconocimiento", "encarecidamente",
    ),
    lead_nouns=("preocupación", "apoyo", "compromiso", "reconocimiento", "agradecimiento",
                "llamamiento", "determinación", "solidaridad", "condena"),
    lead_determiners=("su",),
    lead_adjectives=("profunda", "profundo", "grave", "firme", "pleno", "plena", "sincero"),
    lead_joins=("y",),
    bare_noun_verbs=("Expresa", "Expresando"),
)  # fmt: skip

# "Семьдесят девятая сессия": the session is feminine; the tens are cardinal, the unit ordinal.
_RU_UNITS = {
    "первая": 1, "вторая": 2, "третья": 3, "четвертая": 4, "четвёртая": 4, "пятая": 5,
    "шестая": 6, "седьмая": 7, "восьмая": 8, "девятая": 9, "десятая": 10,
    "одиннадцатая": 11, "двенадцатая": 12, "тринадцатая": 13, "четырнадцатая": 14,
    "пятнадцатая": 15, "шестнадцатая": 16, "семнадцатая": 17, "восемнадцатая": 18,
    "девятнадцатая": 19,
}  # fmt: skip
_RU_TENS = {
    "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60,
    "семьдесят": 70, "восемьдесят": 80, "девяносто": 90,
}  # fmt: skip
_RU_EXACT = {
    "двадцатая": 20, "тридцатая": 30, "сороковая": 40, "пятидесятая": 50,
    "шестидесятая": 60, "семидесятая": 70, "восьмидесятая": 80, "девяностая": 90,
    "сотая": 100,
}  # fmt: skip

RUSSIAN = ResolutionPhrases(
    ordinal_units=_RU_UNITS,
    ordinal_tens=_RU_TENS,
    ordinal_exact_tens=_RU_EXACT,
    session_word="сессия",
    agenda_item=r"пункты? (?P<item>\d+(?:\s*[а-я]{1,3}\))?(?:\s*(?:,|и)\s*\d+)*) повестки дня",
    enacting={"генеральная ассамблея": "General Assembly",
              "совет безопасности": "Security Council"},
    bodies={"генеральная ассамблея": "General Assembly",
            "совет безопасности": "Security Council",
            "экономический и социальный совет": "Economic and Social Council"},
    distribution={"general": "general", "limited": "limited", "restricted": "restricted"},
    language_names={"английский": "en", "французский": "fr", "испанский": "es",
                    "русский": "ru", "китайский": "zh", "арабский": "ar"},
    original_label="язык оригинала",
    draft_resolution="проект резолюции",
    sponsor_join="и",
    item_joins=("и", "или"),
    sub_marks=BARE_MARKS,
    sub_numeral_marks=BARE_MARKS,
    sub_letters=_RU_LETTERS,
    adopted_by=(
        r"резолюция, принятая (?P<body>генеральной ассамблеей|советом безопасности)"
        r"(?:\s+(?P<date>\d.+))?"
    ),
    adopted_at_meeting=(
        r"принята (?P<body>советом безопасности|генеральной ассамблеей) на его "
        r"(?P<meeting>\d+[-\w]*\s+заседании),?\s+(?P<date>.+)"
    ),
    plenary_meeting=r"(?P<meeting>\d+-е\s+пленарное заседание)",
    committee_note=(
        r"\[(?P<note>(?:без передачи в главный комитет|по докладу [^(]+?))"
        r"\s*(?:\((?P<drafts>[^)]*)\))?\]"
    ),
    resolution_heading=r"резолюция\s+(?P<number>\d{1,4}\s*\(\d{4}\))",
    preamble_leads=(
        "ссылаясь на", "ссылаясь также на", "ссылаясь далее на", "подтверждая",
        "вновь подтверждая", "приветствуя", "принимая к сведению", "принимая во внимание",
        "отмечая", "отмечая с озабоченностью", "признавая", "подчеркивая", "учитывая",
        "будучи убеждена", "будучи глубоко обеспокоена", "выражая", "выражая озабоченность",
        "руководствуясь", "рассмотрев", "памятуя", "сознавая", "считая", "констатируя",
        "действуя на основании главы VII", "подвергнув",
    ),
    operative_leads=(
        "постановляет", "просит", "призывает", "настоятельно призывает", "принимает к сведению",
        "приветствует", "подтверждает", "вновь подтверждает", "признает", "подчеркивает",
        "выражает", "предлагает", "рекомендует", "требует", "осуждает", "одобряет",
        "поддерживает", "отмечает", "учреждает", "уполномочивает", "заявляет", "решает",
        "напоминает", "рекомендует",
    ),
    annex_leads=(),
    preamble_suffixes=("я", "ясь", "вшись", "в"),
    operative_suffixes=("ет", "ит", "ает", "яет"),
    adopts_following=r"^(?:принимает|утверждает) следующ",
    lead_adverbs=("также", "далее", "вновь", "впредь", "еще раз", "настоятельно", "решительно",
                  "глубоко", *_RU_MANNERS),
    lead_complements=("также", "далее", "вновь", *_RU_MANNERS),
    capitalized_leads=False,
)  # fmt: skip

_ZH_DIGITS = "一二三四五六七八九"


def _zh_number(number: int) -> str:
    """A number below 100 in Chinese numerals, as session lines print it: 79 → "七十九"."""
    tens, unit = divmod(number, 10)
    written = ("" if tens < 2 else _ZH_DIGITS[tens - 1]) + ("十" if tens else "")
    return written + (_ZH_DIGITS[unit - 1] if unit else "")


CHINESE = ResolutionPhrases(
    # "第七十九届会议": every session number below 100 in Chinese numerals
    ordinal_units={_zh_number(number): number for number in range(1, 100)},
    ordinal_tens={},
    ordinal_exact_tens={},
    session_word="届会议",
    session_line=r"第(?P<ord>[一二三四五六七八九十]+)届会议",
    agenda_item=r"议程项目\s*(?P<item>\d+(?:\s*\([a-z]{1,3}\))?)",
    enacting={"大会": "General Assembly", "安全理事会": "Security Council"},
    bodies={"大会": "General Assembly", "安全理事会": "Security Council",
            "经济及社会理事会": "Economic and Social Council"},
    distribution={"general": "general", "limited": "limited", "restricted": "restricted"},
    language_names={"英文": "en", "法文": "fr", "西班牙文": "es", "俄文": "ru", "中文": "zh",
                    "阿拉伯文": "ar"},
    original_label="原件",
    draft_resolution="决议草案",
    sponsor_join="和",
    item_joins=(),
    sub_marks=("({})", "\uff08{}\uff09"),
    sub_numeral_marks=("{}",),
    sub_numerals=tuple(chr(0x3220 + k) for k in range(10)),  # "㈠" … "㈩"
    sub_stops=("\uff1a", "\uff1b", ": ", "; "),
    adopted_by=(
        # "大会2000年3月15日通过的决议" or "2022年12月5日大会通过的决议"
        r"(?P<date_before>\d{4}年\d{1,2}月\d{1,2}日)?(?P<body>大会|安全理事会)"
        r"(?:(?P<date>\d{4}年\d{1,2}月\d{1,2}日))?通过的决议"
    ),
    adopted_at_meeting=(
        r"(?P<body>安全理事会|大会)(?P<date>\d{4}年\d{1,2}月\d{1,2}日)"
        r"第(?P<meeting>\d+次(?:全体)?会议)通过"
    ),
    plenary_meeting=r"(?P<meeting>第\d+次全体会议)",
    committee_note=(
        r"\[(?P<note>(?:未经发交主要委员会而通过|根据[^(]+?的报告通过))"
        r"\s*(?:\((?P<drafts>[^)]*)\))?\]"
    ),
    resolution_heading=r"第(?P<number>\d{1,4}\s*\(\d{4}\))号决议",
    preamble_leads=(
        "回顾", "忆及", "重申", "欢迎", "注意到", "确认", "认识到", "强调", "铭记", "深信",
        "关切", "深为关切", "深感关切", "表示关切", "考虑到", "审议了", "赞赏", "申明",
        "意识到", "决心", "承认", "申明", "认为", "表示", "遵循", "根据《宪章》第七章采取行动",
    ),
    operative_leads=(
        "决定", "请", "吁请", "促请", "敦促", "欢迎", "鼓励", "邀请", "赞赏", "表示",
        "重申", "确认", "强调", "注意到", "表示注意到", "核可", "赞同", "核准", "谴责",
        "要求", "建议", "支持", "呼吁", "授权", "宣布", "认可", "申明", "感谢",
    ),
    annex_leads=(),
    preamble_suffixes=(),
    operative_suffixes=(),
    adopts_following=r"^通过下列",
    lead_adverbs=("又", "还", "再次", "进一步", "并"),
    capitalized_leads=False,
)  # fmt: skip

#: Arabic opens a preambular paragraph with "إذ" ("whereas") and the verb, the next ones
#: with "وإذ" ("and whereas"): both, for each verb.
_AR_PREAMBLE_VERBS = (
    "تشير", "تؤكد", "تؤكد من جديد", "تعيد تأكيد", "تحيط علما", "تلاحظ", "ترحب", "تسلم",
    "تدرك", "تضع في اعتبارها", "تعرب عن", "يساورها القلق", "تشدد", "تعترف", "تقر",
    "تسترشد", "تضع في اعتبارها", "تلاحظ مع القلق", "تلاحظ مع التقدير", "تحيط علما مع التقدير",
)  # fmt: skip

# "الدورة التاسعة والسبعون": the session is feminine; the unit comes first, then "و" and the
# tens; 11 to 19 are the unit and "عشرة".
_AR_UNITS = ("الحادية", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة",
             "الثامنة", "التاسعة")  # fmt: skip
_AR_FIRST = ("الأولى", *_AR_UNITS[1:], "العاشرة")
_AR_TENS = ("العشرون", "الثلاثون", "الأربعون", "الخمسون", "الستون", "السبعون", "الثمانون",
            "التسعون")  # fmt: skip

ARABIC = ResolutionPhrases(
    ordinal_units={
        **{word: number for number, word in enumerate(_AR_FIRST, start=1)},
        **{f"{word} عشرة": number for number, word in enumerate(_AR_UNITS, start=11)},
        **{
            f"{unit} و{tens}": 10 * t + u
            for t, tens in enumerate(_AR_TENS, start=2)
            for u, unit in enumerate(_AR_UNITS, start=1)
        },
    },
    ordinal_tens={},
    ordinal_exact_tens={tens: 10 * t for t, tens in enumerate(_AR_TENS, start=2)},
    session_word="الدورة",
    session_line=r"الدورة (?P<ord>.+)",
    agenda_item=r"البند (?P<item>\d+) من جدول الأعمال",
    enacting={"إن الجمعية العامة": "General Assembly", "إن مجلس الأمن": "Security Council"},
    bodies={"الجمعية العامة": "General Assembly", "مجلس الأمن": "Security Council",
            "المجلس الاقتصادي والاجتماعي": "Economic and Social Council"},
    distribution={"general": "general", "limited": "limited", "restricted": "restricted"},
    language_names={"الإنكليزية": "en", "الفرنسية": "fr", "الإسبانية": "es", "الروسية": "ru",
                    "الصينية": "zh", "العربية": "ar"},
    original_label="الأصل",
    draft_resolution="مشروع قرار",
    sponsor_join="و",
    item_joins=(),
    sub_numeral_marks=("\u2018{}\u2019", "\u2019{}\u2018", "'{}'"),
    sub_letters=_AR_LETTERS,
    sub_numerals=_AR_NUMERALS,
    sub_stops=(": ", "; ", "\u061b "),
    adopted_by=(
        r"القرار الذي اتخذته (?P<body>الجمعية العامة|مجلس الأمن)(?:\s+في(?:\s+(?P<date>.+))?)?"
    ),
    adopted_at_meeting=(
        r"اتخذه (?P<body>مجلس الأمن|الجمعية العامة) في جلسته (?P<meeting>\d+)،?\s+"
        r"المعقودة في\s+(?P<date>.+)"
    ),
    plenary_meeting=r"(?P<meeting>الجلسة العامة \d+)",
    committee_note=(
        r"\[(?P<note>(?:دون الإحالة إلى لجنة رئيسية|بناء على تقرير [^(]+?))"
        r"\s*(?:\((?P<drafts>[^)]*)\))?\]"
    ),
    resolution_heading=r"القرار\s+(?P<number>\d{1,4}\s*\(\d{4}\))",
    preamble_leads=(
        *(f"{opening} {verb}" for verb in _AR_PREAMBLE_VERBS for opening in ("إذ", "وإذ")),
        "وقد نظرت", "وقد درست", "وقد استعرضت", "وقد تلقت",
    ),
    operative_leads=(
        "تقرر", "تطلب", "تهيب", "تحث", "ترحب", "تؤكد", "تؤكد من جديد", "تعيد تأكيد",
        "تحيط علما", "تدعو", "تشجع", "تعرب عن", "تلاحظ", "تسلم", "تشدد", "تدين", "تطالب",
        "توصي", "تقر", "تكرر", "تعترف", "تؤيد", "تأذن", "تعلن", "تعتمد", "توافق",
    ),
    annex_leads=(),
    preamble_suffixes=(),
    operative_suffixes=(),
    adopts_following=r"^تعتمد .*التالي",
    lead_complements=("أيضا", "كذلك", "مع التقدير", "مع القلق", "مع بالغ القلق"),
    capitalized_leads=False,
)  # fmt: skip
