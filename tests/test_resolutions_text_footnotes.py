"""Footnotes read from text without typography agree with those the PDF's superscripts give.

In a PDF a footnote's mark is raised; in text extracted from it the mark is a plain number,
glued to the word before ("Strategy5"), after a comma and a space ("resolution 72/55, 1"), and
at the page foot a plain number opens each note's text. The text reading tells them from
dates and quantities by the notes' order: a mark is the next note of the document, and a
line of the page foot opens a note only when its number follows the last note's.
"""

from __future__ import annotations

from csto_un import parse_resolution
from test_resolutions_text_leads import both

_HEAD = "The General Assembly,\n\n"


def test_a_note_line_opening_with_a_number_out_of_order_goes_on_with_the_note() -> None:
    # A/RES/78/115, note 2: "The first to eighth reviews …, 8 September 2010," / "28 and 29
    # June 2012, …": the line under it opens with 28, not note 3.
    text = (
        _HEAD + "Reaffirming the Strategy,1\n\nRecalling the reviews,2\n\n"
        "Recalling also the resolutions,3\n\n"
        "__________________\n\n1 Resolution 60/288.\n"
        "2 The first to eighth reviews, held on 4 and 5 September 2008, 8 September 2010,\n"
        "28 and 29 June 2012 and 22 and 23 June 2023, respectively.\n"
        "3 Resolutions 62/272 and 77/298.\n\n"
        "1. Decides to continue.\n"
    )
    resolution = parse_resolution(text)
    assert [f.marker for f in resolution.footnotes] == ["1", "2", "3"]
    assert resolution.footnotes[1].text.endswith(
        "28 and 29 June 2012 and 22 and 23 June 2023, respectively."
    )
    assert [p.footnotes for p in resolution.preamble] == [("1",), ("2",), ("3",)]


def test_a_note_opening_with_a_word_and_a_number_is_a_note_not_a_date() -> None:
    # A/C.1/80/L.27: "2 Resolution 2625 (XXV), annex." at a page foot is note 2 ("2 March
    # 2002" would be a date).
    text = (
        _HEAD + "Welcoming the Treaty,1\n\nReaffirming the Declaration, 2\n\n"
        "Taking note of the report of the Secretary-General,3\n\n"
        "__________________\n\n1 A/50/426, annex.\n2 Resolution 2625 (XXV), annex.\n3 A/80/123.\n\n"
        "1. Decides to continue.\n"
    )
    resolution = parse_resolution(text)
    assert [(f.marker, f.paragraph) for f in resolution.footnotes] == [("1", 0), ("2", 1), ("3", 2)]
    assert len(resolution.preamble) == 3
    assert resolution.preamble[2].text == "Taking note of the report of the Secretary-General,"


def test_a_mark_after_a_symbols_comma_and_after_a_lost_mark() -> None:
    # A/RES/78/47: "pursuant to resolution 72/55, 1 of the Group … 61/72, 2 and of …"; a mark
    # the text lost (note 4 here) does not make the marks after it text.
    text = (
        _HEAD
        + "Recalling also the reports of the Group established pursuant to resolution 72/55, 1 of "
        "the Group established pursuant to resolution 61/72, 2 and of the Group established "
        "pursuant to resolution 52/38 J,3\n\n"
        "Recalling the Programme of Action,\n\n"
        "Welcoming the Instrument,5 and the Protocol,6\n\n"
        "__________________\n\n1 See A/76/324.\n2 See A/63/182.\n3 See A/54/155.\n"
        "4 A/63/182, paras. 72 and 73.\n5 See decision 60/519.\n6 Treaty Series, vol. 2399.\n\n"
        "1. Decides to continue.\n"
    )
    resolution = parse_resolution(text)
    assert [p.footnotes for p in resolution.preamble] == [("1", "2", "3"), (), ("5", "6")]
    assert "resolution 72/55, of the Group" in resolution.preamble[0].text


