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
import re
from dataclasses import dataclass, field

from laylint.checks.kind import Kind, Severity, option
from laylint.checks.leftover import not_a_summary


@dataclass(frozen=True)
class Options:
    unreflected_severity: Severity = "warning"
    report_unreflected: bool = True  # the rule's YAML turns it off: right on 20-29% of unseen hits
    unreported_severity: Severity = "info"  # outcomes the summary names that no study reported
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


_LIST_BREAK = re.compile(r",|;|\b(?:or|and|nor|such as|including|on)\b", re.IGNORECASE)


def unreported_items(lexicon, limitation: str) -> list[str]:
    """The outcomes (or treatments) a limitation says no study reported ("no trials reported X, Y or Z"),
    or [] when it is not such a list."""
    found = lexicon.unreported_limitations.find(limitation)
    if not found:
        return []
    rest = limitation[found[0].end:].strip(" .:")
    return [part.strip() for part in _LIST_BREAK.split(rest) if part and part.strip()]


def is_named(lexicon, item: str, sentences: list[set[str]]) -> bool:
    """Does one sentence have every content word of `item` (an outcome from a list)?"""
    wanted = lexicon.content_words(item, drop_generic=False)
    return bool(wanted) and any(wanted <= sentence for sentence in sentences)


def _synonyms(lexicon, text: str) -> list:
    """The lexicon's synonym groups that `text` uses a phrase of."""
    return [group for group in lexicon.limitation_synonyms if lexicon.synonym_phrases(group).search(text)]


def named_with_synonyms(lexicon, limitation: str, tokens, sentences) -> bool:
    """A sentence about the evidence's weakness names what the limitation is about, in any of its synonyms."""
    return any(lexicon.synonym_phrases(group).search(tokens, s.start, s.end)
               for group in _synonyms(lexicon, limitation) for s in sentences)


