"""The quick paths of the jargon family give what the slow ones give (issue #19)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from laylint import config as configuration
from laylint.api import _ruleset
from laylint.jargon import _rare, acronyms, scan
from laylint.pipeline import Setup, lint
from laylint.pipeline.reading import Input
from laylint.ruleset import resolve_rules

# Written for these tests, across fields: rare words glued to brackets, acronyms at sentence edges, en dashes
TEXTS = [
    "Entecavir and tenofovir are nucleos(t)ide analogues for hepatitis B. Xerostomia (dry mouth) was common.",
    "Children with otitis media with effusion (OME or 'glue ear') had grommets. OME often clears by itself.",
    "Sacubitril-valsartan lowered NT-proBNP in adults with HFrEF. ARNIs (such as sacubitril-valsartan) cost more.",
    "Anti-PD-1 immunotherapy (pembrolizumab) prolonged survival in non-small-cell lung cancer.The PD-L1 test helped.",
    "People on haemodialysis (HD) had less pruritus with difelikefalin; COVID\u201119 delayed two trials.",
    "Nicotine replacement therapy (NRT) and varenicline helped people quit; e-cigarettes (ECs) may help too.",
    "Babies in the J\u2013START trial got surfactant; types A\u2013C of bronchopulmonary dysplasia (BPD) were counted.",
    "Cognitive behavioural therapy (CBT) helped adolescents with PTSD (ongoing stress after a trauma). CBT-E too.",
    "Bordered polyurethane or BPU dressings; inflammatory bowel disease IBD) flared. HbA1c fell in T2DM\u2013CKD.",
    "WHAT WE FOUND: IV iron raised ferritin in CKD stage IV; the hyperkalaemia-related deaths were rare.",
]


def _analysis(text: str):
    ruleset = _ruleset(())
    setup = Setup(resolve_rules(configuration.Config(), ruleset, ["all"], None), ruleset, None)
    data = text.encode()
    return lint(Input("s.md", data, len(data), None, None), setup, keep_analysis=True).analysis


@pytest.mark.parametrize("text", TEXTS)
def test_rare_words_judged_from_the_candidates_are_those_judged_from_every_word(text):
    found = scan(_analysis(text))
    for max_zipf, min_letters in ((2.75, 3), (3.5, 3), (4.5, 2)):
        assert _rare(found, max_zipf, min_letters) == _rare(found, max_zipf, min_letters, found.words)


def test_the_table_has_rare_words_and_acronyms_to_find():
    found = [scan(_analysis(text)) for text in TEXTS]
    assert sum(bool(_rare(f, 2.75, 3)) for f in found) >= 6
    assert sum(bool(acronyms.find_acronyms(text)) for text in TEXTS) == len(TEXTS) - 1
    assert [r.word for r in _rare(found[0], 2.75, 3)][:2] == ["Entecavir", "tenofovir"]


@dataclass
class _Span:
    start: int
    end: int


@pytest.mark.parametrize("text", TEXTS)
def test_acronyms_of_a_sentence_taken_from_the_whole_text_are_those_found_in_the_sentence(text):
    found = acronyms.find_acronyms(text)
    starts = [a.start for a in found]
    for start in range(len(text) + 1):  # every start, ends every second character: edges inside words too
        for end in range(start, len(text) + 1, 2):
            taken = acronyms._in_sentence(text, _Span(start, end), found, starts, 2)
            assert taken == acronyms.find_acronyms(text[start:end]), (start, end)


@pytest.mark.parametrize("text", TEXTS)
def test_definitions_given_the_whole_text_acronyms_are_those_found_without(text):
    analysis = _analysis(text)
    whole = acronyms.find_acronyms(text)
    assert acronyms.definitions(text, analysis.sentences, 2, whole) == acronyms.definitions(
        text, [_Span(s.start, s.end) for s in analysis.sentences], 2)


def _corpus_summaries() -> list[str]:
    import json
    from pathlib import Path

    corpus = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"
    return [json.loads(line)["summary"] for line in corpus.open(encoding="utf-8")]


ODD = ["", "A", "aB", "_AB_CD_", "x-Y-z", "ABC-", "-ABC", "TNF-\u03b1-Related", "ÉCG MRIs", "IL\u20116 and IL-6R", "a1B2-c3D4 e5"]


def test_candidate_words_from_the_capitals_are_the_pattern_s_matches():
    texts = TEXTS + ODD + _corpus_summaries()
    expected = [[m.span() for m in acronyms._CANDIDATE.finditer(t)] for t in texts]
    assert [[m.span() for m in acronyms._candidate_words(t)] for t in texts] == expected
    assert sum(map(len, expected)) > 10_000  # the corpus has capitals to find


FORMS = [
    "Ovulation (the release of an egg) was checked by scan. Women who were not ovulating got clomifene.",
    "A videolaryngoscope (a tube with a camera) was used. Videolaryngoscopes cost more than other tubes.",
    "How accurate is the test? We looked at the diagnostic accuracy of faecal calprotectin in children.",
    "HOW WELL did it work? The effectiveness of bupropion for smoking cessation was unclear; bupropions vary.",
    "Dialysis (cleaning the blood by machine) helps. People on dialysis had less pruritus; dialysed people slept.",
]


def test_a_form_explained_before_is_still_found_and_unexplained_forms_are_not():
    from laylint.checks.rare_word import _form_explained_before

    found = scan(_analysis(FORMS[0]))
    by_word = {r.word: r for r in _rare(found, 4.5, 3)}
    assert _form_explained_before(found, by_word["ovulating"]) is True
    assert _form_explained_before(found, by_word["clomifene"]) is False


@pytest.mark.parametrize("text", FORMS + TEXTS)
def test_how_before_with_its_quick_test_is_the_search_alone(text):
    from laylint.jargon.restated import _HOW, _how_before  # moved from checks/jargon_term.py (round 32t)
    from laylint.jargon import same_word

    found = scan(_analysis(text))
    for match in found.terms:
        words = [w for w in found.text[match.start:match.end].split() if len(w) >= 5]
        slow = any(same_word(how.group(1), word) for how in _HOW.finditer(found.text, 0, match.start) for word in words)
        assert _how_before(found, match, 0) == slow


def test_how_and_a_form_of_the_term_s_word_before_it_is_still_found():
    from laylint.jargon.restated import _how_before

    found = scan(_analysis(FORMS[2]))
    assert [_how_before(found, m, 0) for m in found.terms] == [True]


def _cut_spans(text: str) -> list[_Span]:
    """Crude sentences: at ". " and "; ", and every 37 characters in a long run (edges inside words too)."""
    spans, start = [], 0
    for index in range(len(text) + 1):
        if index == len(text) or text[index - 1:index + 1] in (". ", "; ") or index - start >= 37 and index % 3 == 0:
            spans.append(_Span(start, index))
            start = index
    return spans


def test_definitions_skipping_sentences_without_brackets_or_acronyms_are_those_of_reading_every_sentence(monkeypatch):
    texts = TEXTS + ODD + _corpus_summaries()
    quick = [acronyms.definitions(t, _cut_spans(t)) for t in texts]
    monkeypatch.setattr(acronyms, "_may_hold", lambda *args: True)  # every sentence read, as before
    assert [acronyms.definitions(t, _cut_spans(t)) for t in texts] == quick
    assert sum(bool(found) for found in quick) >= 70  # definitions to find, not only empty answers


@pytest.mark.parametrize("before", ["multiple sclerosis", "the\u00a0MS", "x\u2028CKD\x1c", "a\tb\u3000NRT", "one",
                                    "COVID\u201119", "tab\u200bbed word", "(HbA1c"])
def test_last_word_by_rsplit_is_the_pattern_s(before):
    import re

    match = re.search(r"(\S+)\s*$", before.rstrip())
    last = before.rstrip().rsplit(None, 1)[-1]
    assert (match.group(1), match.start(1)) == (last, len(before.rstrip()) - len(last))


TITLE_EDGES = ["The MS", "Anti-PD-1 and Anti- PD", "ABC-Def Ghi", "The_CKD x", "Caf\u00e9 IgG", "\\nThe \\nCKD",
               "A B C", "Children, (CBT)", "Hb\u2011A1c Zz", "Xx\u2010Yy Zz", "\u00c9cole ECG", "Ab1 Cd", "Type\u20132 DM"]


def test_acronyms_read_from_the_capitals_worth_reading_are_those_read_from_every_capital(monkeypatch):
    texts = TEXTS + ODD + TITLE_EDGES + _corpus_summaries()
    quick = [acronyms.find_acronyms(t) for t in texts]
    monkeypatch.setattr(acronyms, "_WORTH_READING", acronyms._CAPITAL)  # every capital read, as before
    assert [acronyms.find_acronyms(t) for t in texts] == quick
    assert sum(map(len, quick)) > 1000


def test_plain_capitalised_words_are_not_worth_reading():
    assert [m.group() for m in acronyms._WORTH_READING.finditer("The Children met DrX and Anti-PD in Caf\u00e9")] == \
        ["D", "X", "A", "P", "D", "C"]


@pytest.mark.parametrize("text, reported", [
    # a sentence in capitals, answered once for its several acronyms; the acronym is reported where written plainly
    ("ADULTS WITH COPD AND CKD HAD FEWER FLARES. Adults with COPD had fewer flare-ups on the new inhaler.", ["COPD"]),
    ("Children with ADHD slept longer. WE FOUND THAT ADHD AND ASD SCORES DID NOT CHANGE.", ["ADHD"]),
    ("SMOKERS USING NRT OR ECS QUIT MORE OFTEN THAN THOSE USING NRT ALONE.", []),
])
def test_acronyms_of_sentences_in_capitals_are_quiet_however_many(text, reported):
    from laylint.api import lint_text

    found = [d for d in lint_text(text, select=["jargon/acronym"]) if d.rule == "jargon/acronym"]
    assert [text[d.column - 1:d.end_column - 1] for d in found] == reported
