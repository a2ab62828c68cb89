"""Kind `leftover`: text left over from how the summary was made, not meant for the reader: a chat
model's preamble, offers and notes to the requester, or a template's labels and placeholders.

Each rule lists RE2 `patterns`, matched in one pass over the prose (a match may not run past the end of
its sentence); the first match in a sentence reports it, once per sentence. With
`span: sentence` the diagnostic covers the whole sentence (the thing to delete), or a run of such sentences
in one paragraph, named by its first match; with `span: match` only the matched text (a placeholder inside a sentence). With `skip_quotes`, a match inside quotation
marks is not reported (a participant quoted saying "I can help my child...").

A text that is nothing but leftovers ("Agent stopped due to max iterations.", a refusal) or a placeholder
with no word at all ("...") is not a summary: the leftover rule with a `not_a_summary` message that found the
first leftover (for a placeholder, the first such rule with `span: match`) reports that once, over the whole
text, and no other leftover message is given. Content rules ask `not_a_summary(analysis)` and stay silent."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Literal

from laylint.checks.kind import Kind
from laylint.patterns import alternation, compile_pattern, find_words, pattern_list_problems

PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


@dataclass(frozen=True)
class Options:
    patterns: list[str] = field(default_factory=list)
    ignore_case: bool = True
    span: Literal["sentence", "match"] = "sentence"
    skip_quotes: bool = False
    not_a_summary: str = ""  # the message for a text that is only leftovers ('{match}': the first); "" = never


def validate(options):
    yield from pattern_list_problems("patterns", options.patterns, options.ignore_case)
    if options.span not in ("sentence", "match"):
        yield "span", "must be sentence or match"
    unknown = sorted(set(PLACEHOLDER.findall(options.not_a_summary)) - {"match"})
    if unknown:
        yield "not_a_summary", f"may only use the placeholder {{match}}, not {{{unknown[0]}}}"


_JOINED: dict[tuple, str] = {}  # a rule's patterns joined once per process, not twice per summary


def _joined(rule) -> str:
    patterns = tuple(rule.options.patterns)
    joined = _JOINED.get(patterns)
    if joined is None:
        joined = _JOINED[patterns] = alternation(patterns)
    return joined


def _compiled(rule, analysis):
    pattern = _joined(rule)
    return analysis.shared(("leftover", rule.id, pattern), lambda: compile_pattern(pattern, rule.options.ignore_case))


def _quoted(text: str, offset: int) -> bool:
    """Is text[offset] inside a quotation that opens before it in the sentence? (A ' opens one only after a
    blank, a bracket or a colon, and closes one only before a non-letter: "it's" and "patients'" do neither.)"""
    depth = 0
    for index, char in enumerate(text[:offset]):
        if char == '"':
            depth = depth - 1 if depth else depth + 1
        elif char in "\u201c\u2018" or char == "'" and (index == 0 or text[index - 1] in " \t([:"):
            depth += 1
        elif char in "\u201d\u2019'" and depth and (index + 1 == len(text) or not text[index + 1].isalpha()):
            depth -= 1
    return depth > 0


def leftover_sentences(rule, analysis) -> dict[int, tuple[int, int]]:
    """Sentence index -> the first leftover match in it (once per document and rule settings)."""
    compiled = _compiled(rule, analysis)
    key = ("leftover", rule.id, _joined(rule), rule.options.ignore_case, rule.options.skip_quotes)
    return analysis.memo(key, lambda: _find(rule, compiled, analysis))


def _find(rule, compiled, analysis) -> dict[int, tuple[int, int]]:
    text, starts, found = analysis.text, None, {}
    for start, end in find_words(compiled, text):  # one pass over the prose; most summaries have no match
        if starts is None:  # the sentences only for a summary with a match: a run of the artifacts rules alone needs none
            sentences = analysis.sentences
            starts = [sentence.start for sentence in sentences]
        index = bisect.bisect_right(starts, start) - 1
        if index < 0 or index in found or end > sentences[index].end:
            continue
        sentence = sentences[index]
        if rule.options.skip_quotes and _quoted(sentence.text, start - sentence.start):
            continue
        found[index] = (start, end)
    return found


def _covered(rule, analysis, found) -> list[tuple[int, int]]:
    """The prose spans a rule's leftovers take up: whole sentences, or the matches."""
    if rule.options.span == "sentence":
        return [(analysis.sentences[index].start, analysis.sentences[index].end) for index in found]
    return list(found.values())


