"""What the library remembers per process stays bounded over an archive: a cache keyed by
what a document prints (a line, a name, a symbol) holds a bounded number of entries."""

from __future__ import annotations

import gc
import importlib
import inspect
import pkgutil
import weakref
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

import csto_un
from csto_un import _per_table, countries
from csto_un.resolutions._sub_marks import sub_marks
from csto_un.words._resolution import ENGLISH

# The keys an unbounded cache may take: nothing, or an official language (six of them).
_FINITE_KEYS = {"language"}


def _caches() -> Iterator[tuple[str, Any]]:
    """Every ``functools`` cache of the library's modules, by its module and name."""
    for info in pkgutil.walk_packages(csto_un.__path__, "csto_un."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if hasattr(value, "cache_info"):
                yield f"{info.name}.{name}", value
            elif inspect.isclass(value) and value.__module__ == info.name:
                for member, attribute in vars(value).items():
                    function = getattr(attribute, "__func__", getattr(attribute, "fget", attribute))
                    if hasattr(function, "cache_info"):
                        yield f"{info.name}.{name}.{member}", function


def test_a_cache_keyed_by_what_a_document_prints_is_bounded() -> None:
    caches = dict(_caches())
    assert "csto_un.countries._lookup_remembered" in caches  # (the walk finds them)
    assert "csto_un.symbols.parse_symbol" in caches
    unbounded = [
        name
        for name, cache in caches.items()
        if cache.cache_info().maxsize is None
        and set(inspect.signature(cache.__wrapped__).parameters) - _FINITE_KEYS
    ]
    assert unbounded == []


def test_a_text_longer_than_a_states_name_is_looked_up_but_not_kept() -> None:
    countries._country_code.cache_clear()  # (what it remembers is not asked again)
    countries._lookup_remembered.cache_clear()
    longest = countries._longest_printed()
    for number in range(50):  # (words: short enough without their spaces to be looked up)
        name = f"{number} " + "a " * (longest // 2)
        assert len(" ".join(name.split())) > longest >= len("".join(name.split()))
        assert countries.country_code(name, "en") is None
    assert countries.country_code("Kazakhstan", "en") == "KAZ"
    assert countries._lookup_remembered.cache_info().currsize == 1


def _marks_table(letters: str) -> Any:
    """English's resolution table with other sub-paragraph letters: a table made at run time."""
    return attrs.evolve(ENGLISH, sub_letters=(tuple(letters),))


def test_a_table_made_at_run_time_gets_its_own_sub_marks_when_an_earlier_one_is_freed() -> None:
    # A freed table's memory is soon another's (here within a few rounds), and so its
    # identity: a cache keyed by identities alone gave the second table the first's marks.
    for letters in ("xy", "pq") * 50:
        table = _marks_table(letters)
        assert sub_marks(table).letters == (tuple(letters),)
        del table
        gc.collect()


def test_the_cache_keeps_the_tables_it_answered_for() -> None:
    table = _marks_table("xy")
    sub_marks(table)
    held = weakref.ref(table)
    del table
    gc.collect()
    assert held() is not None  # (so no other table takes its identity while it is there)


def test_a_table_of_a_reused_identity_is_not_given_the_values_of_another(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, second = _marks_table("xy"), _marks_table("pq")
    monkeypatch.setattr(_per_table, "id", lambda table: -1, raising=False)  # (one identity)
    assert sub_marks(first).letters == (("x", "y"),)
    assert sub_marks(second).letters == (("p", "q"),)
    assert _per_table.per_table(first, "reach", lambda table: len(table.sub_letters[0])) == 2
    assert _per_table.per_table(second, "reach", lambda table: 0) == 0
