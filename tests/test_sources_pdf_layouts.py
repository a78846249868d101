"""Page layouts the development corpus has no record of, rebuilt line by line where the real
records print them: a front page whose masthead and foot are set in blocks side by side
(General Assembly records of the early 1990s, A/48/PV.46), a last page whose right column holds
only a few lines, and the single column of 2026 Council records whose paragraphs stand one and
a half lines apart (S/PV.10100)."""

from __future__ import annotations

import datetime as dt

import csto_un
from csto_un.sources._pdf import read_pdf
from laid_out import Printed, column, laid_out_pdf

_SPEECH = """
Mr. ALPHA (United States of America): On behalf of the United States, my delegation wishes to
express its strong support for the draft resolution on the annual report of the Agency for the
year. In carrying out its dual responsibility the Agency fosters international peace and
security and is therefore an institution of critical importance to the international community.

The safeguards system provides important assurances that transfers of technology will not be
diverted for military purposes and thereby undermine international peace and stability. The
Assembly heard the President say that the role of the Agency in this regime is central, and it
called on the international community to continue supporting and strengthening the Agency.

The United States commends the Agency and its Board of Governors for the actions taken to
strengthen its safeguards programme, in requesting Member States to share data and to expand
their reporting of imports, exports and design information, and in establishing systems to
analyse these data better. All these steps will increase the transparency of the activities of
every Member State and should improve the ability of the Agency to detect what is hidden.
"""

_MASTHEAD: list[Printed] = [
    (54, 728, 11.2, "United Nations"),
    (54, 706, 20.5, "GENERAL"),
    (54, 684, 20.5, "ASSEMBLY"),
    (54, 671, 10.1, "FORTY-EIGHTH SESSION"),
    (54, 644, 11.2, "Official Records"),
    (529, 724, 16.6, "46th"),
    (422, 706, 16.6, "PLENARY MEETING"),
    (446, 687, 11.2, "Monday, 1 November 1993"),
    (521, 674, 11.2, "at 3 p.m."),
    (491, 642, 14.3, "NEW YORK"),
]
_OPENING: list[Printed] = [
    (101, 595, 13.5, "President: Mr. OMEGA"),
    (155, 581, 13.5, "(Guyana)"),
    (74, 551, 11.2, "The meeting was called to order at 3.20 p.m."),
    (106, 527, 11.4, "AGENDA ITEM 14 (continued)"),
    (54, 503, 11.4, "REPORT OF THE ATOMIC ENERGY AGENCY"),
]
_FOOT: list[Printed] = [
    (166, 128, 9.0, "This record is subject to correction."),
    (80, 118, 9.0, "Corrections should be sent under the signature of a member of the"),
    (76, 108, 9.0, "delegation concerned within one week of the date of publication to the"),
    (84, 98, 9.0, "Chief of the Verbatim Reporting Section, and incorporated in a copy."),
    (84, 78, 9.0, "Corrections will be issued after the end of the session in a consolidated "
                  "corrigendum."),
    (54, 56, 11.3, "93-87044 (E)"),
    (436, 126, 11.3, "Distr. GENERAL"),
    (436, 102, 11.3, "A/48/PV.46"),
    (436, 90, 11.3, "22 November 1993"),
    (436, 66, 11.3, "ENGLISH"),
]


def _front_page() -> list[Printed]:
    speech = column(_SPEECH, 54, 479, width=44)
    left = [line for line in speech if line[1] > 170]
    rest = speech[len(left) :]
    right = [(315.0, 597 - (rest[0][1] - y), size, text) for _, y, size, text in rest]
    return [*_MASTHEAD, *_OPENING, *left, *right, *_FOOT]


def _last_page() -> list[Printed]:
    closing = """
    Mr. BETA (China): It is of singular importance that we are gathered here today to
    commemorate the anniversary of the Declaration. That Declaration played a positive role in
    bringing about the United Nations, and its elements relating to the maintenance of peace
    remain relevant even today, as the world has undergone tremendous changes since then, and
    conflicts are on the rise while the situation remains turbulent and grave, and the question
    of how the United Nations might better adapt has become an issue of universal concern to
    all of us, which we hope this commemoration will help us to explore and to answer together.

    Under these new circumstances, with higher expectations on the part of the peoples of the
    world, the role of the United Nations in the maintenance of peace and in the promotion of
    development is becoming ever more important, and we hope the commemoration will help us to
    explore that role and the arduous tasks before it, so as further to strengthen its work and
    enable it to handle major affairs and realize the purposes of the Charter in a balanced,
    just and effective manner in the new situation, thus contributing to the cause of
    maintaining
    """
    left = column(closing, 54, 708, width=44)
    words = [
        (315.0, 708.0, 11.0, "world peace and development and to a better"),
        (315.0, 696.0, 11.0, "world for all mankind."),
        (335.0, 672.0, 11.0, "The PRESIDENT: We have thus concluded the"),
        (315.0, 660.0, 11.0, "commemoration of the anniversary."),
        (373.0, 636.0, 11.0, "The meeting rose at 6.35 p.m."),
    ]
    return [(54.0, 733.0, 9.0, "28 General Assembly - Forty-eighth session"), *left, *words]


