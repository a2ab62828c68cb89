"""The verdict on one attached figure: verified, wrong-pair, number-mismatch, unsupported-number,
count (a declared number of studies or people) or unattached (a date, dose, age, label...).

Counts of studies and people are claims: they must be a declared count (`studies`, `participants`,
or a `count` finding of a comparison the clause names). A count that contradicts a declared total
(more studies than the review has, "over 1600" when it had 1600, or a total that differs) is a
number-mismatch; a count the source does not have at all is unsupported (its own case, so the rule
can make it a warning: the full review may hold it).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from laylint.claims import eligible, parts, totals, wholes
from laylint.claims.attribution import restated
from laylint.claims.points import mean_difference_in_points
from laylint.claims.comparators import partners, comparator_names
from laylint.claims.compare import COMPARATIVE_KINDS, agrees, comparable, finding_kind
from laylint.claims.quantities import CLAIM_UNITS, Figure, doses_in, strip_doses
from laylint.metadata import Finding, Metadata, Quantity


_KIND_OF_UNIT = {"percent": "percent", "relative": "relative", "ratio": "ratio", "difference": "difference"}


@dataclass
class Verdict:
    verdict: str
    finding: Finding | None = None  # the finding the figure matched, or the one it should have
    pair_finding: Finding | None = None  # wrong-pair: the stated pair's own finding, if it has one


@dataclass(frozen=True)
class Context:
    """What the figure's clause says besides the figure (attach.py fills it)."""

    drugs: tuple[str, ...] = ()  # drugs named in the clause as its subject(s)
    comparators: tuple[str, ...] = ()  # drugs named after "than", "compared with"...
    carried: bool = False  # the drug was carried from an earlier clause
    carried_across: bool = False  # ... from an earlier sentence (only a guess at the figure's arm)
    total: bool = False  # "found", "included", "involving" just before the figure: it may be the review's total
    evidence: bool = False  # in parentheses after a drug and an outcome of its own clause ("survival (3 studies, 1152 people)")
    screening: bool = False  # "eligible", "of these" in its sentence or the next: a count of studies screened
    segment: str = ""  # the figure's part of its sentence, between punctuation (what a count is of)
    parenthesis: str = ""  # counts: the parenthesis holding the figure ("(11 studies involving 670 people)")
    siblings: tuple[float, ...] = ()  # counts of studies: the exception or rest after it ("... One trial ...")
    piece: str = ""  # counts: the piece of the sentence whose drugs the count is of
    clause_start: str = ""  # the sentence up to the figure
    sentence: str = ""  # counts: the figure's whole sentence ("In women with dense breasts, three cohort studies ...")
    of_studies: bool = False  # a share of the studies ("most studies (75%)", "40% of the trials"): no finding
    subgroup: bool = False  # the sentence opens on a subgroup of people ("For women predicted to respond poorly, ...")
    before: str = ""  # up to 60 characters of its sentence before the figure
    who: bool = False  # a share that says who took part ("most (63%) were male")
    after: str = ""  # up to 80 characters of its sentence after the figure
    outcome_carried: bool = False  # the outcome was carried from an earlier clause (none named in its own)
    drug_said: str = ""  # the words that named the figure's drug in its clause ("chemotherapy")


_NO_CONTEXT = Context()


def _same(finding_name: str | None, stated: str | None) -> bool:
    return stated is None or not finding_name or finding_name == stated  # a count finding's outcome is ""


# a diagnostic accuracy outcome: its findings are an index test's ("drug") against a reference standard
_ACCURACY = re.compile(r"\b(?:sensitivity|specificity|predictive\s+value|accuracy|likelihood\s+ratio|"
                       r"false[\s-]+(?:positive|negative)|true[\s-]+(?:positive|negative))", re.IGNORECASE)


def _arm(finding: Finding, drug: str | None, metadata, context: Context) -> bool:
    """Is the figure's drug an arm of this finding? A ratio or difference belongs to its comparison,
    so it may be attached to the comparator too ("OCPs over the continuous regimen (RR 1.11)"),
    unless the clause puts the finding's own drug after "than" (the comparison reversed)."""
    if _same(finding.drug, drug):
        return True
    if finding.drug and _ACCURACY.search(finding.outcome or "") and drug in comparator_names(finding, metadata) \
            and not any(f.drug == drug and f.outcome == finding.outcome for f in metadata.findings):
        # a reference standard ("sensitivity of 45% against isotope dilution"): the figure is an index test's
        # against it, the one the clause names when it names one
        named = [name for name in context.drugs if name != drug]
        return not named or finding.drug in named
    if finding_kind(finding) not in COMPARATIVE_KINDS or finding.drug in context.comparators:
        return False
    comparators = comparator_names(finding, metadata)
    if drug in comparators:
        return True
    # "antibiotic ear drops instead of boric acid" for quinolones vs boric acid: a drug (or class)
    # with no finding of its own for this outcome, compared with the finding's comparator
    return any(name in context.comparators for name in comparators) and not any(
        f.drug == drug and f.outcome == finding.outcome for f in metadata.findings)


# -- counts -------------------------------------------------------------------------------------

_STUDY_WORDS = re.compile(r"\b(?:stud(?:y|ies)|trials?|RCTs?|reviews?|articles?|papers?|reports?)\b", re.IGNORECASE)
_PEOPLE_WORDS = re.compile(r"\b(?:people|persons?|patients?|participants?|adults?|child(?:ren)?|women|woman|men|man|"
                           r"bab(?:y|ies)|infants?|newborns?|neonates?|girls?|boys?|individuals?|mothers?|volunteers?)\b",
                           re.IGNORECASE)


# things counted that are neither studies nor people: "276 eyes", "0 events reported"
_OTHER_WORDS = re.compile(r"^\W*(?:eyes?|knees?|hips?|limbs?|teeth|tooth|ears?|wounds?|ulcers?|lesions?|events?|"
                          r"episodes?|catheters?|procedures?|pregnanc(?:y|ies)|cycles?|embryos?|samples?)\b",
                          re.IGNORECASE)


# round 24: things counted that a count of studies or people is not ("7 risk of bias domains assessed", "9 group
# sessions offered in one study"): when one comes before any word of studies or people, it is what is counted
_OTHER_HEAD = re.compile(r"\b(?:sessions?|domains?|countries|comparisons?|outcomes?|doses?|databases?|registers?|"
                         r"registries|citations?|abstracts?|records?|interventions?|strategies|categories|sites?|"
                         r"centres?|centers?|hospitals?|settings?|items?|questions?|visits?|streams?|themes?)\b", re.IGNORECASE)


def _counts_what(finding: Finding) -> str:
    """studies | people | other | "" (either): what a `count` finding counts, from its population text."""
    text = finding.population or ""
    if _OTHER_WORDS.search(text):
        return "other"
    study, people = _STUDY_WORDS.search(text), _PEOPLE_WORDS.search(text)
    other = _OTHER_HEAD.search(text)
    if other and len(_WORD.findall(text[:other.start()])) < 4 and not any(m and m.start() < other.start() for m in (study, people)):
        return "other"
    if study and (not people or study.start() < people.start()):  # the head noun: "participants (adverse effects study)"
        return "studies"
    return "people" if people else ""


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
    pairs = [f for f in counts if not f.outcome and _arms_named(f, named, metadata) >= 2]
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
    population = f" {' '.join(_WORD.findall(finding.population.lower()))} "
    return any(f" {' '.join(_WORD.findall(alias.lower()))} " in population
               for name in named for alias in (name, *metadata.drugs.get(name, ())) if _WORD.search(alias))


def _arms_named(finding: Finding, named: tuple[str, ...], metadata: Metadata) -> int:
    """How many of the finding's arms (its drug, its comparators) the clause names."""
    return (finding.drug in named) + sum(name in named for name in comparator_names(finding, metadata))


