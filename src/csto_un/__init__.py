"""csto_un: United Nations documents as typed, immutable Python objects.

Meetings of the Security Council and the General Assembly (who spoke, for which delegation,
in which language, what was said) and resolutions (what they recall, welcome and decide, and
which documents they cite), read from the PDFs, text and Markdown people really hold.
"""

from __future__ import annotations

from typing import Any

from .accounting import Accounting, account
from .akn import to_akoma_ntoso
from .amendments import apply_amendment, parse_amendment
from .citations import extract_citations
from .comparison import Change, Comparison, Edit, compare
from .corpus import (
    AlignedTurn,
    Alignment,
    Corpus,
    Disagreement,
    KwicHit,
    LoadFailure,
    Series,
    SeriesEntry,
    align,
    iter_documents,
    load,
    load_corpus,
)
from .countries import country_code, country_name, split_countries
from .errors import (
    ArgumentError,
    CstoUnError,
    DecodeError,
    DiagnosticError,
    LimitError,
    NotAMeetingError,
    NotAResolutionError,
    NoTextLayerError,
    SourceError,
    StructureError,
    SymbolError,
    UnsupportedFormatError,
)
from .languages import language_code
from .loading import load_amendment, load_meeting, load_resolution
from .meetings import parse_meeting
from .model import (
    AgendaItem,
    Amendment,
    AmendmentOperation,
    Annex,
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
    OperationResult,
    Paragraph,
    ParagraphRef,
    ParsedDocument,
    Part,
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
from .resolutions import parse_resolution
from .serialize import converter, from_json, to_json
from .symbols import DocumentSymbol
from .writers import format_amendment, format_meeting, format_resolution

__all__ = [
    "Accounting",
    "AgendaItem",
    "AlignedTurn",
    "Alignment",
    "Amendment",
    "AmendmentOperation",
    "Annex",
    "ArgumentError",
    "Change",
    "Citation",
    "Comparison",
    "Corpus",
    "CstoUnError",
    "DecodeError",
    "Delegate",
    "Diagnostic",
    "DiagnosticError",
    "Disagreement",
    "DocumentSymbol",
    "Edit",
    "Footnote",
    "Furniture",
    "Intervention",
    "KwicHit",
    "LanguageSwitch",
    "LimitError",
    "LoadFailure",
    "Meeting",
    "MeetingPart",
    "NoTextLayerError",
    "NotAMeetingError",
    "NotAResolutionError",
    "NoteKind",
    "OperationResult",
    "Paragraph",
    "ParagraphRef",
    "ParsedDocument",
    "Part",
    "ProceduralNote",
    "Resolution",
    "Role",
    "Series",
    "SeriesEntry",
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
    "account",
    "align",
    "apply_amendment",
    "compare",
    "converter",
    "country_code",
    "country_name",
    "extract_citations",
    "format_amendment",
    "format_meeting",
    "format_resolution",
    "from_json",
    "iter_documents",
    "language_code",
    "load",
    "load_amendment",
    "load_corpus",
    "load_meeting",
    "load_resolution",
    "parse_amendment",
    "parse_meeting",
    "parse_resolution",
    "split_countries",
    "to_akoma_ntoso",
    "to_json",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import version

        return version("csto_un")
    raise AttributeError(f"module 'csto_un' has no attribute {name!r}")
