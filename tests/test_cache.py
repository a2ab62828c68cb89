"""The per-file result cache: same output as an uncached run, no spaCy on a full hit, safe on disk."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from laylint.pipeline import cache as caching
from laylint.atomic import write_atomically
from laylint.cli import main

CORPUS = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"
FRONT_MATTER = """---
title: Rituximab and antibody levels
source:
  design: randomized-trial
---
# What we found

Doctors utilize blood tests prior to the first dose.
"""


def write_summaries(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    with CORPUS.open(encoding="utf-8") as lines:
        for index, line in zip(range(count), lines):
            path = folder / f"summary-{index:02d}.md"
            path.write_text(json.loads(line)["summary"] + "\n", encoding="utf-8")
            paths.append(path)
    (folder / "with-front-matter.md").write_text(FRONT_MATTER, encoding="utf-8")
    (folder / "with-sidecar.md").write_text("We utilize a blood test.\n", encoding="utf-8")
    (folder / "with-sidecar.source.yaml").write_text("source:\n  design: [not, a, string]\n", encoding="utf-8")
    return paths


def check(capsys, *args) -> tuple[int, str, str]:
    code = main(["check", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def tree(tmp_path):
    write_summaries(tmp_path / "summaries", 12)
    return tmp_path


def packs(folder: Path) -> list[Path]:
    return sorted((folder / "packs").glob("*.json"))


def entries(folder: Path) -> dict:
    """Every cached entry, by key, over all packs."""
    found = {}
    for pack in packs(folder):
        found.update(json.loads(pack.read_bytes())["entries"])
    return found


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_cached_run_prints_exactly_what_an_uncached_run_prints(tree, capsys, fmt):
    cache_dir = tree / "cache"
    uncached = check(capsys, tree / "summaries", "--no-cache", "--format", fmt, "-j", "1")
    cold = check(capsys, tree / "summaries", "--cache-dir", cache_dir, "--format", fmt, "-j", "1", "--timing")
    warm = check(capsys, tree / "summaries", "--cache-dir", cache_dir, "--format", fmt, "-j", "1", "--timing")
    assert uncached[1].strip(), "the corpus run should report something"
    assert cold[:2] == uncached[:2] and warm[:2] == uncached[:2]
    assert "files 14, cache hits 0" in cold[2]
    assert "files 14, cache hits 14" in warm[2]
    assert len(entries(cache_dir)) == 14


def test_fully_cached_run_imports_no_spacy_and_builds_no_analysis(tree):
    """In a fresh interpreter: count Analysis objects built, then report spaCy's presence."""
    script = (
        "import sys, laylint.pipeline.linting as e, laylint.pipeline.cache as c\n"
        "c.code_fingerprint = lambda: 'fixed'  # other people editing this checkout must not cause misses\n"
        "built = []\n"
        "class Counting(e.Analysis):\n"
        "    def __init__(self, *a, **k):\n"
        "        built.append(1); super().__init__(*a, **k)\n"
        "e.Analysis = Counting\n"
        "from laylint.cli import main\n"
        "code = main(['check', sys.argv[1], '--cache-dir', sys.argv[2], '-j', '1'])\n"
        "print(len(built), 'spacy' in sys.modules, code, file=sys.stderr)\n"
    )
    run = lambda: subprocess.run([sys.executable, "-c", script, str(tree / "summaries"), str(tree / "cache")],  # noqa: E731
                                 capture_output=True, text=True, check=True)
    cold, warm = run(), run()
    cold_built, _, cold_code = cold.stderr.split()[-3:]
    warm_built, warm_spacy, warm_code = warm.stderr.split()[-3:]
    assert int(cold_built) == 14
    assert (warm_built, warm_spacy) == ("0", "False")
    assert warm.stdout == cold.stdout and warm_code == cold_code


def test_key_follows_content_sidecar_config_and_selection(tree, capsys):
    cache_dir = tree / "cache"
    summary = tree / "summaries" / "with-sidecar.md"
    base = (summary, "--cache-dir", cache_dir, "--format", "json")
    args = base + ("--select", "style,metadata/invalid")
    first = json.loads(check(capsys, *args)[1])
    assert any(d["rule"] == "metadata/invalid" for d in first)

    (tree / "summaries" / "with-sidecar.source.yaml").write_text("source:\n  design: randomized-trial\n", encoding="utf-8")
    assert not any(d["rule"] == "metadata/invalid" for d in json.loads(check(capsys, *args)[1]))

    summary.write_text("We use a blood test.\n", encoding="utf-8")
    assert json.loads(check(capsys, *args)[1]) == []

    summary.write_text("We utilize a blood test.\n", encoding="utf-8")
    assert [d["severity"] for d in json.loads(check(capsys, *args)[1])] == ["info"]
    (tree / ".laylint.yaml").write_text("rules:\n  style/plain-words:\n    severity: error\n", encoding="utf-8")
    code, out, _ = check(capsys, *args)
    assert code == 1 and [d["severity"] for d in json.loads(out)] == ["error"]
    assert json.loads(check(capsys, *base, "--select", "metadata/invalid")[1]) == []


def test_notices_are_replayed_from_the_cache(tmp_path, capsys):
    """A house rule that needs a trained pipeline is skipped with a notice, cached or not."""
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "trained.yaml").write_text(
        "id: house/trained\nkind: substitution\nseverity: info\nmessage: m\ndescription: d\n"
        "needs: [trained]\noptions: {swap: {utilize: use}}\n", encoding="utf-8")
    (tmp_path / ".laylint.yaml").write_text("rule_paths: [house]\nselect: [house]\n", encoding="utf-8")
    (tmp_path / "page.md").write_text("We utilize it.\n", encoding="utf-8")
    runs = [check(capsys, tmp_path / "page.md", "--cache-dir", tmp_path / "cache", "--timing") for _ in range(2)]
    assert "cache hits 1" in runs[1][2]
    notice = "laylint: notice: house/trained needs a trained spaCy pipeline (config `nlp:`); skipped"
    assert all(notice in err for _, _, err in runs)


