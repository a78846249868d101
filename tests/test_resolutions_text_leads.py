"""Leads read from text without typography agree with the leads the PDF's italics give.

A PDF says where a lead stops by its italics; text extracted from the same PDF does not, and its
leads are read from the language's tables as a form (:mod:`csto_un.resolutions._leads`). These
tests read a document of ``ga-scale/pdfs`` both ways (skipped with the reason when the corpus is
absent) and check that the two readings give the same leads, one form at a time.
"""

from __future__ import annotations

from pathlib import Path

from conftest import corpus_file
from csto_un import Resolution, load_resolution, parse_resolution
from csto_un.sources import read_document


def both(name: str) -> tuple[Resolution, Resolution]:
    """The document read from its PDF, and from its text as a user holding the extracted
    text has it: its lines, indented as printed, a blank line where the page leaves one, a
    form feed at a page break, no italics."""
    path: Path = corpus_file(f"ga-scale/pdfs/{name}.pdf")
    pdf = load_resolution(path)
    assert isinstance(pdf, Resolution)
    lines: list[str] = []
    page = 1
    for line in read_document(path).lines:
        if line.page != page:
            lines.append("\f")
            page = line.page
        elif line.blank_before and lines:
            lines.append("")
        lines.append(("    " if line.indented else "") + line.text)
    return pdf, parse_resolution("\n".join(lines) + "\n", name=path.name)


def leads(resolution: Resolution) -> list[str | None]:
    return [p.lead for p in resolution.paragraphs]


def test_a_verb_of_the_tables_after_the_clause_a_paragraph_opens_with_is_its_lead() -> None:
    # "2. Pending the total elimination of nuclear weapons, urges those nuclear-weapon States
    # …": in the PDF the verb is in italics after the roman clause; in text it is a verb of
    # the tables in lower case after the clause's comma.
    pdf, text = both("A_C.1_80_L.56")
    assert text.operative[1].text.startswith("Pending the total elimination of nuclear weapons,")
    assert text.operative[1].lead == pdf.operative[1].lead == "urges"
    assert not [d for d in text.diagnostics if d.code == "unknown-lead"]


def test_a_lead_keeps_the_noun_its_verb_takes_as_in_the_print() -> None:
    # "Expresses its appreciation", "Expresses deep concern", "Affirms its deep commitment",
    # "Condemns without reservation", "Calls for", "*Guided* by": the print sets the noun (with
    # its determiner and adjectives) in italics with the verb, and "by" in roman; the text
    # reads the noun of the tables after the verb. (15 leads differed, now none.)
    pdf, text = both("A_C.3_80_L.2")
    assert leads(text) == leads(pdf)
    found = set(leads(text))
    assert {"Expresses its appreciation", "Expresses deep concern", "Calls for"} <= found
    assert {"Affirms its deep commitment", "Condemns without reservation", "Guided"} <= found


def test_the_lead_of_a_generated_text_in_every_form() -> None:
    text = (
        "The General Assembly,\n\n"
        "Guided by the Charter of the United Nations,\n\n"
        "Expressing grave concern at the situation,\n\n"
        "Recalling its decision 79/513 of 2 December 2024,\n\n"
        "Reaffirming its resolution 77/13,\n\n"
        "Deeply alarmed and concerned by the reports,\n\n"
        "Ever mindful that, to preserve the Treaty, States must act,\n\n"
        "1. Expresses its very serious concern also at the situation;\n\n"
        "2. Reiterates its call upon all States to act;\n\n"
        "3. Welcomes and encourages the efforts of the region;\n\n"
        "4. Condemns unequivocally all attacks;\n\n"
        "5. Pending the entry into force of the Treaty, also urges all States to refrain;\n\n"
        "6. Welcomes the support provided by the Office;\n\n"
        "7. Takes into account the 2030 Agenda for Sustainable Development.\n"
    )
    resolution = parse_resolution(text)
    assert leads(resolution) == [
        "Guided",  # "*Guided* by the Charter": the print's italics stop before "by"
        "Expressing grave concern",
        "Recalling",  # a decision cited by its number is no object of the lead
        "Reaffirming",
        "Deeply alarmed and concerned",
        "Ever mindful",  # an adverb of the tables before a lead of the tables
        "Expresses its very serious concern also",
        "Reiterates its call upon",
        "Welcomes and encourages",
        "Condemns unequivocally",
        "also urges",
        "Welcomes",
        "Takes into account",  # as "Taking into account" in the preamble
    ]


