"""Chinese: the words of a verbatim record (逐字记录). Honorifics follow the name ("傅聪先生")."""

from __future__ import annotations

from ...model import NoteKind, Role
from ...words.zh import MONTHS, WEEKDAYS
from . import MeetingPhrases

_CLOCK = r"(?:上午|下午|中午|晚上)?\d{1,2}时(?:\d{1,2}分)?"

PHRASES = MeetingPhrases(
    language="zh",
    titles=(
        ("代理主席", Role.ACTING_PRESIDENT),
        ("临时主席", Role.PRESIDENT),
        ("主席", Role.PRESIDENT),
        ("常务副秘书长", Role.OTHER),
        ("秘书长", Role.SECRETARY_GENERAL),
    ),
    honorifics=("女爵士", "爵士", "先生", "女士", "夫人", "小姐", "阁下", "勋爵", "殿下", "大主教",
                "枢机主教", "博士", "法官"),
    honorific_after=True,
    notes=(r"以(?P<language>\S+?)发言",),
    switches=(r"(?:继续)?以(?P<language>\S+?)(?:继续)?发言",),
    language_words={
        "英语": "en", "法语": "fr", "西班牙语": "es", "俄语": "ru", "中文": "zh", "汉语": "zh",
        "阿拉伯语": "ar", "德语": "de", "葡萄牙语": "pt",
    },
    times=(r"(?P<meridiem>上午|下午|中午|晚上)?(?P<hour>\d{1,2})时(?:(?P<minute>\d{1,2})分)?",),
    pm_words=("下午", "晚上"),
    procedure=(
        (NoteKind.OPENING, (rf"(?:会议于)?(?P<time>{_CLOCK})?(?:宣布)?开会。?",
                            r"会议于(?P<time>.*)开始。?")),
        (NoteKind.RESUMPTION, (r"会议于?(?P<time>.*)复会。?",
                               rf"(?P<time>{_CLOCK})(?:会议)?复会。?")),
        (NoteKind.CLOSING, (rf"(?:会议于)?(?P<time>{_CLOCK})?散会。?",)),
        (NoteKind.SUSPENSION, (r"会议于?(?P<time>.*)暂停。?",
                               rf"(?P<time>{_CLOCK})会议暂停。?")),
        (NoteKind.AGENDA_ADOPTED, (r"议程通过。?",)),
        (NoteKind.DECISION, (r"就这样决定。?",)),
        (NoteKind.VOTE, (r"进行了(?:举手|记录|无记名)?表决。?",)),
        (NoteKind.ADOPTION, (
            r"[^。：:]{0,60}(?:决议|决定)草案[^。：:]{0,60}获得通过[^。：:]*。?",
        )),
        (NoteKind.SILENCE, (r"[^。：:]{0,200}默哀[^。：:]*。?",)),
    ),
    vote_heads=(("赞成", "in_favour"), ("反对", "against"), ("弃权", "abstaining")),
    national_start=(r"我现在以(?P<capacity>.+?)的身份发言。",),
    national_end=(r"我现在(?:恢复|重新)(?:行使|履行)安(?:全)?理(?:事)?会主席(?:的)?职(?:能|责)。?",),
    invite_states=(r"根据安(?:全)?理(?:事)?会暂行议事规则第37条，我邀请(?P<list>.+?)(?:的)?代表"
                   r"参加(?:本次|这次)会议",),
    invite_briefers=(r"根据安(?:全)?理(?:事)?会暂行议事规则第39条，我邀请(?P<list>.+?)参加"
                     r"(?:本次|这次)会议",
                     # function and name in one: the name is found by the label's surname
                     r"安(?:全)?理(?:事)?会将听取(?P<list>[^。]+?)(?:大使|先生|女士|阁下)?的"
                     r"(?:情况)?(?:通报|简报)。"),
    adoption_headings=(r"通过议程",),
    agenda_headings=(r"议程项目\d+.*",),
    president_heads=("主席",),
    members_heads=("成员",),
    agenda_heads=("议程项目", "议程"),
    meeting_number=(r"第(?P<number>[〇零一二三四五六七八九十百千\d]+)次(?:全体)?会议",),
    dates=(r"(?P<year>\d{4})年(?P<month>\d{1,2})月(?P<day>\d{1,2})日(?:(?P<weekday>星期.))?(?P<time>.*?)"
           r"(?:举行)?",),
    months=MONTHS,
    notice=("本记录",),
    page_notices=("请回收", "无障碍文件"),
    provisional=("临时逐字记录",),
    final=("正式记录",),
    places=("纽约", "日内瓦"),
    conjunctions=("和", "、", "及"),
    articles=(),
    vote_methods=(
        ("举手", "show of hands"),
        ("记录", "recorded"),
        ("无记名", "secret ballot"),
    ),
    weekdays=WEEKDAYS,
    none_words=("无",),
    detect=("的", "和", "在", "我们"),
    numerals={"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9},
)
