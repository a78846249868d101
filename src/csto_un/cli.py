"""The ``csto-un`` command: the library's main jobs from the shell.

``csto-un`` alone prints an overview of the bundled corpus; the subcommands mirror the API.
Errors print as one line on standard error with a non-zero exit code (``--debug`` shows the
traceback).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import textwrap
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO

from .comparison import compare
from .corpus import Corpus, LoadFailure, iter_documents, load, load_corpus
from .corpus._corpus import tagged
from .corpus._exports import write_csv, write_jsonl
from .errors import CstoUnError
from .model import ParsedDocument, Resolution
from .render import describe_comparison, describe_series, overview, show
from .serialize import converter

__all__ = ["main"]



def _parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(
        prog="csto-un",
        description="UN meetings and resolutions as typed objects (overview with no command).",
        parents=[_common(argparse.ArgumentParser(add_help=False))],
    )
    parser.set_defaults(corpus=None, debug=False, workers=1)
    # The same options after the command; without a default of their own there, so that a
    # value given before the command ("csto-un --corpus DIR speakers") is not overwritten.
    common = _common(argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS))
    parser.add_argument("--version", action="version", version=f"csto-un {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("show", parents=[common], help="print one document readably")
    p.add_argument("target", metavar="SYMBOL|FILE")

    p = sub.add_parser("parse", parents=[common], help="parse files and folders, export them")
    p.add_argument("files", nargs="+", metavar="FILE|DIR")
    p.add_argument("--format", choices=["json", "jsonl", "csv", "akn"], default="json")
    p.add_argument("--unit", choices=["intervention", "paragraph"], default="intervention")
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    p.add_argument("--strict", action="store_true", help="fail on any diagnostic")

    p = sub.add_parser("speakers", parents=[common], help="who spoke: turns per delegation")
    p.add_argument(
        "--by",
        default="country_code",
        choices=["country_code", "country", "role", "language", "speaker"],
    )

    p = sub.add_parser("kwic", parents=[common], help="keyword in context")
    p.add_argument("term")
    p.add_argument("--window", type=int, default=40)
    p.add_argument("--fold", action="store_true", help="ignore case and accents")

    p = sub.add_parser("cites", parents=[common], help="what a document cites, and who cites it")
    p.add_argument("symbol")

    p = sub.add_parser("series", parents=[common], help="the timeline of a resolution series")
    p.add_argument(
        "key",
        nargs="?",
        default="Collective Security Treaty Organization",
        help="a member's symbol or words of its title (default: the UN–CSTO series)",
    )

    p = sub.add_parser("diff", parents=[common], help="what changed between two resolutions")
    p.add_argument("old", metavar="OLD", help="a symbol in the corpus, or a file")
    p.add_argument("new", metavar="NEW", help="a symbol in the corpus, or a file")
    p.add_argument("--format", choices=["text", "json"], default="text")
    return parser


def _common(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options every command takes, before or after the command's name."""
    parser.add_argument(
        "--corpus", metavar="DIR", help="a folder of PDFs, text and Markdown (default: bundled)"
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    parser.add_argument(
        "--workers", metavar="N", type=_positive, help="parse in N processes (default: 1)"
    )
    return parser


def _positive(text: str) -> int:
    number = int(text)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {number}")
    return number


def _corpus(args: argparse.Namespace) -> Corpus:
    return load_corpus(args.corpus, workers=args.workers) if args.corpus else load_corpus()


def _find(args: argparse.Namespace, target: str) -> ParsedDocument:
    if Path(target).is_file():
        return load(target)
    corpus = _corpus(args)
    found = corpus.get(target)
    if found is None:
        raise CstoUnError(f"no document {target!r} in the corpus (and no such file)")
    return found


def _write_json(documents: Iterable[ParsedDocument], out: IO[str]) -> None:
    """One JSON object for one document (:func:`~csto_un.to_json`'s), else a list tagged with
    each document's type that :meth:`Corpus.from_json` reads back, written as the documents
    come (the text ``json.dump`` would write of the whole list, without holding it)."""
    iterator = iter(documents)
    first, second = next(iterator, None), next(iterator, None)
    if first is None or second is None:
        data = [] if first is None else converter.unstructure(first)
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    out.write("[\n")
    for position, document in enumerate(itertools.chain((first, second), iterator)):
        text = json.dumps(tagged(document), ensure_ascii=False, indent=2)
        out.write((",\n" if position else "") + textwrap.indent(text, "  "))
    out.write("\n]\n")


def _export(documents: Iterable[ParsedDocument], fmt: str, unit: str, out: IO[str]) -> None:
    """Write the documents in ``fmt``, each as soon as it is parsed (memory stays flat)."""
    if fmt == "json":
        _write_json(documents, out)
    elif fmt == "jsonl":
        write_jsonl(documents, out, unit=unit)
    elif fmt == "csv":
        write_csv(documents, out, unit=unit)
    else:
        from .akn import to_akoma_ntoso

        for document in documents:
            out.write(to_akoma_ntoso(document))
            out.write("\n")


def _parse(args: argparse.Namespace, out: IO[str]) -> int:
    """``csto-un parse``: every file (folders walked), parts of a meeting joined, in
    ``--workers`` processes; what cannot be parsed is skipped and reported (exit status 1),
    or stops the command with ``--strict``."""
    failures: list[LoadFailure] = []
    documents = iter_documents(args.files, strict=args.strict, workers=args.workers,
                               failures=failures)
    if args.output:
        with Path(args.output).open("w", encoding="utf-8", newline="") as handle:
            _export(documents, args.format, args.unit, handle)
    else:
        _export(documents, args.format, args.unit, out)
    for failure in failures:
        print(f"csto-un: {_skipped(failure)}", file=sys.stderr)
    return 1 if failures else 0


def _skipped(failure: LoadFailure) -> str:
    """"skipped" and the failure's error, which names its file (the path is added if not)."""
    named = failure.error.startswith(failure.path)
    return f"skipped {'' if named else failure.path + ': '}{failure.error}"


def _run(args: argparse.Namespace, out: IO[str]) -> int:
    command = args.command
    if command is None:
        corpus = _corpus(args)
        out.write(overview(corpus) + "\n")
        for failure in corpus.failures:
            out.write(_skipped(failure) + "\n")
    elif command == "show":
        out.write(show(_find(args, args.target)) + "\n")
    elif command == "parse":
        return _parse(args, out)
    elif command == "speakers":
        corpus = _corpus(args)
        for value, count in corpus.counts(by=args.by).most_common():
            out.write(f"{count:>5}  {value}\n")
    elif command == "kwic":
        for hit in _corpus(args).kwic(args.term, window=args.window, fold=args.fold):
            who = f" {hit.speaker} ({hit.country_code or '-'})" if hit.speaker else ""
            out.write(f"{hit.symbol}{who} ¶{hit.paragraph}: {hit.line}\n")
    elif command == "cites":
        corpus = _corpus(args)
        document = corpus.get(args.symbol)
        if document is not None:
            cites = corpus.citation_graph().get(document.symbol or "", ())
            out.write(f"{args.symbol} cites: {', '.join(cites) or 'nothing'}\n")
        cited_by = corpus.cited_by(args.symbol)
        out.write(f"{args.symbol} is cited by: {', '.join(cited_by) or 'nothing in the corpus'}\n")
    elif command == "series":
        try:
            series = _corpus(args).series(args.key)
        except KeyError as error:
            raise CstoUnError(str(error.args[0])) from None
        out.write(describe_series(series) + "\n")
    elif command == "diff":
        old, new = _find(args, args.old), _find(args, args.new)
        if not isinstance(old, Resolution) or not isinstance(new, Resolution):
            raise CstoUnError("diff compares two resolutions")
        comparison = compare(old, new)
        if args.format == "json":
            json.dump(converter.unstructure(comparison), out, ensure_ascii=False, indent=2)
            out.write("\n")
        else:
            out.write(describe_comparison(comparison) + "\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: the process's arguments); returns the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return _run(args, sys.stdout)
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
