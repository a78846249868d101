"""Nothing lost: check that every word of an input ends up in exactly one place of its parse.

A parsed :class:`~csto_un.Meeting` or :class:`~csto_un.Resolution` keeps what it read in
speech and resolution paragraphs, speaker labels, procedural notes, footnotes, header lines
and the recorded page furniture. :func:`account` compares the words of the input with the
words of those places, as two multisets:

- ``missing`` are words of the input found nowhere in the parse (something was dropped);
- ``extra`` are words of the parse that the input does not have as often (something was
  counted twice, or invented).

Words split at a line end ("Se-" + "guridad", "f lux") count as the joined word.

>>> from csto_un import Meeting, Intervention, Speaker
>>> meeting = Meeting(symbol=None, items=(Intervention(
...     speaker=Speaker(label="Mr. Wood:"), paragraphs=("Thank you.",)),))
>>> account("Mr. Wood: Thank you.", meeting).ok
True
>>> sorted(account("Mr. Wood: Thank you. Bye.", meeting).missing)
['bye']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

import attrs

from .model import Intervention, Meeting, Resolution, Subparagraph

__all__ = ["Accounting", "account", "parsed_texts", "words"]

_WORD = re.compile(r"\w+")
_MARKUP = re.compile(r"<[^>\n]{1,20}>|\]\([^)\n]*\)")


def words(text: str) -> Counter[str]:
    """The words of a text, case-folded, as a multiset (Markdown tags and link targets aside)."""
    return Counter(_WORD.findall(_MARKUP.sub(" ", text).casefold().replace("_", " ")))


def _subs(subparagraphs: Iterable[Subparagraph]) -> Iterator[str]:
    for sub in subparagraphs:
        yield sub.marker
        yield sub.text
        yield from _subs(sub.subparagraphs)


def parsed_texts(document: Meeting | Resolution) -> Iterator[str]:
    """Every piece of text a parse keeps: the places :func:`account` looks in."""
    yield from document.header
    if document.source is not None:
        yield from (piece.text for piece in document.source.furniture)
    if isinstance(document, Meeting):
        for item in document.items:
            if isinstance(item, Intervention):
                yield item.speaker.label
                yield from item.paragraphs
                yield from (switch.note for switch in item.switches)
            else:
                yield item.text
        for part in document.parts:
            if part.source is not None:
                yield from (piece.text for piece in part.source.furniture)
        return
    if document.title:
        yield document.title
    if document.enacting_formula:
        yield document.enacting_formula
    for paragraph in document.paragraphs:
        if paragraph.number is not None:
            yield str(paragraph.number)
        if paragraph.section:
            yield paragraph.section
        yield paragraph.text
        yield from paragraph.footnotes
        yield from _subs(paragraph.subparagraphs)
    for footnote in document.footnotes:
        yield footnote.marker
        yield footnote.text
    if document.adoption:
        yield document.adoption


@attrs.frozen
class Accounting:
    """The result of :func:`account`: words ``missing`` from the parse, and ``extra`` ones."""

    missing: Counter[str]
    extra: Counter[str]

    @property
    def ok(self) -> bool:
        """True when every word is accounted for exactly once."""
        return not self.missing and not self.extra


def _explain_splits(missing: Counter[str], extra: Counter[str]) -> None:
    """Take out words the parse joined ("se" + "guridad" = "seguridad")."""
    for word in list(extra):
        for cut in range(1, len(word)):
            head, tail = word[:cut], word[cut:]
            while extra[word] and missing[head] and missing[tail]:
                extra[word] -= 1
                missing[head] -= 1
                missing[tail] -= 1
    missing += Counter()  # drop zero and negative counts
    extra += Counter()


def account(source: str | Iterable[str], document: Meeting | Resolution) -> Accounting:
    """Compare the words of ``source`` (the input text, or its lines) with the parse."""
    text = source if isinstance(source, str) else "\n".join(source)
    have = words(text)
    kept: Counter[str] = Counter()
    for piece in parsed_texts(document):
        kept.update(words(piece))
    missing = have - kept
    extra = kept - have
    _explain_splits(missing, extra)
    return Accounting(missing=missing, extra=extra)
