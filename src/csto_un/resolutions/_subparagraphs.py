"""Sub-paragraphs of a resolution's paragraph as they are built: "(a)", "(b)" at the first
level, "(i)", "(ii)" nested under the letter before them, bullets under the last letter; in
each language's marks ("a)", "i)"; "(أ)"; "（a）", "㈠": see :mod:`._sub_marks`)."""

from __future__ import annotations

import attrs

from ..model import Subparagraph
from ._sub_marks import SubMarks
from ._text import Unit

__all__ = ["Sub", "attach_sub"]


@attrs.define
class Sub:
    """A sub-paragraph being built: its printed marker ("(a)", "a)", "1.", "•"), its text, the
    heading it stands under, the sub-paragraphs nested in it, and the letter or numeral of a
    lettered one ("a", "ii")."""

    marker: str
    text: str
    heading: str | None = None
    children: list[Sub] = attrs.Factory(list)
    label: str | None = None

    def freeze(self) -> Subparagraph:
        """The model's immutable sub-paragraph, with its nested ones."""
        return Subparagraph(
            marker=self.marker,
            text=self.text,
            subparagraphs=tuple(c.freeze() for c in self.children),
            heading=self.heading,
        )


def attach_sub(
    subs: list[Sub], unit: Unit, text: str, heading: str | None, marks: SubMarks
) -> None:
    """Add the sub-paragraph ``unit`` (its text ``text``) to a paragraph's ``subs``: a bullet
    under the last lettered one, a numeral "(i)" under the letter before it (but "(i)" after
    "(h)", and a letter right after the one before it, are the next letter), anything else at
    the first level. ``marks`` are the language's."""
    label = unit.label or "•"
    lettered = unit.kind == "sub"
    mark = marks.at_start(unit.text) if lettered else None
    markers = {"sub": mark["mark"] if mark else f"({label})", "item": f"{label}."}
    sub = Sub(
        marker=markers.get(unit.kind, label),
        text=text,
        heading=heading if lettered else None,
        label=label if lettered else None,
    )
    if unit.kind == "bullet":
        target = subs[-1].children if subs and subs[-1].label is not None else subs
        target.append(sub)
        return
    last = subs[-1] if subs else None
    nested = (
        last is not None
        and marks.numeral(label) is not None
        and not marks.follows(last.label, label)
    )
    if nested and last is not None:
        last.children.append(sub)
    else:
        subs.append(sub)
