"""Forms of General Assembly plenary records found on records outside the development corpus
(A/61/PV.107, A/64/PV.121, A/65/PV.71): each test is the form, written small."""

from __future__ import annotations

import csto_un
from csto_un import Intervention, NoteKind, ProceduralNote
from csto_un.sources import Document, Line, Span


def test_an_agenda_heading_right_under_a_decision_is_its_own_note() -> None:
    """A/64/PV.121: "It was so decided." then, with no gap, "Agenda item 52 (continued)"."""
    text = (
        "The President: May I take it that the Assembly wishes to conclude its consideration "
        "of agenda item 48?\n\nIt was so decided.\nAgenda item 52 (continued)\n\nFollow-up to "
        "the outcome of the International Conference on Financing for Development\n\n"
        "The President: I give the floor to the representative of Spain.\n"
    )
    meeting = csto_un.parse_meeting(text, language="en")
    notes = [i for i in meeting.items if isinstance(i, ProceduralNote)]
    assert [(n.kind, n.text.split("\n")[0]) for n in notes] == [
        (NoteKind.DECISION, "It was so decided."),
        (NoteKind.AGENDA_ITEM, "Agenda item 52 (continued)"),
    ]
    assert not meeting.diagnostics


def test_a_speech_goes_on_after_a_change_of_chair_with_its_language_switch() -> None:
    """A/61/PV.107: "Mr. Wali (Nigeria), Vice-President, took the Chair." inside Canada's
    speech, which goes on, partly in French."""
    text = (
        "Mr. McNee (Canada): Canada has been a strong supporter of indigenous rights for many "
        "years.\n\nMr. Wali (Nigeria), Vice-President, took the\nChair.\n\nSimilarly, some of "
        "the provisions are unduly restrictive.\n\n(spoke in French)\n\nHowever, Canada will "
        "continue to take effective action at home.\n\nThe Acting President: I now give the "
        "floor to the representative of Peru.\n"
    )
    items = csto_un.parse_meeting(text, language="en").items
    assert [type(i).__name__ for i in items] == [
        "Intervention", "ProceduralNote", "Intervention", "Intervention"]
    going_on = items[2]
    assert isinstance(going_on, Intervention)
    assert going_on.speaker.country_code == "CAN"
    assert going_on.paragraphs == (
        "Similarly, some of the provisions are unduly restrictive.",
        "However, Canada will continue to take effective action at home.",
    )
    assert [(s.paragraph, s.language) for s in going_on.switches] == [(1, "fr")]


def test_a_speech_cut_off_by_a_point_of_order_is_no_heading() -> None:
    """A/65/PV.71: Cuba's speech ends "… of its amendment —" when the President gives the
    floor to the United States on a point of order."""
    text = (
        "Ms. Astiasarán Arias (Cuba) (spoke in Spanish): My delegation would like to make the "
        "following statement.\n\nAs seen here a few minutes ago, the United States has again "
        "abstained, which clearly demonstrates the manipulative nature of its amendment —\n\n"
        "The President (spoke in French): I give the floor to the representative of the United "
        "States of America on a point of order.\n"
    )
    meeting = csto_un.parse_meeting(text, language="en")
    cuba = meeting.interventions[0]
    assert cuba.paragraphs[-1].endswith("of its amendment —")
    assert all(isinstance(i, Intervention) for i in meeting.items)
    assert not meeting.diagnostics


def test_a_footer_with_a_bare_page_number_is_furniture() -> None:
    """A/65/PV.71 prints "6 10-70469" and "10-70469 7" at the foot of its pages; read as text,
    the footer became a name of the vote list the page break cut."""
    from csto_un.sources._patterns import line_kind

    assert line_kind("6 10-70469") == "footer"
    assert line_kind("10-70469 7") == "footer"
    assert line_kind("6 years 10-70469") is None


