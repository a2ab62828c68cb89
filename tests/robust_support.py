"""Helpers for the robustness and core-contract tests: run the CLI in-process or as a subprocess."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from laylint import cli


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def json(self):
        return json.loads(self.out)

    def rules(self) -> list[str]:
        return sorted({d["rule"] for d in self.json})


def run_cli(*args: str, cwd: Path | None = None, stdin: bytes = b"") -> Run:
    """`laylint ARGS` in this process (fast: spaCy loads once per test session)."""
    out, err = io.StringIO(), io.StringIO()
    old_cwd, old_stdin = Path.cwd(), sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin))
    try:
        if cwd:
            os.chdir(cwd)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main(list(args))
    finally:
        os.chdir(old_cwd)
        sys.stdin = old_stdin
    return Run(code, out.getvalue(), err.getvalue())


def run_process(*args: str, cwd: Path, timeout: float = 60) -> Run:
    """`python -m laylint ARGS` in a fresh process (for hang guards and tracebacks)."""
    done = subprocess.run([sys.executable, "-m", "laylint", *args], cwd=cwd, capture_output=True, env=_child_env(),
                          timeout=timeout, text=True, encoding="utf-8", errors="replace")
    return Run(done.returncode, done.stdout, done.stderr)


def _child_env() -> dict:
    """This environment with PYTHONPATH made absolute: the child runs in another folder, where a relative
    `PYTHONPATH=src` would silently import the installed laylint instead of the one under test."""
    env = dict(os.environ)
    if env.get("PYTHONPATH"):
        env["PYTHONPATH"] = os.pathsep.join(str(Path(entry).resolve()) for entry in env["PYTHONPATH"].split(os.pathsep)
                                            if entry)
    return env


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def assert_one_line_error(run: Run, *needles: str) -> None:
    """Exit 2 and a single `laylint: error:` line naming everything in needles; no traceback."""
    assert run.code == 2, (run.code, run.out, run.err)
    assert "Traceback" not in run.err
    lines = [line for line in run.err.splitlines() if line.startswith("laylint: error:")]
    assert len(lines) == 1, run.err
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])


def assert_inside(data: bytes, diagnostics: list[dict]) -> None:
    """Every JSON diagnostic's start and end lie on a real line, at most one column past its end."""
    text = data.decode("utf-8", errors="replace").removeprefix("\ufeff")
    lengths = [len(line) for line in re.split(r"\r\n|\r|\n", text)]
    for d in diagnostics:
        if d["rule"].startswith("io/"):  # not read as text: the diagnostic sits at the start
            assert (d["line"], d["column"]) == (1, 1), d
            continue
        assert 1 <= d["line"] <= len(lengths) and 1 <= d["column"] <= lengths[d["line"] - 1] + 1, d
        assert 1 <= d["end_line"] <= len(lengths) and 1 <= d["end_column"] <= lengths[d["end_line"] - 1] + 1, d
        assert (d["line"], d["column"]) <= (d["end_line"], d["end_column"]), d
