"""Check kinds: one module per kind (like Vale's extension points).

A rule's `kind: hard-sentence` runs `laylint.checks.hard_sentence`. Each kind module defines
  OPTIONS: dict[str, type]          the options its rules may set (validated on load)
  check(rule, analysis) -> iterable of Diagnostic  (build them with analysis.diagnostic)
and may define
  validate(options) -> list[(key, message)]  deeper option checks (e.g. regexes)
  DOCUMENT_SCOPE = True              its diagnostics are about the whole document (kept by --diff)
Kind modules must not import spaCy at import time: a fully cached run never loads it.
"""

from __future__ import annotations

import importlib
import importlib.util
import re

_KIND_NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


def module_name(kind: str) -> str:
    return f"{__name__}.{kind.replace('-', '_')}"


def exists(kind: str) -> bool:
    if not isinstance(kind, str) or not _KIND_NAME.match(kind):
        return False
    return importlib.util.find_spec(module_name(kind)) is not None


def load(kind: str):
    return importlib.import_module(module_name(kind))
