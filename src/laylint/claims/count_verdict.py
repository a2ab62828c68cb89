"""The verdict on a count of studies or people: a declared count, a comparison's, a part, or against the total.

`judge_count` asks the steps of STEPS in order; the first that answers gives the verdict. Each step reads one
shape of count ("the searches found", "a study of 992", "three of four studies", a total said for the whole
review...) from what count_case.CountCase works out once. A new reading is one function and one line in STEPS,
and where it sits in the table says which readings it overrides."""

from __future__ import annotations

import re

from laylint.claims import eligible, parts, totals, wholes
from laylint.claims.comparators import comparator_names
from laylint.claims.compare import agrees
from laylint.claims.count_case import CountCase
from laylint.claims.count_evidence import anchored_results, behind_outcome, declared_anywhere, evidence_verdict, single_study
from laylint.claims.count_differences import difference_of
from laylint.claims.count_parts import is_part, part_verdict, whole_of
from laylint.claims.counted import WORD, arms_named, count_precision, counts_what, describes, noun_group, sentence_and_start, total_finding
from laylint.claims.one_drug import one_drug_count
from laylint.claims.one_of_group import one_of_group, one_study_mentioned
from laylint.claims.part_as_whole import part_as_whole
from laylint.claims.people_with_events import event_count
from laylint.claims.quantities import Figure
from laylint.claims.stated_part import backed_part
from laylint.claims.study_descriptions import (ongoing_trials, size_of_one_study, sized_study_quiet, studies_described,
                                               study_eyes)
from laylint.claims.verdict import Context, Verdict
from laylint.claims.whole_as_part import whole_as_part
from laylint.claims.with_all_people import searches_found, with_all_people
from laylint.metadata import Finding, Metadata

_LISTED = re.compile(r"\b(?:either|other|others|various|several|different)\b", re.IGNORECASE)  # "with either placebo, ..."


def _one_comparison(named: tuple[str, ...], counts: list[Finding], metadata: Metadata) -> Finding | None:
    """The count of the one comparison whose two arms the clause names, and nothing besides them, in a
    review of several comparisons with counts ("Eleven studies compared high-protein with standard
    formula"); None otherwise."""
    if len(set(named)) < 2:
        return None
    pairs = [f for f in counts if not f.outcome and arms_named(f, named, metadata) >= 2]
    compared = {(f.drug, f.comparator) for f in pairs}
    if len(compared) != 1:
        return None
    arms = {pairs[0].drug, *comparator_names(pairs[0], metadata)}
    others = {(f.drug, f.comparator) for f in metadata.findings if f.measure == "count" and f.drug} - compared
    return pairs[0] if set(named) <= arms and others else None


_TOTAL = re.compile(r"\b(?:a\s+total\s+of|in\s+total|total\s+of|altogether|overall\s+total)\b", re.IGNORECASE)


def _contradicts(figure: Figure, total: float, context: Context, bound: str | None = None) -> bool:
    """Does a count that matches nothing contradict the declared total? It does when it claims more
    than the total (no part can; unless its sentence or the next speaks of screening: "We found 33
    studies ... Of these, 12 were eligible"), and when it follows "found", "included",
    "involving"... in a clause that names no comparison and is within 10% of the total (it is the
    total, misstated)."""
    stated = figure.value
    if context.screening and stated > total:
        return False  # "We found 33 studies ... Of these, 12 were eligible"
    if figure.qualifier in ("more-than", "at-least"):
        return stated >= total * 0.9
    if bound in ("more-than", "at-least"):  # the source's "more than 13,000 women": up to its rounding, not above
        return stated > wholes.bound_ceiling(total) or (stated < total and context.total and not context.drugs
                                                         and not context.comparators and stated >= 0.9 * total)
    if stated > total:
        return True
    about_the_review = context.total and not context.drugs and not context.comparators
    return about_the_review and abs(stated - total) <= 0.1 * total


def judge_count(figure: Figure, metadata: Metadata | None, context: Context, drug=None, outcome=None) -> Verdict:
    if metadata is None or figure.counted not in ("studies", "people"):
        return Verdict("unattached")
    case = CountCase(figure, metadata, context, drug, outcome)
    for step in STEPS:
        verdict = step(case)
        if verdict is not None:
            return verdict
    return Verdict("unsupported-number")


