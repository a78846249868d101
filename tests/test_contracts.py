"""One contract for both parsers: what ``strict`` stops at, how a string is read, which
exceptions are a document's fault."""

from __future__ import annotations

import pytest

import csto_un
from conftest import corpus_file
from csto_un import DiagnosticError, Severity


@pytest.mark.parametrize(
    "relative", ["multilingual/S_PV.9642_ar.txt", "multilingual/S_PV.9722_ar.txt"]
)
def test_strict_stops_at_the_first_warning_of_a_meeting_not_at_information(
    relative: str,
) -> None:
    path = corpus_file(relative)
    lenient = csto_un.load_meeting(path)
    assert any(d.severity is Severity.INFO for d in lenient.diagnostics)
    stops = [d for d in lenient.diagnostics if d.severity is not Severity.INFO]
    if not stops:
        assert csto_un.load_meeting(path, strict=True) == lenient
        return
    with pytest.raises(DiagnosticError) as caught:
        csto_un.load_meeting(path, strict=True)
    assert str(caught.value).split(": ", 2)[1] == stops[0].code


_MARKDOWN_RECORD = (
    "# Security Council\n\n**The President**: I declare the meeting *open*.\n\n"
    "The meeting rose at 4 p.m.\n"
)
_MARKDOWN_RESOLUTION = (
    "# Cooperation\n\n**The General Assembly**,\n\n*Recalling* its resolution 59/50,\n\n"
    "1. *Decides* to meet.\n"
)


def test_a_string_is_told_markdown_or_text_by_one_rule_for_both_parsers() -> None:
    meeting = csto_un.parse_meeting(_MARKDOWN_RECORD, language="en")
    resolution = csto_un.parse_resolution(_MARKDOWN_RESOLUTION)
    assert meeting.source is not None and resolution.source is not None
    assert (meeting.source.format, resolution.source.format) == ("markdown", "markdown")
    assert meeting.closed_at is not None


def test_a_bug_in_the_resolution_parser_is_not_told_as_the_documents_fault(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from csto_un.resolutions import _parser

    def broken(*args: object) -> None:
        raise IndexError("list index out of range")

    monkeypatch.setattr(_parser, "_parse", broken)
    with pytest.raises(IndexError):
        csto_un.parse_resolution("The General Assembly,\n\n1. Decides to meet.\n")
