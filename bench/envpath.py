"""The bench scripts run laylint in a temporary folder (cwd), so a relative PYTHONPATH ("PYTHONPATH=src") would
silently find no laylint there and fall back to the installed one: make its entries absolute first."""
from __future__ import annotations

import os
from pathlib import Path


def absolute_pythonpath(environ: dict = os.environ) -> None:
    """Rewrite environ's PYTHONPATH with every entry resolved against the current directory."""
    value = environ.get("PYTHONPATH")
    if value:
        environ["PYTHONPATH"] = os.pathsep.join(str(Path(entry).resolve()) for entry in value.split(os.pathsep) if entry)
