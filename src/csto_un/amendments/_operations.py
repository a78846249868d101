"""One instruction of an amendment → its operations.

The quoted passages (“…”) are set aside first and replaced by placeholders ``⟨n⟩``, so that
the grammar reads only the amendment's own words: "In operative paragraph 64, after ⟨0⟩
insert ⟨1⟩." Paragraphs are named by an ordinal in words ("the thirty-eighth preambular
paragraph", read by :func:`~csto_un.number_words.parse_number_words`) or by number
("operative paragraphs 35, 38 and 39"), possibly with a sub-paragraph ("operative paragraph
5 (a)", "subparagraph (b) of operative paragraph 5", several at once: "subparagraphs (a) and
(b) of", "(c) to (e)"), in the order and words of the amendment's language ("le
trente-huitième alinéa du préambule", "el apartado b) del párrafo 5 de la parte
dispositiva": :mod:`csto_un.words._amendment`).
"""

from __future__ import annotations

import itertools
import re

from ..model import AmendmentOperation, ParagraphRef
from ..number_words import parse_number_words
from ..words._amendment import AmendmentWords
from ._subparagraphs import mark_label, marks_of

__all__ = ["parse_instruction"]

# Quoted passages: “…”, "…" and the French guillemets « … » (spaces inside them are the
# typography's, not the text's).
_QUOTE = re.compile(
    r"“(?P<curly>[^”]*)”|\"(?P<straight>[^\"]*)\"|«\s*(?P<guillemets>[^»]*?)\s*»"
)
_PLACE = r"⟨(\d+)⟩"


def _references(phrase: str, words: AmendmentWords, language: str) -> list[ParagraphRef]:
    """Every paragraph a phrase names, in order ("the third preambular paragraph and
    operative paragraphs 2 and 4" → preamble 3, operative 2, operative 4)."""
    parts = "|".join(re.escape(p) for p in words.parts)
    item = rf"(?!(?:{words.and_})\b){words.ordinal}"
    numbers = rf"\d+(?:\s*{words.sub_mark})*"
    # (a sub-paragraph after the list's joiner is of the number before: "3 (a) and (b)")
    more_subs = rf"{words.sub_mark}(?:\s*{words.sub_mark})*"
    # (an article may open each ordinal of a list: "el vigésimo primer y el trigésimo octavo")
    fill = {
        "{ords}": rf"{item}(?:{words.joiner}(?:(?:{words.article})\s+)?{item})*",
        "{nums}": f"{numbers}(?:{words.joiner}(?:{numbers}|{more_subs}))*",
        "{parts}": parts,
        "{paragraph}": words.paragraph,
    }
    by_ordinal, by_number = words.ordinal_reference, words.number_reference
    for slot, value in fill.items():
        by_ordinal, by_number = by_ordinal.replace(slot, value), by_number.replace(slot, value)
    pattern = re.compile(
        rf"\b(?P<sub>(?:{_subparagraph_of(words)})*)(?:{by_ordinal}|{by_number})", re.IGNORECASE
    )
    found: list[ParagraphRef] = []
    for match in pattern.finditer(phrase):
        # (the marks after a number come first: "subparagraph (ii) of operative paragraph 3
        # (b)" is 3 (b) (ii); the sub-paragraphs named before it come innermost first:
        # "subparagraph (ii) of subparagraph (b) of operative paragraph 3" is 3 (b) (ii))
        paths = _sub_paths(match["sub"], words, language)
        if paths is None:
            continue
        if match["ords"]:
            part = words.parts[match["opart"].lower()]
            values = _ordinals(match["ords"], words, language)
            if values is None:
                continue
            found.extend(ParagraphRef(part, v, of) for v in values for of in paths)
        else:
            part = words.parts[match["npart"].lower()]
            held = 0
            for piece in re.split(words.joiner, match["nums"]):
                number = re.match(r"\d+", piece)
                if number:
                    held = int(number[0])
                marks = _marks(piece[number.end() :] if number else piece, words)
                if number or (held and marks):
                    found.extend(ParagraphRef(part, held, marks + of) for of in paths)
    return found


def _subparagraph_of(words: AmendmentWords) -> str:
    """The language's "subparagraphs (a) and (b) of" with its ``{marks}`` filled: nested
    marks, or several joined as a list or a range."""
    nested = rf"(?:{words.sub_mark}\s*)+"
    marks = rf"{nested}(?:(?:{words.joiner}|{words.sub_range}){nested})*"
    return words.subparagraph_of.replace("{marks}", marks)


