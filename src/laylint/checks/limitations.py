"""Kind `limitations`: the summary states its limitations, and each limitation the metadata lists
(hedging/limitations).

No limitations passage: the rule's severity, on the last line of the body. A metadata limitation
whose content words the passages do not share (at least `min_shared` of them, after normalising):
`unreflected_severity`, on the first passage.
"""

from __future__ import annotations

import math
from dataclasses import replace

OPTIONS = {"unreflected_severity": str, "min_shared": float, "messages": dict}
DOCUMENT_SCOPE = True


def validate(options):
    if options.get("unreflected_severity", "warning") not in ("error", "warning", "info"):
        yield "unreflected_severity", "must be error, warning or info"
    if not 0 < options.get("min_shared", 0.5) <= 1:
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
    messages = rule.options.get("messages", {})
    found = passages.limitation_passages(lex, analysis)
    if not found:
        if not analysis.text.strip():
            return
        start, end = _last_line(analysis)
        yield analysis.diagnostic(rule, start, end, problem=messages.get("missing", "no limitations passage"))
        return
    limitations = analysis.metadata.limitations if analysis.metadata else []
    if not limitations:
        return
    words = set().union(*(lex.content_words(analysis.text[p.start:p.end]) for p in found))
    first = found[0]
    for limitation in limitations:
        if not is_reflected(lex, limitation, words, rule.options.get("min_shared", 0.5)):
            template = messages.get("unreflected", "the limitation '{limitation}' is not stated")
            diagnostic = analysis.diagnostic(rule, first.cue_start, first.cue_end,
                                             problem=template.replace("{limitation}", limitation))
            yield replace(diagnostic, severity=rule.options.get("unreflected_severity", "warning"))
