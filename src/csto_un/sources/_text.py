"""Plain text and Markdown to a :class:`~csto_un.sources.Document`.

Line endings are unified (CRLF and CR become LF), the text is normalised to NFC, a form feed
starts a new page, and a Markdown rule (``---``) is a page break recorded as furniture. When a
converter wrote the rule above a page's footnotes (``---`` then ``<sup>1</sup> …`` lines), the
footnotes stay on the page before and the page breaks after them.
"""

from __future__ import annotations

import itertools
import unicodedata

from ..errors import UnsupportedFormatError
from ._document import Document
from ._furniture import mark_footnotes, mark_furniture, plain_furniture
from ._markdown import is_rule, strip_markup
from ._rows import Row, build_document, build_plain_document, clean_text, without_ligatures

__all__ = ["read_text"]


def _split(text: str) -> list[str]:
    if "\r" in text:  # (one search: most texts have Unix line ends, and two copies cost more)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _row(piece: str, number: int, markdown: bool) -> Row:
    text, indented = clean_text(piece)
    if not markdown or not text:
        return Row(text, number, 1, not text, indented)  # (text, number, page, blank, indented)
    stripped, spans = strip_markup(text)
    lead = len(stripped) - len(stripped.lstrip(" "))
    body = stripped.strip(" ")
    spans = tuple(
        type(span)(span.start - lead, min(span.end - lead, len(body)), span.style)
        for span in spans
        if span.end - lead > 0 and span.start - lead < len(body)
    )
    return Row(text=body, number=number, blank=not body, indented=indented, spans=spans)


def _starts_with_mark(row: Row) -> bool:
    """A footnote line: it starts with a superscript mark or an asterisk that marks nothing."""
    if any(span.start == 0 and span.style == "superscript" for span in row.spans):
        return True
    italic_at_start = any(span.start == 0 and span.style == "italic" for span in row.spans)
    return row.text.startswith("*") and not italic_at_start


def _footnotes_after_rules(rows: list[Row]) -> None:
    """A rule followed by footnote lines is the footnote rule: the page breaks after them. A
    note goes on over the lines right under it ("<sup>1</sup> *Of*" / "*ficial Records …*")."""
    for index, row in enumerate(rows):
        if row.furniture != "page-break":
            continue
        following = [r for r in rows[index + 1 :] if not r.blank]
        run: list[Row] = []
        for candidate in following:
            if candidate.furniture is not None:
                break
            if not _starts_with_mark(candidate) and not (
                run and candidate.number == run[-1].number + 1  # a note's next line
            ):
                break
            run.append(candidate)
        if not run:
            continue
        run[0].break_before = False
        for candidate in run:
            candidate.footnote = True
        rest = following[len(run)] if len(following) > len(run) else None
        if rest is not None and rest.furniture is None:
            rest.break_before = True


def _number_pages(rows: list[Row]) -> None:
    page = 1
    for row in rows:
        if row.break_before:
            page += 1
        row.page = page


def _plain_rows(lines: list[str]) -> list[Row]:
    """The rows of plain-text lines without form feeds or ligatures
    (:func:`~._rows.without_ligatures`): a printable line without an indent is its text less
    trailing spaces; the others are read in full."""
    rows = []
    for number, raw in enumerate(lines, 1):
        if raw[:1] == " " or not raw.isprintable():
            rows.append(_row(raw, number, False))
        else:
            text = raw.rstrip(" ")
            rows.append(Row(text, number, 1, not text, False))  # (text, number, page, blank, …)
    return rows


def _plain_document(text: str, lines: list[str], name: str, encoding: str | None) -> Document:
    """The document of the plain ``text`` split in ``lines``, without form feeds, ligatures or
    a footnote rule, read as columns (no :class:`Row` a line): each line's text as
    :func:`_plain_rows` makes it (a line opening with a space or unprintable is read in full),
    the furniture found on the texts, the lines made in bulk (:func:`build_plain_document`)."""
    texts = list(map(str.rstrip, lines, itertools.repeat(" ")))  # (most lines: all they need)
    indented = set()
    opens_with_space = text[:1] == " " or "\n " in text or ("\r" in text and "\r " in text)
    if opens_with_space or not all(map(str.isprintable, lines)):
        for number, raw in enumerate(lines):  # (the lines read in full, as _plain_rows does)
            if raw[:1] == " " or not raw.isprintable():
                texts[number], indent = clean_text(raw)
                if indent:
                    indented.add(number)
    marks = plain_furniture(texts)
    return build_plain_document(texts, indented, marks.kinds, set(marks.found), marks.starts,
                                name=name, encoding=encoding)


def read_text(text: str, *, name: str, markdown: bool, encoding: str | None) -> Document:
    """The document in ``text`` (already decoded), read as Markdown or as plain text."""
    if not text.strip():
        raise UnsupportedFormatError("the input is empty or holds only white space", source=name)
    text = unicodedata.normalize("NFC", text)
    lines = _split(text)
    if not markdown and "\f" not in text and without_ligatures(text):  # most texts: in bulk
        if "_____" not in text:  # (no footnote rule: five underscores and more)
            return _plain_document(text, lines, name, encoding)
        plain = _plain_rows(lines)
        mark_furniture(plain)
        if "_____" in text:  # a footnote rule: five underscores and more
            mark_footnotes(plain)
        return build_document(plain, name=name, format="text", encoding=encoding)
    rows: list[Row] = []
    pending_break = False
    for number, raw in enumerate(lines, 1):
        if not markdown and "\f" not in raw:  # a plain line: the common case, in short
            row = _row(raw, number, False)
            if pending_break and not row.blank:
                row.break_before = True
                pending_break = False
            rows.append(row)
            continue
        for k, piece in enumerate(raw.split("\f")):
            if k:
                rows.append(Row(text="\f", number=number, furniture="page-break"))
                pending_break = True
            if k and not piece.strip():
                continue
            if markdown and is_rule(piece):
                rows.append(Row(text=piece.strip(), number=number, furniture="page-break"))
                pending_break = True
                continue
            row = _row(piece, number, markdown)
            if pending_break and not row.blank:
                row.break_before = True
                pending_break = False
            rows.append(row)
    if markdown:
        _footnotes_after_rules(rows)
    _number_pages(rows)
    mark_furniture(rows)
    if not markdown:
        mark_footnotes(rows)
    return build_document(
        rows, name=name, format="markdown" if markdown else "text", encoding=encoding
    )
