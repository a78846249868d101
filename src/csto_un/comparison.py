"""What changed between two versions of a resolution: paragraphs, footnotes and header.

Paragraphs and footnotes are matched by content, not by position, so a paragraph inserted
at the top does not make every later one "changed". Differences that come from extracting
text, not from the text itself, are not changes: spaces and line breaks ("Secretariat s",
"human -" + "made", a page break elsewhere), typographic quotes, footnote marks glued to a
word. Two versions in different languages (a French draft, the English resolution) can only
be matched by position and number: the comparison says so in ``matched_by`` and ``note``,
and compares structure (counts, numbers, footnote calls), not words.

>>> from csto_un import Paragraph, Resolution
>>> old = Resolution(symbol="A/RES/1/1", operative=(Paragraph("Decides to meet again.", 1),))
>>> new = Resolution(symbol="A/RES/2/1", operative=(Paragraph("Decides to meet twice again.", 1),))
>>> [(c.part, c.kind, c.field) for c in compare(old, new).changes]
[('header', 'changed', 'symbol'), ('operative', 'changed', None)]
>>> compare(old, new).changes[1].edits
(Edit(kind='insert', old='', new='twice'),)
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Iterator, Sequence

import attrs

from .errors import expect
from .model import Footnote, Paragraph, Resolution, Subparagraph
from .resolutions import agenda_key

__all__ = ["HEADER_FIELDS", "Change", "Comparison", "Edit", "compare"]

#: The header fields compared, in this order. ``adoption`` (the adoption line) is left out:
#: its date is ``adopted_on``; ``year`` is derived from the dates.
HEADER_FIELDS: tuple[str, ...] = (
    "symbol", "body", "session", "date", "draft", "agenda_item", "agenda_title", "title",
    "sponsors", "language", "original_language", "distribution", "enacting_formula", "drafts",
    "committee", "adopted_on", "meeting", "job_number",
)  # fmt: skip
#: Header fields that do not depend on the language of the text.
_NEUTRAL_FIELDS = ("symbol", "body", "session", "date", "draft", "agenda_item", "sponsors",
                   "drafts", "adopted_on", "job_number")  # fmt: skip
_MATCH_THRESHOLD = 0.5


@attrs.frozen
class Edit:
    """A word-level difference: ``kind`` is "insert", "delete" or "replace".

    >>> Edit(kind="replace", old="seventy-ninth", new="eighty-first")
    Edit(kind='replace', old='seventy-ninth', new='eighty-first')
    """

    kind: str
    old: str
    new: str


@attrs.frozen
class Change:
    """One difference between two versions.

    ``part`` is "header", "preamble", "operative" or "footnote"; ``kind`` is "added",
    "removed" or "changed". For paragraphs and footnotes ``old``/``new`` are the
    :class:`~csto_un.Paragraph` or :class:`~csto_un.Footnote` (with their numbers and markers)
    and ``old_index``/``new_index`` their 0-based positions in their part; for the header,
    ``field`` names the field and ``old``/``new`` are its values as text.

    >>> change = Change(part="header", kind="changed", old="77", new="79", field="session")
    >>> change.field, change.old, change.new
    ('session', '77', '79')
    """

    part: str
    kind: str
    old: Paragraph | Footnote | str | None = None
    new: Paragraph | Footnote | str | None = None
    edits: tuple[Edit, ...] = ()
    field: str | None = None
    old_index: int | None = None
    new_index: int | None = None


@attrs.frozen
class Comparison:
    """The changes from ``old`` to ``new``; ``matched_by`` is "content" or "position".

    >>> from csto_un import Paragraph, Resolution
    >>> old = Resolution(symbol="A/RES/1/1", operative=(Paragraph("Decides to meet.", 1),))
    >>> new = Resolution(symbol="A/RES/1/1", operative=(Paragraph("Decides to meet again.", 1),))
    >>> result = compare(old, new)
    >>> result.matched_by, [c.kind for c in result.by_part("operative")], result.by_part("header")
    ('content', ['changed'], ())
    """

    old_symbol: str | None
    new_symbol: str | None
    changes: tuple[Change, ...]
    matched_by: str = "content"
    note: str | None = None

    def by_part(self, part: str) -> tuple[Change, ...]:
        """The changes of one part ("header", "preamble", "operative", "footnote")."""
        return tuple(c for c in self.changes if c.part == part)


_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "–": "-",
                         "—": "-", "\u00a0": " "})  # fmt: skip


def _squash(text: str) -> str:
    """The text with every extraction difference taken out: no spaces, folded quotes."""
    return re.sub(r"\s+", "", text.translate(_QUOTES))


def _tokens(text: str) -> list[str]:
    return re.findall(r"[\w/.'’\-]+|[^\w\s]", text.translate(_QUOTES))


def _rejoin(tokens: list[str], other: set[str]) -> list[str]:
    """Tokens a space split ("Secretariat" "s") joined when the other text has the whole word."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if (
            i + 1 < len(tokens)
            and tokens[i] + tokens[i + 1] in other
            and (tokens[i] not in other or tokens[i + 1] not in other)
        ):
            out.append(tokens[i] + tokens[i + 1])
            i += 2
            continue
        out.append(tokens[i])
        i += 1
    return out