def test_a_change_of_chair_broken_at_a_hyphen_is_a_note() -> None:
    """A/48/PV.46 (1993): "Mr. Nyakyi (United Republic of Tanzania), Vice-" then
    "President, took the Chair." inside a speech."""
    text = (
        "Mr. Rivero Rosario (Cuba) (interpretation from Spanish): We support the Agency.\n\n"
        "Mr. Nyakyi (United Republic of Tanzania), Vice-\nPresident, took the Chair.\n\n"
        "We believe that this is the appropriate forum.\n\nThe Acting President: I call on "
        "the representative of Peru.\n"
    )
    meeting = csto_un.parse_meeting(text, language="en")
    chairs = [i for i in meeting.items
              if isinstance(i, ProceduralNote) and i.kind is NoteKind.CHAIR]
    assert [c.text for c in chairs] == [
        "Mr. Nyakyi (United Republic of Tanzania), Vice-President, took the Chair."]
    assert [t.paragraphs for t in meeting.interventions[:2]] == [
        ("We support the Agency.",), ("We believe that this is the appropriate forum.",)]


def test_records_of_the_1990s_print_titles_in_capitals() -> None:
    """A/48/PV.46 (1993): "The PRESIDENT:" as "Mr. INDERFURTH (United States of America):"."""
    text = (
        "The PRESIDENT: I call on the representative of the United States.\n\n"
        "Mr. INDERFURTH (United States of America): We support the Agency.\n\n"
        "The ACTING PRESIDENT: I thank the representative.\n"
    )
    turns = csto_un.parse_meeting(text, language="en").interventions
    assert [(t.speaker.title, t.speaker.role.value) for t in turns[::2]] == [
        ("The President", "president"), ("The Acting President", "acting-president")]
    assert turns[1].speaker.country_code == "USA"


def test_a_separate_vote_on_a_paragraph_ends_the_vote_list() -> None:
    """A/48/PV.46: "The eighth preambular paragraph was retained by 105 votes to 2, with 22
    abstentions." right after the last name of the list."""
    text = (
        "The President: I now put to the vote the eighth preambular paragraph.\n\n"
        "A recorded vote was taken.\n\nIn favour:\nAlgeria, Zambia, Zimbabwe\n\nAgainst:\n"
        "Democratic People's Republic of Korea, Iraq\n\nAbstaining:\nChina, Viet Nam\n\n"
        "The eighth preambular paragraph was retained by 105\nvotes to 2, with 22 "
        "abstentions.\n\nThe President: I now put the draft resolution to the vote.\n"
    )
    meeting = csto_un.parse_meeting(text, language="en")
    notes = [i for i in meeting.items if isinstance(i, ProceduralNote)]
    assert [n.kind for n in notes] == [NoteKind.VOTE, NoteKind.ADOPTION]
    vote = notes[0].vote
    assert vote is not None
    assert vote.abstaining == ("CHN", "VNM")
    assert not meeting.diagnostics


def test_a_speech_cut_by_a_page_break_goes_on_after_a_change_of_chair() -> None:
    """A/48/PV.46: after "The President returned to the Chair." the speech goes on, one of
    its paragraphs cut where a page ends (no sentence end)."""
    text = (
        "Mr. PAK (Democratic People's Republic of Korea): The draft puts pressure on my "
        "country.\n\nThe President returned to the Chair.\n\nThe attempt by the IAEA to "
        "adopt a resolution encroaching upon\n\nthe sovereignty of a State is regrettable.\n\n"
        "The PRESIDENT: I call on the representative of Australia.\n"
    )
    meeting = csto_un.parse_meeting(text, language="en")
    assert [type(i).__name__ for i in meeting.items] == [
        "Intervention", "ProceduralNote", "Intervention", "Intervention"]
    assert meeting.interventions[1].speaker.country_code == "PRK"
    assert not meeting.diagnostics


def test_an_official_of_the_secretariat_is_no_observer() -> None:
    """A/76/PV.102, A/79/PV.29: the Secretariat announces sponsors; its unit, printed where a
    delegation stands, is neither a State nor an observer, and no warning."""
    text = (
        "The Acting President: We shall now proceed to consider draft resolution A/79/L.8.\n\n"
        "Ms. Emelina-Sarte (Department for General Assembly and Conference Management): I "
        "should like to announce the following additional sponsors.\n"
    )
    meeting = csto_un.parse_meeting(text, language="en")
    official = meeting.interventions[1].speaker
    assert official.role.value == "other"
    assert official.country_code is None
    assert not meeting.diagnostics