_TOTAL = re.compile(r"\b(?:a\s+total\s+of|in\s+total|total\s+of|altogether|overall\s+total)\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-"})
_GENERIC = {"the", "a", "an", "in", "of", "on", "for", "to", "with", "and", "or", "by", "at", "from", "that", "who",
            "which", "were", "was", "is", "are", "all", "each", "any", "per", "these", "those", "their", "total", "number",
            "review", "included", "also", "overall", "about"}
_NOUN_GROUPS = (("studies", re.compile(r"\b(?:stud(?:y|ies)|trials?|c?RCTs?)\b", re.IGNORECASE)),
                ("reports", re.compile(r"\b(?:articles?|papers?|reports?|records?|publications?|references?)\b", re.IGNORECASE)))


def _stem(word: str) -> str:
    word = word.lower()
    for end in ("ing", "ed", "es", "s"):
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[:-len(end)]
    return word


def _noun_group(text: str, counted: str) -> str:
    if counted != "studies":
        return counted
    found = [(m.start(), name) for name, pattern in _NOUN_GROUPS if (m := pattern.search(text))]
    return min(found)[1] if found else "studies"


def _describes(finding: Finding, figure: Figure, segment: str) -> bool:
    """Does the figure's part of its sentence name everything that sets this count apart ("trials in
    the meta-analysis", "studies in refugee camps"), beyond the thing counted? Then the count is of
    that, and must be that count's value."""
    if not segment or not finding.population:
        return False
    segment = segment.translate(_HYPHENS)  # "non‐dense" (U+2010) and "non–dense" are "non-dense"
    population = re.sub(r"\([^)]*\)?|\"[^\"]*\"?", " ", finding.population)
    counted = _STUDY_WORDS if figure.counted == "studies" else _PEOPLE_WORDS
    words = {_same_word(_stem(w)) for w in _WORD.findall(counted.sub(" ", population)) if w.lower() not in _GENERIC}
    if not words or _noun_group(population, figure.counted) != _noun_group(segment[segment.find(figure.text) + 1:] or segment,
                                                                             figure.counted):
        return False
    said = {_same_word(_stem(w)) for w in _WORD.findall(segment)}
    if _STILL_TO_COME.search(segment):
        said.add("await")
    if {"ongo", "await"} <= said and not {"ongo", "await"} <= words:
        return False  # "four studies are ongoing or awaiting assessment": both kinds together, not one of them
    return words <= said


def _unnamed_subgroup(finding: Finding, figure: Figure, sentence: str) -> bool:
    """A count of some studies or people set apart by words ("trials using preoperative antibiotics") of which
    the figure's sentence says none: a count of another group, not one the figure can contradict."""
    population = re.sub(r"\([^)]*\)?", " ", finding.population or "")
    counted = _STUDY_WORDS if figure.counted == "studies" else _PEOPLE_WORDS
    words = {_same_word(_stem(w)) for w in _WORD.findall(counted.sub(" ", population)) if w.lower() not in _GENERIC}
    said = {_same_word(_stem(w)) for w in _WORD.findall(sentence.translate(_HYPHENS))}
    return bool(words) and not words & said


def _share_of_another_group(finding: Finding, figure: Figure, context: Context) -> bool:
    """A share of no comparison, of people set apart by words ("male participants") the figure's clause does not say."""
    if finding.drug or finding_kind(finding) != "percent" or not _PEOPLE_WORDS.search(finding.population or ""):
        return False  # "lowest prevalence" says which value it is, not whose
    clause = f"{re.split(r'[,;]', context.before)[-1]} {re.split(r'[,;.]', context.after)[0]}"
    # the people themselves count here: "young children" are the "children under three", whatever their age
    words = {_same_word(_stem(w)) for w in _WORD.findall(re.sub(r"\([^)]*\)?", " ", finding.population or ""))
             if w.lower() not in _GENERIC}
    said = {_same_word(_stem(w)) for w in _WORD.findall(clause.translate(_HYPHENS))}
    return bool(words) and not words & said


# "studies awaiting classification" is what a summary calls "studies that still need to be assessed"
_SAME_WORDS = {"classification": "classif", "classifi": "classif", "classify": "classif", "assess": "classif",
               "assessment": "classif", "pend": "await", "result": "outcom",  # "reported results" = "reporting outcomes"
               "men": "male", "man": "male", "women": "femal", "woman": "femal", "female": "femal"}  # "men" = "male"
_STILL_TO_COME = re.compile(r"\b(?:still|yet)\s+(?:need|needs|to)\b|\bnot\s+yet\b", re.IGNORECASE)


# "including Europe (six studies), Turkey (one study)": the name a bracketed count stands after
_BRACKET_LABEL = re.compile(r"(?:^|[,;:]|\band\b|\bincluding\b)\s*((?:the\s+)?(?:[A-Z][\w'-]*\s*){1,3})\($")


def _same_word(stem: str) -> str:
    return _SAME_WORDS.get(stem, stem)


def _count_precision(figure: Figure) -> Figure:
    """A round count is a rounded count: "3700 women" for 3,723 (to the nearest hundred)."""
    value = figure.value
    if figure.qualifier or figure.decimals or value < 100 or value != int(value):
        return figure
    zeros, whole = 0, int(value)
    while whole % 10 == 0 and whole >= 100:  # keep two significant digits: "1,000" is not "about 1,284"
        whole //= 10
        zeros += 1
    return replace(figure, decimals=-zeros) if zeros else figure


def total_finding(metadata: Metadata, counted: str) -> Finding | None:
    total = metadata.studies if counted == "studies" else metadata.participants
    if total is None:
        return None
    what = "studies in the review" if counted == "studies" else "participants in the review"
    bound = metadata.studies_qualifier if counted == "studies" else metadata.participants_qualifier
    return Finding(outcome="", value=Quantity(float(total), False), measure="count", population=what, qualifier=bound)


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


def evidence_counts(metadata: Metadata) -> dict[int, list[Finding]]:
    """id(finding) -> the `count` findings listed right after it with the same drug: the studies and
    people behind that result (the order a summary-of-findings table gives them in)."""
    if "_evidence_counts" not in metadata.__dict__:
        metadata.__dict__["_evidence_counts"] = _evidence_counts(metadata)
    return metadata.__dict__["_evidence_counts"]


def _evidence_counts(metadata: Metadata) -> dict[int, list[Finding]]:
    owned: dict[int, list[Finding]] = {}
    owner: Finding | None = None
    for finding in metadata.findings:
        if finding.measure != "count":
            owner = finding
        elif owner is not None and finding.drug == owner.drug and finding.outcome in ("", None, owner.outcome) \
                and finding.value.value > 0:  # "0 events reported" for another outcome is that outcome's result
            owned.setdefault(id(owner), []).append(finding)
        else:
            owner = None
    return owned


def evidence_verdict(figure: Figure, result: Finding, metadata: Metadata) -> Verdict | None:
    """A count stated with a result's estimate ("(RR 1.77, 95% CI ...; 4 RCTs, 512 women)") against
    the counts the metadata lists for that result; None when it lists none of that kind."""
    behind = [c for c in evidence_counts(metadata).get(id(result), ()) if _counts_what(c) in ("", figure.counted)]
    if not behind:
        return None
    stated = _count_precision(figure)
    agreeing = [f for f in behind if agrees(stated, f)]
    return Verdict("count", agreeing[0]) if agreeing else Verdict("number-mismatch", behind[0])


_COUNT_IN_TEXT = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)\s+(?:[A-Za-z-]+\s+)?(?P<noun>[A-Za-z]+)")


def _anchored(figure: Figure, parenthesis: str, results, metadata: Metadata) -> list[Finding]:
    """The results whose listed counts another count in the same parenthesis agrees with ("(11
    studies involving 670 people)", 670 being that result's): the parenthesis is their evidence."""
    found = []
    for match in _COUNT_IN_TEXT.finditer(parenthesis):
        value = float(match.group(1).replace(",", ""))
        counted = "studies" if _STUDY_WORDS.fullmatch(match.group("noun")) else \
            "people" if _PEOPLE_WORDS.fullmatch(match.group("noun")) else ""
        if not counted or (counted == figure.counted and value == figure.value):
            continue
        sibling = replace(figure, value=value, counted=counted, qualifier="", decimals=0)
        found += [r for r in results if (v := evidence_verdict(sibling, r, metadata)) is not None and v.verdict == "count"]
    return found


