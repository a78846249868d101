"""Amendments to draft resolutions: read them (:func:`parse_amendment`) and apply them to
their draft (:func:`apply_amendment`)."""

from ..resolutions._kinds import amended_draft
from ._apply import apply_amendment
from ._parser import parse_amendment

__all__ = ["amended_draft", "apply_amendment", "parse_amendment"]