def test_the_text_reading_of_a_ga_resolution_has_the_pdfs_paragraphs_and_notes() -> None:
    # Before, the text reading of A/RES/78/115 had 33 preambular paragraphs (the PDF 35) and
    # placed 2 of its 17 notes; of A/RES/78/47, 15 (16) and none of its 14.
    for name in ("A_RES_78_115", "A_RES_78_47"):
        pdf, text = both(name)
        assert [p.footnotes for p in text.paragraphs] == [p.footnotes for p in pdf.paragraphs]
        assert [(f.marker, f.part, f.paragraph) for f in text.footnotes] == [
            (f.marker, f.part, f.paragraph) for f in pdf.footnotes
        ]


def test_a_date_range_or_a_word_under_a_note_goes_on_with_it_and_a_link_is_a_note() -> None:
    # A/C.2/80/L.26: note 2 "… Rio de Janeiro," / "3 – 14 June 1992, vol. I, …", then note 3
    # "Ibid., annex II."; A/RES/78/31: note 4 is a link in lower case.
    text = (
        _HEAD + "Recalling the Declaration,1\n\nRecalling also Agenda 21,2 and the Principles,3\n\n"
        "Noting the initiatives,4\n\n"
        "__________________\n\n1 A/78/164.\n"
        "2 Report of the Conference on Environment and Development, Rio de Janeiro,\n"
        "3 – 14 June 1992, vol. I, resolution 1, annex I.\n"
        "3 Ibid., annex II.\n4 https://youth4disarmament.org.\n\n"
        "1. Decides to continue.\n"
    )
    resolution = parse_resolution(text)
    assert [(f.marker, f.paragraph) for f in resolution.footnotes] == [
        ("1", 0),
        ("2", 1),
        ("3", 1),
        ("4", 2),
    ]
    assert resolution.footnotes[1].text.endswith(
        "Rio de Janeiro, 3 – 14 June 1992, vol. I, resolution 1, annex I."
    )


def test_a_note_whose_mark_the_pdf_reader_did_not_raise_is_a_note() -> None:
    # A/C.2/80/L.18: note 11 opens with "Official Records" in italics and its mark is read
    # as a plain "11" on the line; its mark in the text above is raised. It was read as the
    # end of note 10; the text reading had it right.
    pdf, text = both("A_C.2_80_L.18")
    assert [f.marker for f in pdf.footnotes] == [f.marker for f in text.footnotes]
    note = {f.marker: f for f in pdf.footnotes}
    assert note["10"].text == "A/79/966."
    assert note["11"].text.startswith("Of") and note["11"].paragraph == 38


def test_a_mark_after_a_numbers_comma_or_a_year_and_a_list_of_numbers_stays_text() -> None:
    # A/RES/78/152: "Agenda 21, 5 the Programme …"; A/C.3/80/L.50: "… in December 2015 24
    # and relevant initiatives"; A/RES/78/253: "54/18, 37 54/22, 38 …". A list ("items 5, 6
    # and 7") or a date after the number stays text.
    text = (
        _HEAD + "Recalling the Rio Declaration,1 Agenda 21, 2 the Programme for the Further "
        "Implementation of Agenda 21, 3 and the Paris Agreement adopted in December 2015 4 and "
        "relevant initiatives,\n\n"
        "Recalling also its resolutions 54/18, 5 54/22, 6 and 54/33,7\n\n"
        "Noting the meetings on agenda items 5, 6 and 7 held on 8 and 9 May 2024,\n\n"
        "__________________\n\n1 Report of the Conference.\n2 Ibid., annex II.\n"
        "3 Resolution S-19/2, annex.\n4 FCCC/CP/2015/10/Add.1.\n5 A/78/53.\n6 Ibid.\n7 Ibid.\n\n"
        "1. Decides to continue.\n"
    )
    resolution = parse_resolution(text)
    assert [p.footnotes for p in resolution.preamble] == [
        ("1", "2", "3", "4"),
        ("5", "6", "7"),
        (),
    ]
    assert resolution.preamble[0].text.endswith("in December 2015 and relevant initiatives,")
    assert resolution.preamble[2].text == (
        "Noting the meetings on agenda items 5, 6 and 7 held on 8 and 9 May 2024,"
    )