def test_a_footnote_mark_after_a_numbers_comma_leaves_the_paragraph_whole() -> None:
    # "… the submission of its updated version in 2014, 3" (A/C.1/80/L.38) and "… adopted by
    # the World Conference on Human Rights on 25 June 1993, 1 and …" (A/C.3/80/L.37): in text
    # the superscript is a number after a space. Taken for a number, the mark left the
    # paragraph without its final punctuation, and later marks unread: "Welcoming the report of
    # the Secretary-General,5" was then taken for a heading, its paragraph and lead lost.
    for name in ("A_C.1_80_L.38", "A_C.3_80_L.37"):
        pdf, text = both(name)
        assert len(text.preamble) == len(pdf.preamble), name
        assert leads(text) == leads(pdf), name
        assert [f.paragraph for f in text.footnotes] == [f.paragraph for f in pdf.footnotes]


def test_a_noun_stays_in_the_lead_as_most_prints_set_it() -> None:
    # The GA folder's prints: "*Encourages* further steps" (23 of 23 operative paragraphs set
    # "further" before a noun in roman), "*Encourages* support" (6 of 6), but "*Expresses
    # support*" (10 of 10), "*Reiterating deep concern*", "*Reaffirms its support*".
    text = (
        "The General Assembly,\n\n"
        "Reiterating deep concern at the consequences,\n\n"
        "Reiterating its deep distress at the loss of life,\n\n"
        "1. Encourages further steps by all States;\n\n"
        "2. Strongly encourages further accelerated actions;\n\n"
        "3. Invites further use of digital technologies;\n\n"
        "4. Notes further with concern the situation;\n\n"
        "5. Encourages support for the Centre;\n\n"
        "6. Expresses support for the work of the Office;\n\n"
        "7. Reaffirms its support for the Strategy;\n\n"
        "8. Decides further that the Committee shall meet.\n"
    )
    assert leads(parse_resolution(text)) == [
        "Reiterating deep concern",
        "Reiterating its deep distress",
        "Encourages",
        "Strongly encourages",
        "Invites",
        "Notes further with concern",
        "Encourages",
        "Expresses support",
        "Reaffirms its support",
        "Decides further",
    ]


def test_french_leads_read_from_text_in_the_assemblys_usage() -> None:
    # The Assembly is feminine in French ("Consciente", "Profondément préoccupée"), and its
    # leads take nouns with "sa", "son", "ses" ("Exprime sa profonde préoccupation"). The
    # first two paragraphs are from A/RES/57/91 and A/RES/72/298 (French), the others forms
    # of the same usage.
    text = (
        "L'Assemblée générale,\n\n"
        "Consciente du large appui dont bénéficie la revitalisation du Centre régional,\n\n"
        "Consciente qu'il est indispensable de doter la Force des ressources financières dont "
        "elle a besoin,\n\n"
        "Profondément préoccupée par la situation humanitaire,\n\n"
        "Exprimant sa gratitude au Gouvernement hôte,\n\n"
        "Réaffirmant en outre sa résolution 77/13,\n\n"
        "1. Exprime sa profonde préoccupation face à la situation;\n\n"
        "2. Réaffirme son ferme attachement à la Charte;\n\n"
        "3. Prend note avec satisfaction du rapport du Secrétaire général;\n\n"
        "4. Prend acte de la note du Secrétariat;\n\n"
        "5. Se déclare profondément préoccupée par les attaques;\n\n"
        "6. Réitère son appel à tous les États;\n\n"
        "7. Salue et encourage les efforts de la région.\n"
    )
    assert leads(parse_resolution(text)) == [
        "Consciente",
        "Consciente",
        "Profondément préoccupée",
        "Exprimant sa gratitude",
        "Réaffirmant en outre",
        "Exprime sa profonde préoccupation",
        "Réaffirme son ferme attachement",
        "Prend note avec satisfaction",
        "Prend acte",
        "Se déclare profondément préoccupée",
        "Réitère son appel",
        "Salue et encourage",
    ]


def test_paragraphs_of_a_text_without_blank_lines_open_at_any_lead() -> None:
    # Text as bare PDFium gives it (A/C.1/80/L.14, A/C.1/80/L.15): no blank lines, no
    # indents. A paragraph opens at a line after a finished sentence that opens with a lead,
    # also one outside the tables' verbs: "Being gravely concerned", "Sharing the deep
    # concern", "Wishing to do the utmost"; a name in title case going on from the line
    # before ("Stockpiling and Use of …", A/C.1/80/L.49) opens nothing.
    text = (
        "The General Assembly,\r\n"
        "Stressing that international cooperation would make an essential contribution to \r\n"
        "the creation of friendly relations among peoples and nations,\r\n"
        "Being gravely concerned at the continuous erosion of \r\n"
        "multilateralism in the field of arms regulation,\r\n"
        "Sharing the deep concern at the catastrophic humanitarian consequences of any use \r\n"
        "of nuclear weapons,\r\n"
        "Wishing to do the utmost to ensure assistance for the care and rehabilitation, \r\n"
        "including the social and economic reintegration, of mine victims,\r\n"
        "Recalling the Convention on the Prohibition of the Development, Production, \r\n"
        "Stockpiling and Use of Chemical Weapons and on Their Destruction,\r\n"
        "1. Decides to remain seized of the matter.\r\n"
    )
    assert leads(parse_resolution(text)) == [
        "Stressing",
        "Being gravely concerned",
        "Sharing",
        "Wishing",
        "Recalling",  # "Stockpiling and Use of Chemical Weapons": a name going on
        "Decides",
    ]


