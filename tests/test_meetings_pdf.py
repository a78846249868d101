"""Meeting records from the English PDFs, checked against the PDFs and against reference/.

reference/ is another team's turn segmentation of the same Security Council PDFs (one file per
turn, the label at its start). Our turns are compared with it label by label. The differences
that remain are explained where they are allowed:

* its labels lost their diacritics in a lossy transliteration ("Jürgenson" → "Jiirgenson",
  "Castaños" → "Castafios", "Šimonović" → "Simonovie", "Pildegovičs" → "Pildegovies"): labels
  are compared on letters without accents, by similarity rather than equality;
* it keeps a President's national-capacity statement inside the President's turn, where we
  split it into chair / national / chair pieces: the pieces share their label's line and are
  counted once;
* it glues agenda headings into the neighbouring speech; we keep them as AGENDA_ITEM notes, so
  turn texts are not compared, only labels and order.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

import csto_un
from conftest import CORPUS, corpus_file
from csto_un import Intervention, Meeting, NoteKind, Role

PDFS = {
    "8699": "S_PV.8699_E.pdf",
    "8699Resumption1": "S_PV.8699(Resumption1)_E.pdf",
    "8699Resumption2": "S_PV.8699(Resumption2)_E.pdf",
    "8700": "S_PV.8700_E.pdf",
    "8701": "S_PV.8701_E.pdf",
    "8702": "S_PV.8702_E.pdf",
    "8703": "S_PV.8703_E.pdf",
    "8704": "S_PV.8704_E.pdf",
}
_CACHE: dict[str, Meeting] = {}


def _load(name: str) -> Meeting:
    if name not in _CACHE:
        _CACHE[name] = csto_un.load_meeting(corpus_file(f"pdf/{name}"))
    return _CACHE[name]


def _labelled(meeting: Meeting) -> list[Intervention]:
    """One turn per printed label: a national-capacity split keeps the label's first piece."""
    return list(meeting.labelled_turns())


def _letters(label: str) -> str:
    plain = unicodedata.normalize("NFKD", label)
    return re.sub(r"[^a-z]", "", "".join(c for c in plain if not unicodedata.combining(c)).lower())


def _reference_labels(meeting: str) -> list[str]:
    folder = CORPUS / "reference"
    files = sorted(folder.glob(f"UNSC_2020_SPV.{meeting}_spch*.txt"))
    if not files:
        pytest.skip(f"reference/ files for {meeting} not found under {folder}")
    labels = []
    for path in files:
        text = path.read_text(encoding="cp1252")
        match = re.match(r"(.{0,160}?\)\s*:|[^:(]{0,80}:)", text)
        labels.append(match.group(1) if match else text[:60])
    return labels


@pytest.mark.parametrize("meeting", sorted(PDFS))
def test_turns_match_the_reference_segmentation(meeting: str) -> None:
    ours = [t.speaker.label for t in _labelled(_load(PDFS[meeting]))]
    theirs = _reference_labels(meeting)
    assert len(ours) == len(theirs)
    for mine, reference in zip(ours, theirs, strict=True):
        ratio = difflib.SequenceMatcher(a=_letters(mine), b=_letters(reference)).ratio()
        assert ratio > 0.85, (mine, reference)


@pytest.mark.parametrize("name", [*PDFS.values(), "A_50_PV.33_E.pdf", "A_71_PV.1_E.pdf"])
def test_every_pdf_parses_cleanly(name: str) -> None:
    meeting = _load(name)
    assert meeting.diagnostics == ()
    assert meeting.language == "en"
    assert meeting.opened_at is not None
    assert meeting.president is not None
    for turn in meeting.interventions:
        assert turn.paragraphs, turn.speaker.label
        for paragraph in turn.paragraphs:
            assert "\n" not in paragraph
            assert "\ufffe" not in paragraph
            assert not re.search(r"\b\d{2}-\d{5}\b", paragraph), paragraph  # job numbers
            assert not re.search(r"\d{2}/\d{2}/\d{4}$", paragraph), paragraph  # headers
            assert not paragraph.startswith("(spoke in"), paragraph
        if turn.speaker.country:
            assert turn.speaker.country_code is not None, turn.speaker.country