def _declared_anywhere(stated: Figure, drug: str, metadata: Metadata) -> bool:
    """Is the count one the source gives for the drug's comparisons (any outcome) or as a total?"""
    total = total_finding(metadata, stated.counted)
    return (total is not None and agrees(stated, total)) or any(
        f.measure == "count" and _counts_what(f) in ("", stated.counted) and (f.drug == drug or drug in comparator_names(f, metadata))
        and agrees(stated, f) for f in metadata.findings)


def _count(figure: Figure, metadata: Metadata | None, context: Context, drug=None, outcome=None) -> Verdict:
    if metadata is None or figure.counted not in ("studies", "people"):
        return Verdict("unattached")
    if context.evidence and drug is not None:  # "overall survival (3 studies, 1152 people)", "(evidence from 4 studies)"
        results = [f for f in metadata.findings if f.measure != "count" and f.outcome == outcome
                   and (f.drug == drug or drug in comparator_names(f, metadata))]
        verdicts = [v for v in (evidence_verdict(figure, r, metadata) for r in results) if v is not None]
        agreeing = next((v for v in verdicts if v.verdict == "count"), None)
        if agreeing is not None:
            return agreeing
        anchored = _anchored(figure, context.parenthesis, results, metadata)
        if anchored:  # the parenthesis is that result's evidence: this count must be one of its counts
            verdict = evidence_verdict(figure, anchored[0], metadata)
            if verdict is not None:
                return verdict
        strict = drug in context.drugs and any(f.drug == drug for f in results)
        if verdicts and (strict or not _declared_anywhere(_count_precision(figure), drug, metadata)):
            return verdicts[0]  # (the metadata may list an outcome's counts elsewhere: a count it has is no error)
    behind = _behind_outcome(figure, metadata, context, drug, outcome)
    if behind is not None:
        return behind
    single = _single_study(figure, metadata, context, outcome)
    if single is not None:
        return single
    at = context.segment.find(figure.text)
    kind = _STUDY_ADJECTIVE.match(context.segment, at + len(figure.text)) if figure.counted == "studies" and at >= 0 else None
    if kind is not None:  # "368 people (369 study eyes)": eyes of the studies, not studies
        return _other_count(replace(figure, counted="other", noun=kind.group(1)), metadata.findings) or Verdict("unattached")
    if figure.counted == "people" and at > 0 and _ONGOING.search(context.segment, 0, at):
        # "Four trials are recruiting 40 to 200 newborns": people of trials not in the review, checked only
        # against the source's own counts of them ("largest planned sample size")
        planned = [f for f in metadata.findings if f.measure == "count" and _ONGOING.search(f.population or "")]
        if not planned:
            return Verdict("unattached")
        stated = _count_precision(figure)
        agreeing = [f for f in planned if agrees(stated, f)]
        return Verdict("count", agreeing[0]) if agreeing else Verdict("number-mismatch", planned[-1])
    named = context.drugs + context.comparators
    stated = _count_precision(figure)
    total = total_finding(metadata, figure.counted)
    counts = [f for f in metadata.findings if f.measure == "count" and _counts_what(f) in ("", figure.counted)]
    if figure.counted == "studies":  # "15 articles" and "15 trials" are not the same count
        group = _noun_group(figure.noun, "studies")
        counts = [f for f in counts if _noun_group(f.population or "", "studies") == group]
    kind_counts = counts
    eligible_total = _eligible_total(figure, stated, total, kind_counts, context)
    if eligible_total is not None:
        return eligible_total  # "Three trials (total n=450) met the criteria": the review's, never a part's count
    if named and not any(_arms_named(f, named, metadata) for f in metadata.findings):
        named = ()  # only drugs the source has no finding for: they describe the studies, not a comparison
    if named:  # a count of a comparison the clause names (one of its arms: writers name classes and members)
        counts = [f for f in counts if _arms_named(f, named, metadata) or _population_names(f, named, metadata)]
        # "one study compared the pill with NSAIDs": not a count of the pill vs placebo; "with a control group"
        # names no other drug of the source (a generic arm), so the pill's own counts stay
        if len({name for name in named if name in metadata.drugs}) >= 2:
            counts = [f for f in counts if not _other_comparison(f, named, metadata)]
    unnamed = [f for f in kind_counts if not f.drug and f not in counts]  # "seven cohort studies" of no comparison
    segment = context.segment
    if (label := _BRACKET_LABEL.search(context.before)) is not None:
        segment = f"{label.group(1)} {segment}"  # "Turkey (one study)": the words before the bracket say what it counts
    # "three of four studies favouring it": the words after the whole describe the part, not the whole
    specific = [] if _PART_OF.search(context.before) else [f for f in counts + unnamed if _describes(f, figure, segment)]
    if specific and figure.counted == "studies" and not named and total is not None and stated.value < total.value.value:
        # "Two studies in children found no difference in quality of life": the studies of one outcome, a part;
        # not checked against a count of another outcome or of a population ("5 trials in children")
        sentence, at = _sentence_and_start(figure, context)  # the outcome they found or measured comes after them
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
            _describes(f, figure, context.sentence) or (stated.value >= 100 and not stated.qualifier)
            or (f is total and not named and parts.said_as_total(context.segment, context.total)))]  # "We found 18 studies that ..."
        if backed:
            return Verdict("count", backed[0])
        return Verdict("number-mismatch", max(specific, key=lambda f: len(_WORD.findall(f.population or ""))))
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
    if total is None and figure.counted == "people" and not named and _TOTAL.search(context.segment):
        matching = [f for f in candidates if agrees(stated, f)]
        if matching and all(f.outcome for f in matching):  # "8 studies with a total of 61,651 people": one analysis's count
            return Verdict("wrong-pair", matching[0])
    if total is not None and not named and wholes.loose_total(stated, total, candidates) \
            and (parts.said_as_total(context.segment, context.total) if figure.counted == "studies"
                 else wholes.said_together(*_sentence_and_start(figure, context), metadata.studies)):
        return Verdict("number-mismatch", total)  # "more than 12,000 children" for the review's 219,584
    for finding in candidates:
        if agrees(stated, finding):
            return Verdict("count", finding)
    whole = _whole(stated, context, metadata, total, counts if named else None)
    if whole is not None:
        return Verdict("count", whole)
    if not named and _part(figure, stated, context, metadata, total):
        verdict = _part_verdict(figure, stated, metadata, {outcome} if outcome else parts.named_outcomes(context.sentence, metadata.outcomes),
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
            and not context.screening and totals.said_as_whole(*_sentence_and_start(figure, context), metadata.studies):
        return Verdict("number-mismatch", total)  # a total of people for the whole review that the source does not give
    if figure.counted == "people" and total is not None and stated.value < total.value.value and not context.total \
            and _ONE_STUDY_AFTER.match(context.after):
        return Verdict("unattached")  # "15 participants in one study and 16 in the other": a study's size, a part
    if figure.counted == "studies" and total is not None and stated.value < total.value.value and not context.total \
            and (_DESCRIBES_STUDIES.search(context.segment) or _FUNDING.search(context.segment)):
        return Verdict("unattached")  # "Seven studies received financial support": some studies described, no claim
    return Verdict("unsupported-number")


# "Two studies (122 participants) measured X", "Three trials had a waiting-list control": some of the review's
# studies, or the people in them, as the subject of what they did (older Cochrane prose); "found", "used"
# and "had ... funding" are left out ("four trials used X" counts a comparison, "studies found" claims a result)
_PART_VERB = (r"(?:reported|measured|assessed|looked\s+at|examined|evaluated|recorded|investigated|compared|"
              r"had(?!\s+(?:[\w-]+\s+){0,2}?(?:funding|support|money|grants?)\b)|gave|provided|collected)\b")
_PART_SUBJECT = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:stud(?:y|ies)|trials?|c?RCTs?)(?:\s*\([^()]*\)|\s+(?:with|involving|including)\s+[\d,]+\s+[\w-]+)?"
                           r"\s+(?:also\s+|only\s+)?" + _PART_VERB, re.IGNORECASE)