def test_a_second_operative_verb_after_and_is_read_only_when_it_is_a_verb() -> None:
    # An operative verb's ending ("…s") is a plural noun's too: "Acknowledges and countries"
    # (found by the round-trip property test) has the lead "Acknowledges"; a verb of the
    # tables joined by "and" stays in it, as the PDFs' italics set it (A/RES/78/234,
    # A/RES/78/315).
    text = (
        "The General Assembly,\n\nRecalling its resolutions,\n\n"
        "1. Acknowledges and countries the.\n\n"
        "2. Acknowledges and profoundly regrets the untold suffering;\n\n"
        "3. Welcomes and accepts with appreciation the generous offer;\n\n"
        "4. Welcomes and encourages the plan.\n"
    )
    leads = [p.lead for p in parse_resolution(text).operative]
    assert leads == [
        "Acknowledges",
        "Acknowledges and profoundly regrets",
        "Welcomes and accepts with appreciation",
        "Welcomes and encourages",
    ]


def test_a_pronouns_adjective_and_a_second_noun_stay_in_the_lead_as_the_prints_set_them() -> None:
    # The GA folder's prints set in italics "Believing it necessary" (4 of 4), "Considers it
    # alarming" / "important" (3 of 3), "Expressing regret and concern", "Notes with
    # appreciation and satisfaction", "Reiterates its invitation and encouragement",
    # "Calling attention" (A/C.1/80/L.30, A/RES/78/198, A/RES/78/63, A/RES/78/115,
    # A/RES/78/32, A/RES/78/68); the text reading stopped at the verb or the first noun.
    text = (
        "The General Assembly,\n\n"
        "Believing it necessary to do the utmost,\n\n"
        "Expressing regret and concern that the conference was not convened,\n\n"
        "Calling attention also to the circumstances,\n\n"
        "1. Considers it alarming that hunger persists;\n\n"
        "2. Notes with appreciation and satisfaction that the Agency acted;\n\n"
        "3. Reiterates its invitation and encouragement to all States;\n\n"
        "4. Reiterates with concern its request that the Secretary-General report;\n\n"
        "5. Expresses its appreciation and calls upon States to act;\n"
    )
    assert leads(parse_resolution(text)) == [
        "Believing it necessary",
        "Expressing regret and concern",
        "Calling attention also",
        "Considers it alarming",
        "Notes with appreciation and satisfaction",
        "Reiterates its invitation and encouragement",
        "Reiterates with concern its request",
        "Expresses its appreciation and calls upon",
    ]
    for name, part, index in (
        ("A_C.1_80_L.30", "preamble", 2),
        ("A_RES_78_198", "operative", 5),
        ("A_RES_78_63", "preamble", 8),
        ("A_RES_78_115", "operative", 16),
        ("A_RES_78_32", "operative", 6),
        ("A_RES_78_68", "preamble", 70),
    ):
        pdf, text_reading = both(name)
        assert getattr(text_reading, part)[index].lead == getattr(pdf, part)[index].lead


def test_typography_the_text_cannot_see_is_left_to_the_pdf() -> None:
    # The same words are set two ways by the prints, and the text reading follows the form
    # most prints use: "*Sharing the deep concern*" (A/C.1/80/L.15) but "*Reiterating* the
    # deep concern" (A/C.1/80/L.17, A/RES/78/34; of the folder's 24 leads before "the", an
    # adjective and a noun of the tables, 22 stop at the verb); "*Reiterates its strong
    # encouragement*" (A/C.2/80/L.22) but
    # "*Reiterates* its strong encouragement" (A/RES/78/152), the same paragraph. The PDF's
    # italics are right for their print; the text reading reads the form.
    pdf, text = both("A_C.1_80_L.15")
    assert pdf.preamble[9].lead == "Sharing the deep concern"
    assert text.preamble[9].lead == "Sharing"
    first, first_text = both("A_C.2_80_L.22")
    second, second_text = both("A_RES_78_152")
    assert first.operative[45].text[:60] == second.operative[37].text[:60]
    assert first.operative[45].lead != second.operative[37].lead
    assert first_text.operative[45].lead == second_text.operative[37].lead
