"""Every example in the docs and in docstrings runs, so the docs cannot drift from the code."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import csto_un

ROOT = Path(__file__).resolve().parent.parent
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").glob("**/*.md")])
MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(csto_un.__path__, prefix="csto_un.")
    if not info.name.endswith("__main__")
)


FENCE = re.compile(r"^```(?:python|pycon)\n(.*?)^```", re.MULTILINE | re.DOTALL)
# A block right after this comment runs only when the path (from the project root) exists:
# the development corpus is not part of a user's clone.
REQUIRES = re.compile(r"<!-- requires: (\S+) -->\s*\Z")


def page_examples(page: Path) -> str:
    """The ``python`` code blocks of a Markdown page, in order, as one doctest text.

    Blocks that need a missing path (``<!-- requires: ../shared/corpus -->`` just before
    them) are left out.
    """
    text = page.read_text(encoding="utf-8")
    blocks = []
    for match in FENCE.finditer(text):
        needs = REQUIRES.search(text, 0, match.start())
        if needs is None or (ROOT / needs.group(1)).exists():
            blocks.append(match.group(1))
    return "\n\n".join(blocks)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_page_examples(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # paths in the pages are relative to the project root
    text = page_examples(page)
    if ">>>" not in text:
        pytest.skip(f"{page.name} has no examples")
    test = doctest.DocTestParser().get_doctest(text, {}, page.name, str(page), 0)
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} example(s) failed in {page.name}"


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=FLAGS, verbose=False)
    assert result.failed == 0, f"{result.failed} example(s) failed in {name}"


def test_every_public_name_has_a_docstring() -> None:
    missing = [
        name
        for name in csto_un.__all__
        if not name.startswith("__")
        and callable(getattr(csto_un, name))  # data such as `converter` is documented in place
        and not (getattr(csto_un, name).__doc__ or "").strip()
    ]
    assert missing == []