# "Quality of life was measured in four studies (310 participants)": the passive, the part after it
_PART_PASSIVE = re.compile(r"\b(?:was|were|is|are)\s+(?:only\s+)?(?:reported|measured|assessed|looked\s+at|examined|"
                           r"evaluated|recorded|investigated|collected)\s+(?:only\s+)?in\s+(?:only\s+)?\Z", re.IGNORECASE)
_STUDY_NOUN_NEXT = re.compile(r"\s+(?:[\w-]+\s+)?(?:stud(?:y|ies)|trials?|c?RCTs?)\b", re.IGNORECASE)
# "In three of the studies, 410 people ...", "In those five studies, 1310 participants ...": people of a part
_IN_PART = re.compile(r"\A\s*In\s+(?:these|those|the|[\w-]+)\s+(?:(?:out\s+)?of\s+(?:the|these|those)\s+)?(?:[\w-]+\s+){0,2}?"
                      r"(?:stud(?:y|ies)|trials?|c?RCTs?)\b[^,;.]{0,40},\s*\Z", re.IGNORECASE)


def _eligible_total(figure: Figure, stated: Figure, total: Finding | None, counts, context: Context) -> Verdict | None:
    """A count said as all the studies that met the review's criteria (eligible.py) is the declared total, or one
    of the source's counts of the whole review ("studies in the review"); None when it is not said so."""
    if total is None or figure.subset or _noun_group(figure.noun, figure.counted) != figure.counted:
        return None
    sentence, at = _sentence_and_start(figure, context)
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


def _sentence_and_start(figure: Figure, context: Context) -> tuple[str, int]:
    """The figure's sentence and where the figure starts in it (-1 when it cannot be found)."""
    sentence = context.sentence or context.segment
    at = sentence.find(context.before + figure.text)
    return sentence, at if at < 0 else at + len(context.before)


def _part(figure: Figure, stated: Figure, context: Context, metadata: Metadata, total: Finding | None) -> bool:
    """Is the count a part of the review: below its total, not said as the total, and the subject of what
    some studies did ("Two studies (122 participants) measured X"), or the sentence's opening studies
    ("In seven studies with 2442 people, ..."), or the people of such a count of studies?"""
    if total is None or stated.value >= total.value.value or figure.qualifier in ("more-than", "at-least"):
        return False
    sentence, at = _sentence_and_start(figure, context)
    if at < 0:
        return False
    if figure.counted == "studies":
        return not parts.said_as_total(context.segment, context.total) and (
            _part_subject(figure, context) or parts.opens_on_studies(sentence, at))
    found = parts.studies_with(sentence, at)
    if found is not None:  # "seven studies with 2442 people": a part when the seven are ("We found eight ..." is not)
        value, start = found  # (not the evidence behind a result: "(evidence from 3 studies with 461 participants)")
        return metadata.studies is not None and value < metadata.studies and not context.evidence \
            and not _total_said_before(sentence, start) and not parts.evidence_before(sentence, start) \
            and not _evidence_size(value, metadata)
    return _part_subject(figure, context)


def _evidence_size(studies: float, metadata: Metadata) -> bool:
    """Is this number of studies one an outcome's evidence has ("(8 studies, 434 participants)")? Then the
    people beside it are that evidence's, which the source gives: not a part."""
    behind = evidence_counts(metadata)
    outcome_counts = [f for f in metadata.findings if f.measure == "count" and f.outcome] + [
        c for f in metadata.findings if f.measure != "count" and f.outcome for c in behind.get(id(f), ())]
    return any(_counts_what(f) == "studies" and f.value.value == studies for f in outcome_counts)


def _part_verdict(figure: Figure, stated: Figure, metadata: Metadata, outcomes: set[str], sentence: str = "") -> Verdict | None:
    """A part is checked against the source's counts of its kind for the sentence's outcomes, when it gives them."""
    behind = evidence_counts(metadata)  # counts listed right after a result are that outcome's too
    listed = [c for f in metadata.findings if f.measure != "count" and f.outcome in outcomes for c in behind.get(id(f), ())]
    own = [f for f in metadata.findings if f.measure == "count" and f.outcome and f.outcome in outcomes] + listed
    own = [f for f in own if _counts_what(f) == figure.counted and f.value.value > 0]
    if not own:
        # an outcome with results but no count of its own, in a source that counts parts: the count is of that
        # result's evidence, which the source may give elsewhere (checked as before); else a part, quiet
        results = any(f.measure != "count" and f.outcome in outcomes for f in metadata.findings)
        counted = any(f.measure == "count" and _counts_what(f) in ("", figure.counted) for f in metadata.findings)
        return None if results and counted else Verdict("unattached")
    agreeing = [f for f in own if agrees(stated, f)]
    if agreeing:
        return Verdict("count", agreeing[0])
    # "15 trials reported wound infection" against the 9 "trials using preoperative antibiotics": not the same count
    same = [f for f in own if not _unnamed_subgroup(f, figure, sentence)]
    return Verdict("number-mismatch", same[0]) if same else Verdict("unsupported-number")


# "We found eight trials with ...", "included a total of 12 studies (": the studies of the whole review
_TOTAL_BEFORE = re.compile(r"\b(?:found|included|includes|include|identified|reviewed|a\s+total\s+of|in\s+total|"
                           r"involved|involving)\s+(?:only\s+|just\s+|a\s+total\s+of\s+)?\Z", re.IGNORECASE)


def _total_said_before(sentence: str, start: int) -> bool:
    """Is the count just after a word that introduces the review's total ("we included", "in total")?"""
    return bool(_TOTAL_BEFORE.search(sentence, max(0, start - 40), start))


def _part_subject(figure: Figure, context: Context) -> bool:
    """Is the figure the count of some studies, or of their people, that such a clause is about?"""
    sentence, at = _sentence_and_start(figure, context)
    if at < 0:
        return False
    if figure.counted == "studies":
        return bool(_PART_SUBJECT.match(sentence, at + len(figure.text))) or (
            bool(_PART_PASSIVE.search(sentence, 0, at)) and bool(_STUDY_NOUN_NEXT.match(sentence, at + len(figure.text))))
    if _IN_PART.match(sentence[:at]):
        return True
    # "Four studies with (involving) 520 participants reported": the count of studies, then the verb; a part
    # even after "involving" (the count of studies below the review's says so)
    head = re.search(r"(?:\d+|[A-Za-z-]+)\s+(?:[\w-]+\s+)?(?:stud(?:y|ies)|trials?|c?RCTs?)\s+(?:with|involving|including)\s+\Z",
                     sentence[max(0, at - 55):at])
    if head is not None and _PART_SUBJECT.match(sentence, at - len(head.group(0)) + len(head.group(0).split()[0])):
        return True
    # people: "Two studies (122 participants) measured": the count of studies before the bracket, then the verb
    opened = sentence.rfind("(", 0, at)
    if opened < 0 or ")" in sentence[opened:at]:
        return False
    head = re.search(r"(?:\d+|[A-Za-z-]+)\s+(?:[\w-]+\s+)?\Z", sentence[max(0, opened - 40):opened])
    if head is None:
        return False
    start = opened - len(head.group(0))
    return bool(_PART_SUBJECT.match(sentence, start + len(head.group(0).split()[0]))) or (
        bool(_PART_PASSIVE.search(sentence, 0, start)) and bool(_STUDY_NOUN_NEXT.match(sentence, start + len(head.group(0).split()[0]))))



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


