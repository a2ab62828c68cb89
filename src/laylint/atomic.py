"""Atomic writes: a temp file in the same folder, then a rename, so readers (and a run killed
half-way) see the old file or the new one, never half of one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes, mode: int | None = None, durable: bool = False,
                     owner: tuple[int, int] | None = None) -> None:
    """Replace `path` with `data`; `mode` sets the permission bits, `owner` the (uid, gid) when they
    differ from the writer's, `durable` fsyncs before the rename."""
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".laylint-tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            if durable:
                stream.flush()
                os.fsync(stream.fileno())
        if owner is not None and hasattr(os, "chown"):
            current = os.stat(temp)
            if (current.st_uid, current.st_gid) != owner:
                os.chown(temp, *owner)
        if mode is not None:
            os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise
