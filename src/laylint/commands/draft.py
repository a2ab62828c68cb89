"""laylint draft ABSTRACT: the study's facts (source metadata) drafted from its technical abstract,
as a commented sidecar for a writer to review. Exit 0 when a draft was produced, even a thin one;
2 when the abstract cannot be read or the command line is wrong."""

from __future__ import annotations

import sys
from pathlib import Path

from laylint import pipeline


def add_arguments(parser) -> None:
    parser.add_argument("abstract", help="a text or Markdown file holding the abstract (- reads standard input)")
    parser.add_argument("-o", "--output", metavar="OUT", help="write the draft to OUT (atomically) instead of printing it")
    parser.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    parser.add_argument("--format", choices=("yaml", "json"), default="yaml",
                        help="yaml: the sidecar mapping with comments (default); json: the same, with each finding's offset")
    parser.add_argument("--config", type=Path, help="use this config file (for its lexicons) instead of discovering one")


def run(args) -> int:
    from laylint.pipeline.drafting import draft_file, write_draft

    project = pipeline.Project(config_file=args.config)
    data, drafted = draft_file(args.abstract, project, args.format)
    if args.output:
        write_draft(args.output, data, args.force)
        findings = len(drafted.facts)
        print(f"laylint: drafted {findings} finding{'s' if findings != 1 else ''} from {args.abstract} into {args.output}; "
              "review it before relying on it", file=sys.stderr)
    else:
        sys.stdout.write(data)
    return 0
