"""Strict decoding of a kind's options (from a rule file or a config override) into its dataclass."""

from __future__ import annotations

import dataclasses
import types
import typing
from functools import lru_cache

from laylint import yamlpos
from laylint.checks.kind import bounds_problem
from laylint.diagnostics import SEVERITIES
from laylint.errors import UsageError, did_you_mean

_TYPE_NAMES = {str: "text", int: "a whole number", float: "a number", bool: "true or false", list: "a list",
               dict: "a mapping"}


@lru_cache(maxsize=None)
def option_types(options_class) -> dict:
    """Option name -> its declared type."""
    hints = typing.get_type_hints(options_class)
    return {f.name: hints[f.name] for f in dataclasses.fields(options_class)}


def defaults(options_class) -> dict:
    instance = options_class()
    return {name: getattr(instance, name) for name in option_types(options_class)}


def type_ok(value, expected) -> bool:
    origin, args = typing.get_origin(expected), typing.get_args(expected)
    if origin is typing.Literal:
        return isinstance(value, str) and value in args
    if origin in (typing.Union, types.UnionType):
        return any(type_ok(value, option) for option in args)
    if expected is type(None):
        return value is None
    if origin is list:
        return isinstance(value, list) and all(type_ok(item, args[0]) for item in value)
    if origin is dict:
        return isinstance(value, dict) and all(type_ok(k, args[0]) and type_ok(v, args[1]) for k, v in value.items())
    if expected is list:  # a list of text, numbers or true/false (never nested)
        return isinstance(value, list) and all(isinstance(item, (str, int, float, bool)) for item in value)
    if expected is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if expected is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, expected)


def type_name(expected) -> str:
    origin, args = typing.get_origin(expected), typing.get_args(expected)
    if origin is typing.Literal:
        return "one of " + ", ".join(args)
    if origin in (typing.Union, types.UnionType):
        return " or ".join(type_name(a) for a in args if a is not type(None))
    if origin in (list, dict):
        return f"{_TYPE_NAMES[origin]} of {type_name(args[-1])}"
    if expected is list:
        return "a list of text or numbers"
    return _TYPE_NAMES.get(expected, getattr(expected, "__name__", str(expected)))


def check_names(kind, settings: dict, where: str, positions: yamlpos.Positions, base: tuple, user: bool = False):
    """Every key names an option of the kind (`user`: a config file, which may not set internal ones)."""
    known = option_types(kind.options)
    public = sorted(k for k in known if not (user and k in kind.internal))
    for key in settings:
        if key not in public:
            raise UsageError(f"unknown option {key!r} for kind {kind.name}{did_you_mean(str(key), public)} "
                             f"(known: {', '.join(public) or 'none'})",
                             where, positions.at(base + (key,))[0], key)


def decode(kind, settings: dict, where: str, positions: yamlpos.Positions, base: tuple):
    """The kind's Options from `settings`; a UsageError naming the file, line and key otherwise."""
    check_names(kind, settings, where, positions, base)
    known = option_types(kind.options)
    for key, value in settings.items():
        if not type_ok(value, known[key]):
            raise UsageError(f"option {key!r} must be {type_name(known[key])}, got {value!r}", where,
                             positions.at(base + (key,))[0], key)
    for spec in dataclasses.fields(kind.options):
        if spec.name in settings and spec.metadata.get("bounds"):
            problem = bounds_problem(settings[spec.name], spec.metadata["bounds"])
            if problem:
                raise UsageError(f"option {spec.name!r} {problem}, got {settings[spec.name]!r}", where,
                                 positions.at(base + (spec.name,))[0], spec.name)
    options = kind.options(**settings)
    for key, message in (kind.validate(options) if kind.validate else ()):
        raise UsageError(f"option {key!r}: {message}", where, positions.at(base + (key,))[0], key)
    return options


def severities(kind, options) -> dict:
    """case -> severity: a fixed severity, or the value of the option the kind names for that case."""
    resolved = {}
    for case, spec in kind.severities.items():
        value = spec if spec in SEVERITIES else getattr(options, spec)
        if value is not None:
            resolved[case] = value
    return resolved
