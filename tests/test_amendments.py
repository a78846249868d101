"""Amendments to draft resolutions: read from the General Assembly's own PDFs (ga-scale),
applied to their drafts, written back, and loaded with every other kind of document."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

import csto_un
from conftest import corpus_file
from csto_un import (
    Amendment,
    AmendmentOperation,
    Corpus,
    NotAResolutionError,
    ParagraphRef,
    apply_amendment,
    format_amendment,
    from_json,
    load_amendment,
    parse_amendment,
    to_json,
)
from csto_un.number_words import parse_number_words


def scale(name: str) -> Path:
    """A PDF of the ga-scale set (skips the test when the development corpus is absent)."""
    return corpus_file(f"ga-scale/pdfs/{name}.pdf")


def _plain(operations: tuple[AmendmentOperation, ...]) -> list[tuple[str, str, str | None]]:
    return [(o.action, str(o.target), o.position) for o in operations]


# -- number words ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("words", "language", "expected"),
    [
        ("thirty-eighth", "en", 38),
        ("twenty-first", "en", 21),
        ("one hundred and twenty-first", "en", 121),
        ("fourteenth", "en", 14),
        ("hundredth", "en", 100),
        ("soixante-dix-neuvième", "fr", 79),
        ("quatre-vingt-dix-neuvième", "fr", 99),
        ("vingt et unième", "fr", 21),
        ("first second", "en", None),  # not a number
        ("twenty thirty", "en", None),
        ("thirty-eighth", "xx", None),  # a language without a table
    ],
)
def test_number_words_read_ordinals_in_general(words: str, language: str, expected: int) -> None:
    assert parse_number_words(words, language, ordinal=True) == expected


def test_cardinals_are_not_ordinals() -> None:
    assert parse_number_words("five", ordinal=True) is None
    assert parse_number_words("two hundred", ordinal=False) == 200


# -- reading amendments ---------------------------------------------------------------------------
def test_deletions_named_by_ordinal_and_by_number() -> None:
    amendment = load_amendment(scale("A_C.2_80_L.62"))
    assert amendment.symbol == "A/C.2/80/L.62"
    assert amendment.amends == "A/C.2/80/L.13/Rev.1"  # the revision is kept
    assert [(s.name, s.country_code) for s in amendment.sponsors] == [("Denmark", "DNK")]
    assert amendment.title == "International trade and development"
    assert amendment.committee == "Second Committee"
    assert _plain(amendment.operations) == [
        ("delete", "preambular paragraph 21", None),
        ("delete", "operative paragraph 35", None),
        ("delete", "operative paragraph 38", None),
        ("delete", "operative paragraph 39", None),
    ]
    # The asterisk note of the sponsors' line ("On behalf of the … European Union").
    assert [(n.marker, n.part) for n in amendment.footnotes] == [("*", "header")]
    assert "European Union" in amendment.footnotes[0].text


def test_words_replaced_and_paragraph_deleted_numbered_instructions() -> None:
    amendment = load_amendment(scale("A_C.3_80_L.61"))
    replace, delete = amendment.operations
    assert (replace.action, str(replace.target)) == ("replace", "preambular paragraph 14")
    assert replace.old is not None and replace.old.startswith("which notes that young children")
    assert replace.new is not None and replace.new.startswith("and taking note of the statement")
    assert replace.new.endswith("(2023)")
    assert (delete.action, str(delete.target), delete.old) == (
        "delete", "preambular paragraph 15", None)
    assert len(amendment.instructions) == 2


def test_insertions_after_quoted_words_and_new_paragraphs() -> None:
    after_words = load_amendment(scale("A_C.3_80_L.57"))
    first = after_words.operations[0]
    assert (first.action, str(first.target), first.position) == (
        "insert", "operative paragraph 64", "after")
    assert (first.anchor, first.new) == (
        "to strengthen their efforts in preventing", "and combating child pornography")
    new_paragraph = load_amendment(scale("A_C.3_80_L.62")).operations[0]
    assert (new_paragraph.action, str(new_paragraph.target), new_paragraph.new_part) == (
        "insert", "preambular paragraph 14", "preamble")
    assert new_paragraph.new is not None
    assert new_paragraph.new.startswith("Reaffirming that, in accordance with article 5")
    assert new_paragraph.new.endswith("particularly regarding health and education,")


def test_one_instruction_on_several_paragraphs() -> None:
    amendment = load_amendment(scale("A_C.3_80_L.64"))
    assert [(str(o.target), o.old) for o in amendment.operations] == [
        ("operative paragraph 13", "sexual and reproductive health,"),
        ("operative paragraph 27", "sexual and reproductive"),
        ("operative paragraph 43", "sexual and reproductive"),
        ("operative paragraph 46", "including sexual and reproductive health,"),
    ]
    assert not amendment.diagnostics


def test_subparagraphs_and_instructions_not_understood() -> None:
    text = (
        "Chile: amendment to draft resolution A/C.3/80/L.24\n\nReport\n\n"
        "1. In subparagraph (b) of operative paragraph 5, delete “and others”.\n\n"
        "2. In operative paragraph 6 (a), replace “shall” with “should”.\n\n"
        "3. Rewrite everything nicely.\n"
    )
    amendment = parse_amendment(text)
    assert [(o.target, o.action) for o in amendment.operations] == [
        (ParagraphRef("operative", 5, "(b)"), "delete"),
        (ParagraphRef("operative", 6, "(a)"), "replace"),
    ]
    assert [d.code for d in amendment.diagnostics] == ["unread-instruction"]


@pytest.mark.parametrize("name", ["A_C.2_80_L.62", "A_C.3_80_L.57", "A_C.3_80_L.62"])
def test_every_word_of_an_amendment_is_kept(name: str) -> None:
    from csto_un.accounting import account
    from csto_un.sources import read_document

    document = read_document(scale(name))
    lines = [ln.text for ln in document.lines] + [f.text for f in document.furniture]
    assert account(lines, load_amendment(scale(name))).ok


def test_strict_raises_on_an_instruction_not_understood() -> None:
    text = "Chile: amendment to draft resolution A/C.3/80/L.24\n\nReport\n\nRewrite it all.\n"
    assert [d.code for d in parse_amendment(text).diagnostics] == ["unread-instruction"]
    with pytest.raises(csto_un.DiagnosticError, match="unread-instruction"):
        parse_amendment(text, strict=True)


def test_a_resolution_is_not_an_amendment() -> None:
    with pytest.raises(NotAResolutionError, match="amendment to draft resolution"):
        parse_amendment("The General Assembly,\n\n1. Decides to meet.\n")


def test_the_resolution_parser_sends_an_amendment_to_the_amendment_reader() -> None:
    from csto_un.sources import read_document

    expected = r"an amendment to draft resolution A/C\.3/80/L\.2 .*parse_amendment"
    with pytest.raises(NotAResolutionError, match=expected):
        csto_un.parse_resolution(read_document(scale("A_C.3_80_L.56")))


_AMENDMENTS = [f"A_C.2_80_L.{n}" for n in (62, 63)] + [
    f"A_C.3_80_L.{n}" for n in (56, 57, 58, 61, 62, 63, 64, 65)
]


@pytest.mark.parametrize("name", _AMENDMENTS)
def test_the_resolution_loader_reads_every_amendment_of_a_committee(name: str) -> None:
    """A committee's folder read with load_resolution: the amendments load, as Amendments whose
    instructions are their operative paragraphs, numbered as printed."""
    amendment = csto_un.load_resolution(scale(name))
    assert isinstance(amendment, Amendment)
    assert amendment == load_amendment(scale(name))
    assert amendment.symbol == name.replace("_", "/")
    assert amendment.preamble == ()
    numbers = [p.number for p in amendment.operative]
    assert numbers in ([None], list(range(1, len(numbers) + 1)))
    printed = zip(numbers, amendment.instructions, strict=True)
    expected = [i.split(". ", 1)[1] if n else i for n, i in printed]
    assert [p.text for p in amendment.operative] == expected


def test_an_amendments_operative_paragraphs_are_its_printed_instructions() -> None:
    amendment = csto_un.load_resolution(scale("A_C.3_80_L.61"))
    assert [(p.number, p.text[:30], p.lead) for p in amendment.operative] == [
        (1, "In the fourteenth preambular p", None),
        (2, "Delete the fifteenth preambula", None),
    ]
    lone = csto_un.load_resolution(scale("A_C.3_80_L.58")).operative
    assert [(p.number, p.text[:24]) for p in lone] == [(None, "In the twenty-eighth pre")]


# -- applying amendments to their drafts (both in ga-scale) --------------------------------------
def test_amendment_applied_to_its_draft_deletes_paragraphs() -> None:
    draft = csto_un.load_resolution(scale("A_C.3_80_L.24"))
    amendment = load_amendment(scale("A_C.3_80_L.65"))
    assert amendment.amends == draft.symbol
    amended, report = apply_amendment(amendment, draft)
    assert [r.applied for r in report] == [True, True]
    assert len(amended.preamble) == len(draft.preamble) - 1
    assert draft.preamble[2] not in amended.preamble
    assert [p.text for p in amended.operative] == [draft.operative[0].text]
    assert amended.symbol == draft.symbol
    assert amended.diagnostics[-1].code == "amended"
    # Citations follow the text: the deleted paragraph's resolution is no longer cited.
    assert "A/RES/79/192" in draft.cited_symbols()
    assert "A/RES/79/192" not in amended.cited_symbols()


def test_amendment_applied_to_its_draft_inserts_a_paragraph() -> None:
    draft = csto_un.load_resolution(scale("A_C.3_80_L.2"))
    amendment = load_amendment(scale("A_C.3_80_L.56"))
    amended, report = apply_amendment(amendment, draft)
    assert [r.applied for r in report] == [True]
    assert len(amended.operative) == len(draft.operative) + 1
    third = [p.number for p in draft.operative].index(3)
    assert amended.operative[third] == draft.operative[third]
    inserted = amended.operative[third + 1]
    assert inserted.text.startswith("Notes with alarm that the Russian Federation")
    assert inserted.lead == "Notes"
    assert amended.operative[third + 2].text == draft.operative[third + 1].text


def test_an_operation_that_cannot_apply_says_why() -> None:
    draft = csto_un.load_resolution(scale("A_C.3_80_L.24"))
    amendment = parse_amendment(
        "Chile: amendment to draft resolution A/C.3/80/L.24\n\nReport\n\n"
        "1. Delete operative paragraph 9.\n\n"
        "2. In operative paragraph 1, delete “words that are not there”.\n\n"
        "3. In operative paragraph 1, replace “Takes note” with “Notes”.\n"
    )
    amended, report = apply_amendment(amendment, draft)
    assert [(r.applied, r.reason) for r in report] == [
        (False, "the draft has no operative paragraph 9"),
        (False, "the words “words that are not there” are not in operative paragraph 1"),
        (True, None),
    ]
    assert amended.operative[0].text.startswith("Notes of the report of the Human Rights Council")
    assert amended.operative[1] == draft.operative[1]


# -- writing, JSON, loading ------------------------------------------------------------------------
def test_format_amendment_reads_back_to_the_same_operations() -> None:
    amendment = load_amendment(scale("A_C.3_80_L.57"))
    text = format_amendment(amendment)
    assert "amendment to revised draft resolution" in text
    again = parse_amendment(text)
    assert [attrs.evolve(o, line=None) for o in again.operations] == [
        attrs.evolve(o, line=None) for o in amendment.operations
    ]
    assert (again.symbol, again.amends, again.title) == (
        amendment.symbol, amendment.amends, amendment.title)


def test_json_round_trip() -> None:
    amendment = load_amendment(scale("A_C.3_80_L.61"))
    assert from_json(to_json(amendment), Amendment) == amendment


def test_loaded_with_the_other_kinds_and_tagged_in_corpus_json(tmp_path: Path) -> None:
    for name in ("A_C.3_80_L.65", "A_C.3_80_L.24"):
        (tmp_path / f"{name}.pdf").write_bytes(scale(name).read_bytes())
    assert isinstance(csto_un.load(tmp_path / "A_C.3_80_L.65.pdf"), Amendment)
    kinds = sorted(type(d).__name__ for d in csto_un.iter_documents(tmp_path, workers=1))
    assert kinds == ["Amendment", "Resolution"]
    corpus = csto_un.load_corpus(tmp_path, workers=1)
    assert not corpus.failures
    assert [a.symbol for a in corpus.amendments_to("A/C.3/80/L.24")] == ["A/C.3/80/L.65"]
    assert corpus.cited_by("A/C.3/80/L.24") == ("A/C.3/80/L.65",)
    text = corpus.to_json()
    assert sorted(entry["type"] for entry in json.loads(text)) == ["amendment", "resolution"]
    assert Corpus.from_json(text).documents == corpus.documents


def test_words_quoted_from_a_paragraph_the_parse_numbers_otherwise() -> None:
    """A/C.3/80/L.58 quotes the twenty-eighth preambular paragraph of A/C.3/80/L.50. Either
    the draft's paragraphs are counted as printed and the words go, or the report says where
    the parse put them; the words are never taken from another paragraph silently."""
    draft = csto_un.load_resolution(scale("A_C.3_80_L.50"))
    amendment = load_amendment(scale("A_C.3_80_L.58"))
    amended, [result] = apply_amendment(amendment, draft)
    rome = "relevant provisions of the Rome Statute"
    if result.applied:
        assert rome in draft.preamble[27].text and rome not in amended.preamble[27].text
    else:
        assert result.reason is not None
        assert "are not in preambular paragraph 28 (they stand in preambular paragraph" in (
            result.reason
        )
        assert amended.preamble == draft.preamble


# -- sub-paragraphs (issue 19) ---------------------------------------------------------------------
# A/C.3/80/L.29's operative paragraph 2 runs (a), with (i) to (xii) in it, (b) and (c); the
# amendment is written in the form of the Committee's English amendments, not copied from one.
_L29_AMENDMENT = (
    "A/C.3/80/L.99\n\nChile: amendment to draft resolution A/C.3/80/L.29\n\n"
    "Situation of human rights in the Democratic People’s Republic of Korea\n\n"
)


def _on_l29(*instructions: str) -> tuple[csto_un.Resolution, csto_un.Resolution, list[str | None]]:
    draft = csto_un.load_resolution(scale("A_C.3_80_L.29"))
    numbered = "\n\n".join(f"{n}. {text}" for n, text in enumerate(instructions, 1))
    amended, report = apply_amendment(parse_amendment(_L29_AMENDMENT + numbered + "\n"), draft)
    assert isinstance(amended, csto_un.Resolution)
    return draft, amended, [None if r.applied else r.reason for r in report]


def test_sub_paragraph_targets_carry_their_marker_path() -> None:
    amendment = parse_amendment(
        _L29_AMENDMENT + "1. Delete operative paragraph 2 (a) (ii).\n\n"
        "2. Delete subparagraph (c) of operative paragraph 2.\n\n"
        "3. After operative paragraph 2 (a), insert a new subparagraph reading: “(b) New;”\n\n"
        "4. After operative paragraph 2, insert a new subparagraph reading: “(b) New;”\n"
    )
    assert [(o.action, o.target.subparagraph, str(o.target)) for o in amendment.operations] == [
        ("delete", ("(a)", "(ii)"), "operative paragraph 2 (a) (ii)"),
        ("delete", ("(c)",), "operative paragraph 2 (c)"),
        ("insert", ("(a)",), "operative paragraph 2 (a)"),
    ]
    # A new sub-paragraph after a whole paragraph is not read as a new paragraph.
    assert [d.code for d in amendment.diagnostics] == ["unread-instruction"]
    assert from_json(to_json(amendment), Amendment) == amendment
    assert ParagraphRef("operative", 2, "(c)") == amendment.operations[1].target


def test_a_sub_paragraph_deleted_replaced_or_inserted_leaves_its_paragraph() -> None:
    draft, amended, reasons = _on_l29(
        "Delete subparagraph (c) of operative paragraph 2.",
        "After operative paragraph 2 (a), insert a new subparagraph reading: “(b) New;”",
        "Replace operative paragraph 2 (b) with the following: “(b) The refusal to cooperate;”",
    )
    assert reasons == [None, None, None]
    before, after = draft.operative[1], amended.operative[1]
    assert after.text == before.text and len(amended.operative) == len(draft.operative)
    assert [(s.marker, s.text[:24]) for s in after.subparagraphs] == [
        ("(a)", before.subparagraphs[0].text[:24]),
        ("(b)", "New;"),
        ("(c)", "The refusal to cooperate"),  # the draft's (b), lettered again
    ]
    assert after.subparagraphs[0] == before.subparagraphs[0]
    assert amended.operative[2] == draft.operative[2]


def test_words_changed_in_one_sub_paragraph_only() -> None:
    draft, amended, reasons = _on_l29(
        "In operative paragraph 2 (c), replace “The continued lack” with “The lack”."
    )
    assert reasons == [None]
    (a, b, c), (a2, b2, c2) = draft.operative[1].subparagraphs, amended.operative[1].subparagraphs
    assert (a2, b2) == (a, b) and b.text.startswith("The continued refusal")
    assert c2.text == c.text.replace("The continued lack", "The lack", 1)


def test_a_nested_sub_paragraph_is_deleted_and_the_others_numbered_again() -> None:
    draft, amended, reasons = _on_l29(
        "Delete operative paragraph 2 (a) (ii).", "Delete operative paragraph 2 (a) (ii)."
    )
    assert reasons == [None, "operative paragraph 2 (a) (ii) was deleted already"]
    nested, kept = draft.operative[1].subparagraphs[0].subparagraphs, amended.operative[1]
    assert [s.text for s in kept.subparagraphs[0].subparagraphs] == [
        s.text for s in nested if s.marker != "(ii)"
    ]
    assert [s.marker for s in kept.subparagraphs[0].subparagraphs][:3] == ["(i)", "(ii)", "(iii)"]
    assert len(kept.subparagraphs) == 3


def test_a_sub_paragraph_the_draft_does_not_have_is_reported() -> None:
    draft, amended, reasons = _on_l29(
        "Delete subparagraph (f) of operative paragraph 2.",
        "In operative paragraph 3 (a), delete “abduction”.",
        "In operative paragraph 2 (b), delete “words that are not there”.",
    )
    assert reasons == [
        "the draft has no operative paragraph 2 (f)",
        "the draft has no operative paragraph 3 (a)",
        "the words “words that are not there” are not in operative paragraph 2 (b)",
    ]
    assert amended.operative == draft.operative


def test_a_sub_paragraph_named_the_long_way_is_the_same_target() -> None:
    """ "In subparagraph (ii) of subparagraph (a) of operative paragraph 2" names the path (a)
    (ii), as "operative paragraph 2 (a) (ii)" does (the instructions are written in the
    Committee's forms, not copied from an amendment)."""
    long_way, short_way = (
        _on_l29(
            f"In {target}, replace “The existence of an extensive” with “The existence of a”.",
            f"Delete {deleted}.",
        )
        for target, deleted in (
            (
                "subparagraph (ii) of subparagraph (a) of operative paragraph 2",
                "subparagraph (iii) of subparagraph (a) of operative paragraph 2",
            ),
            ("operative paragraph 2 (a) (ii)", "operative paragraph 2 (a) (iii)"),
        )
    )
    draft, amended, reasons = long_way
    assert reasons == [None, None] and amended == short_way[1]
    nested = amended.operative[1].subparagraphs[0].subparagraphs
    assert nested[1].text.startswith("The existence of a penal system")
    assert len(nested) == len(draft.operative[1].subparagraphs[0].subparagraphs) - 1
    amendment = parse_amendment(
        _L29_AMENDMENT + "1. Delete subparagraph (ii) of subparagraph (a) of operative "
        "paragraph 2 and subparagraph (c) of operative paragraph 5.\n"
    )
    assert [str(o.target) for o in amendment.operations] == [
        "operative paragraph 2 (a) (ii)", "operative paragraph 5 (c)"]


def test_several_sub_paragraphs_named_in_one_phrase() -> None:
    """ "In subparagraphs (b) and (c) of operative paragraph 2", "subparagraphs (ii) to (iv)
    of": one operation per sub-paragraph, a range counted in the letters or numerals of the
    draft's marks (the instructions are written in the Committee's forms, not copied)."""
    instructions = (
        "In subparagraphs (b) and (c) of operative paragraph 2, replace “The continued” with "
        "“The”.",
        "Delete subparagraphs (ii) to (iv) of operative paragraph 2 (a).",
        "Delete subparagraphs (a), (b) and (d) to (f) of operative paragraph 7.",
        "Delete subparagraphs (e) to (c) of operative paragraph 7.",
    )
    amendment = parse_amendment(
        _L29_AMENDMENT + "".join(f"{n}. {text}\n\n" for n, text in enumerate(instructions, 1))
    )
    assert [(o.action, str(o.target)) for o in amendment.operations] == [
        ("replace", "operative paragraph 2 (b)"),
        ("replace", "operative paragraph 2 (c)"),
        *(("delete", f"operative paragraph 2 (a) {m}") for m in ("(ii)", "(iii)", "(iv)")),
        *(("delete", f"operative paragraph 7 {m}") for m in ("(a)", "(b)", "(d)", "(e)", "(f)")),
    ]
    # A range running backwards is not counted: told, not read as something else.
    assert [d.code for d in amendment.diagnostics] == ["unread-instruction"]
    draft, amended, reasons = _on_l29(*instructions[:2])
    assert reasons == [None] * 5
    (a, b, c), (a2, b2, c2) = draft.operative[1].subparagraphs, amended.operative[1].subparagraphs
    assert b2.text == b.text.replace("The continued", "The", 1) != b.text
    assert c2.text == c.text.replace("The continued", "The", 1) != c.text
    assert [s.text for s in a2.subparagraphs] == [
        s.text for s in a.subparagraphs if s.marker not in ("(ii)", "(iii)", "(iv)")
    ]


def test_words_added_at_the_end_of_a_paragraph_named_first() -> None:
    """ "At the end of operative paragraph 3, add “…”" reads as "In operative paragraph 3, at
    the end of the paragraph, add “…”": the words go before the paragraph's closing stop
    (the instructions are written in the Committee's forms, not copied)."""
    draft, amended, reasons = _on_l29(
        "At the end of operative paragraph 3, add “, without delay”.",
        "At the end of subparagraph (b) of operative paragraph 2, add “in full”.",
    )
    _, same, same_reasons = _on_l29(
        "In operative paragraph 3, at the end of the paragraph, add “, without delay”.",
        "In operative paragraph 2 (b), at the end, add “in full”.",
    )
    assert reasons == same_reasons == [None, None] and amended == same
    assert amended.operative[2].text == (
        draft.operative[2].text.removesuffix(";") + ", without delay;"
    )
    (b, b2) = (r.operative[1].subparagraphs[1] for r in (draft, amended))
    assert b2.text == b.text.removesuffix(";") + " in full;"
    assert len(amended.operative[1].subparagraphs) == 3


def test_sub_paragraphs_listed_after_their_paragraph_number() -> None:
    """ "Delete operative paragraph 2 (b) and (c)": the second mark is of paragraph 2 too; it
    was dropped (the instruction is written in the Committee's form, not copied)."""
    draft, amended, reasons = _on_l29(
        "Delete operative paragraph 2 (b) and (c).",
        "In operative paragraphs 2 (a), 3 and 4, delete “no such words”.",
    )
    assert reasons[:2] == [None, None]
    assert amended.operative[1].subparagraphs == draft.operative[1].subparagraphs[:1]
    assert [r.split(" are not in ")[-1] for r in reasons[2:] if r] == [
        "operative paragraph 2 (a)", "operative paragraph 3", "operative paragraph 4"]