def _evidence_of_a_result(case: CountCase) -> Verdict | None:
    """"overall survival (3 studies, 1152 people)", "(evidence from 4 studies)": one of that result's counts."""
    figure, metadata, context, drug, outcome = case.figure, case.metadata, case.context, case.drug, case.outcome
    if not context.evidence or drug is None:
        return None
    results = [f for f in metadata.findings if f.measure != "count" and f.outcome == outcome
               and (f.drug == drug or drug in comparator_names(f, metadata))]
    verdicts = [v for v in (evidence_verdict(figure, r, metadata) for r in results) if v is not None]
    agreeing = next((v for v in verdicts if v.verdict == "count"), None)
    if agreeing is not None:
        return agreeing
    anchored = anchored_results(figure, context.parenthesis, results, metadata)
    if anchored:  # the parenthesis is that result's evidence: this count must be one of its counts
        verdict = evidence_verdict(figure, anchored[0], metadata)
        if verdict is not None:
            return verdict
    strict = drug in context.drugs and any(f.drug == drug for f in results)
    if verdicts and (strict or not declared_anywhere(count_precision(figure), drug, metadata)):
        return verdicts[0]  # (the metadata may list an outcome's counts elsewhere: a count it has is no error)
    return None


def _behind_outcome(case: CountCase) -> Verdict | None:
    return behind_outcome(case.figure, case.metadata, case.context, case.drug, case.outcome)


def _single_study(case: CountCase) -> Verdict | None:
    return single_study(case.figure, case.metadata, case.context, case.outcome)


def _eligible(case: CountCase) -> Verdict | None:
    """"Three trials (total n=450) met the criteria": the review's, never a part's count."""
    return _eligible_total(case.figure, case.stated, case.total, case.kind_counts, case.context)


def _outcome_not_counted(case: CountCase) -> Verdict | None:
    """"Two studies in children found no difference in quality of life": the studies of one outcome, a part, not
    checked against a count of another outcome or of a population; quiet when the source counts none of them."""
    if case.reported and not case.specific and not any(f.outcome in case.reported for f in case.kind_counts):
        return Verdict("unattached")
    return None


def _described(case: CountCase) -> Verdict | None:
    """"eight trials in the meta-analysis" against the source's "6 trials in the meta-analysis"."""
    specific, stated, context, total = case.specific, case.stated, case.context, case.total
    if not specific:
        return None
    agreeing = [f for f in specific if agrees(stated, f)]
    if agreeing:
        return Verdict("count", agreeing[0])
    # the whole sentence may name the subgroup ("In women with dense breasts, three cohort studies ..."),
    # and a large count equal to a declared one is that count, whatever other count's words are near
    backed = [f for f in case.kind_counts + ([total] if total else []) if agrees(stated, f) and (
        describes(f, case.figure, context.sentence) or (stated.value >= 100 and not stated.qualifier)
        or (f is total and not case.named and parts.said_as_total(context.segment, context.total)))]  # "We found 18 studies that ..."
    if backed:
        return Verdict("count", backed[0])
    if one_of_group(case.figure, stated, context, specific):
        return Verdict("unattached")  # "one small study in the USA" against 3 studies from the USA: one of them
    return Verdict("number-mismatch", max(specific, key=lambda f: len(WORD.findall(f.population or ""))))


def _subset(case: CountCase) -> Verdict | None:
    """"15 of these studies": a part, which cannot be more than the whole."""
    if not case.figure.subset:
        return None
    stated, total, counts = case.stated, case.total, case.counts
    agreeing = [f for f in counts if agrees(stated, f)]
    if agreeing:
        return Verdict("count", agreeing[0])
    if total is not None and stated.value > total.value.value:
        return Verdict("number-mismatch", total)
    own = [f for f in counts if not f.outcome] if case.figure.listed and case.named else []
    if len(own) == 1:  # "steroid injection (5)" in a list of comparisons, when the source counts 1 trial of it
        return Verdict("number-mismatch", own[0])
    return Verdict("unattached")


def _total_for_one_comparison(case: CountCase) -> Verdict | None:
    """"11 studies compared X with Y": the review's 11, when 7 did."""
    total = case.total
    own = None if _LISTED.search(case.context.piece) else _one_comparison(case.named, case.counts, case.metadata)
    if own is not None and total is not None and agrees(case.stated, total) and not agrees(case.stated, own):
        return Verdict("wrong-pair", total, own)
    return None


