"""Keyword in context over speeches and resolution paragraphs."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import attrs

from ..errors import CstoUnError
from ..folding import fold_search
from ..model import Meeting, ParsedDocument, Resolution

__all__ = ["KwicHit", "compile_term", "kwic_in"]


@attrs.frozen
class KwicHit:
    """One occurrence of a term: the document, who said it (meetings), where, and context.

    ``paragraph`` is the 0-based index of the paragraph in the speech (meetings) or in the
    resolution's preamble followed by its operative part; ``offset`` the character offset of
    the match in that paragraph; ``left``, ``match`` and ``right`` the text around the hit as
    written; ``turn`` the intervention's index in ``meeting.items``; ``reference`` the paragraph
    as a reader cites it ("op. 5", "pre. 3", "turn 12 ¶2": turns and paragraphs counted from 1,
    "op. #2" for an unnumbered operative paragraph); ``language`` the document's language.

    >>> hit = KwicHit("S/PV.8967", 2, "déployée au ", "Kazakhstan", " à l’invitation",
    ...               speaker="Kariuki", country_code="GBR", turn=11)
    >>> hit.line
    'déployée au [Kazakhstan] à l’invitation'
    """

    symbol: str | None
    paragraph: int
    left: str
    match: str
    right: str
    speaker: str | None = None
    country_code: str | None = None
    turn: int | None = None
    offset: int | None = None
    reference: str | None = None
    language: str | None = None

    @property
    def line(self) -> str:
        """The hit as one line: left context, the match in brackets, right context."""
        return f"{self.left}[{self.match}]{self.right}"


def compile_term(
    term: str, *, words: bool = True, regex: bool = False, case_sensitive: bool = True,
    fold: bool = False,
) -> re.Pattern[str]:
    """The pattern :func:`kwic_in` looks for: ``term`` as a whole word (``words``), as a
    regular expression (``regex``, matched as written), with or without case; with ``fold``
    the pattern is for text passed through :func:`~csto_un.folding.fold_search`.

    >>> bool(compile_term("Cuba").search("the Cuban delegation")), bool(compile_term("Cuba").search("Cuba,"))
    (False, True)
    """  # noqa: E501
    if not term.strip():
        raise CstoUnError("the search term is empty: it would match everywhere")
    if fold:
        term = term if regex else fold_search(term)[0]
    source = term if regex else re.escape(term)
    if words and not regex:
        source = rf"(?<!\w){source}(?!\w)"
    flags = 0 if case_sensitive and not fold else re.IGNORECASE
    try:
        return re.compile(source, flags)
    except re.error as error:
        raise CstoUnError(f"not a regular expression: {term!r} ({error})") from None


def _hits(
    text: str, pattern: re.Pattern[str], window: int, fold: bool
) -> Iterator[tuple[str, str, str, int]]:
    if fold:
        haystack, origin = fold_search(text)
        for match in pattern.finditer(haystack):
            if match.end() == match.start():
                continue
            start = origin[match.start()]
            end = origin[match.end() - 1] + 1
            yield _context(text, start, end, window)
    else:
        for match in pattern.finditer(text):
            if match.end() > match.start():
                yield _context(text, match.start(), match.end(), window)


def _context(text: str, start: int, end: int, window: int) -> tuple[str, str, str, int]:
    left = text[max(0, start - window) : start]
    right = text[end : end + window]
    return left, text[start:end], right, start


def kwic_in(
    documents: Iterable[ParsedDocument],
    term: str,
    *,
    window: int,
    fold: bool,
    words: bool = True,
    regex: bool = False,
    case_sensitive: bool = True,
) -> Iterator[KwicHit]:
    """Every hit of ``term`` in the documents, in document order (see :func:`compile_term`)."""
    pattern = compile_term(
        term, words=words, regex=regex, case_sensitive=case_sensitive, fold=fold
    )
    for document in documents:
        if isinstance(document, Meeting):
            yield from _speech_hits(document, pattern, window, fold)
        elif isinstance(document, Resolution):
            yield from _resolution_hits(document, pattern, window, fold)


def _speech_hits(
    meeting: Meeting, pattern: re.Pattern[str], window: int, fold: bool
) -> Iterator[KwicHit]:
    for number, turn in enumerate(meeting.interventions, start=1):
        who = turn.speaker
        name = who.full_name or who.name or who.title or who.label
        for index, paragraph in enumerate(turn.paragraphs):
            for left, match, right, offset in _hits(paragraph, pattern, window, fold):
                yield KwicHit(
                    symbol=meeting.symbol,
                    paragraph=index,
                    left=left,
                    match=match,
                    right=right,
                    speaker=name,
                    country_code=who.country_code,
                    turn=turn.index,
                    offset=offset,
                    reference=f"turn {number} ¶{index + 1}",
                    language=meeting.language,
                )


def _resolution_hits(
    resolution: Resolution, pattern: re.Pattern[str], window: int, fold: bool
) -> Iterator[KwicHit]:
    preamble = len(resolution.preamble)
    for index, para in enumerate(resolution.paragraphs):
        if index < preamble:
            reference = f"pre. {index + 1}"
        elif para.number is not None:
            reference = f"op. {para.number}"
        else:
            reference = f"op. #{index - preamble + 1}"
        for left, match, right, offset in _hits(para.text, pattern, window, fold):
            yield KwicHit(
                symbol=resolution.symbol,
                paragraph=index,
                left=left,
                match=match,
                right=right,
                offset=offset,
                reference=reference,
                language=resolution.language,
            )
