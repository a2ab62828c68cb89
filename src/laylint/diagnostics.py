"""The diagnostic: one problem at one place in one file."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True)
class Fix:
    """Replace file characters [start, end) with `replacement`; only `safe` fixes are applied by --fix."""

    start: int
    end: int
    replacement: str
    safe: bool = False


@dataclass(frozen=True)
class Diagnostic:
    """Lines and columns are 1-based; columns count Unicode code points; the end is exclusive."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    rule: str
    severity: str
    message: str
    suggestion: str | None = None
    fix: Fix | None = field(default=None, compare=False)
    # Document-level diagnostics (reading grade, missing limitations) survive --diff filtering.
    scope: str = field(default="line", compare=False)
    # What the problem is about, stable when lines move (laylint.pipeline.fingerprints): keys the
    # baseline and SARIF's partialFingerprints. Set by the pipeline after the checks run.
    fingerprint: str = field(default="", compare=False)

    def sort_key(self):
        return (self.path, self.line, self.column, self.rule, self.end_line, self.end_column, self.message)

    def to_json(self) -> dict:
        """The public JSON shape (a contract: keys never change)."""
        data = {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
        }
        if self.suggestion is not None:
            data["suggestion"] = self.suggestion
        return data

    def to_cache(self) -> dict:
        # Shallow on purpose: asdict() deep-copies and was most of the time of writing a cache.
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["fix"] = {f.name: getattr(self.fix, f.name) for f in fields(self.fix)} if self.fix else None
        return data

    @classmethod
    def from_cache(cls, data: dict) -> "Diagnostic":
        data = dict(data)
        if data.get("fix"):
            data["fix"] = Fix(**data["fix"])
        return cls(**data)
