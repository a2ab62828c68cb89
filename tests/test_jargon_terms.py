"""jargon/term: lexicon terms at first use, explanation patterns, plurals, phrases, longest match, metadata names."""

import pytest

from laylint import document
from laylint.analysis import Analysis
from laylint.api import lint_text
from laylint.jargon import scan
from laylint.ruleset import load_ruleset

RULESET = load_ruleset([])


def term_hits(text, source=None):
    """(matched text, line, suggestion) of each jargon/term diagnostic."""
    found = []
    for d in lint_text(text, select=["jargon/term"], source=source):
        line_text = text.splitlines()[d.line - 1]
        found.append((line_text[d.column - 1:d.end_column - 1], d.line, d.suggestion))
    return found


def terms(text, source=None):
    return [hit[0] for hit in term_hits(text, source)]


def lexicon_matches(text):
    """Every lexicon term found, explained or not."""
    analysis = Analysis(document.parse("summary.md", text), ruleset=RULESET)
    return [text[m.start:m.end] for m in scan(analysis).terms]


# Sentences in the style of published lay summaries, from several fields.
UNEXPLAINED = [
    ("Children with asthma who used the new inhaler had fewer exacerbations.", "exacerbations"),
    ("Women with gestational diabetes were offered extra scans.", "gestational diabetes"),
    ("The drug lowered the risk of myocardial infarction in older adults.", "myocardial infarction"),
    ("People on haemodialysis often feel tired between sessions.", "haemodialysis"),
    ("Adding a statin did not change how many people died.", "statin"),
    ("Babies born preterm spent longer in hospital.", "preterm"),
    ("Patients with renal impairment needed smaller doses.", "renal"),
    ("The review found the evidence on analgesia after surgery was weak.", "analgesia"),
    ("Most trials had a high risk of bias.", "risk of bias"),
    ("Nurses checked for oedema in the legs every day.", "oedema"),
    ("Older people with dementia often have comorbidities.", "comorbidities"),
    ("The vaccine's efficacy fell after six months.", "efficacy"),
    ("Smokers were more likely to develop emphysema.", "emphysema"),
    ("We included 12 randomised controlled trials with 3,000 people.", "randomised controlled trials"),
    ("The results were not statistically significant.", "statistically significant"),
    ("The hazard ratio for death was 0.8.", "hazard ratio"),
    ("Teenagers with anorexia nervosa gained weight with family therapy.", "anorexia nervosa"),
    ("Fewer people had a deep vein thrombosis after knee surgery.", "deep vein thrombosis"),
]

EXPLAINED = [
    # lay phrase, then the term in brackets
    "About 1 in 10 people had low levels of antibodies (hypogammaglobulinemia).",
    "Some babies had low blood sugar (hypoglycaemia) in their first day.",
    # the term, then a lay phrase in brackets
    "People with renal (kidney) disease were left out.",
    "Some women had pre-eclampsia (high blood pressure in pregnancy).",
    # X, which means ...
    "The trial was randomised, which means a computer chose each person's group by chance.",
    # X, meaning ...
    "The study was double-blind, meaning nobody knew who had the real drug.",
    # X is ...
    "A placebo is a dummy pill that looks like the real medicine.",
    # called X
    "A blood clot in the lungs, called a pulmonary embolism, is an emergency.",
    "Doctors call this hypoxia.",
    # known as X
    "Swelling of the brain, known as encephalitis, is rare.",
    # dash apposition
    "Tinnitus \u2013 a ringing in the ears \u2013 improved in half the people.",
    "Syncope - fainting - happened twice.",
    # X refers to
    "Morbidity refers to how much illness people have.",
    # X, i.e. ... / X, also called ...
    "Some had dyspnoea, i.e. they were short of breath.",
    "Each trial had a comparator, that is, another treatment to compare the drug with.",
    # terms listed in brackets after a lay phrase
    "Side effects included blood problems (anaemia and neutropenia) and muscle weakness.",
    # an abbreviation in brackets between the term and its explanation
    "Obstructive sleep apnoea (OSA) is a condition in which the throat closes during sleep.",
]


@pytest.mark.parametrize("text, term", UNEXPLAINED)
def test_unexplained_term_is_reported(text, term):
    assert term in terms(text)


@pytest.mark.parametrize("text", EXPLAINED)
def test_explained_term_is_not_reported(text):
    assert lexicon_matches(text), "the sentence must use a lexicon term for this test to mean anything"
    assert terms(text) == []


@pytest.mark.parametrize("text", [
    "The difference was statistically significant (p < 0.05).",   # a statistic is not a lay phrase
    "The cohort (n = 240) was followed for a year.",               # nor a sample size
    "The results (from 12 randomised trials) were similar.",       # brackets holding numbers, not a lay list
    "We looked at outcomes (pain, sleep, adverse events) after surgery.",  # a list of examples, not a name
    "We looked at people with chronic obstructive pulmonary disease (COPD).",  # nor an abbreviation
    "The cohort was large, the trial arms were small.",             # a comma alone is not an apposition
    "Efficacy was high in both groups.",                            # 'is/was' + adjective is not a definition
])
def test_near_miss_explanations_do_not_count(text):
    assert terms(text), text


