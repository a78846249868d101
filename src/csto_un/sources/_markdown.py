"""Markdown as PDF converters write it: strip the markup, keep what it said as spans.

Only the inline markup such converters produce is understood: ``*italic*`` / ``_italic_``,
``**bold**``, ``<sup>1</sup>`` (and ``<sub>``, ``<i>``, ``<b>``, ``<em>``, ``<strong>``),
``[text](target)`` links, backslash escapes (``\\*`` → ``*``), HTML entities, ``#`` headings
and ``---`` rules. A marker that opens nothing or closes nothing stays in the text as printed.
"""

from __future__ import annotations

import html
import re

import attrs

from ._document import Span

__all__ = ["is_rule", "looks_like_markdown", "strip_markup"]

_ESCAPABLE = frozenset("\\`*_{}[]()#+-.!|<>~\"'")
_TAGS = {
    "sup": "superscript",
    "sub": "subscript",
    "i": "italic",
    "em": "italic",
    "b": "bold",
    "strong": "bold",
}
_TAG_RE = re.compile(r"<(/?)(sup|sub|i|em|b|strong)\s*>", re.IGNORECASE)
_OTHER_TAG_RE = re.compile(r"</?(?:span|a|u|font|div|p)\b[^>]*>|<br\s*/?>", re.IGNORECASE)
_HEADING_RE = re.compile(r"#{1,6}\s+")  # the opening of an ATX heading; the rest in Python:
# "(.*?)(?:\s+#+)?\s*$" after it retries the closing at every character (quadratic)
# (each repeat starts with its mark: "-", "*" or "_", so it cannot match one text two ways)
_RULE_RE = re.compile(r"^ {0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")  # noqa: DUO138
_LINK_TAIL_RE = re.compile(r"\]\(([^()\s]*(?:\([^()\s]*\))?[^()\s]*)(?:\s+\"[^\"]*\")?\)")
_ENTITY_RE = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")

# Evidence that a text is Markdown, one pattern per kind of markup, each with a string every
# match holds: a text without it is not searched (most texts hold no "*", "<", "](" or "\\").
_EVIDENCE = (
    ("#", re.compile(r"^#{1,6} \S", re.MULTILINE)),
    # (?<![\w*\\])\*{1,2}…, written to start with its literal "*", which the engine finds fast
    ("*", re.compile(r"\*(?<![\w*\\]\*)\*?[^\s*\d][^*\n]*?[^\s*\\]\*{1,2}(?![\w*])")),
    ("<", re.compile(r"</?(?:sup|sub)>", re.IGNORECASE)),
    ("](", re.compile(r"\[[^\]\n]+\]\([^)\n]*\)")),
    ("---", re.compile(r"^---+[ \t]*$", re.MULTILINE)),
    ("\\", re.compile(r"\\[*_#\[\]()`]")),
)


def looks_like_markdown(text: str) -> bool:
    """Whether ``text`` carries Markdown markup: two different kinds of it, or much of one."""
    # (a string's first character is looked for first: a search for one character is done in
    # a fraction of the time of a search for two, and most texts hold no "]")
    counts = [len(pattern.findall(text)) if held[0] in text and held in text else 0
              for held, pattern in _EVIDENCE]
    return sum(1 for count in counts if count) >= 2 or max(counts) >= 5


def is_rule(line: str) -> bool:
    """A thematic break (``---``, ``***``, ``___``): converters write one for a page break."""
    return bool(_RULE_RE.match(line))


@attrs.define
class _Marker:
    """An emphasis marker seen while scanning: literal text until something closes it."""

    text: str
    styles: tuple[str, ...]
    key: str = ""
    closes: bool = False
    matched: bool = False
    partner: _Marker | None = None


_Token = str | _Marker


def _emphasis_styles(run: str) -> tuple[str, ...]:
    return {1: ("italic",), 2: ("bold",)}.get(len(run), ("bold", "italic"))


def _open_index(stack: list[_Marker], text: str) -> int | None:
    for index in range(len(stack) - 1, -1, -1):
        if (stack[index].key or stack[index].text) == text:
            return index
    return None


def _close(tokens: list[_Token], stack: list[_Marker], index: int, marker: _Marker) -> None:
    opener = stack[index]
    del stack[index:]
    opener.matched = marker.matched = True
    marker.closes = True
    marker.partner = opener
    tokens.append(marker)


