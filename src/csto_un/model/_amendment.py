"""The model of an amendment to a draft resolution: the draft it amends and its operations."""

from __future__ import annotations

import datetime as dt
import re

import attrs

from ._common import Diagnostic, Source
from ._resolution import Footnote, Paragraph, Sponsor

__all__ = ["Amendment", "AmendmentOperation", "OperationResult", "ParagraphRef"]


def _marker_path(value: str | tuple[str, ...] | list[str] | None) -> tuple[str, ...] | None:
    """A sub-paragraph's marker path: one mark is a path of one, no mark is ``None``."""
    if value is None:
        return None
    path = (value,) if isinstance(value, str) else tuple(value)
    return path or None


@attrs.frozen
class ParagraphRef:
    """The paragraph of a draft an amendment points at, or a sub-paragraph of it.

    ``part`` is ``"preamble"`` or ``"operative"``; ``number`` the paragraph's place: the
    ordinal of a preambular paragraph ("the thirty-eighth preambular paragraph" → 38), the
    printed number of an operative one ("operative paragraph 5" → 5); ``subparagraph`` the
    marker path of a sub-paragraph inside it, outermost first, each mark as the amendment
    prints it ("operative paragraph 3 (b) (ii)" → ``("(b)", "(ii)")``; "a)" in French), or
    ``None`` for the whole paragraph. One mark may be given as a string.

    >>> ParagraphRef("preamble", 38)
    ParagraphRef(part='preamble', number=38, subparagraph=None)
    >>> str(ParagraphRef("operative", 3, "(b)")), ParagraphRef("operative", 3, "(b)").subparagraph
    ('operative paragraph 3 (b)', ('(b)',))
    """

    part: str
    number: int
    subparagraph: tuple[str, ...] | None = attrs.field(default=None, converter=_marker_path)

    def __str__(self) -> str:
        name = "preambular" if self.part == "preamble" else "operative"
        sub = "".join(f" {mark}" for mark in self.subparagraph or ())
        return f"{name} paragraph {self.number}{sub}"


@attrs.frozen
class AmendmentOperation:
    """One change an amendment makes: ``action`` is ``"delete"``, ``"insert"`` or
    ``"replace"``, on the paragraph ``target``.

    With ``old`` and ``new`` both ``None`` a ``delete`` removes the whole paragraph (the whole
    sub-paragraph when the target names one). ``old`` is the quoted text deleted or replaced
    inside the paragraph; ``new`` the quoted text put in its place, or inserted; ``anchor`` the
    quoted words an insertion goes ``position`` (``"after"`` or ``"before"``) inside the
    paragraph. An insertion without ``anchor`` is a new paragraph of ``new_part`` placed
    ``position`` the target, or a new sub-paragraph beside the sub-paragraph the target
    names. ``text`` is the instruction as printed, ``line`` the input line where it starts.

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

    An amendment reads where a resolution does: its instructions are its ``operative`` part
    (what the Committee votes on), and it has no ``preamble``; so code written for the
    paragraphs of a resolution (counting, searching, checking numbering) takes an amendment
    as it comes from :func:`~csto_un.load_resolution`.

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

    @property
    def preamble(self) -> tuple[Paragraph, ...]:
        """None: an amendment has no preambular paragraphs of its own."""
        return ()

    @property
    def operative(self) -> tuple[Paragraph, ...]:
        """The instructions as paragraphs: ``number`` the printed one (``None`` for a lone
        instruction printed without), ``text`` the instruction without it, no ``lead`` (an
        instruction opens in roman type, "In operative paragraph 5, replace …").

        >>> Amendment("A/C.3/80/L.61", instructions=("1. Delete the fifteenth preambular "
        ...           "paragraph.",)).operative[0]
        Paragraph(text='Delete the fifteenth preambular paragraph.', number=1, lead=None, \
subparagraphs=(), footnotes=(), section=None, annex=None, line=None)
        """
        return tuple(_instruction_paragraph(text) for text in self.instructions)

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """All paragraphs in order: the instructions (see :attr:`operative`)."""
        return self.operative


#: The printed number that opens an instruction, "1. " (kept in ``Amendment.instructions``).
INSTRUCTION_NUMBER = re.compile(r"^(?P<number>\d{1,2})\.\s+")


def _instruction_paragraph(text: str) -> Paragraph:
    match = INSTRUCTION_NUMBER.match(text)
    if match is None:
        return Paragraph(text)
    return Paragraph(text[match.end() :], number=int(match["number"]))


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
