"""pdfium's questions about a text page's characters and text objects, as the PDF reader asks
them thousands of times a page: its C functions called without ctypes' checks of their
arguments, the layouts of the rectangles they fill, and the search for where a text object
gives way to the next.
"""

from __future__ import annotations

import ctypes
import struct
from typing import Any

import pypdfium2.raw as pdfium_c

__all__ = ["DOUBLES", "RECT", "next_start", "unchecked"]


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
