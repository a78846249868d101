"""Sub-paragraphs of a resolution's paragraph as they are built: "(a)", "(b)" at the first
level, "(i)", "(ii)" nested under the letter before them, bullets under the last letter."""

from __future__ import annotations

import re

import attrs

from ..model import Subparagraph
from ._text import Unit

__all__ = ["Sub", "attach_sub"]

_ROMAN_LABEL = re.compile(r"^[ivxl]+$")


@attrs.define
class Sub:
    """A sub-paragraph being built: its printed marker ("(a)", "1.", "•"), its text, the
    heading it stands under, and the sub-paragraphs nested in it."""

    marker: str
    text: str
    heading: str | None = None
    children: list[Sub] = attrs.Factory(list)

    def freeze(self) -> Subparagraph:
        """The model's immutable sub-paragraph, with its nested ones."""
        return Subparagraph(
            marker=self.marker,
            text=self.text,
            subparagraphs=tuple(c.freeze() for c in self.children),
            heading=self.heading,
        )


def attach_sub(subs: list[Sub], unit: Unit, text: str, heading: str | None) -> None:
    """Add the sub-paragraph ``unit`` (its text ``text``) to a paragraph's ``subs``: a bullet
    under the last lettered one, a roman "(i)" under the letter before it (but "(i)" after
    "(h)", and a letter right after the one before it, are the next letter), anything else at
    the first level."""
    label = unit.label or "•"
    markers = {"sub": f"({label})", "item": f"{label}."}
    sub = Sub(
        marker=markers.get(unit.kind, label),
        text=text,
        heading=heading if unit.kind == "sub" else None,
    )
    if unit.kind == "bullet":
        lettered = bool(subs) and subs[-1].marker.startswith("(")
        target = subs[-1].children if lettered else subs
        target.append(sub)
        return
    last = subs[-1] if subs else None
    nested = (
        last is not None
        and _ROMAN_LABEL.match(label)
        and not (label == "i" and last.marker == "(h)")
        and not (len(label) == 1 and last.marker == f"({chr(ord(label) - 1)})")
    )
    if nested and last is not None:
        last.children.append(sub)
    else:
        subs.append(sub)
