"""Kind `certainty`: with low-certainty evidence, every result statement that states a finding carries a
hedge of its level (hedging/certainty). The certainty is the one of the finding the sentence states (a
finding's own `certainty`), else the document's.

A result statement (hedging.statements: not a title, question, aim, method, background, limitation or
call for research) states a finding when laylint.claims attaches a figure to a drug or outcome, when it
names a drug with an outcome, or when it has a result verb ("reduced", "improved", "was similar").
Possibility wording ("can", "linked to") is not a hedge here, nor "no evidence of a difference"; a hedge
of moderate certainty only ("probably", "likely") is too sure for low. A sentence that says how sure the
evidence is ("moderate-certainty evidence") is left alone. Cochrane's wording: moderate "probably", low
"may", very low "we are very uncertain".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from laylint.checks.kind import Kind

UNHEDGED, TOO_SURE = "without a hedge", "with moderate-certainty wording"


@dataclass(frozen=True)
class Options:
    levels: list[str] = field(default_factory=lambda: ["low", "very-low"])
    finding_units: list[str] = field(default_factory=list)  # claim units that state a finding
    advice: dict[str, str] = field(default_factory=dict)  # certainty level -> suggestion
    # certainty level -> the suggestion when the sentence has a result verb; {verb} is its plain form
    # ("reduce"), {verbs} its third person ("reduces")
    verb_advice: dict[str, str] = field(default_factory=dict)
    # The strict form (hedging.strict): only a result verb, in a sentence that names an outcome whose every
    # graded finding it could mean is of a level in `levels`, stated with no hedge at all.
    strict: bool = False
    strict_hedges: list[str] = field(default_factory=list)  # plain doubt the strict form takes as a hedge
    strict_not_results: list[str] = field(default_factory=list)  # definitions, advice
    # A count of what happened (strict.event_count): count words, what is counted, the verbs of an occurrence, and
    # the words of a comparison that make a count a finding after all ("fewer", "than").
    strict_counts: list[str] = field(default_factory=list)
    strict_counted: list[str] = field(default_factory=list)
    strict_occurred: list[str] = field(default_factory=list)
    strict_comparisons: list[str] = field(default_factory=list)
    strict_too_sure: list[str] = field(default_factory=lambda: ["very-low"])  # levels where strict reports "probably"


def validate(options):
    from laylint.metadata import CERTAINTIES

    unknown = [level for level in options.levels + list(options.advice) + list(options.verb_advice) if level not in CERTAINTIES]
    if unknown:
        yield "levels", f"unknown certainty {unknown[0]!r} (known: {', '.join(CERTAINTIES)})"
    unknown = [level for level in options.strict_too_sure if level not in CERTAINTIES]
    if unknown:
        yield "strict_too_sure", f"unknown certainty {unknown[0]!r} (known: {', '.join(CERTAINTIES)})"


def third_person(verb: str) -> str:
    first, _, rest = verb.partition(" ")
    return (first + ("es" if first.endswith(("sh", "ch", "s", "x")) else "s")) + (" " + rest if rest else "")


def _wording(lex, tokens, start: int, end: int, options=None) -> str | None:
    """How a sentence falls short of low-certainty wording, or None when it is hedged enough."""
    from laylint.hedging import detector, strict
    from laylint.hedging.phrases import without_overlaps

    if options is not None and options.strict and strict.doubted(options, tokens, start, end):
        return None
    cues = without_overlaps(detector.hedge_cues(lex, tokens, start, end), lex.not_certainty_hedges.find(tokens, start, end))
    if not cues:
        return UNHEDGED
    moderate = lex.moderate_hedges.find(tokens, start, end)
    if all(any(m.start <= c.start and c.end <= m.end for m in moderate) for c in cues):
        return TOO_SURE
    return None


def check(rule, analysis):
    from laylint.hedging import context, findings, lexicon, statements, strict, tokens_of

    meta = analysis.metadata
    if meta is None:
        return
    options = rule.options
    levels = options.levels
    certainties = findings.sentence_certainties(analysis, options.finding_units)  # the certainty of the findings each sentence states
    if meta.certainty not in levels and not any(level in levels for level in certainties.values()):
        return
    lex, tokens = lexicon.of(analysis), tokens_of(analysis)
    roles = statements.roles(lex, analysis)
    stated = findings.finding_sentences(analysis, options.finding_units)
    ungraded = findings.ungraded_sentences(analysis, options.finding_units)
    unrated = findings.unrated_sentences(analysis, options.finding_units)
    named = {index for index, kinds in findings.mention_kinds(analysis).items() if "outcome" in kinds}
    graded: dict[str, str] = {}  # outcome -> the surest certainty of its findings
    for f in meta.findings:
        if f.certainty and f.outcome:
            graded[f.outcome] = min(graded.get(f.outcome, f.certainty), f.certainty, key=findings.ORDER.index)
    for sentence in analysis.sentences:
        if sentence.index in ungraded or roles[sentence.index] != statements.RESULT:
            continue  # (ungraded: it names only outcomes the source gives no finding, so no level to hold it to)
        if options.strict:
            level = strict.level(analysis, sentence.index, options.finding_units)  # None: no graded finding picked
        else:
            level = certainties.get(sentence.index, meta.certainty)
        if not options.strict and graded and sentence.index not in certainties and sentence.index not in named:
            # No outcome named by alias: read it as the outcomes it comes closest to, the surest of them (one the
            # source gives no finding, such as a design consequence, is not enough for a warning).
            loose = findings.loose_outcomes(lex, meta, sentence.text)
            if loose - set(graded):
                continue  # it may mean an outcome the source does not grade
            if loose:
                level = min((graded[o] for o in loose if o in graded), key=findings.ORDER.index)
            else:
                # No outcome word at all ("Leakage control: A and B make little to no difference"): it could mean
                # any graded finding of the arms it names (of the review, when it names none); the surest one.
                level = findings.surest_for_drugs(analysis, sentence.index) or level
        if level not in levels:
            continue
        # "increased blood pressure" after "like", "included": an adjective, not a result verb
        # ... nor "causes" as a noun ("central causes of dizziness")
        verbs = [v for v in lex.result_verbs.find(tokens, sentence.start, sentence.end)
                 if tokens.word_before(v.start) not in lex.not_result_verb_after and not context.is_causal_noun(lex, tokens, v, word_before=False)]
        if not verbs and (sentence.index not in stated or sentence.index in unrated):
            continue  # (unrated: "very low rates of side effects" describes a rate the source does not grade)
        if options.strict and (not strict.states_result(lex, tokens, sentence.start, sentence.end, verbs)
                               or strict.not_a_result(options, tokens, sentence.start, sentence.end)
                               or strict.event_count(options, sentence.text)
                               or strict.under_hedged_lead_in(lex, analysis, sentence.index)):
            continue
        if statements.states_certainty(lex, tokens, sentence.start, sentence.end) \
                or (options.strict and strict.labelled_next(lex, analysis, sentence.index)):
            continue
        wording = _wording(lex, tokens, sentence.start, sentence.end, options)
        if options.strict and wording == TOO_SURE and level not in options.strict_too_sure:
            continue  # strict: "probably" is reported only where every finding it could mean is very low
        # "probably" is too sure only where the finding's own certainty is known: a review's overall level is its
        # most common one. An outcome named alone is held to the surest finding it could mean (every scale and
        # comparison of it), so "probably" is too sure there only when none of them is of moderate certainty.
        if wording is None or (wording == TOO_SURE and sentence.index not in certainties) \
                or statements.hedged_nearby(lex, analysis, sentence.index):
            continue
        suggestion = options.advice.get(level, "hedge it")
        if verbs and level in options.verb_advice:
            verb = lex.result_verbs.suggestions[verbs[0].group]
            suggestion = options.verb_advice[level].replace("{verbs}", third_person(verb)).replace("{verb}", verb)
        yield analysis.diagnostic(rule, sentence.start, sentence.end, suggestion=suggestion, certainty=level, wording=wording)


KIND = Kind("certainty", check, Options, fields=("certainty", "wording"), validate=validate)
