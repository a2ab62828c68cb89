"""Kind `limitations`: the summary states its limitations, and each limitation the metadata lists
(hedging/limitations).

No limitations passage: the rule's severity, on the last line of the body. A metadata limitation the
summary does not reflect: the case `unreflected` (severity `unreflected_severity`), on the limitations
heading when there is one, else on the last line of the body (never on an unrelated sentence). Reflected
means: the passages and the other sentences about the evidence's weaknesses share at least `min_shared`
of its content words (after normalising), or the limitation is worded like a kind in the lexicon's
`limitation_kinds` (heterogeneity, imprecision, risk of bias...) and such a sentence has that kind's lay
wording ("results varied between studies"), or one sentence restates it. A technical limitation ("results
presented narratively") needs no lay sentence; one of no known kind is not reported (it may be context), and
limitations of one kind are one message. What it found is recorded in `analysis.records["limitations"]` for the review page.
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


def kinds_of(lexicon, limitation: str) -> list[str]:
    """The kinds of limitation (lexicon `limitation_kinds`) a source's wording names."""
    return [name for name, (source, _) in lexicon.limitation_kinds.items() if source.search(limitation)]


def reflected_kinds(lexicon, tokens, sentences) -> set[str]:
    """The kinds of limitation these sentences state in lay words."""
    return {name for name, (_, lay) in lexicon.limitation_kinds.items()
            if any(lay.search(tokens, s.start, s.end) for s in sentences)}


def _last_line(analysis) -> tuple[int, int]:
    text = analysis.text.rstrip()
    if not text:
        return 0, 0
    return text.rfind("\n") + 1, len(text)


def _last_evidence_line(analysis, lex, tokens) -> tuple[int, int]:
    """The last line of the summary itself, before any sign-off ("Please let me know if...")."""
    text = analysis.text
    for sentence in reversed(analysis.sentences):
        if not lex.not_evidence_cues.search(tokens, sentence.start, sentence.end):
            line_start = text.rfind("\n", 0, sentence.start) + 1
            line_end = text.find("\n", sentence.end)
            return line_start, len(text.rstrip()) if line_end < 0 else line_end
    return _last_line(analysis)


def _place(analysis, found, lex, tokens) -> tuple[int, int]:
    """Where a missing limitation is reported: the limitations heading, else the end of the summary."""
    headings = [p for p in found if analysis.text[p.cue_start:p.cue_end] and any(
        b.kind == "heading" and b.prose_start == p.cue_start for b in analysis.document.blocks)]
    if headings:
        return headings[0].cue_start, headings[0].cue_end
    return _last_evidence_line(analysis, lex, tokens)


def check(rule, analysis):
    from laylint.hedging import lexicon, passages, tokens_of

    lex = lexicon.of(analysis)
    messages = rule.options.messages
    limitations = list(dict.fromkeys(analysis.metadata.limitations)) if analysis.metadata else []
    tokens = tokens_of(analysis)
    if lex.refusals.search(tokens) or not any(not lex.not_evidence_cues.search(tokens, s.start, s.end)
                                              for s in analysis.sentences):
        return  # a refusal or only chat: artifacts/chat-leftover says so; there is no summary to judge
    found = passages.limitation_passages(lex, analysis)
    if not found:
        analysis.records["limitations"] = {"passage": False, "reflected": {item: False for item in limitations}}
        if not analysis.text.strip():
            return
        start, end = _last_line(analysis)
        yield analysis.diagnostic(rule, start, end, problem=messages.get("missing", "no limitations passage"))
        return
    weak_sentences = passages.limitation_sentences(lex, analysis)
    words = set().union(*(lex.content_words(analysis.text[p.start:p.end]) for p in found),
                        *(lex.content_words(s.text) for s in weak_sentences))
    stated_kinds = reflected_kinds(lex, tokens, weak_sentences)

    evidence_words = [lex.content_words(s.text) for s in analysis.sentences
                      if not lex.not_evidence_cues.search(tokens, s.start, s.end)]

    def reflected(item):
        if lex.technical_limitations.search(item):
            return True
        kinds = kinds_of(lex, item)
        if kinds and any(kind in stated_kinds for kind in kinds):
            return True
        # In the limitations, or restated in any one sentence ("safety outcomes were inadequately addressed").
        return is_reflected(lex, item, words, rule.options.min_shared) \
            or any(is_reflected(lex, item, sentence, rule.options.min_shared) for sentence in evidence_words)

    result = {item: reflected(item) for item in limitations}
    analysis.records["limitations"] = {"passage": True, "reflected": result}
    start, end = _place(analysis, found, lex, tokens)
    template = messages.get("unreflected", "the limitation '{limitation}' is not stated")
    # Only a limitation of a known kind is reported: one of no kind ("the drugs are illegal in many
    # countries") may be context rather than a weakness of the evidence (the review page still lists it).
    # Limitations of one kind are one problem: one message names them all.
    by_kind: dict[str, list[str]] = {}
    for limitation, ok in result.items():
        kinds = kinds_of(lex, limitation)
        if not ok and kinds:
            by_kind.setdefault(kinds[0], []).append(limitation)
    for items in by_kind.values():
        yield analysis.diagnostic(rule, start, end, case="unreflected",
                                  problem=template.replace("{limitation}", "' and '".join(items)))


KIND = Kind("limitations", check, Options, fields=("problem",), validate=validate, document_scope=True,
            severities={"unreflected": "unreflected_severity"})
