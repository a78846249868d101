"""The front matter of a verbatim record, the ``preface`` of its ``debate``, and of a
resolution, the ``preface`` of its ``statement``.

A record's front page as printed (``Meeting.header``) comes first; the fields parsed from it
follow as ``p`` and ``container`` elements marked ``status="editorial"`` (organ, symbol, status,
session, meeting number, date and time, president, members, agenda), each pointing at
``references``. A resolution's identification block holds its organ, kind, symbol,
distribution, date, session, agenda item, drafts and sponsors, then its title.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from ..model import Delegate, Meeting, Resolution
from ._export import Export
from ._iri import cited_iri, organ_name
from ._xml import Inline, clean, fill, slug, sub

__all__ = ["meeting_preface", "resolution_preface"]


def meeting_preface(state: Export, meeting: Meeting, document: ET.Element) -> None:
    """Append the ``preface``: the front page as printed, then the parsed front matter."""
    preface = sub(document, "preface")
    if meeting.header:
        _printed_header(preface, meeting)
    _authority_and_status(state, preface, meeting)
    if any(v is not None for v in (meeting.number, meeting.date, meeting.opened_at, meeting.place)):
        _event(state, preface, meeting)
    if meeting.president is not None:
        container = sub(
            preface, "container", name="president", eId="preface__president", status="editorial"
        )
        role = state.refs.role("president", "President")
        _delegate_line(state, container, meeting.president, role)
    if meeting.members:
        container = sub(
            preface, "container", name="members", eId="preface__members", status="editorial"
        )
        for delegate in meeting.members:
            _delegate_line(
                state,
                container,
                delegate,
                state.representative(delegate.country_code, delegate.country),
            )
    if meeting.agenda:
        _agenda(preface, meeting)


def _printed_header(preface: ET.Element, meeting: Meeting) -> None:
    """The front page as printed, line by line, its symbol marked."""
    container = sub(preface, "container", name="header", eId="preface__header")
    for line in meeting.header:
        p = sub(container, "p")
        at = line.find(meeting.symbol) if meeting.symbol else -1
        spans = (
            [Inline(at, at + len(meeting.symbol), "docNumber")]
            if (meeting.symbol and at >= 0)
            else []
        )
        fill(p, line, spans)


def _authority_and_status(state: Export, preface: ET.Element, meeting: Meeting) -> None:
    """The organ, the symbol, provisional or final, the session."""
    english = "eng" if state.language != "eng" else None
    authority, lang = organ_name(state.organ, meeting.language)
    sub(
        sub(preface, "p", status="editorial"),
        "docAuthority",
        authority,
        refersTo=f"#{state.organ_eid}",
        xml_lang=lang,
    )
    if meeting.symbol:
        sub(sub(preface, "p", status="editorial"), "docNumber", meeting.symbol)
    if meeting.provisional is not None:
        status = "provisional" if meeting.provisional else "final"
        sub(
            sub(preface, "p", status="editorial"),
            "docStatus",
            status,
            refersTo="#" + state.refs.concept(status, status),
            xml_lang=english,
        )
    if meeting.session is not None:
        sub(
            sub(preface, "p", status="editorial"),
            "session",
            str(meeting.session),
            value=str(meeting.session),
            refersTo="#" + state.refs.concept("session", "session"),
        )


def _event(state: Export, preface: ET.Element, meeting: Meeting) -> None:
    """The meeting number, date, opening time and place, in one line."""
    p = sub(preface, "p", status="editorial")
    if meeting.number is not None:
        sub(
            p,
            "inline",
            str(meeting.number),
            name="meeting",
            refersTo="#" + state.refs.concept("meeting", "meeting"),
        )
    if meeting.date is not None:
        sub(p, "docDate", meeting.date.isoformat(), date=meeting.date.isoformat())
    if meeting.date is not None and meeting.opened_at is not None:
        stamp = dt.datetime.combine(meeting.date, meeting.opened_at).isoformat()
        sub(
            p,
            "recordedTime",
            meeting.opened_at.isoformat(timespec="minutes"),
            time=stamp,
            type="startEvent",
        )
    if meeting.place:
        sub(
            p,
            "location",
            meeting.place,
            refersTo="#" + state.refs.concept(f"place_{slug(meeting.place)}", meeting.place),
        )
    for child in p[:-1]:
        child.tail = ", "


def _agenda(preface: ET.Element, meeting: Meeting) -> None:
    """The agenda items with the documents they list, and their sub-items."""
    container = sub(preface, "container", name="agenda", eId="preface__agenda", status="editorial")
    for number, agenda_item in enumerate(meeting.agenda, start=1):
        p = sub(container, "p", eId=f"preface__agenda__item_{number}")
        p.text = clean(agenda_item.title)
        for document_symbol in agenda_item.documents:
            sub(p, "ref", document_symbol, href=cited_iri(document_symbol))
        _join(p, " ", "; ")
        for position, subitem in enumerate(agenda_item.subitems, start=1):
            sub(
                container,
                "p",
                subitem,
                eId=f"preface__agenda__item_{number}__sub_{position}",
                class_="subitem",
            )


def _delegate_line(state: Export, container: ET.Element, delegate: Delegate, role: str) -> None:
    p = sub(container, "p")
    org = state.country(delegate.country_code, delegate.country)
    if org and delegate.country:
        sub(p, "organization", delegate.country, refersTo=f"#{org}")
    person = state.delegate_person(delegate)
    if person and delegate.name:
        sub(p, "person", delegate.name, refersTo=f"#{person}", as_=f"#{role}")
    _join(p, "", " ")
    if not len(p):
        p.text = ""


def _join(p: ET.Element, first: str, between: str) -> None:
    """Put ``first`` before the first child (after the text) and ``between`` between children."""
    children = list(p)
    if not children:
        return
    if p.text:
        p.text = p.text + first
    for child in children[:-1]:
        child.tail = between


def resolution_preface(state: Export, resolution: Resolution, document: ET.Element) -> ET.Element:
    """Append the ``preface`` of a resolution's ``statement``, its identification block:
    organ, kind, symbol, dates, agenda, drafts, sponsors, then the title, whose ``p`` it
    returns (the notes no paragraph calls go there)."""
    preface = sub(document, "preface")
    _resolution_identity(state, preface, resolution)
    if resolution.agenda_item or resolution.agenda_title:
        _resolution_agenda(state, preface, resolution)
    if resolution.committee or resolution.drafts:
        _drafts(preface, resolution)
    if resolution.sponsors:
        _sponsors(state, preface, resolution)
    title = sub(preface, "p")
    if resolution.title:
        sub(title, "docTitle", resolution.title)
    return title


def _resolution_identity(state: Export, preface: ET.Element, resolution: Resolution) -> None:
    """The organ, the kind of document, its symbol, distribution, date and session."""
    english = "eng" if state.language != "eng" else None
    authority, lang = organ_name(state.organ, resolution.language)
    sub(
        sub(preface, "p"),
        "docAuthority",
        authority,
        refersTo=f"#{state.organ_eid}",
        xml_lang=lang,
    )
    kind = "resolutionDraft" if resolution.draft else "resolution"
    sub(
        sub(preface, "p"),
        "docType",
        "draft resolution" if resolution.draft else "resolution",
        refersTo="#" + state.refs.concept(kind, kind),
        xml_lang=english,
    )
    if resolution.symbol:
        sub(sub(preface, "p"), "docNumber", resolution.symbol)
    if resolution.distribution:
        sub(sub(preface, "p"), "inline", resolution.distribution, name="distribution")
    if resolution.date:
        sub(
            sub(preface, "p"),
            "docDate",
            resolution.date.isoformat(),
            date=resolution.date.isoformat(),
        )
    if resolution.session is not None:
        sub(
            sub(preface, "p"),
            "session",
            str(resolution.session),
            value=str(resolution.session),
            refersTo="#" + state.refs.concept("session", "session"),
        )


def _resolution_agenda(state: Export, preface: ET.Element, resolution: Resolution) -> None:
    """The agenda item and its title."""
    p = sub(preface, "p")
    concept = "#" + state.refs.concept("agendaItem", "agenda item")
    if resolution.agenda_item:
        sub(p, "inline", resolution.agenda_item, name="agendaItem", refersTo=concept)
    if resolution.agenda_title:
        sub(p, "inline", resolution.agenda_title, name="agendaTitle", refersTo=concept)
    if len(p) == 2:
        p[0].tail = " "


def _drafts(preface: ET.Element, resolution: Resolution) -> None:
    """The Main Committee note and the drafts the text was adopted from."""
    p = sub(preface, "p")
    if resolution.committee:
        sub(p, "docCommittee", resolution.committee)
    for draft in resolution.drafts:
        sub(p, "ref", draft, href=cited_iri(draft))
    for element in list(p)[:-1]:
        element.tail = " " if element.tag == "docCommittee" else ", "


def _sponsors(state: Export, preface: ET.Element, resolution: Resolution) -> None:
    """The sponsors of a draft, each a ``docProponent``."""
    p = sub(preface, "p")
    role = state.refs.role("sponsor", "Sponsor")
    for sponsor in resolution.sponsors:
        org = state.refs.country(sponsor.country_code, sponsor.name)
        sub(p, "docProponent", sponsor.name, refersTo=f"#{org}", as_=f"#{role}")
    for element in list(p)[:-1]:
        element.tail = ", "
