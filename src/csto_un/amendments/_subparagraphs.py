"""Operations on one sub-paragraph of a draft's paragraph ("operative paragraph 3 (b)").

A sub-paragraph is found by its marker path, each mark compared by its letter or numeral
("(b)" in an English amendment is "b)" in a French draft). Like paragraphs, sub-paragraphs
are deleted and inserted only once every operation found its target: deleting (b) does not
make (c) the (b) another operation names. Then the sub-paragraphs of a list that ran in its
language's sequence ("(a)", "(b)", "(c)") are lettered again, as the adopted text would be.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs

from ..model import AmendmentOperation, OperationResult, Paragraph, Subparagraph
from ..resolutions._sub_marks import SubMarks, sub_marks
from ..words._resolution import LANGUAGES

__all__ = [
    "SubparagraphEdits",
    "edit_subparagraph",
    "mark_label",
    "marks_of",
    "rebuilt_subparagraphs",
]

#: A sub-paragraph's place: its index in its paragraph's list, then in each nested list.
Place = tuple[int, ...]
#: ``text`` changed by an operation, or "\x00" and the reason it cannot be.
Edit = Callable[[AmendmentOperation, str], str]

_BRACKETS = re.compile(r"[\s()（）.]")


@attrs.define
class SubparagraphEdits:
    """The sub-paragraphs of one paragraph deleted, and the new ones put before or after
    others, by place in the draft."""

    deleted: set[Place] = attrs.Factory(set)
    before: dict[Place, list[Subparagraph]] = attrs.Factory(dict)
    after: dict[Place, list[Subparagraph]] = attrs.Factory(dict)

    def __bool__(self) -> bool:
        return bool(self.deleted or self.before or self.after)


def mark_label(mark: str) -> str:
    """A mark's letter or numeral, brackets and case aside ("(B)" → "b", "b)" → "b")."""
    return _BRACKETS.sub("", mark).casefold()


def _place(subs: tuple[Subparagraph, ...], path: tuple[str, ...]) -> Place | None:
    """Where the sub-paragraph of marker path ``path`` stands, or ``None``."""
    place: list[int] = []
    for mark in path:
        label = mark_label(mark)
        index = next((i for i, s in enumerate(subs) if mark_label(s.marker) == label), None)
        if index is None:
            return None
        place.append(index)
        subs = subs[index].subparagraphs
    return tuple(place)


def _changed(
    subs: tuple[Subparagraph, ...], place: Place, change: Callable[[Subparagraph], Subparagraph]
) -> tuple[Subparagraph, ...]:
    """``subs`` with the sub-paragraph at ``place`` changed."""
    index, rest = place[0], place[1:]
    sub = subs[index]
    new = change(sub) if not rest else attrs.evolve(
        sub, subparagraphs=_changed(sub.subparagraphs, rest, change)
    )
    return (*subs[:index], new, *subs[index + 1 :])


def _at(subs: tuple[Subparagraph, ...], place: Place) -> Subparagraph:
    sub = subs[place[0]]
    for index in place[1:]:
        sub = sub.subparagraphs[index]
    return sub


def marks_of(language: str) -> SubMarks | None:
    """The sub-paragraph marks of ``language``'s resolutions, or ``None`` for a language
    without a table."""
    phrases = LANGUAGES.get(language)
    return sub_marks(phrases) if phrases else None


def _split_mark(text: str, language: str) -> tuple[str, str]:
    """A new sub-paragraph's text → its printed mark ("" when it has none) and its words."""
    marks = marks_of(language)
    match = marks.at_start(text) if marks else None
    if match is None:
        return "", text
    return match["mark"], text[match.end() :].strip()


def edit_subparagraph(
    operation: AmendmentOperation,
    paragraph: Paragraph,
    edits: SubparagraphEdits,
    language: str,
    edit: Edit,
) -> tuple[Paragraph, OperationResult]:
    """The paragraph with the operation made on the sub-paragraph its target names (a
    deletion or insertion is only noted in ``edits``), and what became of the operation."""
    target = operation.target
    place = _place(paragraph.subparagraphs, target.subparagraph or ())
    if place is None:
        return paragraph, OperationResult(operation, False, f"the draft has no {target}")
    if any(place[:n] in edits.deleted for n in range(1, len(place) + 1)):
        return paragraph, OperationResult(operation, False, f"{target} was deleted already")
    subs = paragraph.subparagraphs
    # (words added at the end of a sub-paragraph change its text, not its list)
    if operation.anchor is None and operation.old is None and operation.position != "end":
        if operation.action == "delete":
            edits.deleted.add(place)
            return paragraph, OperationResult(operation, True)
        mark, text = _split_mark(operation.new or "", language)
        if operation.action == "replace":
            subs = _changed(
                subs, place, lambda sub: attrs.evolve(sub, text=text, subparagraphs=())
            )
            return attrs.evolve(paragraph, subparagraphs=subs), OperationResult(operation, True)
        side = edits.before if operation.position == "before" else edits.after
        side.setdefault(place, []).append(Subparagraph(mark, text))
        return paragraph, OperationResult(operation, True)
    changed = edit(operation, _at(subs, place).text)
    if changed.startswith("\x00"):
        return paragraph, OperationResult(operation, False, changed[1:])
    subs = _changed(subs, place, lambda sub: attrs.evolve(sub, text=changed))
    return attrs.evolve(paragraph, subparagraphs=subs), OperationResult(operation, True)


def rebuilt_subparagraphs(
    subs: tuple[Subparagraph, ...], edits: SubparagraphEdits, language: str, at: Place = ()
) -> tuple[Subparagraph, ...]:
    """The sub-paragraphs with the deletions and insertions of ``edits`` made, each list
    changed lettered again when it ran in its language's sequence."""
    out: list[Subparagraph] = []
    for index, sub in enumerate(subs):
        place = (*at, index)
        out.extend(edits.before.get(place, ()))
        if place not in edits.deleted:
            nested = rebuilt_subparagraphs(sub.subparagraphs, edits, language, place)
            out.append(attrs.evolve(sub, subparagraphs=nested))
        out.extend(edits.after.get(place, ()))
    touched = any(p[:-1] == at for p in (*edits.deleted, *edits.before, *edits.after))
    if not touched:
        return tuple(out)
    return _lettered([s.marker for s in subs], out, language)


def _lettered(
    printed: list[str], subs: list[Subparagraph], language: str
) -> tuple[Subparagraph, ...]:
    """``subs`` marked again in the sequence the draft's marks ``printed`` ran in ("(a)",
    "(b)", …), or as they are when those did not run in one."""
    marks = marks_of(language)
    if marks is None or not printed:
        return tuple(subs)
    for form in (*marks.letter_forms, *marks.numeral_forms):
        for sequence in (*marks.letters, marks.numerals):
            run = [form.format(label) for label in sequence]
            if printed == run[: len(printed)] and len(subs) <= len(run):
                return tuple(attrs.evolve(s, marker=m) for s, m in zip(subs, run, strict=False))
    return tuple(subs)
