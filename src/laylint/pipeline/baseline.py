"""Baselines: adopt laylint on a repository that already has problems, then tighten.

`laylint check --write-baseline FILE` records every problem of today; `--baseline FILE` then
reports only problems that are not in it. A problem is keyed by its file (relative to the
baseline's folder), its rule and its fingerprint (laylint.pipeline.fingerprints: a hash of the
text it points at, never its line), and counted: a file with three unexplained uses of the same
acronym on identical text has a count of three, so a fourth is new. Moving paragraphs keeps every
key; editing the flagged words makes the problem new.

The file is small, sorted JSON with one line per file and rule, so it diffs well when committed.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from laylint.atomic import write_atomically
from laylint.errors import UsageError

FORMAT = 1
COMMENT = ("Problems laylint reported when this file was written. `laylint check --baseline <this file>` "
           "reports only problems that are not listed here; rewrite it with --write-baseline after fixing some.")


def _key_path(path: str, folder: Path) -> str:
    """The file's path relative to the baseline's folder, POSIX, with undecodable bytes as %XX."""
    absolute = Path(os.path.abspath(path))
    try:
        text = absolute.relative_to(folder).as_posix()
    except ValueError:
        text = absolute.as_posix()
    raw = os.fsencode(text)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return "".join(chr(b) if b < 0x80 and b != 0x25 else f"%{b:02X}" for b in raw)


@dataclass
class Baseline:
    path: Path
    counts: Counter = field(default_factory=Counter)  # (file, rule, fingerprint) -> how many

    @property
    def folder(self) -> Path:
        return Path(os.path.abspath(self.path)).parent

    def key(self, d) -> tuple[str, str, str]:
        return _key_path(d.path, self.folder), d.rule, d.fingerprint

    def filter(self, results) -> "Filtered":
        """Drop the problems the baseline lists from each FileResult (in place)."""
        left = Counter(self.counts)
        hidden = 0
        for result in results:
            kept = []
            for d in result.diagnostics:
                key = self.key(d)
                if left[key] > 0:
                    left[key] -= 1
                    hidden += 1
                else:
                    kept.append(d)
            result.diagnostics = kept
        checked = {_key_path(result.path, self.folder) for result in results}
        # Entries of files checked in this run that no longer occur: fixed since (tighten the baseline).
        gone = sum(count for (file, _, _), count in left.items() if file in checked and count > 0)
        return Filtered(hidden, gone)


@dataclass
class Filtered:
    hidden: int  # problems not reported because the baseline lists them
    fixed: int  # baseline entries for the checked files that no longer occur


MAX_BASELINE_BYTES = 256_000_000


def load(path: Path) -> Baseline:
    from laylint import safe_files

    if not os.path.lexists(path):
        raise UsageError(f"baseline file not found: {path} (write one with --write-baseline)")
    try:  # a committed baseline is repository content: a regular file, capped, no nesting bomb
        data = json.loads(safe_files.read_capped(path, MAX_BASELINE_BYTES, [safe_files.repository_root(path)]).decode("utf-8"))
    except RecursionError:
        raise UsageError("the baseline is nested too deeply", str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read the baseline: {exc}", str(path)) from None
    except json.JSONDecodeError as exc:
        raise UsageError(f"the baseline is not valid JSON: {exc.msg}", str(path), exc.lineno) from None
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, dict) or data.get("version") != FORMAT:
        raise UsageError(f"not a laylint baseline (version {FORMAT} with a 'files' mapping)", str(path))
    baseline = Baseline(Path(path))
    for file, rules in files.items():
        if not isinstance(rules, dict):
            raise UsageError(f"baseline entry for {file!r} must map rule ids to fingerprints", str(path))
        for rule, prints in rules.items():
            if not isinstance(prints, list) or not all(isinstance(p, str) for p in prints):
                raise UsageError(f"baseline entry {file!r} / {rule!r} must be a list of fingerprints", str(path))
            for fingerprint in prints:
                baseline.counts[(file, rule, fingerprint)] += 1
    return baseline


def render(path: Path, diagnostics) -> str:
    """The baseline file for these diagnostics: sorted, one line per file and rule."""
    folder = Path(os.path.abspath(path)).parent
    by_file: dict[str, dict[str, list[str]]] = {}
    for d in diagnostics:
        by_file.setdefault(_key_path(d.path, folder), {}).setdefault(d.rule, []).append(d.fingerprint)
    lines = ["{", f'  "version": {FORMAT},', f'  "comment": {json.dumps(COMMENT)},', '  "files": {']
    files = sorted(by_file)
    for i, file in enumerate(files):
        rules = sorted(by_file[file])
        lines.append(f"    {json.dumps(file, ensure_ascii=False)}: {{")
        for j, rule in enumerate(rules):
            prints = json.dumps(sorted(by_file[file][rule]))
            lines.append(f"      {json.dumps(rule)}: {prints}{',' if j < len(rules) - 1 else ''}")
        lines.append("    }" + ("," if i < len(files) - 1 else ""))
    lines += ["  }", "}"]
    return "\n".join(lines) + "\n"


def write(path: Path, diagnostics) -> None:
    path = Path(path)
    try:
        mode = 0o666 & ~_umask()
        write_atomically(Path(os.path.abspath(path)), render(path, diagnostics).encode("utf-8"), mode=mode)
    except OSError as exc:
        raise UsageError(f"cannot write the baseline: {exc.strerror or exc}", str(path)) from None


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
