"""The first page of a resolution: body, session, agenda item, date, symbol, sponsors, title.

Every header line is either recognised (and becomes a field), page furniture (kept as
:class:`~csto_un.Furniture`) or reported as a diagnostic: nothing is dropped silently.
"""

from __future__ import annotations

import re

import attrs

from ..citations import find_date
from ..countries import split_countries
from ..model import Diagnostic, Furniture
from ..text import Joiner
from ..words._resolution import LANGUAGES, ResolutionPhrases
from ._header_lines import (
    STAR_MARK,
    Header,
    furniture_kind,
    read_line,
    recognised,
    split_columns,
    strip_marks,
)
from ._text import SEPARATOR_RE, Clean, fold, join_texts

__all__ = ["agenda_key", "parse_header"]

#: The text of the line put first in a block that follows the agenda item.
_AGENDA = "\x00agenda"
#: A title's number: "79/1. Title" (the Arabic prints set "79/1 - Title").
_TITLE_NUMBER_RE = re.compile(
    r"^(?P<number>(?:ES-|S-)?\d{1,4}/\d{1,4}(?:\s*\([IVXLC]+\))?)(?:\.| -)\s+"
)


def parse_header(
    lines: list[Clean], language: str | None, *, source: str, joiner: Joiner
) -> Header:
    """Read the header lines (everything before the enacting formula); ``joiner`` joins the
    lines of a title or a list of sponsors (the document's hyphen rule)."""
    header = Header(language=language)
    tables = [LANGUAGES[language]] if language in LANGUAGES else list(LANGUAGES.values())
    reader = _Reader(lines, header, tables, joiner)
    reader.run()
    _assign_blocks(header, reader.blocks, source, joiner)
    if header.distribution == "pending":  # "Distr." and no word after it
        header.distribution = None
        header.diagnostics.append(
            Diagnostic("unrecognised-header", "'Distr.' without its kind", source=source)
        )
    return header


@attrs.define
class _Reader:
    """Walks the header's lines: each is read by a rule of :func:`read_line`, is page
    furniture, ends a list of sponsors, or joins the runs of lines no rule reads (``blocks``:
    the title, the agenda item's title), which :func:`_assign_blocks` names afterwards."""

    lines: list[Clean]
    header: Header
    tables: list[ResolutionPhrases]
    joiner: Joiner
    blocks: list[list[Clean]] = attrs.Factory(list)
    index: int = 0  # the next line to read
    after_agenda: bool = False  # the line read last was the agenda item
    open_block: bool = False  # the line read last went into a block

    def run(self) -> None:
        """Read every line."""
        while self.index < len(self.lines):
            clean = self.lines[self.index]
            text, marks = strip_marks(clean.text)
            text = text.strip()
            self.index += 1
            if not text:
                continue
            was_open, self.open_block = self.open_block, False
            if self._body_on_two_lines(clean, text) or self._columns(clean, text):
                continue
            if self._furniture(clean, text):
                continue
            handled = read_line(self.header, self.tables, clean, text, fold(text), marks)
            if handled == "agenda":
                self.after_agenda = True
            elif handled:
                if handled == "adopted":
                    self._adoption_date()
                self.after_agenda = False
            elif self._sponsors_end(clean, was_open):
                self.after_agenda = False
            else:
                self._add_to_block(clean, text, was_open)

    def _body_on_two_lines(self, clean: Clean, text: str) -> bool:
        """A body's name printed over two lines ("General" + "Assembly"): both read."""
        if self.index >= len(self.lines):
            return False
        joined = f"{text} {strip_marks(self.lines[self.index].text)[0].strip()}"
        if not any(fold(joined) in p.bodies for p in self.tables):
            return False
        read_line(self.header, self.tables, clean, joined, fold(joined), [])
        self.index += 1
        return True

    def _columns(self, clean: Clean, text: str) -> bool:
        """Two columns of the first page read as one line: "United Nations A/RES/79/10"."""
        pieces = split_columns(text, self.tables)
        if len(pieces) < 2 or not recognised(pieces[1], self.tables):
            return False
        for piece in pieces:
            read_line(self.header, self.tables, clean, piece, fold(piece), [])
        return True

    def _furniture(self, clean: Clean, text: str) -> bool:
        """A job number, barcode, page number or separator rule, kept as furniture."""
        kind = furniture_kind(text)
        if kind is not None:
            if kind == "job-number" and self.header.job_number is None:
                self.header.job_number = text.split()[0]
            self.header.furniture.append(
                Furniture(kind, clean.text, clean.page, clean.line.number)
            )
            self.after_agenda = False
            return True
        if SEPARATOR_RE.match(text):
            self.header.furniture.append(Furniture("other", text, clean.page, clean.line.number))
            return True
        return False

    def _adoption_date(self) -> None:
        """"Resolution adopted by the General Assembly" + "on 18 November 2024": the date on
        the next line."""
        header = self.header
        if header.adopted_on is not None or self.index >= len(self.lines):
            return
        following = self.lines[self.index].text.strip()
        found = find_date(following)
        if found is None:
            return
        date, start, _ = found
        joined = f"{header.adoption} {following}"
        # the date alone, or the adoption phrase's end with it ("on 5 …", "el 5 de …", "في 5 …")
        if start == 0 or any(_dated_adoption(joined, p) for p in self.tables):
            header.adopted_on = date
            header.adoption = joined
            self.index += 1

    def _sponsors_end(self, clean: Clean, was_open: bool) -> bool:
        """The line ending with ": draft resolution": it and the list lines before it (taken
        back from the open block) are the sponsors."""
        blocks = self.blocks
        wrapped = (  # "… Sweden and Ukraine:" / "draft resolution"
            was_open
            and bool(blocks)
            and bool(blocks[-1])
            and blocks[-1][-1].text.rstrip("* ").endswith(":")
            and any(_closes_sponsors(clean.text, p) for p in self.tables)
        )
        if not (wrapped or _ends_sponsors(clean.text, self.tables)):
            return False
        group = [clean]
        if was_open and blocks and not clean.blank_before:
            while blocks[-1] and _list_like(blocks[-1][-1], group[0]):
                group.insert(0, blocks[-1].pop())
            if not blocks[-1] or (
                blocks[-1] == [blocks[-1][0]] and blocks[-1][0].text == _AGENDA
            ):
                blocks.pop()
        self.header.sponsors_line = group[0].line.number
        _sponsors(self.header, join_texts([c.text for c in group], self.joiner), self.tables)
        return True

    def _add_to_block(self, clean: Clean, text: str, was_open: bool) -> None:
        """A line no rule reads: it opens a block (after the agenda item, a gap, or a
        numbered title "79/10. …") or goes on with the open one."""
        if self.after_agenda or not was_open or _starts_block(clean, text):
            self.blocks.append([clean])
            if self.after_agenda:  # the block is the agenda item's title
                self.blocks[-1].insert(0, clean.with_text(_AGENDA, clean.italics))
            self.after_agenda = False
        else:
            self.blocks[-1].append(clean)
        self.open_block = True