def _content_words(analysis, lex, sentence, drop_generic: bool = True) -> set[str]:
    """lex.content_words(sentence.text), from the analysis's words, once per sentence (several steps ask). Shared: do not change it."""
    table = analysis.memo(("limitations.content-words", id(lex), drop_generic), dict)
    found = table.get(sentence.index)
    if found is None:
        found = table[sentence.index] = lex.content_words_of([w for _, _, w in analysis.sentence_words(sentence)], drop_generic)
    return found


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
    if not_a_summary(analysis) or lex.refusals.search(tokens) or not any(not lex.not_evidence_cues.search(tokens, s.start, s.end)
                                              for s in analysis.sentences):
        return  # a refusal or only chat: artifacts/chat-leftover says so; there is no summary to judge
    # Without metadata limitations only whether a passage exists matters: the search stops at the first one (issue #19)
    found = passages.limitation_passages(lex, analysis) if limitations else passages.has_limitation_passage(lex, analysis)
    if not found:
        analysis.records["limitations"] = {"passage": False, "reflected": {item: False for item in limitations}}
        if not analysis.text.strip():
            return
        start, end = _last_line(analysis)
        yield analysis.diagnostic(rule, start, end, problem=messages.get("missing", "no limitations passage"))
        return
    if not limitations:  # nothing to look for in the passage (no metadata, or none listed): the rest reads only for them
        analysis.records["limitations"] = {"passage": True, "reflected": {}}
        return
    weak_sentences = passages.limitation_sentences(lex, analysis)
    words = set().union(*(lex.content_words_of(w for _, _, w in analysis.words_between(p.start, p.end)) for p in found),
                        *(_content_words(analysis, lex, s) for s in weak_sentences))
    # Every sentence of a limitations passage speaks about the evidence ("There were differences in baseline
    # characteristics" under the heading), as does each weak sentence elsewhere.
    in_passages = [s for s in analysis.sentences if any(p.start <= s.start < p.end for p in found)]
    weak_sentences = list({s.index: s for s in weak_sentences + in_passages}.values())
    stated_kinds = reflected_kinds(lex, tokens, weak_sentences)

    evidence_sentences = [s for s in analysis.sentences if not lex.not_evidence_cues.search(tokens, s.start, s.end)]
    evidence_words = [_content_words(analysis, lex, s) for s in evidence_sentences]
    named_words = [_content_words(analysis, lex, s, drop_generic=False) for s in evidence_sentences]

    reporting = lex.limitation_kinds.get("reporting")
    # Where the summary says something was not reported, or speaks of the evidence's weaknesses (in a
    # limitations passage, or cued: not merely hedged with "may").
    passage_indexes = {s.index for s in in_passages}
    weak_indexes = {s.index for s in weak_sentences}  # sets: a long passage must not make this quadratic
    doubting = [s for s in analysis.sentences if (reporting and reporting[1].search(tokens, s.start, s.end))
                or s.index in passage_indexes
                or (s.index in weak_indexes and passages.is_cued(lex, tokens, s.start, s.end))]
    weak_words = [_content_words(analysis, lex, s, drop_generic=False) for s in doubting]

    def reflected(item):
        if lex.technical_limitations.search(item):
            return True
        kinds = kinds_of(lex, item)
        if kinds and any(kind in stated_kinds for kind in kinds):
            return True
        if kinds == ["reporting"] and lex.content_words(item, drop_generic=False) <= lex.vague_gap_words:
            return True  # "several outcomes were not reported": names nothing a reader could look for
        # A reporting gap about harms is stated by "we are very uncertain about complications".
        if "reporting" in kinds and named_with_synonyms(lex, item, tokens, doubting):
            return True
        # In the limitations, or restated in any one sentence ("safety outcomes were inadequately addressed").
        if is_reflected(lex, item, words, rule.options.min_shared) \
                or any(is_reflected(lex, item, sentence, rule.options.min_shared) for sentence in evidence_words):
            return True
        # Outcomes no study reported: those the summary never names need no word; each one it names is
        # named again where it speaks of the evidence's weaknesses ("no study looked at strokes").
        listed = unreported_items(lex, item)
        return bool(listed) and all(is_named(lex, x, weak_words) for x in listed if is_named(lex, x, named_words))

    result = {item: reflected(item) for item in limitations}
    analysis.records["limitations"] = {"passage": True, "reflected": result}
    start, end = _place(analysis, found, lex, tokens)
    template = messages.get("unreflected", "the limitation '{limitation}' is not stated")
    # Only a limitation of a known kind is reported: one of no kind ("the drugs are illegal in many
    # countries") may be context rather than a weakness of the evidence (the review page still lists it).
    # Limitations of one kind are one problem: one message names them all.
    # Outcomes no study reported matter only when the summary names one (the reader expects a result there):
    # all such limitations are one message, naming those outcomes.
    by_kind: dict[str, list[str]] = {}
    unreported: list[str] = []
    for limitation, ok in result.items():
        kinds = kinds_of(lex, limitation)
        if ok or not kinds:
            continue
        items = unreported_items(lex, limitation)
        if items:
            unreported += [x for x in items if is_named(lex, x, named_words) and not is_named(lex, x, weak_words)]
        else:
            by_kind.setdefault(kinds[0], []).append(limitation)
    for items in by_kind.values() if rule.options.report_unreflected else ():
        yield analysis.diagnostic(rule, start, end, case="unreflected",
                                  problem=template.replace("{limitation}", "' and '".join(items)))
    if unreported:
        yield analysis.diagnostic(rule, start, end, case="unreported", problem=messages.get(
            "unreported", "Say that no study reported {outcomes}").replace("{outcomes}", ", ".join(dict.fromkeys(unreported))))


KIND = Kind("limitations", check, Options, fields=("problem",), validate=validate, document_scope=True,
            severities={"unreflected": "unreflected_severity", "unreported": "unreported_severity"})
