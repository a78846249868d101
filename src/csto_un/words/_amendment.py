"""The words of amendments, one table per language: data, not code.

Each entry is a regular expression fragment matched case-insensitively against the text of an
instruction in which every quoted passage was replaced by a placeholder ``⟨n⟩``. Adding a
language means adding a table (and its number words in :mod:`csto_un.words._numbers`);
English is the only one so far.
"""

from __future__ import annotations

import attrs

__all__ = ["AMENDMENT_WORDS", "AmendmentWords"]


@attrs.frozen
class AmendmentWords:
    """How one language writes an amendment and its instructions."""

    #: The end of the sponsors' line before the draft's symbol: "…: amendment to revised draft
    #: resolution" (A/C.3/80/L.3/Rev.1).
    amends: str
    #: The Main Committee line of the first page ("Third Committee"; group ``ordinal``).
    committee: str
    #: Part names → ``"preamble"`` / ``"operative"`` ("preambular" → "preamble").
    parts: dict[str, str]
    #: "paragraph" / "paragraphs", and the sub-paragraph word.
    paragraph: str
    subparagraph: str
    #: Words joining items of a list ("and", ",").
    joiner: str
    #: The word joining two changes ("delete ⟨0⟩ and insert ⟨1⟩").
    and_: str
    #: "In operative paragraph 5," opening an instruction that works inside paragraphs.
    inside: str
    delete: str
    replace: str
    #: The word between the old and the new text of a replacement ("with", "by").
    replace_with: str
    insert: str
    after: str
    before: str
    at_end: str
    #: "a new operative paragraph", and what introduces its text ("reading:", "to read:").
    new_paragraph: str
    reading: str
    #: "with the following" / "to read" after "Replace operative paragraph 5".
    replace_whole: str


ENGLISH = AmendmentWords(
    amends=(r"amendments?\s+to\s+(?:the\s+)?(?:revised\s+)?draft\s+(?:resolution|decision)"),
    committee=r"(?P<ordinal>[a-z]+)\s+committee",
    parts={"preambular": "preamble", "operative": "operative"},
    paragraph=r"paragraphs?",
    subparagraph=r"sub-?paragraphs?",
    joiner=r"\s*(?:,\s*and|,|and)\s*",
    and_=r"and",
    inside=r"in",
    delete=r"delete",
    replace=r"replace",
    replace_with=r"with|by",
    insert=r"insert|add",
    after=r"after",
    before=r"before",
    at_end=r"at\s+the\s+end(?:\s+of\s+the\s+paragraph)?",
    new_paragraph=r"(?:an?\s+)?new",
    reading=r"(?:,?\s*(?:reading|to\s+read|as\s+follows|which\s+reads)\s*)?:?",
    replace_whole=r"(?:with\s+the\s+following(?:\s+text)?|to\s+read(?:\s+as\s+follows)?|by\s+the\s+following)",
)

#: The amendment words of every language the parser knows, by ISO 639-1 code.
AMENDMENT_WORDS: dict[str, AmendmentWords] = {"en": ENGLISH}
