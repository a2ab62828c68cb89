"""Drafting study facts (laylint's source metadata) from a technical abstract.

    draft(text, source_name, synonyms) -> Draft     # the facts, each with the abstract span it came from
    to_yaml(draft) / to_json(draft)                 # the commented sidecar YAML, or JSON with offsets

Plain functions of the text and the lexicon data passed in: no configuration, no files, no spaCy.
Every pattern is compiled once, at import.
"""

from __future__ import annotations

import re

from laylint.draft.judged import judged_outcomes
from laylint.draft import arms as per_arm
from laylint.draft import vocabulary
from laylint.draft import abbreviated, none_counts, part_counts, stated_reductions
from laylint.draft import accuracy, arm_after, bracket_labels, effects_of, loose_counts, same_arms, verb_object, attribution, certainty, clause_forms, counts, estimates, fractions, limitations, names, searched, subjects, totals
from laylint.draft.model import Draft, Fact
from laylint.draft.sections import layout
from laylint.draft.textnorm import Sentence, deglue, join_space_thousands, normalise
from laylint.draft.writer import to_json, to_yaml

__all__ = ["Draft", "Fact", "draft", "to_json", "to_yaml", "MAX_CHARS"]

MAX_CHARS = 200_000  # an abstract is a few thousand characters; past this only the start is read
_FIGURE_SECTIONS = ("results", "unstructured")


