"""The compression-bomb check (issue 23, made cheaper in issue 19): a stream inflated in one
call counts the bytes it counts in pieces; a bomb is refused wherever it stands (a page's
content, a font's file, many small streams) and whichever inflater is at hand."""

from __future__ import annotations

import platform
import sys
import zlib
from pathlib import Path

import pytest

from csto_un import LimitError
from csto_un.sources import _limits, read_bytes
from hostile import expanding_pdf, font_bomb_pdf, many_streams_pdf

_ENOUGH = 1 << 40  # a limit no stream here reaches
#: The tests of the one-call path: libdeflate is a dependency on CPython only (no PyPy wheel).
needs_libdeflate = pytest.mark.skipif(
    platform.python_implementation() != "CPython", reason="deflate is installed on CPython only"
)


def _in_pieces(stream: bytes) -> int:
    return _limits._inflate_in_pieces(memoryview(stream), 0, 0, _ENOUGH, "x.pdf")


def _whole(stream: bytes) -> int | None:
    assert _limits._whole_size is not None
    return _limits._whole_size(memoryview(stream))


def _streams(data: bytes) -> list[bytes]:
    """What follows each stream keyword of a PDF, to the file's end (what the check inflates)."""
    return [
        data[found.end() :]
        for found in _limits._STREAM_RE.finditer(data)
        if not data.endswith(b"end", 0, found.start())
    ]


@needs_libdeflate
def test_the_small_streams_are_inflated_in_one_call_by_libdeflate() -> None:
    import deflate  # noqa: F401 (a dependency: its import must work)

    assert _limits.inflating_whole() is not None
    assert _limits._whole_size is not None


def _damaged(data: bytes) -> bytes:
    """``data`` deflated in a block that is not the last, then bytes that cannot be inflated."""
    packer = zlib.compressobj(9)
    return packer.compress(data) + packer.flush(zlib.Z_FULL_FLUSH) + b"\xff" * 32


_TEXT = b"".join(
    b"BT /F1 12 Tf 72 %d Td (The President: I thank you.) Tj ET\n" % i for i in range(300)
)
_SPACES = b" " * ((1 << 20) - 10)
_CASES = {
    "a content stream": zlib.compress(_TEXT),
    "then other bytes": zlib.compress(_TEXT) + b"\nendstream\nendobj\n9 0 obj << >>",
    "just under a mebibyte": zlib.compress(_SPACES + b"x" * 10),
    "just over a mebibyte": zlib.compress(_SPACES + b"x" * 11),
    "64 MiB": zlib.compress(b" " * (1 << 26)),
    "stored, not compressed": zlib.compress(_TEXT, 0),
    "truncated": zlib.compress(_TEXT)[: len(zlib.compress(_TEXT)) // 2],
    "a damaged sum": zlib.compress(_TEXT)[:-4] + b"\0\0\0\0",
    "damaged data": _damaged(_TEXT),
    "not deflated (a JPEG)": b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4,
    "empty": b"",
}


@needs_libdeflate
@pytest.mark.parametrize("case", list(_CASES))
def test_a_stream_inflated_in_one_call_counts_what_pieces_count(case: str) -> None:
    stream = _CASES[case]
    whole = _whole(stream)
    assert whole is None or whole == _in_pieces(stream)
    one_call = {
        "a content stream",
        "then other bytes",
        "just under a mebibyte",
        "stored, not compressed",
    }
    if case in one_call:
        assert whole == _in_pieces(stream) > 0  # the one call decides these
    if case in {"just over a mebibyte", "64 MiB", "truncated", "a damaged sum"}:
        assert whole is None and _in_pieces(stream) > 0  # the pieces count these
    if case == "a damaged sum":  # (pdfium keeps what it inflates to: counted in full)
        assert _in_pieces(stream) == _in_pieces(_CASES["a content stream"])
    if case == "damaged data":  # counted to the damage, but for a small piece
        assert whole is None
        assert _in_pieces(stream) >= _in_pieces(_CASES["a content stream"]) - 512


@needs_libdeflate
def test_every_stream_of_corpus_pdfs_counts_the_same_in_one_call(corpus: Path) -> None:
    paths = sorted((corpus / "ga-scale" / "pdfs").glob("*.pdf"))[::40]
    paths += sorted((corpus / "pdf").glob("*.pdf"))[::8]
    decided = 0
    for path in paths:
        for stream in _streams(path.read_bytes()):
            whole = _whole(stream)
            assert whole is None or whole == _in_pieces(stream), path.name
            decided += whole is not None
    assert decided > 100


@pytest.mark.parametrize(
    "bomb",
    [
        expanding_pdf(1 << 26),  # in the page's content: inflated in pieces
        font_bomb_pdf(1 << 26),  # in the font's file: pdfium inflates it to read the text
        many_streams_pdf(20, (1 << 20) - 100),  # 20 MiB in streams each inflated in one call
        many_streams_pdf(300, 60_000, damaged="sum"),  # 18 MB in small streams, sums wrong
        many_streams_pdf(300, 60_000, damaged="data"),  # 18 MB in small streams, then damage
    ],
    ids=["content", "font", "many small streams", "damaged sums", "damaged data"],
)
def test_a_bomb_is_refused_wherever_it_stands_and_by_either_inflater(
    bomb: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(LimitError) as by_one_call:
        read_bytes(bomb, "bomb.pdf")
    monkeypatch.setattr(_limits, "_whole_size", None)  # as where libdeflate cannot be imported
    with pytest.raises(LimitError) as in_pieces:
        read_bytes(bomb, "bomb.pdf")
    for refused in (by_one_call.value, in_pieces.value):
        assert (refused.code, str(refused)) == (in_pieces.value.code, str(in_pieces.value))
        assert refused.code == "pdf-expands"


def test_without_libdeflate_every_stream_is_inflated_in_pieces(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "deflate", None)  # (its import fails)
    assert _limits.inflating_whole() is None
    monkeypatch.setattr(_limits, "_whole_size", None)
    assert read_bytes(font_bomb_pdf(1000), "x.pdf").lines[0].text.startswith("The President")
    with pytest.raises(LimitError):
        read_bytes(font_bomb_pdf(1 << 26), "bomb.pdf")
