"""The lead of a paragraph: the italic words that open it ("Recalling", "Also decides",
"Strongly condemns", "Having considered", "Noting with deep concern"), or that follow the
clause it opens with ("Pending the total elimination of nuclear weapons, urges").

In a PDF or Markdown the italic run says where the lead stops. In text without typography the
lead is read from the language's tables (:mod:`csto_un.words._resolution`) as a FORM, not a
list of phrases:
any number of adverbs ("Also", "Further", "Once again", "Strongly", or a word with the
language's adverb ending), then a verb of the tables (or a word with the ending of a verb of
its part, "…ing", "…s"), or an auxiliary and the word it governs ("Having considered"), then
the complements that stay in the lead ("also", "with appreciation").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .._per_table import per_table
from ..words._resolution import ResolutionPhrases
from ._text import MARK_OPEN, SUPERSCRIPT_RE, Unit, fold, word_start

__all__ = [
    "is_operative_lead",
    "italic_lead",
    "lead_after_clause",
    "opens_by_ending",
    "opens_paragraph",
    "opens_with_lead",
    "read_lead",
    "read_lead_after_clause",
]

_WORD = re.compile(r"[^\W\d_][\w'-]*")


def _may_open(text: str, phrases: ResolutionPhrases) -> bool:
    """Whether ``text`` opens as a lead may: with a capital, or with any letter in a language
    whose prints open leads in lower case (:attr:`ResolutionPhrases.capitalized_leads`)."""
    first = text[:1]
    return first.isupper() or (not phrases.capitalized_leads and first.isalpha())


def _italic_runs(unit: Unit) -> Iterator[str]:
    """The italic runs of the unit's first two lines, in order, without footnote marks,
    spaces made single and a trailing comma dropped (some are then empty)."""
    for clean in unit.lines[:2]:
        for start, end in clean.italics:
            run = clean.text[start:end]
            if MARK_OPEN in run:
                run = SUPERSCRIPT_RE.sub("", run)
            # (a printable run is one-space joined unless it has two spaces or one at an end)
            if not run.isprintable() or "  " in run or run[:1] == " " or run[-1:] == " ":
                run = " ".join(run.split())
            yield run.rstrip(",")


def italic_lead(unit: Unit, text: str) -> str | None:
    """The italic run that opens the paragraph ``text`` in the unit's first lines, if any."""
    for candidate in _italic_runs(unit):
        if candidate and text.startswith(candidate) and len(candidate) < 80:
            return candidate
    return None


def lead_after_clause(unit: Unit, text: str) -> str | None:
    """The lead of a paragraph that opens with a clause of its own, its verb in italics after
    the clause's comma ("Pending the total elimination of nuclear weapons, *urges* …"): the
    paragraph's first italic run, when it starts in lower case right after a comma. (A title
    in italics starts with a capital.)"""
    for candidate in _italic_runs(unit):
        if not candidate:
            continue
        if candidate[:1].islower() and len(candidate) < 80 and f", {candidate} " in text:
            return candidate
        return None  # only the first italic run can be the lead
    return None


