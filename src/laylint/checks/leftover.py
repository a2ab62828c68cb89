"""Kind `leftover`: text left over from how the summary was made, not meant for the reader: a chat
model's preamble, offers and notes to the requester, or a template's labels and placeholders.

Each rule lists RE2 `patterns`, matched in one pass over the prose (a match may not run past the end of
its sentence); the first match in a sentence reports it, once per sentence. With
`span: sentence` the diagnostic covers the whole sentence (the thing to delete), or a run of such sentences
in one paragraph, named by its first match; with `span: match` only the matched text (a placeholder inside a sentence). With `skip_quotes`, a match inside quotation
marks is not reported (a participant quoted saying "I can help my child...")."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from laylint.checks.kind import Kind
from laylint.patterns import alternation, compile_pattern, find_words, pattern_list_problems


@dataclass(frozen=True)
class Options:
    patterns: list[str] = field(default_factory=list)
    ignore_case: bool = True
    span: Literal["sentence", "match"] = "sentence"
    skip_quotes: bool = False


def validate(options):
    yield from pattern_list_problems("patterns", options.patterns, options.ignore_case)
    if options.span not in ("sentence", "match"):
        yield "span", "must be sentence or match"


def _compiled(rule, analysis):
    pattern = alternation(rule.options.patterns)
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


def check(rule, analysis):
    import bisect

    compiled = _compiled(rule, analysis)
    text, sentences = analysis.text, analysis.sentences
    starts = [sentence.start for sentence in sentences]
    found = {}  # sentence index -> its first match
    for start, end in find_words(compiled, text):  # one pass over the prose; most summaries have no match
        index = bisect.bisect_right(starts, start) - 1
        if index < 0 or index in found or end > sentences[index].end:
            continue
        sentence = sentences[index]
        if rule.options.skip_quotes and _quoted(sentence.text, start - sentence.start):
            continue
        found[index] = (start, end)
        if rule.options.span == "match":
            yield analysis.diagnostic(rule, start, end, match=" ".join(text[start:end].split()))
    if rule.options.span == "sentence":
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
