"""The loaders: one module takes a path to the parser of its kind."""

from __future__ import annotations

import doctest

import csto_un.loading


def test_doctests() -> None:
    assert doctest.testmod(csto_un.loading).failed == 0


def test_the_public_loaders_are_the_loading_modules() -> None:
    assert csto_un.load_meeting is csto_un.loading.load_meeting
    assert csto_un.load_resolution is csto_un.loading.load_resolution
    assert csto_un.load is csto_un.loading.load
    assert csto_un.corpus.parse_document is csto_un.loading.parse_document