def read_lead(text: str, phrases: ResolutionPhrases, part: str) -> str | None:
    """The lead of ``text`` read from the tables: adverbs, a verb, its complements.

    ``part`` ("preamble" or "operative") says which verb endings a verb outside the tables
    may have; the tables of both parts are read, since a paragraph's form does not change
    with its place ("Recalling" opens the preamble of a section that follows operative text).
    In an annex (``part="annex"``) only the table of the texts adopted is read.

    >>> from csto_un.words._resolution import ENGLISH
    >>> read_lead("Once again strongly urges all States to act;", ENGLISH, "operative")
    'Once again strongly urges'
    >>> read_lead("Having considered the report,", ENGLISH, "preamble")
    'Having considered'
    >>> read_lead("Noting further with deep concern the report,", ENGLISH, "preamble")
    'Noting further with deep concern'
    >>> read_lead("Expresses its deep concern at the situation;", ENGLISH, "operative")
    'Expresses its deep concern'
    >>> read_lead("Welcomes and encourages the efforts;", ENGLISH, "operative")
    'Welcomes and encourages'
    >>> read_lead("Member States shall report;", ENGLISH, "operative") is None
    True
    """
    if not _may_open(text, phrases):
        return None
    folded = fold(text)
    if len(folded) != len(text):  # the text is not yet one-space joined: fold it
        text = " ".join(text.split())
        folded = fold(text)
    start = _after_adverbs(folded, 0, phrases)
    end = _after_verb(folded, start, phrases, part)
    if end is None and start > 0:  # an adverb's ending on a verb ("Apply")
        end = _after_verb(folded, 0, phrases, part)
    if end is None:
        return None
    if part == "annex":  # the text adopted: its verb and complements ("Strengthen support")
        return text[: _after_complements(folded, end, phrases)]
    if part == "operative" and _qualifies_noun(text, folded, end, phrases):
        return text[:end]  # "Encourages further steps": "further" is the noun's
    bare = _longest(folded, start, phrases.bare_noun_verbs) is not None
    verb = _after_object(folded, end, phrases, bare=bare)
    return text[: _after_joined(folded, verb, phrases, part)]


def read_lead_after_clause(text: str, phrases: ResolutionPhrases) -> str | None:
    """The lead of a paragraph that opens with a clause of its own, read from the tables:
    a verb of the tables in lower case after a comma of the first sentence, with its adverbs
    and complements ("Pending the entry into force of the Treaty, urges all States …" →
    "urges"). Only a verb of the tables, never a mere ending, is taken: a clause's commas
    are followed by many words.

    >>> from csto_un.words._resolution import ENGLISH
    >>> read_lead_after_clause("Pending the entry into force, also urges all States;", ENGLISH)
    'also urges'
    >>> read_lead_after_clause("Pending the entry into force, States shall act;", ENGLISH)
    """
    folded = fold(text)
    if len(folded) != len(text):
        text = " ".join(text.split())
        folded = fold(text)
    sentence = len(folded)
    for stop in ";:.":
        found = folded.find(stop)
        if found >= 0:
            sentence = min(sentence, found)
    comma = folded.find(", ", 0, sentence)
    while comma >= 0:
        start = comma + 2
        if text[start : start + 1].islower():
            verb = _after_adverbs(folded, start, phrases)
            end = _longest_verb(folded, verb, phrases)
            if end is not None:
                end = _after_joined(folded, _after_object(folded, end, phrases), phrases, "")
                return text[start:end]
        comma = folded.find(", ", start, sentence)
    return None


