"""laylint check: lint summary files and report diagnostics."""

from __future__ import annotations

import sys
from pathlib import Path

from laylint import engine, reporters
from laylint.commands import split_ids
from laylint.diagnostics import SEVERITY_RANK
from laylint.errors import UsageError

HELP = "check summary files (folders are searched recursively; - reads standard input)"


def add_arguments(parser) -> None:
    parser.add_argument("paths", nargs="*", default=["."], help="files or folders (default: .)")
    parser.add_argument("--format", default="text", help=f"output format: {', '.join(reporters.FORMATS)}")
    parser.add_argument("--select", action="append", help="only these rule ids or families (comma-separated)")
    parser.add_argument("--ignore", action="append", help="skip these rule ids or families (comma-separated)")
    parser.add_argument("--config", type=Path, help="use this config file instead of discovering one")
    parser.add_argument("--stdin-filename", help="the name (and place, for config and sidecar) of standard input")
    parser.add_argument("--output-file", "-o", type=Path, help="write the report to this file")
    parser.add_argument("--exit-zero", action="store_true", help="exit 0 even when problems are found")
    parser.add_argument("--fail-on", choices=("error", "warning", "info"), default="error",
                        help="lowest severity that makes the run fail (default: error)")
    parser.add_argument("--timing", action="store_true", help="print time spent per rule kind and for parsing")


def lint(args) -> tuple[list, list[str], list]:
    """(results, files, rules that ran) for the paths in args."""
    linter = engine.Linter(split_ids(args.select), split_ids(args.ignore), args.config)
    if args.config and not args.config.is_file():
        raise UsageError(f"config file not found: {args.config}")
    results = []
    if args.paths == ["-"]:
        results.append(linter.lint_stdin(sys.stdin.buffer.read(), args.stdin_filename))
    else:
        for path in engine.discover_files(args.paths, linter):
            results.append(linter.lint_file(path))
    ran = {rule.id: rule for _, rules in linter._rules.values() for rule in rules}
    return results, [r.path for r in results], sorted(ran.values(), key=lambda r: r.id)


def exit_code(diagnostics, fail_on: str, exit_zero: bool) -> int:
    if exit_zero:
        return 0
    threshold = SEVERITY_RANK[fail_on]
    return 1 if any(SEVERITY_RANK[d.severity] >= threshold for d in diagnostics) else 0


def print_timing(results) -> None:
    totals: dict[str, float] = {}
    for result in results:
        for key, seconds in result.timings.items():
            totals[key] = totals.get(key, 0.0) + seconds
    for key, seconds in sorted(totals.items(), key=lambda item: -item[1]):
        print(f"{key:24} {seconds * 1000:10.1f} ms", file=sys.stderr)


def run(args) -> int:
    if args.format not in reporters.available():
        raise UsageError(f"unknown format {args.format!r} (choose from {', '.join(reporters.available())})")
    results, files, rules = lint(args)
    diagnostics = sorted((d for r in results for d in r.diagnostics), key=lambda d: d.sort_key())
    for notice in sorted({n for r in results for n in r.notices}):
        print(f"laylint: notice: {notice}", file=sys.stderr)
    output = reporters.render(args.format, reporters.Report(diagnostics, files, rules))
    if args.output_file:
        args.output_file.write_text(output, encoding="utf-8")
    else:
        sys.stdout.write(output)
    if args.timing:
        print_timing(results)
    return exit_code(diagnostics, args.fail_on, args.exit_zero)
