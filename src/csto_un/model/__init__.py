"""The data model: frozen attrs classes that know nothing of text, files or JSON."""

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
from ._resolution import Annex, Citation, Footnote, Paragraph, Resolution, Sponsor, Subparagraph

__all__ = [
    "AgendaItem",
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
    "Paragraph",
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
