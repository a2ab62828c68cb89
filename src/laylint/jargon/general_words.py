"""General study words that the sentence itself explains by saying what they covered (issue #16, round 31;
README-independent-29a false patterns 1-3):

  examples in brackets a few words on   "adverse effects of antibiotics (diarrhoea, vomiting or skin rash)"
  what the interventions did            "The interventions mostly provided information about STIs and taught ..."
  the verb of a phrasal term before it  "participants were followed up to discharge ... the follow-up of participants"
  examples after ", like" (round 38t)   "outcomes we care about, like survival and harms"
  the next sentence lists them (38t)    "... important outcomes. Specifically, we looked at death, ... and ..."

Each reads only the term's own sentence, or for the phrasal verb the 300 characters before the term. Below them,
jargon/term's older tests of "outcomes" and "follow-up" (moved here from checks/jargon_term.py): a demonstrative
pointing back ("these outcomes"), a list after ("the outcomes of X, Y and Z", "outcomes were X and Y") or before
("X, Y and other outcomes"), the everyday "study outcomes will help ..." and "follow-up" as check-ups."""

from __future__ import annotations

import re
from functools import lru_cache

# General words whose examples say what they are in this summary: the kinds of harm, result or treatment meant.
# Not a named thing ("incidence of infections (wound, chest)" gives kinds of infection, not what incidence is).
_EXAMPLE_HEADS = frozenset({"adverse effect", "adverse event", "serious adverse event", "adverse reaction",
                            "complication", "outcome", "important outcome", "intervention"})
_WORD = r"[^\W\d_][\w'\u2019\u2010\u2011-]*"
# "of"/"from"/"after"/"related to" and one to three words (what caused them or what they are about), then a bracket
# of two or more examples in words:
# "(diarrhoea, vomiting or skin rash)", "(such as bleeding)"; not numbers or a gloss of the last word alone
_EXAMPLES_IN_BRACKET_AFTER = re.compile(
    rf"\s+(?:of|from|after|related\s+to)\s+(?:{_WORD}\s+){{0,2}}{_WORD}\s*\(\s*"
    r"(?:(?:such\s+as|e\.\s?g\.,?|for\s+example,?|including|like)\s+[^\W\d_][^()\d]{0,120}"
    r"|[^\W\d_][^()\d]{0,80}?(?:,|\band\b|\bor\b)[^()\d]{1,80})\)", re.I)


def examples_in_bracket_after(key: str, text: str, end: int, sentence_end: int) -> bool:
    """Is a general harm, result or treatment word followed by what caused it and a bracket of examples?"""
    return (key in _EXAMPLE_HEADS or key.endswith(" outcome")) and bool(
        _EXAMPLES_IN_BRACKET_AFTER.match(text, end, sentence_end))  # "primary outcomes related to X (A and B)"


# What the interventions were, by what they did: "mostly provided information about ...", "taught coping skills",
# "consisted of exercise classes"; not a result ("provided no benefit"), nor how they were given ("were delivered
# by nurses": README round 30 keeps that reported)
_CONTENT_AFTER = re.compile(
    r"\s+(?:(?:mostly|mainly|largely|usually|often|all|generally|typically|either)\s+)?"
    r"(?:provided|provide|provides|taught|teach|teaches|offered|offer|offers|gave|give|gives|consisted\s+of|"
    r"consist\s+of|consists\s+of|comprised|comprise|involved|involve|involves|aimed\s+to|aimed\s+at|aim\s+to|"
    r"focused\s+on|focus\s+on|focussed\s+on)\s+"
    r"(?!(?:no|little|any|some|similar|the\s+same|more|less|better|worse|benefits?|evidence|results?|data|"
    r"support\s+for|mixed)\b)[^\W\d_]", re.I)


def says_what_interventions_did(key: str, text: str, start: int, end: int, sentence_end: int) -> bool:
    return (key == "intervention" and heads_its_clause(text, start)
            and bool(_CONTENT_AFTER.match(text, end, sentence_end)))


# A preposition a word or two before: the term is inside a phrase about something else, and the verb after it
# is that thing's ("The people taking part in integration interventions included managers and ...")
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|in|into|for|from|with|by|to|on|at|about|during|after|before)"
                                 r"(?:\s+[^\W\d_][\w'\u2019\u2010\u2011-]*){0,2}\s+$", re.I)


def heads_its_clause(text: str, start: int) -> bool:
    """Is the term the subject of the verb after it, not the end of a phrase with a preposition?"""
    return not _PREPOSITION_BEFORE.search(text, max(0, start - 60), start)


# The particle of a phrasal verb: "follow-up" is what "followed up" says in plain words
_PARTICLES = frozenset({"up", "over", "out", "off", "back", "down"})
_PHRASAL_REACH = 300  # characters before the term


def verb_said_before(key: str, text: str, start: int) -> bool:
    """Has the term's phrasal verb come just before it ("followed up", "were followed up until", "follow them
    up")? The noun names what the reader has just been told in plain words."""
    parts = re.split(r"[\u2010\u2011-]", key)
    if len(parts) != 2 or " " in key or parts[1].lower() not in _PARTICLES:
        return False
    if _phrasal(parts[0].lower(), parts[1].lower()).search(text, max(0, start - _PHRASAL_REACH), start):
        return True
    # or the verb with the people it was done to, in the same sentence: "One large study followed 1090 children, and
    # the longest follow-up was 5 years" (README-independent-33); not "followed by" or "followed the guidelines"
    sentence_start = max(text.rfind(". ", 0, start) + 1, text.rfind("\n", 0, start) + 1, start - _PHRASAL_REACH, 0)
    if _verb_with_people(parts[0].lower()).search(text, sentence_start, start):
        return True
    # or after it in its sentence: "The longest follow-up was 12 months, and some studies followed people for only 3
    # months" (round term35-after judged it false)
    ends = [e for e in (text.find(". ", start), text.find("\n", start)) if e >= 0]
    sentence_end = min(ends + [start + _PHRASAL_REACH, len(text)])
    return bool(_verb_with_people(parts[0].lower()).search(text, start, sentence_end))


@lru_cache(maxsize=16)
def _verb_with_people(verb: str) -> re.Pattern:
    return re.compile(rf"\b{re.escape(verb)}(?:s|ed|ing)\s+(?:(?:about|around|over|nearly|almost|up\s+to)\s+)?"
                      rf"(?:them|(?:the|these|those|all|most|some|[\d,]+|\w+\s+hundred|\w+\s+thousand)\s+)?"
                      rf"(?:[a-z]+\s+)?(?:people|participants|patients|children|women|men|babies|infants|adults|"
                      rf"mothers|smokers|families|pupils|students|workers)\b", re.I)


@lru_cache(maxsize=64)
def _phrasal(verb: str, particle: str) -> re.Pattern:
    # the verb inflected, a pronoun or short object between ("follow them up"), then the particle as a word
    return re.compile(rf"\b{re.escape(verb)}(?:s|ed|ing)?\s+(?:(?:them|him|her|people|participants|patients)\s+)?"
                      rf"{re.escape(particle)}\b(?![\u2010\u2011-])", re.I)


# --- "outcomes" and "interventions" named by what the sentence says about them (moved from checks/jargon_term.py)

# A demonstrative ties a general word to the things just named: "stroke and heart attack ... these outcomes"
_DEMONSTRATIVE_BEFORE = re.compile(r"\b(?:these|this|those|that|such|both)\s+$", re.I)
# "other outcomes", bare, after a preposition: "did not report on other outcomes", "for our other outcomes" (not
# "other health outcomes", nor a subject or label: "Other outcomes were not reported", "Other outcomes: ...")
_OTHER_OUTCOMES = re.compile(r"\b(?:for|on|about|in|of|to)\s+(?:(?:the|our|their|all|any|some|many)\s+)?other\s+$",
                             re.I)


def _after_a_sentence_of_its_passage(found, offset: int) -> bool:
    """Does a sentence of the same paragraph or list item come before the one at `offset` (results it may have
    named)? Not the first sentence of its passage."""
    import bisect

    index = bisect.bisect_right(found.sentence_starts, offset) - 1
    return index > 0 and "\n" not in found.text[found.sentence_starts[index - 1]:found.sentence_starts[index]]
_POINTING_WORDS = frozenset({"outcome", "outcomes"})  # general words whose referent the summary names
_LISTING_WORDS = _POINTING_WORDS | {"intervention", "interventions"}  # named by a list after them
# At its first use, "these interventions" can only point back to what was named in other words: "exposing preterm
# babies to the smell of milk ... whether this intervention was safe" (round 32t)
_DEMONSTRATIVE_WORDS = _LISTING_WORDS


def points_back(found, match) -> bool:
    """Is a general word such as "outcomes" or "interventions" tied by a demonstrative to what was just named ("we
    found no data on wheezing or hospital stays, and more studies of these important outcomes are needed")?"""
    if not _DEMONSTRATIVE_WORDS.intersection(found.text[match.start:match.end].lower().split()):
        return False
    if match.key == "outcome" and _OTHER_OUTCOMES.search(found.text, max(0, match.start - 30), match.start) \
            and _after_a_sentence_of_its_passage(found, match.start):
        return True  # "confident about pain and anaesthetic use. ... lower for other outcomes": the results besides
        # those just named (rounds term36-before and -after judged such hits false)
    before = _DEMONSTRATIVE_BEFORE.search(found.text, max(0, match.start - 12), match.start)
    # "that" before a plural is a conjunction: "Studies have shown that interventions for ... reduce" (round 32t)
    return bool(before) and not (before.group().split()[0].lower() == "that"
                                 and found.text[match.start:match.end].lower().endswith("s"))


# "of" and a list right after it, in the same sentence: what the general word covers; the first item may carry a
# gloss in brackets, and "and" after that bracket joins the next ("the outcomes of treatment failure (withdrawal
# from treatment) and controlling seizures")
_LIST_OF_AFTER = re.compile(r"\s+of\s+(?!(?:the|these|this|those|our|their|its|a|an|each|all|interest)\b)"
                            r"[^\W\d_](?:[^.;:!?()]|\([^()]{1,60}\)){0,60}?(?:,|(?<=\))\s+and\s)",
                            re.I)  # a comma: a list, not "the outcome of X or Y"


def named_after(found, match) -> bool:
    """Is a general word such as "outcomes" followed by "of" and a list of what it covers, a bracket that
    lists them ("two outcomes (serum creatinine and proteinuria)") or a verb and a list ("outcomes were X and Y",
    "the interventions included exercise, diet and counselling")?"""
    if not _LISTING_WORDS.intersection(found.text[match.start:match.end].lower().split()):
        return False
    from laylint.jargon.listed import lists_after

    sentence_end = found.sentence_bounds(match.start)[1]
    included_only = not _POINTING_WORDS.intersection(found.text[match.start:match.end].lower().split())
    return bool(_LIST_OF_AFTER.match(found.text, match.end, sentence_end)
                or _LIST_IN_BRACKET_AFTER.match(found.text, match.end, sentence_end)
                or lists_after(found.text, match.end, sentence_end, included_only)
                and (not included_only or heads_its_clause(found.text, match.start)))


# A bracket of words (no figures) with a list in it: "(pain and walking distance)", not "(see the table)"
_LIST_IN_BRACKET_AFTER = re.compile(r"\s*\((?!\s*(?:see|e\.g|i\.e)\b)[^\W\d_][^()\d]{0,120}?(?:,|\band\b|\bor\b)[^()\d]{1,120}\)", re.I)
# A list before "and other outcomes": "death, need for a breathing machine and other outcomes"
_OTHER_BEFORE = re.compile(r"\b(?:and|or)\s+(?:(?:any|all|some|several|many)\s+)?other\s+"
                           r"(?:(?:important|key|main|relevant|clinical)\s+)?$", re.I)


def shown_by_what_follows(found, match) -> bool:
    """A general word whose examples follow in brackets ("adverse effects of antibiotics (diarrhoea or rash)") or
    after ", like", or, for interventions, what they did ("The interventions mostly provided information about ...")."""
    sentence_end = found.sentence_bounds(match.start)[1]
    return (examples_in_bracket_after(match.key, found.text, match.end, sentence_end)
            or examples_after_like(match.key, found.text, match.end, sentence_end)
            or says_what_interventions_did(match.key, found.text, match.start, match.end, sentence_end)
            or examples_after_can_include(match.key, found.text, match.end, sentence_end))


