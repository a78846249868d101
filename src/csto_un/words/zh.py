"""Chinese: the words of UN records in Chinese."""

from __future__ import annotations

import datetime as dt

from ..model import Role
from ._types import MeetingWords, Words, names_by_number

MONTHS: dict[str, int] = {}  # dates are written in figures: 2024年11月18日
WEEKDAYS = {
    "星期一": 0, "星期二": 1, "星期三": 2, "星期四": 3, "星期五": 4, "星期六": 5, "星期日": 6,
    "星期天": 6,
}  # fmt: skip
_WEEKDAY_NAMES = names_by_number(WEEKDAYS)
_ORGANS = {"General Assembly": "大会", "Security Council": "安全理事会"}


def _time(time: dt.time) -> str:
    meridiem = "上午" if time.hour < 12 else "下午"
    hour = time.hour if time.hour <= 12 else time.hour - 12
    minutes = f"{time.minute:02d}分" if time.minute else ""
    return f"{meridiem}{hour}时{minutes}"


def _meeting_date(date: dt.date) -> str:
    weekday = _WEEKDAY_NAMES[date.weekday()]
    return f"{date.year}年{date.month}月{date.day}日{weekday}"


WORDS = Words(
    language="zh",
    iso639_2="zho",
    english_name="Chinese",
    organs=_ORGANS,
    months=MONTHS,
    date_form=r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日",
    weekdays=WEEKDAYS,
    # 见于记录（"（以英语发言）"、"原件：英文"）。
    language_names={
        "ar": ("阿拉伯语", "阿拉伯文", "以阿拉伯语", "以阿拉伯语发言"),
        "zh": ("中文", "汉语", "华语", "以中文", "以汉语", "以中文发言", "以汉语发言"),
        "en": ("英语", "英文", "以英语", "以英语发言"),
        "fr": ("法语", "法文", "以法语", "以法语发言"),
        "ru": ("俄语", "俄文", "以俄语", "以俄语发言"),
        "es": ("西班牙语", "西班牙文", "以西班牙语", "以西班牙语发言"),
    },
    meeting=MeetingWords(
        language="zh",
        colon="：",
        brackets=("（", "）"),
        note="以{word}发言",
        switch="继续以{word}发言",
        time=_time,
        opening="{time}开会。",
        closing="{time}散会。",
        suspension="会议于{time}暂停。",
        resumption="会议于{time}复会。",
        agenda_heading="通过议程",
        agenda_adopted="议程通过。",
        decision="就这样决定。",
        vote="进行了举手表决。",
        national_start="我现在以{country}代表的身份发言。",
        national_end="我现在恢复行使安理会主席职能。",
        number=lambda n: f"第{n}次会议",
        date=_meeting_date,
        bodies=_ORGANS,
        titles={Role.PRESIDENT: "主席", Role.SECRETARY_GENERAL: "秘书长"},
        honorifics=("先生", "女士"),
        female_honorifics=("女士", "夫人"),
        list_separator="、",
        space="",
    ),
)
"""The words of Chinese."""
