"""Safe YAML loading that remembers where every key and value stood.

Only PyYAML's SafeLoader constructors run, so tags such as !!python/object are refused.
Aliases are capped, so a "billion laughs" document is refused instead of walked.
"""

from __future__ import annotations

import re

import yaml

MAX_NODES = 200_000
# PyYAML breaks lines at NEL, LS and PS too; editors and laylint do not, so lines would drift.
_YAML_ONLY_BREAKS = str.maketrans({"\x85": " ", "\u2028": " ", "\u2029": " "})


class YamlError(Exception):
    """A YAML problem with a 1-based line and column inside the parsed text."""

    def __init__(self, message: str, line: int = 1, column: int = 1):
        super().__init__(message)
        self.message, self.line, self.column = message, line, column


class Positions:
    """Maps a key path such as ("source", "findings", 2, "value") to (line, column), 1-based."""

    def __init__(self, by_path: dict):
        self.by_path = by_path

    def at(self, path, default=(1, 1)):
        path = tuple(path)
        while path:
            if path in self.by_path:
                return self.by_path[path]
            path = path[:-1]
        return self.by_path.get((), default)


def _mark(node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _record(node, path, out: dict, budget: list[int]) -> None:
    budget[0] -= 1
    if budget[0] < 0:
        raise YamlError("document too large or too many aliases (refused)", *_mark(node))
    out.setdefault(path, _mark(node))
    if isinstance(node, yaml.MappingNode):
        seen = set()
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key is not None and key != "<<":  # PyYAML keeps the last silently; a typo'd copy hides the first
                if key in seen:
                    raise YamlError(f"duplicate key {key!r}", *_mark(key_node))
                seen.add(key)
            out.setdefault(path + (key,), _mark(value_node))
            out.setdefault(path + (key, "__key__"), _mark(key_node))
            _record(value_node, path + (key,), out, budget)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record(item, path + (index,), out, budget)


def _line_column(text: str, position: int) -> tuple[int, int]:
    before = text[:position]
    breaks = list(re.finditer(r"\r\n|\r|\n", before))
    return len(breaks) + 1, position - (breaks[-1].end() if breaks else 0) + 1


def load(text: str, line_offset: int = 0):
    """Parse one YAML document; return (data, Positions). Lines are shifted by `line_offset`."""
    text = text.translate(_YAML_ONLY_BREAKS)
    try:
        loader = _PositionLoader(text)  # checks every character first
    except yaml.reader.ReaderError as exc:
        line, column = _line_column(text, exc.position)
        raise YamlError(f"character #x{exc.character:04x} is not allowed in YAML", line + line_offset, column) from None
    try:
        node = loader.get_single_node()
        if node is None:
            return None, Positions({})
        positions: dict = {}
        _record(node, (), positions, [MAX_NODES])
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        column = mark.column + 1 if mark else 1
        problem = exc.problem or exc.context or "invalid YAML"
        raise YamlError(problem, line + line_offset, column) from None
    except yaml.YAMLError as exc:
        raise YamlError(str(exc).splitlines()[0], 1 + line_offset, 1) from None
    except YamlError as exc:
        raise YamlError(exc.message, exc.line + line_offset, exc.column) from None
    except RecursionError:
        raise YamlError("YAML nested too deeply", 1 + line_offset, 1) from None
    finally:
        loader.dispose()
    if line_offset:
        positions = {k: (v[0] + line_offset, v[1]) for k, v in positions.items()}
    return data, Positions(positions)


class _FastLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """libyaml's parser with the safe constructors, refusing duplicate keys like `load` does."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                if key_node.value in seen:
                    raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key_node.value!r}", key_node.start_mark)
                seen.add(key_node.value)
        return super().construct_mapping(node, deep)


# libyaml's composer recurses in C: ~30,000 nested brackets or dashes crash the process (a segfault,
# no message), where the pure-Python loader raises a RecursionError that becomes a YamlError.
_MAX_FAST_NESTERS = 5000


def _may_nest_deeply(text: str) -> bool:
    return text.count("[") + text.count("{") + text.count("- ") > _MAX_FAST_NESTERS


class _SlowLoader(yaml.SafeLoader):
    construct_mapping = _FastLoader.construct_mapping  # the same duplicate-key refusal


class _PositionLoader(yaml.SafeLoader):
    """The pure-Python safe loader (`load` records positions from its nodes)."""


def _timestamp_or_text(loader, node):
    """`2023-02-31` looks like a date but is none: keep the text (PyYAML would raise ValueError)."""
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


MAX_INT_DIGITS = 100  # no fact in a summary needs more; Python refuses ints over 4,300 digits anyway


def _bounded_int(loader, node):
    """An integer of at most MAX_INT_DIGITS digits: a 5,000-digit `title: 1000...` is a YAML problem
    at its line, not a ValueError that stops the whole run."""
    if sum(char.isdigit() for char in str(node.value)) > MAX_INT_DIGITS:
        raise yaml.constructor.ConstructorError(None, None, f"number too long (over {MAX_INT_DIGITS} digits)", node.start_mark)
    return yaml.constructor.SafeConstructor.construct_yaml_int(loader, node)


for _loader in (_FastLoader, _SlowLoader, _PositionLoader):
    _loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)
    _loader.add_constructor("tag:yaml.org,2002:int", _bounded_int)


def load_data(text: str):
    """Parse data files fast with libyaml's safe loader; no positions kept."""
    try:
        return yaml.load(text, Loader=_SlowLoader if _may_nest_deeply(text) else _FastLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise YamlError(exc.problem or "invalid YAML", mark.line + 1 if mark else 1, mark.column + 1 if mark else 1) from None
    except yaml.YAMLError as exc:
        raise YamlError(str(exc).splitlines()[0]) from None
    except RecursionError:
        raise YamlError("YAML nested too deeply") from None


class LazyPositions(Positions):
    """Positions found only when first asked for: valid files never pay for the slow parse."""

    def __init__(self, text: str, line_offset: int):
        self._text, self._line_offset, self._by_path = text, line_offset, None

    @property
    def by_path(self) -> dict:
        if self._by_path is None:
            try:
                self._by_path = load(self._text, self._line_offset)[1].by_path
            except YamlError:  # libyaml read it, the capped walk refuses it: positions fall back to line 1
                self._by_path = {}
        return self._by_path


_ANCHOR_OR_ALIAS = re.compile(r"(?:^|[\s\[{,:-])[&*][^\s,\]}]", re.M)


def load_lazy(text: str, line_offset: int = 0):
    """Like `load`, parsed by libyaml; positions are computed on demand. Documents with anchors or
    aliases take the capped path of `load`, so an alias bomb is still refused."""
    text = text.translate(_YAML_ONLY_BREAKS)
    if ("&" in text or "*" in text) and _ANCHOR_OR_ALIAS.search(text):
        return load(text, line_offset)
    if yaml.reader.Reader.NON_PRINTABLE.search(text) or _may_nest_deeply(text):  # `load` names the line, or is safe
        return load(text, line_offset)
    try:
        data = load_data(text)
    except YamlError:  # rare: let the pure-Python parser report it, with its exact position
        return load(text, line_offset)
    return data, LazyPositions(text, line_offset)
