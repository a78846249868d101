"""What the library remembers per process stays bounded over an archive: a cache keyed by
what a document prints (a line, a name, a symbol) holds a bounded number of entries."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from typing import Any

import csto_un
from csto_un import countries

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
