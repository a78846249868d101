"""pdfium's questions about a text page's characters and text objects, as the PDF reader asks
them thousands of times a page: its C functions called without ctypes' checks of their
arguments, the layouts of the rectangles they fill, and the search for where a text object
gives way to the next.
"""

from __future__ import annotations

import codecs
import ctypes
import struct
from typing import Any

import pypdfium2.raw as pdfium_c

__all__ = [
    "DOUBLES", "FOUR_DOUBLES", "NAME_BUFFER", "RECT", "SIX_FLOATS", "next_start", "page_text",
    "unchecked",
]


def unchecked(name: str, result: Any = ctypes.c_int, *arguments: Any) -> Any:
    """pdfium's C function ``name`` returning ``result``, called without ctypes' checks of
    its arguments, which cost twice the call itself (the caller passes exactly the C
    signature's types: ``c_void_p`` handles, ``int`` indices, ``byref`` pointers), but for
    ``arguments``, declared when given so that ctypes converts them (a plain address to a
    ``c_void_p``); ``None`` when this pdfium lacks it."""
    function = getattr(pdfium_c, name, None)
    address = None if function is None else ctypes.cast(function, ctypes.c_void_p).value
    if address is None:
        return None
    bare = ctypes.CFUNCTYPE(result, *arguments)(address)
    if not arguments:
        bare.argtypes = None  # type: ignore[assignment]
    return bare


RECT = struct.Struct("4f")  # pdfium's FS_RECTF: float left, top, right, bottom
DOUBLES = struct.Struct("4d")  # FPDFText_GetRect's double left, top, right, bottom

# The ctypes array types the reader's buffers are made of, made once per process. ctypes
# remembers an array type (``c_double * 4``) by a weak reference only, and a type refers to
# itself: one made where a buffer is made is garbage once the buffer goes, freed only by a
# garbage collection, and made again (~15 microseconds and a dozen objects for the collector
# to find) for the next page or document.
FOUR_DOUBLES = ctypes.c_double * 4  # a rectangle or a character box, as pdfium writes them
SIX_FLOATS = ctypes.c_float * 6  # a character's matrix (FS_MATRIX)
NAME_BUFFER = ctypes.c_char * 256  # a font's name


def page_text(raw: Any, count: int) -> str:
    """The text pdfium extracts from the text page ``raw``'s ``count`` characters, as
    pypdfium2's ``get_text_range(0, count)`` reads it, without the ctypes array type it makes
    for the buffer of each page (one per length: see :data:`FOUR_DOUBLES`): from the first to
    the last character pdfium keeps in its text (not one it excludes), UTF-16 decoded, the
    undecodable dropped. The buffer is a ``bytearray``, handed to pdfium as a pointer to its
    first ``c_ushort``."""
    index_of = pdfium_c.FPDFText_GetTextIndexFromCharIndex
    first, last = 0, count - 1
    start = end = -1
    while first <= last and (start := index_of(raw, first)) == -1:
        first += 1
    while first <= last and (end := index_of(raw, last)) == -1:
        last -= 1
    if first > last:
        return ""
    size = end + 2 - start  # with the terminating NUL
    buffer = bytearray(2 * size)
    written = pdfium_c.FPDFText_GetText(
        raw, first, last - first + 1, ctypes.byref(ctypes.c_ushort.from_buffer(buffer))
    )
    if written > size:
        raise ValueError(f"pdfium wrote {written} characters into a buffer of {size}")
    return codecs.decode(memoryview(buffer)[: 2 * (written - 1)], "utf-16-le", "ignore")


def next_start(
    text: str,
    text_object: Any,
    textpage: Any,
    current: int | None,
    low: int,
    end: int,
    next_first: bool,
) -> tuple[int, int, int | None]:
    """Where the text object ``current`` (that of the visible character before ``low``)
    gives way to another, searched for in ``low`` to ``end`` with questions of a character's
    text object (``text_object``): the first visible character after the boundary (``end``
    when none stands before it), the last probe found in another object and that object
    (``-1`` and ``None`` when no probe was). A text object's characters follow one another,
    so the search bisects, probing the visible character at or after each middle;
    ``next_first`` probes the next visible character first (an object likely one character
    long: a hyphen pdfium has as an object of its own)."""
    high, other_at = end, -1
    other: int | None = None
    if next_first:
        probe = low
        while probe < high and text[probe].isspace():
            probe += 1
        if probe < high:
            found = text_object(textpage, probe)
            if found == current:
                low = probe + 1
            else:  # (every middle up to ``probe`` probes ``probe``)
                high, other_at, other = low, probe, found
    while low < high:
        middle = (low + high) >> 1
        probe = middle
        while probe < high and text[probe].isspace():
            probe += 1
        if probe == high:
            high = middle
        elif (found := text_object(textpage, probe)) == current:
            low = probe + 1
        else:
            high, other_at, other = middle, probe, found
    stop = low  # the first character of the next object, or a space before it
    while stop < end and text[stop].isspace():
        stop += 1
    return stop, other_at, other
