"""``apply_amendment``: a draft resolution as an amendment would change it, and a report.

Every operation names its paragraph as the draft prints it (the amendment is written against
the draft as it stands), so all targets are found in the draft first and the changes are made
afterwards: deleting operative paragraph 3 does not move the paragraph 5 another operation
names. Operative paragraphs are then numbered again 1..n, as the adopted text would be.
"""

from __future__ import annotations

import re

import attrs

from ..model import (
    Amendment,
    AmendmentOperation,
    Diagnostic,
    OperationResult,
    Paragraph,
    Resolution,
    Severity,
    Subparagraph,
)
from ..resolutions._parser import citations_of
from ..words._resolution import LANGUAGES
from ._subparagraphs import SubparagraphEdits, edit_subparagraph, rebuilt_subparagraphs

__all__ = ["apply_amendment"]

_MARKS = re.compile(r"(?<=\w)\*+")
#: The stops that may close a paragraph or a sub-paragraph ("…;", "….").
_STOPS = ";.,:"


@attrs.define
class _Slot:
    """A paragraph of the draft while the amendment is applied: kept, changed or deleted,
    with the new paragraphs to put before and after it, and its sub-paragraphs' changes."""

    paragraph: Paragraph
    deleted: bool = False
    before: list[Paragraph] = attrs.Factory(list)
    after: list[Paragraph] = attrs.Factory(list)
    subparagraphs: SubparagraphEdits = attrs.Factory(SubparagraphEdits)


def apply_amendment(
    amendment: Amendment, draft: Resolution
) -> tuple[Resolution, tuple[OperationResult, ...]]:
    """The draft as the amendment changes it, and what became of each operation.

    An operation that cannot be applied (its paragraph is not in the draft, the words it
    quotes are not in that paragraph) leaves the draft as it was and says why in its
    :class:`~csto_un.OperationResult`. The draft's symbol is kept; a diagnostic
    ``amended`` names the amendment.

    >>> from csto_un import Paragraph, Resolution, parse_amendment
    >>> draft = Resolution(symbol="A/C.3/80/L.24", language="en", operative=(
    ...     Paragraph("Takes note of the report;", number=1, lead="Takes note"),
    ...     Paragraph("Encourages Member States to act.", number=2, lead="Encourages")))
    >>> amendment = parse_amendment(
    ...     "Spain: amendment to draft resolution A/C.3/80/L.24\\n\\nReport\\n\\n"
    ...     "1. Delete operative paragraph 1.\\n"
    ...     "2. In operative paragraph 2, replace “Member States” with “States”.\\n"
    ...     "3. Delete operative paragraph 7.\\n")
    >>> amended, report = apply_amendment(amendment, draft)
    >>> [(p.number, p.text) for p in amended.operative]
    [(1, 'Encourages States to act.')]
    >>> [(r.applied, r.reason) for r in report][2]
    (False, 'the draft has no operative paragraph 7')
    """
    slots = {
        "preamble": [_Slot(p) for p in draft.preamble],
        "operative": [_Slot(p) for p in draft.operative],
    }
    language = draft.language or amendment.language or "en"
    results = [_apply_one(op, slots, language) for op in amendment.operations]
    preamble = _flatten(slots["preamble"], language)
    operative = _flatten(slots["operative"], language)
    if [p.number for p in draft.operative] == list(range(1, len(draft.operative) + 1)):
        operative = [attrs.evolve(p, number=i) for i, p in enumerate(operative, 1)]
    applied = sum(r.applied for r in results)
    note = Diagnostic(
        "amended",
        f"amended by {amendment.symbol or 'an amendment'}: {applied} of {len(results)} "
        "operations applied",
        severity=Severity.INFO,
    )
    amended = attrs.evolve(
        draft,
        preamble=tuple(preamble),
        operative=tuple(operative),
        diagnostics=(*draft.diagnostics, note),
    )
    return attrs.evolve(amended, citations=citations_of(amended)), tuple(results)


def _flatten(slots: list[_Slot], language: str) -> list[Paragraph]:
    out: list[Paragraph] = []
    for slot in slots:
        out.extend(slot.before)
        if not slot.deleted:
            paragraph = slot.paragraph
            if slot.subparagraphs:
                subs = rebuilt_subparagraphs(paragraph.subparagraphs, slot.subparagraphs, language)
                paragraph = attrs.evolve(paragraph, subparagraphs=subs)
            out.append(paragraph)
        out.extend(slot.after)
    return out


def _find(operation: AmendmentOperation, slots: dict[str, list[_Slot]]) -> _Slot | str:
    """The slot of the paragraph an operation names, or why there is none."""
    target = operation.target
    part = slots.get(target.part, [])
    if target.part == "operative" and any(s.paragraph.number is not None for s in part):
        found = [s for s in part if s.paragraph.number == target.number]
    else:
        found = part[target.number - 1 : target.number] if target.number >= 1 else []
    if not found:
        return f"the draft has no {target}"
    return found[0]


def _apply_one(
    operation: AmendmentOperation, slots: dict[str, list[_Slot]], language: str
) -> OperationResult:
    slot = _find(operation, slots)
    if isinstance(slot, str):
        return OperationResult(operation, False, slot)
    if slot.deleted:
        return OperationResult(operation, False, f"{operation.target} was deleted already")
    if operation.target.subparagraph is not None:
        slot.paragraph, result = edit_subparagraph(
            operation, slot.paragraph, slot.subparagraphs, language, _edit
        )
        return result
    if operation.anchor is None and operation.old is None and operation.position != "end":
        return _whole(operation, slot, language)
    result = _words(operation, slot)
    if not result.applied:
        elsewhere = _elsewhere(operation, slots[operation.target.part])
        if elsewhere:
            # The draft's paragraphs may be counted otherwise than the amendment counts them
            # (a paragraph the parse cut in two): say where the words are, change nothing.
            result = attrs.evolve(result, reason=f"{result.reason} (they stand in {elsewhere})")
    return result