def _ordinals(text: str, words: AmendmentWords, language: str) -> list[int] | None:
    """The values of a list of ordinals ("vingt et unième et trente-huitième" → 21, 38), or
    ``None`` when one is not an ordinal. The list's joiner may stand inside an ordinal
    ("vingt et unième"): a piece that is no ordinal is read with the next."""
    pieces = re.split(f"({words.joiner})", text)
    values: list[int] = []
    held = ""
    for index in range(0, len(pieces), 2):
        word = re.sub(rf"^(?:{words.article})\s+", "", pieces[index], flags=re.IGNORECASE)
        held = f"{held}{pieces[index - 1]}{word}" if held else word
        value = parse_number_words(held, language, ordinal=True)
        if value is not None:
            values.append(value)
            held = ""
    return None if held or not values else values


def _marks(text: str | None, words: AmendmentWords) -> tuple[str, ...]:
    """The sub-paragraph marks in ``text`` in order ("(b) (ii)" → "(b)", "(ii)")."""
    return tuple(m.lower() for m in re.findall(words.sub_mark, text or "", re.IGNORECASE))


def _sub_paths(text: str, words: AmendmentWords, language: str) -> list[tuple[str, ...]] | None:
    """The marker paths of the sub-paragraphs named before their paragraph, outermost first
    ("subparagraph (ii) of subparagraph (b) of" → [("(b)", "(ii)")]; "subparagraphs (c) to
    (e) of" → [("(c)",), ("(d)",), ("(e)",)]); ``None`` when a range cannot be counted."""
    named = [m[0] for m in re.finditer(_subparagraph_of(words), text, re.IGNORECASE)]
    links = [_listed(link, words, language) for link in reversed(named)]
    if any(link is None for link in links):
        return None
    return [
        tuple(mark for path in paths for mark in path)
        for paths in itertools.product(*(link for link in links if link is not None))
    ]


def _listed(link: str, words: AmendmentWords, language: str) -> list[tuple[str, ...]] | None:
    """The sub-paragraphs one link names ("subparagraphs (a) and (b) of" → (a), (b); "(c) to
    (e)" → (c), (d), (e); "(b) (ii)" → one path), or ``None`` for a range not counted."""
    found = list(re.finditer(words.sub_mark, link, re.IGNORECASE))
    paths: list[tuple[str, ...]] = []
    for index, mark in enumerate(found):
        between = link[found[index - 1].end() : mark.start()] if index else ""
        label = mark[0].lower()
        if index and not between.strip():
            paths[-1] = (*paths[-1], label)
        elif index and re.fullmatch(words.sub_range, between, re.IGNORECASE):
            run = _run(paths[-1][-1], label, language)
            if run is None:
                return None
            paths.extend((*paths[-1][:-1], m) for m in run)
        else:
            paths.append((label,))
    return paths


def _run(first: str, last: str, language: str) -> list[str] | None:
    """The marks after ``first`` up to ``last`` in the language's letters or numerals
    ("(c)", "(e)" → "(d)", "(e)"; numerals first: "(i)" to "(iii)" are numerals)."""
    marks = marks_of(language)
    if marks is None:
        return None
    start, end = mark_label(first), mark_label(last)
    form = first.replace(start, "{}", 1)
    if last != form.format(end):
        return None
    for sequence in (marks.numerals, *marks.letters):
        labels = [label.casefold() for label in sequence]
        if start in labels and end in labels and labels.index(start) < labels.index(end):
            return [form.format(x) for x in labels[labels.index(start) + 1 : labels.index(end) + 1]]
    return None


def _part_named(phrase: str, words: AmendmentWords) -> str | None:
    for word, part in words.parts.items():
        if re.search(rf"\b{re.escape(word)}\b", phrase, re.IGNORECASE):
            return part
    return None


def parse_instruction(
    text: str, language: str, words: AmendmentWords, *, line: int | None = None
) -> list[AmendmentOperation]:
    """The operations of one instruction, in order; ``[]`` when no rule reads it."""
    quotes: list[str] = []

    def park(match: re.Match[str]) -> str:
        quoted = match["curly"] or match["straight"] or match["guillemets"] or ""
        quotes.append(" ".join(quoted.split()))
        return f"⟨{len(quotes) - 1}⟩"

    plain = " ".join(_QUOTE.sub(park, text).split())
    for rule in (_new_paragraph, _whole_replace, _inside, _at_end, _whole_delete):
        operations = rule(plain, quotes, words, language)
        if operations:
            return [
                AmendmentOperation(
                    action=o.action,
                    target=o.target,
                    old=o.old,
                    new=o.new,
                    anchor=o.anchor,
                    position=o.position,
                    new_part=o.new_part,
                    text=" ".join(text.split()),
                    line=line,
                )
                for o in operations
            ]
    return []


