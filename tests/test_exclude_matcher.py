"""Config.is_excluded matches every pattern at once (issue #19: it was half of a cached run); the
answer must be the one pattern-by-pattern matching gives, for globs, folders and symlinks."""

from __future__ import annotations

import os

import pytest

from laylint.config import DEFAULT_EXCLUDE, Config, _matches

PATTERNS = DEFAULT_EXCLUDE + ["drafts/", "*.draft.md", "archive/2019/*", "notes", "[ab]*.md", "oncology/trial?.md"]
PATHS = ["README.md", "docs/statins.md", "sub/README.md", "drafts", "drafts/asthma.md", "notes/renal.md",
         "archive/2019/smoking.md", "archive/2020/smoking.md", "a.md", "b/c.md", "cardiology/LICENSE.txt",
         "oncology/trial1.md", "oncology/trial12.md", "paediatrics/zinc.draft.md", "mental-health/cbt.md"]


@pytest.mark.parametrize("relative", PATHS)
def test_all_patterns_at_once_agree_with_one_by_one(tmp_path, relative):
    config = Config(root=tmp_path, exclude=list(PATTERNS))
    path = tmp_path / relative
    expected = any(_matches(path, relative, pattern) for pattern in PATTERNS)
    assert config.is_excluded(path) == expected


def test_the_expected_files_are_excluded(tmp_path):
    config = Config(root=tmp_path, exclude=list(PATTERNS))
    excluded = {relative for relative in PATHS if config.is_excluded(tmp_path / relative)}
    # fnmatch's * crosses "/": "[ab]*.md" takes archive/2020/smoking.md too, as it always did
    assert excluded == {"README.md", "docs/statins.md", "sub/README.md", "drafts", "drafts/asthma.md",
                        "notes/renal.md", "archive/2019/smoking.md", "archive/2020/smoking.md", "a.md", "b/c.md", "cardiology/LICENSE.txt",
                        "oncology/trial1.md", "paediatrics/zinc.draft.md"}


def test_no_patterns_exclude_nothing(tmp_path):
    assert not Config(root=tmp_path, exclude=[]).is_excluded(tmp_path / "README.md")


def test_a_spared_folder_and_a_symlink_into_an_excluded_one(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "asthma.md").write_text("Inhalers helped.\n")
    (tmp_path / "pages").mkdir()
    os.symlink(tmp_path / "docs" / "asthma.md", tmp_path / "pages" / "link.md")
    (tmp_path / "pages" / "renal.md").write_text("Dialysis helped.\n")
    config = Config(root=tmp_path)
    assert config.is_excluded(tmp_path / "pages" / "link.md")  # it is docs/asthma.md
    assert not config.is_excluded(tmp_path / "pages" / "renal.md")
    assert not config.is_excluded(tmp_path / "docs" / "asthma.md", spare=tmp_path / "docs")
    assert config.is_excluded(tmp_path / "docs" / "asthma.md")