def test_a_paragraph_whose_punctuation_is_missing_is_no_heading_in_text() -> None:
    # A/RES/78/8: "Having received the report of the International Atomic Energy Agency for
    # 20221" ends without its comma; the PDF's italics say it is a paragraph, in text its lead.
    text = (
        _HEAD + "Having received the report of the International Atomic Energy Agency for 20221\n\n"
        "Taking note of the statement by the Director General,\n\n"
        "__________________\n\n1 See A/78/304.\n\n"
        "1. Takes note with appreciation of the report.\n"
    )
    resolution = parse_resolution(text)
    assert [p.lead for p in resolution.preamble] == ["Having received", "Taking note"]
    assert resolution.preamble[0].footnotes == ("1",)
    assert resolution.preamble[1].section is None


def test_marks_after_a_symbol_a_full_stop_or_a_words_comma_and_ranges_stay_text() -> None:
    # A/C.3/80/L.33: "resolutions 71/205 20 and 72/190, 21"; A/RES/78/103: "… with the
    # applicable guidelines. 27" ending a paragraph; A/C.2/80/L.29: "Development, 9 the 2005
    # World Summit"; A/RES/78/277: "Islamophobia 17 and 27 January …, 18 as proclaimed" (mark
    # 17 after a name, as the PDF raises it: before, the text took it for a date's day and went
    # on at 18); A/RES/78/168: "held in Rome from 23 to 27 October 2023" is a range, not mark
    # 23.
    text = (
        _HEAD
        + "Recalling its resolutions 71/205 1 and 72/190, 2 and the Monterrey Consensus of the "
        "International Conference on Financing for Development, 3 the 2005 World Summit Outcome,"
        "4\n\n"
        "Recalling also 15 March as the International Day to Combat Islamophobia 5 and 27 "
        "January as the Day of Commemoration in Memory of the Victims of the Holocaust, 6 as "
        "proclaimed by the United Nations,\n\n"
        "Taking note of the session of the Committee held in Rome from 7 to 11 October 2023,\n\n"
        "1. Decides to act in accordance with the applicable guidelines. 7\n"
        "__________________\n\n1 A/78/1.\n2 A/78/2.\n3 A/78/3.\n4 A/78/4.\n5 A/78/5.\n"
        "6 A/78/6.\n7 A/78/7.\n"
    )
    resolution = parse_resolution(text)
    assert [p.footnotes for p in resolution.paragraphs] == [
        ("1", "2", "3", "4"),
        ("5", "6"),
        (),
        ("7",),
    ]
    assert "from 7 to 11 October 2023" in resolution.preamble[2].text
    assert resolution.operative[0].text.endswith("the applicable guidelines.")


def test_a_quantity_after_a_year_stays_text_in_english_and_french() -> None:
    # "in 2015 2 per cent" is a year then a quantity, whatever its unit's form, not mark 2
    # (the year's rule knew "per" and singular units only, and no French unit).
    for quantity in ("2 percent", "2 millions", "2 thousands", "2 pour cent", "2 milliards"):
        text = (
            _HEAD + "Recalling the report,1\n\n"
            f"Noting that in 2015 {quantity} of people were displaced,\n\n"
            f"Noting also that in 2015, {quantity} of people returned,\n\n"
            "Noting further the study,2\n\n"
            "__________________\n\n1 A/70/1.\n2 A/70/2.\n\n"
            "1. Decides to continue.\n"
        )
        resolution = parse_resolution(text)
        assert [p.footnotes for p in resolution.preamble] == [("1",), (), (), ("2",)], quantity
        assert f"in 2015 {quantity} of people" in resolution.preamble[1].text
        assert f"in 2015, {quantity} of people" in resolution.preamble[2].text


def test_a_number_whose_thousands_follow_after_a_space_stays_text() -> None:
    # "2 000 personnes": French prints thousands after a space; the "2" is no mark, after a
    # year, a year's comma, a symbol, a word or a word's comma.
    for words in (
        "Notant qu'en 2015 2 000 personnes ont fui,",
        "Notant qu'en 2015, 2 000 personnes ont fui,",
        "Notant que la résolution 70/1 2 000 fois,",
        "Notant que quelque 2 000 personnes ont fui,",
        "Notant que, selon le rapport, 2 000 personnes ont fui,",
    ):
        text = (
            "L'Assemblée générale,\n\nRappelant le rapport,1\n\n" + words + "\n\n"
            "Notant en outre l'étude,2\n\n__________________\n\n1 A/70/1.\n2 A/70/2.\n\n"
            "1. Décide de continuer.\n"
        )
        resolution = parse_resolution(text)
        assert [p.footnotes for p in resolution.preamble] == [("1",), (), ("2",)], words
        assert resolution.preamble[1].text == words