def _word_opcodes(old: str, new: str) -> Iterator[tuple[list[str], list[str], int, int, Edit]]:
    """The token lists and, for each word edit, where it starts in each and the edit."""
    a, b = _tokens(old), _tokens(new)
    a, b = _rejoin(a, set(b)), _rejoin(b, set(a))
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        before, after = " ".join(a[i1:i2]), " ".join(b[j1:j2])
        if _squash(before) == _squash(after):
            continue  # the same letters, spaced otherwise
        yield a, b, i1, j2, Edit(kind=tag, old=before, new=after)


def word_edits(old: str, new: str) -> tuple[Edit, ...]:
    """The word-level edits turning ``old`` into ``new``, extraction differences left out.

    >>> word_edits("the Secretariat s of the United Nations", "the Secretariats of the UN")
    (Edit(kind='replace', old='United Nations', new='UN'),)
    """
    return tuple(edit for *_, edit in _word_opcodes(old, new))


def edits_in_context(
    old: Paragraph | Footnote | str, new: Paragraph | Footnote | str, *, words: int = 4
) -> tuple[tuple[str, Edit, str], ...]:
    """Each of :func:`word_edits`'s edits with up to ``words`` words before it (of the old
    text) and after it (of the new text), "…" marking a cut; paragraphs and footnotes are
    compared by their text as :func:`compare` reads it (sub-paragraphs included).

    >>> edits_in_context("Decides to include in its seventy-seventh session", "Decides to include in its seventy-ninth session", words=2)
    (('… in its', Edit(kind='replace', old='seventy-seventh', new='seventy-ninth'), 'session'),)
    """  # noqa: E501
    found = []
    texts = [_paragraph_text(t) if isinstance(t, Paragraph) else getattr(t, "text", t)
             for t in (old, new)]
    for a, b, start, end, edit in _word_opcodes(str(texts[0]), str(texts[1])):
        before = ("… " if start > words else "") + " ".join(a[max(0, start - words) : start])
        after = " ".join(b[end : end + words]) + (" …" if end + words < len(b) else "")
        found.append((_spaced(before), edit, _spaced(after)))
    return tuple(found)


def _spaced(words: str) -> str:
    """Tokens joined as text is written: no space before a comma or after a parenthesis."""
    return re.sub(r"\( ", "(", re.sub(r" ([,.;:)])", r"\1", words)).strip()


def _paragraph_text(paragraph: Paragraph) -> str:
    pieces = [paragraph.text]

    def walk(subs: tuple[Subparagraph, ...]) -> None:
        for sub in subs:
            if sub.heading:
                pieces.append(sub.heading)
            pieces.append(f"{sub.marker} {sub.text}")
            walk(sub.subparagraphs)

    walk(paragraph.subparagraphs)
    return " ".join(pieces)


Item = Paragraph | Footnote


def _match(
    old: Sequence[Item], new: Sequence[Item], text: Callable[[Item], str]
) -> list[tuple[int | None, int | None]]:
    """Pairs of indices (old, new): equal texts first, then the most similar above a threshold."""
    old_keys = [_squash(text(x)) for x in old]
    new_keys = [_squash(text(x)) for x in new]
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for i, key in enumerate(old_keys):
        for j, other in enumerate(new_keys):
            if j not in used and key == other:
                pairs[i] = j
                used.add(j)
                break
    scored: list[tuple[float, int, int]] = []
    for i in range(len(old)):
        if i in pairs:
            continue
        for j in range(len(new)):
            if j in used:
                continue
            ratio = difflib.SequenceMatcher(
                a=_tokens(text(old[i])), b=_tokens(text(new[j])), autojunk=False
            ).ratio()
            if ratio >= _MATCH_THRESHOLD:
                scored.append((ratio - 0.001 * abs(i - j), i, j))
    for _, i, j in sorted(scored, reverse=True):
        if i not in pairs and j not in used:
            pairs[i] = j
            used.add(j)
    result: list[tuple[int | None, int | None]] = [(i, pairs.get(i)) for i in range(len(old))]
    result.extend((None, j) for j in range(len(new)) if j not in used)
    return sorted(result, key=lambda p: (p[1] if p[1] is not None else (p[0] or 0), p[0] or 0))


def _by_position(old: Sequence[Item], new: Sequence[Item]) -> list[tuple[int | None, int | None]]:
    """Pairs by number or marker where items carry one, else by position."""
    if all(_label(x) is not None for x in [*old, *new]):
        new_at = {_label(x): j for j, x in enumerate(new)}
        pairs: list[tuple[int | None, int | None]] = []
        for i, x in enumerate(old):
            pairs.append((i, new_at.pop(_label(x), None)))
        pairs.extend((None, j) for j in sorted(new_at.values()))
        return pairs
    return [
        (k if k < len(old) else None, k if k < len(new) else None)
        for k in range(max(len(old), len(new)))
    ]


