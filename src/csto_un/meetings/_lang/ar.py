"""Arabic: the words of a verbatim record (محضر حرفي).

Only the forms printed correctly are listed; the corpus's Arabic text was damaged by its
extractor (decomposed lam-alef, mirrored brackets), which this table does not repair.
"""

from __future__ import annotations

from ...model import NoteKind, Role
from . import Phrases

PHRASES = Phrases(
    language="ar",
    titles=(
        ("الرئيس بالنيابة", Role.PRESIDENT),
        ("الرئيسة بالنيابة", Role.PRESIDENT),
        ("الرئيس", Role.PRESIDENT),
        ("الرئيسة", Role.PRESIDENT),
        ("نائبة الأمين العام", Role.OTHER),
        ("الأمين العام", Role.SECRETARY_GENERAL),
    ),
    honorifics=("السيد", "السيدة", "الآنسة", "السير", "الشيخ", "الشيخة", "الأمير", "الأميرة",
                "الدام", "الملك", "الملكة", "الكاردينال", "المطران"),
    notes=(r"تكلم(?:ت)? ب(?P<language>\S+)",),
    switches=(r"(?:تابع|واصل)(?:ت)? (?:كلمته|كلمتها|كلامه|كلامها) ب(?P<language>\S+)",
              r"تكلم(?:ت)? ب(?P<language>\S+)"),
    language_words={
        "الإنكليزية": "en", "الانكليزية": "en", "الإنجليزية": "en", "الفرنسية": "fr",
        "الإسبانية": "es", "الروسية": "ru", "الصينية": "zh", "العربية": "ar",
    },
    times=(r"(?P<hour>\d{1,2})/(?P<minute>\d{2})",),
    procedure=(
        (NoteKind.OPENING, (r"(?:افتتحت|افتُتحت) الجلسة (?:في |الساعة )*(?P<time>.*)",)),
        (NoteKind.RESUMPTION, (r"(?:استؤنفت|استُؤنفت) الجلسة (?:في |الساعة )*(?P<time>.*)",)),
        (NoteKind.CLOSING, (r"(?:رفعت|رُفعت) الجلسة (?:في |الساعة )*(?P<time>.*)",)),
        (NoteKind.SUSPENSION, (r"(?:علقت|عُلقت) الجلسة(?: (?:في |الساعة )*(?P<time>.*))?",)),
        (NoteKind.AGENDA_ADOPTED, (r"أُ?قر جدول الأعمال\.?",)),
        (NoteKind.DECISION, (r"وقد تقرر ذلك\.?", r"تقرر ذلك\.?")),
        (NoteKind.VOTE, (r"أجري (?:ال)?تصويت.*",)),
        (NoteKind.ADOPTION, (r"اعتُ?مد مشروع (?:القرار|المقرر).*",)),
        (NoteKind.SILENCE, (r"[^.:]{0,200}دقيقة (?:صمت|حداد).*",)),
    ),
    vote_heads=(("المؤيدون", "in_favour"), ("المعارضون", "against"), ("الممتنعون", "abstaining")),
    national_start=(r"أدلي الآن ببيان بصفتي (?P<capacity>[^.]+)\.",),
    national_end=(r"أستأنف الآن (?:مهامي|مهام) (?:بصفتي )?رئيس(?:ا|ة)? (?:لمجلس|للمجلس|مجلس)"
                  r".{0,20}",),
    invite_states=(r"وفقا للمادة 37 من النظام الداخلي المؤقت للمجلس، أدعو (?:ممثلي? )?"
                   r"(?P<list>.+?) إلى المشاركة في هذه الجلسة",),
    invite_briefers=(r"وفقا للمادة 39 من النظام الداخلي المؤقت للمجلس، أدعو (?P<list>.+?) إلى "
                     r"المشاركة في هذه الجلسة",),
    adoption_headings=(r"إقرار جدول الأعمال",),
    agenda_headings=(r"البند \d+ من جدول الأعمال.*",),
    president_heads=("الرئيس", "الرئيسة"),
    members_heads=("الأعضاء",),
    agenda_heads=("جدول الأعمال",),
    meeting_number=(r"الجلسة (?P<number>\d+)",),
    dates=(r"(?:\S+، )?(?P<day>\d{1,2}) (?P<month>\S+) (?P<year>\d{4})(?:، (?P<time>.+))?",),
    months={
        "كانون الثاني/يناير": 1, "شباط/فبراير": 2, "آذار/مارس": 3, "نيسان/أبريل": 4,
        "أيار/مايو": 5, "حزيران/يونيه": 6, "تموز/يوليه": 7, "آب/أغسطس": 8,
        "أيلول/سبتمبر": 9, "تشرين الأول/أكتوبر": 10, "تشرين الثاني/نوفمبر": 11,
        "كانون الأول/ديسمبر": 12,
    },
    notice=("يتضمن هذا المحضر",),
    provisional=("مؤقت",),
    final=("الوثائق الرسمية",),
    places=("نيويورك", "جنيف"),
    conjunctions=(" و",),
    articles=(),
    vote_methods=(
        ("برفع الأيدي", "show of hands"),
        ("مسجل", "recorded"),
        ("بالاقتراع السري", "secret ballot"),
    ),
    none_words=("لا أحد",),
    detect=(" في ", " من ", " على ", " إلى "),
)