def _whole_delete(
    plain: str, quotes: list[str], words: AmendmentWords, language: str
) -> list[AmendmentOperation]:
    match = re.match(rf"^{words.delete}\s+(?P<refs>[^⟨]+?)\.?$", plain, re.IGNORECASE)
    if not match:
        return []
    return [
        AmendmentOperation("delete", ref) for ref in _references(match["refs"], words, language)
    ]


def _new_paragraph(
    plain: str, quotes: list[str], words: AmendmentWords, language: str
) -> list[AmendmentOperation]:
    """ "After operative paragraph 3, insert a new operative paragraph, reading: …",
    "Insert a new preambular paragraph after the fourth preambular paragraph, reading: …" and
    "After operative paragraph 7 (a), insert a new subparagraph reading: …"."""
    # (the paragraphs named run to a comma, a colon, the text or the verb: taken shorter, the
    # optional words after them would leave them a letter)
    where = (
        rf"(?P<pos>{words.after}|{words.before})\s+(?P<refs>[^,⟨]+?)"
        rf"(?=\s*(?:[,:⟨]|$)|\s+(?:{words.insert})\b)"
    )
    new = rf"(?:{words.new_paragraph}|(?P<newsub>{words.new_subparagraph}))"
    for pattern in (
        rf"^{where},?\s+(?:{words.insert})\s+{new}{words.reading}\s*(?P<rest>.*)$",
        rf"^(?:{words.insert})\s+{new}\s+{where}{words.reading}\s*(?P<rest>.*)$",
    ):
        match = re.match(pattern, plain, re.IGNORECASE)
        if match:
            refs = _references(match["refs"], words, language)
            # (a new paragraph whose part is not named is of the part it follows)
            named = match["part"]
            part = _part_named(named, words) if named else refs[0].part if refs else None
            new_text = _unpark(match["rest"], quotes)
            if len(refs) != 1 or part is None or not new_text:
                return []
            # (a new sub-paragraph stands beside a sub-paragraph; a new paragraph of a named
            # part does not)
            if (match["newsub"] is not None) != (refs[0].subparagraph is not None) and (
                match["newsub"] is not None or named
            ):
                return []
            position = "after" if re.fullmatch(words.after, match["pos"], re.I) else "before"
            return [
                AmendmentOperation(
                    "insert", refs[0], new=new_text, position=position, new_part=part
                )
            ]
    return []


def _whole_replace(
    plain: str, quotes: list[str], words: AmendmentWords, language: str
) -> list[AmendmentOperation]:
    match = re.match(
        rf"^{words.replace}\s+(?P<refs>[^⟨]+?)\s+{words.replace_whole}\s*:?\s*(?P<rest>.+)$",
        plain,
        re.IGNORECASE,
    )
    if not match and words.restate:  # "Пункт 5 … изложить в следующей редакции: «…»"
        match = re.match(
            rf"^(?P<refs>[^⟨]+?)\s+{words.restate}\s*:?\s*(?P<rest>.+)$", plain, re.IGNORECASE
        )
    if not match:
        return []
    refs = _references(match["refs"], words, language)
    new_text = _unpark(match["rest"], quotes)
    if len(refs) != 1 or not new_text:
        return []
    return [AmendmentOperation("replace", refs[0], new=new_text)]


def _inside(
    plain: str, quotes: list[str], words: AmendmentWords, language: str
) -> list[AmendmentOperation]:
    """ "In <paragraphs>, <changes>": changes to quoted words inside each paragraph named."""
    # (the paragraphs named end at a comma, or at the verb where the language sets none:
    # "В пункте 5 постановляющей части заменить …", or at the quoted words where they may
    # come first: "В пункте 5 постановляющей части слова «…» заменить …")
    verbs = "|".join((words.delete, words.replace, words.insert, words.after, words.before))
    quoted = rf"|{words.quote_lead}⟨" if words.quote_first else ""
    match = re.match(
        rf"^{words.inside}\s+(?P<refs>[^⟨]+?)"
        rf"(?:,(?!\s*(?:{words.sub_mark}|\d))\s*|\s+(?=(?:{verbs})\b{quoted}))(?P<rest>.+)$",
        plain,
        re.IGNORECASE,
    )
    if not match:
        return []
    refs = _references(match["refs"], words, language)
    changes = _changes(match["rest"], quotes, words)
    if not refs or not changes:
        return []
    return [
        AmendmentOperation(
            c.action, ref, old=c.old, new=c.new, anchor=c.anchor, position=c.position
        )
        for ref in refs
        for c in changes
    ]


