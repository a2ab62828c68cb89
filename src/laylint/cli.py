"""Command line entry point. Each subcommand lives in laylint.commands.<name>.

Exit codes (a public contract): 0 no error-severity diagnostic, 1 at least one, 2 usage,
configuration or internal error. No traceback unless --debug.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from laylint import __version__
from laylint.errors import UsageError

# name -> one line of help; a command's module is imported only when that command runs (start-up time).
COMMANDS = {
    "check": "check summary files (folders are searched recursively; - reads standard input)",
    "rules": "list the rules (id, severity, default on/off, one line each)",
    "explain": "explain a rule: description, rationale and examples",
    "init": "write a commented .laylint.yaml (or [tool.laylint] in pyproject.toml) to start from",
    "config": "print the resolved configuration (and the rules that would run) for a path",
    "stats": "print word, sentence and syllable counts and every readability score",
    "claims": "print the claims laylint extracted from each summary, with their verdicts",
    "draft": "draft a summary's source metadata (the study facts) from the study's abstract, for review",
    "report": "write a self-contained HTML review page of the summaries",
    "lsp": "start the language server (LSP over stdio) for editors",
}
EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse exits 2 too; keep its one-line style
        self.print_usage(sys.stderr)
        raise UsageError(message)


def _chosen(argv: list[str]) -> str | None:
    return next((arg for arg in argv if not arg.startswith("-")), None)


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    parser = _Parser(prog="laylint", description="Lint lay summaries of medical research.")
    parser.add_argument("--version", action="version", version=f"laylint {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks for internal errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    chosen = _chosen(argv or [])
    for name, help_text in COMMANDS.items():
        command = sub.add_parser(name, help=help_text, description=help_text)
        command.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        if name == chosen:
            module = importlib.import_module(f"laylint.commands.{name}")
            module.add_arguments(command)
            command.set_defaults(run=module.run)
    return parser


# The cyclic garbage collector's default (a young collection every 700 new objects) spent ~40% of
# parsing a 2 MB file of headings and ~9% of checking 891 summaries, finding almost no cycles.
GC_THRESHOLD = (50_000, 20, 100)


def _fewer_collections() -> None:
    import gc

    if gc.get_threshold()[0] < GC_THRESHOLD[0]:
        gc.set_threshold(*GC_THRESHOLD)


def main(argv: list[str] | None = None) -> int:
    if argv is not None:  # called from Python (tests, scripts): the caller's collector is left alone
        return _main(argv)
    from laylint import heap  # the process's own command: see laylint.heap

    argv = sys.argv[1:]
    if _chosen(argv) == "check":
        heap.pause()  # until the first file's setup is built (laylint.pipeline.run)
    try:
        return _main(argv)
    finally:
        heap.before_exit()


def _main(argv: list[str]) -> int:
    _fewer_collections()
    debug = "--debug" in argv
    try:
        parser = build_parser(argv)
        args = parser.parse_args(argv)
        if not getattr(args, "run", None):
            parser.print_help()
            return EXIT_USAGE
        return args.run(args)
    except UsageError as exc:
        print(f"laylint: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # an internal error is still one line and exit 2
        if debug:
            raise
        print(f"laylint: internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    raise SystemExit(main())
