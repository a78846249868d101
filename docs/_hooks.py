"""MkDocs hooks for the csto_un site (``hooks:`` in mkdocs.yml; no plugin to install).

- Docstrings are written for ``doctest`` and Sphinx: their ``>>>`` examples stand bare in the
  text and they cross-reference with roles (``:class:`Meeting```). Markdown would read ``>>>``
  as nested quotations, so a Markdown preprocessor, registered for the pages and for
  mkdocstrings alike, puts every bare run of ``>>>`` lines in a ``pycon`` code block and turns
  roles into code spans.
- ``changelog.md`` holds a marker that is replaced by the project's ``CHANGELOG.md``, so the
  changelog has one source.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

ROOT = Path(__file__).resolve().parent.parent
CHANGELOG_MARKER = "<!-- include: CHANGELOG.md -->"
_ROLE = re.compile(r":(?:py:)?(?:func|class|meth|attr|data|mod|exc|obj|const):`~?([^`]+)`")
_FENCE = re.compile(r"^\s*(```|~~~)")
_FLAGS = re.compile(r"\s*#\s*doctest:.*$")


class _DoctestBlocks(Preprocessor):
    """Fence bare doctest examples; turn Sphinx roles into code spans."""

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        in_fence = False
        in_example = False
        for line in lines:
            if _FENCE.match(line):
                if in_example:
                    out.append("```")
                    in_example = False
                in_fence = not in_fence
                out.append(line)
                continue
            if in_fence:
                out.append(_FLAGS.sub("", line) if line.lstrip().startswith(">>>") else line)
                continue
            if in_example:
                if line.strip():
                    out.append(_FLAGS.sub("", line))
                    continue
                out.append("```")
                in_example = False
            if line.lstrip().startswith(">>>"):
                if out and out[-1].strip():
                    out.append("")
                out.append("```pycon")
                out.append(_FLAGS.sub("", line))
                in_example = True
                continue
            out.append(_ROLE.sub(lambda m: f"`{m.group(1).rsplit('.', 1)[-1]}`", line))
        if in_example:
            out.append("```")
        return out


class DoctestBlocksExtension(Extension):
    """The Markdown extension that registers :class:`_DoctestBlocks`."""

    def extendMarkdown(self, md: Markdown) -> None:  # the name is Markdown's API
        # Before fenced_code (priority 25) so that the new fences are read as code.
        md.preprocessors.register(_DoctestBlocks(md), "csto_un_doctest_blocks", 28)


def on_config(config: Any) -> Any:
    """Use the preprocessor on the pages and in mkdocstrings (which shares this list)."""
    config.markdown_extensions.append(DoctestBlocksExtension())
    return config


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Put the project's CHANGELOG.md into the changelog page."""
    if CHANGELOG_MARKER in markdown:
        changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
        # The changelog's own title is the page's.
        changelog = re.sub(r"\A# .*\n", "", changelog)
        markdown = markdown.replace(CHANGELOG_MARKER, changelog)
    return markdown
