"""The model of an amendment to a draft resolution: the draft it amends and its operations."""

from __future__ import annotations

import datetime as dt

import attrs

from ._common import Diagnostic, Source
from ._resolution import Footnote, Sponsor

__all__ = ["Amendment", "AmendmentOperation", "OperationResult", "ParagraphRef"]


@attrs.frozen
class ParagraphRef:
    """The paragraph of a draft an amendment points at.

    ``part`` is ``"preamble"`` or ``"operative"``; ``number`` the paragraph's place: the
    ordinal of a preambular paragraph ("the thirty-eighth preambular paragraph" → 38), the
    printed number of an operative one ("operative paragraph 5" → 5); ``subparagraph`` the
    marker of a sub-paragraph inside it ("(a)"), if any.

    >>> ParagraphRef("preamble", 38)
    ParagraphRef(part='preamble', number=38, subparagraph=None)
    """

    part: str
    number: int
    subparagraph: str | None = None

    def __str__(self) -> str:
        name = "preambular" if self.part == "preamble" else "operative"
        sub = f" {self.subparagraph}" if self.subparagraph else ""
        return f"{name} paragraph {self.number}{sub}"


@attrs.frozen
class AmendmentOperation:
    """One change an amendment makes: ``action`` is ``"delete"``, ``"insert"`` or
    ``"replace"``, on the paragraph ``target``.

    With ``old`` and ``new`` both ``None`` a ``delete`` removes the whole paragraph. ``old`` is
    the quoted text deleted or replaced inside the paragraph; ``new`` the quoted text put in
    its place, or inserted; ``anchor`` the quoted words an insertion goes ``position``
    (``"after"`` or ``"before"``) inside the paragraph. An insertion without ``anchor`` is a
    new paragraph of ``new_part`` placed ``position`` the target. ``text`` is the instruction
    as printed, ``line`` the input line where it starts.

    >>> op = AmendmentOperation("delete", ParagraphRef("operative", 3), text="Delete ...")
    >>> op.action, str(op.target)
    ('delete', 'operative paragraph 3')
    """

    action: str
    target: ParagraphRef
    old: str | None = None
    new: str | None = None
    anchor: str | None = None
    position: str | None = None
    new_part: str | None = None
    text: str = ""
    line: int | None = None


@attrs.frozen
class Amendment:
    """An amendment to a draft resolution, as a Main Committee or the Assembly prints it.

    ``symbol`` is the amendment's own ("A/C.3/80/L.61"), ``amends`` the draft's, revision
    included ("A/C.3/80/L.20/Rev.1"); ``title`` the draft's title as the amendment repeats it;
    ``operations`` the changes in printed order; ``instructions`` the text of the amendment as
    printed, one entry per numbered instruction, its number included ("1. Delete …"), the
    words of a new paragraph included.
    The other fields mean what they mean on a :class:`~csto_un.Resolution`.

    >>> op = AmendmentOperation("delete", ParagraphRef("preamble", 15))
    >>> Amendment(symbol="A/C.3/80/L.61", amends="A/C.3/80/L.20/Rev.1", operations=(op,)).amends
    'A/C.3/80/L.20/Rev.1'
    """

    symbol: str | None
    amends: str | None = None
    body: str | None = None
    session: int | None = None
    date: dt.date | None = None
    committee: str | None = None
    agenda_item: str | None = None
    agenda_title: str | None = None
    title: str | None = None
    sponsors: tuple[Sponsor, ...] = ()
    language: str | None = None
    original_language: str | None = None
    distribution: str | None = None
    operations: tuple[AmendmentOperation, ...] = ()
    instructions: tuple[str, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    job_number: str | None = None
    header: tuple[str, ...] = ()
    source: Source | None = None
    diagnostics: tuple[Diagnostic, ...] = ()


@attrs.frozen
class OperationResult:
    """What :func:`~csto_un.apply_amendment` did with one operation: ``applied``, or not and
    the ``reason`` why.

    >>> OperationResult(AmendmentOperation("delete", ParagraphRef("operative", 9)), False,
    ...                 "the draft has no operative paragraph 9").applied
    False
    """

    operation: AmendmentOperation
    applied: bool
    reason: str | None = None
