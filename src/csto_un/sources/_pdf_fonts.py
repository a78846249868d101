"""Which characters of a PDF page were set in an italic or a bold font.

pdfium knows each character's text object (one show-text operation: one font), and each
font's name, flags and weight. A UN document sets the opening words of a resolution's
paragraphs ("*Recalling*", "*Also decides*") in italics and its headings in bold, so the
reader marks them as ``"italic"`` and ``"bold"`` spans (:class:`~csto_un.sources.Span`).

A font is italic when its name says so ("TimesNewRomanPS-ItalicMT", "Arial,BoldItalic",
"Helvetica-Oblique") or its descriptor's flags do (the italic flag); bold when its name says
so, or its descriptor forces bold, or gives a weight of 600 or more (pdfium derives it from
the stem width when the font does not state one). The reader asks pdfium once per run of one
text object, and once per font of a page.
"""

from __future__ import annotations

import ctypes
import functools
import struct
from typing import Any

import pypdfium2.raw as pdfium_c

from ._document import Span
from ._pdf_objects import NAME_BUFFER, SIX_FLOATS, unchecked

__all__ = ["FontMemory", "Fonts", "Glyphs", "join_styled"]

_ITALIC_FLAG = 1 << 6  # the font descriptor's Italic flag (PDF 32000-1, table 123)
_FORCE_BOLD_FLAG = 1 << 18  # its ForceBold flag
_BOLD_WEIGHT = 600  # semibold and heavier
#: A matrix's a, b, c, d (e and f skipped), as single floats.
_MATRIX = struct.Struct("4f")
#: What the reader knows of one text object, a list (its key is filled in when first asked):
#: ``[0]`` its font's styles, ``[1]`` its key for :meth:`Fonts.metrics` (``None``: none, or
#: not asked yet), ``[2]`` true (the object's address) while its key is to be asked, else 0,
#: ``[3]`` its font, ``[4]`` the object's address. Read by index in the line builder's loops.
Record = list[Any]
#: The styles a font can give, in the order spans of one run are listed.
STYLES = ("bold", "italic")
#: The ASCII characters ``str.isspace`` calls white space: never a glyph the reader sorts.
_ASCII_SPACES = bytes(code for code in range(128) if chr(code).isspace())


class Glyphs:
    """The characters of one font, size and matrix met so far, sorted by their glyphs:
    ``inside`` those whose glyph stays inside the font's box (their loose bottom and top are
    the font's), ``outside`` the others (see :class:`~._pdf_boxes.Boxes`). ``known_ascii``
    and ``outside_ascii`` spell the ASCII ones of both sets (and white space) and of
    ``outside`` as bytes, so that a run is sorted by two ``bytes.translate`` calls in C
    instead of a set of its characters (:meth:`add_all` keeps them current)."""

    __slots__ = ("inside", "known_ascii", "outside", "outside_ascii")

    def __init__(self) -> None:
        self.inside: set[str] = set()
        self.outside: set[str] = set()
        self.known_ascii = _ASCII_SPACES
        self.outside_ascii = b""

    def add_all(self, inside: list[str], outside: list[str]) -> None:
        """Sort the characters ``inside`` (not white space) into ``inside``, and ``outside``
        into ``outside``."""
        self.inside.update(inside)
        self.outside.update(outside)
        spelled = "".join(inside).encode("ascii", "ignore")
        above = "".join(outside).encode("ascii", "ignore")
        self.known_ascii += spelled + above
        self.outside_ascii += above


class FontMemory:
    """What the pages of one document learned about its fonts, for the pages after them.

    pdfium names a font by the address of its loaded font object (``FPDFTextObj_GetFont``),
    one object per font of the document while a page that uses it is open; once every such
    page is closed, the object may be freed and its address given to another font. So a
    font's knowledge (its styles, and which glyphs stay inside its box:
    :class:`~._pdf_boxes.Boxes`) is kept for the later pages only while the text page it was
    first met on is held open here (:meth:`hold`): an address seen again then is the same
    font object. GA documents set every page in the fonts of their first; at most
    ``limit`` pages are held, and the fonts first met after that are learned page by page.
    """

    def __init__(self, limit: int = 16) -> None:
        self.limit = limit
        #: The fonts (addresses) a held page keeps loaded, and their styles.
        self.styles: dict[int, tuple[str, ...]] = {}
        #: Per font, size and matrix of a held font: see ``Boxes.inside``.
        self.inside: dict[tuple[Any, ...], Glyphs] = {}
        self.pages: list[object] = []  # the text pages held open

    def hold(self, font: int | None, page: object) -> bool:
        """Whether ``font``, met on the text page ``page``, is (now) held: ``page`` is kept
        open with it, when it is a new font and the limit allows."""
        if font in self.styles:
            return True
        if not font or (len(self.pages) >= self.limit and page not in self.pages):
            return False
        if page not in self.pages:
            self.pages.append(page)
        self.styles[font] = font_styles(font)
        return True


