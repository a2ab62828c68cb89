"""`--diff REV`: which files and lines changed since REV, from `git diff --unified=0`.

The comparison is three-dot style: from the merge-base of REV and HEAD to the working tree, so it
covers commits on this branch, staged and unstaged edits, and untracked (not ignored) files, which
count as wholly changed. Line-scope diagnostics are kept only on changed lines; document-scope ones
are kept whenever their file changed. A changed sidecar (`<stem>.source.yaml`, or the abstract
`<stem>.abstract.txt` that is the facts or backs them) opens every line of its summary to the rules
that read the metadata.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from laylint.errors import UsageError

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
_ESCAPES = {"a": 7, "b": 8, "t": 9, "n": 10, "v": 11, "f": 12, "r": 13, '"': 34, "\\": 92}
EVERY_LINE = None  # marks an untracked file: every line is new


@dataclass
class Changes:
    root: Path
    base: str
    lines: dict[Path, set[int] | None] = field(default_factory=dict)  # resolved path -> changed lines
    facts: set[Path] = field(default_factory=set)  # summaries whose sidecar metadata changed (or was deleted)
    facts_rules: frozenset = frozenset()  # the rules that read the metadata (set by the run)
    _resolved: dict[str, Path] = field(default_factory=dict, repr=False)

    def changed(self, path: Path | str) -> bool:
        return Path(path).resolve() in self.lines

    def file_changed(self, summary: Path) -> bool:
        """A summary counts as changed when it or its sidecar metadata (or the abstract its facts are
        drafted from) changed: `since` puts it in `facts`."""
        return self.changed(summary) or Path(summary).resolve() in self.facts

    def keeps(self, diagnostic) -> bool:
        """Document problems always; line problems on changed lines; and, when the facts changed,
        every line problem of a rule that reads them (a claim is now wrong on a line nobody edited)."""
        if diagnostic.scope == "document":
            return True
        if diagnostic.path not in self._resolved:  # relative to the current folder, once per path
            self._resolved[diagnostic.path] = Path(diagnostic.path).resolve()
        path = self._resolved[diagnostic.path]
        if path in self.facts and diagnostic.rule in self.facts_rules:
            return True
        lines = self.lines.get(path, set())
        if lines is EVERY_LINE:
            return True
        return any(line in lines for line in range(diagnostic.line, max(diagnostic.line, diagnostic.end_line) + 1))


def _git(root: Path | None, *args: str, silent_failure: str = "") -> str:
    command = ["git", "-c", "core.quotePath=false", *args]
    try:
        done = subprocess.run(command, cwd=root, capture_output=True, check=False)
    except OSError as exc:
        raise UsageError(f"--diff needs git: {exc.strerror or exc}") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        if not message and silent_failure:
            raise UsageError(f"--diff: {silent_failure}")
        raise UsageError(f"--diff: git {args[0]} failed: {message[0] if message else f'exit {done.returncode}'}")
    return done.stdout.decode("utf-8", "surrogateescape")


def unquote(path: str) -> str:
    """git's C-style quoting of unusual file names ("a\\tb", octal UTF-8 bytes)."""
    if not (len(path) >= 2 and path[0] == path[-1] == '"'):
        return path
    body, out, i = path[1:-1], bytearray(), 0
    while i < len(body):
        char = body[i]
        if char == "\\" and i + 1 < len(body):
            nxt = body[i + 1]
            if nxt in "01234567":
                out.append(int(body[i + 1:i + 4], 8))
                i += 4
                continue
            out.append(_ESCAPES.get(nxt, ord(nxt)))
            i += 2
            continue
        out.extend(char.encode("utf-8", "surrogateescape"))
        i += 1
    return out.decode("utf-8", "surrogateescape")


def parse_diff(text: str) -> dict[str, set[int]]:
    """repository-relative path -> new-side line numbers added or changed (deleted files are left out)."""
    changed: dict[str, set[int]] = {}
    current: set[int] | None = None
    for line in text.splitlines():
        if line.startswith("+++ "):
            target = line[4:].rstrip("\t")
            if target == "/dev/null":
                current = None
            else:
                name = unquote(target)
                current = changed.setdefault(name[2:] if name.startswith("b/") else name, set())
        elif line.startswith("@@") and current is not None:
            match = _HUNK.match(line)
            if match:
                start, count = int(match.group(1)), int(match.group(2) or 1)
                current.update(range(start, start + count))
        elif line.startswith("diff --git "):
            current = None
    return changed


def since(rev: str, cwd: Path | None = None) -> Changes:
    if not rev or rev.startswith("-"):
        raise UsageError(f"--diff: invalid revision {rev!r}")
    root = Path(_git(cwd, "rev-parse", "--show-toplevel").strip()).resolve()
    base = _git(root, "merge-base", rev, "HEAD", silent_failure=(
        f"{rev} and HEAD have no common ancestor here (a shallow clone? fetch more history)")).strip()
    # Spelled out so user settings (noprefix, mnemonicPrefix, external diff, textconv) cannot change the format.
    diff = _git(root, "diff", "--unified=0", "--no-color", "--no-ext-diff", "--no-textconv", "--no-renames",
                "--src-prefix=a/", "--dst-prefix=b/", base, "--")
    changes = Changes(root, base)
    for name, lines in parse_diff(diff).items():
        changes.lines[(root / name).resolve()] = lines
    untracked = _git(root, "ls-files", "--others", "--exclude-standard", "-z")
    for name in filter(None, untracked.split("\0")):
        changes.lines[(root / name).resolve()] = EVERY_LINE
    deleted = _git(root, "diff", "--name-only", "--diff-filter=D", "-z", "--no-renames", base, "--")
    _facts_changed(changes, [root / name for name in filter(None, deleted.split("\0"))])
    return changes


def _facts_changed(changes: Changes, deleted: list[Path]) -> None:
    """Summaries whose sidecar changed or was deleted: the facts every claim is checked against are
    new, so a claim on any line may now be wrong (`keeps` opens every line to the rules reading them)."""
    from laylint import document as documents
    from laylint.pipeline.files import SIDECAR_SUFFIXES, is_sidecar, summaries_of

    for sidecar in [path for path in changes.lines if is_sidecar(path)]:
        changes.facts.update(summary.resolve() for summary in summaries_of(sidecar))
    for sidecar in (path.resolve() for path in deleted if is_sidecar(path)):
        stem = sidecar.name[: -len(next(s for s in SIDECAR_SUFFIXES if sidecar.name.lower().endswith(s)))]
        for suffix in documents.SUMMARY_SUFFIXES:
            if (summary := sidecar.with_name(stem + suffix)).is_file():
                changes.facts.add(summary.resolve())
