"""The directory walk: no symlink loops, no tool folders, `exclude` respected; inputs never written."""

from __future__ import annotations

import os

from robust_support import assert_one_line_error, run_cli, run_process, write

TEXT = "We utilize blood tests.\n"


def _paths(tmp_path, *args):
    run = run_cli("check", "--no-cache", "--format", "json", "--select", "style", *args, cwd=tmp_path)
    assert run.code in (0, 1), run.err
    return sorted({d["path"] for d in run.json})


def test_walk_skips_tool_folders_and_virtual_environments(tmp_path):
    write(tmp_path, "summaries/page.md", TEXT)
    for folder in (".git", "node_modules", ".venv", "venv", ".laylint_cache", ".tox", "__pycache__"):
        write(tmp_path, f"{folder}/page.md", TEXT)
    write(tmp_path, "my-env/pyvenv.cfg", "home = /usr/bin\n")  # a venv by its marker, whatever its name
    write(tmp_path, "my-env/lib/page.md", TEXT)
    assert _paths(tmp_path, ".") == ["summaries/page.md"]


def test_walk_does_not_follow_symlink_loops(tmp_path):
    write(tmp_path, "summaries/page.md", TEXT)
    os.symlink(tmp_path / "summaries", tmp_path / "summaries" / "loop")
    os.symlink(tmp_path, tmp_path / "summaries" / "up")
    assert _paths(tmp_path, ".") == ["summaries/page.md"]


def test_exclude_globs_and_include_patterns(tmp_path):
    write(tmp_path, ".laylint.yaml", "exclude: [\"drafts/\", \"*.draft.md\", \"old/**\"]\n")
    write(tmp_path, "page.md", TEXT)
    write(tmp_path, "notes.txt", TEXT)
    write(tmp_path, "page.draft.md", TEXT)
    write(tmp_path, "drafts/one.md", TEXT)
    write(tmp_path, "old/deep/two.md", TEXT)
    write(tmp_path, "keep/three.markdown", TEXT)
    write(tmp_path, "keep/image.png", b"\x89PNG")
    assert _paths(tmp_path, ".") == ["keep/three.markdown", "notes.txt", "page.md"]


def test_include_narrows_the_suffixes(tmp_path):
    write(tmp_path, ".laylint.yaml", "include: [\"*.md\"]\n")
    write(tmp_path, "page.md", TEXT)
    write(tmp_path, "notes.txt", TEXT)
    assert _paths(tmp_path, ".") == ["page.md"]


def test_missing_path_is_exit_2_naming_it(tmp_path):
    assert_one_line_error(run_cli("check", "no/such/folder", cwd=tmp_path), "no/such/folder")


def _snapshot(root):
    return {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in root.rglob("*") if p.is_file()}


def test_a_run_without_fix_changes_no_input(tmp_path):
    tree = tmp_path / "tree"
    write(tree, "a.md", "---\ntitle: A\n---\nWe utilize it prior to lunch.\n")
    write(tree, "b.txt", "Patients commenced treatment.\r\n")
    write(tree, "c.md", b"\xef\xbb\xbfWe utilize it.\r\n")
    write(tree, "bad.md", b"\xff\xfe\0binary")
    write(tree, "c.source.yaml", "title: C\n")
    before = _snapshot(tree)
    for args in (["--format", "json"], ["--format", "text", "--select", "all"], ["--no-cache"]):
        run = run_cli("check", *args, str(tree), cwd=tmp_path)
        assert run.code == 1, run.err
    after = {p: v for p, v in _snapshot(tree).items() if ".laylint_cache" not in p.parts}
    assert after == before


def test_walk_skips_dangling_symlinks_and_fifos(tmp_path):
    write(tmp_path, "page.md", TEXT)
    os.symlink(tmp_path / "gone.md", tmp_path / "dangling.md")
    os.mkfifo(tmp_path / "pipe.md")  # reading it would block the run forever
    assert _paths(tmp_path, ".") == ["page.md"]


def test_a_file_name_that_is_not_utf8_works_in_every_format(tmp_path):
    from laylint import reporters

    (tmp_path / os.fsdecode(b"caf\xe9.md")).write_text(TEXT)
    for fmt in reporters.available():
        out = tmp_path / f"report.{fmt}"
        run = run_cli("check", "--no-cache", "--select", "style", "--format", fmt, "-o", str(out), ".", cwd=tmp_path)
        assert run.code == 0 and out.read_bytes(), (fmt, run.err)
        # percent-encoded (SARIF URIs, JSON), escaped as text (text formats: issue 17) or replaced (XML
        # must be valid Unicode); never the raw byte, so every report is valid UTF-8
        assert any(b"caf" + name + b".md" in out.read_bytes() for name in (b"%E9", b"\\xe9", "\ufffd".encode())), fmt
        out.read_bytes().decode("utf-8")
    assert run_process("check", "--no-cache", "--select", "style", "--format", "sarif", ".", cwd=tmp_path).code == 0
