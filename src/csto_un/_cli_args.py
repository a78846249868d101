"""The ``csto-un`` command line: its options, and the help each command prints.

Every command has a description, a help text for each argument and examples; the filters
(``--meeting``, ``--symbol``, ``--body``, ``--language``, ``--since``, ``--until``) are shared
by ``show``, ``parse``, ``speakers`` and ``kwic``. :mod:`csto_un.cli` runs the commands.
"""

from __future__ import annotations

import argparse
import datetime as dt
import textwrap

from .corpus._exports import UNITS

__all__ = ["build_parser"]

_MAIN_EXAMPLES = """\
examples:
  csto-un                                   overview of the bundled corpus
  csto-un show A/RES/79/10                  one document, readably
  csto-un --corpus records/ speakers        who spoke in your own folder of documents
  csto-un kwic Kazakhstan --window 30       keyword in context
  csto-un parse records/ --format csv -o turns.csv --workers 4
  csto-un COMMAND --help                    a command's options and examples
"""

_COMMANDS: dict[str, tuple[str, str, str]] = {
    # name: (one-line help, description, examples)
    "show": (
        "print one document (or the documents the filters select) readably",
        "Print a document readably: a meeting's every turn (numbered 1, 2, 3 …) and procedural"
        " note, with a legend of the marks; a resolution's every paragraph and footnote. Give a"
        " symbol of the corpus or a file; without one, every document the filters select.",
        "  csto-un show A/RES/79/10\n"
        "  csto-un show records/S_PV.8699_E.pdf\n"
        "  csto-un --corpus ../shared/corpus/multilingual show S/PV.9642 --language ru\n"
        "  csto-un show --body 'General Assembly' --since 2022-01-01",
    ),
    "parse": (
        "parse files and folders, export them (JSON, JSON Lines, CSV, Parquet, Akoma Ntoso)",
        "Parse PDF, text and Markdown files (folders are walked) as meetings or resolutions and"
        " write them: whole documents (json, akn) or one row per speaker turn, paragraph or"
        " sub-paragraph (jsonl, csv, parquet; the columns are in docs/corpus.md). A document the"
        " unit does not fit (a resolution has no speaker turns) is named on standard error, and"
        " nothing exported is an error, never an empty success. A file that cannot be parsed"
        " is skipped and named; the exit status is then 1. An output file is written whole or"
        " not at all.",
        "  csto-un parse A_RES_79_10.pdf --format csv --unit paragraph\n"
        "  csto-un parse records/ --format jsonl --workers 4 -o turns.jsonl\n"
        "  csto-un parse records/ --format parquet --unit paragraph -o paragraphs.parquet\n"
        "  csto-un parse records/ --body 'Security Council' --since 2020-01-01 -o sc.json",
    ),
    "speakers": (
        "who spoke: each speaker with delegation, role, turns and languages",
        "List every speaker of the corpus's meetings: name, delegation and its ISO code, role,"
        " number of turns, and the languages the turns were delivered in (with how many turns"
        " each), most turns first. --by counts turns per delegation, role, language or speaker"
        " instead. --language selects turns delivered in that language, --since/--until"
        " meetings by date.",
        "  csto-un speakers\n"
        "  csto-un speakers --by language\n"
        "  csto-un --corpus records/ speakers --meeting S/PV.8699 --language fr",
    ),
    "kwic": (
        "keyword in context: each occurrence of a word, where and who",
        "Find a word or phrase in every speech and resolution paragraph and print each"
        " occurrence in its context: the document, its language, the paragraph ('op. 5',"
        " 'pre. 3', 'turn 12 ¶2'), the speaker and delegation for speeches, and the text"
        " around the match in brackets. Whole words, any case, by default. No occurrence is"
        " said on standard error, with exit status 1 (as grep does).",
        "  csto-un kwic Kazakhstan\n"
        "  csto-un kwic 'peacekeeping operation' --window 60\n"
        "  csto-un kwic 'kazakhstan\\w*' --regex --fold\n"
        "  csto-un kwic CSTO --case-sensitive --body 'General Assembly'",
    ),
    "cites": (
        "what a document cites, and which documents of the corpus cite it",
        "Print the symbols a document cites (when the corpus holds it) and the documents of the"
        " corpus that cite it.",
        "  csto-un cites A/RES/77/13\n  csto-un cites A/RES/59/50",
    ),
    "series": (
        "the series of resolutions the corpus holds, or one series's timeline",
        "Without KEY, list the series of resolutions the corpus holds (resolutions with the"
        " same title, their drafts, the earlier members their texts cite). With KEY, print that"
        " series's timeline in date order, each date saying what it is (adopted, distributed).",
        "  csto-un series\n"
        "  csto-un series A/RES/75/276\n"
        "  csto-un series 'Collective Security Treaty'",
    ),
    "diff": (
        "what changed between two resolutions, word by word",
        "Compare two resolutions (or a draft and its resolution): header fields that changed,"
        " paragraphs and footnotes added or removed, and each word edit inside its sentence, a"
        " few words either side, as [-old-]{+new+} (in red and green on a terminal; set NO_COLOR"
        " to turn colour off). --format json prints the comparison as JSON.",
        "  csto-un diff A/RES/77/13 A/RES/79/10\n"
        "  csto-un diff A/79/L.11 A/RES/79/10 --format json",
    ),
}


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {text!r}") from None


def _not_negative(text: str) -> int:
    number = int(text)
    if number < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {number}")
    return number


def _positive(text: str) -> int:
    number = int(text)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {number}")
    return number


