"""The ``references`` block: every person, organisation, role and concept a document points at.

Each entry is a Top Level Class element (``TLCPerson``, ``TLCOrganization``, ``TLCRole``,
``TLCConcept``) with an ``eId`` that ``by``, ``as``, ``refersTo`` and ``href="#…"`` attributes in
the document use, an ``href`` into the ``/akn/ontology/{class}/un/…`` space and a ``showAs``.
Entries are kept in order of first use, so the same document always gives the same block.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ._xml import slug, sub

__all__ = ["References"]

_CLASSES = ("TLCOrganization", "TLCPerson", "TLCRole", "TLCConcept")
_ONTOLOGY = {
    "TLCOrganization": "organization",
    "TLCPerson": "person",
    "TLCRole": "role",
    "TLCConcept": "concept",
}


class References:
    """A registry of TLC entries, keyed by what they stand for, giving stable unique ``eId``\\ s.

    >>> refs = References()
    >>> refs.person("RUS|Zas", "M. Zas"), refs.person("RUS|Zas", "M. Zas")
    ('m.zas', 'm.zas')
    >>> refs.role("president", "President")
    'president'
    """

    def __init__(self) -> None:
        self._entries: dict[str, dict[str, tuple[str, str, str]]] = {c: {} for c in _CLASSES}
        self._taken: set[str] = set()

    def _add(self, cls: str, key: str, eid: str, show_as: str, href_name: str | None = None) -> str:
        entries = self._entries[cls]
        if key in entries:
            return entries[key][0]
        candidate, counter = eid, 1
        while candidate in self._taken:
            counter += 1
            candidate = f"{eid}_{counter}"
        self._taken.add(candidate)
        href = f"/akn/ontology/{_ONTOLOGY[cls]}/un/{href_name or candidate}"
        entries[key] = (candidate, href, show_as or candidate)
        return candidate

    def organization(self, key: str, eid: str, show_as: str, href_name: str | None = None) -> str:
        """The ``eId`` of the organisation ``key`` (added on first use)."""
        return self._add("TLCOrganization", key, eid, show_as, href_name)

    def country(self, code: str | None, name: str | None) -> str:
        """The ``eId`` of a delegation: ``country_GBR`` by ISO 3166-1 alpha-3 code, else by name."""
        if code:
            return self._add(
                "TLCOrganization",
                f"country:{code}",
                f"country_{code}",
                name or code,
                f"country.{code}",
            )
        label = name or "unknown"
        return self._add(
            "TLCOrganization", f"delegation:{label}", f"delegation_{slug(label)}", label
        )

    def person(self, key: str, show_as: str) -> str:
        """The ``eId`` of the person ``key`` (a name, or a title when the name is not printed)."""
        return self._add("TLCPerson", key, slug(show_as, fallback="person"), show_as)

    def role(self, key: str, show_as: str) -> str:
        """The ``eId`` of the role ``key`` (``president``, ``representative_GBR``...)."""
        return self._add("TLCRole", key, key, show_as)

    def concept(self, key: str, show_as: str) -> str:
        """The ``eId`` of the concept ``key`` (a language, a kind of note, a vote choice)."""
        return self._add("TLCConcept", key, key, show_as)

    def element(self, parent: ET.Element, source: str) -> ET.Element:
        """Append the ``references`` block to ``parent`` (the ``meta`` element)."""
        block = sub(parent, "references", source=source)
        for cls in _CLASSES:
            for eid, href, show_as in self._entries[cls].values():
                sub(block, cls, eId=eid, href=href, showAs=show_as)
        return block