# "One trial (18 participants) reported ...", "only one small study measured ...": one study that reports something
# (what data there are); "one study found that ..." claims a result, which stays checked
_ONE_REPORTS = re.compile(r"\s*(?:[\w\u2010\u2011-]+\s+){0,3}?(?:stud(?:y|ies)|trials?|c?RCTs?)(?:\s*\([^()]*\))?\s+(?:also\s+|only\s+)?"
                          r"(?:reported|measured|assessed|looked\s+at|examined|evaluated|recorded|investigated|"
                          r"described|gave|provided)\b", re.IGNORECASE)


def _single_study(figure: Figure, metadata: Metadata, context: Context, outcome) -> Verdict | None:
    """One study said to report, measure or assess something ("One trial reported quality of life") speaks
    of that study, as abstracts do; a sidecar cannot hold such counts per outcome. It must be one of the
    outcome's own counts of studies when the source gives them; else it is quiet (the policy of the rule
    doc), unless the review has no study at all. None: not such a count."""
    if figure.counted != "studies" or figure.value != 1 or figure.qualifier in _BOUNDS or not context.sentence:
        return None
    at = context.sentence.find(context.before + figure.text)
    if at < 0 or not _ONE_REPORTS.match(context.sentence, at + len(context.before) + len(figure.text)):
        return None
    own = [f for f in metadata.findings if f.measure == "count" and outcome is not None and f.outcome == outcome
           and _counts_what(f) in ("", "studies") and f.value.value > 0]
    if own:
        agreeing = [f for f in own if agrees(figure, f)]
        return Verdict("count", agreeing[0]) if agreeing else Verdict("number-mismatch", own[0])
    total = total_finding(metadata, "studies")
    if total is not None and total.value.value < 1:
        return Verdict("number-mismatch", total)
    return Verdict("unattached")


# "three of", "2 out of the": a part just before the figure, which is then the whole
_PART_OF = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:out\s+)?of\s+"
                      r"(?:the\s+)?\Z", re.IGNORECASE)


# "this result came from only one small study", "it is based on 3 trials": the studies behind a result
_EVIDENCE_BEFORE = re.compile(r"\b(?:based\s+on|(?:came|comes|come)\s+from|rest(?:s|ed|ing)?\s+on|relie[sd]\s+on)\s+"
                              r"(?:only\s+|just\s+|data\s+from\s+)?(?:a\s+)?\Z", re.IGNORECASE)


def _behind_outcome(figure: Figure, metadata: Metadata, context: Context, drug, outcome) -> Verdict | None:
    """A count said to be the evidence behind a result of the sentence's outcome must be one of that
    outcome's own counts when the source gives them (not another count of the comparison)."""
    if outcome is None or not _EVIDENCE_BEFORE.search(context.before):
        return None
    own = [f for f in metadata.findings if f.measure == "count" and f.outcome == outcome and f.value.value > 0
           and _counts_what(f) == figure.counted and (drug is None or not f.drug or _arms_named(f, (drug,), metadata))]
    if not own:
        return None
    stated = _count_precision(figure)
    agreeing = [f for f in own if agrees(stated, f)]
    return Verdict("count", agreeing[0]) if agreeing else Verdict("number-mismatch", own[0])


def _whole(stated: Figure, context: Context, metadata: Metadata, total: Finding | None, counts) -> Finding | None:
    """A count that is a part of a declared count with a count next to it ("Results from six trials
    showed no benefit. One trial suggested ...": 6 + 1 = the 7 trials), or, for a total of people naming
    no comparison, the sum of the comparisons' own counts (a total the source's comparisons add up to)."""
    kind = [f for f in metadata.findings if f.measure == "count" and _counts_what(f) in ("", stated.counted)]
    wholes = ([total] if total else []) + (counts if counts is not None else kind)
    for sibling in context.siblings:
        summed = replace(stated, value=stated.value + sibling, qualifier="", decimals=0)
        found = next((f for f in wholes if agrees(summed, f)), None)
        if found is not None:
            return found
    if counts is not None or stated.counted != "people" or not context.total:
        return None  # the sum: only a stated total of people ("11 studies involving 1885 infants")
    own = {}
    for finding in kind:  # each comparison's first count: the one for the whole comparison
        if finding.drug and not finding.outcome:
            own.setdefault((finding.drug, finding.comparator), finding)
    if len(own) < 2:
        return None
    summed = Finding(outcome="", value=Quantity(sum(f.value.value for f in own.values()), False), measure="count",
                     population=f"{stated.counted} in the comparisons, added up")
    if total is not None and summed.value.value > total.value.value * 1.1 and stated.qualifier:
        return None  # beyond the declared total, only a sum stated exactly ("about 300" is no sum of 122 + 181)
    return summed if agrees(stated, summed) else None


def _other_count(figure: Figure, findings, segment: str = "") -> Verdict | None:
    """"in 29 countries", "7 comparisons": a count of something the source counts too (a `count`
    finding whose population starts with that noun). It agrees with one of them, or, when the source
    has a single such count, it cannot be more than that total."""
    noun = _stem(figure.noun)
    same = [f for f in findings if f.measure == "count" and f.population and _counted_noun(f.population) == noun]
    if not same:
        return None
    stated = _count_precision(figure)
    agreeing = [f for f in same if agrees(stated, f)]
    if agreeing:
        return Verdict("count", agreeing[0])
    # the whole: the single such count, or the one count of no comparison that is the largest ("285 eyes
    # in the review", beside each comparison's own eyes): no count of that thing can be more than it
    wholes = same if len(same) == 1 else [f for f in same if not f.drug and not f.comparator]
    whole = wholes[0] if len(wholes) == 1 and wholes[0].value.value >= max(f.value.value for f in same) else None
    if whole is not None and figure.qualifier not in ("less-than", "up-to") and stated.value > whole.value.value:
        return Verdict("number-mismatch", whole)
    if len(wholes) >= 2 and segment:
        # several counts of the thing ("records from company reports", "records from websites"): the one
        # the words after the noun name, or none of them can be more than all of them with any count
        # naming the thing among others ("studies and records in all")
        named = [f for f in wholes if _names_count(f, figure, segment)]
        if len(named) == 1:
            return Verdict("number-mismatch", named[0])
        holding = [f for f in findings if f.measure == "count" and f not in same and f.population
                   and noun in {_stem(w) for w in _WORD.findall(f.population)}]
        if any(agrees(stated, f) for f in holding):
            return Verdict("count", next(f for f in holding if agrees(stated, f)))
        bound = max([sum(f.value.value for f in wholes)] + [f.value.value for f in holding])
        if figure.qualifier not in ("less-than", "up-to") and stated.value > bound:
            return Verdict("number-mismatch", max(holding or wholes, key=lambda f: f.value.value))
    return Verdict("unattached")


# "included papers (reporting the 184 studies)": words before the noun that say which of them, not what
_WHICH = {"included", "eligible", "published", "unique", "separate", "full-text", "relevant", "additional"}


def _counted_noun(population: str) -> str:
    words = _WORD.findall(population)[:2]
    if len(words) == 2 and words[0].lower() in _WHICH:
        words = words[1:]
    return _stem(words[0]) if words else ""


def _names_count(finding: Finding, figure: Figure, segment: str) -> bool:
    """Do the words right after the figure's noun name what this count is of, beyond the noun?"""
    at = segment.find(figure.text)
    after = segment[at + len(figure.text):] if at >= 0 else ""
    words = [_stem(w)[:5] for w in _WORD.findall(finding.population or "")[1:] if w.lower() not in _GENERIC]
    said = {_stem(w)[:5] for w in _WORD.findall(after)[:6]}  # (a short prefix: "websites", "website searches")
    return bool(words) and words[0] in said


def _in_millions(figure: Figure, outcome: str, findings) -> Verdict | None:
    """"more than 340 million children live with obesity": a count in thousands, millions or billions
    against the source's own figure of that size for the outcome (background, of no drug)."""
    big = [f for f in findings if finding_kind(f) in ("count", "plain") and f.outcome == outcome and not f.drug
           and f.value.value >= 1e4]
    if not big:
        return None
    agreeing = [f for f in big if agrees(figure, f)]
    if agreeing:
        return Verdict("verified", agreeing[0])
    return Verdict("number-mismatch", min(big, key=lambda f: abs(f.value.value - figure.value)))


