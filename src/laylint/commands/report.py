"""laylint report PATH... -o report.html: the review page for medical reviewers."""

from __future__ import annotations

import os
from pathlib import Path

from laylint import pipeline
from laylint.atomic import write_atomically
from laylint.commands import split_ids
from laylint.errors import UsageError
from laylint.pipeline.files import discover


def add_arguments(parser) -> None:
    parser.add_argument("paths", nargs="+", help="files or folders")
    parser.add_argument("-o", "--output", type=Path, default=Path("laylint-report.html"), help="the HTML file to write")
    parser.add_argument("--select", action="append")
    parser.add_argument("--ignore", action="append")
    parser.add_argument("--config", type=Path)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def run(args) -> int:
    from laylint.review import html, model

    project = pipeline.Project(split_ids(args.select), split_ids(args.ignore), args.config)
    files = discover(args.paths, project)
    if not files:
        raise UsageError("no summary files found")
    views = [model.build(project.lint_file(path, keep_analysis=True)) for path in files]
    page = html.render(views)
    try:
        write_atomically(args.output.resolve(), page.encode("utf-8"), mode=0o666 & ~_umask())  # as any new file
    except OSError as exc:
        raise UsageError(f"cannot write the report: {exc.strerror}", str(args.output)) from None
    print(f"wrote {args.output} ({len(files)} file{'s' if len(files) != 1 else ''})")
    return 0
