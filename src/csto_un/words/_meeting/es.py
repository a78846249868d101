"""Spanish: the words of a verbatim record (« acta literal »)."""

from __future__ import annotations

from ...model import NoteKind, Role
from ...words.es import MONTHS, WEEKDAYS
from . import IN_SENTENCE as _IN
from . import MeetingPhrases

PHRASES = MeetingPhrases(
    language="es",
    titles=(
        ("El Presidente interino", Role.ACTING_PRESIDENT),
        ("La Presidenta interina", Role.ACTING_PRESIDENT),
        ("El Presidente", Role.PRESIDENT),
        ("La Presidenta", Role.PRESIDENT),
        ("La Vicesecretaria General", Role.OTHER),
        ("El Vicesecretario General", Role.OTHER),
        ("El Secretario General", Role.SECRETARY_GENERAL),
        ("La Secretaria General", Role.SECRETARY_GENERAL),
    ),
    honorifics=("Sr.", "Sra.", "Srta.", "Dame", "Sir", "Lord", "Lady", "Jeque", "Príncipe",
                "Princesa", "Rey", "Reina", "Monseñor", "Cardenal", "Arzobispo", "Magistrado"),
    notes=(
        r"habla en (?P<language>[^\s;,]+)(?: ?[;,].*)?",
        r"interpretación del (?P<language>\S+)",
    ),
    switches=(
        r"(?:el orador|la oradora) (?:continúa|prosigue) en (?P<language>\S+)",
        r"(?:continúa|prosigue) en (?P<language>\S+)",
        r"habla en (?P<language>\S+)",
    ),
    language_words={
        "español": "es", "inglés": "en", "francés": "fr", "ruso": "ru", "chino": "zh",
        "árabe": "ar", "alemán": "de", "portugués": "pt",
    },
    times=(r"(?P<hour>\d{1,2})(?:[.:](?P<minute>\d{2}))? horas",),
    procedure=(
        (NoteKind.OPENING, (r"Se abre la sesión a las (?P<time>.*)",)),
        (NoteKind.RESUMPTION, (r"Se reanuda la sesión a las (?P<time>.*)",)),
        (NoteKind.CLOSING, (r"Se levanta la sesión a las (?P<time>.*)",)),
        (NoteKind.SUSPENSION, (r"Se suspende la sesión(?: a las (?P<time>.*)|\.?)",)),
        (NoteKind.AGENDA_ADOPTED, (r"Queda aprobado el orden del día\.?",
                                   r"Se aprueba el orden del día\.?")),
        (NoteKind.DECISION, (r"Así queda acordado\.?", r"Así se decide\.?")),
        (NoteKind.VOTE, (r"Se procede a (?:una )?votación(?: ordinaria| registrada| a mano "
                         r"alzada| secreta)?\.?",)),
        (NoteKind.ADOPTION, (r"(?:Queda aprobado|Se aprueba|Quedan aprobados) (?:el|los) "
                             r"proyectos? de (?:resolución|decisión)\b.*",
                             rf"(?:El|Los) proyectos? de (?:resolución|decisión)\b{_IN}{{0,400}}?"
                             r"\b(?:queda|quedan) aprobados?\b.*")),
        (NoteKind.SILENCE, (r"[^.:]{0,200}\bguarda\w* (?:un )?minuto de silencio\b.*",)),
        (
            NoteKind.CHAIR,
            (
                r"(?:En ausencia del Presidente, )?(?P<chair>[^:]{1,150}?),? "
                r"(?P<office>Vicepresident[ea]),? ocupa la Presidencia\.?",
                r"[^.:]{0,200}\b(?:ocupa|vuelve a ocupar|reasume) la Presidencia\.?",
            ),
        ),
    ),
    vote_heads=(("Votos a favor", "in_favour"), ("Votos en contra", "against"),
                ("Abstenciones", "abstaining")),
    national_start=(
        r"(?:Formularé|Haré) ahora una declaración en (?:mi )?calidad de (?P<capacity>[^.]+)\.",
    ),
    national_end=(r"(?:Reasumo|Reanudo) (?:ahora )?(?:mis|las) funciones de President[ea] del "
                  r"Consejo\.?",),
    invite_states=(
        r"De conformidad con el artículo 37 del reglamento provisional del Consejo, invito "
        r"(?:a |al |a la |a los |a las )representantes? de (?P<list>.+?) a participar en "
        r"(?:la presente|esta) sesión",
    ),
    invite_briefers=(
        r"De conformidad con el artículo 39 del reglamento provisional del Consejo, invito a "
        r"(?P<list>.+?),? a participar en (?:la presente|esta) sesión",
        r"el Consejo(?: de Seguridad)? escuchará (?:una )?exposici(?:ón|ones) informativas? "
        r"(?:del |de la |de )?(?P<function>[^.]+?), (?:Embajador|Embajadora|Sr\.|Sra\.) "
        r"(?P<name>[^,]+?)(?:, (?P<capacity>en (?:su )?calidad de [^.]+?))?"
        r"(?:, relativ[ao] [^.]*)?\.(?=\s|$)",
    ),
    adoption_headings=(r"Aprobación del orden del día",),
    agenda_headings=(r"Temas? \d+.{0,40} del programa.*",),
    president_heads=("Presidente", "Presidenta"),
    members_heads=("Miembros",),
    agenda_heads=("Orden del día",),
    meeting_number=(r"(?P<number>\d+)[aª] sesión",),
    dates=(
        r"(?:(?P<weekday>\w+),? )?(?P<day>\d{1,2}) de (?P<month>\w+) de (?P<year>\d{4})"
        r"(?:, a las (?P<time>.+))?",
    ),
    months=MONTHS,
    notice=("La presente acta", "Esta acta contiene"),
    page_notices=("Se ruega reciclar", "Documento accesible"),
    floor_to=(
        r"(?:Doy (?:ahora |a continuación )?la palabra|Tiene (?:ahora )?la palabra) "
        r"(?:al |a la |el |la )(?P<function>observador|observadora|representante)"
        r"(?: permanente)? (?:de la |del |de los |de las |de )(?P<delegation>[^,.;:]+?)"
        r"(?:,|\.$| para | que )",
    ),
    provisional=("Provisional",),
    final=("Documentos Oficiales",),
    places=("Nueva York", "Ginebra"),
    conjunctions=(" y ", " e "),
    articles=("la ", "el ", "los ", "las ", "del ", "de "),
    vote_methods=(
        ("ordinaria", "show of hands"),
        ("mano alzada", "show of hands"),
        ("registrada", "recorded"),
        ("secreta", "secret ballot"),
    ),
    weekdays=WEEKDAYS,
    none_words=("Ninguno",),
    detect=(" los ", " del ", " las ", " que ", " el ", " por "),
    secretariat_units=("Departamento ", "Oficina ", "División ", "Secretaría"),
)
