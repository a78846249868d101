"""Drafts and the resolutions adopted from them: linking the two, inferring missing symbols."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from ..model import ParsedDocument, Resolution
from ..resolutions import agenda_key
from ..symbols import DocumentSymbol

__all__ = ["link_drafts"]



def link_drafts(documents: Iterable[ParsedDocument]) -> list[ParsedDocument]:
    """Give a draft without a printed symbol the symbol an adopted resolution names for it.

    A draft qualifies when exactly one adopted resolution of the same session (and the same
    agenda item, when both print one), adopted on or after the draft's date, names exactly one
    draft symbol that no other document holds. The symbol is recorded as inferred, with its
    source, in ``symbol_inferred``.
    """
    documents = list(documents)
    held = {DocumentSymbol.key(d.symbol, base=True) for d in documents if d.symbol}
    adopted = [d for d in documents if isinstance(d, Resolution) and not d.draft and d.drafts]
    result: list[ParsedDocument] = []
    for document in documents:
        if isinstance(document, Resolution) and document.draft and document.symbol is None:
            inferred = _infer(document, adopted, held)
            if inferred is not None:
                symbol, because = inferred
                document = attrs.evolve(document, symbol=symbol, symbol_inferred=because)
        result.append(document)
    return result


def _infer(draft: Resolution, adopted: list[Resolution], held: set[str]) -> tuple[str, str] | None:
    candidates: list[tuple[str, Resolution]] = []
    for resolution in adopted:
        if draft.session is None or resolution.session != draft.session:
            continue
        theirs, ours = agenda_key(resolution.agenda_item), agenda_key(draft.agenda_item)
        if theirs and ours and theirs != ours:
            continue
        adopted_on = resolution.adopted_on or resolution.date
        if draft.date and adopted_on and adopted_on < draft.date:
            continue
        unheld = {DocumentSymbol.key(s, base=True) for s in resolution.drafts} - held
        if len(unheld) == 1:
            candidates.append((unheld.pop(), resolution))
    if len(candidates) != 1:
        return None
    symbol, resolution = candidates[0]
    return symbol, f"named as the draft of {resolution.symbol}"