def _value(value: object) -> str | None:
    if value is None or value == () or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return ", ".join(
            (getattr(v, "country_code", None) or getattr(v, "name", None) or str(v)) for v in value
        )
    return str(value)


def _header_changes(old: Resolution, new: Resolution, fields: Sequence[str]) -> list[Change]:
    changes: list[Change] = []
    for field in fields:
        before, after = _value(getattr(old, field)), _value(getattr(new, field))
        if before == after or (
            before is not None and after is not None and _squash(before) == _squash(after)
        ):
            continue
        if field == "agenda_item" and agenda_key(before) == agenda_key(after):
            continue  # "125 t)" in French, "125 (t)" in English: the same item
        kind = "added" if before is None else "removed" if after is None else "changed"
        edits = word_edits(before, after) if before and after else ()
        changes.append(Change("header", kind, before, after, edits, field=field))
    return changes


def _items(
    part: str,
    old: Sequence[Paragraph] | Sequence[Footnote],
    new: Sequence[Paragraph] | Sequence[Footnote],
    by_content: bool,
) -> list[Change]:
    def text(item: Paragraph | Footnote) -> str:
        return _paragraph_text(item) if isinstance(item, Paragraph) else item.text

    pairs = _match(old, new, text) if by_content else _by_position(old, new)
    pairs = _pair_by_label(pairs, old, new)
    changes: list[Change] = []
    for i, j in pairs:
        if j is None and i is not None:
            changes.append(Change(part, "removed", old=old[i], old_index=i))
        elif i is None and j is not None:
            changes.append(Change(part, "added", new=new[j], new_index=j))
        elif i is not None and j is not None:
            a, b = old[i], new[j]
            if by_content:
                edits = word_edits(text(a), text(b))
                same_label = _label(a) == _label(b)
                same_calls = not isinstance(a, Paragraph) or (
                    isinstance(b, Paragraph) and a.footnotes == b.footnotes
                )
                if edits or not same_label or not same_calls:
                    changes.append(Change(part, "changed", a, b, edits, old_index=i, new_index=j))
            elif _structure(a) != _structure(b):
                changes.append(Change(part, "changed", a, b, old_index=i, new_index=j))
    return changes


def _pair_by_label(
    pairs: list[tuple[int | None, int | None]],
    old: Sequence[Paragraph] | Sequence[Footnote],
    new: Sequence[Paragraph] | Sequence[Footnote],
) -> list[tuple[int | None, int | None]]:
    """Items left unmatched on both sides that carry the same number or marker ("footnote 1
    now cites another report") are one changed item, not a removal and an addition."""
    lone_new = {_label(new[j]): j for i, j in pairs if i is None and j is not None}
    lone_new.pop(None, None)
    result: list[tuple[int | None, int | None]] = []
    taken: set[int] = set()
    for i, j in pairs:
        if j is None and i is not None and _label(old[i]) in lone_new:
            j = lone_new[_label(old[i])]
            taken.add(j)
        result.append((i, j))
    result = [(i, j) for i, j in result if not (i is None and j in taken)]
    return sorted(result, key=lambda p: (p[1] if p[1] is not None else (p[0] or 0), p[0] or 0))


def _label(item: Paragraph | Footnote) -> str | None:
    if isinstance(item, Paragraph):
        return None if item.number is None else str(item.number)
    return item.marker


def _structure(item: Paragraph | Footnote) -> tuple[object, ...]:
    if isinstance(item, Paragraph):
        return (item.number, item.footnotes, len(item.subparagraphs), item.section is None)
    return (item.marker,)


def compare(old: Resolution, new: Resolution) -> Comparison:
    """The changes from ``old`` to ``new`` (see the module's docstring).

    Changes come in order: header, preamble, operative, footnotes; within a part, in the
    order of the new text.

    >>> from csto_un import Paragraph, Resolution
    >>> old = Resolution(symbol="A/RES/1/1", preamble=(Paragraph("Recalling the Charter,"),))
    >>> new = Resolution(symbol="A/RES/1/1", preamble=(Paragraph("Recalling the Charter,"),
    ...                                                Paragraph("Noting the report,")))
    >>> [(c.part, c.kind, c.new_index, c.new.text) for c in compare(old, new).changes]
    [('preamble', 'added', 1, 'Noting the report,')]
    """
    expect(old, Resolution, "the old text to compare")
    expect(new, Resolution, "the new text to compare")
    same_language = old.language is None or new.language is None or old.language == new.language
    fields = HEADER_FIELDS if same_language else _NEUTRAL_FIELDS
    changes = _header_changes(old, new, fields)
    changes += _items("preamble", old.preamble, new.preamble, same_language)
    changes += _items("operative", old.operative, new.operative, same_language)
    changes += _items("footnote", old.footnotes, new.footnotes, same_language)
    note = None
    if not same_language:
        note = (
            f"different languages ({old.language}, {new.language}): paragraphs and footnotes "
            "matched by position and number only; texts not compared word by word"
        )
    return Comparison(
        old_symbol=old.symbol,
        new_symbol=new.symbol,
        changes=tuple(changes),
        matched_by="content" if same_language else "position",
        note=note,
    )
