"""Readability speed work must not change results (issue #19): each shortcut against the plain computation."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from laylint.readability import syllables
from laylint.readability.counts import familiar_words
from laylint.text import counted_words, trim

CORPUS = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"


@lru_cache(maxsize=1)
def corpus_chunks() -> list[str]:
    """Every distinct counted word of the Devaraj summaries, as written (punctuation around it kept)."""
    with CORPUS.open(encoding="utf-8") as lines:
        return list(dict.fromkeys(chunk for line in lines for chunk in counted_words(json.loads(line)["summary"])))


def _rule_words() -> list[str]:
    """Bare lowercase words as _by_rules sees them: the corpus, the familiar list, the exceptions, a table."""
    table = ["therefore", "myocardial", "dying", "aren't", "isn't", "everyone", "technique", "fatigue", "deity",
             "diarrhoea", "European", "rhythm", "autism", "museum", "nucleus", "earliest", "reinfection",
             "preoperative", "coordinated", "handled", "controlled", "centre", "quiet", "client", "science", "people"]
    words = [trim(w).lower() for w in corpus_chunks()] + sorted(familiar_words()) + sorted(syllables.EXCEPTIONS) + table
    return list(dict.fromkeys(w for w in words if w and all("a" <= c <= "z" or c == "'" for c in w)))


def _by_every_rule(word: str) -> int:
    """_by_rules as it was before it skipped patterns by `needs`: every regex run on every word."""
    word = syllables._THERE_WHERE.sub(r"\1", word)
    word = syllables._SILENT_E.sub("", word)
    word = syllables._CONSONANT_Y.sub("_", word)
    word = syllables._Y_BEFORE_VOWEL.sub("y.", word)
    count = len(syllables._VOWEL_GROUP.findall(word))
    bare = word.replace("'", "") if "n't" not in word else word
    return count + sum(change * len(pattern.findall(bare)) for pattern, change, _ in syllables._ADJUSTMENTS)


def test_skipped_syllable_rules_are_rules_that_cannot_match():
    words = _rule_words()
    assert len(words) > 5000
    assert [syllables._by_rules(w) for w in words] == [_by_every_rule(w) for w in words]


def test_each_rule_match_holds_what_the_rule_needs():
    matched = 0
    for word in _rule_words():
        for pattern, _, needs in syllables._ADJUSTMENTS:
            for match in pattern.finditer(word):
                assert needs in match.group(), (pattern.pattern, word)
                matched += 1
    assert matched > 3000


CHUNKS = ["(rituximab),", "patients’", "Patients'", "“placebo-controlled”", "-based", "11%", "(HbA1c)", "Lipitor™", "stopⓐ",
          "naïve,", "[COVID\u201119]", "e-cigarettes;", "haemodialysis.", "'s", "don't,", "10-20-30", "x/,"]


@pytest.mark.parametrize("source", ["table", "corpus"])
def test_word_facts_keyed_on_the_bare_word_are_those_of_the_word_as_written(source):
    from laylint.readability.counts import _NON_ALNUM, _NON_LETTERS, LONG_WORD_SYLLABLES, _chunk_facts, is_familiar

    chunks = CHUNKS if source == "table" else corpus_chunks()
    trimmed = 0
    for chunk in chunks:
        count = syllables.count_syllables(chunk)
        plain = (count, 0 if is_familiar(chunk) else 1, len(_NON_LETTERS.sub("", chunk)), len(_NON_ALNUM.sub("", chunk)),
                 trim(chunk) if count >= LONG_WORD_SYLLABLES else None)
        assert _chunk_facts(chunk) == plain, chunk
        trimmed += trim(chunk) != chunk
    assert trimmed >= 10


SUMMARIES = [  # hard sentences across fields: rare words, jargon terms, acronyms, drug names, repeats
    "# Sacubitril-valsartan for heart failure\n\nAdults with HFrEF who took sacubitril-valsartan had fewer "
    "hospitalisations, less hypotension and fewer arrhythmias than those given enalapril in randomised trials.\n\n"
    "Hypotension and arrhythmias were reported in several echocardiographic substudies with heterogeneous methods.",
    "# Immunotherapy in lung cancer\n\nPembrolizumab plus chemotherapy probably prolongs survival in non-small-cell "
    "lung carcinoma with PD-L1 expression, although pneumonitis and hypothyroidism (an underactive thyroid) occurred.",
    "# Antibiotics for bronchiectasis in children\n\nMacrolide antibiotics reduced pulmonary exacerbations in "
    "paediatric bronchiectasis; ototoxicity, hepatotoxicity and antimicrobial resistance were seldom measured.",
    "# Varenicline for smoking cessation\n\nVarenicline increased abstinence compared with nicotine-replacement "
    "therapy and bupropion; neuropsychiatric adverse events, nausea and insomnia were comparable between groups.",
    "# Haemodialysis and itching\n\nGabapentin and pregabalin may reduce uraemic pruritus in haemodialysis, but "
    "somnolence, dizziness and polysomnography findings were inconsistently documented across nephrology units.",
    "# Talking therapy for depression\n\nCognitive-behavioural therapy and psychodynamic psychotherapy may reduce "
    "depressive symptomatology; anhedonia, hypersomnia and suicidality were seldom systematically ascertained.",
]


def _plain_rare_words(analysis, sentence, rare_zipf, met):
    """readability.hard._new_rare_words as it was before its shortcuts: every word, every test in turn."""
    import bisect

    from laylint.jargon import scan
    from laylint.jargon.acronyms import is_acronym
    from laylint.jargon.frequency import word_zipf
    from laylint.readability.hard import _long_unfamiliar
    from laylint.text import hyphen_parts, singulars

    found = scan(analysis)
    term_starts = [m.start for m in found.terms]
    result = []
    for start, end, word in analysis.sentence_words(sentence):
        if not _long_unfamiliar(word):
            continue
        index = bisect.bisect_right(term_starts, start) - 1
        term = found.terms[index] if index >= 0 and found.terms[index].end > start else None
        forms = {("term", term.key)} if term else set(singulars(word))
        if forms & met:
            continue
        met |= forms
        if word.lower() in found.lexicon.allowed or found.lexicon.is_everyday(word) or found.is_exempt(start, end):
            continue
        if any(is_acronym(part) for part in hyphen_parts(word) if part):
            continue
        if term:
            if not found.explained(term.start, term.end, by_class=found.lexicon.terms[term.key].names_a_medicine):
                result.append(analysis.text[term.start:term.end])
            continue
        score = word_zipf(word, 3, rare_zipf)
        if score is not None and score < rare_zipf and not found.explained(start, end, by_class=True):
            result.append(word)
    return result


@pytest.mark.parametrize("source", ["table", "corpus"])
def test_rare_long_words_are_those_of_the_plain_walk(source):
    from laylint.api import _ruleset
    from laylint.pipeline import Setup, lint
    from laylint.pipeline.reading import Input
    from laylint.readability.counts import document_counts
    from laylint.readability.hard import _judge
    from laylint.readability.formulas import flesch_kincaid_grade
    from laylint.ruleset import resolve_rules
    from laylint import config

    ruleset = _ruleset(())
    rules = resolve_rules(config.Config(), ruleset, ["readability/hard-sentence"], None)
    options = rules[0].options
    if source == "table":
        texts = SUMMARIES
    else:
        with CORPUS.open(encoding="utf-8") as lines:
            texts = [json.loads(line)["summary"] for index, line in enumerate(lines) if index % 12 == 0]
    rare_seen = 0
    for number, text in enumerate(texts):
        data = text.encode()
        analysis = lint(Input(f"{number}.md", data, len(data), None, None), Setup(rules, ruleset),
                        keep_analysis=True).analysis
        met: set = set()
        plain = {id(item.sentence): _plain_rare_words(analysis, item.sentence, options.rare_zipf, met)
                 for item in document_counts(analysis).sentences}
        for verdict in _judge(analysis, flesch_kincaid_grade, options):
            assert list(verdict.rare) == plain[id(verdict.item.sentence)]
            rare_seen += len(verdict.rare)
    assert rare_seen >= (5 if source == "table" else 30)


# An easy or short sentence first (never reported: its rare words are not judged), then a hard one using the
# same rare word: the word was met in the first, so the hard sentence must not count it again.
MET_EARLY = [
    ("Echocardiography helps.\n\nEchocardiography, ventriculography and angiocardiography were inconsistently "
     "undertaken in haemodynamically compromised participants across cardiothoracic departments internationally.",
     "echocardiography"),
    ("# Brachytherapy\n\nBrachytherapy, radiosensitisation and hyperthermia were administered concurrently, "
     "notwithstanding considerable heterogeneity in oncological fractionation regimens internationally.",
     "brachytherapy"),
    ("We looked at somnolence.\n\nSomnolence, polysomnography abnormalities and hypersomnia were "
     "inconsistently documented among haemodialysis-dependent participants with uraemic pruritus internationally.",
     "somnolence"),
]


@pytest.mark.parametrize("text, met_word", MET_EARLY)
def test_unreported_sentences_still_meet_their_words(text, met_word):
    """_judge skips judging the rare words of sentences it cannot report, and must still remember what they met."""
    from laylint import config
    from laylint.api import _ruleset
    from laylint.pipeline import Setup, lint
    from laylint.pipeline.reading import Input
    from laylint.readability.counts import document_counts
    from laylint.readability.formulas import flesch_kincaid_grade
    from laylint.readability.hard import _judge
    from laylint.ruleset import resolve_rules

    ruleset = _ruleset(())
    rules = resolve_rules(config.Config(), ruleset, ["readability/hard-sentence"], None)
    options = rules[0].options
    data = text.encode()
    analysis = lint(Input("met.md", data, len(data), None, None), Setup(rules, ruleset), keep_analysis=True).analysis
    met: set = set()
    plain = {id(item.sentence): _plain_rare_words(analysis, item.sentence, options.rare_zipf, met)
             for item in document_counts(analysis).sentences}
    verdicts = list(_judge(analysis, flesch_kincaid_grade, options))
    assert verdicts, "the second sentence is hard"
    assert verdicts[0].item.sentence.index == 1
    for verdict in verdicts:
        assert list(verdict.rare) == plain[id(verdict.item.sentence)]
        assert met_word not in [w.lower() for w in verdict.rare]
