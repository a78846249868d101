"""French: the words of a verbatim record (« procès-verbal ») of the Council or the Assembly."""

from __future__ import annotations

from ...model import NoteKind, Role
from ...words.fr import MONTHS, WEEKDAYS
from . import IN_SENTENCE as _IN
from . import MeetingPhrases

_Q = "[’']"

PHRASES = MeetingPhrases(
    language="fr",
    titles=(
        ("Le Président par intérim", Role.ACTING_PRESIDENT),
        ("La Présidente par intérim", Role.ACTING_PRESIDENT),
        ("Le Président", Role.PRESIDENT),
        ("La Présidente", Role.PRESIDENT),
        ("Le Vice-Secrétaire général", Role.OTHER),
        ("La Vice-Secrétaire générale", Role.OTHER),
        ("Le Secrétaire général", Role.SECRETARY_GENERAL),
        ("La Secrétaire générale", Role.SECRETARY_GENERAL),
    ),
    honorifics=(
        "S. E. M.", "S. E. Mme", "M.", "Mme", "Mlle", "Dame", "Sir", "Lord", "Lady", "Cheikh",
        "Cheikha", "Prince", "Princesse", "Roi", "Reine", "Mgr", "Cardinal", "Archevêque",
        "Baronne", "Juge", "S. E.", "Son Excellence", "l’Ambassadeur",
        "l'Ambassadeur", "Ambassadeur",
    ),
    notes=(
        r"parle en (?P<language>[^\s;,]+)(?: ?[;,].*)?",
        r"interprétation de l['’]?(?P<language>\S+)",
        r"interprétation du (?P<language>\S+)",
    ),
    switches=(
        r"l['’]orat(?:eur|rice) poursuit en (?P<language>\S+)",
        r"poursuit en (?P<language>\S+)",
        r"parle en (?P<language>\S+)",
    ),
    language_words={
        "français": "fr", "anglais": "en", "espagnol": "es", "russe": "ru", "chinois": "zh",
        "arabe": "ar", "allemand": "de", "portugais": "pt", "italien": "it",
    },
    times=(r"(?P<hour>\d{1,2}) ?h(?:eures?)?(?: ?(?P<minute>\d{1,2}))?", r"(?P<meridiem>midi)"),
    noon_words=("midi",),
    procedure=(
        (NoteKind.OPENING, (r"La séance est ouverte (?:à|a) (?P<time>.*)",)),
        (NoteKind.RESUMPTION, (r"La séance (?:est )?reprend à (?P<time>.*)",
                               r"La séance est reprise (?:à|le) (?P<time>.*)")),
        (NoteKind.CLOSING, (r"La séance est levée à (?P<time>.*)",)),
        (NoteKind.SUSPENSION, (r"La séance est suspendue(?: à (?P<time>.*)|\.?)",
                               r"La séance, suspendue à (?P<time>.*)")),
        (NoteKind.AGENDA_ADOPTED, (rf"L{_Q}ordre du jour (?:provisoire )?est adopté\.?",)),
        (NoteKind.DECISION, (r"Il en est ainsi décidé\.?",)),
        (
            NoteKind.VOTE,
            (
                r"Il est procédé au vote(?: à main levée| enregistré| au scrutin secret)?\.?",
                r"Il est procédé à un vote (?:à main levée|enregistré)\.?",
            ),
        ),
        (
            NoteKind.ADOPTION,
            (
                rf"(?:Le|Les) projets? de (?:résolution|décision)\b{_IN}{{0,400}}?\b(?:est|sont) "
                r"adoptés?\b.*",
                rf"(?:L['’]|Les )amendements?\b{_IN}{{0,200}}?\b(?:est|sont) "
                r"(?:adopté|rejeté)s?\b.*",
            ),
        ),
        (
            NoteKind.SILENCE,
            (r"[^.:]{0,200}\bobserv\w+ une minute de (?:silence|prière ou de méditation)\b.*",),
        ),
        (
            NoteKind.CHAIR,
            (
                r"(?:En l[’']absence du Président, )?(?P<chair>[^:]{1,150}?),? "
                r"(?P<office>Vice-Présidente?|Président par intérim),? "
                r"(?:assume|prend) la présidence\.?",
                r"[^.:]{0,200}\b(?:assume|reprend) la présidence\.?",
            ),
        ),
    ),
    vote_heads=(
        ("Votent pour", "in_favour"),
        ("Votent contre", "against"),
        ("S’abstiennent", "abstaining"),
        ("S'abstiennent", "abstaining"),
        ("Abstentions", "abstaining"),
    ),
    national_start=(
        r"Je (?:vais|voudrais|souhaite) (?:maintenant )?(?:faire|prononcer) une (?:brève )?"
        r"déclaration en ma qualité (?:de |d['’])(?P<capacity>[^.]+)\.",
        r"Je (?:vais|voudrais|souhaite) (?:maintenant )?(?:faire|prononcer) une (?:brève )?"
        r"déclaration à titre national\.",
    ),
    national_end=(
        r"Je reprends (?:à présent |maintenant )?mes fonctions de Présidente? du Conseil"
        r"(?: de sécurité)?\.?",
        r"Je reprends (?:à présent |maintenant )?mes fonctions de Présidente?\.?",
    ),
    invite_states=(
        rf"Conformément à l{_Q}article 37 du règlement intérieur provisoire du Conseil, "
        rf"j{_Q}invite (?:les? représentants? )?(?P<list>.+?) à participer à (?:la présente|cette) "
        r"séance",
    ),
    invite_briefers=(
        rf"Conformément à l{_Q}article 39 du règlement intérieur provisoire du Conseil, "
        rf"j{_Q}invite (?:les personnes suivantes à participer à la présente séance ?: )?"
        r"(?P<list>.+?)(?:,? à participer à (?:la présente|cette) séance\.|\.$)",
        r"le Conseil(?: de sécurité)? entendra (?:un|des) exposés? (?:de |d['’])(?P<list>.+?)"
        r"(?:,? concernant [^.]*)?\.$",
    ),
    adoption_headings=(rf"Adoption de l{_Q}ordre du jour",),
    agenda_headings=(
        rf"Points? \d+.{{0,40}} de l{_Q}ordre du jour.*",
    ),
    president_heads=("Président", "Présidente"),
    members_heads=("Membres",),
    agenda_heads=("Ordre du jour",),
    meeting_number=(r"(?P<number>\d+)e séance",),
    dates=(
        r"(?:(?P<weekday>[A-Za-zé]+),? )?(?P<day>\d{1,2})(?:er)? (?P<month>[a-zéû]+) "
        r"(?P<year>\d{4})(?:, (?P<time>.+))?",
    ),
    months=MONTHS,
    notice=("Le présent procès-verbal", "Ce procès-verbal contient"),
    page_notices=("Merci de recycler", "Document accessible"),
    floor_to=(
        r"(?:Je donne (?:maintenant |à présent )?la parole|La parole est (?:maintenant )?) "
        r"(?:à l[’']|au |à la )(?P<function>observateur|observatrice|représentante?)"
        r"(?: permanente?)? (?:de la |du |de l[’']|des |d[’']|de )(?P<delegation>[^,.;:]+?)"
        r"(?:,|\.$| pour | qui )",
    ),
    provisional=("Provisoire",),
    final=("Documents officiels",),
    places=("New York", "Genève", "Nairobi", "Addis-Abeba"),
    conjunctions=(" et ",),
    articles=("de la ", "de l’", "de l'", "du ", "des ", "de ", "d’", "d'", "l’", "l'", "la ",
              "le ", "les ", "aux ", "au "),
    vote_methods=(
        ("main levée", "show of hands"),
        ("enregistré", "recorded"),
        ("scrutin secret", "secret ballot"),
    ),
    weekdays=WEEKDAYS,
    none_words=("Néant", "Aucun"),
    detect=(" les ", " des ", " est ", " du ", " une ", " pour "),
    secretariat_units=("Département ", "Bureau ", "Division ", "Secrétariat"),
)
