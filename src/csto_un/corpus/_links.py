"""Drafts, their revisions, their amendments and the resolutions adopted from them: the links
between them, and the symbols a draft lacks inferred from the resolution that names it."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from ..errors import SymbolError
from ..model import Amendment, ParsedDocument, Resolution
from ..resolutions import agenda_key
from ..symbols import DocumentSymbol

__all__ = [
    "adopted_from_draft",
    "amendments_to",
    "link_drafts",
    "revised_draft",
    "revisions_of",
]



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


def _parsed(symbol: str | None) -> DocumentSymbol | None:
    try:
        return DocumentSymbol.parse(symbol) if symbol else None
    except SymbolError:
        return None


def _same_draft(a: DocumentSymbol, b: DocumentSymbol) -> bool:
    """Two symbols of one draft, whatever their revisions: no addendum or corrigendum."""
    return (
        a.base == b.base
        and a.addendum is None
        and b.addendum is None
        and (a.corrigendum is None and b.corrigendum is None)
    )


def revisions_of(documents: Iterable[ParsedDocument], symbol: str) -> tuple[Resolution, ...]:
    """The drafts among ``documents`` that are versions of the draft ``symbol`` names (the
    original, "Rev.1", "Rev.2" …), original first, then by revision."""
    wanted = _parsed(symbol)
    if wanted is None:
        return ()
    found: dict[int, Resolution] = {}
    for document in documents:
        if not isinstance(document, Resolution):
            continue
        held = _parsed(document.symbol)
        if held is not None and _same_draft(held, wanted):
            found.setdefault(held.revision or 0, document)
    return tuple(found[key] for key in sorted(found))


def revised_draft(documents: Iterable[ParsedDocument], symbol: str) -> Resolution | None:
    """The draft of ``documents`` that the revision ``symbol`` revises: the latest version
    before it ("A/C.3/80/L.20/Rev.2" revises Rev.1, or the original when Rev.1 is absent)."""
    wanted = _parsed(symbol)
    if wanted is None or not wanted.revision:
        return None
    earlier = [
        d
        for d in revisions_of(documents, symbol)
        if ((_parsed(d.symbol) or wanted).revision or 0) < wanted.revision
    ]
    return earlier[-1] if earlier else None


def adopted_from_draft(documents: Iterable[ParsedDocument], draft: str) -> Resolution | None:
    """The resolution adopted from the draft ``draft`` or from a later revision of it."""
    wanted = _parsed(draft)
    if wanted is None:
        return None
    resolutions = [d for d in documents if isinstance(d, Resolution) and d.drafts]
    for resolution in resolutions:  # the draft named as such first
        if DocumentSymbol.key(draft) in {DocumentSymbol.key(s) for s in resolution.drafts}:
            return resolution
    for resolution in resolutions:
        for named in filter(None, map(_parsed, resolution.drafts)):
            if _same_draft(named, wanted) and (named.revision or 0) >= (wanted.revision or 0):
                return resolution
    return None


def amendments_to(documents: Iterable[ParsedDocument], draft: str) -> tuple[Amendment, ...]:
    """The amendments of ``documents`` to the draft ``draft`` (that very revision)."""
    wanted = DocumentSymbol.key(draft)
    return tuple(
        d
        for d in documents
        if isinstance(d, Amendment) and d.amends and DocumentSymbol.key(d.amends) == wanted
    )
