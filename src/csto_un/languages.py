"""Language words of the six official languages → ISO 639-1 codes (placeholder, being built)."""

from __future__ import annotations

__all__ = ["language_code"]


def language_code(word: str) -> str | None:
    """The ISO 639-1 code for a language word ("anglais", "English", "inglés"), else ``None``."""
    return None
