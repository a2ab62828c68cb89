"""Kind `overclaim`: causal verbs and certainty boosters stronger than the evidence (hedging/overclaim).

Only result statements are read (hedging.statements: not titles, questions, aims, methods, background
or calls for research). Causal wording in a clause with a hedge cue ("may lead to") is the writer's
honest wording: not reported unless `report_hedged` (then at `hedged_severity`). With only possibility
wording ("can lead to") it keeps the rule's severity; unhedged, for observational evidence, it rises to
`observational_severity`. Evidence not known to be observational is left to hedging/certainty (unless
`trial_causal`: then plain causal wording is the rule's severity where the metadata gives no certainty).
Negated or quoted words are not flagged, nor boosters that boast nothing where they stand (hedging.boosters:
"were cured", "no side effects were found", "have proven difficult"). A review of `theme_designs` (qualitative evidence syntheses) reports
what people said, not effects: it is not read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from laylint.checks.kind import Kind, Severity, option

PROBLEMS = ("causal_observational", "causal_possible", "causal", "causal_hedged", "booster")


@dataclass(frozen=True)
class Options:
    observational_severity: Severity = "error"
    hedged_severity: Severity = "info"
    trial_designs: list[str] = field(default_factory=lambda: ["randomized-trial", "systematic-review", "meta-analysis"])
    # Designs whose results are themes of what people said ("stigma can lead to delays"), not effects: not read.
    theme_designs: list[str] = field(default_factory=lambda: ["qualitative"])
    negation_window: int = option(4, minimum=0)
    report_hedged: bool = False  # report hedged causal wording ("may lead to") at hedged_severity
    # Report plain causal wording when the evidence is not known to be observational. Off: a trial shows
    # causes, and whether a result is worded to its certainty is hedging/certainty's question.
    trial_causal: bool = False
    problems: dict[str, str] = field(default_factory=dict)  # problem -> the text of its message


def validate(options):
    missing = [p for p in PROBLEMS if p not in options.problems]
    if options.problems and missing:
        yield "problems", f"needs a text for each of {', '.join(PROBLEMS)} (missing {', '.join(missing)})"


def is_observational(metadata, trial_designs) -> bool:
    if metadata is None:
        return False
    return metadata.observational is True or (metadata.design is not None and metadata.design not in trial_designs)


def _inside(match, spans) -> bool:
    return any(span.start <= match.start and match.end <= span.end for span in spans)


def causal_reportable(options, trials_left: bool) -> bool:
    """Can any causal wording be reported? Hedged wording only with `report_hedged`; the rest not while trial evidence
    is left to hedging/certainty (`trials_left`)."""
    return options.report_hedged or not trials_left


def check(rule, analysis):
    from laylint.hedging import boosters, clauses, context, detector, findings, lexicon, statements, tokens_of

    lex = lexicon.of(analysis)
    options, text, tokens = rule.options, analysis.text, tokens_of(analysis)
    problems = options.problems
    window = options.negation_window
    meta = analysis.metadata
    if meta is not None and meta.design in options.theme_designs:
        return
    observational = is_observational(meta, options.trial_designs)
    # Trial evidence of a known certainty: how plainly a result may be worded is hedging/certainty's question.
    trials_left = not observational and (not options.trial_causal or (meta is not None and meta.certainty is not None))
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

    def in_result(sentence, allow_heading=False):
        role = statements.roles(lex, analysis)[sentence.index]
        if role == statements.RESULT and boosters.under_background_question(lex, analysis, sentence.index):
            return False  # "... What is JIA? ... It always lasts six weeks": a heading that lost its line break
        return role == statements.RESULT or (allow_heading and role == statements.HEADING)

    def hedged(match, sentence):
        clause_start, clause_end = clauses.clause_of(clause_and_quotes(sentence)[0], match.start)
        level = detector.hedge_level(lex, tokens, clause_start, clause_end)
        if level != detector.HEDGED and statements.hedged_before(lex, tokens, sentence.start, match.start):
            return detector.HEDGED
        return level

    not_boosters = lex.not_boosters.find(tokens)
    for match in lex.boosters.find(tokens):
        sentence = findings.sentence_of(analysis, match.start)
        # A booster in a title is a headline claim ("A breakthrough for dementia"); in a hedged clause it is not.
        if sentence and in_result(sentence, allow_heading=True) and not _inside(match, not_boosters) \
                and not boosters.not_a_claim(tokens, match) \
                and usable(match, sentence) and hedged(match, sentence) != detector.HEDGED:
            yield analysis.diagnostic(rule, match.start, match.end, suggestion=lex.boosters.suggestions[match.group],
                                      match=match.text, problem=problems.get("booster", "overstates certainty"))
    if not causal_reportable(options, trials_left):
        return  # no causal match below could be reported: most documents skip finding and judging them (issue #19)
    not_causal = lex.not_causal.find(tokens)
    for match in lex.causal_verbs.find(tokens):
        sentence = findings.sentence_of(analysis, match.start)
        if sentence is None or not in_result(sentence):
            continue
        if _inside(match, not_causal) or context.is_causal_noun(lex, tokens, match) or not usable(match, sentence):
            continue
        level = hedged(match, sentence)
        if level == detector.HEDGED:
            if not options.report_hedged:
                continue
            problem = "causal_hedged"
        elif trials_left or statements.states_certainty(lex, tokens, sentence.start, sentence.end) \
                or (level == detector.WEAK and not observational):
            continue  # trial evidence: "can lead to" says what is possible, and the certainty rule reads the rest
        elif observational:
            problem = "causal_observational" if level == detector.NONE else "causal_possible"
        else:
            problem = "causal"
        yield analysis.diagnostic(rule, match.start, match.end, case=problem, suggestion=lex.causal_verbs.suggestions[match.group],
                                  match=match.text, problem=problems.get(problem, "states a cause"))


KIND = Kind("overclaim", check, Options, fields=("match", "problem"), validate=validate,
            severities={"causal_hedged": "hedged_severity", "causal_observational": "observational_severity"})
