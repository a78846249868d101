"""JSON round trips: any valid model object survives to_json/from_json unchanged."""

from __future__ import annotations

import json
import pickle
from typing import Any

import pytest
from hypothesis import given

import csto_un
from csto_un import (
    CstoUnError,
    Intervention,
    Meeting,
    NoteKind,
    ProceduralNote,
    Resolution,
    Role,
    Speaker,
    from_json,
    to_json,
)
from strategies import meetings, resolutions


def _only_plain(value: Any) -> bool:
    if isinstance(value, dict):
        return all(isinstance(k, str) and _only_plain(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_only_plain(v) for v in value)
    return value is None or isinstance(value, (str, int, float, bool))


@given(meetings)
def test_meeting_round_trip(meeting: Meeting) -> None:
    text = to_json(meeting)
    assert _only_plain(json.loads(text))
    assert from_json(text, Meeting) == meeting


@given(resolutions)
def test_resolution_round_trip(resolution: Resolution) -> None:
    text = to_json(resolution)
    assert _only_plain(json.loads(text))
    assert from_json(text, Resolution) == resolution


@given(meetings)
def test_model_objects_pickle(meeting: Meeting) -> None:
    assert pickle.loads(pickle.dumps(meeting)) == meeting


def test_items_are_tagged_and_typed() -> None:
    speaker = Speaker(label="M. Zas (parle en russe) :", name="Zas", role=Role.BRIEFER)
    meeting = Meeting(
        symbol="S/PV.8967",
        items=(
            ProceduralNote(kind=NoteKind.AGENDA_ADOPTED, text="L’ordre du jour est adopté."),
            Intervention(speaker=speaker, paragraphs=("Merci.",), language="ru"),
        ),
    )
    data = json.loads(to_json(meeting))
    assert [item["type"] for item in data["items"]] == ["note", "intervention"]
    assert data["items"][0]["kind"] == "agenda-adopted"
    back = from_json(to_json(meeting), Meeting)
    assert isinstance(back.items[1], Intervention)
    assert back.interventions[0].speaker.role is Role.BRIEFER


def test_dates_and_times_are_iso_strings() -> None:
    import datetime as dt

    meeting = Meeting(symbol="S/PV.8967", date=dt.date(2022, 2, 16), opened_at=dt.time(11, 5))
    data = json.loads(to_json(meeting))
    assert data["date"] == "2022-02-16"
    assert data["opened_at"] == "11:05:00"


@pytest.mark.parametrize(
    "text",
    ["not json", "[]", '{"symbol": 3, "bogus": 1}', '{"items": [{"type": "x"}]}'],
)
def test_bad_json_raises_our_error(text: str) -> None:
    with pytest.raises(CstoUnError, match="<json>"):
        from_json(text, Meeting)


def test_public_api_is_listed() -> None:
    assert sorted(csto_un.__all__) == csto_un.__all__
    for name in csto_un.__all__:
        assert getattr(csto_un, name) is not None
