"""laylint claims PATH: the figures laylint read in each summary, with the drug, outcome and verdict
it gave them, so writers and reviewers can see how a verdict came about."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from laylint import pipeline
from laylint.pipeline.files import discover


def add_arguments(parser) -> None:
    parser.add_argument("paths", nargs="+", help="summary files or folders")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--all", action="store_true", help="also list dates, doses, ages and other non-claims")
    parser.add_argument("--config", type=Path, help="use this config file instead of discovering one")


def rows(path: str, analysis, everything: bool) -> list[dict]:
    from laylint.claims import extract
    from laylint.claims.backing import backing, where

    found = []
    for claim in extract(analysis):
        if claim.verdict == "unattached" and not everything:
            continue
        line, column, _, _ = analysis.span_location(claim.start, claim.end)
        found.append({
            "path": path, "line": line, "column": column, "text": claim.text, "value": claim.value,
            "unit": claim.unit, "drug": claim.drug, "outcome": claim.outcome, "verdict": claim.verdict,
            "finding": claim.finding.describe() if claim.finding else None, "message": claim.message,
            "backed_by": f"{where(analysis, backed)}: {backed.describe()}" if (backed := backing(analysis, claim)) else None,
        })
    return found


def drafted_facts(analysis, metadata=None) -> list[str]:
    """The facts drafted from an abstract sidecar, one line each with its line in the abstract."""
    metadata = metadata or analysis.metadata
    lines = [f"  {metadata.drafted_from}:{finding.line}: {finding.describe()}"
             + (f" vs {finding.comparator}" if finding.comparator else "") for finding in metadata.findings]
    totals = [f"{key} {getattr(metadata, key)}" for key in ("studies", "participants") if getattr(metadata, key) is not None]
    return ([f"  totals: {', '.join(totals)}"] if totals else []) + lines


def run(args) -> int:
    from laylint.claims.backing import twin

    project = pipeline.Project(config_file=args.config)
    results = []
    for path in discover(args.paths, project):
        opened = project.open_file(path)
        analysis = opened.analysis
        if analysis is None:
            reason = opened.diagnostics[0].message if opened.diagnostics else "not checked"
            print(f"laylint: notice: {path}: {reason}; skipped", file=sys.stderr)
            continue
        if analysis.metadata is None:
            print(f"laylint: notice: {path}: no source metadata; every figure is unsupported", file=sys.stderr)
        found = rows(str(path), analysis, args.all)
        drafted = analysis.metadata.drafted_from if analysis.metadata is not None else None
        for row in found:
            row["drafted_from"] = drafted
        if drafted and args.format == "text":
            print(f"{path}: facts drafted from {drafted} (review them with `laylint draft {drafted}`):")
            print("\n".join(drafted_facts(analysis)))
        backing = twin(analysis)
        if backing is not None and args.format == "text":
            print(f"{path}: figures the metadata does not list are looked up in facts drafted from "
                  f"{backing.metadata.drafted_from} (info when it states them):")
            print("\n".join(drafted_facts(analysis, backing.metadata)))
        results.extend(found)
    if args.format == "json":
        print(json.dumps(results, indent=2, ensure_ascii=False))
        return 0
    for row in results:
        print(f"{row['path']}:{row['line']}:{row['column']}: {row['verdict']:18} {row['text']!r}: {row['message']}")
    print(f"{len(results)} claim{'s' if len(results) != 1 else ''}")
    return 0
