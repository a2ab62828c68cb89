"""jargon-term's shortcuts (issue #19) give what the plain computations they replace give: the stricter
test before a term's restatement pattern is compiled, the cached longer-name and plain-form patterns and
the substring tests before them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from laylint import config as configuration
from laylint.api import _ruleset
from laylint.checks import jargon_term
from laylint.jargon import scan
from laylint.pipeline import Setup, lint
from laylint.pipeline.reading import Input
from laylint.ruleset import resolve_rules
from laylint.text.forms import may_hold_every_word, may_hold_phrase, phrases_regex

CORPUS = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"

# Written for these tests, across fields: longer names explained before a shorter use, plain forms just before
TEXTS = [
    "Primary healthcare (PHC) is the first level of care. We looked at primary care for people with asthma.",
    "Health-related quality of life (how well people feel day to day) improved. Quality of life in cancer also rose.",
    "Standard doses of aspirin were compared with low dosing in people with heart disease. Dosing varied.",
    "Children with otitis media with effusion had grommets. The certainty of the evidence was low.",
    "In kidney disease, haemodialysis (cleaning the blood by machine) and dialysis sessions were compared.",
    "People who smoke got varenicline. We have little confidence in the evidence because the studies were small.",
    "Cognitive behavioural therapy helped adolescents with depression; cognitive therapy alone helped fewer.",
    "Babies born preterm (before 37 weeks) got surfactant; preterm births were common in the \u212aelvin group.",
    "Adverse events (unwanted effects) were rare. The adverse events of chemotherapy were nausea and tiredness.",
    "Pre\u2011eclampsia (high blood pressure in pregnancy) was studied; the results were imprecise. Pre-eclampsia rates fell.",
]


def _setup():
    ruleset = _ruleset(())
    return Setup(resolve_rules(configuration.Config(), ruleset, ["all"], None), ruleset, None)


def _found(text: str, setup):
    data = text.encode()
    analysis = lint(Input("s.md", data, len(data), None, None), setup, run_checks=False).analysis
    return scan(analysis)


def _corpus(count: int) -> list[str]:
    with CORPUS.open(encoding="utf-8") as lines:
        return [f"# Summary\n\n{json.loads(line)['summary']}\n" for line, _ in zip(lines, range(count))]


# -- the plain computations, as they were ------------------------------------------------------

def _plain_longer_name_explained_before(found, match) -> bool:
    words = match.key.split()
    if len(words) < 2:
        return False
    between = r"[\s\u2010\u2011-]+(?:[^\W\d_][\w\u2010\u2011-]*[\s\u2010\u2011-]+){0,2}?"
    pattern = re.compile(r"\b" + between.join(re.escape(w) for w in words[:-1]) + between
                         + r"[^\W\d_]*" + re.escape(words[-1]) + r"\b", re.I)
    for longer in pattern.finditer(found.text, 0, match.start):
        if jargon_term._letters(longer.group()) != jargon_term._letters(match.key) \
                and found.explained(longer.start(), longer.end()):
            return True
    return False


def _plain_plain_form_just_before(found, match) -> bool:
    words = match.key.split()
    if len(words) == 2:
        return False
    start = max(0, match.start - jargon_term._JUST_BEFORE)
    used = [(m.start, m.end) for m in found.terms if m.key == match.key and start <= m.start < match.start]
    if len(words) >= 3:
        if words[1].lower() in jargon_term._FUNCTION_WORDS:
            return False
        plain = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in words[1:]) + r"\b", re.I)
        candidates = plain.finditer(found.text, start, match.start)
    else:
        own = jargon_term._INFLECTION.sub("", found.text[match.start:match.end].lower())
        candidates = (w for w in jargon_term._WORD.finditer(found.text, start, match.start)
                      if jargon_term._INFLECTION.sub("", w.group().lower()) == own)
    return any(not any(a <= c.start() < b for a, b in used) for c in candidates)


@pytest.fixture(scope="module")
def documents():
    setup = _setup()
    return [_found(text, setup) for text in TEXTS + _corpus(250)]


def test_longer_name_and_plain_form_equal_the_plain_computations(documents):
    compared = explained = 0
    for found in documents:
        for match in found.terms:
            longer = jargon_term._longer_name_explained_before(found, match)
            assert longer == _plain_longer_name_explained_before(found, match), (found.text[:60], match)
            plain = jargon_term._plain_form_just_before(found, match)
            assert plain == _plain_plain_form_just_before(found, match), (found.text[:60], match)
            compared += 1
            explained += longer + plain
    assert compared > 1500 and explained > 20  # the table and corpus reach both answers


def test_longer_name_is_found_in_the_table():
    found = _found(TEXTS[0], _setup())
    care = next(m for m in found.terms if found.text[m.start:m.end] == "primary care")
    assert jargon_term._longer_name_explained_before(found, care)


def test_the_stricter_phrase_test_never_rules_out_a_match(documents):
    """may_hold_every_word is False only where the restatement pattern finds nothing; it rules out more
    windows than the first-word test it replaced."""
    ruled_out = first_word_only = 0
    for found in documents:
        for match in found.terms:
            phrases = tuple(p for p in found.lexicon.terms[match.key].plain if len(p.split()) >= 3)
            if not phrases:
                continue
            start, end = found.sentence_bounds(match.start)
            window = found.text[max(0, start - 200):end + 200]
            if not may_hold_every_word(window, phrases):
                assert phrases_regex(phrases).search(window) is None, (window, phrases)
                ruled_out += 1
                first_word_only += may_hold_phrase(window, phrases)
    assert ruled_out > 500 and first_word_only > 100


@pytest.mark.parametrize("text, phrases", [
    ("We have little confidence in the evidence.", ("little confidence in the evidence",)),
    ("The doctor\u2019s advice on smoking helped.", ("doctor's advice on smoking",)),
    ("The randomised trials of ANAEMIA TREATMENTS were small.", ("randomized trial of anemia treatment",)),
    ("Quality-of-life scores rose in children.", ("quality of life score",)),
    ("UTIs in babies were treated.", ("UTI in babies",)),
])
def test_the_stricter_phrase_test_keeps_each_form(text, phrases):
    assert phrases_regex(phrases).search(text)
    assert may_hold_every_word(text, phrases)


def test_the_stricter_phrase_test_rules_out_a_missing_later_word():
    phrases = ("little confidence in the evidence",)
    assert may_hold_phrase("We have little time.", phrases)
    assert not may_hold_every_word("We have little time.", phrases)
    assert may_hold_every_word("We have little time.\u212a", phrases)  # unsure: a Kelvin sign matches k


def test_only_four_other_characters_match_an_ascii_letter_ignoring_case():
    """Why an ASCII text (or one without these four) may be searched with str.lower for a case-ignoring
    pattern of ASCII words."""
    others = "".join(chr(code) for code in range(128, 0x110000) if not 0xD800 <= code <= 0xDFFF)
    odd = set(re.findall("[a-z]", others, re.I))
    assert odd == set(jargon_term._FOLDS_TO_ASCII)
