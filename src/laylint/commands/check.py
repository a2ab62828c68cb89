"""laylint check: lint summary files and report diagnostics."""

from __future__ import annotations

import sys
from pathlib import Path

from laylint import pipeline, reporters
from laylint.commands import split_ids
from laylint.pipeline import fixes
from laylint.pipeline.run import MAX_DEFAULT_JOBS
from laylint.diagnostics import SEVERITY_RANK
from laylint.errors import UsageError


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
    parser.add_argument("--diff", "--changed-since", dest="diff", metavar="REV",
                        help="only files changed since the merge-base of REV and HEAD (plus uncommitted and "
                             "untracked files), and only problems on changed lines")
    parser.add_argument("--jobs", "-j", type=_positive_int, metavar="N",
                        help=f"worker processes (default: number of CPUs, at most {MAX_DEFAULT_JOBS})")
    parser.add_argument("--cache-dir", type=Path, help="cache folder (default: .laylint_cache at the project root)")
    parser.add_argument("--no-cache", action="store_true", help="do not read or write the cache")
    parser.add_argument("--force-exclude", action="store_true",
                        help="apply the config's exclude to files named on the command line too (for pre-commit)")
    parser.add_argument("--fix", action="store_true", help="apply safe fixes to the files, then report what remains")
    parser.add_argument("--dry-run", action="store_true", help="with --fix: print the fixes as a unified diff, write nothing")


def _positive_int(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {value}")
    return value


def lint(args) -> pipeline.Outcome:
    """Lint the paths in args, applying --diff and --fix."""
    _check_flags(args)
    project = pipeline.Project(split_ids(args.select), split_ids(args.ignore), args.config)
    if args.paths == ["-"]:
        return pipeline.check_stdin(sys.stdin.buffer.read(), args.stdin_filename, project)
    request = pipeline.Request(args.paths, diff=args.diff, fix=args.fix, dry_run=args.dry_run,
                               force_exclude=args.force_exclude, jobs=args.jobs, cache_dir=args.cache_dir,
                               use_cache=not args.no_cache, config_file=args.config)
    return pipeline.check_files(request, project)


def _check_flags(args) -> None:
    if args.config and not args.config.is_file():
        raise UsageError(f"config file not found: {args.config}")
    if args.dry_run and not args.fix:
        raise UsageError("--dry-run only goes with --fix")
    if args.paths == ["-"] and (args.fix or args.diff):
        raise UsageError("--fix and --diff need files, not standard input")


def exit_code(diagnostics, fail_on: str, exit_zero: bool) -> int:
    if exit_zero:
        return 0
    threshold = SEVERITY_RANK[fail_on]
    return 1 if any(SEVERITY_RANK[d.severity] >= threshold for d in diagnostics) else 0


def print_timing(results, stats=None) -> None:
    """Time per stage summed over files, and so over worker processes (can exceed the run's wall time)."""
    if stats:
        print(f"files {stats.files}, cache hits {stats.cache_hits}, worker processes {stats.workers}", file=sys.stderr)
    totals: dict[str, float] = {}
    for result in results:
        for key, seconds in result.timings.items():
            totals[key] = totals.get(key, 0.0) + seconds
    for key, seconds in sorted(totals.items(), key=lambda item: -item[1]):
        print(f"{key:24} {seconds * 1000:10.1f} ms", file=sys.stderr)


def run(args) -> int:
    if args.format not in reporters.available():
        raise UsageError(f"unknown format {args.format!r} (choose from {', '.join(reporters.available())})")
    outcome = lint(args)
    results = outcome.results
    if args.dry_run:
        return _print_dry_run(outcome)
    diagnostics = sorted((d for r in results for d in r.diagnostics), key=lambda d: d.sort_key())
    notices = {n for r in results for n in r.notices}
    if outcome.stats and outcome.stats.cache_problem:
        notices.add(outcome.stats.cache_problem)
    for notice in sorted(notices):
        print(f"laylint: notice: {notice}", file=sys.stderr)
    if outcome.edits:
        count = sum(edit.applied for edit in outcome.edits)
        print(f"laylint: fixed {count} problem{'s' if count != 1 else ''} in {len(outcome.edits)} "
              f"file{'s' if len(outcome.edits) != 1 else ''}", file=sys.stderr)
    output = reporters.render(args.format, reporters.Report(diagnostics, outcome.files, outcome.rules))
    if args.output_file:
        args.output_file.write_text(output, encoding="utf-8", errors="surrogateescape")  # as stdout does
    else:
        sys.stdout.write(output)
    if args.timing:
        print_timing(results, outcome.stats)
    return exit_code(diagnostics, args.fail_on, args.exit_zero)


def _print_dry_run(outcome) -> int:
    """Like `ruff --diff`: the patch on stdout, exit 1 when there is something to fix."""
    sys.stdout.write("".join(fixes.unified_diff(edit, str(edit.path)) for edit in outcome.edits))
    count = sum(edit.applied for edit in outcome.edits)
    print(f"laylint: would fix {count} problem{'s' if count != 1 else ''} in {len(outcome.edits)} "
          f"file{'s' if len(outcome.edits) != 1 else ''}", file=sys.stderr)
    return 1 if outcome.edits else 0
