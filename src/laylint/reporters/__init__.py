"""Output formats: one module per format, each with render(report) -> str."""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass, field
from pathlib import Path

FORMATS = ("text", "full", "concise", "json", "sarif", "github", "junit")
# `text` is `full` on a terminal and `concise` otherwise (a pipe, a file, CI logs): the command decides.


@dataclass
class Report:
    diagnostics: list  # sorted Diagnostics
    files: list[str]  # every file checked, in order
    rules: list = field(default_factory=list)  # the Rules that ran
    root: Path = field(default_factory=Path.cwd)  # paths in reports are relative to this
    sources: dict = field(default_factory=dict)  # path -> the bytes linted (source lines, fix positions)
    urls: dict = field(default_factory=dict)  # rule id -> its documentation page
    docs_url: str = ""  # the documentation site (SARIF informationUri)
    color: bool = False  # ANSI colour (text formats)
    quiet: bool = False  # only the problems: no closing count (text formats)
    fail_on: str = "error"  # the lowest severity that fails the run (JUnit failures match it)
    junit_below: str = "skipped"  # what a problem below fail_on is in JUnit: failure, skipped or pass

    def text_of(self, path: str) -> str | None:
        """The decoded text of a linted file (BOM kept), or None."""
        data = self.sources.get(path)
        if data is None:
            return None
        return data.decode("utf-8", "replace")


def available() -> list[str]:
    return [name for name in FORMATS if importlib.util.find_spec(f"{__name__}.{name}")]


def render(fmt: str, report: Report) -> str:
    return importlib.import_module(f"{__name__}.{fmt}").render(report)
