"""pdfium's character boxes for one text page, asked for per run of one text object.

pdfium gives a character's loose box one call at a time, and one call per character cost
more than all the rest of reading a page. :class:`Boxes` asks for them per run of
characters of one text object instead, and only as often as the run's glyphs differ: the
lines it gives are the lines the character-by-character path gives (the tests compare the
two on every PDF of the development corpus and a sample of the GA folder). The glyph tops
of a run whose glyphs reach above its font's box are read by :mod:`._pdf_glyphs`.
"""

from __future__ import annotations

import ctypes
import functools
import re
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ._pdf_chunks import Chunk, shared_box, space, visible_count
from ._pdf_fonts import FontMemory, Fonts, Glyphs
from ._pdf_glyphs import GlyphReading
from ._pdf_objects import DOUBLES, FOUR_DOUBLES, RECT, next_start, page_text, unchecked

__all__ = ["PLAIN_LINES_RE", "PLAIN_RE", "Boxes"]

#: Characters a chunk may hold: those of running text in the scripts of the UN's
#: languages, whose glyphs have a width, and pdfium's marks for a hyphen (U+0002, U+FFFE).
#: Any other (combining marks, format characters: glyphs that may have no width, whose
#: loose box is then an empty one of their own) sends its run to the character-by-character
#: path, which asks pdfium for every box.
PLAIN_RE = re.compile(
    "[\x02\x20-\x7e\xa0-\u02af\u0370-\u0482\u048a-\u052f\u0621-\u064a\u066a-\u06d5"
    "\u2010-\u2027\u2030-\u205e\u20a0-\u20bf\u2100-\u214f\u3000-\u303f\u4e00-\u9fff"
    "\uff01-\uff60\ufffe]*"
)
PLAIN_LINES_RE = re.compile(PLAIN_RE.pattern.replace("[\x02", "[\x02\r\n", 1))


