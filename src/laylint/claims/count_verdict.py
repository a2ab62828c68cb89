"""The verdict on a count of studies or people: a declared count, a comparison's, a part, or against the total."""

from __future__ import annotations

import re
from dataclasses import replace

from laylint.claims import eligible, parts, totals, wholes
from laylint.claims.class_members import class_of_members
from laylint.claims.comparators import comparator_names
from laylint.claims.compare import agrees
from laylint.claims.count_evidence import anchored_results, behind_outcome, declared_anywhere, evidence_verdict, single_study
from laylint.claims.count_differences import difference_of
from laylint.claims.count_other import other_count
from laylint.claims.count_parts import is_part, part_verdict, whole_of
from laylint.claims.counted import (WORD, arms_named, count_precision, counts_what, describes, noun_group,
                                    sentence_and_start, total_finding)
from laylint.claims.one_drug import one_drug_count
from laylint.claims.one_of_group import one_of_group, one_study_mentioned
from laylint.claims.part_as_whole import part_as_whole
from laylint.claims.people_with_events import event_count
from laylint.claims.quantities import Figure
from laylint.claims.stated_part import backed_part
from laylint.claims.study_size import sized_study
from laylint.claims.verdict import Context, Verdict
from laylint.claims.whole_as_part import whole_as_part
from laylint.claims.with_all_people import searches_found, with_all_people
from laylint.metadata import Finding, Metadata


def _other_comparison(finding: Finding, named: tuple[str, ...], metadata: Metadata) -> bool:
    """A count of the named drug against a comparator the clause does not name."""
    comparators = comparator_names(finding, metadata)
    return finding.drug in named and bool(comparators) and not any(name in named for name in comparators)


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


def _population_names(finding: Finding, named: tuple[str, ...], metadata: Metadata) -> bool:
    """A count of no comparison whose population names a drug the clause names ("studies using oral
    intake"): a count about that drug."""
    if finding.drug or not finding.population:
        return False
    population = f" {' '.join(WORD.findall(finding.population.lower()))} "
    return any(f" {' '.join(WORD.findall(alias.lower()))} " in population
               for name in named for alias in (name, *metadata.drugs.get(name, ())) if WORD.search(alias))


_TOTAL = re.compile(r"\b(?:a\s+total\s+of|in\s+total|total\s+of|altogether|overall\s+total)\b", re.IGNORECASE)


