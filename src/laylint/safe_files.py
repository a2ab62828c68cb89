"""Reading files that an untrusted repository controls: summaries, sidecars, abstracts, config,
rules, lexicons and cache packs. Only regular files are read (never a FIFO, a device or a folder),
never more than a cap, and a symbolic link is followed only to a target inside the folders allowed
(the repository, or a folder named on the command line)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

MAX_SETUP_BYTES = 1_000_000  # a config, rule, lexicon or sidecar file; real ones are a few KB
OUTSIDE = "is a symbolic link to a file outside the repository"


class Refused(OSError):
    """A file laylint will not read; `reason` says why, in words fit for a diagnostic."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def repository_root(path: Path | str) -> Path:
    """The git work tree holding `path` (searched without resolving symlinks), else its folder."""
    absolute = Path(os.path.abspath(path))
    folder = absolute if os.path.isdir(absolute) and not os.path.islink(absolute) else absolute.parent
    for candidate in (folder, *folder.parents):
        if os.path.lexists(candidate / ".git"):
            return candidate
    return folder


def within(path: Path | str, folder: Path | str) -> bool:
    """`path` is `folder` or below it, both resolved."""
    real, top = os.path.realpath(path), os.path.realpath(folder)
    return real == top or real.startswith(top.rstrip(os.sep) + os.sep)


def escapes(path: Path | str, roots) -> bool:
    """The path leads (through a symlink) to a file outside every root."""
    return not any(within(path, root) for root in roots)


def open_regular(path: Path | str, roots=None, follow: bool = True):
    """A binary file object for a regular file, or Refused. `roots`: the folders a symlink may lead
    into (None: any); `follow=False` refuses a symlink outright (the cache's own files)."""
    if roots is not None and escapes(path, roots):
        raise Refused(OUTSIDE)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)  # a FIFO must not block
    if not follow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        handle = os.open(path, flags)
    except OSError as exc:
        if not follow and os.path.islink(path):
            raise Refused("is a symbolic link") from None
        raise Refused(f"could not be read ({exc.strerror or exc})") from None
    info = os.fstat(handle)
    if not stat.S_ISREG(info.st_mode):
        os.close(handle)
        raise Refused("is not a regular file (a folder, device, FIFO or socket)")
    return os.fdopen(handle, "rb")


def read_capped(path: Path | str, limit: int = MAX_SETUP_BYTES, roots=None, follow: bool = True) -> bytes:
    """The whole file, or Refused when it is not a regular file, escapes `roots` or exceeds `limit`."""
    with open_regular(path, roots, follow) as stream:
        try:
            data = stream.read(limit + 1)
        except OSError as exc:
            raise Refused(f"could not be read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise Refused(f"is larger than {limit:,} bytes")
    return data


def read_text(path: Path | str, limit: int = MAX_SETUP_BYTES, roots=None, encoding: str = "utf-8") -> str:
    """read_capped, decoded (UnicodeDecodeError propagates)."""
    return read_capped(path, limit, roots).decode(encoding)