# "can include" and its kin, then examples: "These 'digital health interventions' can include things like websites,
# apps and text messages" (round 37t). Not the past "included", which counts people ("the trials included 500
# adults"), nor a count after it ("can include hundreds of people")
_CAN_INCLUDE_AFTER = re.compile(
    r"\s*(?:[\"'\u201d\u2019]\s*)?(?:can|may|could|often|usually|typically|might)\s+(?:include|involve)\s+"
    r"(?!(?:up\s+to|about|around|over|more\s+than|as\s+many\s+as|only|just)\b)"
    r"(?!\d|(?:hundreds|thousands|dozens|many|few|several|some)\b)[^\W\d_]", re.I)


def _like_examples():
    from laylint.jargon.explain import COMPARED

    # a clause about the word (no stop), then ", like" and a thing: "outcomes we care about, like survival and harms"
    # (round independent-37b); not a comparison: "..., like in earlier studies", "..., like the other trials found"
    return re.compile(rf"[^.;:!?()]{{0,60}}?,\s*like\s+(?!{COMPARED})[^\W\d_]", re.I)


_LIKE_EXAMPLES = _like_examples()


def examples_after_like(key: str, text: str, end: int, sentence_end: int) -> bool:
    """Is a general harm, result or treatment word followed, in its clause, by ", like" and examples?"""
    return (key in _EXAMPLE_HEADS or key.endswith(" outcome")) and bool(_LIKE_EXAMPLES.match(text, end, sentence_end))


def examples_after_can_include(key: str, text: str, end: int, sentence_end: int) -> bool:
    """Is a general harm, result or treatment word followed by "can include" and what it covers?"""
    return (key in _EXAMPLE_HEADS or key.endswith(" outcome")) and bool(_CAN_INCLUDE_AFTER.match(text, end, sentence_end))


def listed_before(found, match) -> bool:
    if not _POINTING_WORDS.intersection(found.text[match.start:match.end].lower().split()):
        return False
    other = _OTHER_BEFORE.search(found.text, max(0, match.start - 40), match.start)
    sentence_start = found.sentence_bounds(match.start)[0]
    return bool(other) and "," in found.text[sentence_start:other.start()]  # a list: "A, B and other outcomes"


def named_later_in_sentence(found, match) -> bool:
    """Does a later "outcomes" of the same sentence list them? "low confidence for most outcomes, and moderate
    confidence for two outcomes (A and B)" (README-independent-11)."""
    if not _POINTING_WORDS.intersection(found.text[match.start:match.end].lower().split()):
        return False
    sentence_end = found.sentence_bounds(match.start)[1]
    return any(later.start > match.start and later.end <= sentence_end and named_after(found, later)
               for later in found.terms if later.key == match.key)


# "outcomes" in its everyday sense: what a study found, and what that will do ("The study outcomes will help guide
# care"); the research sense ("The study outcomes were measured at 12 weeks") stays reported
_STUDY_BEFORE = re.compile(r"\b(?:study|studies|trial|trials|review|research)(?:'s|\u2019s|s'|s\u2019)?\s+$", re.I)
_WILL_HELP_AFTER = re.compile(r"\s+(?:will|could|may|might|can|should|would)\s+(?:help|guide|inform|support|shape)\b",
                              re.I)


def everyday_outcomes(found, match) -> bool:
    if not _POINTING_WORDS.intersection(found.text[match.start:match.end].lower().split()):
        return False
    return bool(_STUDY_BEFORE.search(found.text, max(0, match.start - 20), match.start)
                and _WILL_HELP_AFTER.match(found.text, match.end))


