"""The draft as a commented sidecar (YAML that `yaml.safe_load` reads and laylint validates), or
as JSON with each finding's offset in the abstract."""

from __future__ import annotations

import json
import re

from laylint.draft.model import Draft, Fact

_PLAIN = re.compile(r"[A-Za-z0-9][\w .'/+()&-]*")
_RESERVED = {"yes", "no", "true", "false", "null", "on", "off", "y", "n", "~"}
KIND_NAMES = {"cochrane": "a Cochrane abstract", "structured": "a structured abstract", "unstructured": "an unstructured abstract"}


def scalar(text: str) -> str:
    """A YAML scalar for a name: plain when that is safe inside a flow mapping, else double-quoted."""
    if _PLAIN.fullmatch(text) and text.lower() not in _RESERVED and not re.fullmatch(r"[\d.+-]+(?:e\d+)?", text) \
            and not text.endswith(" ") and ": " not in text:
        return text
    return json.dumps(text, ensure_ascii=False)


def number(written: str, value: float, percent: bool) -> str:
    text = written.replace(",", "") if written else _short(value)
    try:
        if abs(float(text) - value) > 1e-6:
            text = _short(value)
    except ValueError:
        text = _short(value)
    return text + ("%" if percent else "")


def _short(value: float) -> str:
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def finding_items(fact: Fact) -> list[tuple[str, object]]:
    """The finding's keys in schema order, as (key, YAML text)."""
    items: list[tuple[str, str]] = []
    if fact.drug:
        items.append(("drug", scalar(fact.drug)))
    if fact.comparator:
        items.append(("comparator", scalar(fact.comparator)))
    if fact.outcome and fact.role != "count":
        items.append(("outcome", scalar(fact.outcome)))
    if fact.measure:
        items.append(("measure", fact.measure))
    items.append(("value", number(fact.written[0] if fact.written else "", fact.value, fact.percent)))
    if fact.ci:
        low = number(fact.written[1] if len(fact.written) > 1 else "", fact.ci[0], fact.percent)
        high = number(fact.written[2] if len(fact.written) > 2 else "", fact.ci[1], fact.percent)
        items.append(("ci", f"[{low}, {high}]"))
    if fact.certainty:
        items.append(("certainty", fact.certainty))
    if fact.population:
        items.append(("population", scalar(fact.population)))
    return items


def quote(draft: Draft, fact: Fact) -> str:
    """The abstract words a finding came from: its outcome phrase and the estimate, shortened."""
    text = draft.text
    lead = fact.lead_end if fact.lead_end is not None else fact.start
    start = max(fact.sentence.start, min(fact.start, lead) - 70)
    if fact.role in ("arm", "background", "count"):
        start = max(fact.sentence.start, fact.start - 60)
    end = min(fact.sentence.end, max(fact.end, fact.start) + (25 if fact.role != "effect" else 0))
    snippet = text[start:end]
    if start > fact.sentence.start:
        cut = snippet.find(" ")
        snippet = "..." + snippet[cut + 1:] if 0 <= cut < 20 else "..." + snippet
    if end < fact.sentence.end and fact.role != "effect":
        cut = snippet.rfind(" ")
        snippet = snippet[:cut] + " ..." if cut > len(snippet) - 20 else snippet + "..."
    snippet = re.sub(r"\s+", " ", snippet).strip()
    return snippet


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def mapping(draft: Draft) -> dict:
    """The schema mapping (what yaml.safe_load gives for the YAML form), read by libyaml where it is
    installed: the pure-Python reader took most of `laylint draft --format json`'s time."""
    import yaml

    return yaml.load(to_yaml(draft), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}


def _comment(text: str, width: int = 100) -> list[str]:
    """`# text` wrapped at `width`."""
    lines, current = [], "#"
    for word in text.split():
        if len(current) + 1 + len(word) > width and current != "#":
            lines.append(current)
            current = "#  "
        current += " " + word
    lines.append(current)
    return lines


