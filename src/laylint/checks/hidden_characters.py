"""Kind `hidden-characters`: characters a reader cannot see, or that reorder what the reader sees,
inside the summary's text: zero-width and other format characters and stray combining marks inside a
word or number, and every bidi control. The rules read the visible text (laylint.text.visible); this
kind says that the file holds something else, and offers to remove it (a safe fix)."""

from __future__ import annotations

from laylint.checks.kind import Kind
from laylint.diagnostics import Diagnostic, Fix
from laylint.text.visible import hidden


def check(rule, analysis):
    document = analysis.document
    for found in hidden(document.source, document.body_start):
        line, column, end_line, end_column = analysis.file_location(found.offset, found.offset + 1)
        message = rule.format(character=found.name, code=found.code, where=found.where)
        yield Diagnostic(document.path, line, column, end_line, end_column, rule.id, rule.severity, message,
                         fix=Fix(found.offset, found.offset + 1, "", True), scope=rule.scope)


HIDDEN_CHARACTERS = Kind("hidden-characters", check, fields=("character", "code", "where"))
