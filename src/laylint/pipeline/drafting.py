"""Facts drafted from an abstract: for `laylint draft`, and for a summary checked against its
abstract sidecar (`<stem>.abstract.txt` or `.md`) when it has no other source metadata.

The drafting itself is `laylint.draft` (plain functions of the text); this module gives it the
lexicon data of the run's rule set, reads abstracts with a size limit, and turns a draft into the
validated `Metadata` the checks read, with every finding located in the abstract.
"""

from __future__ import annotations

import hashlib
import sys
from collections import OrderedDict
from pathlib import Path

from laylint import metadata as metadatas
from laylint import safe_files, yamlpos
from laylint.pipeline.reading import decode

MAX_ABSTRACT_BYTES = 1_000_000  # an abstract is a few kilobytes; a larger file is refused, not drafted
_CACHE: OrderedDict = OrderedDict()  # (text digest, name, rule set) -> Draft; drafts are reused within a process
_CACHE_SIZE = 64


def synonym_groups(ruleset) -> list[list[str]]:
    """The lay-synonym lexicon's groups (synonyms and comparators), merged over the rule folders by
    the text layer's merger, with the same fields the claim checker reads."""
    from laylint.claims.vocabulary import SYNONYM_FIELDS
    from laylint.text import lexicons

    def build():
        merged = lexicons.merge(ruleset.lexicon("lay-synonyms"), SYNONYM_FIELDS)
        return [[str(word) for word in group] for key in ("synonyms", "comparators") for group in merged.get(key, [])]

    return ruleset.memo(("draft", "synonyms"), build) if ruleset is not None else []


def read_abstract(path: str, stdin=None) -> tuple[str | None, str | None]:
    """(text, None) or (None, why it cannot be drafted). `-` reads standard input."""
    try:
        if path == "-":
            stream = stdin or sys.stdin.buffer
            data = stream.read(MAX_ABSTRACT_BYTES + 1)
        else:
            if Path(path).is_dir():
                return None, f"{path} is a folder, not an abstract"
            with safe_files.open_regular(path) as handle:  # a FIFO or device is refused, never waited on
                data = handle.read(MAX_ABSTRACT_BYTES + 1)
    except safe_files.Refused as exc:
        return None, f"{path} {exc.reason}" if not exc.reason.startswith("could not") else f"cannot read {path}: {exc.reason}"
    except OSError as exc:
        return None, f"cannot read {path}: {exc.strerror or exc}"
    if len(data) > MAX_ABSTRACT_BYTES:
        return None, f"{path} is larger than {MAX_ABSTRACT_BYTES:,} bytes: too large to be an abstract"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, f"{path} is UTF-16 text; save it as UTF-8"
    text, bad, reason = decode(data)
    if text is None:
        return None, f"{path} {reason} at byte {bad}; an abstract must be UTF-8 text"
    return text.lstrip("\ufeff").replace("\0", " "), None


def draft_text(text: str, name: str, ruleset=None):
    """The draft of an abstract (memoised per process: a folder of summaries may share one abstract)."""
    from laylint.draft import draft

    key = (hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(), name, getattr(ruleset, "fingerprint", ""))
    if key in _CACHE:
        _CACHE.move_to_end(key)
        return _CACHE[key]
    result = draft(text, name, synonym_groups(ruleset))
    _CACHE[key] = result
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return result


def metadata_from_abstract(path: str, text: str | None, problem: str | None, ruleset=None):
    """(Metadata or None, problems) for a summary's abstract sidecar. Findings are located at their
    line in the abstract, so `missing-finding` and `metadata/invalid` point into it."""
    if text is None:
        return None, [metadatas.Problem(f"abstract sidecar: {problem or 'could not be read'}", 1, 1, path)]
    from laylint.draft import to_yaml
    from laylint.draft.writer import line_of

    drafted = draft_text(text, Path(path).name, ruleset)
    if not drafted.facts and drafted.studies is None and drafted.participants is None:
        return None, [metadatas.Problem("no study facts could be drafted from this abstract sidecar, so the summary's figures "
                                        f"are not checked; run `laylint draft {path}` to see why", 1, 1, path)]
    try:
        data = yamlpos.load_data(to_yaml(drafted))
    except yamlpos.YamlError as exc:  # a bug in the writer: say so rather than check against nothing
        return None, [metadatas.Problem(f"the draft of this abstract is not valid YAML ({exc.message}); please report it", 1, 1, path)]
    by_path = {(): (1, 1)}
    for index, fact in enumerate(drafted.facts):
        line = line_of(text, fact.start)
        column = fact.start - (text.rfind("\n", 0, fact.start) + 1) + 1
        by_path[("findings", index)] = (line, column)
    for key in ("studies", "participants"):
        total = getattr(drafted, key)
        if total:
            by_path[(key,)] = (line_of(text, total.start), 1)
    meta, problems = metadatas.from_mapping(data, yamlpos.Positions(by_path), (), path)
    if meta is not None:
        meta.drafted_from = path
        meta.drafted_text = text
    return meta, problems


def draft_file(source: str, project, output_format: str = "yaml", stdin=None) -> tuple[str, object]:
    """(text to print or write, Draft) for `laylint draft`; UsageError when the input cannot be read.
    The lexicons come from the configuration that applies where the abstract is (or the current folder)."""
    from laylint.draft import to_json, to_yaml
    from laylint.errors import UsageError

    if source != "-" and not Path(source).exists():
        raise UsageError(f"no such file: {source}")
    text, problem = read_abstract(source, stdin)
    if text is None:
        raise UsageError(problem)
    where = Path.cwd() if source == "-" else Path(source).resolve().parent
    ruleset = project.setup_for(where).ruleset
    name = "standard input" if source == "-" else Path(source).name
    drafted = draft_text(text, name, ruleset)
    return (to_json(drafted) if output_format == "json" else to_yaml(drafted)), drafted


def write_draft(out: str, data: str, force: bool) -> None:
    """Write the draft to `out` atomically; never over an existing file without `force`."""
    from laylint.atomic import write_atomically
    from laylint.errors import UsageError

    path = Path(out)
    if path.is_dir():
        raise UsageError(f"{out} is a folder; give a file name such as {Path(out) / 'summary.source.yaml'}")
    if path.exists() and not force:
        raise UsageError(f"{out} exists; use --force to overwrite it")
    if not path.parent.is_dir():
        raise UsageError(f"no such folder: {path.parent}")
    try:
        write_atomically(path, data.encode("utf-8"))
    except OSError as exc:
        raise UsageError(f"cannot write {out}: {exc.strerror or exc}") from None