class Fonts:
    """The styles (``()``, ``("italic",)``, ``("bold",)`` or both) of a text page's characters,
    remembered per text object and per font, and what fixes their glyphs' boxes
    (:meth:`metrics`), remembered per text object."""

    def __init__(
        self, textpage: ctypes.c_void_p, memory: FontMemory | None = None, page: object = None
    ) -> None:
        self.textpage = textpage
        self.memory = FontMemory(0) if memory is None else memory
        self.page = page  # what ``memory`` holds open to keep this page's fonts
        #: Per text object: its record (:data:`Record`).
        self.records: dict[int | None, Record] = {}
        self.by_font: dict[int | None, tuple[str, ...]] = {}
        #: Per character index asked about: its text object's record.
        self.at: dict[int, Record] = {}
        self.text_object, self.object_font, self.font_size, self.char_matrix = _functions()
        #: Whether this pdfium gives a text object's font size and a character's matrix.
        self.gives_metrics = self.font_size is not None and self.char_matrix is not None
        #: A character's matrix (``FS_MATRIX``: a, b, c, d, e, f), as pdfium writes it.
        self.matrix = SIX_FLOATS()
        self.matrix_pointer = ctypes.byref(self.matrix)

    def styles(self, index: int) -> tuple[str, ...]:
        """The styles of character ``index``: those of its text object's font (none for a
        character pdfium made up, such as a space between two text objects)."""
        record = self.at.get(index)
        if record is None:
            record = self.record_at(index)
        return record[0]  # type: ignore[no-any-return]

    def run_styles(self, index: int) -> tuple[str, ...]:
        """The styles of character ``index``, as :meth:`styles` gives them, for a line of one
        text object whose other characters nothing else asks about: its object's font is
        asked for without a record of the object (most lines of a meeting record), unless
        the line's glyph tops made one."""
        record = self.at.get(index)
        if record is not None:
            return record[0]  # type: ignore[no-any-return]
        text_object = self.text_object(self.textpage, index) if self.text_object else None
        record = self.records.get(text_object)
        if record is not None:
            return record[0]  # type: ignore[no-any-return]
        if not text_object or self.object_font is None:
            return ()
        font = self.object_font(text_object)
        found = self.by_font.get(font)
        return self._font_styles(font) if found is None else found

    def _font_styles(self, font: int | None) -> tuple[str, ...]:
        """The styles of ``font``, first met on this page (and remembered for it)."""
        if font and self.memory.hold(font, self.page):
            found = self.memory.styles[font]
        else:
            found = font_styles(font) if font else ()
        self.by_font[font] = found
        return found

    def metrics(self, index: int) -> tuple[Any, ...] | None:
        """What fixes the boxes of character ``index``'s glyphs relative to its baseline:
        its text object's font, font size and the scale of the character's matrix (the text
        object's, and any form's it stands in), as a key; ``None`` when it is turned or
        slanted (the boxes then depend on where a character stands) or pdfium does not say.
        """
        record = self.at.get(index)
        if record is None:
            record = self.record_at(index)
        return self.key(record, index)

    def key(self, record: Record, index: int) -> tuple[Any, ...] | None:
        """:meth:`metrics` of character ``index``, whose text object's record is ``record``
        (the caller has it)."""
        if record[2]:  # not asked yet: the character's matrix, and its object's font size
            record[2] = 0
            if self.char_matrix(self.textpage, index, self.matrix_pointer):
                a, b, c, d = _MATRIX.unpack_from(self.matrix)
                if b == c == 0:
                    record[1] = (record[3], self.font_size(self.textpage, index), a, d)
        return record[1]  # type: ignore[no-any-return]

    def one_object(self, text: str, start: int, end: int) -> None:
        """When the first and last characters of ``start`` to ``end`` of ``text`` (visible)
        are of one text object, the visible characters between them are of it too (a text
        object's characters follow one another): their record is its, so that their styles
        are known without a question to pdfium per character (a run the reader reads
        character by character, as a footnote's text after its raised number)."""
        if self.text_object is None or end - start < 3:
            return
        at = self.at
        record = at.get(start) or self.record_at(start)
        if record[4] is None or self.text_object(self.textpage, end - 1) != record[4]:
            return
        for index in range(start + 1, end):
            if index not in at and not text[index].isspace():
                at[index] = record

    def record_at(self, index: int, text_object: int | None = -1) -> Record:
        """The record of character ``index``'s text object (``None``: pdfium made it up);
        ``text_object``: that object, when the caller has asked pdfium for it. A text
        object's record holds its styles when first met, its key when first asked."""
        if text_object == -1:
            text_object = self.text_object(self.textpage, index) if self.text_object else None
        record = self.records.get(text_object)
        if record is None:
            if not text_object or self.object_font is None:
                record = [(), None, 0, None, text_object]
            else:
                font = self.object_font(text_object)
                found = self.by_font.get(font)
                if found is None:
                    found = self._font_styles(font)
                record = [found, None, text_object if self.gives_metrics else 0, font, text_object]
            self.records[text_object] = record
        self.at[index] = record
        return record


