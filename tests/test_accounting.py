"""Nothing lost: every word of every corpus document ends up in exactly one place of its parse."""

from __future__ import annotations

import re
from pathlib import Path

import attrs
import pypdfium2
import pytest

import csto_un
from conftest import CORPUS
from csto_un import Intervention, Meeting, account
from csto_un.errors import NotAResolutionError
from csto_un.sources import read_document


def _corpus_files(suffixes: tuple[str, ...]) -> list[str]:
    if not CORPUS.is_dir():
        return []
    return sorted(
        str(p.relative_to(CORPUS))
        for p in CORPUS.rglob("*")
        if p.suffix in suffixes
        and "reference" not in p.parts
        and p.name != "README.md"
        and "imageonly" not in p.name
    )


def _need_corpus() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"development corpus not found at {CORPUS}")


@pytest.mark.parametrize("relative", _corpus_files((".txt", ".md")) or ["(corpus absent)"])
def test_every_word_of_a_text_file_is_accounted_for(relative: str) -> None:
    _need_corpus()
    path = CORPUS / relative
    document = read_document(path)
    parsed = csto_un.load(path)
    raw = path.read_bytes().decode(document.encoding or "utf-8")
    result = account(raw, parsed)
    assert result.ok, f"missing {dict(result.missing)}, extra {dict(result.extra)}"


@pytest.mark.parametrize("relative", _corpus_files((".pdf",)) or ["(corpus absent)"])
def test_every_word_of_a_pdf_is_accounted_for(relative: str) -> None:
    _need_corpus()
    path = CORPUS / relative
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        raw = "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()
    try:
        parsed = csto_un.load(path)
    except NotAResolutionError as refusal:
        said = str(refusal)
    else:
        said = None
    if said is not None:  # a refusal that says what the document is instead is no silent loss
        assert _SAYS_WHAT_IT_IS.match(said), said
        return
    result = account(raw, parsed)
    assert result.ok, f"missing {dict(result.missing)}, extra {dict(result.extra)}"


#: "<file>: a note by the Secretariat ('Organization of work …', en), not a resolution, …"
_SAYS_WHAT_IT_IS = re.compile(r"^.+?: an? \w[^,]*\(.+?\), not a resolution\b")


def test_a_refusal_must_say_what_the_document_is() -> None:
    said = "x.pdf: a note by the Secretariat ('Organization of work', en), not a resolution, …"
    assert _SAYS_WHAT_IT_IS.match(said)
    assert not _SAYS_WHAT_IT_IS.match("x.pdf: no enacting formula found")


def test_a_meeting_in_three_parts_is_accounted_for() -> None:
    _need_corpus()
    names = ["S_PV.8699_E.pdf", "S_PV.8699(Resumption1)_E.pdf", "S_PV.8699(Resumption2)_E.pdf"]
    paths = [CORPUS / "pdf" / name for name in names]
    texts = []
    for path in paths:
        pdf = pypdfium2.PdfDocument(str(path))
        texts += [page.get_textpage().get_text_range() for page in pdf]
        pdf.close()
    meeting = csto_un.load_meeting(paths)
    assert len(meeting.parts) == 3
    assert account("\n".join(texts), meeting).ok


def test_a_dropped_or_doubled_paragraph_is_caught() -> None:
    _need_corpus()
    path = CORPUS / "multilingual" / "S_PV.9722_en.txt"
    text = path.read_text(encoding="utf-8")
    meeting = csto_un.parse_meeting(text)
    turn = meeting.interventions[1]
    dropped = attrs.evolve(turn, paragraphs=turn.paragraphs[1:])
    doubled = attrs.evolve(turn, paragraphs=turn.paragraphs + turn.paragraphs[:1])

    def with_turn(new: Intervention) -> Meeting:
        return attrs.evolve(meeting, items=tuple(new if i is turn else i for i in meeting.items))

    lost = account(text, with_turn(dropped))
    assert not lost.ok and lost.missing and not lost.extra
    twice = account(text, with_turn(doubled))
    assert not twice.ok and twice.extra and not twice.missing


def test_words_split_at_a_line_end_count_as_joined(tmp_path: Path) -> None:
    meeting = Meeting(
        symbol=None,
        items=(
            Intervention(
                speaker=csto_un.Speaker(label="Sr. Hwang:"), paragraphs=("La Seguridad.",)
            ),
        ),
    )
    assert account("Sr. Hwang: La Se-\nguridad.", meeting).ok
