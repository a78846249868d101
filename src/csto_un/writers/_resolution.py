"""``format_resolution``: a :class:`Resolution` written back as the text of a resolution."""

from __future__ import annotations

import re
import textwrap

from ..errors import expect
from ..model import Footnote, Paragraph, Resolution, Subparagraph
from ..resolutions._header_lines import parse_ordinal
from ..words import GENERAL_ASSEMBLY
from ..words._resolution import LANGUAGES, ResolutionPhrases
from ._words import RESOLUTION_WORDS, ResolutionWords, words_in

__all__ = ["format_resolution"]

_ADOPTED = re.compile(r"^[AS]/RES/(?:(?P<session>\d+)/(?P<number>\d+)|(?P<sc>\d+) \(\d{4}\))$")


def format_resolution(
    resolution: Resolution, language: str | None = None, *, width: int | None = None
) -> str:
    """Write a :class:`~csto_un.Resolution` as the text of a resolution or draft.

    ``language`` (``en`` or ``fr``) defaults to the resolution's own. The text has the heading
    of the first page (body, symbol, distribution, date, original language, session, agenda
    item and title, the sponsors of a draft, the adoption line), the title ("79/10. …" for an
    adopted Assembly resolution), the enacting formula, the preambular paragraphs, the
    numbered operative paragraphs with their "(a)", "(i)" sub-paragraphs, the closing lines,
    and the footnotes under a rule, each called by its marker glued to the end of the first
    paragraph that calls it. ``width`` wraps lines (``None``: one line per paragraph). Raises
    :class:`~csto_un.ArgumentError` (a ``ValueError``) for a language without words.

    >>> from csto_un import Paragraph, Resolution
    >>> text = format_resolution(Resolution(symbol=None, language="en",
    ...     body="General Assembly", title="Cooperation",
    ...     preamble=(Paragraph(text="Recalling its resolution 59/50,", lead="Recalling"),),
    ...     operative=(Paragraph(text="Decides to continue.", number=1, lead="Decides"),)))
    >>> print(text, end="")
    General Assembly
    <BLANKLINE>
    Cooperation
    <BLANKLINE>
    The General Assembly,
    <BLANKLINE>
    Recalling its resolution 59/50,
    <BLANKLINE>
    1. Decides to continue.
    """
    expect(resolution, Resolution, "the resolution to write")
    language = (language or resolution.language or "en").lower()
    words = words_in(RESOLUTION_WORDS, language, "a resolution")
    phrases = LANGUAGES[language]
    blocks = _header(resolution, words, phrases)
    body = resolution.body or GENERAL_ASSEMBLY
    blocks.append(
        resolution.enacting_formula or words.enacting.get(body, words.enacting[GENERAL_ASSEMBLY])
    )
    called: set[str] = set()
    for paragraph in resolution.preamble:
        blocks.append(_marked(paragraph.text, paragraph.footnotes, called))
    for paragraph in resolution.operative:
        blocks.extend(_operative(paragraph, called))
    blocks.extend(resolution.closing)
    notes = [note for note in resolution.footnotes if note.text]
    if notes:
        blocks.append(words.separator)
        blocks.extend(_footnote(note) for note in notes)
    if width is not None:
        blocks = [_wrap(block, width) for block in blocks]
    return "\n\n".join(block for block in blocks if block) + "\n"


