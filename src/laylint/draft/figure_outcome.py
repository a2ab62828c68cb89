"""The outcome of one figure, read by per_sentence: its own clause (or the subheading, when they agree), then its
bracket, the words after it, the sentence before, the section, the title or the primary outcome."""

from __future__ import annotations

import re

from laylint.draft import names as N
from laylint.draft.arm_forms import _BRACKET_WORDS
from laylint.draft.mentions import _expand, _is_generic
from laylint.draft.model import Fact
from laylint.draft.outcome_phrases import (_announced_outcome, _bracket_outcome, _outcome_after,
                                          _phrase_before_bracket, _title_outcome, outcome_from, tidy_outcome)
from laylint.draft.reading import _Clause, _Reading
from laylint.draft.series_arms import _same_bracket


def _bracket_partner_outcome(r: _Reading, cl: _Clause, fact: Fact) -> bool:
    """Figures in one bracket share the outcome: "(13.1% vs. 10.6%)", "(5 versus 3 per 1000; RR 1.54 ..."."""
    s, base, state, previous = r.s, r.base, r.state, cl.previous
    if fact.role in ("arm", "background") and previous is not None and previous.role in ("arm", "background") \
            and previous.outcome and _same_bracket(s, previous.end - base, fact.start - base):
        fact.outcome = previous.outcome
        return True
    if fact.role == "effect" and previous is not None and previous.role == "arm" and previous.outcome \
            and _same_bracket(s, previous.end - base, fact.start - base) and set(
                w.lower() for w in re.findall(r"[A-Za-z]{4,}", s[previous.end - base:fact.start - base])) <= _BRACKET_WORDS:
        fact.outcome = previous.outcome  # "(5 versus 3 per 1000; RR 1.54 ...": the ratio of the two groups' figures
        state["outcome"] = previous.outcome
        return True
    return False


def _read_outcome(r: _Reading, cl: _Clause, fact: Fact, measure_item: str | None) -> None:
    outcome = _outcome_in_clause(r, cl, fact, measure_item)
    outcome = _outcome_elsewhere(r, cl, fact, outcome)
    if outcome is None and not fact.stated_outcome:  # only who was treated is named ("children treated"): kept, to check
        outcome = outcome_from(cl.head, cl.head_spans, people_ok=True)
    s, base, state, previous, rel_lead = r.s, r.base, r.state, cl.previous, cl.rel_lead
    after = re.match(r"[\s)\]]*(?P<a>sensitive|specific|accurate)\b", s[(fact.group_end or fact.end) - base:])
    if after and fact.role != "count":  # "was 94.0% (95% CI 82.0% to 98.2%) sensitive, and 86.9% (...) specific"
        outcome = after["a"]
    if previous is not None and previous.stated_outcome and \
            N.content_words(previous.stated_outcome) <= N.content_words(s[(previous.group_end or previous.end) - base:rel_lead]):
        outcome = previous.stated_outcome  # "... 37 more received a false-positive result ... (RR 1.43 ...)"
    if fact.stated_outcome:  # the pattern read its own outcome: nothing was taken from elsewhere
        fact.uncertain = [u for u in fact.uncertain if not u.startswith("the sentence names no outcome")]
    fact.outcome = outcome = fact.stated_outcome or outcome
    if outcome and fact.role != "count":
        state["outcome"] = outcome


