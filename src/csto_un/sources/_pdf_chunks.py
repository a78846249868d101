"""A chunk: a run of characters of one text object on one baseline, as the PDF reader
carries it from pdfium's boxes (:mod:`._pdf_boxes`) to its lines (:mod:`._pdf_lines`), and
the tests on a run's text and boxes that need no text page."""

from __future__ import annotations

__all__ = ["Chunk", "Tops", "shared_box", "space", "visible_count"]

# A chunk: characters of one text object on one baseline, as (text, visible, first_left,
# last_right, left, right, bottom, top, index, tops): ``visible`` is the number of its
# characters that are not white space (the text starts and ends with one of them);
# ``first_left`` and ``last_right`` are the left of its first and the right of its last
# character, ``left`` and ``right`` the extremes of all its characters; ``bottom`` their
# shared loose bottom and ``top`` the first character's loose top; ``index`` is pdfium's
# index of its first character; ``tops`` is ``None`` when every character shares ``top``,
# else :data:`Tops` (a character's glyph gives its top, and a character is one glyph in one
# text object). A
# chunk of white space only has ``visible == 0`` and no geometry: white space carries none
# the reader uses.
#: The loose tops of a run's characters as bounds: (``common``, ``highest``, ``count``,
#: ``chars``): every visible character's top is ``common`` (the font's top on the run's
#: baseline) but for the ``count`` occurrences of the run's characters among ``chars``, whose
#: glyphs may reach above it, up to ``highest``; :meth:`Boxes.exact_tops` asks for theirs.
#: (``chars`` are those of the run's font, size and matrix: the run's among them are found
#: only when asked.)
Tops = tuple[float, float, int, set[str]]
Chunk = tuple[str, int, float, float, float, float, float, float, int, Tops | None]


def space(text: str, index: int) -> Chunk:
    """A chunk of white space (no geometry) at pdfium's index ``index``."""
    return (text, 0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, index, None)


def shared_box(
    body: str,
    ends: tuple[float, float, float, float],
    last_bottom: float,
    last_top: float,
    tight: tuple[float, float, float, float],
) -> bool:
    """Whether every character of a run of one text object (``body``, visible at both ends)
    has the loose bottom and top of its first and last characters: those two agree, and the
    run's tight box lies within the ends (``ends``: the leftmost left, the first's top, the
    rightmost right, the first's bottom) and strictly inside their bottom and top (no glyph
    reaches beyond the font's box) — or the run repeats one glyph. See :class:`Boxes`."""
    low, top, high, bottom = ends
    tight_left, tight_top, tight_right, tight_bottom = tight
    return (
        bottom == last_bottom
        and top == last_top
        and low <= tight_left
        and tight_right <= high
        and (
            (bottom < tight_bottom and tight_top < top)
            # (one glyph: the run's visible ends are one character)
            or (body[0] == body[-1] and _one_glyph(body))
        )
    )


def _one_glyph(text: str) -> bool:
    """All the visible characters are one and the same (a leader of dots): each has the
    same glyph, and in one text object the same loose bottom and top, even when the loose
    box is the glyph's tight box (fonts without a bounding box)."""
    first = text[0]
    if first != " ":  # (counted in C, no copy: every character is ``first`` or a space)
        return text.count(first) + text.count(" ") == len(text)
    visible = text.replace(" ", "")
    return not visible.replace(visible[0], "")


def visible_count(body: str) -> int:
    """The number of characters of ``body`` that are not white space."""
    visible = len(body) - body.count(" ")
    if not body.isprintable():  # (odd spaces are all unprintable)
        visible = sum(not char.isspace() for char in body)
    return visible
