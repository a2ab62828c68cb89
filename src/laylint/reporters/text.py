"""`path:line:col: severity rule-id message`, then a count, like ruff and flake8."""

from collections import Counter


def render(report) -> str:
    lines = []
    for d in report.diagnostics:
        hint = f" (suggestion: {d.suggestion})" if d.suggestion else ""
        lines.append(f"{d.path}:{d.line}:{d.column}: {d.severity} {d.rule} {d.message}{hint}")
    counts = Counter(d.severity for d in report.diagnostics)
    files = len(report.files)
    if report.diagnostics:
        parts = [f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in ("error", "warning", "info") if counts[s]]
        lines.append(f"Found {len(report.diagnostics)} problem{'s' if len(report.diagnostics) != 1 else ''} "
                     f"({', '.join(parts)}) in {files} file{'s' if files != 1 else ''}.")
    else:
        lines.append(f"All checks passed ({files} file{'s' if files != 1 else ''}).")
    return "\n".join(lines) + "\n"
