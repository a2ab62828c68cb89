"""What a count of studies or people counts: its kind, the words that set it apart, its rounding, the review's totals."""

from __future__ import annotations

import re
from dataclasses import replace

from laylint.claims.comparators import comparator_names
from laylint.claims.count_words import PEOPLE_WORDS, STUDY_WORDS, WORD, word_stem  # noqa: F401 (re-exported)
from laylint.claims.compare import finding_kind
from laylint.claims.quantities import Figure
from laylint.claims.verdict import Context
from laylint.metadata import Finding, Metadata, Quantity


# things counted that are neither studies nor people: "276 eyes", "0 events reported"
_OTHER_WORDS = re.compile(r"^\W*(?:eyes?|knees?|hips?|limbs?|teeth|tooth|ears?|wounds?|ulcers?|lesions?|events?|"
                          r"episodes?|catheters?|procedures?|pregnanc(?:y|ies)|cycles?|embryos?|samples?|"
                          # round 31: events ("2 complications in the closed group", "7 serious adverse events"); deaths
                          # and admissions stay people ("4 deaths" are the 4 people who died)
                          r"(?:(?:serious|severe|major|minor|adverse|postoperative|post-operative)\s+){0,2}"
                          r"(?:complications?|(?:allergic\s+)?reactions?|adverse\s+events?))\b", re.IGNORECASE)


# round 24: things counted that a count of studies or people is not ("7 risk of bias domains assessed", "9 group
# sessions offered in one study"): when one comes before any word of studies or people, it is what is counted
_OTHER_HEAD = re.compile(r"\b(?:sessions?|domains?|countries|comparisons?|outcomes?|doses?|databases?|registers?|"
                         r"registries|citations?|abstracts?|records?|interventions?|strategies|categories|sites?|"
                         r"centres?|centers?|hospitals?|settings?|items?|questions?|visits?|streams?|themes?)\b", re.IGNORECASE)


def counts_what(finding: Finding) -> str:
    """studies | people | other | "" (either): what a `count` finding counts, from its population text."""
    text = finding.population or ""
    if _OTHER_WORDS.search(text):
        return "other"
    study, people = STUDY_WORDS.search(text), PEOPLE_WORDS.search(text)
    other = _OTHER_HEAD.search(text)
    if other and len(WORD.findall(text[:other.start()])) < 4 and not any(m and m.start() < other.start() for m in (study, people)):
        return "other"
    if study and (not people or study.start() < people.start()):  # the head noun: "participants (adverse effects study)"
        return "studies"
    return "people" if people else ""


def arms_named(finding: Finding, named: tuple[str, ...], metadata: Metadata) -> int:
    """How many of the finding's arms (its drug, its comparators) the clause names."""
    return (finding.drug in named) + sum(name in named for name in comparator_names(finding, metadata))


_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-"})
GENERIC = {"the", "a", "an", "in", "of", "on", "for", "to", "with", "and", "or", "by", "at", "from", "that", "who",
            "which", "were", "was", "is", "are", "all", "each", "any", "per", "these", "those", "their", "total", "number",
            "review", "included", "also", "overall", "about"}
_NOUN_GROUPS = (("studies", re.compile(r"\b(?:stud(?:y|ies)|trials?|c?RCTs?)\b", re.IGNORECASE)),
                ("reports", re.compile(r"\b(?:articles?|papers?|reports?|records?|publications?|references?)\b", re.IGNORECASE)))


def noun_group(text: str, counted: str) -> str:
    if counted != "studies":
        return counted
    found = [(m.start(), name) for name, pattern in _NOUN_GROUPS if (m := pattern.search(text))]
    return min(found)[1] if found else "studies"


