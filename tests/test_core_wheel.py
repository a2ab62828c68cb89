"""Contract (issue 2): the wheel carries the built-in rules, and an install from it finds them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _build_wheel(folder: Path) -> Path:
    # --no-build-isolation: hatchling is already installed, and tests must not need the network
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(folder)], check=True, capture_output=True, timeout=300)
    [wheel] = folder.glob("laylint-*.whl")
    return wheel


def test_wheel_contains_every_rule_file_and_an_install_uses_them(tmp_path):
    wheel = _build_wheel(tmp_path / "dist")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {"laylint/rules/" + p.relative_to(ROOT / "rules").as_posix() for p in (ROOT / "rules").rglob("*.yaml")}
    assert expected and expected <= names
    assert "laylint/rules/style/plain-words.yaml" in names

    venv = tmp_path / "venv"  # system site packages provide spaCy etc.; laylint itself comes from the wheel
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True, timeout=300)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
                   check=True, capture_output=True, timeout=300)
    where = subprocess.run([str(python), "-c", "import laylint.rules as r; print(r.builtin_rules_dir())"],
                           cwd=tmp_path, capture_output=True, text=True, check=True).stdout.strip()
    assert where.startswith(str(venv)), where
    listed = subprocess.run([str(venv / "bin" / "laylint"), "rules"], cwd=tmp_path, capture_output=True, text=True)
    assert listed.returncode == 0 and "style/plain-words" in listed.stdout
