"""Is a term explained by the end of the next sentence? (issue #16, round 32t)

  its next use, explained there     "... were randomised controlled trials. Randomised controlled trials (RCTs)
                                     are studies in which ...", "... raising haemoglobin levels. Haemoglobin is a
                                     substance in red blood cells that ..."
  "In these studies, ..." next      "The studies we included were randomised trials. In these studies, people are
                                     randomly put into groups ...", "In randomised trials, the treatments people
                                     receive are decided at random" (a study design, then what happens in it)

The reader meets the explanation in the same passage, a sentence later. Further on it is too late, and so is the
next paragraph or list item ("Many had oedema." then a paragraph "Oedema, which means swelling, ..."): a term in a
heading or title is judged by jargon_term's heading tests instead."""

from __future__ import annotations

import bisect
import re

# What happens in such a study, said right after: "In these studies, people are put into groups by chance"
_IN_THESE = re.compile(r"\s*In\s+(?:(?:these|such|this|those|this\s+(?:type|kind)\s+of)\s+"
                       r"(?:studies|study|trials|trial|designs?)|(?P<use>[^,.;:!?]{3,60}?))\s*,?\s+"
                       r"(?:people|participants|patients|children|women|men|adults|babies|researchers|the\s+\w+|each|"
                       r"everyone|a\s+computer)\b", re.I)
# Study designs, whose meaning is what happens in them (lexicon keys, lowercase)
_DESIGN_WORDS = ("trial", "study", "randomi", "cohort", "crossover", "cross-over", "case-control", "time series")


def _next_sentence(found, match) -> tuple[int, int] | None:
    """The bounds of the sentence after the term's own, or None when it is the last."""
    following = bisect.bisect_right(found.sentence_starts, found.sentence_bounds(match.start)[1] - 1)
    if following >= len(found.sentence_starts):
        return None
    return found.sentence_starts[following], found.sentence_ends[following]


def explained_next(found, match, later, explained) -> bool:
    """Is the term's next use, if it comes by the end of the next sentence, explained there (`explained(use)`), or does
    the next sentence of a study design open with what happens in such studies?"""
    sentence = _next_sentence(found, match)
    if sentence is None:
        return False
    begins, end = sentence
    if "\n" in found.text[match.end:begins]:
        return False  # the next paragraph, list item or line: no longer the same passage
    next_use = next((use for use in later if use.key == match.key), None)
    if next_use is not None and next_use.start < end and "\n" not in found.text[match.end:next_use.start] \
            and explained(next_use):
        return True  # its next use: a use left unexplained in between has been read without the explanation
    if not any(word in match.key for word in _DESIGN_WORDS):
        return False
    opening = _IN_THESE.match(found.text, begins, end)
    if not opening or opening.start("use") < 0:
        return bool(opening)
    # or the term itself: "In randomised controlled trials, the treatments people receive are decided at random"
    return any(use.key == match.key and use.start == opening.start("use") and use.end == opening.end("use")
               for use in later)
