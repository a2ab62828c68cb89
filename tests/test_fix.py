"""--fix applies only safe fixes, atomically, never in front matter; without --fix nothing is written."""

import os
import stat
import sys
from pathlib import Path

import pytest

from laylint import atomic
from laylint.pipeline import fixes
from laylint.cli import main
from laylint.diagnostics import Fix

FRONT_MATTER = "---\ntitle: We utilize tests prior to dosing\nsource:\n  design: randomized-trial\n---\n"


def check(capsys, *args) -> tuple[int, str, str]:
    """Only the rules these tests are about, so other families' findings do not change the report."""
    code = main(["check", *map(str, args), "--no-cache", "--select", "style/plain-words,metadata/invalid,io"])
    out, err = capsys.readouterr()
    return code, out, err


def test_fix_rewrites_safe_fixes_and_reports_what_remains(tmp_path, capsys):
    page = tmp_path / "page.md"
    page.write_text("# Results\n\nDoctors utilize tests prior to the first dose.\n", encoding="utf-8")
    code, out, err = check(capsys, page, "--fix")
    assert page.read_text(encoding="utf-8") == "# Results\n\nDoctors use tests before the first dose.\n"
    assert "fixed 2 problems in 1 file" in err
    assert "style/plain-words" not in out and "All checks passed" in out
    assert code == 0


def test_crlf_line_endings_and_bom_are_kept(tmp_path, capsys):
    page = tmp_path / "page.md"
    page.write_bytes("\ufeffFirst line.\r\nWe utilize tests.\r\n\r\nThey commenced.\r\n".encode("utf-8"))
    check(capsys, page, "--fix")
    assert page.read_bytes() == "\ufeffFirst line.\r\nWe use tests.\r\n\r\nThey started.\r\n".encode("utf-8")


def test_front_matter_stays_byte_for_byte(tmp_path, capsys):
    page = tmp_path / "page.md"
    body = "Patients utilize inhalers.\r\n"
    page.write_bytes((FRONT_MATTER + body).encode("utf-8"))
    check(capsys, page, "--fix")
    fixed = page.read_bytes()
    assert fixed.startswith(FRONT_MATTER.encode()) and fixed.endswith(b"Patients use inhalers.\r\n")


def test_fixes_inside_front_matter_overlapping_or_across_blocks_are_skipped():
    text = "---\ntitle: utilize\n---\nWe utilize it in order to help.\n\nSplit\n\nhere.\n"
    body = text.index("We")
    wanted = [
        Fix(text.index("utilize"), text.index("utilize") + 7, "use", True),  # in front matter
        Fix(body + 3, body + 10, "use", True),
        Fix(body + 3, body + 13, "use it", True),  # overlaps the previous one
        Fix(text.index("Split"), text.index("here") + 4, "x", True),  # spans a blank line
    ]
    fixed, applied = fixes.apply_to_text(text, sorted(wanted, key=lambda f: (f.start, f.end)))
    assert applied == 1
    assert fixed == text.replace("We utilize", "We use")


def test_unsafe_fixes_are_never_applied():
    from laylint.diagnostics import Diagnostic

    unsafe = Diagnostic("p.md", 1, 1, 1, 4, "jargon/acronym", "warning", "m", fix=Fix(0, 3, "Immunoglobulin G", False))
    assert fixes.safe_fixes([unsafe]) == []


def test_dry_run_prints_a_diff_and_writes_nothing(tmp_path, capsys):
    page = tmp_path / "page.md"
    page.write_text("Line one.\nWe utilize tests.\n", encoding="utf-8")
    before = page.stat().st_mtime_ns
    code, out, err = check(capsys, page, "--fix", "--dry-run")
    assert code == 1 and page.read_text(encoding="utf-8") == "Line one.\nWe utilize tests.\n"
    assert page.stat().st_mtime_ns == before
    assert f"--- a/{page}\n+++ b/{page}\n" in out
    assert "-We utilize tests.\n+We use tests.\n" in out
    assert "would fix 1 problem in 1 file" in err


def test_dry_run_without_fix_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "page.md").write_text("Text.\n")
    code, _, err = check(capsys, tmp_path, "--dry-run")
    assert code == 2 and "--dry-run" in err


