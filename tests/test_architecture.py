"""The layers that docs/architecture.md draws are true of the imports.

Each top-level module or package of ``csto_un`` sits on a layer; a module may import from its
own layer and the layers below, never from a layer above. The parsers take text or a read
document and never open a file; no two modules import each other, even for type checking.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import csto_un

SRC = Path(csto_un.__file__).parent

#: Layer of each top-level module or package, from the bottom (0) up: as docs/architecture.md.
LAYERS = {
    # 0. the model and what every layer names
    "model": 0,
    "errors": 0,
    "symbols": 0,
    "words": 0,
    "_per_table": 0,  # what the parsers derive once per phrase table, remembered
    # 1. the text layer: string primitives, languages, country names, citations
    "text": 1,
    "_vocabulary": 1,  # the words of one document, for the hyphen rule of text
    "folding": 1,
    "languages": 1,
    "countries": 1,
    "citations": 1,
    "number_words": 1,
    # 2. reading files: PDF, text, Markdown → a Document of lines
    "sources": 2,
    # the nothing-lost check every parser ends with: the words of a read text and of an object
    "accounting": 2,
    "_claims": 2,  # the proofs of the claims a parser hands the nothing-lost check
    "_leftovers": 2,  # the check's leftovers a right-to-left repair explains
    "_parsed_texts": 2,  # the texts a parse keeps, where the nothing-lost check looks
    # 3. the parsers: a Document (or text) → Meeting, Resolution
    "meetings": 3,
    "resolutions": 3,
    "amendments": 3,
    # 4. the loaders: path → Document → parser
    "loading": 4,
    # 5. what is done with parsed documents
    "corpus": 5,
    "serialize": 5,
    "akn": 5,
    "writers": 5,
    "comparison": 5,
    "render": 5,
    # 6. the interfaces
    "cli": 6,
    "_cli_args": 6,
    "__init__": 6,
    "__main__": 6,
}
# What opens a file: the parsers must not import it.
FILE_LAYER = {"read_document", "read_bytes", "_read", "_pdf", "_pdf_lines"}


def _modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(SRC.rglob("*.py")):
        parts = path.relative_to(SRC.parent).with_suffix("").parts
        if parts[-1] == "__init__" and len(parts) > 1:
            parts = parts[:-1]
        yield ".".join(parts), path


def _package(module: str, path: Path) -> str:
    return module if path.name == "__init__.py" else module.rsplit(".", 1)[0]


def _unit(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports(module: str, path: Path) -> Iterator[tuple[str, tuple[str, ...], int, bool]]:
    """(imported module, names taken, line, at module level) for our own imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top_level = {id(node) for node in tree.body}
    for statement in tree.body:  # imports under `if TYPE_CHECKING:` count as top level
        if isinstance(statement, ast.If):
            top_level.update(id(node) for node in statement.body)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = _package(module, path).split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            names = tuple(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            target, names = node.names[0].name, ()
        else:
            continue
        if target == "csto_un" or target.startswith("csto_un."):
            yield target, names, node.lineno, id(node) in top_level


def test_every_module_has_a_layer() -> None:
    assert {_unit(module) for module, _ in _modules()} <= set(LAYERS)


def test_no_module_imports_from_a_layer_above_its_own() -> None:
    upward = []
    for module, path in _modules():
        layer = LAYERS[_unit(module)]
        for target, _, line, _ in _imports(module, path):
            if LAYERS[_unit(target)] > layer:
                upward.append(f"{module}:{line} imports {target}")
    assert upward == []


def test_the_parsers_open_no_file() -> None:
    found = []
    for module, path in _modules():
        if _unit(module) not in ("meetings", "resolutions"):
            continue
        for target, names, line, _ in _imports(module, path):
            if FILE_LAYER & {*names, target.rsplit(".", 1)[-1]}:
                found.append(f"{module}:{line} imports {target} {names}")
    assert found == []


def test_no_two_modules_import_each_other() -> None:
    """Imports inside functions (a table loading its languages lazily) are left out."""
    known = {module for module, _ in _modules()}
    edges: dict[str, set[str]] = {}
    for module, path in _modules():
        for target, names, _, top in _imports(module, path):
            if not top:
                continue
            targets = {f"{target}.{n}" for n in names if f"{target}.{n}" in known} or {target}
            edges.setdefault(module, set()).update(t for t in targets if t in known)
    circles = []
    for module, targets in edges.items():
        for target in targets:
            if target != module and _reaches(edges, target, module):
                circles.append(f"{module} -> {target}")
    assert circles == []


def _reaches(edges: dict[str, set[str]], start: str, goal: str) -> bool:
    seen, todo = {start}, [start]
    while todo:
        for following in edges.get(todo.pop(), ()):
            if following == goal:
                return True
            if following not in seen:
                seen.add(following)
                todo.append(following)
    return False


def test_the_folds_are_imported_from_their_home() -> None:
    """Folding lives in csto_un.folding; csto_un.text re-exports its names for compatibility
    only (the same functions), and the library's own modules import them from their home."""
    import csto_un.folding
    import csto_un.text

    folds = set(csto_un.folding.__all__)
    assert folds <= set(csto_un.text.__all__)
    assert all(getattr(csto_un.text, name) is getattr(csto_un.folding, name) for name in folds)
    through_text = [
        f"{module}:{line} imports {sorted(folds.intersection(names))} from csto_un.text"
        for module, path in _modules()
        for target, names, line, _ in _imports(module, path)
        if target == "csto_un.text" and module != "csto_un.text" and folds.intersection(names)
    ]
    assert through_text == []
