"""laylint claims PATH: the figures laylint read in each summary, with the drug, outcome and verdict
it gave them, so writers and reviewers can see how a verdict came about."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from laylint import document as documents
from laylint import engine
from laylint.analysis import Analysis
from laylint.errors import UsageError



def add_arguments(parser) -> None:
    parser.add_argument("paths", nargs="+", help="summary files or folders")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--all", action="store_true", help="also list dates, doses, ages and other non-claims")
    parser.add_argument("--config", type=Path, help="use this config file instead of discovering one")


def analyse(path: Path, linter: engine.Linter) -> Analysis | None:
    ruleset, _ = linter.rules_for(linter.config_for(path))
    try:
        text, _, _ = engine.decode(path.read_bytes())
    except OSError as exc:
        raise UsageError(f"cannot read: {exc.strerror}", str(path)) from None
    if text is None:
        return None
    document = documents.parse(str(path), text)
    sidecar_path, sidecar_text = engine.read_sidecar(str(path))
    meta, problems, _ = engine.load_metadata(document, sidecar_text, sidecar_path)
    return Analysis(document, meta, problems, ruleset, linter.config_for(path).nlp)


def rows(path: str, analysis: Analysis, everything: bool) -> list[dict]:
    from laylint.claims import extract

    found = []
    for claim in extract(analysis):
        if claim.verdict == "unattached" and not everything:
            continue
        line, column, _, _ = analysis.span_location(claim.start, claim.end)
        found.append({
            "path": path, "line": line, "column": column, "text": claim.text, "value": claim.value,
            "unit": claim.unit, "drug": claim.drug, "outcome": claim.outcome, "verdict": claim.verdict,
            "finding": claim.finding.describe() if claim.finding else None, "message": claim.message,
        })
    return found


def run(args) -> int:
    linter = engine.Linter(config_file=args.config)
    results = []
    for path in engine.discover_files(args.paths, linter):
        analysis = analyse(path, linter)
        if analysis is None:
            print(f"laylint: notice: {path}: not readable as UTF-8 text; skipped", file=sys.stderr)
            continue
        if analysis.metadata is None:
            print(f"laylint: notice: {path}: no source metadata; every figure is unsupported", file=sys.stderr)
        results.extend(rows(str(path), analysis, args.all))
    if args.format == "json":
        print(json.dumps(results, indent=2, ensure_ascii=False))
        return 0
    for row in results:
        print(f"{row['path']}:{row['line']}:{row['column']}: {row['verdict']:18} {row['text']!r}: {row['message']}")
    print(f"{len(results)} claim{'s' if len(results) != 1 else ''}")
    return 0
