"""Is a term explained in the next sentence? (issue #16, round 32t)

  its next use opens the next       "... were randomised controlled trials. Randomised controlled trials (RCTs)
  sentence, explained there         are studies in which ...", "... raising haemoglobin levels. Haemoglobin is a
                                     substance in red blood cells that ..." (not a judgement: "Risk of bias is a
                                     concern")
  "In these studies, ..." next      "The studies we included were randomised trials. In these studies, people are
                                     randomly put into groups ...", "In randomised trials, the treatments people
                                     receive are decided at random" (a study design, then what happens in it)

  "This means ..." next             "Many babies had hypoglycaemia. This means their blood sugar was too low.", "...
                                     was low certainty. In other words, we are not sure ..." (round 36u): the term is
                                     the one unexplained term of a short sentence, its subject or near its end, so the
                                     next sentence says what it means (not what low certainty means for another
                                     term: "... for most outcomes was very low. This means that we are uncertain")
                                     (jargon.Scan._said_next reads "That is," and kin after a term near the end of
                                     its sentence, and "This means" only before "a", "the", "when"...)

The reader meets the explanation in the same passage, a sentence later. Further on it is too late, and so is the
next paragraph or list item ("Many had oedema." then a paragraph "Oedema, which means swelling, ..."): a term in a
heading or title is judged by jargon_term's heading tests instead."""

from __future__ import annotations

import bisect
import re

# What happens in such a study, said right after: "In these studies, people are put into groups by chance"
_IN_THESE = re.compile(r"\s*In\s+(?:(?:these|such|this|those|this\s+(?:type|kind)\s+of)\s+"
                       r"(?:studies|study|trials|trial|designs?)|(?P<use>[^,.;:!?]{3,60}?))\s*,?\s+"
                       r"(?:people|participants|patients|children|women|men|adults|babies|researchers|the\s+(?:people|"
                       r"participants|patients|treatments?|groups?|researchers)|each|everyone|a\s+computer)\b", re.I)
# The next sentence opens with the term (an article, a quote or a word or two of its name may come first): it is
# about the term, so what it says is its explanation. Mid-sentence, a bracket after the term is often about the
# phrase it ends ("catheter patency (length of time ...)", "cardiac surgery (nine studies)")
_OPENS = re.compile(r"\s*(?:(?:A|An|The|This|These|Such)\s+)?[\"'\u2018\u201c]?"
                    r"(?:[^\W\d_][\w'\u2019\u2010\u2011-]*\s+){0,2}")
# A judgement, not a definition, maybe after a word or two of the name: "Risk of bias is a concern", "Topical
# antihistamines are the most effective", "cardiovascular disease is a major cause of death"
JUDGED = re.compile(r"(?:\s+[^\W\d_][\w\u2010\u2011-]*){0,2}?(?:\s*\([^()]{1,20}\))?\s+(?:is|are|was|were)\s+(?:(?:a|an|the)\s+)?(?:\w+\s+)?"
                     r"(?:concern|limitation|worry|issue|challenge|reason|factor|most|best|least|main|same|only|likely|"
                     r"unlikely|better|worse|cause|causes)\b", re.I)  # "... are a major cause of death"
# Study designs, whose meaning is what happens in them (lexicon keys, lowercase)
_DESIGN_WORDS = ("trial", "study", "randomi", "cohort", "crossover", "cross-over", "case-control", "time series")


def _next_sentence(found, match) -> tuple[int, int] | None:
    """The bounds of the sentence after the term's own, or None when it is the last."""
    following = bisect.bisect_right(found.sentence_starts, found.sentence_bounds(match.start)[1] - 1)
    if following >= len(found.sentence_starts):
        return None
    return found.sentence_starts[following], found.sentence_ends[following]


def explained_next(found, match, later, explained) -> bool:
    """Does the term's next use open the next sentence and is it explained there (`explained(use)`), or does the next
    sentence of a study design open with what happens in such studies?"""
    sentence = _next_sentence(found, match)
    if sentence is None:
        return False
    begins, end = sentence
    if "\n" in found.text[match.end:begins]:
        return False  # the next paragraph, list item or line: no longer the same passage
    next_use = next((use for use in later if use.key == match.key), None)
    if next_use is not None and begins <= next_use.start < end and _OPENS.fullmatch(found.text, begins, next_use.start) \
            and not JUDGED.match(found.text, next_use.end, end) and explained(next_use):
        return True  # its next use, the next sentence's subject: a use in between was read unexplained
    if not any(word in match.key for word in _DESIGN_WORDS):
        return False
    opening = _IN_THESE.match(found.text, begins, end)
    if not opening or opening.start("use") < 0:
        return bool(opening)
    # or the term itself: "In randomised controlled trials, the treatments people receive are decided at random"
    return any(use.key == match.key and use.start == opening.start("use") and use.end == opening.end("use")
               for use in later)