def test_a_number_before_a_unit_after_a_word_stays_text_in_english_and_french() -> None:
    # "within 2 weeks", "pendant 2 jours": a quantity, not mark 2 (only "years" was known).
    cases = (
        ("The General Assembly,", "Recalling the report,1", "Noting further the study,2",
         ("Requesting a report within 2 weeks of the session,",
          "Noting the meeting held for 2 days in Geneva,")),
        ("L'Assemblée générale,", "Rappelant le rapport,1", "Notant en outre l'étude,2",
         ("Notant la réunion tenue pendant 2 jours à Genève,",
          "Notant la période de 2 ans depuis la session,")),
    )  # fmt: skip
    for formula, first, last, middles in cases:
        for words in middles:
            text = (
                f"{formula}\n\n{first}\n\n{words}\n\n{last}\n\n__________________\n\n"
                "1 A/70/1.\n2 A/70/2.\n\n1. Decides to continue.\n"
            )
            resolution = parse_resolution(text)
            assert [p.footnotes for p in resolution.preamble] == [("1",), (), ("2",)], words
            assert resolution.preamble[1].text == words


def test_a_number_after_a_noun_it_belongs_to_is_no_mark_after_a_plural_it_is() -> None:
    # A/RES/78/252: "as set out in Article 1" / "of the Charter" and the heading "Section 7"
    # took the expected notes 1 and 7; A/C.1/80/L.11: "the Sustainable Development Goals 5
    # and" and A/RES/78/152: "including the decision 20 on funding" are marks.
    text = (
        _HEAD + "Recognizing that multilingualism contributes to the goals of the United Nations, "
        "as set out in Article 1\nof the Charter of the United Nations,\n\n"
        "Recalling the Sustainable Development Goals 1 and the decision 2 on funding,\n\n"
        "1. Takes note of paragraph 3 of the report and of rule 4 of the rules of procedure;\n\n"
        "2. Decides to act under the item 5 entitled “Oceans”.3\n\n"
        "__________________\n\n1 Resolution 70/1.\n2 FCCC/CP/2022/10/Add.1.\n3 A/78/3.\n"
    )
    resolution = parse_resolution(text)
    assert [p.footnotes for p in resolution.paragraphs] == [(), ("1", "2"), (), ("3",)]
    assert resolution.preamble[0].text.endswith(
        "as set out in Article 1 of the Charter of the United Nations,"
    )
    pdf, read = both("A_RES_78_252")
    for heading_or_article in (
        "Recognizing that multilingualism",
        "Takes note of paragraphs III.14",
    ):
        (paragraph,) = [p for p in read.paragraphs if p.text.startswith(heading_or_article)]
        (printed,) = [p for p in pdf.paragraphs if p.text.startswith(heading_or_article)]
        assert paragraph.footnotes == printed.footnotes == ()


def test_notes_numbered_from_100_are_read_as_the_pdfs_superscripts_give_them() -> None:
    # A/RES/78/69 has 158 notes: in its text "Declaration,100 and conserve", "Diversity101 and"
    # and the page foot's "100 Resolution 55/2." follow note 99. Before, the text reading
    # stopped at note 99 and lost the marks and notes after it.
    pdf, text = both("A_RES_78_69")
    assert len(pdf.footnotes) == 158
    assert [(f.marker, f.part, f.paragraph) for f in text.footnotes] == [
        (f.marker, f.part, f.paragraph) for f in pdf.footnotes
    ]
    assert [p.footnotes for p in text.paragraphs] == [p.footnotes for p in pdf.paragraphs]
    assert text.footnotes[99].text == "Resolution 55/2."