def draft(text: str, source_name: str = "-", synonyms: list[list[str]] | tuple = ()) -> Draft:
    """The facts of the abstract `text`. `synonyms` are groups of names for one thing (the lay-synonym
    lexicon), used to add lay aliases."""
    result = Draft(source_name=source_name, kind="unstructured", text=text)
    if len(text) > MAX_CHARS:
        result.notes.append(f"the input has {len(text):,} characters; only the first {MAX_CHARS:,} were read")
        text = text[:MAX_CHARS]
    norm, glue_map = deglue(join_space_thousands(normalise(text)))
    lay = layout(norm)
    result.kind = lay.kind
    result.title = re.sub(r"\s+", " ", lay.title_text) or None
    abbr = names.abbreviations(norm)
    arm_names = attribution.document_arms(lay, abbr)
    facts: list[Fact] = []
    sentences = [s for s in lay.sentences if s.section in _FIGURE_SECTIONS]
    if not sentences and lay.kind != "unstructured":  # a structured abstract without a results section
        sentences = [s for s in lay.sentences if s.section not in ("background", "objectives", "other")]
    for sentence in sentences:
        found = estimates.find(sentence, norm)
        found = sorted(found + fractions.colon_estimates(sentence, [(f.start, f.end) for f in found]), key=lambda f: f.start)
        _settle_fractions(found, [], result)
        for fact in found:  # "22.1 months (95% CI 19.5-25.3) in the tovelitinib group": one group's figure
            if fact.measure in (None, "proportion", "rate"):
                fact.arm_text = per_arm.arm_near(sentence.text, fact.start - sentence.start, fact.group_end - sentence.start)
                if fact.arm_text:
                    fact.role = "arm"
        others = per_arm.find(sentence, norm, [(f.start, f.end) for f in found])
        _settle_fractions(found, others, result)  # "... and in adults 0.97 (95% CI 0.96 to 0.99)": a per-group figure
        facts.extend(found)
        facts.extend(others)
    attribution.attribute(facts, lay, arm_names, abbr)
    attribution.dose_pairs(facts)
    subjects.passive_outcomes(facts, arm_names, abbr)  # "The risk of X is increased (...)": X, not "increased"
    subjects.associated_arms(facts, arm_names, abbr)  # "X was associated with fewer Y than Z (...)"
    subjects.own_comparison(facts, arm_names, abbr)  # "Three RCTs compared X with Y: ... (HR ...)"
    subjects.opening_comparison(facts, arm_names, abbr)  # "In X compared to Y for Z, ... (SMD ..."
    subjects.sentence_arm(facts, arm_names, abbr)  # "Evidence of seven RCTs favoured X for Z, ... (OR ..."
    verb_object.object_outcomes(facts, arm_names, abbr)  # "X was found to reduce Y in comparison with Z (MD ..."
    subjects.lower_with(facts, arm_names, abbr)  # "Mortality was lower with statins (RR ...)"
    clause_forms.compared_first(facts, arm_names, abbr)  # "Compared to placebo, X caused more Y (OR ..."
    effects_of.effects_of_pairs(facts, arm_names, abbr)  # "the effects of X when compared to Y ..., on Z (MD ..."
    clause_forms.inline_headings(facts, arm_names, abbr)  # "Binge drinking at four months: results pooled ...: SMD ..."
    clause_forms.coded_arms(facts, arm_names, abbr)  # "Drinking frequency: WF SMD -0.11, ...; IFF SMD -0.21"
    bracket_labels.labelled_arms(facts, arm_names, abbr)  # "Supplements of X or Y might not reduce Z (X: RR ...; Y: RR ..."
    subjects.trailing_outcomes(facts, arm_names, abbr)  # "...; 19 (12 to 33) for diarrhoea; ..."
    subjects.pair_outcomes(facts, arm_names, abbr)  # "(26% versus 12% with placebo)": one outcome
    arm_after.groups_after_figures(facts, arm_names, abbr)  # "17% (4/24) of placebo patients", "64% (SU group)"
    arm_after.shares_set_against(facts, arm_names, abbr)  # "(26% versus 12% with placebo)": the other arm
    judged_outcomes(facts, {s.start: i for i, s in enumerate(lay.sentences)}, arm_names, abbr)  # "... also more effective (RR ..."
    accuracy.assign(facts, arm_names, abbr)  # the tests of an accuracy review are arms before the counts are read
    same_arms.merge(facts, arm_names)  # "a 10-mg warfarin nomogram" and "the warfarin nomogram of 10 mg": one arm
    facts.extend(per_arm.anticipated_ranges(sentences, facts))
    grouped: list[Fact] = []
    for fact in facts:
        if fact.role == "effect":
            grouped.extend(counts.in_group(fact, norm))
    # "(5 versus 10 in 10,000 women; RR ...", "Amongst 1000 women ..., 37 more": the 10,000 and 1000 are no counts
    arm_spans = [(f.start, f.end) for f in facts if f.role in ("arm", "effect") and f.notes and f.notes[0].startswith("derived")]
    grouped = [g for g in grouped if not any(a <= g.start < b for a, b in arm_spans)]
    studies, participants = totals.studies_and_participants(lay)
    result.studies, result.participants = studies, participants
    taken = [(f.start, f.end) for f in facts + grouped] + [(f.lead_end, f.group_end) for f in facts
                                                            if f.role == "effect" and f.lead_end is not None and f.group_end is not None]
    taken += [(t.start, t.end) for t in (studies, participants) if t]
    loose: list[Fact] = []
    for sentence in sentences:
        these = counts.in_sentence(sentence, taken)
        these += none_counts.find(sentence, taken + [(f.start, f.end) for f in these])  # "No studies reported X"
        these += part_counts.find(sentence, taken + [(f.start, f.end) for f in these], these)  # "22 of the 25 trials"
        loose.extend(these)
    attribution.attribute(loose, lay, arm_names, abbr)
    main = arm_names.comparisons[0] if arm_names.comparisons else next(
        ((f.drug, f.comparator) for f in facts if f.role == "effect" and f.drug and f.comparator), (None, None))
    single = len({tuple(c) for c in arm_names.comparisons}) == 1
    # no comparison announced, but every estimate that names two arms names the same two, and no other arm leads one
    pairs = {(f.drug, f.comparator) for f in facts if f.role == "effect" and f.drug and f.comparator}
    if not arm_names.comparisons and len(pairs) == 1 and all(f.drug == main[0] for f in facts if f.role == "effect" and f.drug):
        single = True
    # a review of one intervention and no comparator: its loose counts ("Three studies measured X") are that intervention's
    effects = [f for f in facts if f.role == "effect"]
    drugs = {f.drug for f in effects}
    only = next(iter(drugs)) if len(drugs) == 1 and not arm_names.comparisons and not any(f.comparator for f in effects) else None
    # a results paragraph that names one intervention only ("Four trials evaluated intravenous corticosteroids"): its counts
    compared_only = {f.comparator for f in effects} - drugs  # "less weight loss than minimal interventions": no intervention
    named = [n for n in arm_names.names if n not in arm_names.late and not attribution._only_generic(n) and n not in compared_only]
    lone = named[0] if len(named) == 1 and not arm_names.comparisons else None
    previous_arm = None
    for fact in loose:
        if fact.arm_text == "__other__":
            fact.drug = (main[0] if previous_arm == main[1] else main[1]) if previous_arm and main[1] else None
            fact.comparator = None
            continue
        if fact.arm_text:
            order = re.fullmatch(r"__arm(\d)__", fact.arm_text)
            if order:
                fact.drug = main[int(order.group(1))] if main[0] else None
            else:
                mentioned = attribution.mentions(f"the {fact.arm_text} group", arm_names, abbr)
                fact.drug = mentioned[0][2] if mentioned else arm_names.find(attribution._expand(names.clean(fact.arm_text), abbr)) \
                    or arm_names.add(fact.arm_text, "a results sentence", abbr)
            fact.comparator = None
            previous_arm = fact.drug
            continue
        pair = loose_counts.studies_for_pair(fact, arm_names, abbr)
        if pair:
            fact.drug, fact.comparator = pair
            continue
        listed = loose_counts.listed_item(fact, arm_names, abbr)
        if listed:
            fact.drug, fact.comparator = listed, None
            continue
        own = loose_counts.own_arms(fact, arm_names, abbr)
        if own:
            fact.drug, fact.comparator = own
            continue
        heading_drug, heading_comparator = attribution.heading_arms(fact.sentence.heading, arm_names, abbr)
        clause = loose_counts.comparing_clause(fact, arm_names, abbr)
        if clause:
            fact.drug, fact.comparator = clause
            continue
        if loose_counts.names_arm(fact, norm, arm_names, abbr):
            continue
        announced_drug, announced_comparator = attribution.heading_arms(fact.sentence.comparison, arm_names, abbr)
        if heading_drug:
            fact.drug, fact.comparator = heading_drug, heading_comparator
        elif announced_drug and announced_comparator:  # "Two trials compared X with Y. ... (3 studies, 240 people)"
            fact.drug, fact.comparator = announced_drug, announced_comparator
        elif single and main[0]:
            fact.drug, fact.comparator = main
        elif only:
            fact.drug, fact.comparator = only, None
        elif lone:
            fact.drug, fact.comparator = lone, None
        else:
            fact.drug = fact.comparator = None
    facts.extend(grouped)
    facts.extend(loose)
    subjects.opening_comparison(facts, arm_names, abbr, roles=("count",))
    subjects.one_intervention(facts, arm_names, abbr)  # a finding with no arm, in an abstract of one intervention
    accuracy.assign(facts, arm_names, abbr)
    vocabulary.vocabulary_arm(facts, lay.sentences)  # no figure has an arm: the phrase the abstract keeps repeating
    for fact in accuracy.not_findings(facts):
        result.notes.append(f"left out: an area under the curve, not a finding the metadata can hold: {_quote(result.text, fact)}")
        facts.remove(fact)
    for fact in facts:
        if fact.role == "count":
            fact.outcome = None
            continue
        fact.certainty, why = certainty.of_fact(fact, norm)
    every, every_why = certainty.for_all(sentences)
    for fact in facts:
        if every and fact.role == "effect" and fact.certainty is None:
            fact.certainty = every
            fact.notes.append(every_why)
    facts = stated_reductions.merge(_settle(facts, lay, result), norm)  # "reduced by 44% (RR 0.56, ...)"
    result.facts = facts
    result.certainty, result.certainty_note = certainty.document_level(facts, norm, sentences)
    result.design, result.observational, result.design_note = totals.design(lay)
    _declare(result, arm_names, abbr, synonyms)
    result.limitations = limitations.find(lay)
    result.searched, search_note = searched.find(lay.sentences)
    if search_note:
        result.notes.append(search_note)
    if glue_map is not None:
        _remap(result, glue_map, len(text))
    if not [f for f in facts if f.role != "count"]:
        result.notes.append("no effect estimates or per-group figures were found: is this the abstract of a study "
                            "(in English), with its results?")
    return result


