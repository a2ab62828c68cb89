"""GitHub Actions workflow commands: `::error file=...,line=...::message`, one per diagnostic.

Every field is escaped twice: control characters other than CR and LF as text (terminal.printable:
ESC sequences never reach the log), then as GitHub's toolkit does (CR, LF and % as %0D, %0A, %25),
so a file's text or name cannot end the command and forge another (`::add-mask::`)."""

from __future__ import annotations

from laylint.reporters.paths import display
from laylint.reporters.terminal import printable

LINE_BREAKS = "\r\n"  # escaped by GitHub's own rules (escape_data)
COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """The message part (GitHub's toolkit escapeData)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value (escapeProperty): ':' and ',' separate properties, so they are escaped too."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(report) -> str:
    lines = []
    for d in report.diagnostics:
        properties = {
            "file": display(d.path, report.root), "line": d.line, "col": d.column,
            "endLine": d.end_line, "endColumn": d.end_column, "title": d.rule,
        }
        joined = ",".join(f"{key}={escape_property(printable(value, keep=LINE_BREAKS))}" for key, value in properties.items())
        message = d.message + (f" (suggestion: {d.suggestion})" if d.suggestion else "")
        lines.append(f"::{COMMANDS[d.severity]} {joined}::{escape_data(printable(message, keep=LINE_BREAKS))}")
    return "".join(line + "\n" for line in lines)