#: Ideographs: a script written without spaces between words ("又回顾其…"), where a phrase
#: stands whole before the next ideograph.
_UNSPACED = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: What may not follow a phrase standing whole: a letter or digit (``str.isalnum``, which
#: is the engine's word character but "_") other than an ideograph, a hyphen or an
#: apostrophe.
_WHOLE = f"(?![^\\W_{_UNSPACED}]|[-'])"
_IDEOGRAPH = re.compile(f"[{_UNSPACED}]")


def _table_pattern(*tables: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for the phrases of ``tables``, folded, longest first, each standing whole:
    its match at a position ends where the longest phrase standing whole there ends (the
    engine tries the alternatives in order, and the next one when what follows a phrase is
    no phrase's end). Built once per table (:func:`~csto_un._per_table.per_table`: a cache
    keyed by the tuples would hash their hundred phrases at each look-up)."""
    ordered = [phrase for table in tables for phrase in map(fold, table)]
    ordered.sort(key=len, reverse=True)
    alternatives = "|".join(map(re.escape, ordered))
    return re.compile(f"(?:{alternatives}){_WHOLE}" if ordered else "(?!)")


def _verb_pattern(phrases: ResolutionPhrases) -> re.Pattern[str]:
    """The pattern of the preamble's and the operative part's leads together."""
    return _table_pattern(phrases.preamble_leads, phrases.operative_leads)


def _longest(folded: str, position: int, table: tuple[str, ...]) -> int | None:
    """The end of the longest phrase of ``table`` standing whole at ``position`` (a position
    in ``folded``, or its end)."""
    match = per_table(table, "phrases-pattern", _table_pattern).match(folded, position)
    return None if match is None else match.end()


def _longest_verb(folded: str, position: int, phrases: ResolutionPhrases) -> int | None:
    """The end of the longest lead of the preamble's or the operative part's table standing
    whole at ``position`` (a paragraph's form does not change with its place)."""
    match = per_table(phrases, "verb-leads-pattern", _verb_pattern).match(folded, position)
    return None if match is None else match.end()


def _verb_by_ending(
    folded: str, position: int, phrases: ResolutionPhrases, part: str
) -> int | None:
    """The end of a word at ``position`` with the ending of a verb of ``part`` ("…ing" in the
    preamble, "…s" in the operative part), longer than three letters."""
    word = _next_word(folded, position)
    suffixes = phrases.preamble_suffixes if part == "preamble" else phrases.operative_suffixes
    if word is not None and len(word) > 3 and word.endswith(suffixes):
        return position + len(word)
    return None


def _next_word(folded: str, position: int) -> str | None:
    match = _WORD.match(folded, position)
    return match[0] if match else None


def _after_adverbs(folded: str, position: int, phrases: ResolutionPhrases) -> int:
    """Past the adverbs that open a lead ("Also", "Once again", "Strongly", "Deeply")."""
    for _ in range(3):
        end = _longest(folded, position, phrases.lead_adverbs)
        if end is None:
            end = _adverb_end(folded, position, phrases)
        if end is None or end >= len(folded):
            return position
        if folded[end] == " ":
            position = end + 1
        elif _IDEOGRAPH.match(folded, end - 1) and _IDEOGRAPH.match(folded, end):
            position = end  # "又回顾": no space between ideographs
        else:
            return position
    return position


def _after_verb(folded: str, position: int, phrases: ResolutionPhrases, part: str) -> int | None:
    """Past the verb: a lead of the tables (longest), an auxiliary and its participle, or a
    word with the ending of its part's verbs."""
    if part == "annex":  # the text adopted speaks for itself: "We reaffirm", "Commit"
        return _longest(folded, position, phrases.annex_leads)
    end = _longest_verb(folded, position, phrases)
    if end is not None:
        return end
    auxiliary = _longest(folded, position, phrases.lead_auxiliaries)
    if auxiliary is not None and folded[auxiliary : auxiliary + 1] == " ":
        following = _after_adverbs(folded, auxiliary + 1, phrases)
        word = _next_word(folded, following)
        return following + len(word) if word else None
    return _verb_by_ending(folded, position, phrases, part)


def _after_complements(folded: str, position: int, phrases: ResolutionPhrases) -> int:
    """Past the words that stay in a lead after its verb ("also", "with appreciation",
    "unequivocally": a word with the language's adverb ending)."""
    while folded[position : position + 1] == " ":
        end = _longest(folded, position + 1, phrases.lead_complements)
        if end is None:
            end = _adverb_end(folded, position + 1, phrases)
        if end is None:
            break
        position = end
    return position


def _qualifies_noun(text: str, folded: str, position: int, phrases: ResolutionPhrases) -> bool:
    """Whether the word after the verb at ``position`` is one of ``noun_qualifiers`` that
    qualifies the noun after it rather than the verb: a word in lower case follows it, and
    no complement ("Encourages further steps", "Invites further use"; not "Notes further
    with concern")."""
    if folded[position : position + 1] != " ":
        return False
    end = _longest(folded, position + 1, phrases.noun_qualifiers)
    if end is None or folded[end : end + 1] != " " or not text[end + 1 : end + 2].islower():
        return False
    following = end + 1
    return (
        _longest(folded, following, phrases.lead_complements) is None
        and _adverb_end(folded, following, phrases) is None
    )


def _adverb_end(folded: str, position: int, phrases: ResolutionPhrases) -> int | None:
    word = _next_word(folded, position)
    if word is None or len(word) < 5 or not word.endswith(phrases.adverb_suffixes):
        return None
    end = position + len(word)
    return end if end == len(folded) or folded[end] in " ," else None


def _after_object(
    folded: str, position: int, phrases: ResolutionPhrases, *, bare: bool = True
) -> int:
    """Past the complements, then the noun the verb takes in the lead, if any, with its
    determiner and adjectives, and the complements after it ("Reiterates its call upon",
    "Expresses its very serious concern also", "Expressing grave concern"); a noun without
    determiner nor adjective only when ``bare`` (the verb is one of ``bare_noun_verbs``)."""
    position = _after_complements(folded, position, phrases)
    if folded[position : position + 1] != " ":
        return position
    at = position + 1
    predicate = _longest(folded, at, phrases.lead_predicates)
    if predicate is not None:  # "Believing it necessary"
        return predicate
    if _longest(folded, word_start(folded, position), phrases.lead_nouns) is not None:
        joined = _after_noun_joined(folded, position, phrases)  # "with appreciation and …"
        if joined != position:
            return joined
    determiner = _longest(folded, at, phrases.lead_determiners)
    owned = False
    if determiner is not None and folded[determiner : determiner + 1] == " ":
        at, owned = determiner + 1, True
    for _ in range(3):
        noun = _longest(folded, at, phrases.lead_nouns)
        if noun is not None and not folded[noun + 1 : noun + 2].isdigit():
            if not (owned or bare or at > position + 1):
                break  # "Reaffirms its support", "Expresses support", "Reiterating deep
                # concern", but "Encourages support"
            return _after_noun_joined(folded, _after_complements(folded, noun, phrases), phrases)
        adjective = _longest(folded, at, phrases.lead_adjectives)
        if adjective is None:
            adjective = _adverb_end(folded, at, phrases)
        if adjective is None or folded[adjective : adjective + 1] != " ":
            break
        at = adjective + 1
    return position


def _after_noun_joined(folded: str, position: int, phrases: ResolutionPhrases) -> int:
    """Past a second noun of ``lead_nouns`` joined to the lead's noun that ends at
    ``position``, with its adjectives and complements ("Expressing regret and concern",
    "Notes with appreciation and satisfaction", "its invitation and encouragement")."""
    if folded[position : position + 1] != " ":
        return position
    join = _longest(folded, position + 1, phrases.lead_joins)
    if join is None or folded[join : join + 1] != " ":
        return position
    at = join + 1
    for _ in range(3):
        noun = _longest(folded, at, phrases.lead_nouns)
        if noun is not None:
            return _after_complements(folded, noun, phrases)
        adjective = _longest(folded, at, phrases.lead_adjectives)
        if adjective is None or folded[adjective : adjective + 1] != " ":
            break
        at = adjective + 1
    return position


def _after_joined(folded: str, position: int, phrases: ResolutionPhrases, part: str) -> int:
    """Past a second verb of the tables joined to the lead ("Welcomes and encourages",
    "Deeply alarmed and concerned"), with its adverbs, complements and object."""
    for _ in range(2):
        if folded[position : position + 1] != " ":
            break
        join = _longest(folded, position + 1, phrases.lead_joins)
        if join is None or folded[join : join + 1] != " ":
            break
        start = _after_adverbs(folded, join + 1, phrases)
        verb = _longest_verb(folded, start, phrases)
        # "Reaffirming and committing": a participle's ending is evidence enough; an operative
        # verb's ("…s") is not, since plural nouns share it ("Acknowledges and countries").
        if verb is None and part == "preamble":
            verb = _verb_by_ending(folded, start, phrases, part)
        if verb is None:
            break
        position = _after_object(folded, verb, phrases)
    return position


def opens_paragraph(text: str, phrases: ResolutionPhrases) -> bool:
    """True when a line starts with a lead of the tables ("Recalling", "Also decides"): in a
    text without blank lines or indents, that and the end of the previous sentence start a
    paragraph."""
    if not _may_open(text, phrases):
        return False
    folded = fold(text)
    return _longest_verb(folded, _after_adverbs(folded, 0, phrases), phrases) is not None


def opens_with_lead(text: str, phrases: ResolutionPhrases) -> bool:
    """True when a unit opens with a lead of the tables or an auxiliary and its participle
    ("Recalling", "Having received"): a paragraph, even when its punctuation is missing (a
    heading opens with a noun, "Financing of …", "Protection and security").

    >>> from csto_un.words._resolution import ENGLISH
    >>> opens_with_lead("Having received the report of the Agency for 2022", ENGLISH)
    True
    >>> opens_with_lead("Financing of the support account for 2025", ENGLISH)
    False
    """
    if not _may_open(text, phrases):
        return False
    folded = fold(text)  # (folded once for both questions)
    start = _after_adverbs(folded, 0, phrases)
    if _longest_verb(folded, start, phrases) is not None:
        return True  # what opens_paragraph asks
    auxiliary = _longest(folded, start, phrases.lead_auxiliaries)
    return auxiliary is not None and folded[auxiliary : auxiliary + 1] == " "


def opens_by_ending(text: str, phrases: ResolutionPhrases) -> bool:
    """True when a line opens with a word of a preambular verb's ending read as a lead
    ("Sharing the deep concern", "Wishing to do"), and is no name in title case going on from
    the line before ("Stockpiling and Use of Chemical Weapons", "Armed Robbery against Ships").

    >>> from csto_un.words._resolution import ENGLISH
    >>> opens_by_ending("Sharing the deep concern at the consequences", ENGLISH)
    True
    >>> opens_by_ending("Stockpiling and Use of Chemical Weapons and on", ENGLISH)
    False
    """
    if read_lead(text, phrases, "preamble") is None:
        return False
    return sum(word[:1].isupper() for word in text.split()[:5]) <= 2


def is_operative_lead(text: str, phrases: ResolutionPhrases) -> bool:
    """True when a paragraph without a number opens with an operative verb, adverbs apart
    ("Decides", "Also requests")."""
    folded, start = _head_past_adverbs(text, phrases)
    return _operative_at(folded, start, phrases)


#: Characters of a paragraph whose fold :func:`is_operative_lead` reads first.
_HEAD = 96


def _head_past_adverbs(text: str, phrases: ResolutionPhrases) -> tuple[str, int]:
    """The fold of ``text``, or of its head, and the position past its adverbs
    (:func:`_after_adverbs`): what :func:`is_operative_lead` reads. A paragraph's fold is
    a third of the parser's folding (each is folded once, most only for this test).

    The head is ``text`` up to a space within its first :data:`_HEAD` characters: its fold
    is the start of the whole one, followed there by a space (folding makes each run of
    white space one space and lower case, letter by letter but for a final sigma, which a
    space after the head keeps final). Read in the head, a phrase of the tables at a
    position is the whole text's when the longest phrase and the character after it fit in
    the head, and a word at a position is when a space follows it in the head; the adverbs
    are read before the position they end at. Else the whole text is folded."""
    cut = text.rfind(" ", 0, _HEAD) if len(text) > _HEAD else -1
    if cut > 0:
        folded = fold(text[:cut])
        start = _after_adverbs(folded, 0, phrases)
        if start + _reach(phrases) + 1 < len(folded) and folded.find(" ", start) >= 0:
            return folded, start
    folded = fold(text)
    return folded, _after_adverbs(folded, 0, phrases)


def _reach(phrases: ResolutionPhrases) -> int:
    """The length of the longest phrase, folded, of the tables :func:`is_operative_lead`
    reads (the adverbs, the leads of both parts, the auxiliaries), once per table."""
    return per_table(phrases, "operative-reach", _longest_phrase)


def _longest_phrase(phrases: ResolutionPhrases) -> int:
    """See :func:`_reach`."""
    tables = (
        phrases.lead_adverbs,
        phrases.preamble_leads,
        phrases.lead_auxiliaries,
        phrases.operative_leads,
    )
    return max((len(fold(phrase)) for table in tables for phrase in table), default=0)


def _operative_at(folded: str, start: int, phrases: ResolutionPhrases) -> bool:
    """Whether ``folded`` holds an operative lead at ``start`` (past its adverbs), and no
    preambular one nor an auxiliary."""
    if _longest(folded, start, phrases.preamble_leads) is not None:
        return False
    if _longest(folded, start, phrases.lead_auxiliaries) is not None:
        return False
    return _longest(folded, start, phrases.operative_leads) is not None