# The next sentence says what the one before means: "This means ...", "That is, ...", "In other words, ..."
_MEANS = re.compile(r"\s*(?:(?:This|That|It|Which)\s+(?:means|meant|refers\s+to)\b|That\s+is\s*,|In\s+other\s+words\b"
                    r"|Put\s+simply\b|In\s+plain\s+(?:words|language|terms)\b|Simply\s+put\b)", re.I)
WORDS = re.compile(r"[^\W\d_]+")
_SHORT_SENTENCE = 12  # words: "Many babies had hypoglycaemia.", "The certainty of the evidence was low."
_ABOUT_CERTAINTY = re.compile(r"\b(?:uncertain|certain|sure|confident|confidence)\b", re.I)
_CERTAINTY_TERMS = ("certainty", "quality", "evidence", "confidence", "bias", "imprecis", "inconsisten")
_OPENING_WORDS = 2  # words before the term: its sentence's subject ("The certainty of the evidence was low.")
_CLOSING_WORDS = 4  # words after it: near the end of its sentence ("Many babies had hypoglycaemia.")
# ... not what to do next: "This means that more research is needed"
_NEXT_STEP = re.compile(r"\b(?:more|further|better|larger|new)\s+(?:research|studies|trials|evidence)\b|\bneeded\b",
                        re.I)


def explained_by_what_it_means(found, match, unexplained) -> bool:
    """Does the next sentence, in the same paragraph, open with "This means" (and kin), and is the term the one
    term of its sentence not explained there (`unexplained(use)`)? "X reduced mortality in people with sepsis. This
    means fewer people died" explains neither: two terms share it."""
    sentence = _next_sentence(found, match)
    if sentence is None:
        return False
    begins, end = sentence
    if "\n" in found.text[match.end:begins] or not _MEANS.match(found.text, begins, end) \
            or _NEXT_STEP.search(found.text, begins, end):
        return False
    start, stop = found.sentence_bounds(match.start)
    if len(WORDS.findall(found.text, start, stop)) > _SHORT_SENTENCE:
        return False  # after a long sentence it is about the whole of it: "... high loss of participants to
        # follow-up. This meant that the effectiveness ... could not be assessed"
    if _ABOUT_CERTAINTY.search(found.text, begins, end) and not any(w in match.key for w in _CERTAINTY_TERMS):
        return False  # "The quality of evidence for most outcomes was very low. This means that we are very
        # uncertain": it says what the low quality means, not the outcomes
    if len(WORDS.findall(found.text, start, match.start)) > _OPENING_WORDS \
            and len(WORDS.findall(found.text, match.end, stop)) > _CLOSING_WORDS:
        return False  # mid-sentence, the next sentence is about the whole of it: "... measured health outcomes in
        # different ways, which made it hard to combine their results. This means we cannot be certain"
    return not any(start <= use.start < stop and use.key != match.key and unexplained(use) for use in found.terms)


def explained_later_in_sentence(found, match, later, explained) -> bool:
    """Is the term's next use in its own sentence, and explained there (`explained(use)`)? "(cramps not caused by
    another pelvic disease; pelvic means the area below the belly)" (round independent-37b): the reader has the
    explanation before the sentence ends."""
    sentence_end = found.sentence_bounds(match.start)[1]
    next_use = next((use for use in later if use.key == match.key), None)
    return (next_use is not None and next_use.start < sentence_end
            and bool(_DEFINED_AFTER.match(found.text, next_use.end, sentence_end)) and explained(next_use))


# A definition after the later use, not a bracket: "higher-dose regimens (eight trials, 1615 women)" or "no
# corticosteroids (placebo or usual care ...)" say nothing about what the word means
_DEFINED_AFTER = re.compile(r"\s*(?:,\s*)?(?:which\s+|that\s+)?(?:means|meant|refers\s+to|is\s+(?:a|an|the|when|where|how)|"
                            r"are\s+(?:a|an|the)|describes)\b", re.I)
