"""A run's glyph tops: which characters of a text object's run reach above its font's box.

In many fonts some glyphs reach above the font's ascent ("i", "l", "d", "f" in the Times New
Roman of the General Assembly's PDFs): their loose top is their glyph's top, the same for every
occurrence of the character in a run. :class:`GlyphReading` (the part of
:class:`~._pdf_boxes.Boxes` that reads them) sorts each font, size and matrix's characters into
those whose glyph stays inside the font's box and the others, asking pdfium for two boxes per
character first met, and answers each later run from its two ends' tops.
"""

from __future__ import annotations

import ctypes
from typing import Any

from ._pdf_chunks import Chunk, Tops
from ._pdf_fonts import Fonts, Glyphs
from ._pdf_objects import DOUBLES, RECT

__all__ = ["GlyphReading"]

#: How far (points) a glyph's tight top must stay below its loose top, and its tight bottom
#: above its loose bottom, to count as a glyph within the font's box in any line of the same
#: font, size and matrix: far more than the rounding of pdfium's single-precision boxes.
_INSIDE = 0.01


class GlyphReading:
    """The glyph tops of a text page's runs (see :class:`~._pdf_boxes.Boxes`, which sets the
    attributes below and reads its runs through these methods)."""

    text: str
    handle: ctypes.c_void_p
    box: Any
    box_pointer: Any
    tight: Any
    tight_pointers: tuple[Any, ...]
    loose_box: Any
    char_box: Any
    fonts: Fonts
    inside: dict[tuple[Any, ...], Glyphs]
    held: dict[int, tuple[str, ...]]
    held_inside: dict[tuple[Any, ...], Glyphs]
    known: dict[tuple[Any, ...], Glyphs]

    def loose(self, index: int) -> tuple[float, float, float, float]:
        """The loose box of character ``index``: left, top, right, bottom."""
        self.loose_box(self.handle, index, self.box_pointer)
        return RECT.unpack_from(self.box)

    def glyph_tops(
        self,
        start: int,
        body: str,
        first: tuple[float, float, float, float],
        last: tuple[float, float, float, float],
        tight: tuple[float, float, float, float],
    ) -> Tops | None:
        """The loose tops of the visible characters of the run ``body`` of one text object
        (starting at ``start``), whose first and last characters have the loose boxes
        ``first`` and ``last`` and whose glyphs the tight box ``tight``, as :data:`Tops`:
        ``None`` unless every character shares the first's loose bottom (no glyph reaches
        below the font's box), lies between the first's left and the last's right, on an
        upright baseline, and one character at least has a glyph inside the font's box.

        Most runs are answered from their two ends' tops (:meth:`_tops_at_ends`); the
        others by :meth:`_glyph_tops`, which learns the characters first met.
        """
        left, _, right, bottom = first
        tight_left, tight_right, tight_bottom = tight[0], tight[2], tight[3]
        last_left, last_right = last[0], last[2]
        if not (
            bottom == last[3]
            and bottom < tight_bottom
            and (last_left if last_left < left else left) <= tight_left
            and tight_right <= (last_right if last_right > right else right)
        ):
            return None
        fonts = self.fonts
        record = fonts.at.get(start) or fonts.record_at(start)
        key = fonts.key(record, start) if record[2] else record[1]
        if key is None:
            return None
        glyphs = self.known.get(key)
        if glyphs is None:
            glyphs = self.known[key] = self._known(key)
        return self._tops_at_ends(start, body, first, last, tight, glyphs)

    def _tops_at_ends(
        self,
        start: int,
        body: str,
        first: tuple[float, float, float, float],
        last: tuple[float, float, float, float],
        tight: tuple[float, float, float, float],
        glyphs: Glyphs,
    ) -> Tops | None:
        """:meth:`_glyph_tops` of a run whose bottoms and box :meth:`glyph_tops` checked
        (``glyphs``: its font, size and matrix's), from its two ends' tops when it can: an
        ASCII run (most of a page) whose characters were all sorted before, one of whose ends
        has its glyph inside the font's box (its top is the font's). Then no character is
        learned and no other top is asked for; the other end's top must be the font's (its
        glyph inside too) or higher. Any other run goes to :meth:`_glyph_tops`."""
        data = body.encode("ascii") if body.isascii() else None
        if data is None or data.translate(None, glyphs.known_ascii):  # (C, not a set)
            return self._glyph_tops(start, body, first, last, tight, glyphs)
        inside, top, last_top = glyphs.inside, first[1], last[1]
        first_char, last_char = body[0], body[-1]
        if first_char == last_char:  # (one character: the top asked for last)
            top = last_top
        if first_char in inside:
            if (last_top != top) if last_char in inside else (last_top < top):
                return None  # not the run this reading expects
            ascent = top
        elif last_char in inside:
            if top < last_top:
                return None
            ascent = last_top
        else:
            return self._glyph_tops(start, body, first, last, tight, glyphs)
        # Every loose top is the font's or a higher glyph's: the highest glyph's, the run's
        # tight top, when it stands above the font's.
        highest = ascent if tight[1] < ascent else tight[1]
        count = len(data) - len(data.translate(None, glyphs.outside_ascii))
        return ascent, highest, count, glyphs.outside

    def _glyph_tops(
        self,
        start: int,
        body: str,
        first: tuple[float, float, float, float],
        last: tuple[float, float, float, float],
        tight: tuple[float, float, float, float],
        glyphs: Glyphs,
    ) -> Tops | None:
        """:meth:`glyph_tops` of any run (its bottoms and box checked, ``glyphs`` those of
        its font, size and matrix): the characters first met are learned (:meth:`_learn`),
        and the font's top is that of any character inside the font's box."""
        top, bottom = first[1], first[3]
        tight_top = tight[1]
        inside = glyphs.inside
        first_char, last_char, last_top = body[0], body[-1], last[1]
        if first_char == last_char:  # (one character: the top asked for last)
            top = last_top
        found = None  # the tops asked for, when glyphs were learned
        data = body.encode("ascii") if body.isascii() else None
        if data is None or data.translate(None, glyphs.known_ascii):  # (C, not a set)
            chars = set(body)
            chars.discard(" ")
            if not body.isprintable():  # (odd spaces are all unprintable)
                chars = {char for char in chars if not char.isspace()}
            fresh = chars.difference(inside, glyphs.outside)
            if fresh:  # first met on this page in this font
                found = {first_char: top, last_char: last_top}
                self._learn(start, body, bottom, fresh, found, glyphs)
        # The font's top: that of the first character asked for whose glyph stays inside
        # its box (any gives it); every other asked for must stand at it or higher.
        ascent = top if first_char in inside else last_top if last_char in inside else None
        if ascent is None and found:
            ascent = next((high for char, high in found.items() if char in inside), None)
        if ascent is None:  # (the first character of ``inside`` the run holds)
            present = next((char for char in inside if char in body), None)
            if present is None:
                return None
            ascent = self.loose(start + body.index(present))[1]
        for char, high in ((first_char, top), (last_char, last_top), *(found or {}).items()):
            if (high != ascent) if char in inside else (high < ascent):
                return None  # not the run this reading expects
        # Every loose top is the font's (``ascent``) or a higher glyph's: the highest glyph's,
        # the run's tight top, when it stands above the font's.
        highest = ascent if tight_top < ascent else tight_top
        outside = glyphs.outside
        if data is not None:  # the characters of ``outside`` counted in C
            count = len(data) - len(data.translate(None, glyphs.outside_ascii))
        else:
            count = sum(map(body.count, outside.intersection(body)))
        return ascent, highest, count, outside

    def _known(self, key: tuple[Any, ...]) -> Glyphs:
        """The characters of the font, size and matrix ``key`` whose glyphs stay inside the
        font's box, and the others, as far as known: the document's, for a font its
        :class:`~._pdf_fonts.FontMemory` holds, else this page's."""
        store = self.held_inside if key[0] in self.held else self.inside
        glyphs = store.get(key)
        if glyphs is None:
            glyphs = store[key] = Glyphs()
        return glyphs

    def _learn(
        self,
        start: int,
        body: str,
        bottom: float,
        fresh: set[str],
        found: dict[str, float],
        glyphs: Glyphs,
    ) -> None:
        """Sort the characters ``fresh`` of the run ``body`` (from ``start``, loose bottom
        ``bottom``) into those whose glyph stays inside the font's box and the others
        (``glyphs``), asking for one loose and one tight box each; ``found`` gets the loose
        tops asked for."""
        handle, loose_box, box, pointer = self.handle, self.loose_box, self.box, self.box_pointer
        char_box, tight, pointers = self.char_box, self.tight, self.tight_pointers
        floor = bottom + _INSIDE
        inside: list[str] = []
        outside: list[str] = []
        for char in fresh:
            index = start + body.index(char)
            top = found.get(char)
            if top is None:
                loose_box(handle, index, pointer)
                top = found[char] = RECT.unpack_from(box)[1]
            char_box(handle, index, *pointers)
            _, _, glyph_bottom, glyph_top = DOUBLES.unpack_from(tight)
            (inside if glyph_top < top - _INSIDE and glyph_bottom > floor else outside).append(char)
        glyphs.add_all(inside, outside)

    def exact_tops(self, chunk: Chunk) -> dict[str, float]:
        """The loose top of each character of ``chunk`` whose top :data:`Tops` left open."""
        tops = chunk[9]
        if tops is None:
            return {}
        body, start = chunk[0], chunk[8]
        return {
            char: self.loose(start + body.index(char))[1] for char in tops[3] if char in body
        }
