"""Arabic: the words of a verbatim record (محضر حرفي).

Besides the forms printed correctly, the table holds what the repair of text damaged by a PDF
extractor reads (:mod:`csto_un.meetings._arabic`): the decomposed lam-alef ligature, which
puts the lam after the alef ("األمن" for "الأمن", "إال" for "إلا": two alef letters in a row
never occur in correct Arabic), and the language note of a label as the extractor prints it,
glued to the next piece or in reverse word order ("تكلم باإلنكليزيةامبيق", "باإلنكليزية تكلمت").
The procedural sentences are listed also as the extractor prints them, the clock time moved
to the line's start (".10/05 افتتحت الجلسة الساعة").
"""

from __future__ import annotations

from ...model import NoteKind, Role
from ...words.ar import MONTHS
from . import MeetingPhrases

_LANGUAGE_WORDS = {
    "الإنكليزية": "en", "الانكليزية": "en", "الإنجليزية": "en", "الفرنسية": "fr",
    "الإسبانية": "es", "الروسية": "ru", "الصينية": "zh", "العربية": "ar",
}
_LANGUAGES = "|".join(sorted(_LANGUAGE_WORDS, key=len, reverse=True))
_TIME_FIRST = r"\.?(?P<time>\d{1,2}/\d{2}) "  # the clock time the extractor moved to the front

PHRASES = MeetingPhrases(
    language="ar",
    titles=(
        ("الرئيس بالنيابة", Role.ACTING_PRESIDENT),
        ("الرئيسة بالنيابة", Role.ACTING_PRESIDENT),
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
    language_words=_LANGUAGE_WORDS,
    times=(r"(?P<hour>\d{1,2})/(?P<minute>\d{2})",),
    procedure=(
        (NoteKind.OPENING, (r"(?:افتتحت|افتُتحت) الجلسة (?:في |الساعة )*(?P<time>.*)",
                            rf"{_TIME_FIRST}(?:افتتحت|افتُتحت) الجلسة(?: في)?(?: الساعة)?\.?")),
        (NoteKind.RESUMPTION, (r"(?:استؤنفت|استُؤنفت) الجلسة (?:في |الساعة )*(?P<time>.*)",)),
        (NoteKind.CLOSING, (r"(?:رفعت|رُفعت) الجلسة (?:في |الساعة )*(?P<time>.*)",
                            rf"{_TIME_FIRST}(?:رفعت|رُفعت) الجلسة(?: في)?(?: الساعة)?\.?")),
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
                     r"المشاركة في هذه الجلسة",
                     # the name only: the function after it may be damaged by the extractor
                     r"يستمع (?:مجلس الأمن|المجلس) إلى إحاطة (?:من|يقدمها) (?:السفير|السفيرة|"
                     r"السيد|السيدة) (?P<name>[^،.()]+)،"),
    adoption_headings=(r"إقرار جدول الأعمال",),
    agenda_headings=(r"البند \d+ من جدول الأعمال.*",),
    president_heads=("الرئيس", "الرئيسة"),
    members_heads=("الأعضاء",),
    agenda_heads=("جدول الأعمال",),
    meeting_number=(r"الجلسة (?P<number>\d+)",),
    dates=(r"(?:\S+، )?(?P<day>\d{1,2}) (?P<month>\S+) (?P<year>\d{4})(?:، (?P<time>.+))?",),
    months=MONTHS,
    notice=("يتضمن هذا المحضر",),
    page_notices=("الرجاء إعادة الاستعمال", "وثيقة ميسرة"),
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
    right_to_left=True,
    ligatures=((r"([اأإآ])([اأإآ])ل", r"\1ل\2"),),
    scrambled_notes=(rf"تكلمت? ب(?P<language>{_LANGUAGES})",
                     rf"ب(?P<language>{_LANGUAGES}) تكلمت?"),
)