def _line(text: str, number: int, *, gap: bool = False, indent: bool = False,
          style: str | None = None) -> Line:
    """A printed line of a PDF, with its paragraph evidence and typography."""
    spans = (Span(0, len(text), style),) if style else ()
    return Line(text, number, blank_before=gap, indented=indent, spans=spans)


def _pdf(*lines: Line) -> Document:
    return Document(name="A_65_PV.71_form.pdf", format="pdf", lines=lines)


def test_a_sub_item_heading_under_a_hanging_indent_is_one_heading() -> None:
    """A/65/PV.71: "(d) Comprehensive implementation of and follow-" and, indented under it,
    "up to the Vienna Declaration …", then the report, end the President's turn: one agenda
    heading, not speech."""
    document = _pdf(
        _line("The President: The General Assembly has thus concluded", 1, gap=True,
              indent=True),
        _line("this stage of its follow-up to sub-item (c).", 2),
        _line("(d) Comprehensive implementation of and follow-", 3, gap=True, style="bold"),
        _line("up to the Vienna Declaration and Programme", 4, indent=True, style="bold"),
        _line("of Action", 5, style="bold"),
        _line("Report of the Third Committee (A/65/456/Add.4)", 6, gap=True, indent=True,
              style="bold"),
        _line("The President: May I take it that the Assembly", 7, gap=True, indent=True),
        _line("wishes to take note of the report?", 8),
    )
    meeting = csto_un.parse_meeting(document, language="en")
    assert meeting.interventions[0].paragraphs == (
        "The General Assembly has thus concluded this stage of its follow-up to sub-item (c).",)
    assert [n.text for n in meeting.notes] == [
        "(d) Comprehensive implementation of and follow-up to the Vienna Declaration and "
        "Programme of Action\nReport of the Third Committee (A/65/456/Add.4)"]


def test_a_bold_heading_right_under_a_decision_is_no_speech() -> None:
    """A/65/PV.71: "It was so decided." ends a column; the next column starts with the bold
    heading "(b) Human rights questions, …", with neither gap nor indent."""
    document = _pdf(
        _line("The President: May I take it that the Assembly wishes to", 1, gap=True,
              indent=True),
        _line("conclude its consideration of sub-item (a)?", 2),
        _line("It was so decided.", 3, gap=True, indent=True, style="italic"),
        _line("(b) Human rights questions, including alternative", 4, style="bold"),
        _line("Report of the Third Committee (A/65/456/Add.2)", 5, gap=True, style="bold"),
        _line("The President: The Assembly has before it 19 draft", 6, gap=True, indent=True),
        _line("resolutions recommended by the Third Committee.", 7),
    )
    meeting = csto_un.parse_meeting(document, language="en")
    assert [(n.kind, n.text.split("\n")[0]) for n in meeting.notes] == [
        (NoteKind.DECISION, "It was so decided."),
        (NoteKind.AGENDA_ITEM, "(b) Human rights questions, including alternative"),
    ]
    assert meeting.interventions[0].paragraphs == (
        "May I take it that the Assembly wishes to conclude its consideration of sub-item (a)?",)


def test_the_invited_taking_their_seats_is_a_note() -> None:
    """S/PV.3756 (1997): "At the invitation of the President, Mr. Peleg (Israel) took a seat
    at the Council table; …" is printed after the President's words, never said by him."""
    text = (
        "The President: I propose to invite those representatives to participate in the "
        "discussion.\n\nThere being no objection, it is so decided.\n\nAt the invitation of the "
        "President, Mr. Peleg (Israel) took a seat at the Council table; Mr. Al-Khalifa (Qatar) "
        "took the seat reserved for him at the side of the Council Chamber.\n\nThe President: "
        "The Security Council will now begin its consideration of the item.\n"
    )
    meeting = csto_un.parse_meeting(text, language="en")
    assert [type(i).__name__ for i in meeting.items] == [
        "Intervention", "ProceduralNote", "Intervention"]
    assert meeting.items[1].text.startswith("At the invitation of the President, Mr. Peleg")
    assert meeting.interventions[0].paragraphs[-1] == "There being no objection, it is so decided."