# -- everything else ----------------------------------------------------------------------------

def _plain_context(figure, drug, outcome, metadata, findings, context: Context = _NO_CONTEXT) -> Verdict:
    """A duration or an uncounted count is no claim, unless a plain finding of its pair backs it;
    a duration that states a difference ("2 days longer") must then match it."""
    as_number = replace(figure, unit="number")
    if not (drug or outcome) and figure.change and _MEAN_DIFFERENCE_BEFORE.search(_before_in_segment(figure, context)):
        # "the pooled mean difference in bilirubin reduction was -0.12 mg/dL" with no outcome named: a source
        # with one mean difference has no other it could be
        means = [f for f in findings if f.measure == "mean-difference"]
        if len(means) == 1:
            return Verdict("verified", means[0]) if agrees(as_number, means[0]) else Verdict("number-mismatch", means[0])
    pair = []
    for finding in findings:
        if finding_kind(finding) in ("count", "number", "plain") and _same(finding.drug, drug) \
                and _same(finding.outcome, outcome) and (drug or outcome):
            if agrees(as_number, finding):
                return Verdict("verified", finding)
            if finding.drug == drug and finding.outcome == outcome and finding_kind(finding) == "number":
                pair.append(finding)
    if (figure.change or _changed_by(figure, context)) and pair and drug and outcome:
        return Verdict("number-mismatch", pair[0])
    return Verdict("unattached")


# "may increase hospital stay by 4.95 days": a verb of change, then "by" just before the figure
# ("reduces the time by an average of 34 seconds", "MD -33.8 seconds" also state the difference)
_CHANGE_BY = re.compile(r"(?:\b(?:increas|decreas|reduc|lower|rais|shorten|lengthen|extend|prolong|cut|improv)\w*\b"
                        r"(?:\s+[\w-]+){0,8}?\s+by\s+(?:about\s+|around\s+|almost\s+|nearly\s+|roughly\s+)?"
                        r"|\bby\s+an\s+average\s+of\s+|\b(?:MD|mean\s+difference(?:\s+of)?)\s*)\Z", re.IGNORECASE)


_MEAN_DIFFERENCE_BEFORE = re.compile(r"\bmean\s+difference\b(?:\s+[\w-]+){0,10}?\s+(?:was|of|is|were|:|=)?\s*\Z",
                                     re.IGNORECASE)


def _before_in_segment(figure: Figure, context: Context) -> str:
    at = context.segment.find(figure.text)
    return context.segment[:at] if at > 0 else ""


def _changed_by(figure: Figure, context: Context) -> bool:
    at = context.segment.find(figure.text)
    return at > 0 and bool(_CHANGE_BY.search(context.segment[:at]))


def _arm_ratios(findings, drug, outcome):
    """Ratios implied by two arms' percentages for one outcome: 10% vs 5% is "twice as likely"."""
    arms = [f for f in findings if finding_kind(f) == "percent" and f.outcome == outcome and f.value.value > 0]
    for arm in arms:
        if drug is not None and arm.drug != drug:
            continue
        for other in arms:
            if other is not arm and other.drug != arm.drug:
                ratio = Quantity(arm.value.value / other.value.value, False)
                yield arm, Finding(outcome=outcome, value=ratio, drug=arm.drug, measure="risk-ratio", comparator=other.drug)


def _derived_risks(findings, outcome, metadata):
    """The risk of a comparison's arm that the source does not print, from the other arm's risk and
    their risk ratio (20.2% with RR 0.71 is about 28.5% with the comparator)."""
    risks = [f for f in findings if finding_kind(f) == "percent" and f.outcome == outcome and f.drug and not f.comparator
             and f.value.value > 0]
    printed = {f.drug for f in risks}
    for ratio in findings:
        if ratio.measure not in ("risk-ratio", "odds-ratio") or ratio.outcome != outcome or not ratio.value.value:
            continue
        for risk in risks:
            others = comparator_names(ratio, metadata) if risk.drug == ratio.drug else \
                (ratio.drug,) if risk.drug in comparator_names(ratio, metadata) else ()
            value = _other_risk(risk.value.value, ratio.value.value, ratio.measure, risk.drug == ratio.drug)
            for other in others:
                if other and other not in printed and value <= 100:
                    yield ratio, Finding(outcome=outcome, value=Quantity(value, True), drug=other, measure="risk",
                                         population="derived from the other arm's risk and the risk ratio")


def _other_risk(risk: float, ratio: float, measure: str, of_drug: bool) -> float:
    """The other arm's risk (in %) from one arm's and their ratio; an odds ratio acts on the odds
    (5.5% with OR 0.14 is about 0.8% with the drug, where the risk ratio would give 0.77%)."""
    factor = 1 / ratio if of_drug else ratio
    if measure == "risk-ratio":
        return risk * factor
    odds = risk / (100 - risk) * factor if risk < 100 else math.inf
    return 100 * odds / (1 + odds) if odds != math.inf else 100.0


def _arm_differences(findings, drug, outcome):
    """Differences implied by two arms' percentages for one outcome: 6.9% vs 22.2% is "15 fewer in 100"."""
    arms = [f for f in findings if finding_kind(f) == "percent" and (outcome is None or f.outcome == outcome) and f.drug]
    for arm in arms:
        if drug is not None and arm.drug != drug:
            continue
        for other in arms:
            if other.drug != arm.drug and other.outcome == arm.outcome:
                difference = Quantity(arm.value.value - other.value.value, True)
                yield arm, Finding(outcome=arm.outcome, value=difference, drug=arm.drug, measure="risk-difference",
                                   comparator=other.drug)


def _dose(figure: Figure, metadata: Metadata | None, context: Context) -> Verdict:
    """A dose that declared drug names carry ("aspirin 75 mg"), stated in a clause about a comparison
    it does not belong to ("the standard dose (50 mg or 75 mg) compared with placebo", when only the
    50 mg dose was compared with placebo) is put on the wrong comparison."""
    named = set(context.drugs + context.comparators)
    if metadata is None or not figure.dose_unit or not named:
        return Verdict("unattached")
    dose = (figure.value, figure.dose_unit)
    if "_doses" not in metadata.__dict__:  # once per metadata: the doses each drug's names carry
        metadata.__dict__["_doses"] = {name: {d for text in (name, *aliases) for d in doses_in(text)}
                                       for name, aliases in metadata.drugs.items()}
    carried = metadata.__dict__["_doses"]
    holders = [name for name, doses in carried.items() if dose in doses]
    if not holders or named & set(holders) or any(partners(h, metadata) & named for h in holders):
        return Verdict("unattached")
    bases = {strip_doses(h) for h in holders}
    variants = [name for name, doses in carried.items() if doses and name not in holders and strip_doses(name) in bases
                and partners(name, metadata) & named]
    if not variants:
        return Verdict("unattached")
    own = next((f for f in metadata.findings if f.drug in holders and f.measure != "count"), None)
    other = next((f for f in metadata.findings if f.drug in variants and f.measure != "count"
                  and named & set(comparator_names(f, metadata))), None)
    return Verdict("wrong-pair", own, other) if own is not None else Verdict("unattached")


def judge(figure: Figure, drug: str | None, outcome: str | None, metadata: Metadata | None,
          context: Context = _NO_CONTEXT) -> Verdict:
    if outcome is not None and drug is not None and not context.carried and metadata is not None and figure.unit in CLAIM_UNITS \
            and not any(f.drug for f in metadata.findings if f.outcome == outcome):
        outcome = None  # "in women with dense breasts": an outcome declared only for background shares is a subgroup here
    verdict = _judge(figure, drug, outcome, metadata, context)
    if verdict.verdict in ("number-mismatch", "wrong-pair", "unsupported-number") and _description(figure, drug, outcome, context, metadata):
        return Verdict("unattached")
    return verdict


