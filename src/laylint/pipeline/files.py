"""Which files a run lints: the paths given, folders walked without following symlinks."""

from __future__ import annotations

import os
from pathlib import Path

from laylint import document as documents
from laylint.errors import UsageError

SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "env", "__pycache__", ".laylint_cache", ".tox", ".mypy_cache"}


def discover(paths: list[str], project, force_exclude: bool = False) -> list[Path]:
    """Summary files under the given paths, sorted. A file named on the command line is taken as
    given, unless `force_exclude` (pre-commit names every file, and the config's `exclude` must
    still apply there, as ruff's --force-exclude)."""
    found: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise UsageError(f"no such file or folder: {raw}")
        if path.is_file():
            for summary in summaries_of(path) if is_sidecar(path) else [path]:  # a sidecar stands for its summary
                if not (force_exclude and project.config_for(summary).is_excluded(summary)):
                    found.add(summary)
            continue
        config = project.config_for(path)
        if hasattr(project, "folders"):  # a symlink under a folder named on the command line may lead anywhere inside it
            project.folders.append(path.resolve())
        for candidate in _walk(path):
            if candidate.suffix.lower() in documents.SUMMARY_SUFFIXES and config.is_included(candidate) \
                    and not config.is_excluded(candidate, spare=None if force_exclude else path) \
                    and not is_abstract_sidecar(candidate):
                found.add(candidate)
    return sorted(found)


ABSTRACT_SUFFIXES = (".abstract.txt", ".abstract.md")
SIDECAR_SUFFIXES = (".source.yaml", ".source.yml") + ABSTRACT_SUFFIXES


def is_abstract_sidecar(path: Path) -> bool:
    """`<stem>.abstract.txt` / `.md`: the study's abstract beside a summary, read for its facts, not linted."""
    return path.name.lower().endswith(ABSTRACT_SUFFIXES)


def is_sidecar(path: Path) -> bool:
    """`<stem>.source.yaml` (or `.yml`), or the abstract `<stem>.abstract.txt` (or `.md`) the facts
    are drafted from: a summary's study facts, never prose to lint."""
    return path.name.lower().endswith(SIDECAR_SUFFIXES)


def summaries_of(sidecar: Path) -> list[Path]:
    """The summaries whose facts a sidecar holds: `<stem>.md`, `.markdown` or `.txt` beside it that
    read it (a `.source.yaml` wins over a `.source.yml`; an abstract is the facts when there is no
    metadata, and backs the metadata when there is). Editing the facts re-checks them; pre-commit
    names a sidecar when only they changed."""
    from laylint.metadata import sidecar_for
    from laylint.pipeline.reading import abstract_for

    name = sidecar.name
    stem = name[: -len(next(s for s in SIDECAR_SUFFIXES if name.lower().endswith(s)))]
    found = []
    for suffix in documents.SUMMARY_SUFFIXES:
        summary = sidecar.with_name(stem + suffix)
        if not summary.is_file():
            continue
        chosen = abstract_for(str(summary)) if is_abstract_sidecar(sidecar) else sidecar_for(str(summary))
        if chosen is not None and chosen.resolve() == sidecar.resolve():
            found.append(summary)
    return found


def _is_tool_folder(folder: Path) -> bool:
    """A virtual environment, or a cache tagged per bford.info/cachedir (.pytest_cache holds a README.md)."""
    return (folder / "pyvenv.cfg").exists() or (folder / "CACHEDIR.TAG").exists()


def _walk(root: Path):
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not _is_tool_folder(Path(folder) / d))
        for name in files:
            path = Path(folder) / name
            if path.is_file():  # not a dangling symlink, FIFO or socket (reading a FIFO would block)
                yield path
