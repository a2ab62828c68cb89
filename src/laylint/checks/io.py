"""Kinds `too-large` and `unreadable`: files that were not checked. The pipeline reports its read
problems through the rules of these kinds, before any analysis; on a readable document they have
nothing to say."""

from __future__ import annotations

from dataclasses import dataclass

from laylint.checks.kind import Kind, option

DEFAULT_MAX_BYTES = 2_000_000  # a lay summary is a few KB


@dataclass(frozen=True)
class SizeOptions:
    max_bytes: int = option(DEFAULT_MAX_BYTES, minimum=1)


def _validate_size(options):
    if options.max_bytes < 1:
        yield "max_bytes", "must be 1 or more"


def _nothing(rule, analysis):
    return ()


TOO_LARGE = Kind("too-large", _nothing, SizeOptions, fields=("size", "limit"), validate=_validate_size,
                 document_scope=True, reports="too-large", input_limit=lambda options: options.max_bytes)
UNREADABLE = Kind("unreadable", _nothing, fields=("reason",), document_scope=True, reports="unreadable")
