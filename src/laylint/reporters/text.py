"""`path:line:col: severity rule-id message`, then a count, like ruff and flake8 (the `concise`
format; `text` is this format whenever standard output is not a terminal). Every field is escaped
(terminal.printable): control characters in a file's text or name cannot reach the terminal raw."""

from collections import Counter

from laylint.reporters.terminal import Style, printable


def line(d, style: Style, hint: bool = True) -> str:
    hint = f" (suggestion: {printable(d.suggestion)})" if d.suggestion and hint else ""
    where = style("bold", f"{printable(d.path)}:{d.line}:{d.column}:")
    return f"{where} {style.severity(d.severity)} {style('bold', printable(d.rule))} {printable(d.message)}{hint}"


def summary(report) -> str:
    counts = Counter(d.severity for d in report.diagnostics)
    files = len(report.files)
    if report.diagnostics:
        parts = [f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in ("error", "warning", "info") if counts[s]]
        return (f"Found {len(report.diagnostics)} problem{'s' if len(report.diagnostics) != 1 else ''} "
                f"({', '.join(parts)}) in {files} file{'s' if files != 1 else ''}.")
    return f"All checks passed ({files} file{'s' if files != 1 else ''})."


def render(report) -> str:
    style = Style(report.color)
    lines = [line(d, style) for d in report.diagnostics]
    if not report.quiet:
        lines.append(summary(report))
    return "".join(item + "\n" for item in lines)
