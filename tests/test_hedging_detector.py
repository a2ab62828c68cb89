"""The sentence hedge detector, clauses, negation, quotes and the content-word normaliser."""

import sys
from pathlib import Path

import pytest

from laylint.hedging import clauses, context, detector, lexicon
from laylint.ruleset import load_ruleset

LEX = lexicon.build(load_ruleset([]).lexicon(lexicon.NAME))

HEDGED = [
    "Physiotherapy may reduce knee pain in older adults.",
    "Vitamin D probably makes little or no difference to the number of falls.",
    "We are very uncertain whether acupuncture helps migraine.",
    "The vaccine might protect children for longer than a year.",
    "Early feeding seems to shorten the hospital stay of premature babies.",
    "These results suggest that inhaled steroids lower the number of asthma attacks.",
    "It is unclear if zinc shortens a cold.",
    "Cognitive therapy could help some people with insomnia.",
    "Iron supplements are likely to reduce anaemia in pregnancy.",
    "Whether metformin prevents diabetes in teenagers remains to be seen.",
]
NOT_HEDGED = [
    "About 11% of people on rituximab had low antibody levels.",
    "Physiotherapy reduced knee pain in older adults.",
    "There is no doubt that the vaccine protects children.",
    "Nurses measured blood pressure as often as possible.",
    "Exercise can lower blood pressure.",
    "The trial included 320 women with breast cancer.",
    "Statins were linked to fewer heart attacks.",
]


@pytest.mark.parametrize("sentence", HEDGED)
def test_hedged_sentences_are_detected(sentence):
    assert detector.is_hedged(LEX, sentence)
    assert detector.hedge_level(LEX, sentence) == detector.HEDGED


@pytest.mark.parametrize("sentence", NOT_HEDGED)
def test_plain_sentences_are_not_hedged(sentence):
    assert not detector.is_hedged(LEX, sentence)


@pytest.mark.parametrize("sentence, level", [
    ("Exercise can lower blood pressure.", detector.WEAK),
    ("Statins are associated with fewer strokes.", detector.WEAK),
    ("Statins lowered the number of strokes.", detector.NONE),
    ("Statins may lower the number of strokes.", detector.HEDGED),
])
def test_hedge_levels(sentence, level):
    assert detector.hedge_level(LEX, sentence) == level


def test_cues_report_their_words_and_offsets():
    text = "Aspirin may help, but it possibly causes ulcers."
    assert [(c.text, c.start) for c in detector.hedge_cues(LEX, text)] == [("may", 8), ("possibly", 25)]


@pytest.mark.parametrize("sentence, expected", [
    ("Although it may help, aspirin causes ulcers.", ["Although it may help", ", aspirin causes ulcers."]),
    ("Rituximab lowers relapses but it leads to infections.", ["Rituximab lowers relapses ", "but it leads to infections."]),
    ("Rituximab lowers relapses; it leads to infections.", ["Rituximab lowers relapses", "; it leads to infections."]),
    ("People may feel tired, and the drug causes rashes.", ["People may feel tired", ", and the drug causes rashes."]),
    ("Salt and sugar may raise blood pressure.", ["Salt and sugar may raise blood pressure."]),
])
def test_clauses(sentence, expected):
    assert [sentence[a:b] for a, b in clauses.clauses(LEX, sentence)] == expected


@pytest.mark.parametrize("sentence, word, negated", [
    ("The trial does not prove that masks work.", "prove", True),
    ("Antibiotics didn't cause more rashes.", "cause", True),
    ("There is no evidence that the vaccine causes autism.", "causes", True),
    ("Coffee never leads to heart disease in this study.", "leads", True),
    ("Not everyone agreed, but smoking causes cancer.", "causes", False),
    ("No child was harmed and the drug causes sleepiness in adults of all ages here.", "causes", False),
    ("The new cream proves that eczema can be cured.", "proves", False),
])
def test_negation(sentence, word, negated):
    start = sentence.index(word)
    clause_start = clauses.clause_of(clauses.clauses(LEX, sentence), start)[0]
    assert context.is_negated(LEX, sentence, clause_start, start, window=4) is negated


@pytest.mark.parametrize("sentence, word, quoted", [
    ('Newspapers called it a "miracle" drug.', "miracle", True),
    ("Newspapers called it a “breakthrough”.", "breakthrough", True),
    ("Some called it a ‘cure’ for asthma.", "cure", True),
    ("It isn't a cure, and it doesn't 'cure' colds.", "cure", False),
])
def test_quotes(sentence, word, quoted):
    start = sentence.index(word)
    assert context.is_quoted(sentence, start, start + len(word)) is quoted


NORMALISER = LEX  # its stems and content words


@pytest.mark.parametrize("a, b", [
    ("included", "include"), ("studies", "study"), ("qualities", "quality"), ("infections", "infection"),
    ("mostly", "most"), ("biases", "bias"), ("worse", "bad"), ("diseases", "disease"), ("poorly", "poor"),
])
def test_normaliser_joins_word_forms(a, b):
    assert NORMALISER.stem(a) == NORMALISER.stem(b)


def test_content_words_drop_function_and_generic_words():
    assert NORMALISER.content_words("most included studies were of poor quality") == {"poor", NORMALISER.stem("quality")}
    assert "studi" in NORMALISER.content_words("the studies", drop_generic=False)


def test_user_lexicon_extends_the_built_in_one(tmp_path):
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "hedges.yaml").write_text("hedge_cues: [arguably]\n", encoding="utf-8")
    extended = lexicon.build(load_ruleset([tmp_path]).lexicon(lexicon.NAME))
    assert detector.is_hedged(extended, "Arguably, the diet lowers cholesterol.")
    assert not detector.is_hedged(LEX, "Arguably, the diet lowers cholesterol.")
    assert detector.is_hedged(extended, "The diet may lower cholesterol.")


def test_unknown_lexicon_key_is_refused(tmp_path):
    from laylint.errors import UsageError

    with pytest.raises(UsageError, match="hedge_cue"):
        lexicon.build([{"hedge_cue": ["may"], "__path__": "x.yaml"}])


# The figures reached on BioScope (bench/hedge_eval.py); the guard allows 0.01 of noise, no more.
REACHED_F1 = {"bio_bmc (tuning)": 0.796, "bio_fly (held out)": 0.866, "all": 0.838}


def test_bioscope_f1_does_not_regress():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    import hedge_eval

    result = hedge_eval.evaluate()
    assert result["all"]["sentences"] == 6243
    for part, reached in REACHED_F1.items():
        assert result[part]["f1"] >= reached - 0.01, f"{part}: F1 {result[part]['f1']:.3f} < {reached} - 0.01"


def test_yaml_booleans_in_a_word_list_are_refused(tmp_path):
    from laylint.errors import UsageError

    with pytest.raises(UsageError, match="quote"):
        lexicon.build([{"negations": ["not", False], "__path__": "x.yaml"}])


@pytest.mark.parametrize("text", ["İzmir patients may improve.", "Patients doesn’t may improve.", "The cure‑all may help."])
def test_cue_offsets_survive_unicode_and_contractions(text):
    cues = detector.hedge_cues(LEX, text)
    assert [text[c.start:c.end] for c in cues] == ["may"]


def test_hyphen_joined_words_are_not_cues():
    assert not detector.is_hedged(LEX, "A non-likely-looking well-suggested pattern.")
