"""Issue 17, files an untrusted repository controls: the cache folder, symlinks, special files,
--fix on links and changed files, corrupt cache packs (items 1, 2, 3, 8, 9, 13, 16)."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from laylint.pipeline import cache as caching
from robust_support import run_cli, write

SECRET = "AKIAHOSTILESECRETKEY"


def repo(tmp_path: Path) -> Path:
    """A repository root (a `.git` folder) with one ordinary summary."""
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    write(root, "summaries/plain.md", "We utilize blood tests.\n")
    return root


def secret_outside(tmp_path: Path) -> Path:
    return write_and_get(tmp_path / "fake-credentials", f"AWS KEY {SECRET} TOKEN XYZQ\n")


def write_and_get(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def check(root: Path, *args: str, cache: bool = False):
    return run_cli("check", *(() if cache else ("--no-cache",)), "--format", "json", "--jobs", "1", *args, cwd=root)


# -- item 1: the cache folder ---------------------------------------------------------------------

def test_a_symlinked_cache_folder_is_not_written_through(tmp_path):
    root = repo(tmp_path)
    (root / ".laylint_cache").symlink_to("summaries")
    before = sorted(p.name for p in (root / "summaries").iterdir())
    for _ in range(2):  # the second run must still lint summaries/ (no CACHEDIR.TAG planted there)
        run = check(root, "--select", "style", ".", cache=True)
        assert [d["path"] for d in run.json] == ["summaries/plain.md"]
        assert "cache" in run.err and "symbolic link" in run.err
    assert sorted(p.name for p in (root / "summaries").iterdir()) == before


def test_the_cache_prunes_only_its_own_pack_files(tmp_path):
    root = repo(tmp_path)
    packs = root / ".laylint_cache" / "packs"
    packs.mkdir(parents=True)
    theirs = [write_and_get(packs / f"notes-{i}.json", "{}") for i in range(12)]
    for i in range(12):
        old = write_and_get(packs / f"{i:040x}.json", "{}")
        os.utime(old, (1, 1))
    check(root, "--select", "style", ".", cache=True)
    assert all(path.exists() for path in theirs)
    assert len(list(packs.glob("[0-9a-f]" * 40 + ".json"))) == caching.MAX_PACKS


def test_a_symlinked_packs_folder_is_refused(tmp_path):
    root = repo(tmp_path)
    victim = tmp_path / "victim"
    victim.mkdir()
    for i in range(12):
        write_and_get(victim / f"{i:040x}.json", "{}")
    (root / ".laylint_cache").mkdir()
    (root / ".laylint_cache" / "packs").symlink_to(victim)
    run = check(root, "--select", "style", ".", cache=True)
    assert [d["path"] for d in run.json] == ["summaries/plain.md"]
    assert len(list(victim.iterdir())) == 12


# -- item 16: corrupt packs are a miss --------------------------------------------------------------

@pytest.mark.parametrize("poison", ["deep", "zero", "fifo", "folder"])
def test_a_corrupt_or_special_pack_is_a_miss(tmp_path, poison):
    root = repo(tmp_path)
    first = check(root, "--select", "style", ".", cache=True)
    [pack] = (root / ".laylint_cache" / "packs").glob("*.json")
    pack.unlink()
    if poison == "deep":
        pack.write_text("[" * 100_000)
    elif poison == "zero":
        pack.symlink_to("/dev/zero")
    elif poison == "fifo":
        os.mkfifo(pack)
    else:
        pack.mkdir()
    again = check(root, "--select", "style", ".", cache=True)
    assert again.code == first.code and again.json == first.json and first.json


# -- item 2: symlinks out of the repository ---------------------------------------------------------

def test_a_symlinked_summary_outside_the_repository_is_not_read(tmp_path):
    root = repo(tmp_path)
    (root / "summaries" / "notes.md").symlink_to(secret_outside(tmp_path))
    for args in ([".", "--select", "jargon,style,io"], ["summaries/notes.md", "--select", "jargon,io"]):
        run = check(root, *args)
        assert SECRET not in run.out + run.err
        [refused] = [d for d in run.json if d["path"] == "summaries/notes.md"]
        assert refused["rule"] == "io/unreadable" and "outside the repository" in refused["message"]
    report = run_cli("report", "summaries", "-o", str(tmp_path / "page.html"), cwd=root)
    assert report.code == 0 and SECRET not in (tmp_path / "page.html").read_text(encoding="utf-8")


def test_a_symlink_inside_the_repository_is_followed(tmp_path):
    root = repo(tmp_path)
    write(root, "shared/real.md", "We utilize it.\n")
    (root / "summaries" / "link.md").symlink_to(root / "shared" / "real.md")
    run = check(root, "summaries", "--select", "style")
    assert sorted(d["path"] for d in run.json) == ["summaries/link.md", "summaries/plain.md"]


def test_a_symlinked_sidecar_outside_the_repository_is_not_read(tmp_path):
    root = repo(tmp_path)
    outside = write_and_get(tmp_path / "secret.yaml", f"design: {SECRET}\n")
    (root / "summaries" / "plain.source.yaml").symlink_to(outside)
    run = check(root, ".", "--select", "metadata,style")
    assert SECRET not in run.out + run.err
    assert any(d["rule"] == "metadata/invalid" and "outside the repository" in d["message"] for d in run.json)


def test_rule_paths_are_confined_to_the_repository(tmp_path):
    root = repo(tmp_path)
    outside = tmp_path / "elsewhere"
    write(outside, "x.yaml", "id: house/x\nkind: substitution\nseverity: error\nmessage: m\ndescription: d\n")
    write(root, ".laylint.yaml", f"rule_paths: [{outside}]\n")
    run = check(root, ".")
    assert run.code == 2 and "outside the repository" in run.err


# -- item 3: special files where laylint reads rules, lexicons, sidecars, config ------------------

def _house(root: Path) -> Path:
    write(root, ".laylint.yaml", "rule_paths: [house]\n")
    house = root / "house"
    write(house, "plain.yaml", "id: house/plain\nkind: substitution\nseverity: error\nmessage: 'Use {replacement}'\n"
                               "description: d\noptions:\n  swap:\n    commence: begin\n")
    return house


@pytest.mark.parametrize("special", ["zero", "fifo", "folder", "huge"])
def test_special_files_in_a_rule_folder_are_skipped(tmp_path, special):
    root = repo(tmp_path)
    write(root, "summaries/plain.md", "We commence today.\n")
    house = _house(root)
    if special == "zero":
        (house / "zero.yaml").symlink_to("/dev/zero")
        (house / "lexicons").mkdir()
        (house / "lexicons" / "jargon.yaml").symlink_to("/dev/zero")
    elif special == "fifo":
        os.mkfifo(house / "x.yaml")
        (house / "lexicons").mkdir()
        os.mkfifo(house / "lexicons" / "jargon.yaml")
    elif special == "folder":
        (house / "x.yaml").mkdir()
    else:
        write(house, "big.yaml", "# " + "x" * 3_000_000 + "\n")
    run = check(root, ".", "--select", "house,jargon")
    assert run.code == 1, run.err
    assert [d["rule"] for d in run.json] == ["house/plain"]
    assert "skipped" in run.err


def test_a_sidecar_that_is_a_device_or_fifo_is_a_diagnostic(tmp_path):
    root = repo(tmp_path)
    (root / "summaries" / "plain.source.yaml").symlink_to("/dev/zero")  # outside, and not a regular file
    write(root, "summaries/other.md", "We utilize it.\n")
    os.mkfifo(root / "summaries" / "other.source.yaml")
    run = check(root, ".", "--select", "metadata,style")
    assert run.code == 1
    invalid = sorted(d["path"] for d in run.json if d["rule"] == "metadata/invalid")
    assert invalid == ["summaries/other.source.yaml", "summaries/plain.source.yaml"]


def test_a_config_that_is_not_a_regular_file_is_refused(tmp_path):
    root = repo(tmp_path)
    os.mkfifo(root / ".laylint.yaml")
    run = check(root, ".", "--config", ".laylint.yaml")
    assert run.code == 2 and "regular file" in run.err


def test_a_repository_config_cannot_raise_the_size_limit(tmp_path):
    root = repo(tmp_path)
    write(root, ".laylint.yaml", "rules:\n  io/too-large:\n    max_bytes: 900000000\n")
    write(root, "summaries/big.md", "word " * 500_000)
    run = check(root, ".", "--select", "io")
    assert [d["rule"] for d in run.json] == ["io/too-large"]
    write(root, ".laylint.yaml", "rules:\n  io/too-large:\n    max_bytes: 10\n")
    assert sorted(d["rule"] for d in check(root, ".", "--select", "io").json) == ["io/too-large"] * 2


# -- items 8 and 9: --fix --------------------------------------------------------------------------

def test_fix_leaves_a_file_saved_during_the_run(tmp_path, monkeypatch):
    from laylint.pipeline import fixes

    root = repo(tmp_path)
    write(root, "summaries/other.md", "We utilize it.\n")
    edited = root / "summaries" / "plain.md"
    real_write = fixes.write_fixed

    def save_then_write(path, data, *rest, **named):
        if path.name == "other.md":  # the writer saves plain.md while other.md is being fixed
            edited.write_text("My own edit; we utilize it.\n", encoding="utf-8")
        return real_write(path, data, *rest, **named)

    monkeypatch.setattr(fixes, "write_fixed", save_then_write)
    run = check(root, "summaries/other.md", "summaries/plain.md", "--fix")
    assert edited.read_text(encoding="utf-8") == "My own edit; we utilize it.\n"
    assert (root / "summaries" / "other.md").read_text(encoding="utf-8") == "We use it.\n"
    assert "changed" in run.err


def test_fix_does_not_write_through_a_symlink_out_of_the_repository(tmp_path):
    root = repo(tmp_path)
    outside = write_and_get(tmp_path / "outside.md", "We utilize it.\n")
    inside = write_and_get(root / "summaries" / "real.md", "We utilize it.\n")
    (root / "summaries" / "in.md").symlink_to(inside)
    run = check(root, "--fix", "summaries/in.md")
    assert inside.read_text(encoding="utf-8") == "We use it.\n" and (root / "summaries" / "in.md").is_symlink()
    (root / "summaries" / "out.md").symlink_to(outside)
    refused = check(root, "--fix", "summaries/out.md")
    assert outside.read_text(encoding="utf-8") == "We utilize it.\n"
    assert "fixed 1 problem" in run.err and any("outside the repository" in d["message"] for d in refused.json)


def test_fix_refuses_hard_linked_and_read_only_files(tmp_path):
    root = repo(tmp_path)
    page = root / "summaries" / "plain.md"
    os.link(page, tmp_path / "other-name.md")
    readonly = write_and_get(root / "summaries" / "locked.md", "We utilize it.\n")
    readonly.chmod(0o444)
    run = check(root, "--fix", "summaries")
    assert page.read_text(encoding="utf-8") == "We utilize blood tests.\n"
    assert (tmp_path / "other-name.md").read_text(encoding="utf-8") == "We utilize blood tests.\n"
    assert readonly.read_text(encoding="utf-8") == "We utilize it.\n"
    assert stat.S_IMODE(readonly.stat().st_mode) == 0o444
    assert "hard link" in run.err and "read-only" in run.err


def test_fix_keeps_the_owner_and_mode(tmp_path):
    root = repo(tmp_path)
    page = root / "summaries" / "plain.md"
    page.chmod(0o604)
    before = page.stat()
    check(root, "--fix", "summaries")
    after = page.stat()
    assert page.read_text(encoding="utf-8") == "We use blood tests.\n"
    assert (after.st_uid, after.st_gid, stat.S_IMODE(after.st_mode)) == (before.st_uid, before.st_gid, 0o604)


# -- item 13: every command shares the pipeline's limits and unreadable-file diagnostic -------------

def test_report_stats_claims_go_on_past_unreadable_and_huge_files(tmp_path):
    root = repo(tmp_path)
    write(root, "summaries/a-bad.md", b"\xff\xfe bad bytes")
    write(root, "summaries/b-huge.md", "word " * 600_000)
    (root / "summaries" / "c-fifo.md").symlink_to("/proc/self/mem")  # outside the repository
    write(root, "summaries/d-good.md", "Rituximab lowered relapse by 19%.\n")
    report = run_cli("report", "summaries", "-o", str(tmp_path / "page.html"), cwd=root)
    assert report.code == 0, report.err
    page = (tmp_path / "page.html").read_text(encoding="utf-8")
    assert all(name in page for name in ("a-bad.md", "b-huge.md", "c-fifo.md", "d-good.md"))
    assert page.count("not checked") >= 3 and "outside the repository" in page
    stats = run_cli("stats", "--format", "json", "summaries", cwd=root)
    assert [item["path"] for item in json.loads(stats.out)] == ["summaries/d-good.md", "summaries/plain.md"]
    assert stats.err.count("skipped") == 3
    claims = run_cli("claims", "--format", "json", "summaries", cwd=root)
    assert {row["path"] for row in json.loads(claims.out)} == {"summaries/d-good.md"}
    assert claims.err.count("skipped") == 3