def _outcome_in_clause(r: _Reading, cl: _Clause, fact: Fact, measure_item: str | None) -> str | None:
    """The outcome the figure's own clause names (or the subheading, when they agree)."""
    s, base, arms, abbr = r.s, r.base, r.arms, r.abbr
    primary, heading_outcome, spans, first_effect_comparator_lead = r.primary, r.heading_outcome, r.spans, r.first_lead
    list_item, previous, head, head_spans = cl.list_item, cl.previous, cl.head, cl.head_spans
    boundary, clause_start, rel_lead = cl.boundary, cl.clause_start, cl.rel_lead
    outcome = None
    if measure_item and tidy_outcome(measure_item):
        outcome = tidy_outcome(measure_item)
    elif not (list_item and first_effect_comparator_lead and previous is not None):
        outcome = outcome_from(head, head_spans)
        if outcome is None and boundary < clause_start:  # "..., but the evidence is very uncertain (RR ..."
            wide = s[boundary:rel_lead]
            outcome = outcome_from(wide, [(a - boundary, b - boundary, n) for a, b, n in spans if boundary <= a and b <= rel_lead])
    if outcome and (arms.find(_expand(outcome, abbr)) and N.key(arms.find(_expand(outcome, abbr))) == N.key(_expand(outcome, abbr))
                    or _is_generic(outcome)):
        outcome = None  # an arm's name is not an outcome ("... with nivolumab (HR ...")
    if outcome and re.match(r"^(?:primary|main)\s+(?:composite\s+)?(?:outcome|end\s*point|endpoint)", outcome, re.I):
        outcome = primary.get("primary outcome", outcome)
    if fact.role in ("arm", "background") and re.search(r"[(\[]\s*$", s[:fact.start - base]):
        before = _phrase_before_bracket(s[clause_start:fact.start - base], head_spans)
        outcome = before or outcome  # "fewer reports of nausea (8.9% vs 27.5%)"
    if outcome is None and previous is not None and previous.outcome:
        outcome = previous.outcome
    if heading_outcome and (outcome is None or N.content_words(outcome) & N.content_words(heading_outcome)):
        if outcome and not (N.content_words(heading_outcome) <= N.content_words(outcome)):
            fact.notes.append(f"outcome from the subheading '{heading_outcome}'")
        outcome = heading_outcome if outcome is None or len(outcome.split()) > len(heading_outcome.split()) + 1 \
            or N.content_words(outcome) <= N.content_words(heading_outcome) else outcome
    return outcome


def _outcome_elsewhere(r: _Reading, cl: _Clause, fact: Fact, outcome: str | None) -> str | None:
    """The figure's bracket, the words after it, the sentence before, the subheading, the section, the title or the
    primary outcome: in that order, when the clause names none."""
    s, base, lay, sentence, primary, state, heading_outcome = r.s, r.base, r.lay, r.sentence, r.primary, r.state, r.heading_outcome
    if fact.role == "effect":  # "(n = 79, number of people with a delayed memory deficit, RR 0.63, ...)"
        outcome = _bracket_outcome(s, fact.start - base) or outcome
    if fact.role == "effect" and (outcome is None or re.fullmatch(r"(?:\w+ly\s+)*(?:more|less)\s+(?:effective|efficacious)", outcome)):
        outcome = _outcome_after(s, fact.start - base) or outcome  # "(SMD -0.36, ...) demonstrating a small effect upon fatigue"
    if outcome is None and fact.role != "count":  # "Data for X were available from three trials. The MD was ..."
        outcome = _announced_outcome(lay, sentence)
    if outcome is None:
        outcome = heading_outcome
    if outcome is None and fact.role != "count" and state.get("outcome"):
        outcome = state["outcome"]
        fact.uncertain.append("the sentence names no outcome: taken from the sentence before")
    if outcome is None and fact.role == "effect" and state.get("earlier outcome") and (sentence.heading or sentence.comparison) \
            and not lay.title_text and not primary.get("primary outcome"):
        outcome = state["earlier outcome"]  # a new comparison's heading, then "a significant difference in favour of X (OR ..."
        fact.uncertain.append("the sentence names no outcome: taken from an earlier result (another comparison)")
    if outcome is None and fact.role in ("effect", "arm") and lay.kind != "cochrane" and not primary.get("primary outcome") \
            and _title_outcome(lay):
        outcome = _title_outcome(lay)
        fact.uncertain.append("the sentence names no outcome: taken from the title")
    if outcome is None and fact.role in ("effect", "arm") and lay.kind != "cochrane" and primary.get("primary outcome") \
            and state.get("primary used") in (None, sentence.start):
        outcome = primary["primary outcome"]
        state["primary used"] = sentence.start
        fact.uncertain.append("the sentence names no outcome: taken to be the primary outcome")
    return outcome