def _leftover_rules(analysis) -> list:
    """Every leftover rule that can say "not a summary", as configured for this run when it runs (else as built in):
    the content rules ask even when the artifacts rules are not selected."""
    running = {rule.id: rule for rule in analysis.rules}
    rules = [running.get(rule.id, rule) for rule in (analysis.ruleset.rules.values() if analysis.ruleset else ())]
    return [rule for rule in rules if rule.kind == "leftover" and rule.options.not_a_summary]


def _verdict(analysis):
    """(rule, first leftover match) when the text is not a summary, else None. See the module docstring."""
    text = analysis.text
    if not text.strip():
        return None  # an empty file: nothing was written, not a leftover
    rules = _leftover_rules(analysis)
    if any(char.isalnum() for char in text) and not any(_compiled(rule, analysis).search(text) for rule in rules):
        return None  # words and no leftover: a summary, found without sentences (readability/length needs none)
    found = {rule.id: leftover_sentences(rule, analysis) for rule in rules}
    covered = sorted(span for rule in rules for span in _covered(rule, analysis, found[rule.id]))
    position = 0
    for start, end in covered:
        if any(char.isalnum() for char in text[position:start]):
            return None
        position = max(position, end)
    if any(char.isalnum() for char in text[position:]):
        return None
    firsts = [(min(found[rule.id].values()), rule) for rule in rules if found[rule.id]]
    if firsts:
        (start, end), rule = min(firsts, key=lambda item: item[0])
        return rule, " ".join(text[start:end].split())
    placeholders = [rule for rule in rules if rule.options.span == "match"]
    stripped = " ".join(text.split())
    return (placeholders[0], stripped if len(stripped) <= 40 else stripped[:39] + "\u2026") if placeholders else None


def not_a_summary(analysis) -> bool:
    """Is the text only leftovers or a placeholder ("...", "Agent stopped due to max iterations.")? The artifacts
    rules say so once; a content rule (limitations, grade) has nothing to judge."""
    return analysis.memo(("leftover", "not a summary"), lambda: _verdict(analysis)) is not None


def check(rule, analysis):
    if not_a_summary(analysis):
        reporter, match = analysis.memo(("leftover", "not a summary"), lambda: _verdict(analysis))
        if reporter.id == rule.id:
            text = analysis.text
            start, end = len(text) - len(text.lstrip()), len(text.rstrip())
            yield analysis.diagnostic(rule, start, end, message=PLACEHOLDER.sub(
                lambda m: match if m.group(1) == "match" else m.group(0), rule.options.not_a_summary))
        return  # one clear message: the text is not a summary
    text = analysis.text
    found = leftover_sentences(rule, analysis)
    if not found:
        return  # most summaries: their sentences need not be split for this rule
    if rule.options.span == "match":
        for start, end in found.values():
            yield analysis.diagnostic(rule, start, end, match=" ".join(text[start:end].split()))
        return
    sentences = analysis.sentences
    for first, last in _runs(sorted(found), sentences, text):
        start, end = found[first]
        yield analysis.diagnostic(rule, sentences[first].start, sentences[last].end, match=" ".join(text[start:end].split()))


def _runs(indexes, sentences, text):
    """Consecutive leftover sentences of one paragraph, as (first, last) indexes: one thing to delete, one message."""
    run = None
    for index in indexes:
        if run and index == run[1] + 1 and "\n\n" not in text[sentences[run[1]].end:sentences[index].start]:
            run[1] = index
            continue
        if run:
            yield tuple(run)
        run = [index, index]
    if run:
        yield tuple(run)


KIND = Kind("leftover", check, Options, fields=("match",), validate=validate)
