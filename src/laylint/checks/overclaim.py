"""Kind `overclaim`: causal verbs and certainty boosters stronger than the evidence (hedging/overclaim).

Causal wording in a clause with a hedge cue ("may lead to") drops to `hedged_severity`; with only
possibility wording ("can lead to") it keeps the rule's severity; unhedged, for observational
evidence, it rises to `observational_severity`. Negated or quoted words are not flagged.
"""

from __future__ import annotations

from dataclasses import replace

OPTIONS = {"observational_severity": str, "hedged_severity": str, "trial_designs": list,
           "negation_window": int, "problems": dict}
PROBLEMS = ("causal_observational", "causal_possible", "causal", "causal_hedged", "booster")


def validate(options):
    for key in ("observational_severity", "hedged_severity"):
        if key in options and options[key] not in ("error", "warning", "info"):
            yield key, "must be error, warning or info"
    missing = [p for p in PROBLEMS if p not in options.get("problems", {})]
    if "problems" in options and missing:
        yield "problems", f"needs a text for each of {', '.join(PROBLEMS)} (missing {', '.join(missing)})"


def is_observational(metadata, trial_designs) -> bool:
    if metadata is None:
        return False
    return metadata.observational is True or (metadata.design is not None and metadata.design not in trial_designs)


def _inside(match, spans) -> bool:
    return any(span.start <= match.start and match.end <= span.end for span in spans)


def check(rule, analysis):
    from laylint.hedging import clauses, context, detector, findings, lexicon, tokens_of

    lex = lexicon.of(analysis)
    options, text, tokens = rule.options, analysis.text, tokens_of(analysis)
    problems = options.get("problems", {})
    window = options.get("negation_window", 4)
    observational = is_observational(analysis.metadata, options.get("trial_designs", []))
    # With declared drugs or outcomes, causal wording counts only in sentences about them.
    meta = analysis.metadata
    gated = meta is not None and bool(meta.drugs or meta.outcomes)
    about_findings = findings.mention_kinds(analysis) if gated else {}
    layout: dict = {}  # sentence index -> (clause spans, quote spans), in prose offsets

    def clause_and_quotes(sentence):
        if sentence.index not in layout:
            shift = lambda spans: [(sentence.start + a, sentence.start + b) for a, b in spans]  # noqa: E731
            layout[sentence.index] = (shift(clauses.clauses(lex, sentence.text)), shift(context.quoted_spans(sentence.text)))
        return layout[sentence.index]

    def usable(match, sentence):
        spans, quotes = clause_and_quotes(sentence)
        if any(a < match.start and match.end < b for a, b in quotes):
            return False
        return not context.is_negated(lex, tokens, clauses.clause_of(spans, match.start)[0], match.start, window)

    not_boosters = lex.not_boosters.find(tokens)
    for match in lex.boosters.find(tokens):
        sentence = findings.sentence_of(analysis, match.start)
        if sentence and not _inside(match, not_boosters) and usable(match, sentence):
            yield analysis.diagnostic(rule, match.start, match.end, suggestion=lex.boosters.suggestions[match.group],
                                      match=match.text, problem=problems.get("booster", "overstates certainty"))
    not_causal = lex.not_causal.find(tokens)
    for match in lex.causal_verbs.find(tokens):
        sentence = findings.sentence_of(analysis, match.start)
        if sentence is None or (gated and sentence.index not in about_findings):
            continue
        if _inside(match, not_causal) or tokens.word_before(match.start) in lex.causal_noun_markers \
                or not usable(match, sentence):
            continue
        clause_start, clause_end = clauses.clause_of(clause_and_quotes(sentence)[0], match.start)
        level = detector.hedge_level(lex, tokens, clause_start, clause_end)
        if level == detector.HEDGED:
            severity, problem = options.get("hedged_severity", "info"), "causal_hedged"
        elif observational:
            if level == detector.NONE:
                severity, problem = options.get("observational_severity", "error"), "causal_observational"
            else:
                severity, problem = rule.severity, "causal_possible"
        else:
            severity, problem = rule.severity, "causal"
        diagnostic = analysis.diagnostic(rule, match.start, match.end, suggestion=lex.causal_verbs.suggestions[match.group],
                                         match=match.text, problem=problems.get(problem, "states a cause"))
        yield replace(diagnostic, severity=severity)