def _scan_emphasis(line: str, i: int, tokens: list[_Token], stack: list[_Marker]) -> int:
    char = line[i]
    end = i
    while end < len(line) and line[end] == char:
        end += 1
    run = line[i:end]
    before = line[i - 1] if i else " "
    after = line[end] if end < len(line) else " "
    if (
        char == "_"
        and (before.isalnum() or after.isalnum())
        and not (before.isspace() or after.isspace())
    ):
        tokens.append(run)  # intraword underscores are literal
        return end
    marker = _Marker(run, _emphasis_styles(run))
    index = _open_index(stack, run)
    if not before.isspace() and index is not None:
        _close(tokens, stack, index, marker)
    elif not after.isspace():
        stack.append(marker)
        tokens.append(marker)
    else:
        tokens.append(run)
    return end


def _tokenize(line: str) -> list[_Token]:
    tokens: list[_Token] = []
    stack: list[_Marker] = []
    i = 0
    while i < len(line):
        char = line[i]
        if char == "\\" and i + 1 < len(line) and line[i + 1] in _ESCAPABLE:
            tokens.append(line[i + 1])
            i += 2
        elif char in "*_":
            i = _scan_emphasis(line, i, tokens, stack)
        elif char == "<" and (tag := _TAG_RE.match(line, i)):
            name = tag.group(2).lower()
            marker = _Marker(tag.group(), (_TAGS[name],), key=f"<{name}>")
            index = _open_index(stack, f"<{name}>")
            if tag.group(1) and index is not None:
                _close(tokens, stack, index, marker)
            elif tag.group(1):
                tokens.append(tag.group())
            else:
                stack.append(marker)
                tokens.append(marker)
            i = tag.end()
        elif char == "<" and (other := _OTHER_TAG_RE.match(line, i)):
            tokens.append(" " if other.group().lower().startswith("<br") else "")
            i = other.end()
        elif char == "[":
            marker = _Marker("[", ("link",))
            stack.append(marker)
            tokens.append(marker)
            i += 1
        elif (
            char == "]"
            and (tail := _LINK_TAIL_RE.match(line, i))
            and ((index := _open_index(stack, "[")) is not None)
        ):
            _close(tokens, stack, index, _Marker(tail.group(), ("link",)))
            i = tail.end()
        elif char == "&" and (entity := _ENTITY_RE.match(line, i)):
            tokens.append(html.unescape(entity.group()))
            i = entity.end()
        else:
            tokens.append(char)
            i += 1
    return tokens


def _heading_text(line: str) -> str | None:
    """The text of an ATX heading line ("## Title ##" → "Title"), or ``None``."""
    opening = _HEADING_RE.match(line)
    if opening is None:
        return None
    text = line[opening.end() :].rstrip()
    unclosed = text.rstrip("#")
    if unclosed != text and unclosed[-1:].isspace():  # a closing run of "#" after a space
        text = unclosed.rstrip()
    return text


def strip_markup(line: str) -> tuple[str, tuple[Span, ...]]:
    """The text of one Markdown line without markup, and the spans the markup marked.

    >>> strip_markup("*Rappelant* la résolution [59/50](#)<sup>1</sup>")
    ('Rappelant la résolution 59/501', (Span(start=0, end=9, style='italic'), Span(start=24, end=29, style='link'), Span(start=29, end=30, style='superscript')))
    """  # noqa: E501
    heading = _heading_text(line)
    body = line if heading is None else heading
    parts: list[str] = []
    starts: dict[int, int] = {}
    spans: list[Span] = []
    length = 0
    for token in _tokenize(body):
        if isinstance(token, str):
            parts.append(token)
            length += len(token)
        elif not token.matched:
            parts.append(token.text)
            length += len(token.text)
        elif token.closes and token.partner is not None:
            start = starts.pop(id(token.partner))
            if length > start:
                spans.extend(Span(start, length, style) for style in token.styles)
        else:
            starts[id(token)] = length
    text = "".join(parts)
    if heading is not None and text:
        spans.insert(0, Span(0, len(text), "heading"))
    spans.sort(key=lambda span: (span.start, -span.end))
    return text, tuple(spans)
