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
from laylint.reporters.terminal import Style, use_color
from laylint.reporters.text import summary as text_summary


def add_arguments(parser) -> None:
    parser.add_argument("paths", nargs="*", default=["."], help="files or folders (default: .)")
    parser.add_argument("--format", "--output-format", dest="format", default="text",
                        help=f"output format: {', '.join(reporters.FORMATS)} (text: full on a terminal, concise otherwise)")
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
                        help=f"worker processes (default: one per 1.5 MB to check, at most the CPUs not already busy "
                             f"and {MAX_DEFAULT_JOBS})")
    parser.add_argument("--cache-dir", type=Path, help="cache folder (default: .laylint_cache at the project root)")
    parser.add_argument("--no-cache", action="store_true", help="do not read or write the cache")
    parser.add_argument("--force-exclude", action="store_true",
                        help="apply the config's exclude to files named on the command line too (for pre-commit)")
    parser.add_argument("--fix", action="store_true", help="apply safe fixes to the files, then report what remains")
    parser.add_argument("--dry-run", action="store_true",
                        help="with --fix or --add-ignores: print the changes as a unified diff, write nothing")
    parser.add_argument("--baseline", type=Path, metavar="FILE",
                        help="report only problems that this baseline (from --write-baseline) does not list")
    parser.add_argument("--write-baseline", type=Path, metavar="FILE",
                        help="write every problem found today to FILE (then adopt with --baseline FILE) and exit 0")
    parser.add_argument("--add-ignores", action="store_true",
                        help="insert <!-- laylint-disable-next-line RULE --> comments for today's problems")
    parser.add_argument("--statistics", action="store_true", help="print how many problems each rule found")
    parser.add_argument("--quiet", "-q", action="store_true", help="print the problems only: no count, no notices")
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                        help="colour the text formats (auto: on a terminal, unless NO_COLOR is set)")
    parser.add_argument("--docs-url", metavar="URL",
                        help="documentation site that rule URLs point at (default: the config's docs_url, else laylint's)")
    parser.add_argument("--junit-warnings", choices=("failure", "skipped", "pass"), default="skipped",
                        help="JUnit: what a problem below --fail-on is (default: skipped; only failures fail the run)")


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
        return pipeline.check_stdin(sys.stdin.buffer.read(), args.stdin_filename, project, args.baseline)
    request = pipeline.Request(args.paths, diff=args.diff, fix=args.fix, dry_run=args.dry_run,
                               force_exclude=args.force_exclude, jobs=args.jobs, cache_dir=args.cache_dir,
                               use_cache=not args.no_cache, config_file=args.config, baseline=args.baseline,
                               write_baseline=args.write_baseline, add_ignores=args.add_ignores)
    return pipeline.check_files(request, project)


def _check_flags(args) -> None:
    if args.config and not args.config.is_file():
        found = "is not a regular file" if args.config.exists() else "not found"
        raise UsageError(f"config file {found}: {args.config}")
    if args.dry_run and not (args.fix or args.add_ignores):
        raise UsageError("--dry-run only goes with --fix or --add-ignores")
    if args.write_baseline and args.diff:
        raise UsageError("--write-baseline records every problem of today: it does not go with --diff")
    if args.fix and args.add_ignores:
        raise UsageError("--fix and --add-ignores do not go together: fix first, then add ignores")
    if args.paths == ["-"] and (args.fix or args.diff or args.add_ignores or args.write_baseline):
        raise UsageError("--fix, --add-ignores, --write-baseline and --diff need files, not standard input")


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


def output_format(args) -> str:
    """`text` is `full` for a person at a terminal, `concise` for pipes, files and logs (so scripts
    and CI see the one-line format they always saw)."""
    if args.format != "text":
        return args.format
    return "full" if not args.output_file and sys.stdout.isatty() else "concise"