def test_front_page_8701() -> None:
    meeting = _load("S_PV.8701_E.pdf")
    assert (meeting.symbol, meeting.number, meeting.date) == ("S/PV.8701", 8701,
                                                              dt.date(2020, 1, 13))
    assert (meeting.body, meeting.place, meeting.provisional) == ("Security Council", "New York",
                                                                  True)
    assert meeting.president is not None
    assert (meeting.president.name, meeting.president.country_code) == ("Mr. Dang", "VNM")
    assert len(meeting.members) == 14
    assert meeting.members[0].country == "Belgium"
    assert meeting.members[0].name == "Mr. Pecsteen de Buytswerve"
    (item,) = meeting.agenda
    assert item.title == "The situation in the Middle East"
    assert item.documents == ("S/2019/823",)


def test_procedure_of_8701_in_order() -> None:
    meeting = _load("S_PV.8701_E.pdf")
    kinds = [getattr(item, "kind", "turn") for item in meeting.items]
    assert kinds == [NoteKind.OPENING, NoteKind.AGENDA_ITEM, NoteKind.AGENDA_ADOPTED,
                     NoteKind.AGENDA_ITEM, "turn", NoteKind.VOTE, "turn", NoteKind.CLOSING]
    vote = meeting.notes[4].vote
    assert vote is not None
    assert len(vote.in_favour) == 15
    assert "VNM" in vote.in_favour
    assert (meeting.opened_at, meeting.closed_at) == (dt.time(10, 20), dt.time(10, 25))


def test_votes_of_8700_with_against_and_abstaining() -> None:
    votes = [n.vote for n in _load("S_PV.8700_E.pdf").notes if n.kind is NoteKind.VOTE]
    assert len(votes) == 2
    first = votes[0]
    assert first is not None
    assert first.in_favour == ("CHN", "RUS", "VNM")
    assert first.against
    assert first.abstaining
    assert all(len(code) == 3 and code.isupper() for code in first.against + first.abstaining)


@pytest.mark.parametrize("name", ["S_PV.8699_E.pdf", "S_PV.8700_E.pdf", "S_PV.8702_E.pdf"])
def test_president_in_national_capacity(name: str) -> None:
    meeting = _load(name)
    national = [t for t in meeting.interventions if t.national_capacity]
    assert national
    for turn in national:
        assert turn.speaker.country_code == "VNM"
        assert turn.speaker.role is Role.COUNCIL_MEMBER
        index = meeting.interventions.index(turn)
        after = meeting.interventions[index + 1]
        assert after.paragraphs[0].startswith("I now resume my functions as President")


def test_meeting_in_three_parts() -> None:
    names = ["S_PV.8699(Resumption2)_E.pdf", "S_PV.8699_E.pdf", "S_PV.8699(Resumption1)_E.pdf"]
    meeting = csto_un.load_meeting([corpus_file(f"pdf/{n}") for n in names])
    assert meeting.symbol == "S/PV.8699"
    assert [p.symbol for p in meeting.parts] == [
        "S/PV.8699", "S/PV.8699 (Resumption 1)", "S/PV.8699 (Resumption 2)"]
    assert [p.date for p in meeting.parts] == [
        dt.date(2020, 1, 9), dt.date(2020, 1, 10), dt.date(2020, 1, 13)]
    assert [p.suspended for p in meeting.parts] == [True, True, False]
    assert meeting.parts[0].closed_at == dt.time(18, 5)
    assert (meeting.opened_at, meeting.closed_at) == (dt.time(10, 5), dt.time(17, 5))
    assert sorted({item.part for item in meeting.items}) == [0, 1, 2]
    assert [item.index for item in meeting.items] == list(range(len(meeting.items)))
    assert len(_labelled(meeting)) == 101 + 67 + 46


def test_briefers_of_8699_completed_from_rule_39() -> None:
    briefers = {t.speaker.name: t.speaker for t in _load("S_PV.8699_E.pdf").interventions
                if t.speaker.role is Role.BRIEFER}
    assert briefers["Robinson"].full_name == "Mary Robinson"
    assert briefers["Robinson"].function == "Chair of The Elders"
    assert briefers["Skoog"].full_name == "Olof Skoog"


def test_language_switch_lines_in_a_speech() -> None:
    meeting = _load("S_PV.8699(Resumption1)_E.pdf")
    canada = next(t for t in meeting.interventions if t.speaker.country_code == "CAN")
    assert [(s.language, s.note) for s in canada.switches] == [
        ("fr", "(spoke in French)"), ("en", "(spoke in English)")]
    assert canada.language_of(0) == "en"
    assert canada.language_of(canada.switches[0].paragraph) == "fr"