def test_only_first_use_is_reported_and_later_uses_of_an_explained_term_pass():
    assert terms("The placebo was a pill. The placebo group did well. Each placebo looked real.") == ["placebo"]
    explained_first = "A cohort is a group of people followed over time. The cohort was 40 years old on average."
    assert terms(explained_first) == []


def test_explanation_after_first_use_is_too_late():
    found = term_hits("Many had oedema.\n\nOedema, which means swelling, went down.")
    assert [(term, line) for term, line, _ in found] == [("oedema", 1)]


def test_plurals_and_classical_plurals_match():
    assert terms("Two biopsies were taken.") == ["biopsies"]
    assert terms("We ran several meta-analyses.") == ["meta-analyses"]
    assert terms("The inclusion criteria were strict.") == ["inclusion criteria"]
    assert terms("Both cohorts were small.") == ["cohorts"]


def test_british_and_american_spellings_match():
    assert terms("Children were randomized to two groups.") == ["randomized"]
    assert terms("She had a brain hemorrhage.") == ["hemorrhage"]
    assert terms("Edema got worse.") == ["Edema"]
    assert terms("Few had hypoglycemia.") == ["hypoglycemia"]


def test_unicode_hyphens_match_like_ascii_ones():
    assert terms("Some had genito\u2010urinary problems.") == ["genito\u2010urinary"]
    assert terms("We ran meta\u2011analyses.") == ["meta\u2011analyses"]


def test_matching_ignores_case():
    assert terms("PLACEBO pills were used.") == ["PLACEBO"]


def test_longest_match_wins():
    # "randomised controlled trial" beats "randomised" and "controlled trial"
    assert terms("This was a randomised controlled trial.") == ["randomised controlled trial"]
    # "serious adverse event" beats "adverse event"
    assert terms("One serious adverse event was seen.") == ["serious adverse event"]
    # "peripheral neuropathy" beats "peripheral" and "neuropathy"
    assert terms("Some had peripheral neuropathy.") == ["peripheral neuropathy"]


def test_term_inside_a_longer_word_is_not_matched():
    # "renal" inside "adrenaline", "placebo" only as a word
    assert terms("She needed adrenaline.") == []


def test_suggestion_lists_plain_alternatives():
    [(term, line, suggestion)] = term_hits("The trial compared the drug with a placebo.")
    assert term == "placebo" and line == 1
    assert "dummy treatment" in suggestion


def test_declared_names_do_not_silence_jargon_a_reader_still_needs_explained():
    # A drug's name has no plainer word, so rare-word leaves it alone; but a lexicon term inside it, and an
    # outcome name such as "pulmonary embolism", still need explaining whatever the metadata declares.
    source = {"drugs": {"anticoagulant": ["blood thinner"]},
              "outcomes": {"deep vein thrombosis": ["leg clot"], "pulmonary embolism": []}}
    text = ("People on an anticoagulant had fewer deep vein thromboses and no pulmonary embolism.")
    assert set(terms(text, source)) == set(terms(text)) == {"anticoagulant", "deep vein thromboses", "pulmonary embolism"}


def test_term_reported_on_its_true_line_in_a_markdown_file_with_front_matter():
    text = "---\ntitle: Test\n---\n# Heading\n\nFirst line of prose.\nSecond line has a placebo in it.\n"
    [(term, line, _)] = term_hits(text)
    assert (term, line) == ("placebo", 7)


# Independent judging (issue 16, round after-independent): first uses an editor would not ask to explain.
EXPLAINED_UNDER_HEADING_BY_NAME_OR_CLASS = [
    # a heading has no room to explain; the paragraph right under it does
    "What is the problem with feeding preterm infants?\n\nPreterm babies (born before 37 weeks) may be too weak to feed.",
    "## Why does cachexia matter?\n\nCachexia is a wasting illness that comes with cancer.",
    # a heading that is only the term names its section (later uses are judged as usual)
    "Side effects were mild.\n\nCertainty of the evidence\n\nWe are fairly sure about these results.",
    # names introduced by "are called", the last of two
    "The two main kinds are called Crohn's disease and ulcerative colitis.",
    "Irregular heartbeats are called atrial fibrillation or atrial flutter.",
    # medicines introduced by their class and "usually"
    "The women took hormone medicines, usually oestrogen and progesterone, for three months.",
    # the long form of an abbreviation everyone knows
    "Lung damage seen on computed tomography (CT) scans was the same in both groups.",
    "Some hospitals also used magnetic resonance imaging (MRI scans) to check the knee.",
    # what the members of the group did or got, right after it
    "Each trial had a control group that did not get the exercise classes.",
    "All studies had a control group of people who received usual care.",
    # the next sentence says what it is
    "Some people had a pulmonary embolism. This is a blood clot in the lungs.",
]


@pytest.mark.parametrize("text", EXPLAINED_UNDER_HEADING_BY_NAME_OR_CLASS)
def test_terms_explained_under_their_heading_by_name_or_by_class_are_not_reported(text):
    assert lexicon_matches(text), "the text must use a lexicon term for this test to mean anything"
    assert terms(text) == []