#: A page of 99 paragraphs, each calling its note ("Recalling its resolution 70/7,7"), and its
#: foot with notes 1 to 99.
_NOTES_TO_99 = (
    _HEAD
    + "".join(f"Recalling its resolution 70/{k},{k}\n\n" for k in range(1, 100))
    + "__________________\n\n"
    + "".join(f"{k} A/70/{k}.\n" for k in range(1, 100))
)


def test_a_three_digit_number_is_a_mark_only_as_the_note_after_99() -> None:
    # Notes 1 to 99, then 100 (its mark glued to a comma, its note at the page foot); a
    # three-digit number that is no note stays text: "resolution 72/55, 101 of".
    text = (
        _NOTES_TO_99 + "\f"
        "Recalling its resolution 71/1,100 pursuant to resolution 72/55, 101 of the Group,\n\n"
        "__________________\n\n100 A/71/1.\n\f"
        "1. Decides to continue.\n"
    )
    resolution = parse_resolution(text)
    assert [f.marker for f in resolution.footnotes] == [str(k) for k in range(1, 101)]
    assert resolution.footnotes[99].text == "A/71/1."
    assert resolution.preamble[99].footnotes == ("100",)
    assert resolution.preamble[99].text == (
        "Recalling its resolution 71/1, pursuant to resolution 72/55, 101 of the Group,"
    )


def test_a_three_digit_number_under_a_separator_before_any_note_opens_none() -> None:
    # Only a note after 99 has three digits: a line "120 Member States …" under a separator,
    # no note read before, is text.
    text = (
        _HEAD + "Recalling its resolution 70/1,\n\n__________________\n\n"
        "120 Member States attended the session.\n\n1. Decides to continue.\n"
    )
    resolution = parse_resolution(text)
    assert resolution.footnotes == ()
    assert [p.text for p in resolution.preamble][-1] == "120 Member States attended the session."


def test_a_paragraph_ending_with_a_three_digit_mark_is_closed() -> None:
    # "Recalling its resolution 71/1,100" ends at its comma, its mark (note 100) after it: the
    # paragraph on the next page opens its own, as after a mark of two digits.
    for end in (",100", ", 100"):
        text = (
            _NOTES_TO_99 + "\f"
            f"Recalling its resolution 71/1{end}\n__________________\n\n100 A/71/1.\n\f"
            "Noting its resolution 71/2,\n\n1. Decides to continue.\n"
        )
        resolution = parse_resolution(text)
        assert [p.text for p in resolution.preamble[-2:]] == [
            "Recalling its resolution 71/1,",
            "Noting its resolution 71/2,",
        ]
        assert resolution.preamble[-2].footnotes == ("100",)


def test_a_mark_glued_to_a_resolution_symbol_or_a_coded_name_is_the_expected_note() -> None:
    # A/RES/78/102: "pursuant to its resolution 59/3009" is 59/300 and note 9; A/C.3/80/L.33:
    # "78/22127" is 78/221 and note 27; A/C.2/80/L.48: "COVID-1916" is COVID-19 and note 16.
    # Before, each note went unplaced, and with it every note after it in the same form.
    text = (
        _HEAD + "Recalling its resolution 59/3001 and the reports of the Committee,2\n\n"
        "Recalling also its resolutions 77/229, 3 78/2214 and 79/184,5\n\n"
        "Expressing concern at the impacts of COVID-196 and of the crisis,7\n\n"
        "Noting its resolution 78/221 and resolution 78/2228 of 2023,\n\n"
        "__________________\n\n1 A/59/1.\n2 A/60/2.\n3 A/61/3.\n4 A/62/4.\n5 A/63/5.\n"
        "6 A/64/6.\n7 A/65/7.\n8 A/66/8.\n\n"
        "1. Decides to continue.\n"
    )
    resolution = parse_resolution(text)
    assert [p.footnotes for p in resolution.preamble] == [
        ("1", "2"), ("3", "4", "5"), ("6", "7"), ("8",)
    ]  # fmt: skip
    assert resolution.preamble[0].text.startswith("Recalling its resolution 59/300 and")
    assert "78/221 and 79/184," in resolution.preamble[1].text
    assert "impacts of COVID-19 and of" in resolution.preamble[2].text
    assert not resolution.diagnostics


