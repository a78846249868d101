"""Per-language phrase tables for verbatim records: one :class:`MeetingPhrases` value per language.

Every word the meeting parser looks for (titles, honorifics, language notes, procedural
sentences, vote headings, front-page fields) lives in these tables, never in the parser's
code. Adding a language means adding a module here with a ``PHRASES`` value and listing it in
:data:`TABLES`.

Regular expressions in the tables are matched against text whose spaces have been collapsed
and whose full-width brackets and colons have been folded to ``( ) :``. Named groups:
``language`` (a language word), ``time`` (a clock time, parsed with :attr:`MeetingPhrases.times`),
``capacity`` (the office a President speaks in), ``list`` (a list of invited names),
``hour``/``minute``/``meridiem`` (in :attr:`MeetingPhrases.times`), ``number`` (meeting number),
``day``/``month``/``year`` (front-page date).
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from ...model import NoteKind, Role

__all__ = ["IN_SENTENCE", "TABLES", "MeetingPhrases", "table_for"]

IN_SENTENCE = r"(?:[^.]|\.(?=\S))"
"""One character of a sentence: anything but a period that ends it ("A/55/L.91" is fine)."""


@attrs.frozen
class MeetingPhrases:
    """What a verbatim record in one language says, as data.

    ``titles`` maps a title printed in a label ("Le Président") to the role it carries;
    ``honorifics`` precede the name ("M.", "Mr.", "Sra.") or, with ``honorific_after``, follow
    it ("先生"); ``notes`` match the inside of a language note in a label ("parle en russe");
    ``switches`` the inside of a language note standing alone in a speech ("l’orateur poursuit
    en français"); ``language_words`` name languages for when :func:`csto_un.language_code`
    does not know a word; ``procedure`` pairs a note kind with the patterns of its sentences;
    ``notice`` holds the first words of the front page's notice on corrections;
    ``adoption_headings`` the heading over the adoption of the agenda, ``agenda_headings`` the
    lines that open an agenda item's heading ("Agenda item 10 (continued)"). The other fields
    are named after what they find; ``vote_methods`` pairs a pattern of a vote note with the
    method it names ("show of hands", "recorded", "secret ballot"); ``none_words`` stand for an
    empty vote list ("None", "Néant"); ``weekdays`` name the days (Monday is 0) a front-page
    date may print, to check the date against.

    ``page_notices`` are the lines printed on a page besides the record ("Please recycle",
    "Accessible document"), page furniture wherever they stand, alone on their line or after
    the last words of an agenda title. ``notice_end`` matches the last line of the notice on
    corrections where its wording ends it ("… in a consolidated corrigendum."; the link to the
    documents system ends it in every language). ``floor_to`` matches the President's
    sentence that names who speaks next by delegation (named groups ``function``:
    "observer"/"representative", ``delegation``: "the League of Arab States"), so that a label
    without a delegation takes that one.

    ``secretariat_units`` are the first words of the name of a unit of the Secretariat in a
    label ("Ms. Sharma (Department for General Assembly and Conference Management):"): its
    speaker is an official, neither a State nor an observer.

    ``inflections`` pair a word ending of the case names take after a verb ("приглашаю
    представителей Объединенных Арабских Эмиратов": genitive) with the ending of the name's own
    form, tried on each word when a name of an invitation is not found as printed.

    For a right-to-left script (``right_to_left``), the repair of text damaged by a PDF
    extractor (:mod:`csto_un.meetings._arabic`) reads three more fields: ``ligatures`` pairs a
    pattern of a decomposed ligature that cannot occur in correct text with its replacement
    ("األمن" → "الأمن"); ``scrambled_notes`` match a label's language note inside a line whose
    pieces the extractor glued or put in reverse order (named group ``language``);
    ``scrambled_procedure`` the procedural sentences as such an extractor prints them (the
    clock time moved to the line's start: ".10/05 افتتحت الجلسة الساعة").
    """

    language: str
    titles: tuple[tuple[str, Role], ...]
    honorifics: tuple[str, ...]
    notes: tuple[str, ...]
    switches: tuple[str, ...]
    language_words: Mapping[str, str]
    times: tuple[str, ...]
    procedure: tuple[tuple[NoteKind, tuple[str, ...]], ...]
    vote_heads: tuple[tuple[str, str], ...]
    national_start: tuple[str, ...]
    national_end: tuple[str, ...]
    invite_states: tuple[str, ...]
    invite_briefers: tuple[str, ...]
    adoption_headings: tuple[str, ...]
    agenda_headings: tuple[str, ...]
    president_heads: tuple[str, ...]
    members_heads: tuple[str, ...]
    agenda_heads: tuple[str, ...]
    meeting_number: tuple[str, ...]
    dates: tuple[str, ...]
    months: Mapping[str, int]
    notice: tuple[str, ...]
    provisional: tuple[str, ...]
    final: tuple[str, ...]
    places: tuple[str, ...]
    conjunctions: tuple[str, ...]
    articles: tuple[str, ...]
    detect: tuple[str, ...]
    honorific_after: bool = False
    pm_words: tuple[str, ...] = ()
    noon_words: tuple[str, ...] = ()
    numerals: Mapping[str, int] = attrs.field(factory=dict)
    vote_methods: tuple[tuple[str, str], ...] = ()
    none_words: tuple[str, ...] = ()
    weekdays: Mapping[str, int] = attrs.field(factory=dict)
    right_to_left: bool = False
    ligatures: tuple[tuple[str, str], ...] = ()
    scrambled_notes: tuple[str, ...] = ()
    inflections: tuple[tuple[str, str], ...] = ()
    notice_end: tuple[str, ...] = ()
    page_notices: tuple[str, ...] = ()
    floor_to: tuple[str, ...] = ()
    secretariat_units: tuple[str, ...] = ()


def _load() -> dict[str, MeetingPhrases]:
    from . import ar, en, es, fr, ru, zh

    return {m.PHRASES.language: m.PHRASES for m in (en, fr, es, ru, zh, ar)}


TABLES: Mapping[str, MeetingPhrases] = _load()
"""The tables, by ISO 639-1 code: ``ar``, ``en``, ``es``, ``fr``, ``ru``, ``zh``."""


def table_for(language: str) -> MeetingPhrases | None:
    """The phrase table of a language (ISO 639-1 code), or ``None``."""
    return TABLES.get(language.lower())