def test_fix_keeps_permissions_and_symlinks(tmp_path, capsys):
    page = tmp_path / "page.md"
    page.write_text("We utilize tests.\n", encoding="utf-8")
    page.chmod(0o640)
    link = tmp_path / "link.md"
    link.symlink_to(page)
    check(capsys, link, "--fix")
    assert link.is_symlink() and page.read_text(encoding="utf-8") == "We use tests.\n"
    assert stat.S_IMODE(page.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.md", "page.md"]


def test_a_folder_that_cannot_be_written_is_one_clear_line(tmp_path, capsys, monkeypatch):
    page = tmp_path / "page.md"
    page.write_text("We utilize tests.\n", encoding="utf-8")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    code, _, err = check(capsys, page, "--fix")
    assert code == 2 and f"{page}: cannot write the fixes: Permission denied" in err and "Traceback" not in err
    assert page.read_text(encoding="utf-8") == "We utilize tests.\n"


def test_an_interrupted_write_leaves_the_old_file_and_no_temp_file(tmp_path, capsys, monkeypatch):
    page = tmp_path / "page.md"
    page.write_text("We utilize tests.\n", encoding="utf-8")

    def interrupted(fd):
        raise KeyboardInterrupt  # as if killed after the new text was written, before the rename

    monkeypatch.setattr(fixes.os, "fsync", interrupted)
    assert main(["check", str(page), "--no-cache", "--fix"]) == 130
    assert page.read_text(encoding="utf-8") == "We utilize tests.\n"
    assert [p.name for p in tmp_path.iterdir()] == ["page.md"]


def test_files_without_fixes_are_not_rewritten(tmp_path, capsys):
    clean, fixable = tmp_path / "clean.md", tmp_path / "fixable.md"
    clean.write_text("We use tests.\n", encoding="utf-8")
    fixable.write_text("We utilize tests.\n", encoding="utf-8")
    inode = clean.stat().st_ino, clean.stat().st_mtime_ns
    check(capsys, tmp_path, "--fix")
    assert (clean.stat().st_ino, clean.stat().st_mtime_ns) == inode
    assert fixable.read_text(encoding="utf-8") == "We use tests.\n"


def test_a_file_that_changed_after_linting_is_left_alone(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("We utilize tests, edited meanwhile.\n", encoding="utf-8")
    from laylint.diagnostics import Diagnostic

    stale = Diagnostic(str(page), 1, 4, 1, 11, "style/plain-words", "info", "m", fix=Fix(3, 10, "use", True))
    assert not fixes.fix_file(page, b"We utilize tests.\n", [stale]).changed


_writes: list = []
_watching: list = []


def _audit(event, args):
    if event == "open" and _watching and isinstance(args[0], (str, bytes, os.PathLike)):
        path, mode, flags = args
        writes = (mode and any(c in str(mode) for c in "wax+")) or (flags & (os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_TRUNC))
        if writes and os.fsdecode(path).startswith(_watching[0]):
            _writes.append(os.fsdecode(path))


sys.addaudithook(_audit)


def test_without_fix_inputs_are_only_opened_for_reading(tmp_path, capsys):
    tree = tmp_path / "tree"
    (tree / "nested" / "deeper").mkdir(parents=True)
    (tree / "a.md").write_text(FRONT_MATTER + "We utilize tests.\n", encoding="utf-8")
    (tree / "nested" / "b.txt").write_bytes(b"They commenced.\r\nOk.\r\n")
    (tree / "nested" / "b.source.yaml").write_text("design: nonsense\n", encoding="utf-8")
    (tree / "nested" / "deeper" / "c.md").write_bytes(b"\xff\xfe not utf-8")
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in tree.rglob("*") if p.is_file()}
    _watching.append(str(tree))
    try:
        check(capsys, tree, "--jobs", "1")
        main(["check", str(tree), "--cache-dir", str(tmp_path / "cache")])
    finally:
        _watching.clear()
    capsys.readouterr()
    assert _writes == []
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in tree.rglob("*") if p.is_file()} == before