# "follow-up" in its everyday care sense (check-ups): "regular follow-up", "follow-up calls", "follow-up with their
# doctor", "lifestyle advice and follow-up"; not the research sense: "at 12 months' follow-up", "long-term follow-up"
_CARE_BEFORE = re.compile(r"\b(?:(?:regular|routine|close|careful|ongoing|annual|yearly|frequent|nurse[\u2010\u2011-]led|"
                          r"telephone|phone|clinic|in[\u2010\u2011-]person)\s+"
                          r"|(?:advice|support|counsell?ing|education|referrals?)\s*,?\s+(?:and|or)\s+)$", re.I)
_CARE_AFTER = re.compile(r"\s+(?:[\"'\u201c\u2018][^\W\d_][\w\u2010\u2011-]*[\"'\u201d\u2019]\s+)?"  # "follow-up 'booster' calls"
                         r"(?:(?:medical|phone|telephone|clinic|nurse|eye|specialist)\s+)?(?:visits?|appointments?|care|"
                         r"treatments?|therapy|checks?|check[\u2010\u2011-]?ups?|calls?|sessions?|clinics?|scans?|support|"
                         r"contacts?)\b"
                         r"|\s+(?:with|by)\s+(?!\d)[^\W\d_]"  # "with their cancer team", "by a kidney specialist"
                         r"|\s+(?:and|or)\s+(?:referrals?|check[\u2010\u2011-]?ups?|advice|support)\b", re.I)
# A time before it is the research sense: "12 months' follow-up with exercise", "long-term follow-up by phone"
_TIME_BEFORE = re.compile(r"(?:\d|\b(?:days?|weeks?|months?|years?|term|longer|longest|shorter|shortest|median|mean|"
                          r"average|short|long|of|during|at|until|poor|complete|limited))(?:'|\u2019|s'|s\u2019)?\s+$",
                          re.I)


def everyday_follow_up(found, match) -> bool:
    if not found.text[match.start:match.end].lower().replace("\u2010", "-").replace("\u2011", "-").startswith(
            "follow-up") or match.key != "follow-up":
        return False
    if _CARE_BEFORE.search(found.text, max(0, match.start - 40), match.start):
        return True
    return (not _TIME_BEFORE.search(found.text, max(0, match.start - 20), match.start)
            and bool(_CARE_AFTER.match(found.text, match.end)))


# The next sentence opens by saying which ones it meant, then lists them: "... improve important outcomes for people
# with heart failure. Specifically, we looked at death, hospital stays and quality of life", "... important outcomes.
# These included pain and sleep" (round independent-37b). Not a result: "Specifically, it reduced deaths" lists nothing
_WHICH_ONES_NEXT = re.compile(
    r"\s*(?:(?:Specifically|In\s+particular|Namely|More\s+precisely)\s*,?\s+(?:(?:we|the\s+(?:review|studies|trials))\s+"
    r"(?:looked\s+at|measured|assessed|focused\s+on|studied|examined|compared|were\s+interested\s+in|considered)|"
    r"(?:these|they|those|the\s+outcomes)\s+(?:were|included|are|include))"
    # not a bare "These were": "These were small trials" says what the studies were
    r"|(?:These|They|Those)\s+(?:included|include)|These\s+outcomes\s+(?:were|are|included|include))\s*:?\s+", re.I)


def named_in_next_sentence(found, match) -> bool:
    """Does a general word such as "outcomes" end its sentence's clause, and the next sentence of the same paragraph
    open with "Specifically, we looked at" (or "These were") and a list of what it covers?"""
    if not _LISTING_WORDS.intersection(found.text[match.start:match.end].lower().split()):
        return False
    import bisect

    sentence_end = found.sentence_bounds(match.start)[1]
    following = bisect.bisect_left(found.sentence_starts, sentence_end)
    if following >= len(found.sentence_starts):
        return False
    begins, end = found.sentence_starts[following], found.sentence_ends[following]
    if "\n" in found.text[match.end:begins]:
        return False  # another paragraph or list item
    opening = _WHICH_ONES_NEXT.match(found.text, begins, end)
    if not opening:
        return False
    rest = re.sub(r"\([^()]*\)", "", found.text[opening.end():end])  # glosses of the items: "death (how many died)"
    items = [item for item in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", rest.rstrip(" .;!?")) if item.strip()]
    return len(items) >= 2 and all(len(item.split()) <= 8 for item in items)
