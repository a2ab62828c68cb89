"""laylint stats PATH...: word, sentence and syllable counts and every readability score, per file."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from laylint import document as documents
from laylint import engine
from laylint.analysis import Analysis
from laylint.errors import UsageError
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


def file_stats(path: str, text: str, ruleset, nlp_name: str | None = None) -> dict:
    """The stats of one summary: the JSON object `laylint stats --format json` prints for it."""
    analysis = Analysis(documents.parse(path, text), ruleset=ruleset, nlp_name=nlp_name)
    total = document_counts(analysis).total
    scores = {key: round(value, 2) for key, value in all_scores(total).items()}
    return {"path": path, "words": total.words, "sentences": total.sentences, "syllables": total.syllables, **scores}


def _read(path: Path) -> str | None:
    """The file's text, or None (with a notice, like `laylint claims`) when it is not readable text."""
    try:
        text, _, reason = engine.decode(path.read_bytes())
    except OSError as exc:
        text, reason = None, exc.strerror
    if text is None:
        print(f"laylint: notice: {path}: {reason}; skipped", file=sys.stderr)
    return text


def collect(args) -> list[dict]:
    linter = engine.Linter(config_file=args.config)

    def stats(path: str, text: str, config) -> dict:
        return file_stats(path, text, linter.rules_for(config)[0], config.nlp)

    if args.paths == ["-"]:
        return [stats("-", sys.stdin.buffer.read().decode("utf-8", "replace"), linter.config_for(Path.cwd()))]
    texts = ((path, _read(path)) for path in engine.discover_files(args.paths, linter))
    return [stats(str(path), text, linter.config_for(path)) for path, text in texts if text is not None]


def render_text(stats: list[dict]) -> str:
    lines = []
    for item in stats:
        lines.append(item["path"])
        lines.append(f"  words {item['words']}, sentences {item['sentences']}, syllables {item['syllables']}")
        lines += [f"  {label}: {item[key]:.1f}" for key, label in _LABELS.items()]
    return "\n".join(lines) + "\n"


def run(args) -> int:
    if args.config and not args.config.is_file():
        raise UsageError(f"config file not found: {args.config}")
    stats = collect(args)
    if args.format == "json":
        print(json.dumps(stats, indent=2, ensure_ascii=False))
    else:
        print(render_text(stats), end="")
    return 0