def to_yaml(draft: Draft) -> str:
    out: list[str] = []
    out += _comment(f"Drafted by laylint from {draft.source_name} ({KIND_NAMES.get(draft.kind, 'an abstract')}). "
                    "Review every line against the abstract before relying on it: laylint reads patterns, not meaning.")
    out += _comment("Each finding's comment quotes the words it came from (L = line in the abstract); "
                    "'CHECK:' marks what laylint was unsure of. Mark the findings a summary must state with key: true.")
    for note in draft.notes:
        out += _comment(f"CHECK: {note}")
    if draft.title:
        out.append(f"title: {json.dumps(draft.title, ensure_ascii=False)}")
    if draft.design:
        out.append(_with_note(f"design: {draft.design}", draft.design_note))
    else:
        out.append("# design: not recognised (randomized-trial, cohort, meta-analysis, ...): CHECK and add it")
    if draft.observational is not None:
        out.append(f"observational: {'true' if draft.observational else 'false'}")
    if draft.certainty:
        out.append(_with_note(f"certainty: {draft.certainty}", draft.certainty_note))
    else:
        out.append("# certainty: not graded in the abstract")
    for key in ("studies", "participants"):
        total = getattr(draft, key)
        if total:
            quoted = f'"{_around(draft.text, total.start, total.end)}" (L{line_of(draft.text, total.start)})'
            out.append(_with_note(f"{key}: {total.value}", quoted + (f"; CHECK: {total.note}" if total.note else "")))
        else:
            out.append(f"# {key}: not found in the abstract")
    if draft.searched:
        quotes = "; ".join(f'"{_around(draft.text, d.start, d.end)}" (L{line_of(draft.text, d.start)})' for d in draft.searched)
        values = [d.value for d in draft.searched]
        written = values[0] if len(values) == 1 else "[" + ", ".join(values) + "]"
        out.append(_with_note(f"searched: {written}", quotes + ("; CHECK: several search dates" if len(values) > 1 else "")))
    out.append("drugs:" if draft.drugs else "drugs: {}")
    for name, aliases in draft.drugs.items():
        out.append(f"  {scalar(name)}: [{', '.join(scalar(a) for a in aliases)}]")
    out.append("outcomes:" if draft.outcomes else "outcomes: {}")
    for name, aliases in draft.outcomes.items():
        out.append(f"  {scalar(name)}: [{', '.join(scalar(a) for a in aliases)}]")
    out.append("findings:" if draft.facts else "findings: []")
    for fact in draft.facts:
        out += _comment(f'"{quote(draft, fact)}" (L{line_of(draft.text, fact.start)})', width=110)
        for note in fact.notes:
            if note:
                out += _comment(f"  {note}")
        for doubt in fact.uncertain:
            out += _comment(f"  CHECK: {doubt}")
        out.append("  - {" + ", ".join(f"{k}: {v}" for k, v in finding_items(fact)) + "}")
    if draft.limitations:
        out.append("limitations:")
        for sentence, offset in draft.limitations:
            out.append(f"  - {json.dumps(sentence, ensure_ascii=False)}  # L{line_of(draft.text, offset)}")
    else:
        out.append("# limitations: none found in the abstract; add what it says about bias, imprecision or missing data")
    return "\n".join(_indent_comments(out)) + "\n"


def _indent_comments(lines: list[str]) -> list[str]:
    """Comments inside the findings list are indented like its items."""
    result, inside = [], False
    for line in lines:
        if line.startswith(("findings:", "limitations:", "drugs:", "outcomes:", "title:", "design:", "certainty:", "studies:",
                            "participants:", "observational:", "searched:")):
            inside = line.startswith("findings:") and not line.endswith("[]")
        result.append("  " + line if inside and line.startswith("#") else line)
    return result


def _with_note(line: str, note: str | None) -> str:
    return f"{line}  # {note}" if note else line


def _around(text: str, start: int, end: int) -> str:
    left = text.rfind(" ", 0, max(0, start - 25))
    right = text.find(" ", min(len(text), end + 20))
    snippet = text[left + 1 if left >= 0 else 0:right if right >= 0 else len(text)]
    snippet = snippet.split("\n")[-1] if "\n" in snippet[:start - max(0, left)] else snippet.split("\n")[0]
    return re.sub(r"\s+", " ", snippet).replace('"', "'").strip()


def to_json(draft: Draft) -> str:
    """The same mapping as JSON, each finding with `offset` and `end` (characters into the abstract)
    and `quote`."""
    data = mapping(draft)
    for item, fact in zip(data.get("findings") or [], draft.facts):
        item["offset"], item["end"] = fact.start, fact.end
        item["quote"] = quote(draft, fact)
        notes = [n for n in fact.notes if n] + [f"CHECK: {d}" for d in fact.uncertain]
        if notes:
            item["notes"] = notes
    if draft.notes:
        data["notes"] = draft.notes
    # the YAML's `searched: 2024-01-31` loads as a date: JSON writes it as the same ISO text
    return json.dumps(data, indent=2, ensure_ascii=False, default=lambda v: v.isoformat() if hasattr(v, "isoformat") else str(v)) + "\n"
