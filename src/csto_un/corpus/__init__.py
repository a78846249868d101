"""Corpora of meetings and resolutions: loading folders, lookups, filters, exports."""

from ..loading import load, parse_document
from ._align import AlignedTurn, Alignment, Disagreement, align
from ._corpus import Corpus, LoadFailure
from ._exports import INTERVENTION_COLUMNS, PARAGRAPH_COLUMNS, SUBPARAGRAPH_COLUMNS
from ._kwic import KwicHit
from ._loading import bundled_paths, iter_documents, load_corpus
from ._series import Series, SeriesEntry

__all__ = [
    "INTERVENTION_COLUMNS",
    "PARAGRAPH_COLUMNS",
    "SUBPARAGRAPH_COLUMNS",
    "AlignedTurn",
    "Alignment",
    "Corpus",
    "Disagreement",
    "KwicHit",
    "LoadFailure",
    "Series",
    "SeriesEntry",
    "align",
    "bundled_paths",
    "iter_documents",
    "load",
    "load_corpus",
    "parse_document",
]
