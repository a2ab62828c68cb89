"""Speed round G (issue #19): each shortcut against the plain computation it replaced, on a table of
words and summaries written for these tests and on every word of the Devaraj corpus."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from laylint import config as configuration
from laylint.api import _ruleset
from laylint.checks import jargon_density
from laylint.jargon import frequency
from laylint.pipeline import Setup, lint
from laylint.pipeline.reading import Input
from laylint.readability import counts, syllables
from laylint.ruleset import resolve_rules
from laylint.text import trim
from laylint.text.words import chunks, words

CORPUS = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"

# Words across fields, chosen for the rewrites and edges each shortcut skips: "therefore", "likely",
# "myocardial", "(rituximab),", "HbA1c", "naïve", "patients’", "anti-CD20", "11%", "—".
WORDS = ["therefore", "whereas", "there", "where", "thereby", "likely", "baseline", "sometimes", "useful",
         "homeless", "timeliness", "myocardial", "dying", "layer", "beyond", "yes", "eye", "yearly", "everyone",
         "(rituximab),", "rituximab", "HbA1c", "naïve", "patients’", "patients'", "anti-CD20", "11%", "—", "e.g.",
         "isn't", "aren't", "Crohn's", "COVID-19", "haemodialysis", "varenicline", "bronchopulmonary", "cognitive-",
         "behavioural", "sacubitril/valsartan", "\"quit\"", "(NRT)", "ménière", "ß-blockers", "x", "(", "_tmp_",
         "psychotherapy", "paediatric", "oncology", "chemotherapy", "cardiomyopathy", "nephrotoxicity", "smoking"]


def _corpus() -> list[str]:
    return [json.loads(line)["summary"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def _corpus_chunks() -> list[str]:
    return sorted({chunk for summary in _corpus() for chunk in chunks(summary)})


# -- readability: syllable rewrites run only on words that hold what they need -----------------

def _plain_by_rules(word: str) -> int:
    """syllables._by_rules as it was: every rewrite tried on every word."""
    word = syllables._THERE_WHERE.sub(r"\1", word)
    word = syllables._SILENT_E.sub("", word)
    word = syllables._CONSONANT_Y.sub("_", word)
    word = syllables._Y_BEFORE_VOWEL.sub("y.", word)
    count = len(syllables._VOWEL_GROUP.findall(word))
    bare = word.replace("'", "") if "n't" not in word else word
    for pattern, change, _ in syllables._ADJUSTMENTS:
        count += change * len(pattern.findall(bare))
    return count


def _bare(chunk: str) -> str:
    return syllables._NOT_LETTER.sub("", chunk.lower()).strip("'")


def test_syllable_rules_give_the_plain_count_on_the_table_and_the_corpus():
    table = [_bare(w) for w in WORDS] + [_bare(c) for c in _corpus_chunks()]
    table = [w for w in dict.fromkeys(table) if w]
    assert len(table) > 8000
    assert [w for w in table if syllables._by_rules.__wrapped__(w) != _plain_by_rules(w)] == []
    assert syllables._by_rules.__wrapped__("therefore") == 2 and syllables._by_rules.__wrapped__("likely") == 2


def test_silent_e_endings_are_the_endings_its_pattern_names():
    named = re.search(r"\(\?:([a-z|]+)\)\$", syllables._SILENT_E.pattern).group(1).split("|")
    assert sorted("e" + ending for ending in named) == sorted(syllables._SILENT_E_ENDINGS)


# -- readability: a chunk's facts without trimming or counting what cannot change ------------------

def _plain_chunk_facts(word: str):
    """counts._chunk_facts as it was: trim, and both character patterns, on every chunk."""
    if word.isascii():
        bare = trim(word)
        if bare != word:
            return _plain_chunk_facts(bare)
    count, familiar = counts._facts(word)
    return (count, 0 if familiar else 1, len(counts._NON_LETTERS.sub("", word)),
            len(counts._NON_ALNUM.sub("", word)), trim(word) if count >= counts.LONG_WORD_SYLLABLES else None)


def test_chunk_facts_are_the_plain_facts_on_the_table_and_the_corpus():
    table = list(dict.fromkeys(WORDS + _corpus_chunks()))
    assert len(table) > 15000
    assert [w for w in table if counts._chunk_facts.__wrapped__(w) != _plain_chunk_facts(w)] == []


def _corpus_parts() -> list[str]:
    found = {w.lower() for summary in _corpus() for _, _, w in words(summary)}
    return sorted({p for w in found for p in re.split(r"[-\u2010\u2011]", w) if len(p) >= 3 and p.isalpha()})


# -- jargon/density: no explanation looked for when the share cannot be exceeded ------------------

SUMMARIES = [
    # cardiology: dense with terms, reported at the default share
    "Sacubitril-valsartan versus enalapril in HFrEF: natriuretic peptides, echocardiographic remodelling and "
    "ventricular arrhythmias were assessed; hyperkalaemia and angioedema were adverse events. " * 3,
    # smoking cessation: plain, under any share
    "We looked at whether text messages help people stop smoking. People who got the messages were more likely to "
    "stop for six months than people who did not. The studies were well done, so we are fairly sure of this. " * 3,
    # oncology: a few rare words, each explained once
    "Pembrolizumab (a medicine that helps the immune system fight cancer) was compared with chemotherapy in people "
    "with lung cancer. Neutropenia, a drop in white blood cells, was less common. People lived longer. " * 3,
    # mental health and paediatrics: between the two
    "Children with anxiety had cognitive behavioural therapy or psychoeducation; anhedonia and somatisation "
    "improved a little. Parents reported fewer tantrums, and teachers saw no difference at school. " * 3,
    # renal: short, under the minimum word count
    "Haemodiafiltration or haemodialysis: nephrologists disagree.",
]


def _analysis(text: str):
    ruleset = _ruleset(())
    setup = Setup(resolve_rules(configuration.Config(), ruleset, ["all"], None), ruleset, None)
    data = text.encode()
    return lint(Input("s.md", data, len(data), None, None), setup, run_checks=False).analysis


class _Rule:
    def __init__(self, **options):
        self.options = jargon_density.Options(**options)


def _plain(analysis, options) -> tuple[int, int] | None:
    """The check as it was: every first use asked whether it is explained, then the share compared."""
    hard, total = jargon_density.jargon_share(analysis, float(options.max_zipf), options.min_letters)
    share = hard / total if total else 0.0
    if total < options.min_words or share <= options.max_share or hard < options.min_count:
        return None
    return hard, total


@pytest.mark.parametrize("text", SUMMARIES)
@pytest.mark.parametrize("options", [{}, {"max_share": 0.001}, {"max_share": 0.05}, {"max_share": 0.2},
                                     {"min_words": 0}, {"min_words": 0, "max_share": 0.001}, {"max_zipf": 4.0}])
def test_density_reports_what_the_plain_count_reports(text, options):
    rule = _Rule(**options)
    expected = _plain(_analysis(text), rule.options)
    analysis = _analysis(text)
    analysis.diagnostic = lambda rule, start, end, **fields: (fields["count"], fields["words"])
    assert list(jargon_density.check(rule, analysis)) == ([expected] if expected else [])


def test_the_table_has_summaries_reported_and_not_and_the_bound_skips_some():
    outcomes = [_plain(_analysis(text), jargon_density.Options()) for text in SUMMARIES]
    assert outcomes[0] is not None and outcomes[1] is None and outcomes[4] is None
    first = jargon_density.first_uses(_analysis(SUMMARIES[1]), 2.75, 3)
    assert len(first) / len(_analysis(SUMMARIES[1]).words) <= 0.02  # decided without looking for explanations


# -- jargon: a summary's rare words found by set operations on words judged before -------------------

def _plain_rare(found: set[str], min_letters: int, max_zipf: float) -> set[str]:
    """As _candidates judged them before: a cached word_zipf call per distinct word."""
    return {w for w in found if (s := frequency.word_zipf(w, min_letters, max_zipf)) is not None and s < max_zipf}


@pytest.mark.parametrize("setting", [(3, 2.75), (3, 3.5), (2, 4.5), (4, 2.0)])
def test_rare_among_is_the_plain_judgement_for_each_summary_in_turn(setting):
    min_letters, max_zipf = setting
    texts = _corpus()[:300] + [" ".join(WORDS)]
    rare_seen = 0
    for text in texts + texts[:20]:  # the second time round every word is already judged
        found = {w for _, _, w in words(text)}
        got = frequency.rare_among(found, min_letters, max_zipf)
        assert got == _plain_rare(found, min_letters, max_zipf)
        rare_seen += len(got)
    assert rare_seen > 100


def test_rare_among_starts_again_after_a_flood_of_words_and_still_answers_alike(monkeypatch):
    monkeypatch.setattr(frequency, "_JUDGED_MAX", 50)
    monkeypatch.setattr(frequency, "_JUDGED", {})
    for text in _corpus()[:40]:
        found = {w for _, _, w in words(text)}
        assert frequency.rare_among(found, 3, 2.75) == _plain_rare(found, 3, 2.75)
        common, rare = frequency._JUDGED[(3, 2.75)]
        assert len(common) + len(rare) <= max(50, len(found))


# -- jargon: a rare word that shares nothing with the summary's jargon terms is no form of one -----------

TERM_WORDS = [{"jaundice", "phototherapy", "bilirubin"}, {"videolaryngoscope", "intubation"},
              {"ovulation", "polyps", "bronchi", "cardiomyopathy"}, {"haemodialysis", "nephropathy"}, set()]
RARE = ["jaundiced", "phototherapies", "videolaryngoscopes", "ovulating", "polyposis", "bronchiectasis",
        "cardiovascular", "haemodialysed", "nephropathies", "anhedonia", "Jaundice", "bilirubin-related",
        "somatisation", "ménière", "non-ovulating", "x-ray"]


def test_covered_with_its_reach_is_covered_without_on_the_table_and_the_corpus():
    from laylint.jargon import _covered, _reach

    table = RARE + [w for w in _corpus_parts()[::7]]
    covered = 0
    for known in TERM_WORDS + [{"treatment", "participants", "randomised", "smoking"}]:
        reach = _reach(known)
        for word in table:
            plain = _covered(word, known)
            assert _covered(word, known, reach) == plain, (word, known)
            covered += plain
    assert covered >= 8  # the table has forms of the terms, not only strangers
