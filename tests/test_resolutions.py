"""Resolutions and drafts parsed from the development corpus, checked against the documents."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

import pytest

from conftest import corpus_file
from csto_un import (
    DiagnosticError,
    NotAResolutionError,
    Resolution,
    load_resolution,
    parse_resolution,
)

SEED = "A_79_L_draft_UN-CSTO_2024-11-06_fr.md"


@cache
def _load(relative: str) -> Resolution:
    return load_resolution(corpus_file(relative))


def load(relative: str) -> Resolution:
    corpus_file(relative)  # skips when the corpus is absent
    return _load(relative)


# -- the founding French draft ----------------------------------------------------------------


def test_seed_header() -> None:
    draft = load(SEED)
    assert draft.symbol is None
    assert draft.body == "General Assembly"
    assert draft.session == 79
    assert draft.agenda_item == "125 t)"
    assert draft.date == dt.date(2024, 11, 6)
    assert (draft.language, draft.original_language) == ("fr", "en")
    assert draft.distribution == "limited"
    assert draft.draft
    assert draft.title == (
        "Coopération entre l'Organisation des Nations Unies et l'Organisation du Traité de "
        "sécurité collective"
    )
    assert draft.agenda_title is not None
    assert draft.agenda_title.startswith("Coopération entre l'Organisation des Nations Unies et")
    assert draft.enacting_formula == "L'Assemblée générale,"


def test_seed_sponsors_with_codes() -> None:
    draft = load(SEED)
    assert [s.name for s in draft.sponsors] == [
        "Bélarus", "Fédération de Russie", "Kazakhstan", "Kirghizistan", "Tadjikistan",
    ]  # fmt: skip
    codes = [s.country_code for s in draft.sponsors]
    if codes == [None] * 5:
        pytest.skip("country_code() is not filled in yet")
    assert codes == ["BLR", "RUS", "KAZ", "KGZ", "TJK"]


def test_seed_paragraphs_and_leads() -> None:
    draft = load(SEED)
    assert [p.lead for p in draft.preamble] == [
        "Ayant examiné", "Rappelant", "Rappelant également", "Rappelant en outre", "Rappelant",
        "Rappelant également", "Constatant avec satisfaction", "Encourageant", "Soulignant",
        "Se félicitant", "Se félicitant également", "Notant", "Prenant note avec satisfaction",
        "Se félicitant", "Constatant",
    ]  # fmt: skip
    assert [(p.number, p.lead) for p in draft.operative] == [
        (1, "Accueille avec satisfaction"), (2, "Note avec satisfaction"), (3, "Apprécie"),
        (4, "Invite"), (5, "Engage"), (6, "Invite"), (7, "Engage"), (8, "Prie"), (9, "Décide"),
    ]  # fmt: skip
    for paragraph in draft.paragraphs:
        assert paragraph.lead is not None
        assert paragraph.text.startswith(paragraph.lead)


def test_seed_paragraph_cut_by_a_page_break_is_one_paragraph() -> None:
    fifth = load(SEED).preamble[4]
    assert "celles du 13 janvier 2010 et du 6 août 2013, qui soulignent" in fifth.text
    assert fifth.footnotes == ("3", "4")
    assert "Toute modification" not in fifth.text


def test_seed_footnotes() -> None:
    draft = load(SEED)
    assert [f.marker for f in draft.footnotes] == ["*", "1", "2", "3", "4", "5", "6", "7"]
    star = draft.footnotes[0]
    assert star.text.startswith("Toute modification apportée à la liste des auteurs")
    assert star.part == "header"
    notes = {f.marker: f for f in draft.footnotes}
    assert notes["1"].text == "A/79/302-S/2024/600."
    assert (notes["1"].part, notes["1"].paragraph) == ("preamble", 0)
    assert (notes["2"].part, notes["2"].paragraph) == ("preamble", 3)
    assert notes["3"].text.startswith("S/PRST/2010/1 ; voir Résolutions et décisions")
    assert "1er août 2009" in notes["3"].text  # a superscript that is not a footnote mark
    assert (notes["7"].part, notes["7"].paragraph) == ("preamble", 10)


def test_seed_citations() -> None:
    cited = set(load(SEED).cited_symbols())
    expected = {
        "A/RES/59/50", "A/RES/64/256", "A/RES/65/122", "A/RES/67/6", "A/RES/69/12",
        "A/RES/71/12", "A/RES/73/331", "A/RES/75/276", "A/RES/77/13", "A/RES/49/57",
        "S/RES/1631 (2005)", "A/79/302-S/2024/600", "S/PRST/2010/1", "S/PRST/2013/12",
        "S/INF/65", "S/INF/69", "A/RES/60/288", "E/2009/28", "A/RES/S-30/1",
    }  # fmt: skip
    assert cited == expected
    dated = {c.symbol: c.date for c in load(SEED).citations if c.date}
    assert dated["A/RES/59/50"] == dt.date(2004, 12, 2)
    assert dated["A/RES/77/13"] == dt.date(2022, 11, 21)
    assert dated["S/RES/1631 (2005)"] == dt.date(2005, 10, 17)


def test_seed_accepts_a_symbol_from_the_caller() -> None:
    text = corpus_file(SEED).read_text(encoding="utf-8")
    draft = parse_resolution(text, name=SEED, symbol="a/79/l.11")
    assert draft.symbol == "A/79/L.11"
    assert draft.symbol_inferred == "given by the caller"
    assert len(draft.preamble) == 15


ALL = [
    SEED, "csto/A_RES_73_331_en.txt", "csto/A_RES_75_276_en.txt", "csto/A_RES_77_13_en.txt",
    "csto/A_RES_79_10_en.txt", "csto/A_RES_79_10_en.pdf", "text/S-RES-1540(2004).txt",
    "text/S-RES-2000(2011).txt", "pdf/A_RES_73_3-EN.pdf", "pdf/A_RES_73_6-EN.pdf",
    "pdf/A_RES_55_2_E.pdf", "pdf/A_L.632_E_1971.pdf",
]  # fmt: skip


@pytest.mark.parametrize("relative", ALL)
def test_clean_text_has_no_markup_or_marks(relative: str) -> None:
    from csto_un import to_json

    resolution = load(relative)
    serialized = to_json(resolution)
    for leftover in ("\ue000", "\ue001", "\xad", "<sup>", "](#)", "\\ue0", "\\u00ad"):
        assert leftover not in serialized
    for paragraph in resolution.paragraphs:
        assert not re.search(r"[*_]{1,2}\w|\\", paragraph.text), paragraph.text
        assert not re.search(r"[a-z]{3}[,;]?\d\b", paragraph.text), paragraph.text  # glued marks
        assert not re.search(r"\bA/RES/\d+/\d+$", paragraph.text)  # running headers


# -- the UN–CSTO series --------------------------------------------------------------------------

SERIES = [
    ("csto/A_RES_73_331_en.txt", "A/RES/73/331", 73, "128 (t)", "2019-07-25",
     "101st plenary meeting", ("A/73/L.103", "A/73/L.103/Add.1"), "19-12817",
     "A/73/328-S/2018/592"),
    ("csto/A_RES_75_276_en.txt", "A/RES/75/276", 75, "130 (t)", "2021-04-28",
     "62nd plenary meeting", ("A/75/L.78", "A/75/L.78/Add.1"), "21-05673",
     "A/75/345-S/2020/898"),
    ("csto/A_RES_77_13_en.txt", "A/RES/77/13", 77, "127 (t)", "2022-11-21",
     "39th plenary meeting", ("A/77/L.13",), "22-26535", "A/77/277-S/2022/606"),
    ("csto/A_RES_79_10_en.txt", "A/RES/79/10", 79, "125 (t)", "2024-11-18",
     "39th plenary meeting", ("A/79/L.11",), "24-21660", "A/79/302-S/2024/600"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("relative", "symbol", "session", "item", "adopted", "meeting", "drafts", "job", "report"),
    SERIES,
)
def test_series_member(
    relative: str,
    symbol: str,
    session: int,
    item: str,
    adopted: str,
    meeting: str,
    drafts: tuple[str, ...],
    job: str,
    report: str,
) -> None:
    resolution = load(relative)
    assert resolution.symbol == symbol
    assert resolution.session == session
    assert resolution.agenda_item == item
    assert resolution.adopted_on == dt.date.fromisoformat(adopted)
    assert resolution.meeting == meeting
    assert resolution.drafts == drafts
    assert resolution.committee == "without reference to a Main Committee"
    assert resolution.job_number == job
    assert resolution.title == (
        "Cooperation between the United Nations and the Collective Security Treaty Organization"
    )
    # Counted in the documents: 15 preambular and 9 operative paragraphs, 7 footnotes.
    assert len(resolution.preamble) == 15
    assert [p.number for p in resolution.operative] == list(range(1, 10))
    assert [f.marker for f in resolution.footnotes] == [str(n) for n in range(1, 8)]
    assert resolution.footnotes[0].text.replace("–", "-") == report + "."
    assert [p.footnotes for p in resolution.preamble][:5] == [("1",), (), (), ("2",), ("3", "4")]
    assert resolution.preamble[8].footnotes == ("5",)
    assert resolution.preamble[10].footnotes == ("6", "7")
    assert [p.lead for p in resolution.operative][:3] == [
        "Takes note with appreciation", "Notes with appreciation", "Welcomes",
    ]  # fmt: skip
    assert not [d for d in resolution.diagnostics if d.severity.value != "info"]


def test_73_331_calls_footnotes_again_after_a_space() -> None:
    resolution = load("csto/A_RES_73_331_en.txt")
    # "organizations, 1 and" and "Strategy;5" call notes 1 and 5 a second time.
    assert resolution.operative[0].footnotes == ("1",)
    assert resolution.operative[4].footnotes == ("5",)
    assert "other organizations, and acknowledges" in resolution.operative[0].text
    assert resolution.job_number == "19-12817"  # page 1; the running headers say 19-18217


def test_paragraph_cut_by_page_break_and_footnotes_79_10() -> None:
    fifth = load("csto/A_RES_79_10_en.txt").preamble[4]
    assert (
        "statements by its President, including those of 13 January 2010 and 6 August" in fifth.text
    )
    assert fifth.text.endswith("statutes of regional and subregional organizations,")


def test_extraction_damage_is_mended_where_it_is_safe() -> None:
    resolution = load("csto/A_RES_77_13_en.txt")
    assert "human-made disasters" in resolution.operative[1].text
    assert "Secretary -General" not in " ".join(p.text for p in resolution.paragraphs)


def test_furniture_is_recorded_not_lost() -> None:
    resolution = load("csto/A_RES_79_10_en.txt")
    assert resolution.source is not None
    texts = [f.text.strip() for f in resolution.source.furniture]
    assert "2/4" in texts
    assert "A/RES/79/10" in texts


# -- Security Council text files -----------------------------------------------------------------


def test_s_res_1540() -> None:
    resolution = load("text/S-RES-1540(2004).txt")
    assert resolution.symbol == "S/RES/1540 (2004)"
    assert resolution.body == "Security Council"
    assert (
        resolution.adoption
        == "Adopted by the Security Council at its 4956th meeting, on 28 April 2004"
    )
    assert resolution.adopted_on == dt.date(2004, 4, 28)
    assert resolution.meeting == "4956th meeting"
    assert len(resolution.preamble) == 16
    assert resolution.preamble[-1].lead == "Acting under Chapter VII"
    assert [p.number for p in resolution.operative] == list(range(1, 13))
    # Paragraph 2 runs over the page break; paragraph 8 holds (a)–(d) on one line.
    assert resolution.operative[1].text.endswith("assist or finance them;")
    assert [s.marker for s in resolution.operative[2].subparagraphs] == ["(a)", "(b)", "(c)", "(d)"]
    assert [s.marker for s in resolution.operative[7].subparagraphs] == ["(a)", "(b)", "(c)", "(d)"]
    assert resolution.operative[8].text.startswith("Calls upon all States to promote dialogue")
    (star,) = resolution.footnotes
    assert star.marker == "*"
    assert star.text.startswith("Definitions for the purpose of this resolution only")
    called = [p.footnotes for p in resolution.preamble if p.footnotes]
    assert called == [("*",), ("*",), ("*",)]


def test_s_res_2000_headings_and_bullets() -> None:
    resolution = load("text/S-RES-2000(2011).txt")
    assert resolution.symbol == "S/RES/2000 (2011)"
    assert resolution.adopted_on == dt.date(2011, 7, 27)
    assert len(resolution.preamble) == 21
    assert [p.number for p in resolution.operative] == list(range(1, 21))
    mandate = resolution.operative[6]
    assert mandate.text == "Decides that UNOCI shall have the following mandate:"
    letters = [s.marker for s in mandate.subparagraphs]
    assert letters == [f"({c})" for c in "abcdefghijklm"]  # (i) after (h) is a letter
    assert mandate.subparagraphs[0].heading == "Protection and security"
    assert mandate.subparagraphs[8].heading == "Peace and electoral process"
    assert mandate.subparagraphs[0].text == "Protection of civilians"
    bullets = mandate.subparagraphs[0].subparagraphs
    assert len(bullets) == 4
    assert bullets[0].text.startswith("To protect, without prejudice")
    # 40 lines of the file start with a dash (0x96), all of them in paragraph 7.
    assert sum(len(s.subparagraphs) for s in mandate.subparagraphs) == 40


# -- errors and strictness -------------------------------------------------------------------------


def test_not_a_resolution() -> None:
    with pytest.raises(NotAResolutionError):
        parse_resolution("Le Président : La séance est ouverte.\n")


def test_strict_raises_on_the_first_diagnostic() -> None:
    text = (
        "Zzz header junk\n\nA title\n\nThe General Assembly,\n\nRecalling its resolution 1/1,\n\n"
        "1. Decides to meet.\n"
    )
    lenient = parse_resolution(text)
    assert [d.code for d in lenient.diagnostics] == ["unrecognised-header"]
    assert lenient.diagnostics[0].line == 1
    with pytest.raises(DiagnosticError, match="unrecognised-header"):
        parse_resolution(text, strict=True)


def test_lines_that_fit_nowhere_are_diagnosed() -> None:
    text = (
        "The General Assembly,\n\nRecalling its resolution 1/1,\n\nA heading\n\n"
        "1. Decides to meet.\n\nSomething unnumbered.\n\nA stray heading\n\n"
        "2nd plenary meeting\n5 May 2000\n"
    )
    resolution = parse_resolution(text)
    assert resolution.operative[0].section == "A heading"  # it heads what stands under it
    codes = [d.code for d in resolution.diagnostics]
    assert codes == ["unnumbered-paragraph", "unexpected-heading"]


# -- PDFs ----------------------------------------------------------------------------------------


def test_79_10_pdf_parses_like_its_extracted_text() -> None:
    from csto_un import compare

    from_pdf = load("csto/A_RES_79_10_en.pdf")
    from_text = load("csto/A_RES_79_10_en.txt")
    assert len(from_pdf.preamble) == 15
    assert len(from_pdf.operative) == 9
    assert [f.marker for f in from_pdf.footnotes] == [str(n) for n in range(1, 8)]
    assert compare(from_text, from_pdf).changes == ()
    assert from_pdf.diagnostics == ()


def test_73_6_pdf() -> None:
    resolution = load("pdf/A_RES_73_6-EN.pdf")
    assert resolution.symbol == "A/RES/73/6"
    assert resolution.drafts == ("A/73/L.6", "A/73/L.6/Add.1")
    assert resolution.adopted_on == dt.date(2018, 10, 26)
    assert resolution.agenda_item == "30"
    # Counted in the PDF: 25 preambular paragraphs, 14 operative, 6 footnotes.
    assert len(resolution.preamble) == 25
    assert [p.number for p in resolution.operative] == list(range(1, 15))
    assert [f.marker for f in resolution.footnotes] == ["1", "2", "3", "4", "5", "6"]
    assert resolution.preamble[4].footnotes == (
        "2",
        "3",
        "4",
    )  # "Agenda …,2 … 2015–20303 … Agreement 4"
    assert resolution.preamble[13].lead == "Seriously concerned"
    # "UNISPACE+50,1": the PDF does not raise this second call of note 1; it is a mark all the same.
    assert resolution.preamble[21].footnotes == ("1",)
    assert resolution.preamble[21].text.endswith("the seven thematic priorities of UNISPACE+50,")
    # Footnote 6 runs from the foot of page 3 to the foot of page 4.
    sixth = resolution.footnotes[5].text
    assert sixth.startswith("Related documents include")
    assert sixth.endswith("A/AC.105/1181.")
    assert resolution.operative[4].text.endswith("the Sustainable Development Goals;")
    assert resolution.diagnostics == ()


def test_55_2_pdf_declaration() -> None:
    resolution = load("pdf/A_RES_55_2_E.pdf")
    assert resolution.symbol == "A/RES/55/2"
    assert resolution.title == "United Nations Millennium Declaration"
    # The Declaration is the text the resolution adopts: its annex, not operative paragraphs.
    (adopting,) = resolution.operative
    assert adopting.text == "Adopts the following Declaration:"
    assert adopting.number is None
    assert adopting.annex is None
    (annex,) = resolution.annexes
    assert (annex.label, annex.title) == (None, "United Nations Millennium Declaration")
    declaration = annex.paragraphs
    assert [p.number for p in declaration] == list(range(1, 33))
    assert {p.annex for p in declaration} == {"United Nations Millennium Declaration"}
    sections = list(dict.fromkeys(p.section for p in declaration))
    assert sections == list(annex.headings)
    assert sections[0] == "I. Values and principles"
    assert sections[-1] == "VIII. Strengthening the United Nations"
    assert len(sections) == 8
    values = declaration[5].subparagraphs
    assert [s.text.split(".")[0] for s in values] == [
        "Freedom", "Equality", "Solidarity", "Tolerance", "Respect for nature",
        "Shared responsibility",
    ]  # fmt: skip
    assert [f.marker for f in resolution.footnotes] == [str(n) for n in range(1, 15)]
    assert declaration[8].footnotes == ("1", "2", "3", "4")  # in the bullets of paragraph 9


def test_73_3_pdf_political_declaration() -> None:
    resolution = load("pdf/A_RES_73_3-EN.pdf")
    assert resolution.enacting_formula == "The General Assembly"
    (adopting,) = resolution.operative
    assert adopting.text.startswith("Adopts the following political declaration")
    preamble, *numbered = resolution.annex_paragraphs
    assert preamble.text.startswith("We, Heads of State and Government")
    assert [p.number for p in numbered] == list(range(1, 54))
    assert numbered[0].annex == (
        "Political declaration of the high-level meeting of the General Assembly on the fight "
        "against tuberculosis"
    )
    assert numbered[0].lead == "Reaffirm"
    assert [f.marker for f in resolution.footnotes] == [str(n) for n in range(1, 8)]


def test_a_l_632_ocr_best_effort() -> None:
    draft = load("pdf/A_L.632_E_1971.pdf")
    assert draft.symbol == "A/L.632"
    assert draft.draft
    assert draft.distribution == "limited"
    assert draft.session == 26  # OCR: "rrwenty-sixth session"
    assert draft.agenda_item == "93"
    assert draft.title == (
        "RESTORATION OF THE LAWFUL RIGHTS OF THE PEOPLE'S REPUBLIC OF CHINA IN THE UNITED NATIONS"
    )
    assert len(draft.sponsors) == 20
    assert draft.sponsors[-1].country_code == "URY"
    assert [p.lead for p in draft.paragraphs] == ["Recalling", "Decides"]
    codes = {d.code for d in draft.diagnostics}
    assert {"ocr-guess", "unrecognised-header", "unknown-country"} <= codes  # said, not hidden
    assert draft.job_number == "71-19641"


def test_image_only_pdf_says_so() -> None:
    from csto_un import NoTextLayerError

    with pytest.raises(NoTextLayerError):
        load_resolution(corpus_file("pdf/A_RES_2758_XXVI_R_1971_imageonly.pdf"))


def _letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalpha())


@pytest.mark.parametrize(
    "relative",
    [
        SEED,
        "csto/A_RES_73_331_en.txt",
        "csto/A_RES_77_13_en.txt",
        "csto/A_RES_79_10_en.pdf",
        "text/S-RES-1540(2004).txt",
        "text/S-RES-2000(2011).txt",
        "pdf/A_RES_55_2_E.pdf",
    ],
)
def test_nothing_is_lost(relative: str) -> None:
    """Every line after the enacting formula is in a paragraph, a footnote, the closing
    meeting or the recorded furniture (compared on letters: marks and spacing aside)."""
    from csto_un.sources import read_document

    resolution = load(relative)
    assert resolution.source is not None
    pieces: list[str] = [
        resolution.meeting or "",
        resolution.adopted_on.strftime("%B") if resolution.adopted_on else "",
    ]

    def walk(subs: tuple[object, ...]) -> None:
        for sub in subs:
            pieces.extend([sub.heading or "", f"{sub.marker} {sub.text}"])  # type: ignore[attr-defined]
            walk(sub.subparagraphs)  # type: ignore[attr-defined]

    for paragraph in resolution.paragraphs + resolution.annex_paragraphs:
        pieces.extend([paragraph.text, paragraph.section or "", paragraph.annex or ""])
        walk(paragraph.subparagraphs)
    pieces.extend(f.text for f in resolution.footnotes)
    pieces.extend(f.text for f in resolution.source.furniture)
    haystack = _letters(" ".join(pieces))
    document = read_document(corpus_file(relative))
    formula = next(
        i
        for i, line in enumerate(document.lines)
        if line.text.strip() == resolution.enacting_formula
    )
    missing = [
        line.text
        for line in document.lines[formula + 1 :]
        if _letters(line.text) and _letters(line.text) not in haystack
    ]
    assert missing == []


def test_nested_subparagraphs() -> None:
    text = (
        "The Security Council,\n\nRecalling its resolution 1373 (2001),\n\n"
        "1. Decides that all States shall:\n\n(a) Report on:\n\n(i) their laws;\n\n"
        "(ii) their practice;\n\n(b) Cooperate;\n\n2. Decides to remain seized of the matter.\n"
    )
    first, second = parse_resolution(text).operative
    assert [s.marker for s in first.subparagraphs] == ["(a)", "(b)"]
    assert [s.marker for s in first.subparagraphs[0].subparagraphs] == ["(i)", "(ii)"]
    assert first.subparagraphs[0].subparagraphs[1].text == "their practice;"
    assert second.number == 2


def test_adoption_date_and_closing_meeting_must_agree() -> None:
    text = (
        "Resolution adopted by the General Assembly on 1 December 2020\n\nA title\n\n"
        "The General Assembly,\n\nRecalling its resolution 1/1,\n\n1. Decides to meet.\n\n"
        "40th plenary meeting\n2 December 2020\n"
    )
    resolution = parse_resolution(text)
    assert resolution.meeting == "40th plenary meeting"
    assert [d.code for d in resolution.diagnostics] == ["date-mismatch"]


def test_french_adopted_resolution_tables() -> None:
    text = (
        "Nations Unies\nA/RES/79/10\n\nAssemblée générale\nDistr. générale\n19 novembre 2024\n\n"
        "Soixante-dix-neuvième session\nPoint 125 t) de l’ordre du jour\n\n"
        "Résolution adoptée par l’Assemblée générale le 18 novembre 2024\n\n"
        "[sans renvoi à une grande commission (A/79/L.11)]\n\n"
        "79/10. Coopération entre l’Organisation des Nations Unies et l’Organisation du Traité "
        "de sécurité collective\n\nL’Assemblée générale,\n\n"
        "Rappelant en outre sa résolution 59/50 du 2 décembre 2004,\n\n"
        "1. Prie le Secrétaire général de lui présenter à sa quatre-vingt-unième session un "
        "rapport ;\n\n39e séance plénière\n18 novembre 2024\n"
    )
    resolution = parse_resolution(text)
    assert resolution.diagnostics == ()
    assert (resolution.symbol, resolution.session, resolution.agenda_item) == (
        "A/RES/79/10", 79, "125 t)",
    )  # fmt: skip
    assert resolution.distribution == "general"
    assert resolution.adopted_on == dt.date(2024, 11, 18)
    assert resolution.drafts == ("A/79/L.11",)
    assert resolution.committee == "sans renvoi à une grande commission"
    assert resolution.meeting == "39e séance plénière"
    assert resolution.preamble[0].lead == "Rappelant en outre"
    assert resolution.operative[0].lead == "Prie"
    assert resolution.title is not None
    assert resolution.title.startswith("Coopération entre")


@pytest.mark.parametrize("relative", ["S_PV.8967_fr.txt", "pdf/S_PV.8701_E.pdf"])
def test_meeting_records_are_not_resolutions(relative: str) -> None:
    with pytest.raises(NotAResolutionError):
        load_resolution(corpus_file(relative))


def test_annex_after_the_closing_meeting() -> None:
    text = (
        "A title\n\nThe General Assembly,\n\nRecalling its resolution 1/1,\n\n"
        "1. Adopts the Principles annexed to the present resolution;\n\n"
        "40th plenary meeting\n21 November 2022\n\nAnnex\n\nPrinciples of cooperation\n\n"
        "1. States shall cooperate.\n\n2. States shall report.\n"
    )
    resolution = parse_resolution(text)
    assert resolution.meeting == "40th plenary meeting"
    assert resolution.diagnostics == ()
    (adopting,) = resolution.operative
    assert adopting.annex is None
    (annex,) = resolution.annexes
    assert (annex.label, annex.title) == ("Annex", "Principles of cooperation")
    first, second = annex.paragraphs
    assert (first.number, first.annex) == (1, "Annex: Principles of cooperation")
    assert second.text == "States shall report."


def test_a_resolution_joins_its_lines_with_the_one_hyphen_rule() -> None:
    """The resolution parser joins lines with :class:`csto_un.text.Joiner`, its evidence taken
    from the resolution itself: a word split at a line end is mended where the resolution
    prints it whole ("resolu-" + "tion", also after a soft hyphen), a hyphenated word it prints
    elsewhere keeps its hyphen ("peace-" + "keeping"), and a hyphen after a number joins
    without a space ("COVID-19-" + "related")."""
    text = (
        "The General Assembly,\n\n"
        "Recalling its resolution 59/50 and its peace-keeping operations,\n\n"
        "1. Decides to implement the resolu-\ntion on peace-\nkeeping and the COVID-19-\n"
        "related measures in the resolu\u00ad\ntion;\n"
    )
    resolution = parse_resolution(text, symbol="A/RES/1/1")
    assert resolution.operative[0].text == (
        "Decides to implement the resolution on peace-keeping and the COVID-19-related "
        "measures in the resolution;"
    )
