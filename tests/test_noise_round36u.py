"""Signal over noise round 36u (issue #16): one jargon/term message per term (independent judges' false hits, round
term36u-before in bench/data/precision/labels.yaml):

- a second message for a word family already reported: "neonatal" reported, then "Neonates";
- a longer term holding a term already reported ("cognitive" ... "cognitive function") or explained, with its head
  ("randomised trials (studies where ...)" ... "randomised controlled trials"; "(desaturation)" ... "oxygen
  saturation"), the extra words everyday ones;
- "This means ..." / "That is, ..." / "In other words, ..." opening the next sentence says what the term means.
Look-alikes stay reported: a different term that merely shares a word, extra words that are jargon of their own,
an earlier form explained only after it, "This means more research is needed", "That is why", a sentence with two
unexplained terms, the next paragraph, and a term two sentences back."""

import pytest

from lint_support import flagged_words


def hits(text, rule="jargon/term"):
    return flagged_words(text, rule)


ONE_MESSAGE_PER_WORD_FAMILY = [
    # (summary, the one message it keeps)
    ("Pain in neonatal units is common. Neonates feel pain as much as older babies do.\n", ["neonatal"]),  # paediatrics
    ("Children on breathing machines often get sedation and pain relief.\n\nWe compared morphine with other "
     "sedatives in six studies.\n", ["sedation"]),  # intensive care
    ("People with a clot in the brain may get thrombolysis within hours of a stroke.\n\nWe compared different "
     "thrombolytic approaches in 14 studies.\n", ["thrombolysis"]),  # stroke
    ("Kidney transplant recipients need lifelong immunosuppression.\n\nSome immunosuppressive medicines raise the "
     "risk of diabetes.\n", ["immunosuppression"]),  # renal
    # far apart, in different sections: still one message
    ("## What did we want to find out?\n\nWe wanted to know whether music helps neonates during heel pricks.\n\n"
     "## What did we find?\n\nWe found 12 studies with 900 babies. Music may reduce crying a little.\n\n"
     "## What are the limitations of the evidence?\n\nThe studies were small. Few were done in neonatal units in "
     "poorer countries.\n", ["neonates"]),  # paediatrics
]


@pytest.mark.parametrize("text, expected", ONE_MESSAGE_PER_WORD_FAMILY)
def test_a_word_family_already_reported_gets_one_message(text, expected):
    assert hits(text) == expected


COVERED_BY_A_SHORTER_TERM = [
    # (summary, the longer term no longer reported)
    # reported, then the same word with one everyday word added
    ("Cognitive problems are common after a stroke. We measured cognitive function in five studies.\n",
     "cognitive function"),  # mental health
    ("Adverse events (unwanted effects) were common. Serious adverse events were rare.\n",
     "serious adverse events"),  # oncology: explained, its head too
    # explained with its head, then a longer form with an everyday word added
    ("We included randomised trials (studies where chance decides which treatment people get). We looked at "
     "deaths.\n\nLater we found 12 more randomised controlled trials.\n", "randomised controlled trials"),  # methods
    ("Some babies had a drop in oxygen levels (desaturation) during feeding. Oxygen saturation was measured in "
     "all studies.\n", "oxygen saturation"),  # neonatal care
]


@pytest.mark.parametrize("text, term", COVERED_BY_A_SHORTER_TERM)
def test_a_longer_term_covered_by_a_shorter_one_is_not_reported_again(text, term):
    assert term not in hits(text)


