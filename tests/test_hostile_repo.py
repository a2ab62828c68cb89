"""Issue 17, done when: one hostile repository with every high-severity attack at once. laylint
reads nothing outside it into any output, writes nothing outside it, does not hang or crash, lints
every other file and exits 1 with the right diagnostics."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SECRET = "AKIAHOSTILEREPOSECRET"


def _snapshot(folder: Path) -> dict:
    """Every path under folder with its size and mtime (symlinks not followed)."""
    found = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            info = os.lstat(os.path.join(root, name))
            found[os.path.join(root, name)] = (info.st_size, info.st_mtime_ns)
    return found


def _hostile_repository(tmp_path: Path) -> Path:
    (tmp_path / "fake-credentials").write_text(f"aws_secret_access_key = {SECRET}\n", encoding="utf-8")
    repo = tmp_path / "repo"
    summaries = repo / "summaries"
    house = repo / "house"
    for folder in (repo / ".git", summaries, house):
        folder.mkdir(parents=True)
    (repo / ".laylint.yaml").write_text("rule_paths: [house]\n", encoding="utf-8")
    (house / "zero.yaml").symlink_to("/dev/zero")  # would exhaust memory if read
    os.mkfifo(house / "pipe.yaml")  # would hang if opened for reading
    (house / "folder.yaml").mkdir()  # would crash a read
    (repo / ".laylint_cache").symlink_to("summaries")  # would tag and prune summaries/
    (summaries / "notes.md").symlink_to(tmp_path / "fake-credentials")
    (summaries / "hidden.md").write_text("With rituximab, relapse fell by 1\u200b9%.\n", encoding="utf-8")
    (summaries / "huge.md").write_text("---\ntitle: 1" + "0" * 5000 + "\n---\nWe utilize it.\n", encoding="utf-8")
    (summaries / "good.md").write_text("We utilize blood tests prior to the first dose.\n", encoding="utf-8")
    return repo


def _laylint(repo: Path, *args: str) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if not key.startswith("LAYLINT_")}
    return subprocess.run([sys.executable, "-m", "laylint", *args], cwd=repo, env=env, capture_output=True,
                          text=True, encoding="utf-8", errors="replace", timeout=300)


def test_a_hostile_repository(tmp_path):
    repo = _hostile_repository(tmp_path)
    outside_before = {p: v for p, v in _snapshot(tmp_path).items() if not p.startswith(str(repo))}
    summaries_before = sorted(p.name for p in (repo / "summaries").iterdir())
    runs = [_laylint(repo, "check", "--format", "json", "--jobs", "1", ".") for _ in range(2)]  # cache written, then read
    for run in runs:
        assert run.returncode == 1, run.stderr
        assert "Traceback" not in run.stderr and "internal error" not in run.stderr
        assert SECRET not in run.stdout + run.stderr
        found = {(d["path"], d["rule"]) for d in json.loads(run.stdout)}
        assert ("summaries/notes.md", "io/unreadable") in found
        assert ("summaries/hidden.md", "text/hidden-characters") in found
        assert ("summaries/huge.md", "metadata/invalid") in found
        assert ("summaries/huge.md", "style/plain-words") in found  # the body is still checked
        assert ("summaries/good.md", "style/plain-words") in found
        assert "zero.yaml" in run.stderr and "pipe.yaml" in run.stderr  # skipped, with a notice
    assert runs[0].stdout == runs[1].stdout
    report = _laylint(repo, "report", "summaries", "-o", str(repo / "page.html"))
    assert report.returncode == 0, report.stderr
    assert SECRET not in (repo / "page.html").read_text(encoding="utf-8")
    claims = _laylint(repo, "claims", "--format", "json", "summaries")
    assert claims.returncode == 0 and SECRET not in claims.stdout + claims.stderr
    assert sorted(p.name for p in (repo / "summaries").iterdir()) == summaries_before  # no CACHEDIR.TAG, nothing pruned
    outside_after = {p: v for p, v in _snapshot(tmp_path).items() if not p.startswith(str(repo))}
    assert outside_after == outside_before
