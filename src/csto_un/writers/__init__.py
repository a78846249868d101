"""Writing the model back as text: verbatim records and resolutions in the UN layout.

:func:`format_meeting` writes a :class:`~csto_un.Meeting` as a verbatim record in the layout
of one of its languages, :func:`format_resolution` a :class:`~csto_un.Resolution` as the text
of a resolution or draft, :func:`format_amendment` an :class:`~csto_un.Amendment` as printed.
Parsing what they write gives back the same speakers, languages and
paragraphs (the round trip is a property tested with generated documents). The words they
write are data (:mod:`csto_un.writers._words`), taken from the parsers' own tables where
those expose them.
"""

from ._amendment import format_amendment
from ._meeting import format_label, format_meeting
from ._resolution import format_resolution

__all__ = ["format_amendment", "format_label", "format_meeting", "format_resolution"]