def _remap(result: Draft, mapping: list[int], length: int) -> None:
    """Offsets in the reading copy (words unglued) back to offsets in the abstract."""
    at = lambda i: mapping[i] if i < len(mapping) else length  # noqa: E731
    sentences = {}
    for fact in result.facts:
        fact.start, fact.end = at(fact.start), at(fact.end)
        fact.lead_end = at(fact.lead_end) if fact.lead_end is not None else None
        fact.group_end = at(fact.group_end) if fact.group_end is not None else None
        key = id(fact.sentence)
        if key not in sentences:
            s = fact.sentence
            sentences[key] = Sentence(at(s.start), at(s.end), s.text, s.section, s.heading, s.paragraph, s.comparison)
        fact.sentence = sentences[key]
    for total in (result.studies, result.participants, *result.searched):
        if total:
            total.start, total.end = at(total.start), at(total.end)
    result.limitations = [(sentence, at(offset)) for sentence, offset in result.limitations]


def _settle(facts: list[Fact], lay, result: Draft) -> list[Fact]:
    """Drop duplicates and the figures that are not findings; mark what is uncertain."""
    facts = sorted(facts, key=lambda f: f.start)
    kept: list[Fact] = []
    seen: set = set()
    differences = [(abs(f.value), f) for f in facts if f.measure == "risk-difference" and f.ci is not None]
    total_spans = [(t.start, t.end) for t in (result.studies, result.participants) if t]
    for fact in facts:
        if fact.role == "count" and any(fact.start <= a < fact.end or a <= fact.start < b for a, b in total_spans):
            continue  # the total itself
        if fact.measure == "risk-difference" and fact.ci is None and any(
                abs(abs(fact.value) - value) < 1e-6 and other.sentence.paragraph == fact.sentence.paragraph for value, other in differences):
            continue  # "(an absolute difference of 10%)" repeats "100 more per 1000"
        if fact.role != "count" and not fact.outcome:
            result.notes.append(f"left out: no outcome could be read for {_quote(result.text, fact)}")
            continue
        if fact.role == "count" and fact.value == 0 and not (fact.arm_text and fact.drug) and not none_counts.stated(fact):
            continue  # "0 studies"; kept for one group's events ("in 0 vaccine recipients") and "No studies reported X"
        key = fact.key
        if key in seen:
            continue
        seen.add(key)
        if fact.percent and fact.measure not in ("risk-difference", "relative-reduction") and not (
                0 <= fact.value <= 100 and (fact.ci is None or 0 <= fact.ci[0] and fact.ci[1] <= 100)):
            # "-3.93%", "269%": a change or difference in per cent, not a share of people
            if fact.measure in (None, "proportion", "risk") and (fact.value < 0 or (fact.ci and fact.ci[0] < 0)):
                fact.measure = "risk-difference" if fact.role == "effect" else None
            if fact.measure != "risk-difference":
                fact.percent, fact.measure = False, (fact.measure if fact.measure in ("mean-difference", None) else None)
                fact.notes.append("a percentage outside 0-100% in the abstract (a change, not a share of people): written as a plain number")
            if fact.measure is None and fact.role == "effect" and fact.ci is None:
                continue
        if fact.ci and not fact.ci[0] <= fact.value <= fact.ci[1]:
            fact.uncertain.append(f"the abstract's interval {fact.written[1]} to {fact.written[2]} does not contain "
                                  f"{fact.written[0]}: left out, check the abstract")
            fact.ci = None
        if fact.role in ("effect", "arm") and not fact.drug:
            fact.uncertain.append("no arm could be read for this figure")
        kept.append(fact)
    return kept


