"""Does the text around a term say it in plain words? Its sentence, or the sentence before or after it, in one of the
term's plain alternatives of three words or more or one of its lexicon `said` wordings ("the trials were small" for
imprecision, round 35t), or "how" and a form of its word before it ("how accurate the test
is ... the diagnostic accuracy"). Moved from checks/jargon_term.py (round 32t)."""

from __future__ import annotations

import bisect
import re

_RESTATEMENT_WORDS = 3  # a plain alternative this long is a restatement, not a word that happens to recur


def restated(found, match, plain: list[str], said: list[str] = ()) -> bool:
    """Does its sentence, or the sentence before or after it, say it in one of its plain alternatives? "The
    certainty of evidence was very low. We have little confidence in the evidence because ...", "We have little
    confidence in the evidence because the studies were small. The certainty of evidence was low."."""
    from laylint.text.forms import may_hold_every_word, phrases_regex

    sentence = bisect.bisect_right(found.sentence_starts, match.start) - 1
    start = found.sentence_starts[sentence - 1] if sentence > 0 else 0
    if _how_before(found, match, _before_heading_question(found, sentence, start)):
        return True
    if _short_plain_just_before(found, match, plain):
        return True
    # the lexicon's `said` wordings, whatever their length: "due to imprecision ... because the studies were small"
    phrases = tuple(p for p in plain if len(p.split()) >= _RESTATEMENT_WORDS) + tuple(said)
    if not phrases:
        return False
    sentence_end = found.sentence_bounds(match.start)[1]
    following = bisect.bisect_right(found.sentence_starts, sentence_end - 1)
    end = found.sentence_ends[following] if following < len(found.sentence_starts) else sentence_end
    if not may_hold_every_word(found.text[start:end], phrases):
        return False  # no phrase with all its words there: the pattern need not be compiled (~1 ms each)
    pattern = phrases_regex(phrases)  # compiled once per term's list, not once per use
    return any(not (m.start() < match.end and match.start < m.end())  # not the term's own words
               for m in pattern.finditer(found.text, start, end))


_SHORT_PLAIN = 2  # words: "after surgery" for "postoperative"; one word recurs by chance ("belly", "death")


def _short_plain_just_before(found, match, plain: list[str]) -> bool:
    """Has its own sentence just said it in a plain alternative of two words, before it? "face-down positioning after
    surgery may lead to fewer complications, with less postoperative retinal displacement" (round 32t)."""
    from laylint.text.forms import may_hold_every_word, phrases_regex

    phrases = tuple(p for p in plain if len(p.split()) == _SHORT_PLAIN)
    sentence_start = found.sentence_bounds(match.start)[0]
    if not phrases or not may_hold_every_word(found.text[sentence_start:match.start], phrases):
        return False
    return bool(phrases_regex(phrases).search(found.text, sentence_start, match.start))


_HEADING_QUESTION = 6  # words: "What did we do?" run into the text is a heading, not the sentence before


def _before_heading_question(found, sentence: int, start: int) -> int:
    """The start of the sentence before, or of the one before that when the sentence before is a short question
    (an inline template heading): "how accurate the test is ... What did we do? We looked at the diagnostic accuracy"."""
    if sentence < 2:
        return start
    before = found.text[found.sentence_starts[sentence - 1]:found.sentence_ends[sentence - 1]].strip()
    return found.sentence_starts[sentence - 2] if before.endswith("?") and len(before.split()) <= _HEADING_QUESTION \
        else start


_HOW = re.compile(r"\bhow\s+([^\W\d_]{5,})", re.I)


def _how_before(found, match, start: int) -> bool:
    """Does "how" and a form of the term's word come before it, in its sentence or the one before? "how accurate
    the test is ... the diagnostic accuracy of the test" (README-independent-11); not "how often" or "how common",
    which share no word with the term."""
    from laylint.jargon import same_word

    term_words = [w for w in found.text[match.start:match.end].split() if len(w) >= 5]
    if not term_words or "how" not in found.text[start:match.start].lower():
        return False  # no word to share, or no "how" (only H, O and W match h, o and w ignoring case): no search
    return any(same_word(how.group(1), word) for how in _HOW.finditer(found.text, start, match.start)
               for word in term_words)