def test_a_number_of_a_list_does_not_skip_the_notes_expected() -> None:
    # A/C.2/80/L.19: "the Global Digital Compact,9 in particular paragraphs 8 (g), / 12, 13
    # (b), 53 …": "12" is a paragraph of the list, not note 12 (notes 10 and 11 lost); note 10
    # follows on ("Intelligence 10 of the United Nations …").
    text = (
        _HEAD + "Recalling the Compact,1 in particular paragraphs 8 (g), 3, 4 (b) and 9, and "
        "the Recommendation on Ethics 2 and the Declaration,3\n\n"
        "__________________\n\n1 Resolution 79/1.\n2 Ibid.\n3 Ibid.\n\n"
        "1. Decides to continue.\n"
    )
    resolution = parse_resolution(text)
    assert resolution.preamble[0].footnotes == ("1", "2", "3")
    assert "paragraphs 8 (g), 3, 4 (b) and 9, and the Recommendation on Ethics and the" in (
        resolution.preamble[0].text
    )


def test_a_mark_between_two_sentences_is_the_expected_note() -> None:
    # A/C.3/80/L.8, annex: "… for public safety and crime prevention. 8 When imprisonment is
    # used …": note 8, and the notes after it (before, 14 notes went unplaced). After an
    # abbreviation the number is the abbreviation's ("vol. 2 The").
    text = (
        _HEAD + "Recalling the Rules,1\n\n"
        "1. Decides that the sanction serves crime prevention. 2 When imprisonment is used, "
        "see vol. 3 The Rules;\n\n"
        "2. Also decides to continue;3\n\n"
        "__________________\n\n1 Resolution 70/175.\n2 See the Tokyo Rules.\n3 Ibid.\n\n"
    )
    resolution = parse_resolution(text)
    assert [p.footnotes for p in resolution.operative] == [("2",), ("3",)]
    assert "crime prevention. When imprisonment" in resolution.operative[0].text
    assert "see vol. 3 The Rules;" in resolution.operative[0].text


def test_the_text_reading_places_the_marks_of_the_glued_and_list_forms_as_the_pdf() -> None:
    # Before, each of these documents read from text had notes no mark called.
    for name, part, index in (
        ("A_RES_78_102", "preamble", 19),  # "resolution 59/3009"
        ("A_C.2_80_L.19", "preamble", 16),  # "paragraphs 8 (g), / 12, 13 (b)"
        ("A_C.2_80_L.48", "operative", 10),  # "COVID-1916"
        ("A_C.3_80_L.33", "preamble", 20),  # "78/22127"
    ):
        pdf, text = both(name)
        assert getattr(text, part)[index].footnotes == getattr(pdf, part)[index].footnotes
        assert "unplaced-footnote" not in {d.code for d in text.diagnostics}


def test_a_mark_after_a_number_in_brackets_is_the_expected_note() -> None:
    # A/RES/78/280: "the International Health Regulations (2005) 15 in the context of …";
    # A/RES/78/187: "Convention, 1973 (No. 138) 15 and the Worst Forms …". A number that is
    # not the note expected, or a quantity, stays text.
    text = (
        _HEAD + "Recalling the Regulations (2005) 1 in the context of health,\n\n"
        "Recalling also the Convention, 1973 (No. 138) 2 and the Convention (1999) 5 "
        "members and resolution 1540 (2004) 3 per cent,\n\n"
        "__________________\n\n1 WHA58.3.\n2 Treaty Series, vol. 1015.\n3 Ibid.\n\n"
        "1. Decides to continue.\n"
    )
    resolution = parse_resolution(text)
    assert [p.footnotes for p in resolution.preamble] == [("1",), ("2",)]
    assert (
        resolution.preamble[0].text == "Recalling the Regulations (2005) in the context of health,"
    )
    assert resolution.preamble[1].text.endswith(
        "(1999) 5 members and resolution 1540 (2004) 3 per cent,"
    )


