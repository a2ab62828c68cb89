"""Subcommands: each module has add_arguments(parser) and run(args) -> exit code; its one-line help is in cli.COMMANDS."""

from __future__ import annotations


def split_ids(values) -> list[str] | None:
    """--select a,b --select c -> [a, b, c]"""
    if not values:
        return None
    return [item.strip() for value in values for item in value.split(",") if item.strip()]
