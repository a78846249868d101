"""Linear time by construction: each recogniser that runs over input lines, timed on hostile
shapes at a size n and at 8n, takes at most a few times 8 as long at 8n (quadratic code takes
64 times, the cubic running-header pattern of issue 23 took 512 times).

This compares two timings of the same code in the same process, not a timing against a
budget: the bound is generous, so that a busy machine does not make it fail. Each recogniser
runs in a process of its own under a timeout (superlinear code on these sizes would run for
minutes).
"""

from __future__ import annotations

import subprocess
import textwrap

import pytest

from conftest import run_fresh

RATIO = 30  # linear: about 8; quadratic: 64
N = 4000  # characters of the repeated part at the smaller size
FLOOR = 0.02  # seconds at 8n below which a ratio says nothing (a quadratic case takes many)

# Hostile shapes: one line whose repeated part makes a backtracking pattern retry at every
# character (each was quadratic or worse in some pattern of the library) ...
SHAPES = {
    "spaces after a symbol": '"S/1" + " " * n + "x"',
    "date then symbols": '"1/1/2000 " + "A/ " * (n // 3) + "!"',
    "symbol then spaces then a date": '"S/1 " + " " * n + "x 1/1/2000"',
    "dot leaders": '"Decides" + ". " * (n // 2) + "to meet again."',
    "a chain of symbols": '"1. " + "A/" * (n // 2)',
    "underscores": '"S/1" + "_" * n + "x!"',
    "a run of spaces": '"The President" + " " * n + ":x"',
    "spaces after a job number": '"20-00526" + " " * n + "x"',
    "a long word": '"a" * n',
    "hyphenated words": '"a-" * (n // 2)',
    "open brackets": '"(" * n',
    "ellipses": '"Mr. X" + "…" * n',
    "leading spaces": '" " * n + "x draft"',
    # and one paragraph of many lines: a segmenter that joins its unit anew at every line
    "lines of a dash": '"-\\n" * (n // 2)',
    # ... and the shapes of footnote marks read plain: a name then a number, a number in
    # brackets then one, numbers standing alone (the note the scanner expects next, 3)
    "names then numbers": '"Nuclear Weapons 3 on " * (n // 20)',
    "numbers after brackets": '"(2005) 3 " * (n // 9)',
    "spaced digits": '"3 " * (n // 2)',
}

RECOGNISERS = {
    "line_kind": ("from csto_un.sources._patterns import line_kind", "line_kind(text)"),
    "header_symbol": (
        "from csto_un.sources._patterns import header_symbol",
        "header_symbol(text)",
    ),
    "read_string": ("from csto_un.sources import read_string", "read_string(text)"),
    "parse_meeting": ("from csto_un import parse_meeting", "parse_meeting(text)"),
    "parse_document": (
        "from csto_un.loading import parse_document\nfrom csto_un.sources import read_string",
        "parse_document(read_string(text))",
    ),
    "parse_resolution": (
        "from csto_un import parse_resolution",
        'parse_resolution("The General Assembly,\\n\\n1. " + text + "\\n")',
    ),
    "to_akoma_ntoso": (
        "from csto_un import parse_resolution, to_akoma_ntoso",
        "to_akoma_ntoso(prepared)",
    ),
    "footnote_marks": (
        "from csto_un.resolutions._markers import MarkerScanner",
        'MarkerScanner(markers=[str(i) for i in range(1, 30)], plain=True, seen=["1", "2"])'
        ".take(text)",
    ),
    "extract_citations": ("from csto_un import extract_citations", "extract_citations(text)"),
    "account": (
        "from csto_un import account, parse_resolution\n"
        'small = parse_resolution("The General Assembly,\\n\\n1. Decides to meet.\\n")',
        "account(text, small)",
    ),
}

_PROGRAM = """
import gc, json, time
import csto_un
{imports}
SHAPES = {shapes}


def timed(text):
    prepared = None
    if {prepare}:
        try:
            prepared = csto_un.parse_resolution("The General Assembly,\\n\\n1. " + text + "\\n")
        except csto_un.CstoUnError:
            return 0.0
    best = float("inf")
    for _ in range(5):
        gc.collect()
        gc.disable()
        start = time.perf_counter()
        try:
            {call}
        except csto_un.CstoUnError:
            pass
        best = min(best, time.perf_counter() - start)
        gc.enable()
    return best


ratios = {{}}
for name, shape in SHAPES.items():
    timed(eval(shape, {{"n": 100}}))  # warm up
    at_n = timed(eval(shape, {{"n": {n}}}))
    at_8n = timed(eval(shape, {{"n": 8 * {n}}}))
    ratios[name] = [at_n, at_8n]
print(json.dumps(ratios))
"""


@pytest.mark.parametrize("recogniser", sorted(RECOGNISERS))
def test_recognisers_take_linear_time_on_hostile_lines(recogniser: str) -> None:
    imports, call = RECOGNISERS[recogniser]
    program = _PROGRAM.format(
        imports=imports,
        shapes="{" + ", ".join(f"{k!r}: {v!r}" for k, v in SHAPES.items()) + "}",
        prepare=recogniser == "to_akoma_ntoso",
        call=call,
        n=N,
    )
    slow = _superlinear(textwrap.dedent(program), f"lines of {8 * N:,} characters")
    assert not slow, f"{recogniser} grows faster than linearly on: {slow}"


def _superlinear(program: str, what: str) -> dict[str, str]:
    """Run ``program`` (it prints each shape's best time at n and 8n as JSON) in a fresh
    process; the shapes whose time grows faster than linearly, with their times."""
    try:
        timings = run_fresh(program)
    except subprocess.TimeoutExpired:
        pytest.fail(f"over 2 minutes on {what}")
    return {
        shape: f"{small * 1000:.2f} ms -> {large * 1000:.2f} ms"
        for shape, (small, large) in timings.items()
        # Under FLOOR at 8n, caches and the call's constant cost decide: nothing to see.
        if large > FLOOR and large > RATIO * max(small, 1e-5)
    }


# A paragraph of many short lines (the release fuzz's slowest inputs: thousands of lines of
# one character): joining them must not copy the growing paragraph at every line, which costs
# nothing at a few thousand lines and seconds at a few hundred thousand.
LINES = 20_000  # lines at the smaller size
LINE_SHAPES = {
    "a dash": "-",
    "a letter": "a",
    "a word split at its end": "ab-",
    "a soft hyphen": "a\xad",
    "a dash after a space": "a -",
}

_LINES_PROGRAM = """
import gc, json, time
from csto_un.resolutions._text import document_joiner, join_texts


def timed(lines):
    joiner = document_joiner(lines, "en")  # the document's evidence, as a parse reads it
    best = float("inf")
    for _ in range(3):
        gc.collect()
        start = time.perf_counter()
        join_texts(lines, joiner)
        best = min(best, time.perf_counter() - start)
    return best


ratios = {{}}
for name, line in {shapes}.items():
    ratios[name] = [timed([line] * {n}), timed([line] * (8 * {n}))]
print(json.dumps(ratios))
"""


def test_lines_of_a_paragraph_join_in_linear_time() -> None:
    program = _LINES_PROGRAM.format(shapes=repr(LINE_SHAPES), n=LINES)
    slow = _superlinear(program, f"join_texts of {8 * LINES:,} lines")
    assert not slow, f"join_texts grows faster than linearly on: {slow}"