def test_a_decimal_a_date_an_early_resolution_or_an_amount_is_no_mark() -> None:
    # Numbers the text reading took for marks (the PDF raised none): A/C.2/80/L.32
    # "globally, 1.4 billion people"; A/RES/78/42 "its resolution 1 (I) of 24 January 1946";
    # A/RES/78/74 "the period from 1 January to 31 December 2022, 1"; A/RES/78/68 "to proclaim
    # 5 June the International Day"; A/RES/78/253 "dollars, comprising 825,800 dollars under
    # section 1, …, 5,000 dollars" (note 5 called before); A/RES/78/130 "and, furthermore,
    # 1 billion people" (note 1 called before).
    text = (
        _HEAD + "Recalling its resolution 1 (I) of 24 January 1946,1\n\n"
        "Taking note of the report covering the period from 2 January to 31 December 2022, 2\n\n"
        "Noting that, globally, 3.4 billion people lack access, and, furthermore, 1 billion "
        "people lack electricity, and the decision to proclaim 3 June the Day,3\n\n"
        "1. Appropriates an amount of 1,431,700 dollars, comprising 825,800 dollars under "
        "section 1, 2,000 dollars under section 2, and 3,000 dollars under section 3;\n\n"
        "__________________\n\n1 Resolution 77/1.\n2 A/78/13.\n3 A/78/14.\n\n"
    )
    resolution = parse_resolution(text)
    assert [p.footnotes for p in resolution.paragraphs] == [("1",), ("2",), ("3",), ()]
    assert "resolution 1 (I) of" in resolution.preamble[0].text
    assert "from 2 January to 31 December 2022," in resolution.preamble[1].text
    assert "globally, 3.4 billion" in resolution.preamble[2].text
    assert "furthermore, 1 billion" in resolution.preamble[2].text
    assert "proclaim 3 June the Day," in resolution.preamble[2].text
    assert "section 1, 2,000 dollars under section 2, and 3,000" in resolution.operative[0].text


def test_the_text_reading_takes_no_mark_the_pdf_has_not() -> None:
    for name, part, index in (
        ("A_C.2_80_L.32", "operative", 17),  # "globally, 1.4 billion"
        ("A_RES_78_42", "preamble", 0),  # "resolution 1 (I)"
        ("A_RES_78_74", "preamble", 7),  # "from 1 January to"
        ("A_RES_78_253", "operative", 62),  # "5,000 dollars", "section 2, General"
    ):
        pdf, text = both(name)
        assert getattr(text, part)[index].footnotes == getattr(pdf, part)[index].footnotes
        assert getattr(text, part)[index].text == getattr(pdf, part)[index].text


def test_a_count_of_a_list_of_counts_repeats_no_mark() -> None:
    # A/RES/78/273: "28 posts (1 Assistant Secretary-General, / 1 D-1, 3 P-5, …": note 1 was
    # called before, and "1" after the comma was read as its mark again. A/RES/78/107:
    # "6 from African States, 5 from Asia-Pacific States, 3 from Eastern European States, 5
    # from Latin American and Caribbean States and 6 from …".
    text = (
        _HEAD + "Recalling the Programme,1\n\nRecalling also the report,2\n\n"
        "Noting the budget,3\n\n"
        "1. Approves 28 posts (1 Assistant Secretary-General, 1 D-1, 3 P-5 and 2 P-4);\n\n"
        "2. Decides to appoint 6 from African States, 2 from Asia-Pacific States, 3 from "
        "Eastern European States and 1 from other States;\n\n"
        "__________________\n\n1 A/78/1.\n2 A/78/2.\n3 A/78/3.\n\n"
    )
    resolution = parse_resolution(text)
    assert [p.footnotes for p in resolution.operative] == [(), ()]
    assert "Secretary-General, 1 D-1, 3 P-5 and 2 P-4);" in resolution.operative[0].text
    assert "States, 2 from Asia-Pacific States, 3 from" in resolution.operative[1].text
    pdf, text_reading = both("A_RES_78_273")
    assert text_reading.operative[3].text == pdf.operative[3].text


