"""Command line entry point. Each subcommand lives in laylint.commands.<name>.

Exit codes (a public contract): 0 no error-severity diagnostic, 1 at least one, 2 usage,
configuration or internal error. No traceback unless --debug.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys

from laylint import __version__
from laylint.errors import UsageError

COMMANDS = ("check", "rules", "explain", "config", "stats", "claims", "report", "lsp")
EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse exits 2 too; keep its one-line style
        self.print_usage(sys.stderr)
        raise UsageError(message)


def _command_modules():
    for name in COMMANDS:
        module = f"laylint.commands.{name}"
        if importlib.util.find_spec(module):
            yield name, importlib.import_module(module)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="laylint", description="Lint lay summaries of medical research.")
    parser.add_argument("--version", action="version", version=f"laylint {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks for internal errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, module in _command_modules():
        command = sub.add_parser(name, help=module.HELP, description=module.HELP)
        command.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        module.add_arguments(command)
        command.set_defaults(run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    debug = "--debug" in argv
    try:
        parser = build_parser()
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
