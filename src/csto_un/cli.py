"""The ``csto-un`` command: the library's main jobs from the shell.

``csto-un`` alone prints an overview of the bundled corpus; the subcommands mirror the API.
Errors print as one line on standard error with a non-zero exit code (``--debug`` shows the
traceback). The command line itself (options, help texts) is built in :mod:`csto_un._cli_args`.
"""

from __future__ import annotations

import argparse
import errno
import itertools
import json
import os
import stat
import sys
import textwrap
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

from ._cli_args import build_parser
from .comparison import compare
from .corpus import Corpus, LoadFailure, iter_documents, load, load_corpus
from .corpus._corpus import tagged
from .corpus._exports import atomic_path, write_csv, write_jsonl, write_parquet
from .corpus._filters import DocumentFilter
from .corpus._series import all_series
from .errors import CstoUnError
from .model import Amendment, ParsedDocument, Resolution
from .render import (
    count,
    describe_comparison,
    describe_series,
    describe_speakers,
    list_series,
    overview,
    show,
)
from .serialize import converter

__all__ = ["main"]


def _progress(args: argparse.Namespace) -> bool | None:
    """The progress bar while files are parsed: by default on a terminal, never with
    ``--quiet`` (see :func:`~csto_un.iter_documents`)."""
    return False if getattr(args, "quiet", False) else None


def _corpus(args: argparse.Namespace) -> Corpus:
    if args.corpus is None:
        return load_corpus()
    problem = _path_problem(args.corpus)
    if problem is not None:
        raise CstoUnError(problem)
    return load_corpus(args.corpus, workers=args.workers, progress=_progress(args))


def _path_problem(path: str) -> str | None:
    """What is wrong with ``path`` as a file or folder to read, or None (also when it does not
    exist: the caller says what that means)."""
    if not path:
        return "an empty path names no file or folder"
    try:
        info = os.stat(path)
    except ValueError:
        return f"{path!r}: a path cannot hold a NUL character"
    except OSError as error:
        if error.errno == errno.ELOOP:
            return f"{path}: a symbolic link loop (the link leads back to itself)"
        if os.path.islink(path):
            return f"{path}: a symbolic link to {os.readlink(path)}, which does not exist"
        return None
    kinds = (
        (stat.S_ISFIFO, "a named pipe (FIFO), not a document file"),
        (stat.S_ISSOCK, "a socket, not a document file"),
        (stat.S_ISCHR, "a device, not a document file"),
        (stat.S_ISBLK, "a device, not a document file"),
    )
    for test, what in kinds:
        if test(info.st_mode):
            return f"{path}: {what}"
    return None


def _filter(args: argparse.Namespace, *, language: bool = True) -> DocumentFilter:
    return DocumentFilter(
        meetings=tuple(args.meeting or ()),
        symbols=tuple(args.symbol or ()),
        body=args.body,
        language=args.language if language else None,
        start=args.since,
        end=args.until,
    )


def _find(args: argparse.Namespace, target: str) -> ParsedDocument:
    problem = _path_problem(target)
    if problem is not None:
        raise CstoUnError(problem)
    if Path(target).is_dir():
        raise CstoUnError(
            f"{target}: a folder; show prints one document: give a file, or use"
            f" `csto-un --corpus {target} show SYMBOL` or `csto-un parse {target}`"
        )
    if Path(target).is_file():
        return load(target)
    corpus = _corpus(args)
    language = getattr(args, "language", None)
    found = corpus.get(target, language) if language else corpus.get(target)
    if found is None:
        where = f" in {language!r}" if language else ""
        raise CstoUnError(f"no document {target!r}{where} in the corpus (and no such file)")
    return found