def notice(args, text: str) -> None:
    if not args.quiet:
        print(f"laylint: {text}", file=sys.stderr)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


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
    notices.update(outcome.refused)
    for text in sorted(notices):
        notice(args, f"notice: {text}")
    _say_what_changed(args, outcome)
    project_urls = outcome.project.rule_urls(args.docs_url) if outcome.project else {}
    stream = sys.stdout
    report = reporters.Report(diagnostics, outcome.files, outcome.rules, sources=outcome.sources, urls=project_urls,
                              docs_url=outcome.project.docs_url(args.docs_url) if outcome.project else "",
                              color=not args.output_file and use_color(args.color, stream), quiet=args.quiet,
                              fail_on=args.fail_on, junit_below=args.junit_warnings)
    if args.statistics:
        output = statistics(report, "json" if args.format == "json" else "text")
    else:
        output = reporters.render(output_format(args), report)
    if args.output_file:
        args.output_file.write_text(output, encoding="utf-8", errors="surrogateescape")  # as stdout does
    else:
        sys.stdout.write(output)
    if args.timing:
        print_timing(results, outcome.stats)
    if args.write_baseline:
        return 0
    return exit_code(diagnostics, args.fail_on, args.exit_zero)


def _say_what_changed(args, outcome) -> None:
    if outcome.edits and args.fix:
        count = sum(edit.applied for edit in outcome.edits)
        notice(args, f"fixed {_plural(count, 'problem')} in {_plural(len(outcome.edits), 'file')}")
    if args.add_ignores:
        added = sum(item.applied for item in outcome.ignores)
        notice(args, f"added ignore comments for {_plural(added, 'problem')} in {_plural(len(outcome.edits), 'file')}")
        left = sum(item.skipped for item in outcome.ignores)
        if left:
            notice(args, f"{_plural(left, 'problem')} could not get an inline comment (front matter, sidecar metadata, "
                         "table rows or plain-text files): keep them in a baseline (--write-baseline)")
    if outcome.baselined:
        if outcome.baselined.hidden:
            notice(args, f"{_plural(outcome.baselined.hidden, 'problem')} not shown: listed in the baseline {args.baseline}")
        if outcome.baselined.fixed:
            notice(args, f"{_plural(outcome.baselined.fixed, 'baseline entry')} no longer occur: tighten the baseline "
                         f"with --write-baseline {args.baseline}".replace("entrys", "entries"))
    if args.write_baseline:
        count = sum(len(r.diagnostics) for r in outcome.results)
        files = sum(1 for r in outcome.results if r.diagnostics)
        notice(args, f"wrote the baseline {args.write_baseline}: {_plural(count, 'problem')} in {_plural(files, 'file')}")


def statistics(report, fmt: str) -> str:
    """Problems per rule, most first (like `ruff --statistics`)."""
    from collections import Counter

    counts = Counter(d.rule for d in report.diagnostics)
    severity = {}
    fixable = Counter()
    for d in report.diagnostics:
        severity.setdefault(d.rule, d.severity)
        fixable[d.rule] += d.fix is not None and d.fix.safe
    summaries = {rule.id: rule.summary for rule in report.rules}
    ordered = sorted(counts, key=lambda rule: (-counts[rule], rule))
    if fmt == "json":
        import json

        return json.dumps([{"rule": rule, "count": counts[rule], "severity": severity[rule],
                            "fixable": fixable[rule], **({"url": report.urls[rule]} if rule in report.urls else {})}
                           for rule in ordered], indent=2) + "\n"
    style = Style(report.color)
    width = max((len(str(n)) for n in counts.values()), default=1)
    rule_width = max((len(rule) for rule in counts), default=1)
    lines = []
    for rule in ordered:
        mark = "[*]" if fixable[rule] else "[ ]"
        lines.append(f"{counts[rule]:>{width}}  {style('bold', rule.ljust(rule_width))}  "
                     f"{style.severity(severity[rule], severity[rule].ljust(7))}  {mark} {summaries.get(rule, '')}".rstrip())
    if not report.quiet:
        lines.append(text_summary(report))
    return "".join(line + "\n" for line in lines)


def _print_dry_run(outcome) -> int:
    """Like `ruff --diff`: the patch on stdout, exit 1 when there is something to change."""
    sys.stdout.write("".join(fixes.unified_diff(edit, str(edit.path)) for edit in outcome.edits))
    count = sum(edit.applied for edit in outcome.edits)
    verb = "would add ignore comments for" if outcome.ignores else "would fix"
    print(f"laylint: {verb} {_plural(count, 'problem')} in {_plural(len(outcome.edits), 'file')}", file=sys.stderr)
    return 1 if outcome.edits else 0