def _total_for_one_drug(case: CountCase) -> Verdict | None:
    """"18 studies looked at TBI": the review's 18, when 17 did."""
    total, stated, counts = case.total, case.stated, case.counts
    if _LISTED.search(case.context.piece) or total is None:
        return None
    alone = one_drug_count(case.named, counts, case.metadata, case.context.segment, total.value.value, case.kind_counts)
    if alone is not None and agrees(stated, total) and alone.value.value < total.value.value \
            and not any(agrees(stated, f) for f in counts if f.drug == alone.drug and not f.outcome):
        return Verdict("wrong-pair", total, alone)
    return None


def _people_of_one_analysis(case: CountCase) -> Verdict | None:
    """"8 studies with a total of 61,651 people": one analysis's count, said as the review's."""
    if case.total is not None or case.figure.counted != "people" or case.named or not _TOTAL.search(case.context.segment):
        return None
    matching = [f for f in case.candidates if agrees(case.stated, f)]
    return Verdict("wrong-pair", matching[0]) if matching and all(f.outcome for f in matching) else None


def _difference_of_counts(case: CountCase) -> Verdict | None:
    """"analysed 1037": the source's 1270 less its 233 lost, said as that difference."""
    context = case.context
    if any(agrees(case.stated, f) for f in case.candidates):
        return None
    said = " ".join(context.before.split()[-2:] + [context.segment])
    return Verdict("unattached") if difference_of(case.stated, case.figure.counted, case.total, case.metadata, said) is not None else None


def _loose_total(case: CountCase) -> Verdict | None:
    """"more than 12,000 children" for the review's 219,584."""
    figure, context, total = case.figure, case.context, case.total
    if total is None or case.named or not wholes.loose_total(case.stated, total, case.candidates):
        return None
    said = parts.said_as_total(context.segment, context.total) if figure.counted == "studies" \
        else wholes.said_together(*sentence_and_start(figure, context), case.metadata.studies)
    return Verdict("number-mismatch", total) if said else None


def _part_as_whole(case: CountCase) -> Verdict | None:
    """"78 studies that together included 610,000 people": 11 studies' people."""
    parts_of = part_as_whole(case.figure, case.stated, case.context, case.metadata, case.total, case.candidates)
    return Verdict("wrong-pair", parts_of[0], case.total) if parts_of and not case.named else None


def _whole_as_part(case: CountCase) -> Verdict | None:
    """"These two studies involved 810 women": all four studies' 810."""
    if case.named:
        return None
    whole = whole_as_part(case.figure, case.stated, case.context, case.metadata, case.total, case.candidates)
    return Verdict("wrong-pair", whole) if whole is not None else None


def _declared(case: CountCase) -> Verdict | None:
    return next((Verdict("count", f) for f in case.candidates if agrees(case.stated, f)), None)


def _stated_part(case: CountCase) -> Verdict | None:
    """"Two out of three trials ...": the source gives the two, not the three."""
    return Verdict("unattached") if backed_part(case.stated, case.context.before, case.kind_counts, case.total) is not None else None


def _whole_of_parts(case: CountCase) -> Verdict | None:
    whole = whole_of(case.stated, case.context, case.metadata, case.total, case.counts if case.named else None)
    return Verdict("count", whole) if whole is not None else None


def _part(case: CountCase) -> Verdict | None:
    figure, context, metadata = case.figure, case.context, case.metadata
    if case.named or not is_part(figure, case.stated, context, metadata, case.total):
        return None
    named = {case.outcome} if case.outcome else parts.named_outcomes(context.sentence, metadata.outcomes)
    return part_verdict(figure, case.stated, metadata, named, context.sentence)


def _against_total(case: CountCase) -> Verdict | None:
    figure, stated, total, context = case.figure, case.stated, case.total, case.context
    if total is None or not _contradicts(stated, total.value.value, context, total.qualifier):
        return None
    words = wholes.not_included(context.before, context.after, bool(stated.qualifier)) \
        if figure.counted == "studies" and stated.value >= total.value.value else ""
    if words:
        # "Twenty studies are ongoing", "the search found over 100": not the review's; only the source's own
        # counts of such studies can say more
        declared = wholes.declared_like(words, [f for f in case.kind_counts if f.measure == "count"])
        agreeing = [f for f in declared if agrees(stated, f)]
        if agreeing or declared:
            return Verdict("count", agreeing[0]) if agreeing else Verdict("number-mismatch", declared[0])
        return Verdict("unattached")
    if stated.value > total.value.value and not stated.qualifier \
            and not parts.said_as_total(context.segment, context.total):  # no part is more than the whole (round 24)
        return Verdict("number-mismatch", wholes.over_total(total))
    return Verdict("number-mismatch", total)


def _people_said_as_whole(case: CountCase) -> Verdict | None:
    """A total of people for the whole review that the source does not give."""
    figure, context, total = case.figure, case.context, case.total
    if figure.counted == "people" and total is not None and not case.named and not context.drugs \
            and not context.comparators and not context.screening \
            and totals.said_as_whole(*sentence_and_start(figure, context), case.metadata.studies):
        return Verdict("number-mismatch", total)
    return None


def _one_study_mentioned(case: CountCase) -> Verdict | None:
    """"We excluded one study from the analysis": a study mentioned, not a count."""
    outcome_counts = [f for f in case.kind_counts if case.outcome is not None and f.outcome == case.outcome]
    if one_study_mentioned(case.figure, case.stated, case.context, (case.counts if case.named else []) + outcome_counts):
        return Verdict("unattached")
    return None


def _people_with_events(case: CountCase) -> Verdict | None:
    """"One person had bleeding" for the source's "1 bleeding episode"."""
    if case.figure.counted != "people":
        return None
    events = event_count(case.stated, case.context.sentence, case.outcome, case.metadata)
    return Verdict("count", events) if events is not None else None


def _with_all_people(case: CountCase) -> Verdict | None:
    """Studies said with all the review's people (with_all_people.py) are its studies: the declared total, or a
    wrong pair when the count is another the source gives (the studies the searches found). "We found 50 studies
    that involved 28 participants": the review's 28, in its 1 study."""
    figure, metadata, context = case.figure, case.metadata, case.context
    total = total_finding(metadata, "studies")
    if figure.counted != "studies" or total is None or figure.subset or context.drugs or context.comparators:
        return None
    sentence, at = sentence_and_start(figure, context)
    stated = count_precision(figure)
    if at < 0 or agrees(stated, total) or not with_all_people(sentence, at + len(figure.text), metadata.participants):
        return None
    whole = {(f.drug, f.comparator) for f in metadata.findings if f.measure == "count" and f.drug
             and counts_what(f) in ("", "people") and f.value.value == metadata.participants}
    if any(f.measure == "count" and (f.drug, f.comparator) in whole and counts_what(f) == "studies" and agrees(stated, f)
           for f in metadata.findings):
        return None  # a comparison with all the review's people: its own count of studies
    other = next((f for f in metadata.findings if f.measure == "count" and counts_what(f) == "studies"
                  and f is not total and agrees(stated, f)), None)
    if other is not None:  # the searches' count is a wrong pair; a part with data ("48 in the meta-analyses") is not:
        return Verdict("wrong-pair", other, total) if searches_found(other) else None  # the source's people may be theirs
    return Verdict("number-mismatch", total) if stated.value > total.value.value else None


def _eligible_total(figure: Figure, stated: Figure, total: Finding | None, counts, context: Context) -> Verdict | None:
    """A count said as all the studies that met the review's criteria (eligible.py) is the declared total, or one
    of the source's counts of the whole review ("studies in the review"); None when it is not said so."""
    if total is None or figure.subset or noun_group(figure.noun, figure.counted) != figure.counted:
        return None
    sentence, at = sentence_and_start(figure, context)
    if at < 0 or not eligible.said_as_eligible(sentence[at + len(figure.text):], sentence[max(0, at - 20):at]):
        return None
    if agrees(stated, total):
        return Verdict("count", total)
    review = [f for f in counts if not f.outcome and eligible.of_the_review(f.population or "") and agrees(stated, f)]
    return Verdict("count", review[0]) if review else Verdict("number-mismatch", total)


# The readings, in order: the first that answers gives the verdict (else "unsupported-number").
STEPS = (
    _evidence_of_a_result, _with_all_people, _behind_outcome, _single_study, sized_study_quiet, study_eyes,
    ongoing_trials, _eligible, _outcome_not_counted, _described, _subset, _total_for_one_comparison,
    _total_for_one_drug, _people_of_one_analysis, _difference_of_counts, _loose_total, _part_as_whole,
    _whole_as_part, _declared, _stated_part, _whole_of_parts, _part, _against_total, _people_said_as_whole,
    size_of_one_study, studies_described, _one_study_mentioned, _people_with_events,
)