# "including Europe (six studies), Turkey (one study)": the name a bracketed count stands after
_BRACKET_LABEL = re.compile(r"(?:^|[,;:]|\band\b|\bincluding\b)\s*((?:the\s+)?(?:[A-Z][\w'-]*\s*){1,3})\($")


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
    if context.evidence and drug is not None:  # "overall survival (3 studies, 1152 people)", "(evidence from 4 studies)"
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
    all_people = _with_all_people(figure, metadata, context)
    if all_people is not None:
        return all_people  # "We found 50 studies that involved 28 participants": the review's 28, in its 1 study
    behind = behind_outcome(figure, metadata, context, drug, outcome)
    if behind is not None:
        return behind
    single = single_study(figure, metadata, context, outcome)
    if single is not None:
        return single
    if sized_study(figure, context.after, metadata) is not None:
        return Verdict("unattached")  # "One large study (n = 992)": the source's largest study, held by its size
    at = context.segment.find(figure.text)
    kind = _STUDY_ADJECTIVE.match(context.segment, at + len(figure.text)) if figure.counted == "studies" and at >= 0 else None
    if kind is not None:  # "368 people (369 study eyes)": eyes of the studies, not studies
        return other_count(replace(figure, counted="other", noun=kind.group(1)), metadata.findings) or Verdict("unattached")
    if figure.counted == "people" and at > 0 and _ONGOING.search(context.segment, 0, at):
        # "Four trials are recruiting 40 to 200 newborns": people of trials not in the review, checked only
        # against the source's own counts of them ("largest planned sample size")
        planned = [f for f in metadata.findings if f.measure == "count" and _ONGOING.search(f.population or "")]
        if not planned:
            return Verdict("unattached")
        stated = count_precision(figure)
        agreeing = [f for f in planned if agrees(stated, f)]
        return Verdict("count", agreeing[0]) if agreeing else Verdict("number-mismatch", planned[-1])
    named = class_of_members(context.drugs + context.comparators, context.sentence, metadata)  # "X (A or B) in 7 trials"
    stated = count_precision(figure)
    total = total_finding(metadata, figure.counted)
    counts = [f for f in metadata.findings if f.measure == "count" and counts_what(f) in ("", figure.counted)]
    if figure.counted == "studies":  # "15 articles" and "15 trials" are not the same count
        group = noun_group(figure.noun, "studies")
        counts = [f for f in counts if noun_group(f.population or "", "studies") == group]
    kind_counts = counts
    eligible_total = _eligible_total(figure, stated, total, kind_counts, context)
    if eligible_total is not None:
        return eligible_total  # "Three trials (total n=450) met the criteria": the review's, never a part's count
    if named and not any(arms_named(f, named, metadata) for f in metadata.findings):
        named = ()  # only drugs the source has no finding for: they describe the studies, not a comparison
    if named:  # a count of a comparison the clause names (one of its arms: writers name classes and members)
        counts = [f for f in counts if arms_named(f, named, metadata) or _population_names(f, named, metadata)]
        # "one study compared the pill with NSAIDs": not a count of the pill vs placebo; "with a control group"
        # names no other drug of the source (a generic arm), so the pill's own counts stay
        if len({name for name in named if name in metadata.drugs}) >= 2:
            counts = [f for f in counts if not _other_comparison(f, named, metadata)]
    unnamed = [f for f in kind_counts if not f.drug and f not in counts]  # "seven cohort studies" of no comparison
    segment = context.segment
    if (label := _BRACKET_LABEL.search(context.before)) is not None:
        segment = f"{label.group(1)} {segment}"  # "Turkey (one study)": the words before the bracket say what it counts
    # "three of four studies favouring it": the words after the whole describe the part, not the whole
    specific = [] if _PART_OF.search(context.before) else [f for f in counts + unnamed if describes(f, figure, segment)]
    if specific and figure.counted == "studies" and not named and total is not None and stated.value < total.value.value:
        # "Two studies in children found no difference in quality of life": the studies of one outcome, a part;
        # not checked against a count of another outcome or of a population ("5 trials in children")
        sentence, at = sentence_and_start(figure, context)  # the outcome they found or measured comes after them
        if at < 0 and context.clause_start and sentence.startswith(context.clause_start):
            at = len(context.clause_start)
        reported = _first_outcome(sentence[at + len(figure.text):] if at >= 0 else sentence, metadata.outcomes)
        if reported:  # (a population's count still bounds it: "7 studies in children" when the source has 5)
            specific = [f for f in specific if f.outcome in reported or (not f.outcome and stated.value > f.value.value)]
            if not specific and not any(f.outcome in reported for f in kind_counts):
                return Verdict("unattached")  # the source counts none of that outcome's studies: quiet
    if specific:  # "eight trials in the meta-analysis" against the source's "6 trials in the meta-analysis"
        agreeing = [f for f in specific if agrees(stated, f)]
        if agreeing:
            return Verdict("count", agreeing[0])
        # the whole sentence may name the subgroup ("In women with dense breasts, three cohort studies ..."),
        # and a large count equal to a declared one is that count, whatever other count's words are near
        backed = [f for f in kind_counts + ([total] if total else []) if agrees(stated, f) and (
            describes(f, figure, context.sentence) or (stated.value >= 100 and not stated.qualifier)
            or (f is total and not named and parts.said_as_total(context.segment, context.total)))]  # "We found 18 studies that ..."
        if backed:
            return Verdict("count", backed[0])
        if one_of_group(figure, stated, context, specific):
            return Verdict("unattached")  # "one small study in the USA" against 3 studies from the USA: one of them
        return Verdict("number-mismatch", max(specific, key=lambda f: len(WORD.findall(f.population or ""))))
    if figure.subset:  # "15 of these studies": a part, which cannot be more than the whole
        agreeing = [f for f in counts if agrees(stated, f)]
        if agreeing:
            return Verdict("count", agreeing[0])
        if total is not None and stated.value > total.value.value:
            return Verdict("number-mismatch", total)
        own = [f for f in counts if not f.outcome] if figure.listed and named else []
        if len(own) == 1:  # "steroid injection (5)" in a list of comparisons, when the source counts 1 trial of it
            return Verdict("number-mismatch", own[0])
        return Verdict("unattached")
    candidates = ([total] if total else []) + counts
    own = None if _LISTED.search(context.piece) else _one_comparison(named, counts, metadata)
    if own is not None and total is not None and agrees(stated, total) and not agrees(stated, own):
        return Verdict("wrong-pair", total, own)  # "11 studies compared X with Y": the review's 11, when 7 did
    alone = None if _LISTED.search(context.piece) or total is None \
        else one_drug_count(named, counts, metadata, context.segment, total.value.value, kind_counts)
    if alone is not None and agrees(stated, total) and alone.value.value < total.value.value \
            and not any(agrees(stated, f) for f in counts if f.drug == alone.drug and not f.outcome):
        return Verdict("wrong-pair", total, alone)  # "18 studies looked at TBI": the review's 18, when 17 did
    if total is None and figure.counted == "people" and not named and _TOTAL.search(context.segment):
        matching = [f for f in candidates if agrees(stated, f)]
        if matching and all(f.outcome for f in matching):  # "8 studies with a total of 61,651 people": one analysis's count
            return Verdict("wrong-pair", matching[0])
    if not any(agrees(stated, f) for f in candidates) \
            and difference_of(stated, figure.counted, total, metadata,
                                 " ".join(context.before.split()[-2:] + [context.segment])) is not None:
        return Verdict("unattached")  # "analysed 1037": the source's 1270 less its 233 lost, said as that difference
    if total is not None and not named and wholes.loose_total(stated, total, candidates) \
            and (parts.said_as_total(context.segment, context.total) if figure.counted == "studies"
                 else wholes.said_together(*sentence_and_start(figure, context), metadata.studies)):
        return Verdict("number-mismatch", total)  # "more than 12,000 children" for the review's 219,584
    if (parts_of := part_as_whole(figure, stated, context, metadata, total, candidates)) and not named:
        return Verdict("wrong-pair", parts_of[0], total)  # "78 studies that together included 610,000 people": 11's
    if not named and (whole := whole_as_part(figure, stated, context, metadata, total, candidates)) is not None:
        return Verdict("wrong-pair", whole)  # "These two studies involved 810 women": all four studies' 810
    for finding in candidates:
        if agrees(stated, finding):
            return Verdict("count", finding)
    if backed_part(stated, context.before, kind_counts, total) is not None:
        return Verdict("unattached")  # "Two out of three trials ...": the source gives the two, not the three
    whole = whole_of(stated, context, metadata, total, counts if named else None)
    if whole is not None:
        return Verdict("count", whole)
    if not named and is_part(figure, stated, context, metadata, total):
        verdict = part_verdict(figure, stated, metadata, {outcome} if outcome else parts.named_outcomes(context.sentence, metadata.outcomes),
                                context.sentence)
        if verdict is not None:
            return verdict
    if total is not None and _contradicts(stated, total.value.value, context, total.qualifier):
        words = wholes.not_included(context.before, context.after, bool(stated.qualifier)) \
            if figure.counted == "studies" and stated.value >= total.value.value else ""
        if words:
            # "Twenty studies are ongoing", "the search found over 100": not the review's; only the source's own
            # counts of such studies can say more
            declared = wholes.declared_like(words, [f for f in kind_counts if f.measure == "count"])
            agreeing = [f for f in declared if agrees(stated, f)]
            if agreeing or declared:
                return Verdict("count", agreeing[0]) if agreeing else Verdict("number-mismatch", declared[0])
            return Verdict("unattached")
        if stated.value > total.value.value and not stated.qualifier \
                and not parts.said_as_total(context.segment, context.total):  # no part is more than the whole (round 24)
            return Verdict("number-mismatch", wholes.over_total(total))
        return Verdict("number-mismatch", total)
    if figure.counted == "people" and total is not None and not named and not context.drugs and not context.comparators \
            and not context.screening and totals.said_as_whole(*sentence_and_start(figure, context), metadata.studies):
        return Verdict("number-mismatch", total)  # a total of people for the whole review that the source does not give
    if figure.counted == "people" and total is not None and stated.value < total.value.value and not context.total \
            and _ONE_STUDY_AFTER.match(context.after):
        return Verdict("unattached")  # "15 participants in one study and 16 in the other": a study's size, a part
    if figure.counted == "studies" and total is not None and stated.value < total.value.value and not context.total \
            and (_DESCRIBES_STUDIES.search(context.segment) or _FUNDING.search(context.segment)):
        return Verdict("unattached")  # "Seven studies received financial support": some studies described, no claim
    outcome_counts = [f for f in kind_counts if outcome is not None and f.outcome == outcome]
    if one_study_mentioned(figure, stated, context, (counts if named else []) + outcome_counts):
        return Verdict("unattached")  # "We excluded one study from the analysis": a study mentioned, not a count
    if figure.counted == "people" and (events := event_count(stated, context.sentence, outcome, metadata)) is not None:
        return Verdict("count", events)  # "One person had bleeding" for the source's "1 bleeding episode"
    return Verdict("unsupported-number")


def _with_all_people(figure: Figure, metadata: Metadata, context: Context) -> Verdict | None:
    """Studies said with all the review's people (with_all_people.py) are its studies: the declared total, or a
    wrong pair when the count is another the source gives (the studies the searches found)."""
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


def _first_outcome(text: str, outcomes: dict[str, list[str]]) -> set[str]:
    """The outcome named first in `text` (by name or alias), as a set (empty when none is)."""
    found = [(m.start(), name) for name, aliases in outcomes.items() for word in (name, *aliases) if word
             for m in [re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)] if m]
    return {min(found)[1]} if found else set()


# studies that did not say who funded them; a count of the funded ones stays checked ("24 studies had some industry
# funding" is in abstracts: a shift of it was caught only as unsupported)
_ONE_STUDY_AFTER = re.compile(r"\s*(?:[A-Za-z-]+\s+)?in\s+(?:one|the\s+other|another|a\s+single|the\s+first|the\s+second)\b"
                              r"(?!\s+(?:arm|group))", re.IGNORECASE)
_FUNDING = re.compile(r"\b(?:no|not)\s+(?:[\w-]+\s+){0,3}?(?:information|details?|report\w*|state\w*|say|said)\s+"
                      r"(?:[\w-]+\s+){0,6}?(?:fund(?:ed|ing|er|ers)|sponsor(?:ed|ship|s)?|conflicts?\s+of\s+interest)\b",
                      re.IGNORECASE)