class Boxes(GlyphReading):
    """pdfium's boxes for one text page, asked for as few times as the page allows.

    A character's loose box is the union of the font's box at its origin (the font's ascent
    and descent: one bottom and top for every character of a text object, that is of one
    show-text operation with one font, size and matrix on one baseline) and its glyph's
    tight box. For each run of characters of one text object (``FPDFText_CountRects``
    counts the text objects a range of characters crosses), the reader asks for the loose
    boxes of the first and last characters and for the tight box of the whole run
    (``FPDFText_GetRect``). When the two loose boxes share bottom and top and the tight box
    lies strictly inside them, no glyph reaches beyond the font's box and every character
    has that bottom and top (:func:`shared_box`; a run of one repeated character, a leader
    of dots, passes without the tight box's test). Every character's box lies between the
    first's left and the last's right: a text object's characters advance in one direction.

    In many fonts some glyphs reach above the font's ascent ("i", "l", "d", "f" in the
    Times New Roman of the General Assembly's PDFs): their loose top is their glyph's top,
    the same for every occurrence of the character in the run. The reader then asks for one
    box per distinct character (:meth:`glyph_tops`), and remembers, per font, size and
    matrix, which characters' glyphs stay well inside the font's box, so that later runs ask
    only for the others: for the rest of the page, and for the document's later pages while
    its :class:`~._pdf_fonts.FontMemory` holds the font. Runs whose characters may not share
    a bottom, or hold characters outside :data:`PLAIN_RE`, are read character by character.
    """

    def __init__(self, textpage: pdfium.PdfTextPage, memory: FontMemory | None = None) -> None:
        raw = textpage.raw
        count = textpage.count_chars()
        text = page_text(raw, count) if count else ""
        if len(text) != count:  # characters outside the BMP: read them one by one
            text = "".join(
                chr(code) if 0 < (code := pdfium_c.FPDFText_GetUnicode(raw, i)) < 0x110000 else "?"
                for i in range(count)
            )
        self.text = text
        #: Whether every character of the page is one :data:`PLAIN_RE` allows (or a line
        #: break): then no run needs the test.
        self.plain = PLAIN_LINES_RE.fullmatch(text) is not None
        self.handle = ctypes.c_void_p(ctypes.cast(raw, ctypes.c_void_p).value)
        self.box = pdfium_c.FS_RECTF()
        self.box_pointer = ctypes.byref(self.box)
        self.rect = FOUR_DOUBLES()  # left, top, right, bottom
        self.rect_pointers = tuple(ctypes.byref(self.rect, 8 * i) for i in range(4))
        self.tight = FOUR_DOUBLES()  # left, right, bottom, top
        self.tight_pointers = tuple(ctypes.byref(self.tight, 8 * i) for i in range(4))
        self.loose_box, self.count_rects, self.get_rect, self.char_box = _functions()
        self.fonts = Fonts(self.handle, memory, textpage)
        self.counted = (0, 0)  # the range of characters whose rectangles pdfium last counted
        #: The loose box of the first character of the run ``_same_font`` last joined.
        self.joined_first = (0.0, 0.0, 0.0, 0.0)
        #: Per font, size and matrix: the characters met so far whose glyph stays inside
        #: the font's box (their loose bottom and top are the font's), and the others; those
        #: of a font the document's :class:`FontMemory` holds are kept there, for later pages.
        self.inside: dict[tuple[Any, ...], Glyphs] = {}
        self.held, self.held_inside = self.fonts.memory.styles, self.fonts.memory.inside
        #: The entry of ``inside`` or of the font memory's, per key met on this page.
        self.known: dict[tuple[Any, ...], Glyphs] = {}

    def run(self, start: int, end: int, counted: bool = False) -> Chunk | None:
        """Characters ``start`` to ``end`` (visible at both ends) as one chunk, when they
        are of one text object and share their loose boxes' bottom; else ``None``.
        ``counted``: ``FPDFText_CountRects`` was last asked about this range, and found one.
        """
        text = self.text
        if end - start == 1:
            left, top, right, bottom = self.loose(start)
            return (text[start], 1, left, right, left, right, bottom, top, start, None)
        if not self.plain and PLAIN_RE.fullmatch(text, start, end) is None:
            return None
        handle = self.handle
        if not counted and self.count_rects(handle, start, end - start) != 1:
            return None
        self.get_rect(handle, 0, *self.rect_pointers)
        tight = DOUBLES.unpack_from(self.rect)
        self.loose_box(handle, start, self.box_pointer)
        first = RECT.unpack_from(self.box)
        self.loose_box(handle, end - 1, self.box_pointer)
        return self.chunk(start, end, first, RECT.unpack_from(self.box), tight)

    def chunk(
        self,
        start: int,
        end: int,
        first: tuple[float, float, float, float],
        last: tuple[float, float, float, float],
        tight: tuple[float, float, float, float],
    ) -> Chunk | None:
        """Characters ``start`` to ``end`` of one text object (visible at both ends) as one
        chunk, given the loose boxes of the first and last (``first``, ``last``) and the
        run's tight box (``tight``), when their loose boxes share a bottom; else ``None``."""
        body = self.text[start:end]
        left, top, right, bottom = first
        low = left if left < last[0] else last[0]
        high = right if right > last[2] else last[2]
        tops = None
        if not shared_box(body, (low, top, high, bottom), last[3], last[1], tight):
            tops = self.glyph_tops(start, body, first, last, tight)
            if tops is None:
                return None
            if tops[1] == tops[0] == top:  # every character has the first's top
                tops = None
        visible = len(body) - body.count(" ") if body.isprintable() else visible_count(body)
        return (body, visible, left, last[2], low, high, bottom, top, start, tops)

    def runs(self, start: int, end: int, objects: int = 0) -> list[Chunk | None]:
        """The chunks of characters ``start`` to ``end`` (visible at both ends); ``objects``:
        ``FPDFText_CountRects`` of that range, when the caller has asked it (else 0)."""
        text = self.text
        handle, count_rects = self.handle, self.count_rects
        chunks: list[Chunk | None] = []
        while start < end:
            stop = end
            if not objects:
                objects = count_rects(handle, start, end - start)
            if objects > 1:  # the longest run in one object
                stop = self._next_object(start, end)
            last = start + len(text[start:stop].rstrip())
            joined = stop
            if objects > 1:  # the next objects in the same font on the same baseline join it
                joined = self._same_font(start, stop, end)
            if joined > stop:
                stop = joined
                last = start + len(text[start:stop].rstrip())
                chunk = self.joined_run(start, last, self.joined_first)
            else:  # counted: pdfium's rectangles are those of start to last (or end), one
                counted = objects == 1 or self.counted == (start, last)
                chunk = self.run(start, last, counted=counted)
            if chunk is None:
                chunks.extend(self.each(start, last))
            else:
                chunks.append(chunk)
            start, objects = stop, 0
            while start < end and text[start].isspace():
                start += 1
            if start > last:
                chunks.append(space(text[last:start], last))
        return chunks

    def walk(self, start: int, end: int, objects: int) -> list[Chunk | None] | None:
        """The chunks :meth:`runs` gives for characters ``start`` to ``end`` (visible at both
        ends), which ``FPDFText_CountRects`` has just counted as ``objects`` text objects (2
        or more), from one walk over the objects; ``None`` when the walk does not find them
        (then :meth:`runs`, whose counts prove each boundary).

        Each boundary is searched for with questions of a character's text object alone: a
        text object's characters follow one another, so the walk finds where each object ends
        and the next starts, and ``objects - 1`` boundaries found, the last object the last
        character's, are the boundaries the count of rectangles sees (each is a change of
        object between two visible characters, and there are no more of them than it counts):
        the counts :meth:`_next_object` makes to prove each one are not needed. Objects then
        join into runs as :meth:`_same_font` joins them (one font, size and matrix, one loose
        bottom), and each run is read as :meth:`run` and :meth:`joined_run` read it."""
        fonts = self.fonts
        text_object, textpage = fonts.text_object, fonts.textpage
        if text_object is None:
            return None
        text, at, record_at, key_of = self.text, fonts.at, fonts.record_at, fonts.key
        records = [at.get(start) or record_at(start)]
        starts = [start]
        current = records[0][4]
        low = start + 1
        for _ in range(objects - 1):  # the next object's first visible character
            # (after the first boundary, the next character first: a hyphen may be an object
            # of its own)
            stop, other_at, other = next_start(text, text_object, textpage, current, low, end,
                                                len(starts) > 1)
            if stop >= end or stop != other_at or other == current:
                return None
            record = at.get(stop) or record_at(stop, other)
            records.append(record)
            starts.append(stop)
            current, low = other, stop + 1
        if text_object(textpage, end - 1) != current:
            return None
        starts.append(end)
        chunks: list[Chunk | None] = []
        handle, loose_box, box, pointer, unpack = (
            self.handle, self.loose_box, self.box, self.box_pointer, RECT.unpack_from
        )
        index = 0
        while index < objects:  # objects join as _same_font joins them
            begin, record = starts[index], records[index]
            index += 1
            joined = False
            if index < objects and records[index][3] == record[3]:
                key = key_of(record, begin)
                if key is not None and key_of(records[index], starts[index]) == key:
                    loose_box(handle, begin, pointer)
                    first = unpack(box)
                    while index < objects:
                        loose_box(handle, starts[index], pointer)
                        if unpack(box)[3] != first[3]:
                            break
                        index, joined = index + 1, True
                        if index < objects and key_of(records[index], starts[index]) != key:
                            break
            stop = starts[index]
            last = begin + len(text[begin:stop].rstrip())
            chunk = self.joined_run(begin, last, first) if joined else self.run(begin, last)
            if chunk is None:
                chunks.extend(self.each(begin, last))
            else:
                chunks.append(chunk)
            if stop > last:
                chunks.append(space(text[last:stop], last))
        return chunks

    def _same_font(self, start: int, stop: int, end: int) -> int:
        """Where the text objects from ``stop`` (the next object's first character) on that
        share the font, size and matrix of ``start``'s object and its first character's loose
        bottom end, before ``end``: ``stop`` when the next one does not. Such objects ("polit"
        | "ical commitment", a line broken into show-text operations) are one run for the
        reader: a character's loose box depends on its glyph, font and baseline alone.

        Two objects in different fonts (an italic lead and the roman rest) differ without
        their sizes and matrices asked for."""
        if stop >= end:
            return stop
        fonts = self.fonts
        at, record_at, metrics = fonts.at, fonts.record_at, fonts.metrics
        if (at.get(start) or record_at(start))[3] != (at.get(stop) or record_at(stop))[3]:
            return stop
        key = metrics(start)
        if key is None or metrics(stop) != key:
            return stop
        self.joined_first = first = self.loose(start)  # (for :meth:`joined_run`)
        bottom = first[3]
        text, handle, count_rects = self.text, self.handle, self.count_rects
        # (the first test of ``metrics(stop)`` was just made)
        while self.loose(stop)[3] == bottom:
            if count_rects(handle, stop, end - stop) == 1:
                return end
            stop = self._next_object(stop, end, short=True)
            if stop >= end or metrics(stop) != key:
                break
        while stop > start and text[stop - 1].isspace():  # back to the last object's end
            stop -= 1
        return stop

    def one_font(self, start: int, end: int) -> bool:
        """Whether characters ``start`` to ``end`` (visible at both ends), which
        ``FPDFText_CountRects`` has just counted as two text objects, are two objects of one
        font, size and matrix: the first's and the last's (a line broken into two show-text
        operations, "polit" | "ical commitment"). :meth:`runs` would join them into one run
        (:meth:`_same_font`); asked this way, the boundary between them need not be found.
        Two rectangles: the first character is in the first object, the last in the second,
        as the one-object reading takes its ends to be in its object."""
        fonts = self.fonts
        at, record_at, key_of = fonts.at, fonts.record_at, fonts.key
        one = at.get(start) or record_at(start)
        two = at.get(end - 1) or record_at(end - 1)
        if one[4] == two[4] or one[3] != two[3]:  # (one object: not the two counted)
            return False
        key = key_of(one, start)
        return key is not None and key_of(two, end - 1) == key

    def joined_run(
        self, start: int, end: int, first: tuple[float, float, float, float]
    ) -> Chunk | None:
        """Characters ``start`` to ``end`` (visible at both ends) of several text objects in
        one font on one baseline, as one chunk (see :meth:`chunk`), or ``None``; ``first``:
        the loose box of character ``start`` (:meth:`_same_font` asked for it)."""
        if not self.plain and PLAIN_RE.fullmatch(self.text, start, end) is None:
            return None
        handle, rect, get_rect, pointers = self.handle, self.rect, self.get_rect, self.rect_pointers
        low = top = high = bottom = 0.0
        count = self.count_rects(handle, start, end - start)
        if count:  # the union of the objects' rectangles
            get_rect(handle, 0, *pointers)
            low, top, high, bottom = DOUBLES.unpack_from(rect)
            for index in range(1, count):
                get_rect(handle, index, *pointers)
                left, upper, right, lower = DOUBLES.unpack_from(rect)
                if left < low:
                    low = left
                if upper > top:
                    top = upper
                if right > high:
                    high = right
                if lower < bottom:
                    bottom = lower
        self.loose_box(handle, end - 1, self.box_pointer)
        return self.chunk(start, end, first, RECT.unpack_from(self.box), (low, top, high, bottom))

    def _next_object(self, start: int, end: int, short: bool = False) -> int:
        """Where the longest run of characters from ``start`` (visible) in one text object
        ends, before ``end`` (the range crosses two objects at least): the characters after
        it belong to another text object, as ``FPDFText_CountRects`` counts them.

        Asking for the text object of a character is cheaper than counting the rectangles of
        a range: the search probes the text object of the visible character at or after its
        middle (a text object's characters follow one another), then proves its answer with
        two counts. It falls back to searching with counts alone. ``short``: the object is
        likely one character long (the hyphen of a compound that pdfium has as an object of
        its own, between two objects of one font: half the objects joined), so the search
        probes the next visible character first. The counts prove the answer either way: the
        rectangles of a range never fall in number as it grows, so one boundary passes them.
        """
        text, handle, count_rects = self.text, self.handle, self.count_rects
        fonts = self.fonts
        text_object, textpage = fonts.text_object, fonts.textpage
        if text_object is not None:
            # (the object of ``start`` is often known: the previous run's search found it)
            first = (fonts.at.get(start) or fonts.record_at(start))[4]
            stop, other_at, other = next_start(text, text_object, textpage, first, start + 1,
                                                end, short)
            last = start + len(text[start:stop].rstrip())
            # The run ends after ``last`` and before ``stop`` (only white space between): the
            # same chunks as the longest range of one object, wherever in the spaces it ends.
            if (
                stop < end
                and count_rects(handle, start, stop + 1 - start) > 1
                and count_rects(handle, start, last - start) == 1  # (asked last: see runs)
            ):
                self.counted = (start, last)
                if stop == other_at and stop not in fonts.at:  # its object is known
                    fonts.record_at(stop, other)
                return stop
        return self._next_object_by_counts(start, end)

    def _next_object_by_counts(self, start: int, end: int) -> int:
        """:meth:`_next_object` by ``FPDFText_CountRects`` alone: a bisection of the range
        (no question of a character's text object, which this pdfium may not answer)."""
        count_rects, handle = self.count_rects, self.handle
        low, high = 1, end - start - 1  # count(low) == 1, count(high + 1) > 1
        while low < high:
            middle = (low + high + 1) >> 1
            if count_rects(handle, start, middle) == 1:
                low = middle
            else:
                high = middle - 1
        return start + low

    def each(self, start: int, end: int) -> list[Chunk]:
        """Characters ``start`` to ``end`` (visible at both ends), one chunk each, with their
        own boxes; those of one text object are known to be (:meth:`Fonts.one_object`)."""
        chunks: list[Chunk] = []
        for index in range(start, end):
            char = self.text[index]
            if char.isspace():
                chunks.append(space(char, index))
            else:
                left, top, right, bottom = self.loose(index)
                chunks.append((char, 1, left, right, left, right, bottom, top, index, None))
        self.fonts.one_object(self.text, start, end)
        return chunks


@functools.cache
def _functions() -> tuple[Any, Any, Any, Any]:
    """``FPDFText_GetLooseCharBox``, ``FPDFText_CountRects``, ``FPDFText_GetRect`` and
    ``FPDFText_GetCharBox``, :func:`~._pdf_objects.unchecked`: the callers pass a
    ``c_void_p`` text page, ``int`` indices and ``byref`` pointers to an ``FS_RECTF`` or to
    ``c_double``, exactly the C signatures' types."""
    names = ("FPDFText_GetLooseCharBox", "FPDFText_CountRects", "FPDFText_GetRect",
             "FPDFText_GetCharBox")  # fmt: skip
    loose, count, rect, box = map(unchecked, names)
    assert None not in (loose, count, rect, box), "pypdfium2 always binds these"
    return loose, count, rect, box
