"""Per-file result cache under `.laylint_cache/`, like ruff's.

An entry is keyed on everything a file's result depends on (its bytes, its sidecar, the resolved
config and rules, the rule files, laylint's code and the spaCy pipeline's version), so a hit can be
replayed without parsing the file or importing spaCy. Entries are written atomically; an unreadable
entry is a miss; a folder that cannot be written turns the cache off for the run.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path

from laylint import __version__
from laylint import config as configuration
from laylint.diagnostics import Diagnostic

CACHE_DIR_NAME = ".laylint_cache"
CACHE_DIR_ENV = "LAYLINT_CACHE_DIR"
ENTRY_FORMAT = 1  # bump when the entry layout changes
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
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(f"{__version__}\0{ENTRY_FORMAT}".encode())
    for folder, dirs, files in os.walk(package):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            stat = os.stat(os.path.join(folder, name))
            digest.update(f"{folder}/{name}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    return digest.hexdigest()


@lru_cache(maxsize=8)
def pipeline_version(name: str | None) -> str:
    """The installed version of a trained pipeline package (without importing spaCy)."""
    if not name:
        return ""
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "absent"
    except ValueError:  # not a package name (e.g. a path)
        return "n/a"


def rules_fingerprint(config, ruleset, rules) -> str:
    """The resolved config, the rule files and the selected rules with their severities and options."""
    selected = [{k: v for k, v in asdict(rule).items() if k != "examples"} for rule in rules]
    data = {
        "config": config.fingerprint(), "ruleset": ruleset.fingerprint, "rules": selected,
        "nlp": [config.nlp, pipeline_version(config.nlp)], "code": code_fingerprint(),
    }
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()


def entry_key(display_path: str, data: bytes, sidecar_path: str | None, sidecar_text: str | None,
              setup_fingerprint: str) -> str:
    """The display path is part of the key because diagnostics carry it."""
    digest = hashlib.sha256()
    for part in (display_path, sidecar_path or "", setup_fingerprint):
        digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
    digest.update(hashlib.sha256(data).digest())
    digest.update(b"\0" if sidecar_text is None else b"\1" + sidecar_text.encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


class Cache:
    """get/put FileResults by key. `enabled` goes False (with a reason) when the folder is unusable."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.enabled = True
        self.problem: str | None = None
        self._prepared = False

    def _entry_path(self, key: str) -> Path:
        return self.folder / "files" / key[:2] / f"{key}.json"

    def get(self, key: str):
        """The cached FileResult for key, or None (missing, corrupt, truncated or of another format)."""
        from laylint.engine import FileResult

        if not self.enabled:
            return None
        try:
            entry = json.loads(self._entry_path(key).read_bytes())
            if entry.get("format") != ENTRY_FORMAT or entry.get("key") != key:
                return None
            result = FileResult(path=entry["path"], notices=list(entry["notices"]))
            result.diagnostics = [Diagnostic.from_cache(item) for item in entry["diagnostics"]]
            return result
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def put(self, key: str, result) -> None:
        if not self.enabled:
            return
        entry = {
            "format": ENTRY_FORMAT, "key": key, "path": result.path, "notices": list(result.notices),
            "diagnostics": [d.to_cache() for d in result.diagnostics],
        }
        try:
            self._prepare()
            _write_atomically(self._entry_path(key), json.dumps(entry, separators=(",", ":")).encode())
        except OSError as exc:
            self.enabled = False
            self.problem = f"cache disabled: cannot write {self.folder}: {exc.strerror or exc}"

    def _prepare(self) -> None:
        if self._prepared:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        for name, text in (("CACHEDIR.TAG", CACHEDIR_TAG), (".gitignore", "# Created by laylint.\n*\n")):
            if not (self.folder / name).exists():
                _write_atomically(self.folder / name, text.encode())
        self._prepared = True


def _write_atomically(path: Path, data: bytes) -> None:
    """Temp file in the same folder, then rename: readers see the old entry or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise
