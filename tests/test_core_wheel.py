"""Contract (issue 2): the wheel carries the built-in rules, and an install from it finds them."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _build_wheel(folder: Path) -> Path:
    # --no-build-isolation: hatchling is already installed, and tests must not need the network
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(folder)], check=True, capture_output=True, timeout=300)
    [wheel] = folder.glob("laylint-*.whl")
    return wheel


def _borrow_dependencies(python: Path) -> None:
    """Give the new venv this test environment's installed packages (spaCy, re2...) through a .pth
    file, without network: a .pth line adds a folder to sys.path but does not run the .pth files in
    it, so laylint's own editable install here stays invisible and laylint comes from the wheel."""
    folders = {sysconfig.get_paths()[key] for key in ("purelib", "platlib")}
    target = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                            capture_output=True, text=True, check=True).stdout.strip()
    (Path(target) / "_test_dependencies.pth").write_text("".join(f"{folder}\n" for folder in sorted(folders)))


def test_wheel_contains_every_rule_file_and_an_install_uses_them(tmp_path):
    wheel = _build_wheel(tmp_path / "dist")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {"laylint/rules/" + p.relative_to(ROOT / "rules").as_posix() for p in (ROOT / "rules").rglob("*.yaml")}
    assert expected and expected <= names
    assert "laylint/rules/style/plain-words.yaml" in names

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / "bin" / "python"
    _borrow_dependencies(python)
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
                   check=True, capture_output=True, timeout=300)
    where = subprocess.run([str(python), "-c", "import laylint.ruleset as r; print(r.builtin_rules_dir())"],
                           cwd=tmp_path, capture_output=True, text=True, check=True).stdout.strip()
    assert where.startswith(str(venv)), where
    listed = subprocess.run([str(venv / "bin" / "laylint"), "rules"], cwd=tmp_path, capture_output=True, text=True)
    assert listed.returncode == 0 and "style/plain-words" in listed.stdout
