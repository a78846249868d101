"""Akoma Ntoso export: meetings and resolutions as XML following the UN's AKN4UN profile.

:func:`to_akoma_ntoso` turns a :class:`~csto_un.Meeting` into an AKN ``debate`` (a verbatim
record) and a :class:`~csto_un.Resolution` into an AKN ``statement`` (a resolution or draft),
valid against the OASIS Akoma Ntoso 3.0 schema. The mapping is documented field by field in
``docs/akoma-ntoso.md``.
"""

from __future__ import annotations

import datetime as dt

from ..errors import CstoUnError
from ..model import Meeting, ParsedDocument, Resolution
from ._meeting import meeting_document
from ._resolution import resolution_document
from ._xml import AKN_NS, serialise

__all__ = ["AKN_NS", "ExportError", "to_akoma_ntoso"]


class ExportError(CstoUnError, TypeError):
    """An object that cannot be exported (not a :class:`Meeting` or :class:`Resolution`)."""

    code = "export"


def to_akoma_ntoso(obj: ParsedDocument, *, markup_date: dt.date | None = None) -> str:
    """The Akoma Ntoso XML of a meeting (``debate``) or a resolution (``statement``); an
    amendment has no form here and is refused with :class:`ExportError`.

    The output depends only on ``obj``: the same object gives the same string, byte for byte.
    ``markup_date`` is the date of the mark-up recorded in ``FRBRManifestation`` (the
    document's own date when not given, so that the output stays reproducible).

    >>> from csto_un import Intervention, Meeting, Speaker
    >>> turn = Intervention(Speaker(label="Le Président :"), paragraphs=("La séance est ouverte.",))
    >>> xml = to_akoma_ntoso(Meeting(symbol="S/PV.8967", language="fr", items=(turn,)))
    >>> '<FRBRuri value="/akn/un/debate/verbatimRecord/un-sc/S-PV.8967/fra@" />' in xml
    True
    """
    if isinstance(obj, Meeting):
        root = meeting_document(obj, markup_date=markup_date)
    elif isinstance(obj, Resolution):
        root = resolution_document(obj, markup_date=markup_date)
    else:
        named = f" {obj.symbol}" if isinstance(getattr(obj, "symbol", None), str) else ""
        raise ExportError(
            f"cannot export {type(obj).__name__}{named} as Akoma Ntoso: expected a Meeting or"
            " Resolution"
        )
    return serialise(root)
