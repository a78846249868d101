"""Loading folders of documents: walking, parsing in worker processes, joining meeting parts.

One file is loaded by :func:`csto_un.loading.load`."""

from __future__ import annotations

import functools
import hashlib
import os
import stat
import sys
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import CstoUnError, SourceError, expect
from ..loading import load
from ..meetings import merge_meetings
from ..model import Meeting, ParsedDocument
from ..sources import path_name
from ..symbols import DocumentSymbol
from ._corpus import Corpus, LoadFailure
from ._links import link_drafts
from ._transfer import register_compact_pickling

__all__ = ["bundled_paths", "iter_documents", "load_corpus"]

Progress = Callable[[int, int, str], None]

_SUFFIXES = {".pdf", ".txt", ".text", ".md", ".markdown"}


def bundled_paths() -> tuple[Path, ...]:
    """The files of the sample corpus that ships with the package."""
    folder = resources.files("csto_un") / "data" / "corpus"
    return tuple(
        Path(str(entry))
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith((".txt", ".md")) and entry.name != "README.md"
    )


def _source_name(document: ParsedDocument) -> str:
    return document.source.name if document.source is not None else "?"


def _walk(entry: str | os.PathLike[str], failures: list[LoadFailure]) -> list[Path]:
    """The files to load under ``entry`` (a file, or a folder walked in name order).

    Files with other suffixes, hidden files and README.md are left aside; a pipe, socket or
    device with a document's suffix is kept (its load fails saying what it is), and a folder
    that cannot be read is appended to ``failures``. An ``entry`` that does not exist or
    cannot be looked at raises :class:`~csto_un.SourceError`.
    """
    name = path_name(entry)
    try:
        info = os.stat(name)
    except OSError as error:
        reason = "no such file or directory" if isinstance(error, FileNotFoundError) else (
            f"cannot read: {error.strerror or error}"
        )
        raise SourceError(reason, source=name) from None
    if not stat.S_ISDIR(info.st_mode):
        return [Path(name)]  # a file, or a pipe or device: its load says which
    found: list[Path] = []

    def unreadable(error: OSError) -> None:
        where = error.filename if error.filename is not None else name
        failure = SourceError(f"cannot read the folder: {error.strerror or error}", source=where)
        failures.append(LoadFailure(path=str(where), error=str(failure), code=failure.code))

    for root, dirs, files in os.walk(name, onerror=unreadable, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file in sorted(files):
            candidate = Path(root) / file
            if file.startswith(".") or candidate.suffix.lower() not in _SUFFIXES:
                continue
            if file.lower() == "readme.md":
                continue
            found.append(candidate)
    return found


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None  # its load says why
    return (info.st_dev, info.st_ino) if stat.S_ISREG(info.st_mode) else None


def _once(paths: Sequence[Path], failures: list[LoadFailure]) -> list[Path]:
    """``paths`` with each file once: the same file named twice (or through a link) and a file
    whose bytes another one has (a copy) are left out, each with a ``"duplicate"`` failure."""
    first: dict[object, Path] = {}
    kept: list[Path] = []
    sizes: dict[int, list[Path]] = {}
    for path in paths:
        identity = _identity(path)
        if identity is not None and identity in first:
            failures.append(_duplicate(path, first[identity]))
            continue
        if identity is not None:
            first[identity] = path
            sizes.setdefault(os.stat(path).st_size, []).append(path)
        kept.append(path)
    copies: set[Path] = set()
    for same_size in sizes.values():  # only files of one size can be copies: hash those
        if len(same_size) < 2:
            continue
        for path in same_size:
            digest = _digest(path)
            if digest is None:
                continue
            if digest in first:
                failures.append(_duplicate(path, first[digest]))
                copies.add(path)
            else:
                first[digest] = path
    return [path for path in kept if path not in copies]


def _digest(path: Path) -> bytes | None:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as file:
            while chunk := file.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return None
    return digest.digest()


def _duplicate(path: Path, original: Path) -> LoadFailure:
    return LoadFailure(
        path=str(path), error=f"{path}: the same file as {original}", code="duplicate"
    )


def _load_one(path: Path, strict: bool) -> ParsedDocument | LoadFailure:
    """``load(path)``, or the failure that names the file: a file of a large folder must not
    stop the others (with ``strict``, the failure is raised instead)."""
    try:
        return load(path, strict=strict)
    except CstoUnError as error:
        if strict:
            raise
        return LoadFailure(path=str(path), error=str(error), code=error.code)
    except OSError as error:
        failure = SourceError(f"cannot read: {error.strerror or error}", source=str(path))
        return _failed(path, strict, failure, failure.code, error)
    except Exception as error:  # a bug of the library on this file: named, reported, not fatal
        message = f"internal error, please report it: {type(error).__name__}: {error}"
        return _failed(path, strict, CstoUnError(message, source=str(path)), "internal-error",
                       error)


def _failed(path: Path, strict: bool, error: CstoUnError, code: str,
            cause: BaseException) -> LoadFailure:
    """The failure of ``path`` (``error``, with ``code``), or, with ``strict``, ``error``
    raised, chained to ``cause``."""
    if strict:
        raise error from cause
    return LoadFailure(path=str(path), error=str(error), code=code)


def _load_chunk(paths: Sequence[Path], strict: bool) -> list[ParsedDocument | LoadFailure]:
    """``_load_one`` over ``paths``, in a worker process: the results go back to the parent
    in their compact pickled form."""
    register_compact_pickling()
    return [_load_one(path, strict) for path in paths]


_DIED = ("the process parsing it died (a crash in a library it calls, such as the PDF "
         "reader's, or the system ending it for lack of memory)")


def _pooled(
    paths: Sequence[Path], strict: bool, workers: int
) -> Generator[ParsedDocument | LoadFailure, None, None]:
    """``_load_one`` over ``paths`` in ``workers`` processes, results in order.

    Files go out in chunks (one round trip per chunk, small enough to balance the load) and
    only a few chunks per worker are in flight: unlike ``Executor.map``, which submits every
    file at once and keeps every parsed document until it is consumed, memory stays flat
    however large the folder. When a worker process dies (a crash in pdfium on a damaged
    PDF, the system ending it for lack of memory), the pool is replaced and the files that
    were in flight are parsed again one at a time: the one whose process dies again is a
    failure (``code="worker-died"``), and the rest of the folder goes on.
    """
    size = max(1, min(16, len(paths) // (workers * 8)))
    chunks = iter([paths[start : start + size] for start in range(0, len(paths), size)])
    window: deque[tuple[Sequence[Path], Future[list[ParsedDocument | LoadFailure]]]] = deque()
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        while True:
            while len(window) < workers * 3 and (chunk := next(chunks, None)) is not None:
                window.append((chunk, pool.submit(_load_chunk, chunk, strict)))
            if not window:
                return
            chunk, future = window.popleft()
            try:
                done = future.result()
            except BrokenProcessPool:
                again = [path for part in (chunk, *(c for c, _ in window)) for path in part]
                window.clear()
                pool.shutdown(cancel_futures=True)
                pool = ProcessPoolExecutor(max_workers=workers)
                for path in again:
                    try:
                        yield pool.submit(_load_one, path, strict).result()
                    except BrokenProcessPool as broken:
                        pool.shutdown(cancel_futures=True)
                        pool = ProcessPoolExecutor(max_workers=workers)
                        died = CstoUnError(_DIED, source=str(path))
                        yield _failed(path, strict, died, "worker-died", broken)
                continue
            yield from done
    finally:
        pool.shutdown(cancel_futures=True)


PROGRESS_DELAY = 0.5
"""Seconds parsing runs before :func:`progress_bar` shows (a quick load shows nothing)."""


def progress_bar() -> Progress:
    """A progress bar on standard error (tqdm's), as a ``(done, total, name)`` callback."""
    from tqdm import tqdm

    bar: list[Any] = []

    def report(done: int, total: int, name: str) -> None:
        if not bar:
            bar.append(
                tqdm(total=total, unit="file", file=sys.stderr, delay=PROGRESS_DELAY, leave=False)
            )
        bar[0].set_postfix_str(Path(name).name[-40:], refresh=False)
        bar[0].update(1)
        if done == total:
            bar[0].close()

    return report


def _needs_other_parts(meeting: Meeting) -> bool:
    if meeting.symbol and "(Resumption" in meeting.symbol:
        return True
    return any(part.suspended for part in meeting.parts)


def iter_documents(
    path: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    strict: bool = False,
    workers: int = 1,
    progress: bool | Progress | None = None,
    failures: list[LoadFailure] | None = None,
) -> Iterator[ParsedDocument]:
    """Parse every PDF, text and Markdown file under ``path``, lazily, one by one.

    The parts of a meeting published in several documents come out joined as one
    :class:`Meeting`. A file that cannot be parsed is skipped and appended to ``failures``
    (or raises its :class:`~csto_un.CstoUnError` with ``strict=True``). ``workers`` > 1 parses
    in that many processes; ``progress`` shows a progress bar on standard error (by default
    when it is a terminal, once parsing takes more than :data:`PROGRESS_DELAY` seconds) or
    calls a function ``(done, total, name)``.

    >>> failures = []
    >>> [doc.symbol for doc in iter_documents(bundled_paths()[1:3], failures=failures)], failures
    (['A/RES/73/331', 'A/RES/75/276'], [])
    """
    found: list[LoadFailure] = []
    paths: list[Path] = []
    if not isinstance(path, (str, bytes, os.PathLike)):
        expect(path, Sequence, "the files and folders to load")
    for entry in [path] if isinstance(path, (str, bytes, os.PathLike)) else path:
        paths.extend(_walk(entry, found))
    paths = _once(paths, found)
    if strict and any(failure.code != "duplicate" for failure in found):
        raise SourceError(next(f.error for f in found if f.code != "duplicate"))
    if failures is not None:
        failures.extend(found)
    if progress is None:
        progress = sys.stderr.isatty() and len(paths) > 1
    report: Progress | None = (
        progress_bar() if progress is True else progress if callable(progress) else None
    )
    pending: dict[tuple[str, str | None], list[Meeting]] = {}
    results: Generator[ParsedDocument | LoadFailure, None, None]
    if workers > 1 and len(paths) > 1:
        results = _pooled(paths, strict, workers)
    else:
        results = (_load_one(p, strict) for p in paths)
    try:
        for done, (file, result) in enumerate(zip(paths, results, strict=True), start=1):
            if report is not None:
                report(done, len(paths), str(file))
            if isinstance(result, LoadFailure):
                if failures is not None:
                    failures.append(result)
                continue
            if isinstance(result, Meeting) and result.symbol:
                # The parts of one meeting in one language: never join language versions.
                key = (DocumentSymbol.key(result.symbol, base=True), result.language)
                if key in pending or _needs_other_parts(result):
                    parts = pending.setdefault(key, [])
                    twin = next((p for p in parts if p.symbol == result.symbol), None)
                    if twin is None:
                        parts.append(result)
                    elif failures is not None:  # one part twice (a PDF and its text)
                        failures.append(_duplicate(file, Path(_source_name(twin))))
                    continue
            yield result
    finally:
        results.close()  # (the pool's processes end with it)
    for group in pending.values():
        yield merge_meetings(group)


def load_corpus(
    path: str | os.PathLike[str] | Sequence[str | os.PathLike[str]] | None = None,
    *,
    strict: bool = False,
    workers: int = 1,
    progress: bool | Progress | None = None,
) -> Corpus:
    """Load a folder (or files) of UN documents into a :class:`Corpus`.

    With no ``path``, the sample corpus bundled with the package: the Security Council's
    meeting on UN–CSTO cooperation (S/PV.8967, French), the 2024 draft resolution (French)
    and the General Assembly's UN–CSTO resolutions of 2019–2024 (English). A document met
    twice in one language (a PDF and its extracted text) is kept once; the other copy is
    listed in ``Corpus.failures`` with the code ``"duplicate"``.

    The bundled corpus is parsed once per process (its objects are immutable, so every call
    shares them).

    >>> corpus = load_corpus()
    >>> corpus, corpus.failures
    (<Corpus: 1 meeting, 5 resolutions, 0 failures>, ())
    """
    if path is None and not strict:
        return _bundled_corpus()
    return _load_corpus(path, strict=strict, workers=workers, progress=progress)


@functools.lru_cache(maxsize=1)
def _bundled_corpus() -> Corpus:
    return _load_corpus(None, strict=False, workers=1, progress=False)


def _load_corpus(
    path: str | os.PathLike[str] | Sequence[str | os.PathLike[str]] | None,
    *,
    strict: bool,
    workers: int,
    progress: bool | Progress | None,
) -> Corpus:
    failures: list[LoadFailure] = []
    source = bundled_paths() if path is None else path
    documents: list[ParsedDocument] = []
    seen: dict[tuple[str, str, str | None], str] = {}
    for document in iter_documents(
        source, strict=strict, workers=workers, progress=progress, failures=failures
    ):
        name = document.source.name if document.source else "?"
        if document.symbol:
            key = (
                type(document).__name__,
                # A draft's revision is another document; a meeting's parts are one.
                DocumentSymbol.key(document.symbol, base=isinstance(document, Meeting)),
                document.language,
            )
            if key in seen:
                # The same document twice (a PDF and its extracted text): keep the first.
                failures.append(
                    LoadFailure(
                        path=name,
                        error=f"{name}: the same document as {seen[key]} ({document.symbol})",
                        code="duplicate",
                    )
                )
                continue
            seen[key] = name
        documents.append(document)
    return Corpus(link_drafts(documents), failures)