def _at_end(
    plain: str, quotes: list[str], words: AmendmentWords, language: str
) -> list[AmendmentOperation]:
    """ "At the end of operative paragraph 3, add “…”" ("À la fin du paragraphe 3 du
    dispositif, ajouter « … »"): the words added at the end of each paragraph named, as "In
    operative paragraph 3, at the end of the paragraph, add “…”" reads."""
    if not words.at_end_of:
        return []
    match = re.match(
        rf"^{words.at_end_of}\s+(?P<refs>[^⟨]+?)"
        rf"(?:,(?!\s*(?:{words.sub_mark}|\d))\s*|\s+(?=(?:{words.insert})\b))"
        rf"(?:{words.insert})\s+{words.quote_lead}{_PLACE}\.?$",
        plain,
        re.IGNORECASE,
    )
    if not match:
        return []
    new = quotes[int(match[2])]
    return [
        AmendmentOperation("insert", ref, new=new, position="end")
        for ref in _references(match["refs"], words, language)
    ]


def _changes(rest: str, quotes: list[str], words: AmendmentWords) -> list[AmendmentOperation]:
    """The changes of "delete ⟨0⟩ and replace ⟨1⟩ with ⟨2⟩" (the target is filled later)."""
    q = _PLACE
    quoted = rf"{words.quote_lead}{_PLACE}"  # a quoted passage, after "the words"
    rules: list[tuple[str, str]] = [
        (rf"{words.replace}\s+{quoted}\s+(?:{words.replace_with})\s+{q}", "replace"),
        (rf"{words.delete}\s+{quoted}", "delete"),
        (rf"(?P<pos>{words.after}|{words.before})\s+{q},?\s+(?:{words.insert})\s+{q}", "anchor"),
        (rf"(?:{words.insert})\s+{q}\s+(?P<pos>{words.after}|{words.before})\s+{q}", "anchor-late"),
        (
            rf"(?:{words.at_end},?\s+(?:{words.insert})\s+{q}|(?:{words.insert})\s+{q}\s+{words.at_end})",
            "end",
        ),
    ]
    if words.quote_first:  # "слова «…» заменить словами «…»", "слова «…» исключить"
        rules += [
            (rf"{quoted}\s+{words.replace}\s+(?:{words.replace_with})\s+{q}", "replace"),
            (rf"{quoted}\s+{words.delete}", "delete"),
            (
                rf"{quoted}\s+(?:{words.insert})\s+(?P<pos>{words.after}|{words.before})\s+{q}",
                "anchor-late",
            ),
            (rf"{quoted}\s+(?:{words.insert})\s+{words.at_end}", "end"),
        ]
    pieces = [p for p in re.split(rf"\s*;\s*|,?\s+(?:{words.and_})\s+(?=[^\W\d_])", rest) if p]
    dummy = ParagraphRef("operative", 0)
    found: list[AmendmentOperation] = []
    for piece in pieces:
        piece = piece.strip().rstrip(".;")
        for pattern, kind in rules:
            match = re.fullmatch(pattern, piece, re.IGNORECASE)
            if not match:
                continue
            values = [quotes[int(g)] for g in match.groups() if g is not None and g.isdigit()]
            if kind == "replace":
                found.append(AmendmentOperation("replace", dummy, old=values[0], new=values[1]))
            elif kind == "delete":
                found.append(AmendmentOperation("delete", dummy, old=values[0]))
            elif kind in ("anchor", "anchor-late"):
                anchor, new = (values[0], values[1]) if kind == "anchor" else (values[1], values[0])
                position = "after" if re.fullmatch(words.after, match["pos"], re.I) else "before"
                found.append(
                    AmendmentOperation("insert", dummy, new=new, anchor=anchor, position=position)
                )
            else:
                found.append(AmendmentOperation("insert", dummy, new=values[0], position="end"))
            break
        else:
            return []  # a piece no rule reads: the instruction is not understood
    return found


def _unpark(text: str, quotes: list[str]) -> str:
    """Text with its placeholders put back as the quoted words (quote marks dropped when the
    whole text was one quotation)."""
    text = text.strip()
    whole = re.fullmatch(rf"{_PLACE}\.?", text)
    if whole:
        return quotes[int(whole[1])]
    return re.sub(_PLACE, lambda m: f"“{quotes[int(m[1])]}”", text)