def _common(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options every command takes, before or after the command's name."""
    parser.add_argument(
        "--corpus", metavar="DIR", help="a folder of PDFs, text and Markdown (default: bundled)"
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    parser.add_argument(
        "--workers", metavar="N", type=_positive, help="parse in N processes (default: 1)"
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true",
        help="no progress bar (shown on a terminal while a folder is parsed)",
    )  # fmt: skip
    return parser


def _filters(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(
        "filters", "which documents to work on (dates inclusive, YYYY-MM-DD)"
    )
    group.add_argument(
        "--meeting", metavar="SYMBOL", action="append",
        help="only this meeting (its parts included); may be repeated",
    )  # fmt: skip
    group.add_argument(
        "--symbol", metavar="SYMBOL", action="append",
        help="only the document with this symbol, of any kind; may be repeated",
    )  # fmt: skip
    group.add_argument(
        "--body", metavar="BODY", help="'Security Council', 'General Assembly' or initials (SC, GA)"
    )
    group.add_argument(
        "--language", metavar="CODE",
        help="ISO 639-1 code: the document's language (speakers: the language delivered)",
    )  # fmt: skip
    group.add_argument(
        "--since", metavar="DATE", type=_date,
        help="meetings held, resolutions adopted (else distributed) on or after DATE",
    )  # fmt: skip
    group.add_argument("--until", metavar="DATE", type=_date, help="… on or before DATE")


def _command(sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str,
             common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    short, description, examples = _COMMANDS[name]
    return sub.add_parser(
        name,
        parents=[common],
        help=short,
        description=textwrap.fill(description, width=80),
        epilog="examples:\n" + examples,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def build_parser() -> argparse.ArgumentParser:
    """The ``csto-un`` argument parser, every command with its options and help."""
    from . import __version__

    parser = argparse.ArgumentParser(
        prog="csto-un",
        description=textwrap.fill(
            "UN meetings and resolutions as typed objects, from the shell. With no command, an"
            " overview of the corpus (the bundled one, or --corpus DIR).",
            width=80,
        ),
        parents=[_common(argparse.ArgumentParser(add_help=False))],
        epilog=_MAIN_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(corpus=None, debug=False, workers=1, quiet=False)
    # The same options after the command; without a default of their own there, so that a
    # value given before the command ("csto-un --corpus DIR speakers") is not overwritten.
    common = _common(argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS))
    parser.add_argument("--version", action="version", version=f"csto-un {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = _command(sub, "show", common)
    p.add_argument(
        "target", metavar="SYMBOL|FILE", nargs="?",
        help="a symbol of the corpus (A/RES/79/10, S/PV.8967) or a PDF, text or Markdown file",
    )  # fmt: skip
    _filters(p)

    _parse_command(sub, common)

    p = _command(sub, "speakers", common)
    p.add_argument(
        "--by", choices=["country_code", "country", "role", "language", "speaker"],
        help="count turns per delegation code, delegation, role, language or speaker instead",
    )  # fmt: skip
    _filters(p)

    _kwic_command(sub, common)

    p = _command(sub, "cites", common)
    p.add_argument("symbol", metavar="SYMBOL", help="a document symbol, in the corpus or not")

    p = _command(sub, "series", common)
    p.add_argument(
        "key", nargs="?", metavar="KEY",
        help="a member's symbol or words of its title; without it, the list of series",
    )  # fmt: skip

    p = _command(sub, "diff", common)
    p.add_argument("old", metavar="OLD", help="a symbol in the corpus, or a file")
    p.add_argument("new", metavar="NEW", help="a symbol in the corpus, or a file")
    p.add_argument(
        "--format", choices=["text", "json"], default="text",
        help="text: readable (default); json: the Comparison as JSON",
    )  # fmt: skip
    return parser


def _parse_command(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                   common: argparse.ArgumentParser) -> None:
    """``csto-un parse``: files to JSON, JSON lines, CSV, Parquet or Akoma Ntoso."""
    p = _command(sub, "parse", common)
    p.add_argument("files", nargs="+", metavar="FILE|DIR", help="files, and folders to walk")
    p.add_argument(
        "--format", choices=["json", "jsonl", "csv", "parquet", "akn"], default="json",
        help="json: whole documents; jsonl, csv, parquet: one row per --unit; akn: Akoma"
        " Ntoso XML (default: json)",
    )  # fmt: skip
    p.add_argument(
        "--unit", choices=UNITS,
        help="a row per speaker turn (intervention, the default), per paragraph of speeches"
        " and resolutions, or per resolution sub-paragraph; for jsonl, csv and parquet",
    )  # fmt: skip
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    p.add_argument(
        "--strict", action="store_true", help="stop at the first file with a problem"
    )
    p.add_argument(
        "--keep-formulas", action="store_true",
        help="csv: write cells starting with = + - @ as they are (by default they get a"
        " leading ' so that a spreadsheet does not run them as formulas)",
    )  # fmt: skip
    _filters(p)


def _kwic_command(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                  common: argparse.ArgumentParser) -> None:
    """``csto-un kwic``: a word or phrase in its context."""
    p = _command(sub, "kwic", common)
    p.add_argument("term", help="the word or phrase to find (a regular expression with --regex)")
    p.add_argument(
        "--window", type=_not_negative, default=40, metavar="N",
        help="characters of context either side (default: 40)",
    )  # fmt: skip
    p.add_argument("--fold", action="store_true", help="ignore accents as well as case")
    p.add_argument("--case-sensitive", action="store_true", help="match case exactly")
    p.add_argument(
        "--regex", action="store_true",
        help="TERM is a Python regular expression, matched as written (not as whole words)",
    )  # fmt: skip
    _filters(p)
