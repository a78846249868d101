"""Verbatim records of meetings: every speaker turn, delegation, language and procedural step.

``parse_meeting(text)`` reads a record's text (or a :class:`~csto_un.sources.Document`);
``load_meeting(path)`` reads files (PDF, text, Markdown), several for a meeting published in
parts, joined by ``merge_meetings``. Words of each language live in data tables
(:mod:`csto_un.meetings._lang`), one per language.
"""

from __future__ import annotations

from ._load import load_meeting, merge_meetings
from ._parser import parse_meeting

__all__ = ["load_meeting", "merge_meetings", "parse_meeting"]