def _elsewhere(operation: AmendmentOperation, part: list[_Slot]) -> str | None:
    """The other paragraphs of the part that hold the quoted words, named as the draft
    numbers them ("preambular paragraph 29")."""
    quoted = operation.old if operation.old is not None else operation.anchor
    if quoted is None:
        return None
    found = []
    for place, slot in enumerate(part, 1):
        texts = [slot.paragraph.text, *(sub.text for sub in slot.paragraph.subparagraphs)]
        if any(_locate(quoted, text) for text in texts):
            number = slot.paragraph.number if operation.target.part == "operative" else place
            found.append(str(attrs.evolve(operation.target, number=number or place)))
    return ", ".join(found) or None


def _whole(operation: AmendmentOperation, slot: _Slot, language: str) -> OperationResult:
    """Whole paragraphs: delete one, replace one, or insert a new one beside it."""
    if operation.action == "delete":
        slot.deleted = True
        return OperationResult(operation, True)
    new = _new_paragraph(operation.new or "", language, slot.paragraph)
    if operation.action == "replace":
        slot.paragraph = attrs.evolve(new, number=slot.paragraph.number)
        return OperationResult(operation, True)
    new = attrs.evolve(new, number=None)  # numbered with the others when the draft runs 1..n
    if operation.position == "before":
        slot.before.append(new)
    else:
        slot.after.append(new)
    return OperationResult(operation, True)


def _new_paragraph(text: str, language: str, beside: Paragraph) -> Paragraph:
    """A paragraph an amendment writes, with its lead read from the language's tables."""
    phrases = LANGUAGES.get(language)
    leads = (*phrases.preamble_leads, *phrases.operative_leads) if phrases else ()
    folded = text.casefold()
    lead = max(
        (
            w
            for w in leads
            if folded.startswith(w.casefold()) and not folded[len(w) :][:1].isalpha()
        ),
        key=len,
        default=text.split()[0] if text.split() else None,
    )
    return Paragraph(text=text, number=beside.number, lead=lead, section=beside.section)


def _words(operation: AmendmentOperation, slot: _Slot) -> OperationResult:
    """Quoted words deleted, replaced or inserted inside a paragraph (or the first of its
    sub-paragraphs that holds them, when the paragraph's own words do not)."""
    paragraph = slot.paragraph
    changed = _edit(operation, paragraph.text)
    if changed.startswith("\x00"):
        found = _in_subparagraph(operation, paragraph.subparagraphs)
        if found is None:
            return OperationResult(operation, False, changed[1:])
        slot.paragraph = attrs.evolve(paragraph, subparagraphs=found)
        return OperationResult(operation, True)
    slot.paragraph = attrs.evolve(paragraph, text=changed)
    return OperationResult(operation, True)


def _in_subparagraph(
    operation: AmendmentOperation, subs: tuple[Subparagraph, ...]
) -> tuple[Subparagraph, ...] | None:
    """The sub-paragraphs with the change made in the first that holds the quoted words."""
    for index, sub in enumerate(subs):
        changed = _edit(operation, sub.text)
        if not changed.startswith("\x00"):
            return (*subs[:index], attrs.evolve(sub, text=changed), *subs[index + 1 :])
    return None


def _edit(operation: AmendmentOperation, text: str) -> str:
    """``text`` changed by the operation, or "\\x00" and the reason it cannot be."""
    quoted = operation.old if operation.old is not None else operation.anchor
    if operation.position == "end" and quoted is None:
        # (before the paragraph's closing stop, which stays last unless the words bring one)
        body, new = text.rstrip(), (operation.new or "").strip()
        stop = body[-1] if body[-1:] in _STOPS else ""
        glue = "" if new[:1] in _STOPS else " "
        closing = "" if new[-1:] in _STOPS else stop
        return _tidy(f"{body[: len(body) - len(stop)]}{glue}{new}{closing}")
    assert quoted is not None
    span = _locate(quoted, text)
    if span is None:
        return f"\x00the words “{quoted}” are not in {operation.target}"
    start, end = span
    new = operation.new or ""
    if operation.action == "delete":
        return _tidy(text[:start] + text[end:])
    if operation.action == "replace":
        return _tidy(text[:start] + new + text[end:])
    if operation.position == "before":
        return _tidy(f"{text[:start]}{new} {text[start:]}")
    glue = "" if new[:1] in ",.;:" else " "
    return _tidy(f"{text[:end]}{glue}{new}{text[end:]}")


def _locate(quoted: str, text: str) -> tuple[int, int] | None:
    """Where the quoted words stand in ``text``, spaces, quote marks and footnote marks
    aside ("Court*" in an amendment is "Court" in the draft, whose marks are kept apart)."""
    words = _MARKS.sub("", quoted).split()
    if not words:
        return None
    pattern = r"\s*".join(re.escape(w) for w in words)
    match = re.search(pattern, text) or re.search(pattern, text, re.IGNORECASE)
    return None if match is None else (match.start(), match.end())


def _tidy(text: str) -> str:
    text = re.sub(r"\s+([,;:.])", r"\1", " ".join(text.split()))
    return re.sub(r",,", ",", text)
