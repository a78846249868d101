"""Hypothesis strategies for the model: any valid model object."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from csto_un import (
    AgendaItem,
    Citation,
    Delegate,
    Diagnostic,
    Footnote,
    Furniture,
    Intervention,
    LanguageSwitch,
    Meeting,
    MeetingPart,
    NoteKind,
    Paragraph,
    ProceduralNote,
    Resolution,
    Role,
    Severity,
    Source,
    Speaker,
    Sponsor,
    Subparagraph,
    Vote,
)

text = st.text(max_size=40)
opt_text = st.none() | text
codes = st.sampled_from(["RUS", "FRA", "KAZ", "GBR", "USA", "CHN", "ARM", "BLR"])
langs = st.sampled_from(["fr", "en", "es", "ru", "zh", "ar"])
opt_int = st.none() | st.integers(min_value=0, max_value=10_000)
dates = st.dates(min_value=dt.date(1945, 1, 1), max_value=dt.date(2030, 12, 31))
times = st.times().map(lambda t: t.replace(microsecond=0))
symbols = st.sampled_from(["S/PV.8967", "A/RES/77/13", "A/79/L.11", "S/RES/1631 (2005)"])

sources = st.builds(
    Source,
    name=text,
    format=st.sampled_from(["pdf", "text", "markdown"]),
    pages=opt_int,
    encoding=st.none() | st.sampled_from(["utf-8", "cp1252"]),
    furniture=st.lists(
        st.builds(Furniture, kind=st.sampled_from(["header", "footer"]), text=text, page=opt_int),
        max_size=3,
    ).map(tuple),
)
diagnostics = st.builds(
    Diagnostic,
    code=text,
    message=text,
    line=opt_int,
    page=opt_int,
    source=opt_text,
    severity=st.sampled_from(Severity),
)
speakers = st.builds(
    Speaker,
    label=text,
    honorific=opt_text,
    name=opt_text,
    title=opt_text,
    country=opt_text,
    country_code=st.none() | codes,
    role=st.sampled_from(Role),
    function=opt_text,
    full_name=opt_text,
)
interventions = st.builds(
    Intervention,
    speaker=speakers,
    paragraphs=st.lists(text, max_size=4).map(tuple),
    language=st.none() | langs,
    language_inferred=st.booleans(),
    switches=st.lists(
        st.builds(LanguageSwitch, paragraph=st.integers(0, 5), language=langs, note=text),
        max_size=2,
    ).map(tuple),
    national_capacity=st.booleans(),
    index=st.integers(0, 100),
    part=st.integers(0, 3),
    page=opt_int,
    line=opt_int,
)
votes = st.builds(
    Vote,
    in_favour=st.lists(codes, max_size=5).map(tuple),
    against=st.lists(codes, max_size=2).map(tuple),
    abstaining=st.lists(codes, max_size=2).map(tuple),
    method=opt_text,
)
notes = st.builds(
    ProceduralNote,
    kind=st.sampled_from(NoteKind),
    text=text,
    time=st.none() | times,
    vote=st.none() | votes,
    symbols=st.lists(symbols, max_size=2).map(tuple),
    index=st.integers(0, 100),
    part=st.integers(0, 3),
    page=opt_int,
    line=opt_int,
)
delegates = st.builds(Delegate, country=opt_text, country_code=st.none() | codes, name=opt_text)
meetings = st.builds(
    Meeting,
    symbol=st.none() | symbols,
    body=st.none() | st.sampled_from(["Security Council", "General Assembly"]),
    number=opt_int,
    session=opt_int,
    year=opt_int,
    date=st.none() | dates,
    language=st.none() | langs,
    place=opt_text,
    provisional=st.none() | st.booleans(),
    opened_at=st.none() | times,
    closed_at=st.none() | times,
    president=st.none() | delegates,
    members=st.lists(delegates, max_size=3).map(tuple),
    agenda=st.lists(
        st.builds(AgendaItem, title=text, documents=st.lists(symbols, max_size=2).map(tuple)),
        max_size=2,
    ).map(tuple),
    items=st.lists(interventions | notes, max_size=4).map(tuple),
    parts=st.lists(
        st.builds(
            MeetingPart,
            symbol=st.none() | symbols,
            date=st.none() | dates,
            suspended=st.booleans(),
            header=st.lists(text, max_size=2).map(tuple),
            source=st.none() | sources,
        ),
        max_size=2,
    ).map(tuple),
    header=st.lists(text, max_size=2).map(tuple),
    source=st.none() | sources,
    diagnostics=st.lists(diagnostics, max_size=2).map(tuple),
)
subparagraphs = st.recursive(
    st.builds(Subparagraph, marker=text, text=text),
    lambda inner: st.builds(
        Subparagraph, marker=text, text=text, subparagraphs=st.lists(inner, max_size=2).map(tuple)
    ),
    max_leaves=5,
)
paragraphs = st.builds(
    Paragraph,
    text=text,
    number=opt_int,
    lead=opt_text,
    subparagraphs=st.lists(subparagraphs, max_size=2).map(tuple),
    footnotes=st.lists(text, max_size=2).map(tuple),
    section=opt_text,
)
resolutions = st.builds(
    Resolution,
    symbol=st.none() | symbols,
    session=opt_int,
    date=st.none() | dates,
    draft=st.booleans(),
    title=opt_text,
    sponsors=st.lists(
        st.builds(Sponsor, name=text, country_code=st.none() | codes), max_size=3
    ).map(tuple),
    language=st.none() | langs,
    preamble=st.lists(paragraphs, max_size=3).map(tuple),
    operative=st.lists(paragraphs, max_size=3).map(tuple),
    footnotes=st.lists(
        st.builds(Footnote, marker=text, text=text, part=opt_text, paragraph=opt_int), max_size=2
    ).map(tuple),
    citations=st.lists(
        st.builds(
            Citation,
            symbol=symbols,
            text=text,
            part=opt_text,
            paragraph=st.none() | st.integers(0, 20) | text,
            offset=opt_int,
            date=st.none() | dates,
        ),
        max_size=3,
    ).map(tuple),
    drafts=st.lists(symbols, max_size=2).map(tuple),
    adopted_on=st.none() | dates,
    header=st.lists(text, max_size=2).map(tuple),
    closing=st.lists(text, max_size=2).map(tuple),
    source=st.none() | sources,
    diagnostics=st.lists(diagnostics, max_size=2).map(tuple),
)
