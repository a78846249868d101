"""``format_amendment``: an :class:`Amendment` written back as the text of an amendment."""

from __future__ import annotations

import textwrap

from ..model import Amendment

__all__ = ["format_amendment"]


def format_amendment(amendment: Amendment, *, width: int | None = None) -> str:
    """Write an :class:`~csto_un.Amendment` as the UN prints it: its first page as printed
    (symbol, date, session, agenda item, the sponsors and the draft amended), the draft's
    title, the instructions as printed (with their numbers) and the footnotes under a rule.
    Reading the text back with :func:`~csto_un.parse_amendment` gives the same operations.
    ``width`` wraps lines (``None``: one line per paragraph).

    >>> from csto_un import parse_amendment
    >>> amendment = parse_amendment("Chile: amendment to draft resolution A/C.3/80/L.24\\n\\n"
    ...                             "Report\\n\\nDelete operative paragraph 2.\\n")
    >>> print(format_amendment(amendment), end="")
    Chile: amendment to draft resolution A/C.3/80/L.24
    <BLANKLINE>
    Report
    <BLANKLINE>
    Delete operative paragraph 2.
    """
    blocks = ["\n".join(amendment.header)] if amendment.header else []
    if amendment.title:
        blocks.append(amendment.title)
    blocks.extend(amendment.instructions)
    if amendment.footnotes:
        blocks.append("__________________")
        blocks.extend(f"{note.marker} {note.text}".strip() for note in amendment.footnotes)
    if width is not None:
        blocks = [
            "\n".join(textwrap.fill(line, width) for line in block.splitlines()) for block in blocks
        ]
    return "\n\n".join(block for block in blocks if block) + "\n"
