"""The quick paths of the text layer give what the slow ones give (issue #19)."""

import pytest

from laylint.readability.syllables import count_syllables
from laylint.text import address_spans
from laylint.text.words import _ADDRESS

TEXTS = [
    "Read the full review at www.cochranelibrary.com today.",
    "Contact the authors at trials.unit@ucl.ac.uk for the data.",
    "The protocol is at https://clinicaltrials.gov/ct2/show/NCT01234567.",
    "See cochrane.org/CD012345 for the full review.",
    "Visit WWW.NHS.UK or HTTP://EXAMPLE.COM.",
    "We found 12 studies (2,345 people) of asthma inhalers. The evidence is up to date to May 2023.",
    "Doses were 0.5 mg/kg in children aged 2 to 12 years; e.g. paracetamol, i.e. acetaminophen.",
    "The Ca. 45 trials in de novo kidney transplants used tacrolimus.",
    "Patients with stroke.Outcomes were measured at 3 months.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_address_spans_are_those_of_the_full_address_pattern(text):
    assert address_spans(text) == [(m.start(), m.end()) for m in _ADDRESS.finditer(text)]


def test_a_summary_with_an_address_still_finds_it():
    assert address_spans(TEXTS[0]) == [(24, 47)]


@pytest.mark.parametrize("chunk, bare", [("patients,", "patients"), ("Patients", "patients"),
                                         ("(hypogammaglobulinaemia)", "hypogammaglobulinaemia"),
                                         ("randomised.", "randomised"), ("'Cognitive", "cognitive")])
def test_syllables_of_a_word_do_not_depend_on_its_punctuation_or_case(chunk, bare):
    assert count_syllables(chunk) == count_syllables(bare) > 1


def _spellings_running_every_regex(phrase: str) -> frozenset:
    """The spellings as made before the letter checks: every regex on every form."""
    from laylint.text import forms as F

    found = {phrase, F._IZE.sub(r"is\1", phrase), F._ISE.sub(r"iz\1", phrase)}
    found |= {F._EMIA.sub("aemia", f) for f in list(found)} | {F._AEMIA.sub("emia", f) for f in list(found)}
    for pattern, american, _ in F._BRITISH:
        found |= {pattern.sub(american, f) for f in list(found)}
    return frozenset(found)


SPELLING_WORDS = [
    "haemorrhage", "oedema", "tumour", "titre", "anaemia", "leukaemia", "hypoglycaemia", "randomised",
    "randomization", "organising", "paediatric", "oesophagus", "aetiology", "behaviour", "centre", "fibre",
    "colour", "foetal", "diarrhoea", "ischaemic stroke", "septicaemia", "anemia", "hospitalise", "minimised",
    "poured", "tour", "hour", "metre", "treatment", "theatre", "analyse", "crisis", "hemorrhage", "is",
    "aerosol", "toe", "shoe", "canoe", "emia", "emiae", "anaemias", "characterisations", "cigarette smoking",
    "renal dialysis", "caesarean section", "gynaecological cancer", "quit smoking", "nicotine patches",
]


def test_spellings_skip_no_form_that_a_regex_would_change():
    from laylint.readability.counts import familiar_words
    from laylint.text.forms import _spellings

    words = SPELLING_WORDS + sorted(familiar_words())
    assert [_spellings.__wrapped__(w) for w in words] == [_spellings_running_every_regex(w) for w in words]
    assert _spellings("haemorrhage") >= {"haemorrhage", "hemorrhage"}
    assert _spellings("randomised") == {"randomised", "randomized"}


def _derived_zipf_trying_every_tail(part: str) -> float:
    """jargon.frequency._derived_zipf as it was before the head was looked up first."""
    import re

    from laylint.jargon.frequency import _COMMON, _PREFIXES, zipf
    from laylint.text import bases

    scores = [0.0]
    verb = re.sub(r"(?<=al)i[sz](?:e|es|ed|ing|ation|ations)$", "", part)
    if verb != part and len(verb) >= 5:
        scores.append(zipf(verb))
    if part.endswith("ness") and len(part) > 7:
        stem = part[:-4]
        scores += [zipf(form) for form in {stem, stem[:-1] + "y" if stem.endswith("i") else stem}]
    for cut in range(3, len(part) - 3):
        head, tail = part[:cut], part[cut:]
        tail_score = max([zipf(form) for form in bases(tail) if len(form) >= 4] or [0.0])
        if zipf(head) >= _COMMON and tail_score >= _COMMON:
            scores.append(min(zipf(head), tail_score))
            break
    for prefix in _PREFIXES:
        rest = part[len(prefix):].lstrip("-")
        if part.startswith(prefix) and len(rest) >= 4:
            common = max(zipf(form) for form in bases(rest))
            if common >= _COMMON:
                scores.append(common)
    return max(scores)


COMPOUND_WORDS = ["handwashing", "bedrails", "classwork", "breathlessness", "unblocking", "readmitted", "zzzzqqqq",
                  "nephrotoxicity", "smokefree", "painkillers", "heartburn", "bedwetting", "toothbrushing",
                  "personalising", "antiretroviral", "chemoradiotherapy", "overdiagnosis", "haemodialysis"]


def test_compound_scores_are_those_of_trying_every_tail():
    from laylint.jargon.frequency import _derived_zipf

    assert [_derived_zipf(w) for w in COMPOUND_WORDS] == [_derived_zipf_trying_every_tail(w) for w in COMPOUND_WORDS]
    assert _derived_zipf("handwashing") >= 3.5 > _derived_zipf("zzzzqqqq")


# (text, phrases, matches): the quick test may answer True without a match, never False with one
PHRASE_CASES = [
    ("The certainty of the evidence was very low.", ("little confidence in the evidence",), False),
    ("We have little confidence in the evidence.", ("little confidence in the evidence",), True),
    ("We have LITTLE CONFIDENCE in the evidence.", ("little confidence in the evidence",), True),
    ("Kidney damage was less common with ACE inhibitors.", ("ACE inhibitor medicine",), False),
    ("ACEs inhibitor medicines lowered blood pressure.", ("ACE inhibitor medicine",), True),
    ("The tumours shrank in two trials of chemotherapy.", ("tumor shrinking",), False),
    ("Hemorrhages after surgery were rare.", ("haemorrhage after surgery",), True),
    ("Children’s asthma attacks fell with the inhaler.", ("children's asthma attack",), True),
    ("Quit smoking\u2011for good: more likely with varenicline.", ("quit smoking for good",), True),
    ("The people ſmoking less had fewer heart attacks.", ("smoking less",), True),
    ("The mood of people with depression improved.", ("feeling low", "low mood"), False),
    ("Low mood improved in people taking sertraline.", ("feeling low", "low mood"), True),
    ("Babies born too early needed less oxygen.", ("baby born too early",), True),
    ("Dialysis sessions were shorter for children.", ("kidney machine treatment",), False),
]


@pytest.mark.parametrize("text, phrases, matches", PHRASE_CASES)
def test_the_quick_phrase_test_never_misses_a_match(text, phrases, matches):
    from laylint.text.forms import may_hold_phrase, phrases_regex

    assert bool(phrases_regex(phrases).search(text)) == matches
    assert may_hold_phrase(text, phrases) or not matches
    if not matches and "ſ" not in text:
        assert not may_hold_phrase(text, phrases) or phrases[0].split()[0].lower() in text.lower()


def test_the_quick_phrase_test_on_the_lexicon_and_corpus():
    """Every restatement list of the jargon lexicon against sentences of 40 Cochrane summaries: a
    regex match is never ruled out (and most pairs are ruled out without the regex)."""
    import json
    import re
    from pathlib import Path

    from laylint.api import _ruleset
    from laylint.jargon.lexicon import merge_jargon
    from laylint.text.forms import may_hold_phrase, phrases_regex

    terms = merge_jargon(_ruleset(()).lexicon("jargon")).terms.values()
    lists = sorted({tuple(p for p in term.plain if len(p.split()) >= 3) for term in terms} - {()})
    corpus = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"
    summaries = [json.loads(line)["summary"] for line in corpus.open(encoding="utf-8")][:40]
    windows = [w for s in summaries for w in re.split(r"(?<=[.!?])\s+", s)]
    words = set(" ".join(windows).lower().split())
    wanted = [p for p in lists if p[0].split()[0].lower() in words]  # lists that could match somewhere
    assert len(lists) > 100 and len(wanted) >= 20
    ruled_out = matched = 0
    for phrases in wanted:
        pattern = phrases_regex(phrases)
        said = [f"So {phrases[-1].upper()}.", f"({phrases[0].title().replace(' ', chr(8209))}s)", phrases[0].replace("'", "’")]
        for window in windows + said:
            quick = may_hold_phrase(window, phrases)
            if pattern.search(window):
                matched += 1
                assert quick, (phrases, window)
            ruled_out += not quick
    assert matched >= 2 * len(wanted) and ruled_out > 0.8 * len(wanted) * len(windows)


def _same_word_trying_every_pair(one: str, other: str) -> bool:
    """jargon.same_word before the openings test: every pair of forms compared."""
    from laylint.jargon import _share_stem
    from laylint.text import bases, fold

    one, other = fold(one).lower(), fold(other).lower()
    return one == other or bool(bases(one) & bases(other)) or any(
        _share_stem(a, b) for a in bases(one) for b in bases(other))


def test_same_word_is_that_of_trying_every_pair_of_forms():
    from laylint.jargon import same_word

    words = ["videolaryngoscope", "videolaryngoscopes", "ovulation", "ovulating", "polyps", "polyposis",
             "cardiomyopathy", "cardiovascular", "bronchi", "bronchiectasis", "jaundice", "jaundiced", "haemodialysis",
             "hemodialysis", "randomised", "randomising", "nephropathy", "nephrotic", "leukaemia", "leukemic",
             "tumour", "tumours", "oesophageal", "esophagus", "anaemia", "anemic", "hypoglycaemia", "glycaemic",
             "cessation", "cessations", "metastases", "metastatic", "polyp", "pneumonia", "pneumococcal"]
    pairs = [(a, b) for a in words for b in words]
    assert [same_word(a, b) for a, b in pairs] == [_same_word_trying_every_pair(a, b) for a, b in pairs]
    assert same_word("ovulation", "ovulating") and not same_word("cardiomyopathy", "cardiovascular")


def test_a_fingerprinted_diagnostic_is_what_dataclasses_replace_makes():
    from dataclasses import asdict, replace

    from laylint.diagnostics import Diagnostic, Fix
    from laylint.pipeline import fingerprints

    text = "# Statins\n\nStatins lowered LDL cholesterol in people with heart disease.\n"
    found = [Diagnostic("a.md", 3, 9, 3, 16, "jargon/term", "warning", "'lowered' ...", "cut", Fix(19, 26, "cut", True)),
             Diagnostic("a.md", 1, 3, 1, 10, "readability/grade", "error", "Reading grade 11.4", scope="document"),
             Diagnostic("b.yaml", 2, 1, 2, 2, "metadata/invalid", "error", "bad key")]
    assigned = fingerprints.assign(found, {"a.md": text})
    expected = [replace(d, fingerprint=fingerprints.of(d.rule, t)) for d, t in
                zip(found, ["lowered", "Reading grade ", ""])]
    assert [asdict(d) for d in assigned] == [asdict(d) for d in expected]
    assert all(d.fingerprint for d in assigned) and not any(d.fingerprint for d in found)  # the input is not changed


SENTENCE_TEXTS = [
    "Nicotine patches helped people quit smoking. They were safe! Were they better than gum? Yes.",
    "Dialysis patients (n = 120) had fewer infections... Mortality did not differ.) Next sentence.",
    "Children with asthma used inhalers.\" Then the study ended.' Another one!?! And more.",
    "Chemotherapy with rituximab (R-CHOP) vs. CHOP: survival improved. 95% CI 0.6 to 0.9.",
    "Depression scores fell by 2.5 points\u3002Antidepressants were compared with placebo\uff01 Done",
    "...",
    "?! ?! Statins lowered LDL.",
    "A\n\nB. C",
    "Vaccines prevented flu in older adults. . . ( ) \u2014 Side effects were mild.",
    "No full stop at the end of this heart failure sentence",
]


@pytest.mark.parametrize("text", SENTENCE_TEXTS)
def test_sentence_marks_are_those_of_spacys_sentencizer(text):
    from spacy.attrs import SENT_START

    from laylint import nlp

    pipeline, _ = nlp.load()
    ours = nlp.mark_sentences(pipeline, nlp.make_doc(pipeline, text), [])
    theirs = pipeline.get_pipe("sentencizer")(nlp.make_doc(pipeline, text))
    assert ours.to_array(SENT_START).tolist() == theirs.to_array(SENT_START).tolist()
    assert [s.text for s in ours.sents] == [s.text for s in theirs.sents]


def test_block_starts_are_kept_and_the_rest_marked_as_spacys_sentencizer_marks_them():
    from spacy.attrs import SENT_START

    from laylint import nlp

    pipeline, _ = nlp.load()
    text = "Kidney function was measured. Results\n\nCancer screening - Key messages. More."
    starts = [7, 10]  # "Cancer" (a block) and "Key" (a heading inside it)
    ours = nlp.mark_sentences(pipeline, nlp.make_doc(pipeline, text), starts)
    theirs = nlp.make_doc(pipeline, text)
    marks = theirs.to_array([SENT_START])
    marks[starts] = 1
    theirs.from_array([SENT_START], marks)
    theirs = pipeline.get_pipe("sentencizer")(theirs)
    assert ours.to_array(SENT_START).tolist() == theirs.to_array(SENT_START).tolist()
    assert [s.text for s in ours.sents] == ["Kidney function was measured.", "Results\n\n", "Cancer screening -",
                                            "Key messages.", "More."]


def test_sentence_marks_of_the_corpus_are_those_of_spacys_sentencizer():
    import json
    from pathlib import Path

    from spacy.attrs import SENT_START

    from laylint import nlp

    pipeline, _ = nlp.load()
    corpus = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"
    texts = [json.loads(line)["summary"] for line in corpus.open(encoding="utf-8")][::9]
    differ = [text[:40] for text in texts if nlp.mark_sentences(pipeline, nlp.make_doc(pipeline, text), [])
              .to_array(SENT_START).tolist() != pipeline.get_pipe("sentencizer")(nlp.make_doc(pipeline, text))
              .to_array(SENT_START).tolist()]
    assert len(texts) == 99 and differ == []
