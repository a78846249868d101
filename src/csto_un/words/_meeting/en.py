"""English: the words of a verbatim record of the Security Council or the General Assembly."""

from __future__ import annotations

from ...model import NoteKind, Role
from ...words.en import MONTHS, WEEKDAYS
from . import IN_SENTENCE as _IN
from . import MeetingPhrases

_Q = "[’']"

PHRASES = MeetingPhrases(
    language="en",
    titles=(
        ("The Acting President", Role.ACTING_PRESIDENT),
        ("The Temporary President", Role.PRESIDENT),
        ("The President", Role.PRESIDENT),
        ("The Chairperson", Role.PRESIDENT),
        ("The Chairman", Role.PRESIDENT),
        ("The Chair", Role.PRESIDENT),
        ("The Deputy Secretary-General", Role.OTHER),
        ("The Secretary-General", Role.SECRETARY_GENERAL),
    ),
    honorifics=(
        "Mr.", "Mrs.", "Ms.", "Miss", "Mr", "Mrs", "Ms", "Dame", "Sir", "Lord", "Lady",
        "Baroness", "Sheikh", "Sheikha", "Prince", "Princess", "King", "Queen", "Archbishop",
        "Cardinal", "Monsignor", "Bishop", "Father", "Dr.", "Judge",
        "His Excellency", "Her Excellency", "Ambassador", "His Royal Highness",
        "Her Royal Highness",
    ),
    notes=(
        r"spoke in (?P<language>[^\s;,]+)(?: ?[;,].*)?",
        r"interpretation from (?P<language>[^\s;,]+)(?: ?[;,].*)?",
    ),
    switches=(
        r"spoke in (?P<language>\S+)",
        r"continued in (?P<language>\S+)",
        r"interpretation from (?P<language>\S+)",
    ),
    language_words={
        "english": "en", "french": "fr", "spanish": "es", "russian": "ru", "chinese": "zh",
        "arabic": "ar", "german": "de", "portuguese": "pt", "italian": "it", "japanese": "ja",
    },
    times=(
        r"(?P<hour>\d{1,2})(?:[.:](?P<minute>\d{2}))? ?(?P<meridiem>a\. ?m\.?|p\. ?m\.?)",
        r"(?P<meridiem>noon|midday)",
    ),
    pm_words=("p.m.", "p. m.", "p.m", "p. m"),
    noon_words=("noon", "midday"),
    procedure=(
        (NoteKind.OPENING, (r"The meeting (?:was called to order|opened|began) at (?P<time>.*)",)),
        (NoteKind.RESUMPTION, (r"The meeting (?:was )?resumed at (?P<time>.*)",)),
        (NoteKind.CLOSING, (r"The meeting (?:rose|ended|was adjourned) at (?P<time>.*)",)),
        (NoteKind.SUSPENSION, (r"The meeting was suspended(?: at (?P<time>.*)|\.?)",)),
        (NoteKind.AGENDA_ADOPTED, (r"The (?:provisional )?agenda was adopted\.?",)),
        (NoteKind.DECISION, (r"It was so decided\.?",)),
        (
            NoteKind.VOTE,
            (
                r"A (?:recorded )?vote was taken(?: by (?:show of hands|secret ballot))?\.?",
                r"A recorded vote has been requested\.?",
            ),
        ),
        (
            NoteKind.ADOPTION,
            (
                rf"(?:The )?[Dd]raft (?:resolutions?|decisions?|amendments?)\b{_IN}{{0,400}}?"
                r"\b(?:was|were) adopted\b.*",
                rf"(?:The )?[Aa]mendments?\b{_IN}{{0,200}}?\b(?:was|were) "
                r"(?:adopted|rejected)\b.*",
                # A separate vote on a paragraph: "The eighth preambular paragraph was
                # retained by 105 votes to 2, with 22 abstentions."
                rf"(?:The )?(?:[\w-]+ )?(?:[Pp]reambular|[Oo]perative) paragraphs?\b{_IN}{{0,100}}?"
                r"\b(?:was|were) (?:retained|adopted|rejected|deleted)\b.*",
            ),
        ),
        (
            NoteKind.SILENCE,
            (
                r"[^.:]{0,200}\bobserved (?:a|one) minute of (?:silence|silent prayer or "
                r"meditation)\b.*",
                r"[^.:]{0,200}\bstood in silence\b.*",
            ),
        ),
        (
            NoteKind.CHAIR,
            (
                r"(?:In the absence of the President, )?(?P<chair>[^:]{1,150}?),? "
                r"(?P<office>Vice-President|Vice-Chair(?:person|man)?|Acting President),? "
                r"(?:took|assumed) the Chair\.?",
                r"[^.:]{0,200}\b(?:took|returned to|resumed) the Chair\.?",
            ),
        ),
        (
            NoteKind.OTHER,
            (  # a Council record of the 1990s: the invited take their seats (S/PV.3756)
                r"At the invitation of the President, [^:]{1,500}? took (?:a|the) seats? "
                r"(?:at|reserved)\b.*",
            ),
        ),
    ),
    vote_heads=(
        ("In favour", "in_favour"),
        ("Against", "against"),
        ("Abstaining", "abstaining"),
        ("Abstentions", "abstaining"),
    ),
    national_start=(
        r"I (?:now )?(?:shall |will |would like to |should like to |wish to )?(?:now )?"
        r"(?:make|deliver|speak|say a few words)(?: a| my| some)?(?: brief| few)?"
        r"(?: statement| remarks)? in my (?:national )?capacity(?: as (?P<capacity>[^.]+))?\.",
    ),
    national_end=(
        r"I (?:shall )?now resume my functions as (?:the )?President of the "
        r"(?:Security )?Council\.?",
        r"I (?:shall )?now resume my functions as (?:the )?President\.?",
    ),
    invite_states=(
        rf"In accordance with rule 37 of the Council{_Q}s provisional rules of procedure, I invite "
        r"the representatives? of (?P<list>.+?) to participate in (?:this|the present) meeting",
    ),
    invite_briefers=(
        rf"In accordance with rule 39 of the Council{_Q}s provisional rules of procedure, I "
        r"(?:also )?invite (?:the following(?: briefers| individuals)? to participate in "
        r"(?:this|the present|the) meeting: )?(?P<list>.+?)(?:,? to participate in "
        r"(?:this|the present|the) meeting\.|\.$)",
        r"(?:the Security Council|the Council) will hear (?:a )?briefings? by (?P<list>.+?)"
        r"(?:, concerning [^.]*)?\.$",
    ),
    adoption_headings=(r"Adoption of the agenda",),
    agenda_headings=(
        r"Agenda items? \d+.*",
        r"Items? \d+.{0,40} of the (?:provisional )?agenda.*",
    ),
    president_heads=("President", "Acting President", "Chair"),
    members_heads=("Members",),
    agenda_heads=("Agenda",),
    meeting_number=(r"(?P<number>\d+)(?:st|nd|rd|th) (?:plenary )?meeting",),
    dates=(
        r"(?:(?P<weekday>[A-Z][a-z]+day),? )?(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+),? "
        r"(?P<year>\d{4})(?:, (?P<time>.+))?",
    ),
    months=MONTHS,
    notice=("This record contains", "This record is subject to correction"),
    page_notices=("Please recycle", "Accessible document"),
    notice_end=(r".*\bconsolidated corrigendum\.",),
    floor_to=(
        r"(?:I (?:now |shall now |should now like to )?(?:give|call on)(?: the floor to)?|"
        r"I now invite) (?:His |Her )?(?:Excellency )?the (?:Permanent )?(?P<function>observer|"
        r"representative|Observer|Representative) (?:of|for) (?P<delegation>[^,.;:]+?)"
        r"(?:,|\.$| to | who | on | in )",
    ),
    provisional=("Provisional",),
    final=("Official Records",),
    places=("New York", "Geneva", "Nairobi", "Addis Ababa"),
    conjunctions=(" and ",),
    articles=("the ",),
    vote_methods=(
        ("show of hands", "show of hands"),
        ("recorded vote", "recorded"),
        ("secret ballot", "secret ballot"),
    ),
    weekdays=WEEKDAYS,
    none_words=("None",),
    detect=(" the ", " of ", " and ", " to ", " that "),
    secretariat_units=("Department ", "Office of ", "Office for ", "Division ", "Secretariat"),
)
