"""The shape of a language's resolution words (:class:`ResolutionPhrases`): the tables of
:mod:`csto_un.words._resolution` and :mod:`csto_un.words._resolution_more` are values of it."""

from __future__ import annotations

import attrs

__all__ = ["LATIN_LETTERS", "ROMAN_NUMERALS", "ResolutionPhrases"]

#: The letters of sub-paragraphs in the Latin alphabet, in order ("(a)", "b)").
LATIN_LETTERS = tuple("abcdefghijklmnopqrstuvwxyz")
#: The roman numerals of sub-paragraphs nested under a letter, in order ("(i)", "ii)").
ROMAN_NUMERALS = (
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv",
    "xv", "xvi", "xvii", "xviii", "xix", "xx",
)  # fmt: skip


@attrs.frozen
class ResolutionPhrases:
    """The words one language uses in the header and body of a resolution."""

    #: Ordinal words of sessions, "seventy-ninth" → 79 (built from units and tens below).
    ordinal_units: dict[str, int]
    ordinal_tens: dict[str, int]
    #: Ordinals of exact tens ("seventieth", "soixante-dixième").
    ordinal_exact_tens: dict[str, int]
    session_word: str
    #: The agenda item line, as a regex with a group ``item``.
    agenda_item: str
    #: Enacting formulas → the body they name.
    enacting: dict[str, str]
    #: Names of the bodies on the first page → canonical English name.
    bodies: dict[str, str]
    #: Distribution words → "general" or "limited".
    distribution: dict[str, str]
    #: Language names → ISO 639-1 code.
    language_names: dict[str, str]
    #: The "Original:" label.
    original_label: str
    #: "projet de résolution" / "draft resolution" closing the sponsors line.
    draft_resolution: str
    #: Words joining the last sponsor: "and", "et".
    sponsor_join: str
    #: Words that may stand between a semicolon and the next sub-paragraph's mark when
    #: sub-paragraphs run together on one line ("…; and (c) To report …"): "and", "or".
    item_joins: tuple[str, ...]
    #: "Resolution adopted by the General Assembly" (with an optional date after "on"; a
    #: language printing the date before the body names its group ``date_before``).
    adopted_by: str
    #: "Adopted by the Security Council at its 4956th meeting, on 28 April 2004".
    adopted_at_meeting: str
    #: "40th plenary meeting", "40e séance plénière".
    plenary_meeting: str
    #: "[without reference to a Main Committee (A/79/L.11)]".
    committee_note: str
    #: "Resolution 1540 (2004)".
    resolution_heading: str
    #: Leading phrases of preambular paragraphs (longest match wins).
    preamble_leads: tuple[str, ...]
    #: Leading verbs of operative paragraphs.
    operative_leads: tuple[str, ...]
    #: Leading verbs of the paragraphs of a text a resolution adopts (declarations).
    annex_leads: tuple[str, ...]
    #: Endings of a leading word that is not in the tables (participles, verbs).
    preamble_suffixes: tuple[str, ...]
    operative_suffixes: tuple[str, ...]
    #: "Adopts the following Declaration": a paragraph introducing an annexed text.
    adopts_following: str
    #: Adverbs and adverbial phrases that may open a lead before its verb ("Also decides",
    #: "Once again urges"), and the ending of the language's adverbs ("Strongly", "Deeply").
    lead_adverbs: tuple[str, ...] = ()
    adverb_suffixes: tuple[str, ...] = ()
    #: Auxiliaries whose participle ends the lead ("Having considered", "Ayant examiné").
    lead_auxiliaries: tuple[str, ...] = ()
    #: Words that stay in a lead after its verb ("Notes also", "Noting with deep concern").
    lead_complements: tuple[str, ...] = ()
    #: The nouns a lead may take as its object, with the determiner and the adjectives that
    #: may stand before them ("Expresses its deep concern", "Reiterates its call upon",
    #: "Expressing grave concern"): a noun of ``lead_nouns`` after the verb, optionally
    #: preceded by a determiner of ``lead_determiners`` and words of ``lead_adjectives``
    #: (or of the language's adverb ending, "its very deeply felt concern").
    lead_nouns: tuple[str, ...] = ()
    lead_determiners: tuple[str, ...] = ()
    lead_adjectives: tuple[str, ...] = ()
    #: A pronoun and the adjective it takes that stay in a lead after its verb, as the prints
    #: set them ("Believing it necessary", "Considers it alarming").
    lead_predicates: tuple[str, ...] = ()
    #: Words that join a second verb of the tables to a lead ("Welcomes and encourages"), or
    #: a second noun to the lead's noun ("Expressing regret and concern").
    lead_joins: tuple[str, ...] = ()
    #: The verbs after which a noun of ``lead_nouns`` stays in the lead alone, without a
    #: determiner or an adjective ("Expresses support", "Expressing concern"); after the
    #: others only with one ("Reaffirms its support", "Reiterating deep concern", but
    #: "Encourages support"), as the prints set them.
    bare_noun_verbs: tuple[str, ...] = ()
    #: Words that, after an operative verb and before a word in lower case, qualify that
    #: word, not the verb: "Encourages further steps", "Invites further use" (the prints set
    #: the verb alone in italics).
    noun_qualifiers: tuple[str, ...] = ()
    #: The words that make the number before them a quantity, not a footnote mark ("in 2015
    #: 2 per cent", "2 millions", "within 2 weeks"): multipliers and units, each in every form
    #: it is printed in.
    quantity_words: tuple[str, ...] = ()
    #: The nouns a number after them belongs to ("Article 1", "Section 7", "paragraph 5",
    #: "Goal 16"): that number is the noun's, not a footnote mark. Lower case, singular only:
    #: after a plural the number is a mark ("the Sustainable Development Goals 5 and") or
    #: the first of a list, which the marks' rules tell already ("paragraphs 5 and 6"); and
    #: not "decision" or "resolution", whose numbers are symbols ("decision 20 on" is a mark).
    numbered_nouns: tuple[str, ...] = ()
    #: Whether the prints open a lead with a capital ("Recalling", "Decides"); Russian opens
    #: it in lower case ("ссылаясь на", "1. постановляет"): then a lead opens with any letter.
    capitalized_leads: bool = True
    #: The session line as a regex with a group ``ord`` (the ordinal), for a language that does
    #: not print the ordinal, a space and ``session_word`` ("第七十九届会议", "الدورة التاسعة
    #: والسبعون"); empty: that form.
    session_line: str = ""
    #: How the prints mark a sub-paragraph: each form with "{}" for its letter ("({})" for
    #: "(a)", "{})" for "a)", full width "（{}）"), and for a numeral nested under a letter;
    #: the letters, one alphabet each in order (Russian prints Latin or Cyrillic letters); the
    #: numerals in order ("i", "ii", …; "㈠", "㈡"); what stands before a sub-paragraph's mark
    #: run on in its paragraph's line (a stop and a space, or a full-width stop alone).
    sub_marks: tuple[str, ...] = ("({})",)
    sub_numeral_marks: tuple[str, ...] = ("({})",)
    sub_letters: tuple[tuple[str, ...], ...] = (LATIN_LETTERS,)
    sub_numerals: tuple[str, ...] = ROMAN_NUMERALS
    sub_stops: tuple[str, ...] = (": ", "; ")
