"""One meeting in several languages: each turn of one version paired with the same turn in the
others, and where the versions disagree.

The sequence of turns, each speaker's role and delegation and the language each speech was
delivered in are facts of the meeting, the same in every language version; a difference is a
turn one version lost or split, or a label read differently. :func:`align` pairs the turns by
those facts (an alignment of sequences: a turn may be missing from a version, never moved) and
reports every difference as a :class:`Disagreement`.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..errors import CstoUnError
from ..model import Intervention, Meeting

__all__ = ["AlignedTurn", "Alignment", "Disagreement", "align", "version_rank"]

_VERSION_ORDER = ("en", "fr", "es", "ru", "zh", "ar")
"""Which language version stands for a document: the first of these a corpus holds."""


@attrs.frozen
class Disagreement:
    """Where a version says something else about a turn than the reference version.

    ``kind`` is ``missing-turn`` (the turn is absent from ``language``, or only there),
    ``role``, ``delegation`` (another ISO code), ``language`` (another delivered language) or
    ``date`` (the meeting's date: ``row`` is then ``None``); ``row`` the index of the
    :class:`AlignedTurn`; ``expected`` and ``found`` the reference's value and the version's.

    >>> Disagreement("delegation", 3, "zh", "GUY", None).kind
    'delegation'
    """

    kind: str
    row: int | None
    language: str
    expected: str | None
    found: str | None

    def __str__(self) -> str:
        where = "meeting" if self.row is None else f"turn {self.row}"
        return (f"{where}: {self.kind} in the {self.language} version: expected "
                f"{self.expected!r}, found {self.found!r}")


@attrs.frozen
class AlignedTurn:
    """One turn of the meeting in every version: ``turns[i]`` is the turn in the version of
    ``Alignment.languages[i]``, ``None`` where that version lacks it."""

    turns: tuple[Intervention | None, ...]


@attrs.frozen
class Alignment:
    """The language versions of one meeting, turn by turn.

    ``languages`` are the versions' ISO 639-1 codes, the reference first; ``rows`` the turns
    in order; ``disagreements`` every difference from the reference (empty when the versions
    agree).
    """

    symbol: str | None
    languages: tuple[str, ...]
    rows: tuple[AlignedTurn, ...]
    disagreements: tuple[Disagreement, ...] = ()

    @property
    def agreed(self) -> bool:
        """Whether every version has every turn, with the same role, delegation and language."""
        return not self.disagreements

    def turn(self, row: int, language: str) -> Intervention | None:
        """The turn of row ``row`` in the version of ``language``."""
        return self.rows[row].turns[self.languages.index(language)]


def align(versions: Sequence[Meeting]) -> Alignment:
    """Pair each turn of one language version of a meeting with the same turn in the others.

    ``versions`` are the same meeting in several languages (``corpus.versions("S/PV.9642")``);
    the reference is the English version where there is one. Turns are paired by role,
    delegation (ISO code) and delivered language, in order; a turn missing from a version, or
    a pair that differs in one of those facts, is a :class:`Disagreement`.

    >>> from csto_un import Intervention, Meeting, Speaker, Role
    >>> def turn(role, code, language):
    ...     return Intervention(Speaker(label="…", role=role, country_code=code), ("…",),
    ...                         language=language)
    >>> en = Meeting("S/PV.1", language="en", items=(turn(Role.PRESIDENT, None, "en"),
    ...              turn(Role.COUNCIL_MEMBER, "FRA", "fr")))
    >>> fr = Meeting("S/PV.1", language="fr", items=(turn(Role.PRESIDENT, None, "en"),))
    >>> result = align([fr, en])
    >>> result.languages, len(result.rows), [str(d) for d in result.disagreements]
    (('en', 'fr'), 2, ["turn 1: missing-turn in the fr version: expected 'FRA', found None"])
    """
    if not versions:
        raise CstoUnError("align() needs at least one version of a meeting")
    ordered = sorted(versions, key=_rank)
    reference = ordered[0]
    languages = tuple(v.language or "?" for v in ordered)
    if len(set(languages)) != len(languages):
        raise CstoUnError(f"align() needs one version per language, got {list(languages)}",
                          source=reference.symbol or "<meeting>")
    base = reference.interventions
    # rows: a reference turn (index) or a turn only some other version has
    columns: list[list[Intervention | None]] = [list(base)]
    for version in ordered[1:]:
        pairs = _pairs(base, version.interventions)
        columns.append(_column(pairs, version.interventions, len(base), columns))
    rows = tuple(AlignedTurn(turns=tuple(column[i] for column in columns))
                 for i in range(len(columns[0])))
    dates = [Disagreement("date", None, language, str(reference.date), str(version.date))
             for language, version in zip(languages[1:], ordered[1:], strict=True)
             if version.date != reference.date]
    disagreements = (*dates, *_disagreements(rows, languages))
    return Alignment(symbol=reference.symbol, languages=languages, rows=rows,
                     disagreements=disagreements)


def version_rank(language: str | None) -> int:
    """Where a language version stands among a document's versions: English first, then
    French, Spanish, Russian, Chinese, Arabic, then any other."""
    if language in _VERSION_ORDER:
        return _VERSION_ORDER.index(language)
    return len(_VERSION_ORDER)


def _rank(meeting: Meeting) -> tuple[int, str]:
    return version_rank(meeting.language), meeting.language or ""


def _facts(turn: Intervention) -> tuple[str, str | None, str | None]:
    return turn.speaker.role.value, turn.speaker.country_code, turn.language


def _score(a: Intervention, b: Intervention) -> int:
    """How well two turns pair: the facts they share (role first); 0 when the role differs."""
    role, code, language = _facts(a)
    other_role, other_code, other_language = _facts(b)
    if role != other_role:
        return 0
    return 2 + (code == other_code) * 2 + (language == other_language)


def _pairs(base: Sequence[Intervention],
           other: Sequence[Intervention]) -> list[tuple[int | None, int | None]]:
    """An alignment of the two sequences maximising the facts shared (Needleman-Wunsch with
    free gaps): pairs of indexes, ``None`` for a turn without counterpart."""
    n, m = len(base), len(other)
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            score = _score(base[i], other[j])
            paired = best[i + 1][j + 1] + score if score else -1
            best[i][j] = max(paired, best[i + 1][j], best[i][j + 1])
    pairs: list[tuple[int | None, int | None]] = []
    i = j = 0
    while i < n or j < m:
        if i < n and j < m:
            score = _score(base[i], other[j])
            if score and best[i][j] == best[i + 1][j + 1] + score:
                pairs.append((i, j))
                i, j = i + 1, j + 1
                continue
        if i < n and (j >= m or best[i][j] == best[i + 1][j]):
            pairs.append((i, None))
            i += 1
        else:
            pairs.append((None, j))
            j += 1
    return pairs


def _column(pairs: list[tuple[int | None, int | None]], turns: Sequence[Intervention],
            base_count: int, columns: list[list[Intervention | None]]) -> list[Intervention | None]:
    """This version's turns, one per row; a turn only this version has becomes a new row
    (inserted into the columns already built, empty there)."""
    column: list[Intervention | None] = [None] * len(columns[0])
    row_of_base = [index for index, turn in enumerate(columns[0]) if turn is not None]
    inserted = 0
    last_row = -1
    for base_index, index in pairs:
        if base_index is not None:
            last_row = row_of_base[base_index] + inserted
            if index is not None:
                column[last_row] = turns[index]
            continue
        if index is None:
            continue
        last_row += 1
        for existing in columns:
            existing.insert(last_row, None)
        column.insert(last_row, turns[index])
        inserted += 1
    return column


def _disagreements(rows: Sequence[AlignedTurn], languages: Sequence[str]) -> list[Disagreement]:
    found: list[Disagreement] = []
    for number, row in enumerate(rows):
        reference = row.turns[0]
        for language, turn in zip(languages[1:], row.turns[1:], strict=True):
            if reference is None and turn is None:
                continue  # a turn only a third version has
            if reference is None or turn is None:
                expected = _who(reference) if reference else None
                found.append(Disagreement("missing-turn", number, language, expected,
                                          _who(turn) if turn else None))
                continue
            for kind, index in (("role", 0), ("delegation", 1), ("language", 2)):
                if _facts(reference)[index] != _facts(turn)[index]:
                    found.append(Disagreement(kind, number, language,
                                              _facts(reference)[index], _facts(turn)[index]))
    return found


def _who(turn: Intervention) -> str:
    return turn.speaker.country_code or turn.speaker.role.value
