"""Kind `limitations`: the summary states its limitations, and each limitation the metadata lists
(hedging/limitations).

No limitations passage: the rule's severity, on the last line of the body. A metadata limitation
whose content words the passages do not share (at least `min_shared` of them, after normalising):
the case `unreflected` (severity `unreflected_severity`), on the first passage. What it found is
recorded in `analysis.records["limitations"]` for the review page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from laylint.checks.kind import Kind, Severity, option


@dataclass(frozen=True)
class Options:
    unreflected_severity: Severity = "warning"
    min_shared: float = option(0.5, above=0, maximum=1)
    messages: dict[str, str] = field(default_factory=dict)  # missing, unreflected ({limitation})


def validate(options):
    if not 0 < options.min_shared <= 1:
        yield "min_shared", "must be a fraction above 0 and at most 1"


def is_reflected(lexicon, limitation: str, passage_words: set[str], min_shared: float) -> bool:
    wanted = lexicon.content_words(limitation) or lexicon.content_words(limitation, drop_generic=False)
    if not wanted:
        return True
    return len(wanted & passage_words) >= math.ceil(min_shared * len(wanted))


def _last_line(analysis) -> tuple[int, int]:
    text = analysis.text.rstrip()
    if not text:
        return 0, 0
    return text.rfind("\n") + 1, len(text)


def check(rule, analysis):
    from laylint.hedging import lexicon, passages

    lex = lexicon.of(analysis)
    messages = rule.options.messages
    limitations = analysis.metadata.limitations if analysis.metadata else []
    found = passages.limitation_passages(lex, analysis)
    if not found:
        analysis.records["limitations"] = {"passage": False, "reflected": {item: False for item in limitations}}
        if not analysis.text.strip():
            return
        start, end = _last_line(analysis)
        yield analysis.diagnostic(rule, start, end, problem=messages.get("missing", "no limitations passage"))
        return
    words = set().union(*(lex.content_words(analysis.text[p.start:p.end]) for p in found))
    reflected = {item: is_reflected(lex, item, words, rule.options.min_shared) for item in limitations}
    analysis.records["limitations"] = {"passage": True, "reflected": reflected}
    first = found[0]
    template = messages.get("unreflected", "the limitation '{limitation}' is not stated")
    for limitation, ok in reflected.items():
        if not ok:
            yield analysis.diagnostic(rule, first.cue_start, first.cue_end, case="unreflected",
                                      problem=template.replace("{limitation}", limitation))


KIND = Kind("limitations", check, Options, fields=("problem",), validate=validate, document_scope=True,
            severities={"unreflected": "unreflected_severity"})
