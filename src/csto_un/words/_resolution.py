"""The words of resolutions, one table per language: data, not code.

Adding a language means adding an entry to each table (the parser never branches on a
language). Phrases are matched case-insensitively against clean text, with typographic
apostrophes folded to "'".
"""

from __future__ import annotations

import attrs

from ._phrases import ResolutionPhrases
from ._resolution_more import ARABIC, BARE_MARKS, CHINESE, RUSSIAN, SPANISH

__all__ = ["KIND_WORDS", "LANGUAGES", "KindWords", "ResolutionPhrases"]


_EN_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19,
}  # fmt: skip
_EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_EN_EXACT = {
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip

_FR_UNITS = {
    "premier": 1, "première": 1, "unième": 1, "deuxième": 2, "troisième": 3, "quatrième": 4,
    "cinquième": 5, "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9, "dixième": 10,
    "onzième": 11, "douzième": 12, "treizième": 13, "quatorzième": 14, "quinzième": 15,
    "seizième": 16, "dix-septième": 17, "dix-huitième": 18, "dix-neuvième": 19,
}  # fmt: skip
_FR_TENS = {
    "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "soixante-dix": 70, "quatre-vingt": 80, "quatre-vingts": 80, "quatre-vingt-dix": 90,
}  # fmt: skip
_FR_EXACT = {
    "vingtième": 20, "trentième": 30, "quarantième": 40, "cinquantième": 50,
    "soixantième": 60, "soixante-dixième": 70, "quatre-vingtième": 80,
    "quatre-vingt-dixième": 90, "centième": 100,
}  # fmt: skip

ENGLISH = ResolutionPhrases(
    ordinal_units=_EN_UNITS,
    ordinal_tens=_EN_TENS,
    ordinal_exact_tens=_EN_EXACT,
    session_word="session",
    agenda_item=(
        r"agenda items?\s+(?P<item>\d+(?:\s*\([a-z]{1,3}\))?"
        r"(?:\s*(?:,|and)\s*\d+(?:\s*\([a-z]{1,3}\))?)*)"
    ),
    enacting={"the general assembly": "General Assembly",
              "the security council": "Security Council"},
    bodies={"general assembly": "General Assembly", "security council": "Security Council",
            "economic and social council": "Economic and Social Council"},
    distribution={"general": "general", "limited": "limited", "restricted": "restricted"},
    language_names={"english": "en", "french": "fr", "spanish": "es", "russian": "ru",
                    "chinese": "zh", "arabic": "ar"},
    original_label="original",
    draft_resolution="draft resolution",
    sponsor_join="and",
    item_joins=("and", "or"),
    adopted_by=(
        r"resolution adopted by the (?P<body>general assembly|security council)"
        r"(?:\s+on(?:\s+(?P<date>.+))?)?"
    ),
    adopted_at_meeting=(
        r"adopted by the (?P<body>security council|general assembly) at its "
        r"(?P<meeting>\d+\w*\s+(?:plenary\s+)?meeting),?\s+on\s+(?P<date>.+)"
    ),
    plenary_meeting=r"(?P<meeting>\d+(?:st|nd|rd|th)\s+(?:\(resumed\)\s+)?plenary meeting)",
    committee_note=(
        r"\[(?P<note>(?:without reference to a main committee|on the report of the [^(]+?))"
        r"\s*(?:\((?P<drafts>[^)]*)\))?\]"
    ),
    resolution_heading=r"resolution\s+(?P<number>\d{1,4}\s*\(\d{4}\))",
    preamble_leads=(
        "Acknowledging", "Acting under Chapter VII", "Affirming", "Alarmed", "Aware",
        "Bearing in mind", "Cognizant", "Confident", "Desirous",
        "Believing", "Commending", "Concerned", "Conscious", "Considering", "Convinced",
        "Deeply concerned", "Desiring", "Determined", "Determining", "Emphasizing",
        "Encouraging", "Expressing", "Expressing its concern", "Expressing concern",
        "Expressing deep concern", "Gravely concerned", "Guided", "Having considered",
        "Having examined", "Having heard", "Mindful", "Noting", "Noting also",
        "Noting further", "Noting with appreciation", "Noting with concern",
        "Noting with satisfaction", "Reaffirming", "Reaffirming also", "Recalling",
        "Recalling also", "Recalling further", "Recognizing", "Recognizing also",
        "Recognizing further", "Referring", "Referring also", "Referring further",
        "Reiterating", "Seriously concerned", "Stressing", "Stressing also", "Strongly condemning",
        "Strongly condemning also", "Taking into account", "Taking note", "Taking note also",
        "Taking note with appreciation", "Underlining", "Underscoring", "Welcoming",
        "Welcoming also", "Welcoming further", "Taking into consideration", "Calling upon",
        "Calling for", "Calling attention", "Looking forward", "Looking ahead",
    ),
    operative_leads=(
        "Acknowledges", "Adopts", "Affirms", "Approves", "Authorizes", "Calls upon",
        "Calls upon also", "Calls for", "Calls on", "Calls attention", "Looks forward",
        "Pays tribute", "Draws the attention", "Expresses the hope", "Commends", "Condemns",
        "Decides", "Decides also",
        "Decides further", "Demands", "Emphasizes", "Encourages", "Endorses",
        "Expresses", "Expresses its intention", "Invites", "Notes", "Notes also",
        "Notes with appreciation", "Notes with concern", "Notes with satisfaction",
        "Reaffirms", "Recognizes", "Recommends", "Reiterates", "Requests", "Resolves",
        "Requests also", "Requests further", "Stresses", "Takes into account", "Takes note",
        "Takes note with appreciation", "Underlines", "Urges", "Welcomes", "Welcomes also",
        # verbs also read by their ending alone, listed so that a second verb joined by "and"
        # is read ("Acknowledges and profoundly regrets", "Welcomes and accepts"), where an
        # ending alone is no evidence ("and countries")
        "Accepts", "Agrees", "Appeals", "Applauds", "Appreciates", "Confirms", "Considers",
        "Declares", "Deplores", "Designates", "Highlights", "Insists", "Proclaims",
        "Regrets", "Reminds", "Supports", "Transmits", "Trusts", "Underscores",
    ),
    annex_leads=(
        "Acknowledge", "Affirm", "Call upon", "Commit", "Decide", "Ensure", "Express",
        "Further commit", "Further reaffirm", "Further recognize", "Note", "Note with concern",
        "Promote", "Reaffirm", "Recall", "Recall with concern", "Recognize", "Request",
        "Resolve", "Strengthen", "Stress", "Take note", "Take note with appreciation",
        "Underline", "Urge", "Welcome",
    ),
    preamble_suffixes=("ing", "ed"),
    operative_suffixes=("s",),
    adopts_following=r"^adopts the following\b",
    lead_adverbs=("Also", "Further", "Furthermore", "Again", "Once again", "Once more",
                  "Likewise", "Moreover", "Still", "Ever"),
    adverb_suffixes=("ly",),
    lead_auxiliaries=("Having", "Being", "Continues to", "Continuing to", "Continues to be",
                      "Continuing to be", "Remaining", "Remains"),
    lead_complements=(
        "also", "further", "again", "once again", "once more", "upon", "with appreciation",
        "with deep appreciation", "with great appreciation", "with concern",
        "with deep concern", "with grave concern", "with serious concern",
        "with great concern", "with profound concern", "with increasing concern",
        "with renewed concern", "with satisfaction", "with regret", "with deep regret",
        "with interest", "with particular interest", "with gratitude", "with alarm",
        "with approval", "in particular", "in the strongest terms",
        "in the strongest possible terms", "without reservation",
    ),
    lead_nouns=(
        "appreciation", "concern", "concerns", "commitment", "commitments", "request",
        "requests", "call", "call upon", "call for", "support", "conviction", "determination",
        "invitation", "satisfaction", "gratitude", "recognition", "condemnation", "belief",
        "endorsement", "approval", "appeal", "solidarity", "opposition", "abhorrence",
        "condolences", "hope", "alarm", "regret", "readiness", "desire", "distress", "appeals",
        "sympathy", "commendation", "encouragement",
    ),
    lead_predicates=(
        "it necessary", "it important", "it essential", "it imperative", "it alarming",
        "it appropriate", "it useful", "it advisable", "it crucial", "it vital", "it urgent",
        "it timely", "it desirable", "it indispensable", "it regrettable", "it unacceptable",
    ),
    lead_determiners=("its",),
    lead_adjectives=(
        "deep", "deepest", "grave", "gravest", "serious", "particular", "strong", "full",
        "profound", "continued", "continuing", "renewed", "increasing", "utmost", "very",
        "firm", "unwavering", "unequivocal", "sincere", "great", "previous", "strongest",
        "special",
    ),
    lead_joins=("and",),
    bare_noun_verbs=("Expresses", "Expressing"),
    noun_qualifiers=("further",),
    quantity_words=(
        "per", "percent", "million", "millions", "billion", "billions", "trillion", "trillions",
        "thousand", "thousands",
        "hundred", "hundreds", "day", "days", "week", "weeks", "month", "months", "year",
        "years",
    ),
    numbered_nouns=(
        "article", "section", "sect.", "paragraph", "para.", "chapter", "annex", "rule", "item",
        "goal", "target", "part", "principle", "volume", "vol.", "no.", "page",
    ),
)  # fmt: skip

FRENCH = ResolutionPhrases(
    ordinal_units=_FR_UNITS,
    ordinal_tens=_FR_TENS,
    ordinal_exact_tens=_FR_EXACT,
    session_word="session",
    agenda_item=(
        r"points? (?P<item>\d+(?:\s*[a-z]{1,3}\))?(?:\s*(?:,|et)\s*\d+(?:\s*[a-z]{1,3}\))?)*)"
        r" de l'ordre du jour"
    ),
    enacting={"l'assemblée générale": "General Assembly",
              "le conseil de sécurité": "Security Council"},
    bodies={"assemblée générale": "General Assembly", "conseil de sécurité": "Security Council",
            "conseil économique et social": "Economic and Social Council"},
    distribution={"générale": "general", "limitée": "limited", "restreinte": "restricted"},
    language_names={"anglais": "en", "français": "fr", "espagnol": "es", "russe": "ru",
                    "chinois": "zh", "arabe": "ar"},
    original_label="original",
    draft_resolution="projet de résolution",
    sponsor_join="et",
    item_joins=("et", "ou"),
    sub_marks=BARE_MARKS,
    sub_numeral_marks=BARE_MARKS,
    adopted_by=(
        r"résolution adoptée par (?P<body>l'assemblée générale|le conseil de sécurité)"
        r"(?:\s+le(?:\s+(?P<date>.+))?)?"
    ),
    adopted_at_meeting=(
        r"adoptée par (?P<body>le conseil de sécurité|l'assemblée générale) à sa "
        r"(?P<meeting>\d+\w*\s+séance(?: plénière)?),?\s+le\s+(?P<date>.+)"
    ),
    plenary_meeting=r"(?P<meeting>\d+e\s+séance plénière(?:\s+\(reprise\))?)",
    committee_note=(
        r"\[(?P<note>(?:sans renvoi à une grande commission|sur la base du rapport de la "
        r"[^(]+?))\s*(?:\((?P<drafts>[^)]*)\))?\]"
    ),
    resolution_heading=r"résolution\s+(?P<number>\d{1,4}\s*\(\d{4}\))",
    preamble_leads=(
        "Affirmant", "Ayant examiné", "Conscient", "Considérant", "Constatant",
        "Constatant avec satisfaction", "Convaincu", "Encourageant", "Estimant",
        "Exprimant", "Gravement préoccupé", "Insistant", "Notant", "Notant également",
        "Notant avec satisfaction", "Notant avec préoccupation", "Prenant note",
        "Prenant note avec satisfaction", "Prenant note également", "Profondément préoccupé",
        "Rappelant", "Rappelant également", "Rappelant en outre", "Réaffirmant",
        "Reconnaissant", "Reconnaissant également", "Se félicitant",
        "Se félicitant également", "Se félicitant en outre", "Soulignant",
        "Soulignant également", "Tenant compte", "Agissant en vertu du Chapitre VII",
        # The General Assembly is feminine: "Consciente", "Convaincue", "Résolue".
        "Consciente", "Convaincue", "Résolue", "Soucieuse", "Inquiète", "Sachant",
        "Ayant à l'esprit", "Ayant présent à l'esprit", "Ayant présente à l'esprit",
        "Ayant présentes à l'esprit", "Prenant acte", "Se réjouissant",
        "Accueillant avec satisfaction", "Rendant hommage",
    ),
    operative_leads=(
        "Accueille avec satisfaction", "Adopte", "Affirme", "Apprécie", "Approuve",
        "Autorise", "Constate", "Décide", "Décide également", "Décide en outre",
        "Demande", "Encourage", "Engage", "Exige", "Exprime", "Invite", "Note",
        "Note avec satisfaction", "Note avec préoccupation", "Prend note",
        "Prend note avec satisfaction", "Prie", "Prie également", "Réaffirme",
        "Recommande", "Reconnaît", "Salue", "Se félicite", "Souligne", "Prend acte",
        "Sait gré", "Rend hommage", "Lance un appel",
        "Attend avec intérêt", "Se réjouit", "Réitère", "Renouvelle",
    ),
    annex_leads=(
        "Affirmons", "Demandons", "Engageons", "Nous engageons", "Notons", "Prenons note",
        "Réaffirmons", "Reconnaissons", "Soulignons", "Décidons", "Invitons",
    ),
    preamble_suffixes=("ant", "é", "és", "ée", "ées"),
    operative_suffixes=("e", "t"),
    adopts_following=r"^adopte (?:la|le|les) .*suivante?s?\b",
    lead_adverbs=("Également", "En outre", "De nouveau", "Une fois encore", "Encore"),
    adverb_suffixes=("ment",),
    lead_auxiliaries=("Ayant", "Étant", "Se déclare", "Se déclarant", "Se dit", "Se disant"),
    lead_complements=(
        "également", "en outre", "de nouveau", "aussi", "à nouveau", "avec satisfaction",
        "avec préoccupation", "avec une vive préoccupation", "avec une grande préoccupation",
        "avec inquiétude", "avec gratitude", "avec intérêt", "avec regret", "vivement",
        "fermement", "énergiquement", "résolument", "profondément",
        "avec une profonde préoccupation", "avec une vive inquiétude",
        "avec appréciation", "avec reconnaissance", "instamment",
    ),
    # "Exprime sa profonde préoccupation", "Réaffirme son ferme attachement", "Réitère son
    # appel", "Exprimant sa gratitude" (the UN's French usage; adjectives after the noun,
    # "son appui indéfectible", stay out of the lead).
    lead_nouns=(
        "préoccupation", "préoccupations", "inquiétude", "satisfaction", "gratitude",
        "reconnaissance", "appréciation", "appui", "soutien", "engagement", "engagements",
        "attachement", "demande", "demandes", "appel", "conviction", "détermination",
        "solidarité", "condamnation", "espoir", "regret", "regrets", "condoléances",
        "volonté", "invitation", "approbation", "opposition", "indignation", "alarme",
    ),
    lead_determiners=("sa", "son", "ses"),
    lead_adjectives=(
        "profonde", "profond", "vive", "vif", "grave", "grande", "grand", "ferme", "plein",
        "pleine", "entier", "entière", "sincère", "sincères", "très", "plus", "sérieuse",
        "extrême", "constant", "constante", "total", "totale",
    ),
    lead_joins=("et",),
    bare_noun_verbs=("Exprime", "Exprimant"),
    quantity_words=(
        "pour", "million", "millions", "milliard", "milliards", "billion", "billions", "millier",
        "milliers",
        "centaine", "centaines", "jour", "jours", "semaine", "semaines", "mois", "ans", "année",
        "années",
    ),
    numbered_nouns=(
        "article", "section", "paragraphe", "par.", "chapitre", "annexe", "règle", "point",
        "objectif", "cible", "partie", "principe", "volume", "vol.", "page",
    ),
)  # fmt: skip

#: Every language the parser knows, by ISO 639-1 code.
LANGUAGES: dict[str, ResolutionPhrases] = {
    "en": ENGLISH, "fr": FRENCH, "es": SPANISH, "ru": RUSSIAN, "zh": CHINESE, "ar": ARABIC,
}  # fmt: skip


@attrs.frozen
class KindWords:
    """The words of one language for the other kinds of document the resolution reader
    knows (decisions, Secretariat notes, early Security Council resolutions)."""

    draft_decision: str
    secretariat_note: str
    early_heading: str  # "Resolution of 15 October 1946" after "9 (1946)."
    submitted_by: str
    #: The enacting formulas as printed, for messages.
    formulas: tuple[str, ...]


KIND_WORDS: dict[str, KindWords] = {
    "en": KindWords(
        formulas=("The General Assembly,", "The Security Council,"),
        draft_decision=r"draft decision",
        secretariat_note=r"note by the secretariat",
        early_heading=r"resolution of (?P<date>.+)",
        submitted_by=r"draft decision submitted by\b.*",
    ),
    "fr": KindWords(
        formulas=("L'Assemblée générale,", "Le Conseil de sécurité,"),
        draft_decision=r"projet de décision",
        secretariat_note=r"note du secrétariat",
        early_heading=r"résolution du (?P<date>.+)",
        submitted_by=r"projet de décision présenté par\b.*",
    ),
    "es": KindWords(
        formulas=("La Asamblea General,", "El Consejo de Seguridad,"),
        draft_decision=r"proyecto de decisión",
        secretariat_note=r"nota de la secretaría",
        early_heading=r"resolución de (?P<date>.+)",
        submitted_by=r"proyecto de decisión presentado por\b.*",
    ),
    "ru": KindWords(
        formulas=("Генеральная Ассамблея,", "Совет Безопасности,"),
        draft_decision=r"проект решения",
        secretariat_note=r"записка секретариата",
        early_heading=r"резолюция от (?P<date>.+)",
        submitted_by=r"проект решения,? представленный\b.*",
    ),
    "zh": KindWords(
        formulas=("大会，", "安全理事会，"),
        draft_decision=r"决定草案",
        secretariat_note=r"秘书处的说明",
        early_heading=r"(?P<date>\d{4}年\d{1,2}月\d{1,2}日)的决议",
        submitted_by=r".+提交的决定草案",
    ),
    "ar": KindWords(
        formulas=("إن الجمعية العامة،", "إن مجلس الأمن،"),
        draft_decision=r"مشروع مقرر",
        secretariat_note=r"مذكرة من الأمانة العامة",
        early_heading=r"القرار المؤرخ (?P<date>.+)",
        submitted_by=r"مشروع مقرر مقدم من\b.*",
    ),
}