def _dated_adoption(text: str, phrases: ResolutionPhrases) -> bool:
    """True when ``text`` is a whole adoption line with its date, in this language's words."""
    match = re.fullmatch(phrases.adopted_by, fold(text))
    return match is not None and bool(match["date"])


def _starts_block(clean: Clean, text: str) -> bool:
    return clean.blank_before or bool(_TITLE_NUMBER_RE.match(text))


def _closes_sponsors(text: str, phrases: ResolutionPhrases) -> bool:
    """The words "draft resolution" alone on the line that ends a sponsors list."""
    return fold(STAR_MARK.sub("", strip_marks(text)[0])).strip("* ") == phrases.draft_resolution


def _ends_sponsors(text: str, tables: list[ResolutionPhrases]) -> bool:
    """True for the line closing a sponsors list ("… et Tadjikistan : projet de résolution*")."""
    if ":" not in text:  # (the colon each pattern opens with: folding makes none)
        return False
    folded = fold(STAR_MARK.sub("", strip_marks(text)[0])).rstrip("* ")
    return any(re.search(rf":\s*{re.escape(p.draft_resolution)}$", folded) for p in tables)


def _list_like(line: Clean, following: Clean) -> bool:
    """A line that belongs to a list of names continued on the next line."""
    if following.blank_before:
        return False
    text = line.text.strip()
    return text.endswith(",") or text.count(",") >= 2



def _sponsors(header: Header, text: str, tables: list[ResolutionPhrases]) -> None:
    header.draft = True
    plain, marks = strip_marks(text)
    # The asterisk of the sponsors' note, wherever it is glued ("Palau:* draft resolution").
    marks.extend(m[0] for m in STAR_MARK.finditer(plain))
    plain = STAR_MARK.sub("", plain).strip()
    header.sponsor_markers.extend(marks)
    names_part = plain.rsplit(":", 1)[0].strip()
    # The country table knows names that hold the conjunction ("Trinidad and Tobago").
    header.sponsors.extend(split_countries(names_part, header.language))


def _assign_blocks(
    header: Header, blocks: list[list[Clean]], source: str, joiner: Joiner
) -> None:
    """The title is the last text block; the block after the agenda item is its title."""
    texts: list[tuple[str, list[Clean], bool]] = []
    for block in blocks:
        agenda = block[0].text == _AGENDA
        members = block[1:] if agenda else block
        joined = join_texts([strip_marks(c.text)[0] for c in members], joiner)
        texts.append((joined, members, agenda))
    if not texts:
        return
    title_at = len(texts) - 1
    numbered = [i for i, (text, _, _) in enumerate(texts) if _TITLE_NUMBER_RE.match(text)]
    if numbered:
        title_at = numbered[-1]
    elif texts[title_at][2] and header.sponsors:
        # The last block follows the agenda item directly: a draft's title after its sponsors
        # is absent, so the agenda title stands as the title.
        pass
    for i, (text, members, agenda) in enumerate(texts):
        if i == title_at:
            match = _TITLE_NUMBER_RE.match(text)
            if match:
                text = text[match.end() :]
            header.title = text
        elif agenda and header.agenda_title is None:
            header.agenda_title = text
        else:
            header.diagnostics.append(
                Diagnostic(
                    "unrecognised-header",
                    f"header text not understood: {text!r}",
                    line=members[0].line.number,
                    page=members[0].page,
                    source=source,
                )
            )


def agenda_key(item: str | None) -> str | None:
    """An agenda item reduced to its number and letter, so that the French "125 t)" and the
    English "125 (t)" compare equal.

    >>> agenda_key("125 t)"), agenda_key("127 (t)"), agenda_key(None)
    ('125t', '127t', None)
    """
    if not item:
        return None
    return re.sub(r"[^0-9a-z]", "", item.casefold()) or None
