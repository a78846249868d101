"""csto_un: United Nations documents as typed, immutable Python objects.

Meetings of the Security Council and the General Assembly (who spoke, for which delegation,
in which language, what was said) and resolutions (what they recall, welcome and decide, and
which documents they cite), read from the PDFs, text and Markdown people really hold.
"""

from __future__ import annotations

from typing import Any

from .countries import country_code
from .errors import (
    CstoUnError,
    DecodeError,
    DiagnosticError,
    NotAMeetingError,
    NotAResolutionError,
    NoTextLayerError,
    SourceError,
    StructureError,
    SymbolError,
    UnsupportedFormatError,
)
from .languages import language_code
from .model import (
    AgendaItem,
    Citation,
    Delegate,
    Diagnostic,
    Footnote,
    Furniture,
    Intervention,
    LanguageSwitch,
    Meeting,
    MeetingPart,
    NoteKind,
    Paragraph,
    ProceduralNote,
    Resolution,
    Role,
    Severity,
    Source,
    Speaker,
    Sponsor,
    Subparagraph,
    Vote,
)
from .serialize import converter, from_json, to_json
from .symbols import DocumentSymbol

__all__ = [
    "AgendaItem",
    "Citation",
    "CstoUnError",
    "DecodeError",
    "Delegate",
    "Diagnostic",
    "DiagnosticError",
    "DocumentSymbol",
    "Footnote",
    "Furniture",
    "Intervention",
    "LanguageSwitch",
    "Meeting",
    "MeetingPart",
    "NoTextLayerError",
    "NotAMeetingError",
    "NotAResolutionError",
    "NoteKind",
    "Paragraph",
    "ProceduralNote",
    "Resolution",
    "Role",
    "Severity",
    "Source",
    "SourceError",
    "Speaker",
    "Sponsor",
    "StructureError",
    "Subparagraph",
    "SymbolError",
    "UnsupportedFormatError",
    "Vote",
    "__version__",
    "converter",
    "country_code",
    "from_json",
    "language_code",
    "to_json",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import version

        return version("csto_un")
    raise AttributeError(f"module 'csto_un' has no attribute {name!r}")