def _description(figure: Figure, drug: str | None, outcome: str | None, context: Context, metadata) -> bool:
    """A share that describes the studies or their people rather than states a finding: a share of the
    studies ("most studies (75%)"), or a share in words ("almost half of the women") that names no
    outcome or speaks of some of the studies only ("in one study, almost half of the women"), or an
    approximate one ("about 1 in 10") naming neither drug nor outcome. A careful editor would not
    ask for a source figure for it; a share in words stated for a drug and an outcome still is."""
    if figure.unit != "percent":
        return False
    if context.of_studies:
        return True
    if context.who and (drug is None or context.carried) and outcome is None and not (metadata is not None and any(
            f.drug is None and finding_kind(f) == "percent" for f in metadata.findings)):
        return True  # who took part, unless the source declares such shares (then they are checked)
    if figure.form == "fraction":  # "about half the tests", "in one study, almost half of the women"
        return outcome is None or bool(_ONE_STUDY.search(context.clause_start))
    background = metadata is not None and any(f.drug is None and finding_kind(f) == "percent" for f in metadata.findings)
    return figure.form == "frequency" and figure.qualifier == "approximate" and drug is None and outcome is None \
        and not background  # a source that gives how common things are is checked against it


def _judge(figure: Figure, drug: str | None, outcome: str | None, metadata: Metadata | None,
           context: Context = _NO_CONTEXT) -> Verdict:
    findings = metadata.findings if metadata else []
    if figure.restates:
        return Verdict("unattached")  # the difference it restates is judged
    if figure.example and (declared := _declared_example(figure, findings)) is not None:
        return Verdict("verified", declared)
    if figure.unit == "dose":
        verdict = _dose(figure, metadata, context)
        if verdict.verdict == "unattached" and figure.change:  # "blood pressure fell by 5 mmHg"
            return _plain_context(figure, drug, outcome, metadata, findings, context)
        return verdict
    if figure.unit == "count" and figure.counted in ("studies", "people"):
        return _count(figure, metadata, context, drug, outcome)
    if figure.unit == "count" and figure.noun:
        verdict = _other_count(figure, findings, context.segment)
        if verdict is not None:
            return verdict
    if figure.unit == "count" and figure.counted == "other" and figure.decimals <= -3 and outcome is not None:
        verdict = _in_millions(figure, outcome, findings)
        if verdict is not None:
            return verdict
    if figure.unit in ("count", "duration"):
        return _plain_context(figure, drug, outcome, metadata, findings, context)
    if figure.unit not in CLAIM_UNITS:
        return Verdict("unattached")
    if figure.unit == "number" and drug is None and outcome is None:
        return Verdict("unattached")  # a bare "52" about nothing named: no claim to check
    candidates = [f for f in findings if comparable(figure, f)]
    matching = [f for f in candidates if agrees(figure, f)]
    exact = [f for f in matching if _arm(f, drug, metadata, context) and _same(f.outcome, outcome)
             and not _review_count_for_an_arm(figure, f, drug, outcome, context)]
    if exact:
        return Verdict("verified", exact[0])
    if (points := mean_difference_in_points(figure, outcome, findings, lambda f: _arm(f, drug, metadata, context))):
        return Verdict("verified", points)  # "HbA1c lowered by 0.3%" for MD -0.3 (percentage points)
    if figure.unit in ("ratio", "relative") and outcome is not None:
        for arm, ratio in _arm_ratios(findings, drug, outcome):
            if agrees(figure, ratio):
                return Verdict("verified", arm)
    if figure.unit == "percent" and outcome is not None and not figure.change:
        for ratio, risk in _derived_risks(findings, outcome, metadata):  # 202 per 1000 with RR 0.71: ~284 with the other
            if (drug is None or drug == risk.drug) and agrees(figure, risk):
                return Verdict("verified", ratio)
    if figure.unit == "difference" and (outcome is not None or drug is not None):
        against = drug is not None and _compared_with(drug, figure, context, metadata)
        for arm, difference in _arm_differences(findings, None if against else drug, outcome):
            # "8 fewer ... compared with usual care": the other arm's difference from the drug named
            if (difference.comparator == drug if against else True) and agrees(figure, difference):
                return Verdict("verified", arm)
    if not figure.counted:  # a number that counts nothing named is no wrong count of studies or people ("about 113")
        candidates = [f for f in candidates if not (finding_kind(f) == "count" and _counts_what(f))]
        matching = [f for f in matching if f in candidates]
    pair = [f for f in candidates if outcome is not None and f.outcome == outcome and (drug is None or _arm(f, drug, metadata, context))]
    pair.sort(key=lambda f: finding_kind(f) != _KIND_OF_UNIT.get(figure.unit, finding_kind(f)))  # same measure first
    sharing = [f for f in matching if (drug is not None and f.drug == drug) or (outcome is not None and f.outcome == outcome)]
    loose = figure.form == "range" or figure.qualifier in _BOUNDS  # "more than 5%" fits many findings
    if sharing and not loose and context.carried_across and outcome is not None and drug is not None:
        # the drug was only carried from the sentence before ("Out of 1000 who did not wash, 380 ..."): a figure
        # that is exactly the other arm's for the same outcome is that arm's (the control group's risk)
        other = next((f for f in sharing if f.outcome == outcome and f.drug in partners(drug, metadata)), None)
        if other is not None:
            return Verdict("verified", other)
    if sharing and not loose and outcome is not None and drug is not None and _FROM_TO.search(_before_in_segment(figure, context)):
        # "reduced admissions ... (from about 24 per 100 to about 16 per 100)": the figure after "from" is the
        # comparator's risk, the one after "to" the drug's
        other = next((f for f in sharing if f.outcome == outcome and f.drug in partners(drug, metadata)), None)
        if other is not None and _TO_AFTER.match(context.segment, context.segment.find(figure.text) + len(figure.text)):
            return Verdict("verified", other)
    if sharing and not loose and outcome is not None:
        narrower = next((f for f in sharing if f.drug == drug and _narrower_said(f.outcome, outcome, context.segment)), None)
        if narrower is not None:  # "withdrew ... due to adverse events": withdrawals due to adverse events
            return Verdict("verified", narrower)
    if sharing and not loose:  # a range or bound that merely overlaps another pair's figure is no clear wrong pair
        named = next((f for f in sharing if _outcome_just_before(f.outcome, context, metadata)), None) \
            if not _outcome_just_before(outcome, context, metadata) else None
        if named is not None and named.drug == drug:  # "increased coughing (in one third of children)": that outcome's
            return Verdict("verified", named)
        if drug is not None and outcome is not None and _CONTROL.search(drug) \
                and not any(f.drug == drug and f.outcome == outcome for f in findings):
            # "Without antibiotics, almost half were cured": an untreated arm the source gives no figure of is its
            # other untreated arm (placebo), whose figure it is
            control = next((f for f in sharing if f.outcome == outcome and f.drug and _CONTROL.search(f.drug)
                            and _same_time(f.population or "", context.after)), None)
            if control is not None:
                return Verdict("verified", control)
        if (own := restated(drug, outcome, matching, context, loose, metadata, figure)) is not None:
            return Verdict("verified", own)  # a guessed drug; the value is exactly one comparison's (round 18)
        return Verdict("wrong-pair", sharing[0], pair[0] if pair else None)
    if figure.unit == "percent" and figure.form == "percent" and _REMAINING.search(context.before) and any(
            agrees(replace(figure, value=100 - figure.value), f) for f in candidates if finding_kind(f) == "percent"):
        return Verdict("unattached")  # "the remaining 82%": 100 minus a finding, which is judged where stated
    if pair:
        if context.subgroup and not any(f.population for f in pair):
            return Verdict("unsupported-number")  # a subgroup's figure against the whole: the source cannot say
        if _bare_against_a_difference(figure, pair[0], context):
            return Verdict("unattached")
        if (own := restated(drug, outcome, matching, context, loose, metadata, figure)) is not None:
            return Verdict("verified", own)  # a guessed drug; the value is exactly another comparison's (round 18)
        if figure.unit == "percent" and not drug and all(_share_of_another_group(f, figure, context) for f in pair):
            return Verdict("unsupported-number")  # "Caucasians (84.5%)" against "57.2% male": another trait's share
        return Verdict("number-mismatch", pair[0])
    arms = _has_arms(findings, outcome) if figure.unit == "difference" and outcome is not None else []
    if len({f.drug for f in arms}) >= 2:  # a difference contradicts two arms' risks; one arm says nothing of it
        return Verdict("number-mismatch", arms[0])
    if figure.unit == "difference" and figure.form == "range":
        return Verdict("unattached")  # "from 44 fewer to 21 more per 1,000": no difference or arms to check it by
    if outcome is None and drug is not None and figure.unit == "percent" \
            and any(f.drug in partners(drug, metadata) for f in matching):
        return Verdict("unattached")  # no outcome named, and the figure is the other arm's ("18% versus 34%")
    return Verdict("unsupported-number")