@pytest.mark.parametrize("damage", [lambda data: data[: len(data) // 2], lambda data: b"\x00garbage{"])
def test_a_truncated_or_corrupt_pack_is_ignored_and_rebuilt(tree, capsys, damage):
    cache_dir = tree / "cache"
    expected = check(capsys, tree / "summaries", "--cache-dir", cache_dir)
    (pack,) = packs(cache_dir)
    pack.write_bytes(damage(pack.read_bytes()))
    again = check(capsys, tree / "summaries", "--cache-dir", cache_dir, "--timing")
    assert again[:2] == expected[:2]
    assert "cache hits 0" in again[2]
    assert len(entries(cache_dir)) == 14


def test_a_damaged_entry_is_a_miss_and_is_rewritten(tree, capsys):
    cache_dir = tree / "cache"
    expected = check(capsys, tree / "summaries", "--cache-dir", cache_dir)
    (pack,) = packs(cache_dir)
    data = json.loads(pack.read_bytes())
    broken = sorted(data["entries"])[:3]
    data["entries"][broken[0]] = None
    data["entries"][broken[1]]["diagnostics"] = [{"no": "such field"}]
    del data["entries"][broken[2]]["notices"]
    pack.write_text(json.dumps(data))
    again = check(capsys, tree / "summaries", "--cache-dir", cache_dir, "--timing")
    assert again[:2] == expected[:2]
    assert "cache hits 11" in again[2]
    assert all(isinstance(entries(cache_dir)[key]["notices"], list) for key in broken)


def test_a_file_keeps_one_entry_and_old_setups_are_pruned(tree, capsys, monkeypatch):
    cache_dir = tree / "cache"
    page = tree / "summaries" / "with-sidecar.md"
    for text in ("One.\n", "Two.\n", "Three.\n"):
        page.write_text(text, encoding="utf-8")
        check(capsys, tree / "summaries", "--cache-dir", cache_dir)
    assert len(entries(cache_dir)) == 14
    monkeypatch.setattr(caching, "MAX_PACKS", 2)
    for family in ("style", "metadata", "io"):
        check(capsys, tree / "summaries", "--cache-dir", cache_dir, "--select", family)
    assert len(packs(cache_dir)) == 2


def test_unwritable_cache_folder_degrades_to_no_cache(tree, capsys):
    blocker = tree / "not-a-folder"
    blocker.write_text("a file where the cache folder would go\n")
    expected = check(capsys, tree / "summaries", "--no-cache")
    code, out, err = check(capsys, tree / "summaries", "--cache-dir", blocker / "cache")
    assert (code, out) == expected[:2]
    assert "cache disabled" in err and "Traceback" not in err


def test_cache_folder_is_tagged_and_ignored_by_git(tree, capsys):
    check(capsys, tree / "summaries", "--cache-dir", tree / "cache")
    assert (tree / "cache" / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")
    assert (tree / "cache" / ".gitignore").read_text().splitlines()[-1] == "*"
    leftovers = [p for p in (tree / "cache").rglob("*") if p.name.endswith(".tmp")]
    assert leftovers == []


def test_default_cache_lives_beside_the_config_file(tree, capsys, monkeypatch):
    (tree / ".laylint.yaml").write_text("ignore: []\n", encoding="utf-8")
    monkeypatch.delenv(caching.CACHE_DIR_ENV, raising=False)
    monkeypatch.chdir(tree / "summaries")
    check(capsys, ".")
    assert len(entries(tree / caching.CACHE_DIR_NAME)) == 14
    assert not (tree / "summaries" / caching.CACHE_DIR_NAME).exists()


def test_folders_tagged_as_caches_are_not_searched(tree, capsys):
    (tree / "summaries" / ".pytest_cache").mkdir()
    (tree / "summaries" / ".pytest_cache" / "CACHEDIR.TAG").write_text(caching.CACHEDIR_TAG)
    (tree / "summaries" / ".pytest_cache" / "README.md").write_text("We utilize this cache.\n")
    assert ".pytest_cache" not in check(capsys, tree / "summaries", "--no-cache")[1]


def test_default_cache_lives_at_the_git_root_without_a_config(tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()
    (tmp_path / "docs").mkdir()
    assert caching.find_root(tmp_path / "docs") == tmp_path.resolve()


def test_the_environment_can_move_or_turn_off_the_cache(tree, capsys, monkeypatch):
    monkeypatch.chdir(tree)
    monkeypatch.setenv(caching.CACHE_DIR_ENV, str(tree / "elsewhere"))
    check(capsys, "summaries")
    assert len(entries(tree / "elsewhere")) == 14 and not (tree / caching.CACHE_DIR_NAME).exists()
    monkeypatch.setenv("LAYLINT_NO_CACHE", "1")
    check(capsys, "summaries", "--cache-dir", tree / "unused")
    assert not (tree / "unused").exists()


def test_no_cache_writes_nothing(tree, capsys, monkeypatch):
    monkeypatch.chdir(tree)
    check(capsys, "summaries", "--no-cache")
    assert not (tree / caching.CACHE_DIR_NAME).exists()


def test_a_failed_write_leaves_no_temp_file(tmp_path, monkeypatch):
    def refuse(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        write_atomically(tmp_path / "entry.json", b"{}")
    assert list(tmp_path.iterdir()) == []
