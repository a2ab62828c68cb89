"""laylint report PATH... -o report.html: the review page for medical reviewers."""

from __future__ import annotations

from pathlib import Path

from laylint import engine
from laylint.atomic import write_atomically
from laylint.commands import split_ids
from laylint.errors import UsageError



def add_arguments(parser) -> None:
    parser.add_argument("paths", nargs="+", help="files or folders")
    parser.add_argument("-o", "--output", type=Path, default=Path("laylint-report.html"), help="the HTML file to write")
    parser.add_argument("--select", action="append")
    parser.add_argument("--ignore", action="append")
    parser.add_argument("--config", type=Path)


def lint_for_review(linter: engine.Linter, path: Path):
    config = linter.config_for(path)
    ruleset, rules = linter.rules_for(config)
    data = path.read_bytes()
    text, _, _ = engine.decode(data)
    too_large = next((r for r in rules if r.id == "io/too-large"), None)
    limit = too_large.options.get("max_bytes", engine.DEFAULT_MAX_BYTES) if too_large else engine.DEFAULT_MAX_BYTES
    if text is None or len(data) > limit:
        return engine.lint_bytes(str(path), data, rules, ruleset, config.nlp)
    sidecar_path, sidecar_text = engine.read_sidecar(str(path))
    return engine.lint_source(str(path), text, rules, ruleset, config.nlp, sidecar_text, sidecar_path, keep_analysis=True)


def grade_target(linter, path) -> float:
    _, rules = linter.rules_for(linter.config_for(path))
    rule = next((r for r in rules if r.id == "readability/grade"), None)
    return float(rule.options.get("target", 8)) if rule else 8.0


def run(args) -> int:
    from laylint.review import html, model

    linter = engine.Linter(split_ids(args.select), split_ids(args.ignore), args.config)
    files = engine.discover_files(args.paths, linter)
    if not files:
        raise UsageError("no summary files found")
    views = [model.build(lint_for_review(linter, path), grade_target(linter, path)) for path in files]
    page = html.render(views)
    try:
        write_atomically(args.output.resolve(), page.encode("utf-8"))
    except OSError as exc:
        raise UsageError(f"cannot write the report: {exc.strerror}", str(args.output)) from None
    print(f"wrote {args.output} ({len(files)} file{'s' if len(files) != 1 else ''})")
    return 0