def _document() -> csto_un.sources.Document:
    return read_pdf(laid_out_pdf([_front_page(), _last_page()]), name="A_48_PV.46_laid_out.pdf")


def test_a_masthead_in_two_blocks_is_read_before_the_speeches() -> None:
    texts = [line.text for line in _document().lines]
    assert texts[:10] == [text for *_, text in _MASTHEAD]
    # The foot's blocks follow: the notice on corrections, then the distribution block.
    assert texts.index("A/48/PV.46") < texts.index("President: Mr. OMEGA")
    assert texts.index("This record is subject to correction.") < texts.index("Distr. GENERAL")
    speech = texts[texts.index("President: Mr. OMEGA") :]
    assert not {"46th", "NEW YORK", "ENGLISH", "22 November 1993"} & set(speech)
    # The left column's last line, then the right column's first.
    end = speech.index("exports and design information, and in")
    assert speech[end + 1] == "establishing systems to analyse these data"


def test_the_1993_front_page_gives_the_meeting_its_symbol_date_and_president() -> None:
    meeting = csto_un.parse_meeting(_document())
    assert (meeting.symbol, meeting.date, meeting.place) == (
        "A/48/PV.46", dt.date(1993, 11, 1), "New York")
    assert meeting.president is not None
    assert (meeting.president.name, meeting.president.country_code) == ("Mr. OMEGA", "GUY")
    first = meeting.interventions[0]
    assert first.speaker.role.value == "member-state"
    assert "undermine international peace and stability. The Assembly" in first.paragraphs[1]
    assert all("correction" not in p and "ENGLISH" not in p for p in first.paragraphs)
    assert not [d for d in meeting.diagnostics if d.code == "text-outside-turn"]


def test_a_last_page_with_a_short_right_column_is_read_column_by_column() -> None:
    meeting = csto_un.parse_meeting(_document())
    last = meeting.interventions[-2]
    assert last.speaker.label.startswith("Mr. BETA")
    assert last.paragraphs[-1].endswith("to a better world for all mankind.")
    assert meeting.interventions[-1].paragraphs == (
        "We have thus concluded the commemoration of the anniversary.",)


def test_paragraphs_a_line_and_a_half_apart_start_where_the_gap_is() -> None:
    """S/PV.10100 (2026): one column; a paragraph's first line indented, the next lines not;
    paragraphs 18 points apart, lines 12: as many steps of 18 as of 12 on the page, and the
    pitch is the smaller."""
    page: list[Printed] = [(61.0, 731.0, 7.7, "S/PV.10100 The situation in Cyprus 30/01/2026")]
    y = 705.0
    paragraphs = [
        ["The meeting was called to order at 3.05 p.m."],
        ["The President: The Security Council will now begin its consideration of the",
         "item on its agenda."],
        ["I wish to draw the attention of Council members to document S/2026/8."],
        ["Members of the Council have before them document S/2026/50, which contains",
         "the text of a draft resolution submitted by the United Kingdom."],
        ["The Council is ready to proceed to the vote on the draft resolution before it."],
        ["Mr. Kariuki (United Kingdom): I thank all members of the Council for their",
         "support of the draft resolution and for their work on it."],
        ["The President: There are no more names inscribed on the list of speakers."],
        ["The meeting rose at 3.10 p.m."],
    ]
    for lines in paragraphs:
        for index, text in enumerate(lines):
            page.append((147.0 if index == 0 else 123.0, y, 9.0, text))
            y -= 12.0
        y -= 6.0
    document = read_pdf(laid_out_pdf([page]), name="S_PV.10100_laid_out.pdf")
    meeting = csto_un.parse_meeting(document)
    assert [t.speaker.label for t in meeting.interventions] == [
        "The President:", "Mr. Kariuki (United Kingdom):", "The President:"]
    assert meeting.interventions[0].paragraphs[1] == (
        "I wish to draw the attention of Council members to document S/2026/8.")
