"""General study words that the sentence itself explains by saying what they covered (issue #16, round 31;
README-independent-29a false patterns 1-3):

  examples in brackets a few words on   "adverse effects of antibiotics (diarrhoea, vomiting or skin rash)"
  what the interventions did            "The interventions mostly provided information about STIs and taught ..."
  the verb of a phrasal term before it  "participants were followed up to discharge ... the follow-up of participants"

Each reads only the term's own sentence, or for the phrasal verb the 300 characters before the term."""

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
    return key == "intervention" and heads_its_clause(text, start) and bool(_CONTENT_AFTER.match(text, end, sentence_end))


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
    return bool(_phrasal(parts[0].lower(), parts[1].lower()).search(text, max(0, start - _PHRASAL_REACH), start))


@lru_cache(maxsize=64)
def _phrasal(verb: str, particle: str) -> re.Pattern:
    # the verb inflected, a pronoun or short object between ("follow them up"), then the particle as a word
    return re.compile(rf"\b{re.escape(verb)}(?:s|ed|ing)?\s+(?:(?:them|him|her|people|participants|patients)\s+)?"
                      rf"{re.escape(particle)}\b(?![\u2010\u2011-])", re.I)
