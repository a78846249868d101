"""The data model: frozen attrs classes that know nothing of text, files or JSON."""

from ._amendment import Amendment, AmendmentOperation, OperationResult, ParagraphRef
from ._common import Diagnostic, Furniture, Severity, Source
from ._meeting import (
    AgendaItem,
    Delegate,
    Intervention,
    LanguageSwitch,
    Meeting,
    MeetingPart,
    NoteKind,
    ProceduralNote,
    Role,
    Speaker,
    Vote,
)
from ._resolution import (
    Annex,
    Citation,
    Footnote,
    Paragraph,
    Part,
    Resolution,
    Sponsor,
    Subparagraph,
)

ParsedDocument = Meeting | Resolution | Amendment
"""What a parser gives: a verbatim record, a resolution (or draft, or decision) or an
amendment (a read file is a :class:`csto_un.sources.Document`)."""

__all__ = [
    "AgendaItem",
    "Amendment",
    "AmendmentOperation",
    "Annex",
    "Citation",
    "Delegate",
    "Diagnostic",
    "Footnote",
    "Furniture",
    "Intervention",
    "LanguageSwitch",
    "Meeting",
    "MeetingPart",
    "NoteKind",
    "OperationResult",
    "Paragraph",
    "ParagraphRef",
    "ParsedDocument",
    "Part",
    "ProceduralNote",
    "Resolution",
    "Role",
    "Severity",
    "Source",
    "Speaker",
    "Sponsor",
    "Subparagraph",
    "Vote",
]
