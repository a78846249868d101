"""XML plumbing for the Akoma Ntoso export: clean text, build elements, serialise the same way.

Only the standard library: elements are built with :mod:`xml.etree.ElementTree` without
namespaces (the root carries the literal ``xmlns``), so no global namespace registry is touched.
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence

__all__ = [
    "AKN_NS",
    "XML_LANG",
    "Inline",
    "clean",
    "fill",
    "serialise",
    "slug",
    "sub",
]

#: The Akoma Ntoso 3.0 namespace (OASIS LegalDocML).
AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
#: ElementTree's spelling of ``xml:lang``.
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# XML 1.0 allows TAB, LF, CR and everything from U+0020 on, except surrogates, U+FFFE, U+FFFF.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Controls that stand for white space in extracted text (form feed, vertical tab).
_SPACELIKE = str.maketrans({"\x0b": " ", "\x0c": " "})
# Elements whose content is mixed (text and inlines): never indented, so no space is added.
_INLINE_CONTAINERS = frozenset(
    {"p", "from", "num", "heading", "subheading", "narrative", "summary", "docTitle"}
)


def clean(text: str | None) -> str:
    """``text`` made safe for XML 1.0: form feeds become spaces, other forbidden characters go.

    >>> clean("a\\x0cb\\x00c")
    'a bc'
    """
    if not text:
        return ""
    return _FORBIDDEN.sub("", text.translate(_SPACELIKE))


def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str | None) -> ET.Element:
    """Append a child ``tag`` to ``parent`` with cleaned ``text`` and the non-``None`` attributes.

    Attribute names ending in ``_`` lose it (``as_`` → ``as``); ``xml_lang`` is ``xml:lang``.
    """
    element = ET.SubElement(parent, tag)
    for name, value in attrs.items():
        if value is None:
            continue
        key = XML_LANG if name == "xml_lang" else name.rstrip("_")
        element.set(key, clean(value))
    if text is not None:
        element.text = clean(text)
    return element


class Inline:
    """A stretch ``[start, end)`` of a text to wrap in an inline element ``tag``."""

    __slots__ = ("attrs", "end", "start", "tag")

    def __init__(self, start: int, end: int, tag: str, **attrs: str | None) -> None:
        self.start = start
        self.end = end
        self.tag = tag
        self.attrs = attrs


def fill(
    parent: ET.Element,
    text: str,
    spans: Sequence[Inline] = (),
    *,
    notes: Iterable[tuple[int, ET.Element]] = (),
) -> None:
    """Write ``text`` into ``parent`` as mixed content, wrapping each span in its inline element.

    Spans that overlap an earlier one are dropped; ``notes`` are ready-made elements (authorial
    notes) inserted at their offsets. Offsets are clamped to the text.
    """
    events: list[tuple[int, int, Inline | ET.Element]] = []
    last_end = -1
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if (
            span.start < last_end
            or span.start < 0
            or span.end > len(text)
            or (span.end <= span.start)
        ):
            continue
        events.append((span.start, 1, span))
        last_end = span.end
    for offset, element in notes:
        events.append((max(0, min(offset, len(text))), 0, element))
    events.sort(key=lambda event: (event[0], event[1]))
    position = 0
    # the last child written, whose tail takes the text that follows
    current: ET.Element | None = parent[-1] if len(parent) else None

    def write(chunk: str) -> None:
        if not chunk:
            return
        chunk = clean(chunk)
        if current is None:
            parent.text = (parent.text or "") + chunk
        else:
            current.tail = (current.tail or "") + chunk

    for offset, _, item in events:
        if offset < position:  # a note inside a span goes right after it
            offset = position
        write(text[position:offset])
        if isinstance(item, Inline):
            current = sub(parent, item.tag, text[item.start : item.end], **item.attrs)
            position = item.end
        else:
            parent.append(item)
            current = item
            position = offset
    write(text[position:])


def slug(text: str, *, fallback: str = "x") -> str:
    """An identifier-friendly form of ``text``: ASCII letters and digits joined by dots.

    Letters without an ASCII form (CJK, Arabic) are kept as they are.

    >>> slug("M. Costa Filho"), slug("Côte d’Ivoire"), slug("傅聪")
    ('m.costa.filho', 'cote.d.ivoire', '傅聪')
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = re.findall(r"\w+", stripped.casefold())
    result = ".".join(words).replace("_", ".")
    return result or fallback


def _indent(element: ET.Element, level: int = 0) -> None:
    if element.tag in _INLINE_CONTAINERS or not len(element):
        return
    if (element.text and element.text.strip()) or any(
        child.tail and child.tail.strip() for child in element
    ):
        return  # mixed content: leave exactly as written
    pad = "\n" + "  " * (level + 1)
    element.text = pad
    for child in element:
        _indent(child, level + 1)
        child.tail = pad
    element[-1].tail = "\n" + "  " * level


def serialise(root: ET.Element) -> str:
    """The document as a string: XML declaration, two-space indentation outside mixed content."""
    _indent(root)
    body = ET.tostring(root, encoding="unicode", short_empty_elements=True)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