def test_spot_checks_against_the_pdfs() -> None:
    # Read off the PDFs: a label wrapped over two lines, and the speech's first words.
    polyanskiy = next(t for t in _load("S_PV.8703_E.pdf").interventions
                      if t.speaker.name == "Polyanskiy")
    assert polyanskiy.speaker.label == "Mr. Polyanskiy (Russian Federation) (spoke in Russian):"
    assert polyanskiy.language == "ru"
    assert not polyanskiy.language_inferred
    assert polyanskiy.paragraphs[0].startswith("We thank Mr. Jean-Pierre Lacroix")
    jaafari = next(t for t in _load("S_PV.8700_E.pdf").interventions
                   if t.speaker.country_code == "SYR")
    assert jaafari.speaker.name == "Ja’afari"
    assert jaafari.speaker.role is Role.INVITED_STATE
    assert jaafari.paragraphs[0].startswith("It is regrettable to see such inhumanity")


def test_general_assembly_older_layout() -> None:
    meeting = _load("A_50_PV.33_E.pdf")
    assert (meeting.symbol, meeting.body, meeting.session) == ("A/50/PV.33", "General Assembly",
                                                               50)
    assert meeting.date == dt.date(1995, 10, 18)
    venezuela = next(t for t in meeting.interventions if t.speaker.country_code == "VEN")
    assert venezuela.speaker.label == "Mr. Tejera-París (Venezuela) (interpretation from Spanish):"
    assert venezuela.language == "es"
    adoptions = [n for n in meeting.notes if n.kind is NoteKind.ADOPTION]
    assert [n.text for n in adoptions] == [
        "The draft resolution was adopted (resolution 50/4).",
        "Draft resolution A/50/L.3 and Corr.1 was adopted (resolution 50/5).",
    ]
    assert "A/50/L.3" in adoptions[1].symbols
    headings = [n.text.split("\n")[0] for n in meeting.notes if n.kind is NoteKind.AGENDA_ITEM]
    assert "Agenda item 36" in headings
    assert "Programme of work" in headings


def test_general_assembly_opening_session() -> None:
    meeting = _load("A_71_PV.1_E.pdf")
    kinds = [n.kind for n in meeting.notes]
    assert kinds.count(NoteKind.DECISION) == 3
    assert NoteKind.SILENCE in kinds
    assert (meeting.opened_at, meeting.closed_at) == (dt.time(15, 50), dt.time(16, 0))
    assert [t.speaker.role for t in meeting.interventions][:4] == [
        Role.PRESIDENT, Role.PRESIDENT, Role.PRESIDENT, Role.SECRETARY_GENERAL]


def test_reference_folder_is_where_the_readme_says() -> None:
    assert Path(corpus_file("reference")).is_dir()


@pytest.mark.parametrize(
    "relative",
    [
        "pdf/S_PV.8700_E.pdf",
        "pdf/A_50_PV.33_E.pdf",
        *(f"multilingual/S_PV.{n}_{lang}.txt" for n in ("9642", "9722")
          for lang in ("ar", "en", "es", "fr", "ru", "zh")),
    ],
)
def test_nothing_of_the_input_is_lost(relative: str) -> None:
    """Every printed character ends up in the front page, a label, a speech, a switch note,
    a procedural note or the furniture (spaces and hyphens of mended words aside)."""
    document = csto_un.sources.read_document(corpus_file(relative))
    meeting = csto_un.parse_meeting(document)
    printed = Counter("".join(line.text for line in document.lines))
    labels = {turn.line: turn.speaker.label for turn in meeting.interventions}
    kept = Counter(
        "".join(
            [*meeting.header, *labels.values()]
            + [f.text for f in meeting.source.furniture]  # type: ignore[union-attr]
            + [n.text for n in meeting.notes]
            + [t.text for t in meeting.interventions]
            + [s.note for t in meeting.interventions for s in t.switches]
        )
    )
    ignored = set(" \n-\u2029\u00ad\ufffe（）：")  # spaces, mended hyphens, folded brackets
    assert {c: n for c, n in (printed - kept).items() if c not in ignored} == {}
