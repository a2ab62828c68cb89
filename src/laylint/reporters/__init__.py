"""Output formats: one module per format, each with render(report) -> str."""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass, field
from pathlib import Path

FORMATS = ("text", "json", "sarif", "github", "junit")


@dataclass
class Report:
    diagnostics: list  # sorted Diagnostics
    files: list[str]  # every file checked, in order
    rules: list = field(default_factory=list)  # the Rules that ran
    root: Path = field(default_factory=Path.cwd)  # paths in reports are relative to this


def available() -> list[str]:
    return [name for name in FORMATS if importlib.util.find_spec(f"{__name__}.{name}")]


def render(fmt: str, report: Report) -> str:
    return importlib.import_module(f"{__name__}.{fmt}").render(report)
