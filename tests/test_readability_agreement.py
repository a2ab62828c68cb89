"""laylint's Flesch-Kincaid grade and Flesch reading ease agree with textstat's on real Cochrane
plain-language summaries.

What is compared: textstat 0.7.13 counts the words (`list_words`: whitespace tokens with their
punctuation removed) and sentences (`count_sentences`: a regex split at . ! ?, dropping pieces of
two words or fewer) and applies its formulas; laylint counts both its own way (document model +
spaCy sentences + its word rule) and applies its own formulas. Syllables are made the same: textstat's
syllable counter needs NLTK's CMU dictionary, which it downloads at first use, so the test gives
textstat laylint's syllable total for the text. Syllable accuracy is tested on its own
(test_readability_syllables.py).

Summaries where the two counters differ by design are left out, by a rule fixed in advance, not by
their scores: textstat ends a sentence at every full stop (decimals "0.95", "e.g.", "H. pylori",
"vs."), joins words around dashes ("need—unnecessary"), and drops sentences of 1-2 words.

Reproduce: python -m pytest tests/test_readability_agreement.py -q -s -n 0
"""

import json
import re
from pathlib import Path

import pytest

import textstat  # a test dependency (pip install -e '.[test]'), never a runtime one
from textstat.backend.metrics import _flesch_kincaid_grade, _flesch_reading_ease, _syllables_per_word  # noqa: E402

from laylint import document  # noqa: E402
from laylint.analysis import Analysis  # noqa: E402
from laylint.readability import formulas  # noqa: E402
from laylint.readability.counts import document_counts  # noqa: E402
from laylint.readability.syllables import count_syllables  # noqa: E402
from laylint.text import counted_words  # noqa: E402

CORPUS = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"
TOLERANCE = 0.1
STOP_INSIDE_A_WORD = re.compile(r"[.!?](?=[^\s\"')\]\u201d\u2019])")  # 0.95, e.g., 2014.The
ABBREVIATION = re.compile(r"\b(?:[A-Za-z]|vs|approx|Dr|al|etc|Fig|fig|No|no|ca|cf|resp|incl|Prof|Ref)\.\s")
DASH_BETWEEN_WORDS = re.compile(r"\w[\u2013\u2014]\w")
# A bullet inside a line ("...recurrence): \u2022 92 out of 100"): laylint starts a list item there (issue 16);
# textstat reads on to the next full stop.
BULLET_INSIDE_A_LINE = re.compile(r"[^\n\s]\s*\u2022")
# Bullets flattened after a semicolon ("with placebo; - antivirals alone"): each item is a sentence to laylint
# (laylint.text.sentence_ends, round 32); textstat reads on to the next full stop.
BULLET_AFTER_A_SEMICOLON = re.compile(r";[\"')\]\u201d\u2019]*\s*[\u2010-\u2014-]\s")


@pytest.fixture(scope="module")
def textstat_with_laylint_syllables():
    patched = _syllables_per_word
    original = patched.count_syllables
    patched.count_syllables = lambda text, lang: sum(count_syllables(w) for w in counted_words(text))
    cached = (_syllables_per_word.syllables_per_word, _flesch_kincaid_grade.flesch_kincaid_grade,
              _flesch_reading_ease.flesch_reading_ease)
    for function in cached:
        function.cache_clear()
    yield textstat
    patched.count_syllables = original
    for function in cached:
        function.cache_clear()


def _summaries():
    return [json.loads(line)["summary"] for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def _comparable(text: str, counts) -> bool:
    if STOP_INSIDE_A_WORD.search(text) or ABBREVIATION.search(text) or DASH_BETWEEN_WORDS.search(text) \
            or BULLET_INSIDE_A_LINE.search(text) or BULLET_AFTER_A_SEMICOLON.search(text):
        return False
    return all(sentence.counts.words > 2 for sentence in counts.sentences)


def test_flesch_scores_agree_with_textstat(textstat_with_laylint_syllables):
    ts = textstat_with_laylint_syllables
    compared, disagreements, all_agree = 0, [], 0
    summaries = _summaries()
    for text in summaries:
        counts = document_counts(Analysis(document.parse("summary.txt", text)))
        ours = (formulas.flesch_kincaid_grade(counts.total), formulas.flesch_reading_ease(counts.total))
        theirs = (ts.flesch_kincaid_grade(text), ts.flesch_reading_ease(text))
        agree = all(abs(a - b) <= TOLERANCE for a, b in zip(ours, theirs))
        all_agree += agree
        if _comparable(text, counts):
            compared += 1
            if not agree:
                disagreements.append((text[:80], ours, theirs))
    print(f"\nagreement within {TOLERANCE}: {compared - len(disagreements)}/{compared} comparable summaries; "
          f"{all_agree}/{len(summaries)} of all summaries")
    assert compared >= 100
    assert not disagreements, disagreements[:5]


def test_the_patch_really_feeds_textstat_our_syllables(textstat_with_laylint_syllables):  # noqa: ARG001
    text = "Hypogammaglobulinemia was rare. Rituximab was given to many people."
    expected_per_word = sum(count_syllables(w) for w in counted_words(text)) / len(counted_words(text))
    assert _syllables_per_word.syllables_per_word(text, "en_US") == pytest.approx(expected_per_word)