STILL_REPORTED_BESIDE_A_SHORTER_TERM = [
    # a modifier added to a reported term makes a new idea
    ("Adverse events were common. Serious adverse events were rare.\n", "serious adverse events"),  # oncology
    ("Mortality was low. All-cause mortality did not differ between groups.\n", "all-cause mortality"),  # cardiology
    ("We compared nicotine patches with placebo. One study used an active placebo.\n",
     "active placebo"),  # smoking cessation
    # two everyday words more: a new idea, not a form of the reported one
    ("Most adults had cognitive problems after a stroke. Some received cognitive behavioural therapy.\n",
     "cognitive behavioural therapy"),  # mental health
    # the explained word is the head, but the added word is jargon of its own
    ("We looked at trials (studies that test a treatment). We found 12 randomised controlled trials.\n",
     "randomised controlled trials"),  # methods
    # an everyday head explained as part of something else; a research qualifier added to an explained term
    ("Two trials had a parallel group design, which means that one group got the treatment. The control group got "
     "nothing.\n", "control group"),  # gastroenterology
    ("Secure attachment is a positive outcome, which indicates that the baby can be comforted. We also looked at "
     "the secondary outcomes of infant behaviour.\n", "secondary outcomes"),  # mental health
    # an everyday research qualifier explained in passing; a word that is only the head's opening
    ("We compared each test with the reference standard (the best test available). One study used a biopsy as the "
     "gold standard.\n", "gold standard"),  # diagnostics
    ("We looked at inter-rater agreement (whether two raters agree). The confidence intervals were wide.\n",
     "confidence intervals"),  # evidence
    # a different term sharing only a word
    ("People had atrial fibrillation or heart failure. We compared two anticoagulants for atrial fibrillation.\n"
     "\nMany also had chronic kidney disease.\n", "anticoagulants"),  # cardiology
    # a new word made by a medical suffix is another word, reported or not
    ("Many people with reflux get esophagitis.\n\nDoctors may stretch the esophagus to help.\n",
     "esophagus"),  # gastroenterology
    # the form that explains it comes after it
    ("We compared different thrombolytic approaches in 14 studies.\n\nThrombolysis is medicine that dissolves "
     "the clot.\n", "thrombolytic"),  # stroke
]


@pytest.mark.parametrize("text, term", STILL_REPORTED_BESIDE_A_SHORTER_TERM)
def test_a_different_term_sharing_a_word_stays_reported(text, term):
    assert term in hits(text)


SAID_WHAT_IT_MEANS_NEXT = [
    # (summary, the term the next sentence explains)
    ("Many babies had hypoglycaemia. This means their blood sugar was too low.\n", "hypoglycaemia"),  # paediatrics
    ("Most patients had tachycardia. That means their heart beat too fast.\n", "tachycardia"),  # cardiology
    ("Some children had bacteraemia. It means germs got into their blood.\n", "bacteraemia"),  # infectious disease
    ("Many adults with diabetes had proteinuria. This means their kidneys were leaking.\n", "proteinuria"),  # renal
    ("The certainty of the evidence was low. This means we are not confident in the results.\n",
     "certainty of the evidence"),  # evidence
]


@pytest.mark.parametrize("text, term", SAID_WHAT_IT_MEANS_NEXT)
def test_this_means_in_the_next_sentence_explains_the_term(text, term):
    assert term not in hits(text)


NOT_SAID_WHAT_IT_MEANS = [
    # two unexplained terms share the sentence: which one does it explain?
    ("Drug X reduced mortality in people with sepsis. This means fewer people died.\n", "sepsis"),  # infection
    # a reason, not a meaning
    ("Most patients had tachycardia. That is why they were treated.\n", "tachycardia"),  # cardiology
    # what to do next, not what it means
    ("Few trials reported tinnitus. This means more research is needed.\n", "tinnitus"),  # ear, nose and throat
    # the next paragraph is no longer the same passage
    ("Many adults had proteinuria.\n\nThis means their kidneys were leaking.\n", "proteinuria"),  # renal
    # mid-sentence: the next sentence is about the whole sentence
    ("The studies measured health outcomes in slightly different ways, which made it hard to combine their "
     "results. This means we cannot be certain about the findings.\n", "outcomes"),  # evidence
    ("We have little confidence because the studies had biases in how they were run, and some gave incomplete "
     "information. This means we cannot be sure the repellents work.\n", "biases"),  # infectious disease
    # after a long sentence, a consequence of all of it
    ("The studies were of low quality because many children moved away and there was high loss to follow-up. "
     "This meant that long-term effects could not be assessed.\n", "loss to follow-up"),  # paediatrics
    # what low certainty means, not what the term means
    ("The quality of evidence for most outcomes was very low. This means that we are very uncertain about the "
     "findings.\n", "outcomes"),  # urology
    # two sentences later
    ("Some children had bacteraemia. We looked at five studies. This means germs were found in their blood.\n",
     "bacteraemia"),  # infectious disease
]


@pytest.mark.parametrize("text, term", NOT_SAID_WHAT_IT_MEANS)
def test_a_this_means_sentence_that_does_not_explain_leaves_it_reported(text, term):
    assert term in hits(text)