def font_styles(font: int) -> tuple[str, ...]:
    """The styles of the pdfium font ``font`` (an ``FPDF_FONT``), by its name, flags, weight."""
    handle = ctypes.cast(font, pdfium_c.FPDF_FONT)
    name = _font_name(handle).lower()
    flags = pdfium_c.FPDFFont_GetFlags(handle)
    flags = flags if flags > 0 else 0
    italic = "italic" in name or "oblique" in name or bool(flags & _ITALIC_FLAG)
    bold = (
        "bold" in name
        or bool(flags & _FORCE_BOLD_FLAG)
        or pdfium_c.FPDFFont_GetWeight(handle) >= _BOLD_WEIGHT
    )
    return tuple(style for style, is_set in zip(STYLES, (bold, italic), strict=True) if is_set)


def _font_name(font: Any) -> str:
    """The font's PostScript name ("TimesNewRomanPS-BoldMT"), or ``""``."""
    getter = getattr(pdfium_c, "FPDFFont_GetBaseFontName", None) or getattr(
        pdfium_c, "FPDFFont_GetFontName", None
    )
    if getter is None:
        return ""
    buffer = NAME_BUFFER()  # (create_string_buffer(256) would make its type afresh)
    length = getter(font, buffer, len(buffer))
    if length <= 0:
        return ""
    return buffer.value.decode("latin-1")


@functools.cache
def _functions() -> tuple[Any, Any, Any, Any]:
    """``FPDFText_GetTextObject`` and ``FPDFTextObj_GetFont`` returning plain addresses
    (``int`` or ``None``, usable as keys), ``FPDFText_GetFontSize`` and
    ``FPDFText_GetMatrix``, without ctypes' checks of their arguments (the callers pass
    ``c_void_p`` handles, ``int`` indices and ``byref`` pointers, the C signatures' types)
    but for ``FPDFTextObj_GetFont``'s, declared once so that it takes a plain address;
    ``None`` for any this pdfium lacks (then no character has a style, or a key).

    A character's font size is its text object's, as the text state sets it and
    ``FPDFTextObj_GetFontSize`` gives it (a test compares the two): asked of the character,
    it needs no handle made of the object's address (a ``c_void_p``, a fifth of a
    microsecond) and no buffer."""
    return (
        unchecked("FPDFText_GetTextObject", ctypes.c_void_p),
        unchecked("FPDFTextObj_GetFont", ctypes.c_void_p, ctypes.c_void_p),
        unchecked("FPDFText_GetFontSize", ctypes.c_double),
        unchecked("FPDFText_GetMatrix"),
    )


def join_styled(text: str, spans: list[Span]) -> list[Span]:
    """The spans with the italic and bold spans of one style that only white space parts
    (the space pdfium puts between two text objects) joined into one, ordered by start."""
    spans = sorted(spans, key=lambda span: (span.start, -span.end, span.style))
    joined: list[Span] = []
    last: dict[str, int] = {}  # style -> index in joined of its last span
    for span in spans:
        at = last.get(span.style)
        if span.style in STYLES and at is not None:
            before = joined[at]
            if before.end >= span.start or text[before.end : span.start].isspace():
                joined[at] = Span(before.start, max(before.end, span.end), span.style)
                continue
        last[span.style] = len(joined)
        joined.append(span)
    return joined