def _settle_fractions(found: list[Fact], others: list[Fact], result: Draft) -> None:
    for fact in fractions.settle(sorted(found + others, key=lambda f: f.start)):  # no metadata measure holds it
        result.notes.append(f"left out: a likelihood ratio or relative accuracy, not a finding the metadata can hold: "
                            f"{_quote(result.text, fact)}")
        (found if fact in found else others).remove(fact)


def _quote(text: str, fact: Fact) -> str:
    return '"' + re.sub(r"\s+", " ", text[fact.start:fact.end])[:80] + '"'


# when and where an outcome was counted, not what it is: left off for a plainer alias
_QUALIFIERS_BEFORE = re.compile(r"^(?:post-?operative|peri-?operative|in-hospital|all-cause|overall)\s+", re.I)
_QUALIFIERS_AFTER = re.compile(r"\s+(?:in\s+hospital|before\s+(?:hospital\s+)?discharge|at\s+(?:hospital\s+)?discharge|"
                               r"at\s+(?:\d+|one|two|three|four|five|six|nine|twelve|eighteen|twenty-four)\s+(?:days?|weeks?|months?|years?)|"
                               r"after\s+surgery)$", re.I)


def _declare(result: Draft, arm_names, abbr: dict[str, str], synonyms) -> None:
    """The drugs and outcomes the findings name, with the aliases the abstract and the lexicon give."""
    drugs: dict[str, set[str]] = {}
    outcomes: dict[str, set[str]] = {}
    outcome_names: dict[str, str] = {}
    for fact in result.facts:
        for arm in (fact.drug, fact.comparator):
            if arm:
                drugs.setdefault(arm, set()).update(arm_names.aliases.get(arm, ()))
        if fact.outcome:
            expanded = attribution._expand(fact.outcome, abbr)
            name = names.canonical(expanded)
            known = outcome_names.get(names.key(name))
            if known is None:
                outcome_names[names.key(name)] = known = name
                outcomes[known] = set()
            if expanded != fact.outcome:
                outcomes[known].add(fact.outcome)
            outcomes[known].update(accuracy.outcome_forms(known))
            fact.outcome = known
    for name in arm_names.names:
        if arm_names.sources.get(name) in ("the arms named in the abstract", "the title") or name in arm_names.names[:2]:
            drugs.setdefault(name, set()).update(arm_names.aliases.get(name, ()))
    for abbreviation, long_form in abbr.items():
        for name in outcomes:
            if names.key(long_form) == names.key(name) or names.key(abbreviation) in names.key(name).split():
                if names.key(long_form) == names.key(name):
                    outcomes[name].add(abbreviation)
    for name, aliases in drugs.items():  # "placebo or no treatment": each part names the arm too
        parts = [p.strip() for p in re.split(r"\s+or\s+|(?<=[A-Za-z]{3})/(?=[A-Za-z]{3})", name) if p.strip()]  # not "μmol/g"
        if len(parts) > 1:
            aliases.update(p for p in parts if len(p) > 2 and not any(names.key(p) == names.key(other) for other in drugs))
    for name, aliases in outcomes.items():  # "infections of any grade" -> "infections", "any infection"
        general = re.match(r"^(?P<x>.+?)\s+of\s+any\s+(?:grade|kind|type|cause|severity)$", name)
        if general:
            aliases.update({general["x"], "any " + names._singular(general["x"].split()[-1]) if len(general["x"].split()) == 1
                            else general["x"]})
    for name, aliases in outcomes.items():  # "postoperative pneumonia" -> "pneumonia", "death in hospital" -> "death"
        plain = _QUALIFIERS_AFTER.sub("", _QUALIFIERS_BEFORE.sub("", name)).strip()
        if plain and plain != name and len(plain) > 3 and not any(names.key(plain) == names.key(other) for other in outcomes):
            aliases.add(plain)
    for table in (drugs, outcomes):  # "pelvic floor muscle training with resistance device": "PFMT with resistance device"
        abbreviated.add_short_forms(table, abbr)
    groups = [[str(w) for w in group] for group in synonyms]
    for table in (drugs, outcomes):
        for name, aliases in table.items():
            forms = {names.key(name)} | {names.key(a) for a in aliases}
            for group in groups:
                if any(names.key(member) in forms for member in group):
                    aliases.update(m for m in group if names.key(m) not in forms)
            aliases.discard(name)
            table[name] = {a for a in aliases if a and names.key(a) != names.key(name)}
    # (case breaks ties: "Repeated SET" and "repeated SET" keep one order whatever the hash seed)
    result.drugs = {name: sorted(aliases, key=lambda a: (a.lower(), a)) for name, aliases in drugs.items()}
    result.outcomes = {name: sorted(aliases, key=lambda a: (a.lower(), a)) for name, aliases in outcomes.items()}
