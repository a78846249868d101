"""Keyword in context over speeches and resolution paragraphs."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import attrs

from ..model import Meeting, Resolution
from ..text import fold_search

__all__ = ["KwicHit", "kwic_in"]


@attrs.frozen
class KwicHit:
    """One occurrence of a term: the document, who said it (meetings), where, and context.

    ``paragraph`` is the 0-based index of the paragraph in the speech (meetings) or in the
    resolution's preamble followed by its operative part; ``offset`` the character offset of
    the match in that paragraph; ``left``, ``match`` and ``right`` the text around the hit as
    written; ``turn`` the intervention's index in ``meeting.items``.

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

    @property
    def line(self) -> str:
        """The hit as one line: left context, the match in brackets, right context."""
        return f"{self.left}[{self.match}]{self.right}"


def _hits(text: str, term: str, window: int, fold: bool) -> Iterator[tuple[str, str, str, int]]:
    if not term:
        return
    if fold:
        haystack, origin = fold_search(text)
        needle, _ = fold_search(term)
        pattern = re.compile(re.escape(needle))
        for match in pattern.finditer(haystack):
            start = origin[match.start()]
            end = origin[match.end() - 1] + 1
            yield _context(text, start, end, window)
    else:
        for match in re.finditer(re.escape(term), text):
            yield _context(text, match.start(), match.end(), window)


def _context(text: str, start: int, end: int, window: int) -> tuple[str, str, str, int]:
    left = text[max(0, start - window) : start]
    right = text[end : end + window]
    return left, text[start:end], right, start


def kwic_in(
    documents: Iterable[Meeting | Resolution], term: str, *, window: int, fold: bool
) -> Iterator[KwicHit]:
    """Every hit of ``term`` in the documents, in document order."""
    for document in documents:
        if isinstance(document, Meeting):
            for turn in document.interventions:
                who = turn.speaker
                name = who.full_name or who.name or who.title or who.label
                for number, paragraph in enumerate(turn.paragraphs):
                    for left, match, right, offset in _hits(paragraph, term, window, fold):
                        yield KwicHit(
                            symbol=document.symbol,
                            paragraph=number,
                            left=left,
                            match=match,
                            right=right,
                            speaker=name,
                            country_code=who.country_code,
                            turn=turn.index,
                            offset=offset,
                        )
        else:
            for number, para in enumerate(document.paragraphs):
                for left, match, right, offset in _hits(para.text, term, window, fold):
                    yield KwicHit(
                        symbol=document.symbol,
                        paragraph=number,
                        left=left,
                        match=match,
                        right=right,
                        offset=offset,
                    )
