"""Notices printed on a record's pages that are not the record: front matter, never speech.

The notice on corrections ("This record contains the text of speeches delivered in English
and of the translation of speeches delivered in other languages. Corrections …") stands above
the masthead in Security Council records and at the foot of the first page in General
Assembly ones, where the text extractor puts it inside the first speech; the accessibility
and recycling lines ("Accessible document", "Please recycle ♻") stand above the masthead in the
newer layout, or glued after the last words of an agenda title. Their wording is data
(:attr:`MeetingPhrases.notice`, :attr:`MeetingPhrases.notice_end`,
:attr:`MeetingPhrases.page_notices`).
"""

from __future__ import annotations

import attrs

from ..model import Furniture
from ..sources._document import Line
from ..sources._search import lines_holding
from ._lang import MeetingPhrases
from ._tables import compiled

__all__ = ["strip_notices"]

_NOTICE_URL = r".*\(http://documents\.un\.org\)\.?"
"""The notice on corrections ends with the link to the documents system, in every language."""
_NOTICE_LINES = 12
_RECYCLING_SIGN = "\u267b"


def strip_notices(lines: list[Line], texts: list[str], table: MeetingPhrases,
                  joined: str | None = None) -> list[Furniture]:
    """Take the notices out of ``lines`` and their folded ``texts`` (both changed in place)
    and give them back as furniture of kind ``front-matter``. ``joined`` is
    :func:`~csto_un.sources._search.joined_lines` of the texts, when the caller has it."""
    page_notices = _strip_page_notices(lines, texts, table, joined)
    if page_notices:  # (lines changed: the texts are joined again)
        joined = None
    return [*page_notices, *_strip_correction_notice(lines, texts, table, joined)]


def _strip_correction_notice(lines: list[Line], texts: list[str], table: MeetingPhrases,
                             joined: str | None) -> list[Furniture]:
    """The notice on corrections, wherever it stands: from its first words to the line its
    wording ends, or at the latest to the end of its page (it never runs on to the next).
    Only the lines opening with its first words (found in the lines joined) are asked."""
    found: list[Furniture] = []
    ends = compiled((*table.notice_end, _NOTICE_URL))
    removed = 0  # lines taken out before the one asked
    resume = 0  # the first line (counted before any was taken out) not taken out
    for opening in lines_holding(texts, table.notice, opening=True, joined=joined):
        if opening < resume:
            continue
        index = opening - removed
        page, last = lines[index].page, None
        for end in range(index, min(index + _NOTICE_LINES, len(texts))):
            if lines[end].page != page:
                last = end - 1
                break
            if any(pattern.fullmatch(texts[end]) for pattern in ends):
                last = end
                break
        if last is None:  # no end in sight: not the notice, or not all of it
            continue
        found.extend(Furniture(kind="front-matter", text=line.text, page=line.page,
                               line=line.number) for line in lines[index : last + 1])
        del lines[index : last + 1], texts[index : last + 1]
        removed += last + 1 - index
        resume = opening + last + 1 - index
    return found


def _strip_page_notices(
    lines: list[Line], texts: list[str], table: MeetingPhrases, joined: str | None
) -> list[Furniture]:
    """"Please recycle", "Accessible document" (and the recycling sign), alone on a line or
    glued after the line's text. Only the lines holding one of the phrases or the sign (found
    in the lines joined) are asked."""
    found: list[Furniture] = []
    phrases = table.page_notices
    if not phrases:
        return found
    for index in reversed(lines_holding(texts, (*phrases, _RECYCLING_SIGN), joined=joined)):
        text = texts[index].replace(_RECYCLING_SIGN, "").strip()
        if not text.endswith(phrases):
            continue
        line, rest = lines[index], text
        while rest.endswith(phrases):
            phrase = next(p for p in phrases if rest.endswith(p))
            rest = rest[: -len(phrase)].rstrip(" ,.;")
        found.append(Furniture(kind="front-matter", text=text[len(rest) :].strip(),
                               page=line.page, line=line.number))
        if rest:
            lines[index] = attrs.evolve(line, text=rest)
            texts[index] = rest
        else:
            del lines[index], texts[index]
    return found
