"""Who sat on the Security Council, year by year (ISO 3166-1 alpha-3), as data.

Source: the Security Council's own list of members (https://main.un.org/securitycouncil/en/
content/current-members and the elected-members history); used for records without a
front page, to tell a Council member from an invited State.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["PERMANENT", "SECURITY_COUNCIL", "council_members"]

PERMANENT: frozenset[str] = frozenset({"CHN", "FRA", "RUS", "GBR", "USA"})

_ELECTED: Mapping[int, tuple[str, ...]] = {
    2016: ("AGO", "EGY", "JPN", "MYS", "NZL", "SEN", "ESP", "UKR", "URY", "VEN"),
    2017: ("BOL", "EGY", "ETH", "ITA", "JPN", "KAZ", "SEN", "SWE", "UKR", "URY"),
    2018: ("BOL", "CIV", "GNQ", "ETH", "KAZ", "KWT", "NLD", "PER", "POL", "SWE"),
    2019: ("BEL", "CIV", "DOM", "GNQ", "DEU", "IDN", "KWT", "PER", "POL", "ZAF"),
    2020: ("BEL", "DOM", "EST", "DEU", "IDN", "NER", "VCT", "ZAF", "TUN", "VNM"),
    2021: ("EST", "IND", "IRL", "KEN", "MEX", "NER", "NOR", "VCT", "TUN", "VNM"),
    2022: ("ALB", "BRA", "GAB", "GHA", "IND", "IRL", "KEN", "MEX", "NOR", "ARE"),
    2023: ("ALB", "BRA", "ECU", "GAB", "GHA", "JPN", "MLT", "MOZ", "CHE", "ARE"),
    2024: ("DZA", "ECU", "GUY", "JPN", "MLT", "MOZ", "KOR", "SLE", "SVN", "CHE"),
    2025: ("DZA", "DNK", "GRC", "GUY", "PAK", "PAN", "KOR", "SLE", "SVN", "SOM"),
}

SECURITY_COUNCIL: Mapping[int, frozenset[str]] = {
    year: PERMANENT | frozenset(elected) for year, elected in _ELECTED.items()
}
"""The fifteen members of the Security Council for each year we hold."""


def council_members(year: int | None) -> frozenset[str] | None:
    """The Security Council's members in ``year`` as ISO codes, or ``None`` when unknown."""
    return None if year is None else SECURITY_COUNCIL.get(year)