def _write_json(documents: Iterable[ParsedDocument], out: IO[str]) -> int:
    """One JSON object for one document (:func:`~csto_un.to_json`'s), else a list tagged with
    each document's type that :meth:`Corpus.from_json` reads back, written as the documents
    come (the text ``json.dump`` would write of the whole list, without holding it).
    Returns the number of documents; writes nothing when there is none."""
    iterator = iter(documents)
    first, second = next(iterator, None), next(iterator, None)
    if first is None:
        return 0
    if second is None:
        json.dump(converter.unstructure(first), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 1
    out.write("[\n")
    written = 0
    for position, document in enumerate(itertools.chain((first, second), iterator)):
        text = json.dumps(tagged(document), ensure_ascii=False, indent=2)
        out.write((",\n" if position else "") + textwrap.indent(text, "  "))
        written += 1
    out.write("\n]\n")
    return written


def _write_akn(documents: Iterable[ParsedDocument], out: IO[str]) -> int:
    from .akn import to_akoma_ntoso

    written = 0
    for document in documents:
        out.write(to_akoma_ntoso(document))
        out.write("\n")
        written += 1
    return written


def _export(
    documents: Iterable[ParsedDocument],
    args: argparse.Namespace,
    out: IO[str],
    unfit: list[ParsedDocument],
) -> int:
    """Write the documents in ``--format``, each as soon as it is parsed (memory stays flat);
    returns the number of documents (json, akn) or rows (jsonl, csv) written."""
    unit = args.unit or "intervention"
    if args.format == "json":
        return _write_json(documents, out)
    if args.format == "jsonl":
        return write_jsonl(documents, out, unit=unit, unfit=unfit)
    if args.format == "csv":
        return write_csv(
            documents, out, unit=unit, escape_formulas=not args.keep_formulas,
            header_if_empty=False, unfit=unfit,
        )  # fmt: skip
    return _write_akn(documents, out)


def _unfit(document: ParsedDocument, unit: str) -> str:
    name = document.symbol or (document.source.name if document.source else "a document")
    if isinstance(document, Amendment):
        amends = f" to {document.amends}" if document.amends else ""
        return (
            f"not exported: {name} is an amendment{amends}, with no paragraphs or speaker turns"
            " to export one per row (use --format json)"
        )
    if isinstance(document, Resolution):
        kind = "a draft resolution" if document.draft else "a resolution"
        why = "no speaker turns" if unit == "intervention" else "no paragraph"
        other = "--unit paragraph or --unit subparagraph"
    else:
        kind = "a meeting record"
        why = "no sub-paragraphs" if unit == "subparagraph" else "no speaker turns"
        other = "--unit intervention or --unit paragraph"
    return f"not exported: {name} is {kind}, with {why} to export one per row (use {other})"


def _check_parse_arguments(args: argparse.Namespace) -> None:
    for path in args.files:
        problem = _path_problem(path)
        if problem is not None:
            raise CstoUnError(problem)
    if args.unit and args.format in ("json", "akn"):
        raise CstoUnError(
            f"--unit is for the table formats (jsonl, csv, parquet): --format {args.format}"
            " writes whole documents"
        )
    if args.keep_formulas and args.format != "csv":
        raise CstoUnError("--keep-formulas is for --format csv")
    if args.format == "parquet" and not args.output:
        raise CstoUnError("--format parquet writes a file: give it with -o OUT.parquet")


def _parse(args: argparse.Namespace, out: IO[str]) -> int:
    """``csto-un parse``: every file (folders walked), parts of a meeting joined, in
    ``--workers`` processes; what cannot be parsed is skipped and reported (exit status 1),
    or stops the command with ``--strict``. Nothing exported is an error, never an empty
    success; an output file is written whole or not at all."""
    _check_parse_arguments(args)
    failures: list[LoadFailure] = []
    unfit: list[ParsedDocument] = []
    keep = _filter(args)
    documents: Iterator[ParsedDocument] = (
        document
        for document in iter_documents(
            args.files,
            strict=args.strict,
            workers=args.workers,
            failures=failures,
            progress=_progress(args),
        )
        if keep.accepts(document)
    )
    unit = args.unit or "intervention"
    try:
        if args.output:
            with atomic_path(args.output) as temporary:
                if args.format == "parquet":
                    written = write_parquet(documents, temporary, unit=unit, unfit=unfit)
                else:
                    with temporary.open("w", encoding="utf-8", newline="") as handle:
                        written = _export(documents, args, handle, unfit)
                if not written:
                    raise CstoUnError(_nothing(args, unfit, failures))
        else:
            written = _export(documents, args, out, unfit)
            if not written:
                raise CstoUnError(_nothing(args, unfit, failures))
    finally:
        for failure in failures:
            print(f"csto-un: {_skipped(failure)}", file=sys.stderr)
        for document in unfit:
            print(f"csto-un: {_unfit(document, unit)}", file=sys.stderr)
    return 1 if failures or unfit else 0


def _nothing(
    args: argparse.Namespace, unfit: list[ParsedDocument], failures: list[LoadFailure]
) -> str:
    """Why nothing was exported."""
    if unfit:
        return f"nothing to export per {args.unit or 'intervention'}" + (
            f": {count(len(unfit), 'document')} not exported (see above)"
        )
    if failures:
        return "nothing to export: no file could be parsed"
    if not _filter(args).empty:
        return "nothing to export: no document passes the filters"
    return f"nothing to export: no document in {', '.join(args.files)}"


def _skipped(failure: LoadFailure) -> str:
    """ "skipped" and the failure's error, which names its file (the path is added if not)."""
    named = failure.error.startswith(failure.path)
    return f"skipped {'' if named else failure.path + ': '}{failure.error}"


def _show(args: argparse.Namespace, out: IO[str]) -> int:
    keep = _filter(args)
    if args.target:
        document = _find(args, args.target)
        if not keep.accepts(document):
            raise CstoUnError(f"{document.symbol or args.target} does not pass the filters given")
        out.write(show(document) + "\n")
        return 0
    if keep.empty:
        raise CstoUnError("show needs a SYMBOL|FILE, or filters (--meeting, --body, …)")
    documents = [d for d in _corpus(args) if keep.accepts(d)]
    if not documents:
        raise CstoUnError("no document of the corpus passes the filters")
    out.write("\n\n".join(show(document) for document in documents) + "\n")
    return 0


def _speakers(args: argparse.Namespace, out: IO[str]) -> int:
    keep = _filter(args, language=False)
    corpus = Corpus(d for d in _corpus(args) if keep.accepts(d))
    # The same filters as Corpus.interventions: language delivered, meeting dates.
    filters = {"language": args.language, "start": args.since, "end": args.until}
    turns = list(corpus.interventions(**filters))
    if not turns:
        filtered = not keep.empty or args.language
        raise CstoUnError(
            "no speaker turn passes the filters"
            if filtered
            else "the corpus holds no speaker turn (no meeting record)"
        )
    if args.by:
        for value, number in corpus.counts(by=args.by, **filters).most_common():
            out.write(f"{number:>5}  {value}\n")
    else:
        out.write(describe_speakers(turns) + "\n")
    return 0


def _kwic(args: argparse.Namespace, out: IO[str]) -> int:
    keep = _filter(args)
    corpus = Corpus(d for d in _corpus(args) if keep.accepts(d))
    hits = corpus.kwic(
        args.term, window=args.window, fold=args.fold, regex=args.regex,
        case_sensitive=args.case_sensitive,
    )  # fmt: skip
    for hit in hits:
        who = f" {hit.speaker} ({hit.country_code or '-'})" if hit.speaker else ""
        out.write(f"{hit.symbol} [{hit.language or '?'}] {hit.reference}{who}: {hit.line}\n")
    if not hits:
        print(f"csto-un: no hit for {args.term!r}", file=sys.stderr)
        return 1
    return 0


def _cites(args: argparse.Namespace, out: IO[str]) -> int:
    corpus = _corpus(args)
    document = corpus.get(args.symbol)
    if document is not None:
        cites = corpus.citation_graph().get(document.symbol or "", ())
        out.write(f"{args.symbol} cites: {', '.join(cites) or 'nothing'}\n")
    cited_by = corpus.cited_by(args.symbol)
    out.write(f"{args.symbol} is cited by: {', '.join(cited_by) or 'nothing in the corpus'}\n")
    return 0


def _series(args: argparse.Namespace, out: IO[str]) -> int:
    corpus = _corpus(args)
    every = all_series(corpus.resolutions)
    if not every:
        raise CstoUnError("the corpus holds no resolution")
    if args.key is None:
        out.write(list_series(every) + "\n")
        return 0
    try:
        series = corpus.series(args.key)
    except KeyError:
        known = "; ".join(repr(s.title or "(untitled)") for s in every)
        raise CstoUnError(
            f"no resolution {args.key!r} in the corpus (by symbol or words of a title);"
            f" the series it holds: {known}"
        ) from None
    out.write(describe_series(series) + "\n")
    return 0


def _diff(args: argparse.Namespace, out: IO[str]) -> int:
    old, new = _find(args, args.old), _find(args, args.new)
    if not isinstance(old, Resolution) or not isinstance(new, Resolution):
        raise CstoUnError("diff compares two resolutions")
    comparison = compare(old, new)
    if args.format == "json":
        json.dump(converter.unstructure(comparison), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        colour = out.isatty() and "NO_COLOR" not in os.environ
        out.write(describe_comparison(comparison, colour=colour) + "\n")
    return 0


def _overview(args: argparse.Namespace, out: IO[str]) -> int:
    corpus = _corpus(args)
    out.write(overview(corpus) + "\n")
    for failure in corpus.failures:
        out.write(_skipped(failure) + "\n")
    return 0


_COMMANDS: dict[str | None, Callable[[argparse.Namespace, IO[str]], int]] = {
    None: _overview,
    "show": _show,
    "parse": _parse,
    "speakers": _speakers,
    "kwic": _kwic,
    "cites": _cites,
    "series": _series,
    "diff": _diff,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: the process's arguments); returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return _COMMANDS[args.command](args, sys.stdout)
    except BrokenPipeError:  # piped into `head`: the reader has seen enough
        # Python would complain again when it flushes stdout at exit: point it at nothing.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except (CstoUnError, OSError) as error:
        if args.debug:
            raise
        print(f"csto-un: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # pragma: no cover - interactive
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