def _header(
    resolution: Resolution, words: ResolutionWords, phrases: ResolutionPhrases
) -> list[str]:
    lines: list[str] = []
    if resolution.body and resolution.body in words.bodies:
        lines.append(words.bodies[resolution.body])
    if resolution.symbol and not resolution.symbol_inferred:
        lines.append(resolution.symbol)
    if resolution.distribution in words.distribution:
        lines.append(words.distribution[resolution.distribution or ""])
    if resolution.date is not None:
        lines.append(words.date(resolution.date))
    if resolution.original_language and resolution.original_language != resolution.language:
        if words.language_line:
            lines.append(words.language_line)
        name = _language_name(resolution.original_language, phrases, words)
        if name:
            lines.append(words.original.format(language=name))
    if resolution.session is not None:
        ordinal = _ordinal(resolution.session, phrases)
        if ordinal:
            lines.append(words.session.format(session=ordinal[:1].upper() + ordinal[1:]))
    if resolution.agenda_item:
        item = resolution.agenda_item
        if words.item_letter is not None:
            item = re.sub(*words.item_letter, item)
        lines.append(words.agenda_item.format(item=item))
    blocks = ["\n".join(lines)] if lines else []
    if resolution.agenda_title:
        blocks.append(resolution.agenda_title)
    if resolution.sponsors:
        names = [s.name for s in resolution.sponsors]
        joined = (
            names[0]
            if len(names) == 1
            else (f"{', '.join(names[:-1])} {phrases.sponsor_join} {names[-1]}")
        )
        stars = "".join(note.marker for note in resolution.footnotes if note.part == "header")
        blocks.append(words.sponsors.format(sponsors=joined) + stars)
    if resolution.adoption:
        blocks.append(resolution.adoption)
    elif resolution.adopted_on is not None and not resolution.draft:
        body = words.bodies_by.get(resolution.body or GENERAL_ASSEMBLY, "")
        blocks.append(words.adopted.format(body=body, date=words.date(resolution.adopted_on)))
    if resolution.committee is not None and resolution.drafts and words.committee is not None:
        blocks.append(words.committee.format(drafts=" and ".join(resolution.drafts)))
    if resolution.title:
        blocks.append(_numbered_title(resolution))
    return blocks


def _numbered_title(resolution: Resolution) -> str:
    title = resolution.title or ""
    match = _ADOPTED.match(resolution.symbol or "")
    if match and match["session"]:
        return f"{match['session']}/{match['number']}. {title}"
    return title


def _language_name(code: str, phrases: ResolutionPhrases, words: ResolutionWords) -> str | None:
    for name, value in phrases.language_names.items():
        if value == code:
            return name.capitalize() if words.capitalize_language_names else name
    return None


def _ordinal(number: int, phrases: ResolutionPhrases) -> str | None:
    """The ordinal word the parser reads as ``number`` ("seventy-ninth",
    "soixante-dix-neuvième")."""
    candidates = [*phrases.ordinal_units, *phrases.ordinal_exact_tens]
    candidates += [
        f"{tens}-{unit}" for tens in phrases.ordinal_tens for unit in phrases.ordinal_units
    ]
    candidates += [
        f"{tens} et {unit}" for tens in phrases.ordinal_tens for unit in phrases.ordinal_units
    ]
    for word in candidates:
        if parse_ordinal(word, phrases) == number:
            return word
    return None


def _marked(text: str, markers: tuple[str, ...], called: set[str]) -> str:
    """The paragraph's text with the footnote markers it calls first glued to its end."""
    new = [m for m in markers if m not in called]
    called.update(new)
    return text + " ".join(new)


def _operative(paragraph: Paragraph, called: set[str]) -> list[str]:
    text = paragraph.text
    if paragraph.number is not None:
        text = f"{paragraph.number}. {text}"
    blocks = [_marked(text, paragraph.footnotes, called)]
    blocks.extend(_subparagraphs(paragraph.subparagraphs))
    return blocks


def _subparagraphs(subparagraphs: tuple[Subparagraph, ...]) -> list[str]:
    blocks: list[str] = []
    for sub in subparagraphs:
        if sub.heading:
            blocks.append(sub.heading)
        blocks.append(f"{sub.marker} {sub.text}".strip())
        blocks.extend(_subparagraphs(sub.subparagraphs))
    return blocks


def _footnote(note: Footnote) -> str:
    return f"{note.marker} {note.text}"


def _wrap(block: str, width: int) -> str:
    return "\n".join(
        textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False) or line
        for line in block.split("\n")
    )
