"""The house rules of the code (issue 13): data flows one way, through one pipeline.

Read from the source with `ast`, so a new import that breaks a rule fails here, not in review."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "laylint"
DOMAIN = ("claims", "hedging", "jargon", "readability", "draft")
NOT_FOR_DOMAIN = ("laylint.ruleset", "laylint.config", "laylint.pipeline", "laylint.commands", "laylint.cli")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in PACKAGE.rglob("*.py")}


def imports(path: Path) -> set[str]:
    """Every laylint module the file imports, at any depth (lazy imports inside functions count);
    `from package import module` is an import of the module, not of the package's face."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("laylint")}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("laylint"):
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                found.add(submodule if submodule in MODULES else node.module)
    return found


GRAPH = {name: {target for target in imports(path) if target in MODULES and target != name}
         for name, path in MODULES.items()}


def test_no_import_cycles_between_modules():
    """A package's face (__init__) counts as importing what it re-exports."""
    graph = GRAPH
    done, on_path, cycles = set(), [], []

    def visit(name):
        if name in on_path:
            cycles.append(on_path[on_path.index(name):] + [name])
            return
        if name in done:
            return
        on_path.append(name)
        for target in sorted(graph[name]):
            visit(target)
        on_path.pop()
        done.add(name)

    for name in sorted(graph):
        visit(name)
    assert not cycles, cycles


def test_domain_packages_get_rules_only_through_the_analysis():
    offenders = [(name, target) for name, targets in GRAPH.items() if name.split(".")[1:2] and name.split(".")[1] in DOMAIN
                 for target in targets if target.startswith(NOT_FOR_DOMAIN)]
    assert not offenders, offenders


def test_commands_are_imported_only_by_the_cli():
    importers = {name for name, targets in GRAPH.items() for target in targets
                 if target.startswith("laylint.commands") and not name.startswith("laylint.commands")}
    assert importers <= {"laylint.cli"}, importers


def test_the_pipeline_does_not_reach_up_into_commands_or_outputs():
    for name, targets in GRAPH.items():
        if name.startswith("laylint.pipeline"):
            assert not any(t.startswith(("laylint.commands", "laylint.reporters", "laylint.review", "laylint.lsp"))
                           for t in targets), name
