"""Verbatim records of meetings: every speaker turn, delegation, language and procedural step.

``parse_meeting(text)`` reads a record's text (or a :class:`~csto_un.sources.Document`);
``merge_meetings`` joins the parts of a meeting published in several documents (files are read
by :func:`csto_un.loading.load_meeting`). Words of each language live in data tables
(:mod:`csto_un.meetings._lang`), one per language.
"""

from __future__ import annotations

from ._merge import merge_meetings
from ._parser import parse_meeting

__all__ = ["merge_meetings", "parse_meeting"]