def test_a_mark_after_a_name_or_glued_to_a_conference_decision_is_the_expected_note() -> None:
    # A/RES/78/35: "the Treaty on the Prohibition of Nuclear Weapons 1 on 7 July 2017";
    # A/RES/78/277: "Islamophobia 17 and 27 January"; A/RES/78/153: "decisions 1/CP.2731 and
    # 1/CMA.4"; A/RES/78/155: "decision CBD/CP/MOP/VIII/1914 and". A range after a word in
    # lower case stays text ("from 23 to 27 October"), and so does a number before a year.
    text = (
        _HEAD + "Recalling the adoption of the Treaty on Nuclear Weapons 1 on 7 July 2017,\n\n"
        "Recalling also the Day to Combat Islamophobia 2 and 27 January, held from 23 to 27 "
        "October, and the reports of Experts 5 and 1995,\n\n"
        "1. Decides in accordance with decisions 1/CP.273 and decision VIII/194 to act;\n\n"
        "__________________\n\n1 A/CONF.229/2017/8.\n2 Resolution 76/254.\n"
        "3 FCCC/CP/2022/10.\n4 UNEP/CBD/COP/8/31.\n\n"
    )
    resolution = parse_resolution(text)
    assert [p.footnotes for p in resolution.paragraphs] == [("1",), ("2",), ("3", "4")]
    assert "Weapons on 7 July 2017," in resolution.preamble[0].text
    assert "from 23 to 27 October, and the reports of Experts 5 and 1995," in (
        resolution.preamble[1].text
    )
    assert "decisions 1/CP.27 and decision VIII/19 to act;" in resolution.operative[0].text
    for name, part, index in (
        ("A_RES_78_35", "operative", 0),
        ("A_RES_78_277", "preamble", 9),
        ("A_RES_78_153", "operative", 11),
        ("A_RES_78_155", "preamble", 26),
    ):
        pdf, text_reading = both(name)
        assert getattr(text_reading, part)[index].footnotes == getattr(pdf, part)[index].footnotes
        assert "unplaced-footnote" not in {d.code for d in text_reading.diagnostics}


def test_a_number_of_trillions_is_no_mark_in_english_and_french() -> None:
    # A/C.2/80/L.44: "reaching an estimated 4 trillion dollars annually" took note 4, which
    # "the 2030 Agenda for Sustainable Development 4 of, inter alia" then lacked.
    for words, amount in (("Noting", "2 trillion dollars"), ("Notant", "2 billions de dollars")):
        text = (
            _HEAD + f"{words} the Agenda,1\n\n{words} a gap reaching {amount} annually,\n\n"
            "1. Recalls the Agenda 2 of, inter alia, its targets;\n\n"
            "__________________\n\n1 Resolution 70/1.\n2 Ibid.\n\n"
        )
        resolution = parse_resolution(text)
        assert [p.footnotes for p in resolution.paragraphs] == [("1",), (), ("2",)]
        assert amount in resolution.preamble[1].text
    pdf, text_reading = both("A_C.2_80_L.44")
    assert text_reading.operative[0].footnotes == pdf.operative[0].footnotes == ("4",)


def test_a_number_after_an_abbreviations_full_stop_is_no_mark() -> None:
    # A/C.2/80/L.55: "in its resolution GC.18/Res.9 of 7 November 2019, 7 and the decision":
    # "Res.9" was read as note 9 (notes 7 and 8 then taken for lost); a mark after a full stop
    # ends a sentence ("… the Agenda.2 The").
    text = (
        _HEAD + "Recalling the Framework,1 adopted in its resolution GC.18/Res.3 of 7 November "
        "2019, 2 and the decision of the Board,\n\nRecalling also the Agenda.3\n\n"
        "__________________\n\n1 A/78/1.\n2 GC.18/Res.3.\n3 Resolution 70/1.\n\n"
        "1. Decides to continue.\n"
    )
    resolution = parse_resolution(text)
    assert [p.footnotes for p in resolution.preamble] == [("1", "2"), ("3",)]
    assert "resolution GC.18/Res.3 of 7 November 2019, and the decision" in (
        resolution.preamble[0].text
    )
    pdf, text_reading = both("A_C.2_80_L.55")
    assert text_reading.preamble[14].footnotes == pdf.preamble[14].footnotes == ("7",)
