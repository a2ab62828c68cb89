"""Kind `metadata-invalid`: report the problems found while loading the source metadata, at their YAML line."""

from laylint.checks.kind import Kind


def check(rule, analysis):
    for problem in analysis.metadata_problems:
        yield analysis.diagnostic_at(rule, problem.line, problem.column, path=problem.path, problem=problem.message)


KIND = Kind("metadata-invalid", check, fields=("problem",), document_scope=True)
