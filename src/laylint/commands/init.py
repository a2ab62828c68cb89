"""laylint init: write a commented configuration to start from, like `ruff`'s and Vale's starter
configs. It refuses to overwrite an existing config; what it writes loads as is, and validates
against the config's JSON schema (laylint.schema), which its first line points editors to."""

from __future__ import annotations

from pathlib import Path

from laylint import config as configuration
from laylint.errors import UsageError


def add_arguments(parser) -> None:
    parser.add_argument("folder", nargs="?", default=".", help="where to write it (default: .)")
    parser.add_argument("--pyproject", action="store_true",
                        help="add a [tool.laylint] table to pyproject.toml instead of writing .laylint.yaml")


def yaml_text(schema_url: str) -> str:
    exclude = ", ".join(f'"{p}"' if "*" in p else p for p in configuration.DEFAULT_EXCLUDE)
    return f"""\
# yaml-language-server: $schema={schema_url}
# laylint configuration. Every key is optional; `laylint config` prints what applies to a file,
# `laylint rules` lists the rules and `laylint explain RULE` documents one.

# Which rules run: rule ids or families. Default: every rule that is on by default.
# select: [claims, hedging, jargon, readability, style, metadata, io, laylint]
ignore: []

# Per rule: severity (error, warning, info), enabled (true, false) and the rule's options.
rules:
  readability/grade:
    target: 8                # the reading grade a summary may not go above (US grades; NIH/CDC: 8)
  readability/hard-sentence:
    target: 8                # keep equal to the grade target
  # readability/length: {{enabled: true, min_words: 400, max_words: 850}}
  # jargon/acronym: {{allow: [NHS, GP]}}
  # style/plain-words: {{severity: warning}}

# Files. Folders are searched for these names; `exclude` replaces the defaults below,
# `extend_exclude` adds to them. pre-commit names every file: the hook passes --force-exclude.
# include: ["*.md", "*.markdown", "*.txt"]
# exclude: [{exclude}]
extend_exclude: []

# House rules and lexicons (folders of rule YAML files, relative to this file).
# rule_paths: [house-rules/]

# Claims: with hand-written metadata AND `<stem>.abstract.txt` beside a summary, facts drafted from the abstract
# quiet (to info) a figure the metadata does not list but the abstract states. Default true.
# abstract_backing: true
"""


def toml_text() -> str:
    return """\

[tool.laylint]
# laylint configuration: the same keys as .laylint.yaml (`laylint config` prints what applies).
# select = ["claims", "hedging", "jargon", "readability", "style", "metadata", "io", "laylint"]
ignore = []
extend_exclude = []

[tool.laylint.rules."readability/grade"]
target = 8  # the reading grade a summary may not go above

[tool.laylint.rules."readability/hard-sentence"]
target = 8  # keep equal to the grade target
"""


def run(args) -> int:
    from laylint import schema

    folder = Path(args.folder)
    if not folder.is_dir():
        raise UsageError(f"no such folder: {args.folder}")
    existing = [name for name in (".laylint.yaml", ".laylint.yml") if (folder / name).exists()]
    pyproject = folder / "pyproject.toml"
    if pyproject.is_file() and configuration.discover(folder) == pyproject.resolve():
        existing.append("pyproject.toml [tool.laylint]")
    if existing:
        raise UsageError(f"a laylint configuration already exists: {existing[0]} (edit it, or remove it first)")
    if args.pyproject:
        before = pyproject.read_text(encoding="utf-8") if pyproject.is_file() else ""
        with open(pyproject, "a", encoding="utf-8") as stream:
            stream.write(("\n" if before and not before.endswith("\n") else "") + toml_text().lstrip("\n" if not before else ""))
        written = pyproject
    else:
        written = folder / ".laylint.yaml"
        with open(written, "x", encoding="utf-8") as stream:
            stream.write(yaml_text(schema.schema_url()))
    configuration.load(written)  # what was written loads (a bug here must not leave a broken config unnoticed)
    print(f"laylint: wrote {written}; check it with `laylint config`, then run `laylint check`")
    return 0