def describes(finding: Finding, figure: Figure, segment: str) -> bool:
    """Does the figure's part of its sentence name everything that sets this count apart ("trials in
    the meta-analysis", "studies in refugee camps"), beyond the thing counted? Then the count is of
    that, and must be that count's value."""
    if not segment or not finding.population:
        return False
    segment = segment.translate(_HYPHENS)  # "non‐dense" (U+2010) and "non–dense" are "non-dense"
    population = re.sub(r"\([^)]*\)?|\"[^\"]*\"?", " ", finding.population)
    counted = STUDY_WORDS if figure.counted == "studies" else PEOPLE_WORDS
    words = {_same_word(word_stem(w)) for w in WORD.findall(counted.sub(" ", population)) if w.lower() not in GENERIC}
    if not words or noun_group(population, figure.counted) != noun_group(segment[segment.find(figure.text) + 1:] or segment,
                                                                             figure.counted):
        return False
    said = {_same_word(word_stem(w)) for w in WORD.findall(segment)}
    if _STILL_TO_COME.search(segment):
        said.add("await")
    if {"ongo", "await"} <= said and not {"ongo", "await"} <= words:
        return False  # "four studies are ongoing or awaiting assessment": both kinds together, not one of them
    return words <= said


def unnamed_subgroup(finding: Finding, figure: Figure, sentence: str) -> bool:
    """A count of some studies or people set apart by words ("trials using preoperative antibiotics") of which
    the figure's sentence says none: a count of another group, not one the figure can contradict."""
    population = re.sub(r"\([^)]*\)?", " ", finding.population or "")
    counted = STUDY_WORDS if figure.counted == "studies" else PEOPLE_WORDS
    words = {_same_word(word_stem(w)) for w in WORD.findall(counted.sub(" ", population)) if w.lower() not in GENERIC}
    said = {_same_word(word_stem(w)) for w in WORD.findall(sentence.translate(_HYPHENS))}
    return bool(words) and not words & said


def share_of_another_group(finding: Finding, figure: Figure, context: Context) -> bool:
    """A share of no comparison, of people set apart by words ("male participants") the figure's clause does not say."""
    if finding.drug or finding_kind(finding) != "percent" or not PEOPLE_WORDS.search(finding.population or ""):
        return False  # "lowest prevalence" says which value it is, not whose
    clause = f"{re.split(r'[,;]', context.before)[-1]} {re.split(r'[,;.]', context.after)[0]}"
    # the people themselves count here: "young children" are the "children under three", whatever their age
    words = {_same_word(word_stem(w)) for w in WORD.findall(re.sub(r"\([^)]*\)?", " ", finding.population or ""))
             if w.lower() not in GENERIC}
    said = {_same_word(word_stem(w)) for w in WORD.findall(clause.translate(_HYPHENS))}
    return bool(words) and not words & said


# "studies awaiting classification" is what a summary calls "studies that still need to be assessed"
_SAME_WORDS = {"classification": "classif", "classifi": "classif", "classify": "classif", "assess": "classif",
               "assessment": "classif", "pend": "await", "result": "outcom",  # "reported results" = "reporting outcomes"
               "men": "male", "man": "male", "women": "femal", "woman": "femal", "female": "femal",  # "men" = "male"
               # round 36: "trials funded by drug companies" are "trials sponsored by pharmaceutical companies"
               "fund": "sponsor", "funder": "sponsor", "pharmaceutical": "drug",
               "entirely": "entire", "fully": "entire", "full": "entire", "wholly": "entire", "completely": "entire",
               "partially": "partial", "partly": "partial"}  # "funded in full", "partly sponsored"
_STILL_TO_COME = re.compile(r"\b(?:still|yet)\s+(?:need|needs|to)\b|\bnot\s+yet\b", re.IGNORECASE)


def _same_word(stem: str) -> str:
    stem = stem.replace("-", "")  # "crossover" is "cross-over" (round 36)
    return _SAME_WORDS.get(stem, stem)


def count_precision(figure: Figure) -> Figure:
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


def sentence_and_start(figure: Figure, context: Context) -> tuple[str, int]:
    """The figure's sentence and where the figure starts in it (-1 when it cannot be found)."""
    sentence = context.sentence or context.segment
    at = sentence.find(context.before + figure.text)
    return sentence, at if at < 0 else at + len(context.before)
