"""The meeting parser's phrase tables: they live with the other words of each language, in
:mod:`csto_un.words._meeting` (one module per language); the parser's modules import them
from here."""

from ..words._meeting import IN_SENTENCE, TABLES, MeetingPhrases, table_for

__all__ = ["IN_SENTENCE", "TABLES", "MeetingPhrases", "table_for"]
