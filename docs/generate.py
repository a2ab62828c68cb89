#!/usr/bin/env python3
"""Generate the rule pages (docs/rules/<family>/<name>.md, docs/rules/index.md), the README's
rules table and the config's JSON schema (in the package and on the docs site) from the built-in
rule YAML files and the kinds' declared options. tests/test_rule_docs.py fails when they are stale.

    python docs/generate.py          # write them
    python docs/generate.py --check  # exit 1 and name the stale files
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE_START, TABLE_END = "<!-- rules-table -->", "<!-- /rules-table -->"


def expected() -> dict[Path, str]:
    """Every generated file with the text it must hold."""
    from laylint.ruleset import load_ruleset
    from laylint.ruleset.docs import index, page, table

    rules = list(load_ruleset([]).rules.values())
    files = {ROOT / "docs" / "rules" / f"{rule.id}.md": page(rule) for rule in rules}
    files[ROOT / "docs" / "rules" / "index.md"] = index(rules)
    from laylint import schema

    ruleset = load_ruleset([])
    files[schema.SHIPPED] = schema.render(ruleset)  # in the package: laylint config --schema, editors
    files[ROOT / "docs" / schema.PUBLISHED] = schema.render(ruleset)  # on the docs site, for $schema=URL
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    before, rest = readme.split(TABLE_START, 1)
    _, after = rest.split(TABLE_END, 1)
    files[ROOT / "README.md"] = f"{before}{TABLE_START}\n{table(rules)}{TABLE_END}{after}"
    return files


def stale() -> list[Path]:
    return [path for path, text in expected().items()
            if not path.is_file() or path.read_text(encoding="utf-8") != text]


def main(argv: list[str]) -> int:
    if "--check" in argv:
        paths = stale()
        for path in paths:
            print(f"stale: {path.relative_to(ROOT)} (run python docs/generate.py)")
        return 1 if paths else 0
    for path, text in expected().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    known = {path for path in expected()}
    for old in (ROOT / "docs" / "rules").rglob("*.md"):
        if old not in known:
            old.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
