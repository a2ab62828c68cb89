"""laylint stats PATH...: word, sentence and syllable counts and every readability score, per file."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from laylint import pipeline
from laylint.errors import UsageError
from laylint.pipeline.files import discover
from laylint.readability.counts import document_counts
from laylint.readability.formulas import all_scores

_LABELS = {
    "flesch_kincaid_grade": "Flesch-Kincaid grade", "flesch_reading_ease": "Flesch reading ease",
    "smog": "SMOG grade", "coleman_liau": "Coleman-Liau grade", "dale_chall": "Dale-Chall score",
    "ari": "Automated readability index",
}


def add_arguments(parser) -> None:
    parser.add_argument("paths", nargs="+", help="files or folders (folders are searched recursively; - reads standard input)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--config", type=Path, help="use this config file instead of discovering one")


def file_stats(opened) -> dict | None:
    """The stats of one opened summary: the JSON object `laylint stats --format json` prints for it
    (None, with a notice, when it could not be read)."""
    if opened.analysis is None:
        reason = opened.diagnostics[0].message if opened.diagnostics else "not checked"
        print(f"laylint: notice: {opened.path}: {reason}; skipped", file=sys.stderr)
        return None
    total = document_counts(opened.analysis).total
    scores = {key: round(value, 2) for key, value in all_scores(total).items()}
    return {"path": opened.path, "words": total.words, "sentences": total.sentences, "syllables": total.syllables, **scores}


def collect(args) -> list[dict]:
    project = pipeline.Project(config_file=args.config)
    if args.paths == ["-"]:
        opened = [project.lint_text(sys.stdin.buffer.read(), None, "-", run_checks=False)]
    else:
        opened = (project.open_file(path) for path in discover(args.paths, project))
    return [stats for stats in map(file_stats, opened) if stats is not None]


def render_text(stats: list[dict]) -> str:
    lines = []
    for item in stats:
        lines.append(item["path"])
        lines.append(f"  words {item['words']}, sentences {item['sentences']}, syllables {item['syllables']}")
        lines += [f"  {label}: {item[key]:.1f}" for key, label in _LABELS.items()]
    return "\n".join(lines) + "\n"


def run(args) -> int:
    if args.config and not args.config.is_file():
        found = "is not a regular file" if args.config.exists() else "not found"
        raise UsageError(f"config file {found}: {args.config}")
    stats = collect(args)
    if args.format == "json":
        print(json.dumps(stats, indent=2, ensure_ascii=False))
    else:
        print(render_text(stats), end="")
    return 0
