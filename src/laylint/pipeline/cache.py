"""Per-file result cache under `.laylint_cache/`, like ruff's.

An entry (one file's diagnostics and notices) is keyed on everything the file's result depends on:
its bytes and path, its sidecar, the resolved config and rules, the rule files, laylint's code, and
the versions of the libraries that shape results. So a hit is replayed without parsing the file or
importing spaCy. Packs are written atomically; anything unreadable is a miss; a folder that cannot
be written turns the cache off for the run.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path

from laylint import __version__
from laylint import config as configuration
from laylint import safe_files
from laylint.atomic import write_atomically
from laylint.diagnostics import Diagnostic

CACHE_DIR_NAME = ".laylint_cache"
CACHE_DIR_ENV = "LAYLINT_CACHE_DIR"
ENTRY_FORMAT = 2  # bump when the pack layout changes
MAX_PACKS = 8
MAX_PACK_BYTES = 512_000_000  # far above a pack of 100,000 files; a /dev/zero or a bomb is refused
PACK_NAME = re.compile(r"^[0-9a-f]{40}\.json$")  # the only files pruning may delete
CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by laylint.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)


def find_root(start: Path, config_file: Path | None = None) -> Path:
    """Where the cache lives: the config file's folder, else the git work tree's root, else `start`."""
    start = start.resolve()
    found = config_file or configuration.discover(start)
    if found is not None:
        return Path(found).resolve().parent
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return start


def default_dir(config_file: Path | None = None) -> Path:
    if os.environ.get(CACHE_DIR_ENV):
        return Path(os.environ[CACHE_DIR_ENV])
    return find_root(Path.cwd(), config_file) / CACHE_DIR_NAME


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """laylint's version plus the size and mtime of its code and data files: an edited check
    invalidates results even before the version is bumped (editable installs, contributors)."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(f"{__version__}\0{ENTRY_FORMAT}".encode())
    for folder, dirs, files in os.walk(package):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            stat = os.stat(os.path.join(folder, name))
            digest.update(f"{folder}/{name}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    return digest.hexdigest()


RESULT_LIBRARIES = ("spacy", "markdown-it-py", "wordfreq", "textstat")  # their upgrades can change results


@lru_cache(maxsize=16)
def package_version(name: str | None) -> str:
    """The installed version of a package, e.g. a trained pipeline (read from metadata, not imported)."""
    if not name:
        return ""
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "absent"
    except ValueError:  # not a package name (e.g. a path)
        return "n/a"


def rules_fingerprint(config, setup) -> str:
    """The resolved config, the rule files and the selected rules with their severities and options."""
    selected = [{k: v for k, v in asdict(rule).items() if k != "examples"} for rule in setup.rules]
    data = {
        "config": config.fingerprint(), "ruleset": setup.ruleset.fingerprint, "rules": selected,
        "nlp": [config.nlp, package_version(config.nlp)], "code": code_fingerprint(),
        "libraries": [package_version(name) for name in RESULT_LIBRARIES], "limit": setup.input_limit,
    }
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()


def entry_key(source, setup_fingerprint: str) -> str:
    """The key of one input (a reading.Input); the display path is part of it because diagnostics carry it."""
    digest = hashlib.sha256()
    for part in (source.display, source.sidecar_path or "", setup_fingerprint):
        digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
    digest.update(hashlib.sha256(source.data).digest())
    sidecar = source.sidecar_text
    digest.update(b"\0" if sidecar is None else b"\1" + sidecar.encode("utf-8", "surrogateescape"))
    abstract = getattr(source, "abstract_text", None)  # facts drafted from an abstract sidecar depend on its text
    digest.update(b"\0" + (getattr(source, "abstract_path", None) or "").encode("utf-8", "surrogateescape") + b"\0")
    digest.update(b"\0" if abstract is None else b"\1" + abstract.encode("utf-8", "surrogateescape"))
    digest.update((getattr(source, "abstract_problem", None) or "").encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


class Cache:
    """FileResults by key, in one pack file per rules setup (`packs/<setup fingerprint>.json`): a run
    reads each pack once and writes it once, instead of opening a file per summary. A pack keeps one
    entry per file path; `save()` writes the packs this run changed. `enabled` goes False (with a
    `problem`) when the folder cannot be written."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.enabled = True
        self.problem: str | None = None
        self._packs: dict[str, dict] = {}  # setup fingerprint -> {key: entry} as read from disk
        self._used: dict[str, dict] = {}  # setup fingerprint -> {key: entry} hit or stored this run
        self._dirty: set[str] = set()
        for folder in (self.folder, self.folder / "packs"):
            why = unsafe_folder(folder)
            if why:
                self.enabled = False
                self.problem = f"cache disabled: {folder} {why}"
                break

    def _pack_path(self, setup: str) -> Path:
        return self.folder / "packs" / f"{setup[:40]}.json"

    def _pack(self, setup: str) -> dict:
        if setup not in self._packs:
            try:
                data = json.loads(safe_files.read_capped(self._pack_path(setup), MAX_PACK_BYTES, follow=False))
                entries = data["entries"] if data.get("format") == ENTRY_FORMAT else {}
                self._packs[setup] = entries if isinstance(entries, dict) else {}
            except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError, MemoryError):
                self._packs[setup] = {}  # missing, truncated, corrupt or not a file: a miss, rewritten
        return self._packs[setup]

    def get(self, setup: str, key: str):
        """The cached FileResult for key, or None (missing, corrupt or of another format)."""
        from laylint.pipeline.linting import FileResult

        if not self.enabled:
            return None
        entry = self._pack(setup).get(key)
        try:
            result = FileResult(path=entry["path"], notices=list(entry["notices"]))
            result.diagnostics = [Diagnostic.from_cache(item) for item in entry["diagnostics"]]
        except (ValueError, KeyError, TypeError, AttributeError):
            return None
        self._used.setdefault(setup, {})[key] = entry
        return result

    def put(self, setup: str, key: str, result) -> None:
        if self.enabled:
            self._used.setdefault(setup, {})[key] = {
                "path": result.path, "notices": list(result.notices),
                "diagnostics": [d.to_cache() for d in result.diagnostics],
            }
            self._dirty.add(setup)

    def save(self) -> None:
        """Write the changed packs: this run's entries, plus older entries of files this run did not see."""
        if not self.enabled:
            return
        try:
            for setup in sorted(self._dirty):
                used = self._used[setup]
                seen = {entry["path"] for entry in used.values()}
                kept = {k: e for k, e in self._pack(setup).items() if isinstance(e, dict) and e.get("path") not in seen}
                entries = {**kept, **used}
                self._prepare()
                data = json.dumps({"format": ENTRY_FORMAT, "entries": entries}, separators=(",", ":"))
                write_atomically(self._pack_path(setup), data.encode())
                self._packs[setup] = entries
            self._dirty.clear()
            self._prune()
        except OSError as exc:
            self.enabled = False
            self.problem = f"cache disabled: cannot write {self.folder}: {exc.strerror or exc}"

    def _prune(self) -> None:
        """Keep the most recently written packs; older setups (laylint or rules since changed) go.
        Only regular files named as laylint names its packs are ever deleted."""
        packs = []
        for path in (self.folder / "packs").iterdir():
            info = path.lstat()
            if PACK_NAME.match(path.name) and stat.S_ISREG(info.st_mode):
                packs.append((info.st_mtime, path))
        for _, old in sorted(packs, reverse=True)[MAX_PACKS:]:
            old.unlink(missing_ok=True)

    def _prepare(self) -> None:
        for folder in (self.folder, self.folder / "packs"):
            folder.mkdir(parents=True, exist_ok=True)
            why = unsafe_folder(folder)
            if why:
                raise OSError(why)
        for name, text in (("CACHEDIR.TAG", CACHEDIR_TAG), (".gitignore", "# Created by laylint.\n*\n")):
            if not (self.folder / name).exists():
                write_atomically(self.folder / name, text.encode())


def unsafe_folder(folder: Path) -> str | None:
    """Why the cache must not write into `folder` (None: it may, or it does not exist yet). A
    repository may commit `.laylint_cache` as a symlink to steer writes and deletions elsewhere."""
    try:
        info = os.lstat(folder)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"cannot be inspected ({exc.strerror or exc})"
    if stat.S_ISLNK(info.st_mode):
        return "is a symbolic link; laylint writes its cache only into a real folder"
    if not stat.S_ISDIR(info.st_mode):
        return "is not a folder"
    if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
        return "is owned by another user"
    return None