@pytest.mark.parametrize("text", [
    "The operation was done under general anaesthesia.",
    "A local anaesthetic was injected before the stitches.",
    "Anesthesia lasted less than an hour.",
    "Older adults often have cataract surgery.",
    "Children with leukaemia had bone marrow tests.",
])
def test_widely_known_words_are_not_lexicon_terms(text):
    assert lexicon_matches(text) == []


def test_a_heading_term_not_explained_right_below_is_reported_at_the_heading():
    # explained only further down, past the key messages and another heading
    text = ("Is zinc better than placebo for children?\n\nKey messages\n\nZinc may help.\n\nWhat did we do?\n\n"
            "We compared zinc with a placebo (a dummy pill).")
    assert term_hits(text)[0][:2] == ("placebo", 1)
    # the paragraph under the heading uses it without explaining it
    assert term_hits("How common is haemodialysis in older adults?\n\nMany older adults need haemodialysis.")[0][:2] == (
        "haemodialysis", 1)


def test_a_heading_that_is_only_the_term_passes_the_report_to_its_next_use():
    text = "Certainty of the evidence\n\nOverall, the certainty of the evidence was low."
    assert [(term, line) for term, line, _ in term_hits(text)] == [("certainty of the evidence", 3)]


@pytest.mark.parametrize("text, term", [
    ("The forms are called Crohn's disease, and colitis is rarer.", "colitis"),  # a new clause, not a list
    ("Progesterone was usually given after the scan.", "Progesterone"),           # 'usually' without a class word
    ("Scans used computed tomography (CTA) to look at the arteries.", "computed tomography"),  # not a known abbreviation
    ("The control group improved more than expected.", "control group"),
    ("Patients with a stoma that had leaked were excluded.", "stoma"),  # a past event of the thing, not its members
])
def test_near_misses_of_the_new_patterns_are_still_reported(text, term):
    assert term in terms(text)


# -- a term met inside a longer one, terms inside a gloss ------------------------------------------

@pytest.mark.parametrize("text", [
    # a shorter term inside a longer one explained earlier
    "Apps may help important outcomes such as weight and sleep. Studies measured outcomes in different ways.",
    "Women with gestational diabetes (high blood sugar in pregnancy) were included. Their diabetes was treated with diet.",
    # terms inside a bracket that glosses the words before it
    "Is endovascular repair (EVAR \u2013 a keyhole stent put in through the groin) safer than open surgery?",
    "Some had a pessary fitted (a soft ring that supports the prolapsed womb from inside the vagina).",
])
def test_terms_met_in_a_longer_term_or_a_gloss_are_not_reported(text):
    assert term_hits(text) == []


@pytest.mark.parametrize("text, term", [
    # the longer name wins over its everyday first word and is reported whole
    ("Men with abdominal aortic aneurysms were screened by scan.", "abdominal aortic aneurysms"),
    ("Older people with an aortic aneurysm had surgery.", "aortic aneurysm"),
    # the shorter term first, the longer later: each is its own first use
    ("The studies measured outcomes in different ways.", "outcomes"),
    # a bracket of numbers is not a gloss
    ("People with neuropathy (aged 18 to 65 years) took part.", "neuropathy"),
])
def test_terms_still_reported(text, term):
    assert term in [hit[0] for hit in term_hits(text)]


def test_a_list_in_brackets_is_not_a_gloss():
    assert "adverse events" in [hit[0] for hit in term_hits("We looked at outcomes (pain, sleep, adverse events) after surgery.")]


@pytest.mark.parametrize("text", [
    # restated in one of its plain alternatives in the next sentence, or later in its own
    "The certainty of evidence was very low. We have little confidence in the evidence because the trials were small.",
    "The certainty of the evidence was low, so we have little confidence in the evidence about asthma attacks.",
    "For knee pain the certainty of the evidence was moderate. This is how sure we are about the results of the trials.",
])
def test_terms_restated_in_plain_words_nearby_are_not_reported(text):
    assert term_hits(text) == []


def test_a_restatement_two_sentences_later_is_too_far():
    text = ("The certainty of evidence was very low. The trials were small. "
            "We have little confidence in the evidence for older adults.")
    assert "certainty of evidence" in [hit[0] for hit in term_hits(text)]


@pytest.mark.parametrize("text", [
    "The doctors took a biopsy. A biopsy is a tiny piece of tissue taken for testing.",  # cancer
    "Some children had a tonsillectomy. Tonsillectomy means an operation to take out the tonsils.",  # ENT
    "They measured proteinuria. Proteinuria is when protein leaks into the urine.",  # renal
])
def test_a_term_named_again_and_said_what_it_is_in_the_next_sentence_is_explained(text):
    found = lint_text(text + "\n", select=["jargon/term"])
    assert [d.rule for d in found] == []


def test_a_next_sentence_about_another_word_does_not_explain_the_term():
    found = lint_text("The doctors took a biopsy. A scan is a picture of the inside of the body.\n",
                      select=["jargon/term"])
    assert [d.rule for d in found] == ["jargon/term"]