_CONTROL = re.compile(r"\b(?:placebo|no\s+(?:treatment|intervention|therapy)|sham|dummy|usual\s+care|"
                      r"standard\s+care|waiting\s+list|wait[- ]list|control)\b", re.IGNORECASE)
_TIME = re.compile(r"\b(\d+|one|two|three|four|six|twelve|fourteen)[\s-]*(day|week|month|year)s?\b", re.IGNORECASE)
_TIME_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "twelve": 12, "fourteen": 14}
_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


def _days(text: str) -> int | None:
    match = _TIME.search(text)
    if match is None:
        return None
    n = match.group(1).lower()
    return (int(n) if n.isdigit() else _TIME_WORDS[n]) * _DAYS[match.group(2).lower()]


def _same_time(population: str, after: str) -> bool:
    """A finding "cured after 1 week" is not the one of a figure said "after 14 days" (no time on either side: same)."""
    declared, said = _days(population), _days(after)
    return declared is None or said is None or declared == said


_REMAINING = re.compile(r"\b(?:the\s+)?(?:remaining|rest|other)\s+(?:(?:about|around|nearly|almost)\s+)?\Z", re.IGNORECASE)
_FROM_TO = re.compile(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|nearly\s+)?\Z", re.IGNORECASE)
_TO_AFTER = re.compile(r"(?:\s+[\w%]+){0,4}?\s+to\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|nearly\s+)?\d")
_NAME_WORD = re.compile(r"[^\W\d_]+")


def _narrower_said(finding_outcome: str | None, outcome: str, segment: str) -> bool:
    """The finding's outcome holds the outcome read ("withdrawals due to adverse events" holds "adverse
    events") and the figure's words say what it adds, in any form ("withdrew", "withdrawal"): the figure
    is that narrower outcome's, not a wrong pair. The words are compared on their first six letters."""
    if not finding_outcome or finding_outcome == outcome:
        return False
    narrow, read = finding_outcome.lower(), outcome.lower()
    at = narrow.find(read)
    if at < 0 or not segment:
        return False
    said = {w[:6] for w in _NAME_WORD.findall(segment.lower())}
    added = [w for w in _NAME_WORD.findall(narrow[:at] + " " + narrow[at + len(read):])
             if w not in ("due", "to", "of", "from", "for", "because", "the", "a", "an", "with", "and", "or", "in", "after")]
    return bool(added) and all(w[:6] in said for w in added)


def _declared_example(figure: Figure, findings) -> Finding | None:
    """A count of a worked example of a test ("would miss 60 out of the 200 with glaucoma") belongs to
    no one test: it is backed when the source declares each of its numbers as a count of an outcome (not
    a count of studies that happens to be equal: "103 out of 800" is no "103 case-control studies")."""
    numbers = (figure.numerator, figure.denominator) if figure.form == "frequency" else (figure.value,)
    found = [next((f for f in findings if finding_kind(f) == "count" and f.outcome and f.value.value == n), None)
             for n in numbers]
    return found[0] if all(found) else None


_EVENTS_OF = re.compile(r"\s*/\s*\d")


def _review_count_for_an_arm(figure: Figure, finding: Finding, drug, outcome, context: Context) -> bool:
    """Events out of an arm ("(5/290)" deaths without a drain), said for an arm and an outcome, are not
    backed by a count of studies or people of the whole review that happens to equal them (5 RCTs)."""
    at = context.segment.find(figure.text)
    return (not figure.counted and drug is not None and outcome is not None and finding_kind(finding) == "count"
            and not finding.drug and not finding.outcome and _counts_what(finding) in ("studies", "people")
            and at >= 0 and bool(_EVENTS_OF.match(context.segment, at + len(figure.text))))


# after a figure: words that make a bare number a difference ("4.5 points lower", "2 fewer attempts")
_DIFFERENCE_AFTER = re.compile(r"\A\s*(?:[\w-]+\s+){0,2}?(?:lower|higher|better|worse|more|fewer|less|greater|smaller|"
                               r"longer|shorter|faster|slower)\b", re.IGNORECASE)


_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|than|versus|vs\.?|relative\s+to)\s+(?:the\s+|a\s+)?", re.IGNORECASE)


def _compared_with(drug: str, figure: Figure, context: Context, metadata: Metadata | None) -> bool:
    """Is the drug named after "compared with", "than"... after the figure in its part of the sentence
    ("about eight fewer are admitted compared with usual care")? Then it is the comparator of the figure."""
    at = context.segment.find(figure.text)
    if metadata is None or at < 0:
        return False
    names = [n.lower() for n in (drug, *metadata.drugs.get(drug, ()))]
    rest = context.segment[at + len(figure.text):]
    return any(rest[m.end():].lower().startswith(name) for m in _COMPARED.finditer(rest) for name in names)


def _bare_against_a_difference(figure: Figure, finding: Finding, context: Context) -> bool:
    """A whole number said with no word of difference ("at 30 and 60 seconds", "from -5 to +5", "1000 people")
    against a mean difference: a time point, scale end or denominator, not a misstated difference."""
    if figure.unit != "number" or figure.change or figure.decimals or finding.measure not in _DIFFERENCE_MEASURES:
        return False
    at = context.segment.find(figure.text)
    after = context.segment[at + len(figure.text):] if at >= 0 else ""
    return not _changed_by(figure, context) and not _DIFFERENCE_AFTER.match(after)


_DIFFERENCE_MEASURES = ("mean-difference", "standardised-mean-difference", "standardized-mean-difference")
_CONTENT = re.compile(r"[A-Za-z]{4,}")
_JUST_BEFORE = 30  # characters: the words right before the figure ("increased coughing (in "), not the sentence
_NOT_NAMING = frozenset("with from that than were have this their they after before during people number risk rate".split())


def _outcome_just_before(outcome: str | None, context: Context, metadata: Metadata | None) -> bool:
    """Is the outcome named, maybe in words the metadata does not list ("coughing" for an alias "cough"), just
    before the figure? All content words of its name or an alias (first five letters), in the 30 characters before."""
    if not outcome or not context.before or metadata is None:
        return False
    said = {w.lower()[:5] for w in _CONTENT.findall(context.before[-_JUST_BEFORE:])}
    for name in (outcome, *metadata.outcomes.get(outcome, ())):
        stems = {w.lower()[:5] for w in _CONTENT.findall(name) if w.lower() not in _NOT_NAMING}
        if stems and stems <= said:
            return True
    return False


def _has_arms(findings, outcome) -> list[Finding]:
    return [f for f in findings if finding_kind(f) == "percent" and f.outcome == outcome and f.drug]


# "In two studies, almost half ...": a share in some of the studies, which the source does not split
_ONE_STUDY = re.compile(r"\b(?:in|from)\s+(?:one|two|three|four|five|some|several|a\s+few|another|a\s+single|\d+)\s+"
                        r"(?:of\s+the(?:se)?\s+)?(?:other\s+)?(?:stud(?:y|ies)|trials?)\b", re.IGNORECASE)
_BOUNDS = ("more-than", "at-least", "less-than", "up-to")
