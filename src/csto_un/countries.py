"""Country names as the UN prints them → ISO 3166-1 alpha-3 codes (placeholder, being built)."""

from __future__ import annotations

__all__ = ["country_code"]


def country_code(name: str, language: str | None = None) -> str | None:
    """The ISO 3166-1 alpha-3 code of a country named as the UN names it, else ``None``."""
    return None
