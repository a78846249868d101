"""The typed interface every part of the library reads a language's words through.

One :class:`Words` value per language (``csto_un/words/<code>.py``) holds what the library
knows of that language outside the parsers' own phrase tables: its codes and names, the names
of the organs, months and weekdays, the words for the official languages, the words of
citations, the first-page signs of a resolution, and how the writers print a record or a
resolution. A section a language does not have is ``None`` or empty: the code reads the
section, it never asks which language it holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

import attrs

from ..model import Role

__all__ = ["CitationWords", "MeetingWords", "ResolutionWords", "Words", "names_by_number"]


@attrs.frozen
class CitationWords:
    """The words around a cited resolution, each a regular expression alternative.

    ``resolution`` is the word for "resolution" (singular and plural); ``date_links`` link a
    citation to its date ("of", "du"); ``list_joins`` join the members of a list ("and",
    "et"); ``other_bodies`` name bodies whose resolutions are not General Assembly ones, with
    the organ prefix a number after them belongs to ("E", "S") or ``None`` (not cited).
    """

    resolution: str
    date_links: str
    list_joins: str
    other_bodies: Mapping[str, str | None]


@attrs.frozen
class MeetingWords:
    """How a verbatim record in one language is written.

    ``colon`` ends a label (" :" in French typography, "：" full width in Chinese);
    ``brackets`` open and close its groups; ``note`` and ``switch`` are format strings with a
    ``{word}`` for the language word of ``language_words`` (filled by the writers from the
    record's phrase table, capitalised when ``capitalize_language_words``); ``opening``,
    ``closing``, ``suspension`` and ``resumption`` take a ``{time}`` written by ``time``;
    ``number`` writes a meeting number ("8967th meeting"); ``national_start`` (with
    ``{country}``) and ``national_end`` frame a President's statement in national capacity;
    ``titles`` give the usual title of a role, to write a title printed in another language;
    ``honorifics`` the usual honorific of a man and of a woman ("M.", "Mme"), to write one
    printed in another language, and ``female_honorifics`` the honorifics of a woman;
    ``list_separator`` separates the names of a vote list; ``bodies`` map an organ's English
    name to the name printed on the front page.
    """

    language: str
    colon: str
    brackets: tuple[str, str]
    note: str
    switch: str
    time: Callable[[dt.time], str]
    opening: str
    closing: str
    suspension: str
    resumption: str
    agenda_heading: str
    agenda_adopted: str
    decision: str
    vote: str
    national_start: str
    national_end: str
    number: Callable[[int], str]
    date: Callable[[dt.date], str]
    bodies: Mapping[str, str]
    titles: Mapping[Role, str]
    honorifics: tuple[str, str]
    female_honorifics: tuple[str, ...]
    language_words: Mapping[str, str] = attrs.field(factory=dict)
    capitalize_language_words: bool = False
    list_separator: str = ", "
    space: str = " "


@attrs.frozen
class ResolutionWords:
    """How a resolution in one language is written: header lines, formulas, closing lines.

    Format strings take ``{date}``, ``{session}`` (an ordinal word), ``{item}``, ``{body}``,
    ``{drafts}``, ``{sponsors}``, ``{meeting}``; ``enacting`` maps a body's English name to
    its enacting formula; ``committee`` is the note on the Main Committee (``None``: not
    written); ``item_letter`` rewrites the letter of an agenda item ("(a)" → "a)") as a
    pattern and its replacement; ``capitalize_language_names`` writes "Original: English"
    rather than "Original : anglais".
    """

    language: str
    bodies: Mapping[str, str]
    enacting: Mapping[str, str]
    bodies_by: Mapping[str, str]
    distribution: Mapping[str, str]
    language_line: str | None
    original: str
    session: str
    agenda_item: str
    sponsors: str
    adopted: str
    committee: str | None
    date: Callable[[dt.date], str]
    item_letter: tuple[str, str] | None = None
    capitalize_language_names: bool = False
    separator: str = "_______________"


@attrs.frozen
class Words:
    """The words of one language, by section.

    ``iso639_2`` and ``english_name`` name the language in Akoma Ntoso; ``organs`` map the
    English name of an organ to its name in this language; ``months`` and ``weekdays`` (lower
    case, Monday is 0) are read by the parsers and the writers; ``language_names`` give, for
    each official language (ISO 639-1 code), the forms this language prints for it ("anglais",
    "по-английски"), the first the usual one. ``enacting_articles`` and ``enacting_organs``
    (regular expressions) make the enacting formula that marks a resolution's first page
    ("The General Assembly,"), with ``draft_resolution`` and ``adoption_openings`` (the lines
    "Resolution adopted by …"); ``committee_documents`` the headings of the other documents of
    a Main Committee the resolution reader knows and names in its refusal ("Draft decision",
    "Note by the Secretariat"). ``right_to_left`` says the script is written right to left,
    whose letters PDF extractors may put out of order. ``date_form`` is a regular expression
    (lower case, with the groups ``day``, ``month`` and ``year``) for a date as this language
    prints it where the English "day month year" does not fit ("5 de diciembre de 2022",
    "2022年12月5日"); its ``month`` is a name of ``months`` or ``date_months`` (other printed
    forms of a month: the Arabic names alone) or figures.

    ``compounds`` match (lower case, whole) the hyphenated words of the language whose hyphen
    is the word's own even where a line ends after it, in a document whose typesetter splits
    words at line ends: a known first part ("vice-président", "sous-régional", "премьер-
    министр"), a clitic after a verb or pronoun ("lui-même", "кто-либо"), numbers in words
    ("vingt-deux", "twenty-first"). Both parsers' line joiner reads them
    (:class:`csto_un.text.Joiner`).
    """

    language: str
    iso639_2: str
    english_name: str
    organs: Mapping[str, str]
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    language_names: Mapping[str, tuple[str, ...]]
    citations: CitationWords | None = None
    enacting_articles: tuple[str, ...] = ()
    enacting_organs: tuple[str, ...] = ()
    draft_resolution: tuple[str, ...] = ()
    adoption_openings: tuple[str, ...] = ()
    committee_documents: tuple[str, ...] = ()
    meeting: MeetingWords | None = None
    resolution: ResolutionWords | None = None
    right_to_left: bool = False
    compounds: tuple[str, ...] = ()
    date_form: str = ""
    date_months: Mapping[str, int] = attrs.Factory(dict)


def names_by_number(table: Mapping[str, int]) -> dict[int, str]:
    """Number → the first name a table lists for it (months, weekdays): the one to write."""
    names: dict[int, str] = {}
    for name, number in table.items():
        names.setdefault(number, name)
    return names
