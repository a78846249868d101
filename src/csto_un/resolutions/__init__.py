"""Resolutions and draft resolutions: text, Markdown or PDF → :class:`~csto_un.Resolution`.

>>> from csto_un import parse_resolution
>>> text = '''Resolution 9999 (2004)
... Adopted by the Security Council at its 4956th meeting, on 28 April 2004
... The Security Council,
... Recalling its resolution 1373 (2001),
... 1. Decides to remain seized of the matter.
... '''
>>> resolution = parse_resolution(text)
>>> resolution.symbol, resolution.preamble[0].lead, resolution.operative[0].number
('S/RES/9999 (2004)', 'Recalling', 1)
"""

from ._header import agenda_key
from ._parser import citations_of, parse_resolution

__all__ = ["agenda_key", "citations_of", "parse_resolution"]