# what some of the studies were like (funding, design, setting), not what they found; "used X" stays checked:
# "two trials used lopinavir as the comparator" counts a comparison the abstract may give
_DESCRIBES_STUDIES = re.compile(r"\b(?:stud(?:y|ies)|trials?|c?RCTs?)\s+(?:(?:were|was|had\s+been)\s+(?:\w+\s+)?"
                                r"(?:funded|sponsored|supported|carried\s+out|conducted|done|run|based|set|cluster|"
                                r"randomi[sz]ed|published|performed)\b|(?:received|reported\s+receiving)\s+(?:\w+\s+)?"
                                r"(?:funding|support|money|grants?)\b|took\s+place\b|lasted\b)", re.IGNORECASE)


_STUDY_ADJECTIVE = re.compile(r"\s+(?:study|trial)\s+(eyes?|knees?|hips?|limbs?|teeth|ears?|wounds?|ulcers?|lesions?)\b",
                             re.IGNORECASE)
# a sentence about trials still running or planned: the people it counts are not the review's
_ONGOING = re.compile(r"\b(?:ongoing|(?:are|is|were)\s+(?:still\s+|currently\s+|now\s+)?recruiting|planned|plan\s+to\s+(?:enrol|enroll|recruit|include)|"
                      r"will\s+(?:enrol|enroll|recruit|include)|under\s?way|not\s+yet\s+(?:finished|completed|published|reported))\b",
                      re.IGNORECASE)


# "three of", "2 out of the": a part just before the figure, which is then the whole
_PART_OF = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:out\s+)?of\s+"
                      r"(?:the\s+)?\Z", re.IGNORECASE)
