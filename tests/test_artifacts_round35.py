"""Artifacts round 35a (issue #16): LLM leftovers the artifacts rules missed, and the look-alikes that stay quiet.

Sentences written for this test in the styles seen in LLM-written summaries (not quoted from them): the writer
announcing its summary, notes on how the summary was written, style instructions copied from the prompt,
notes about the source abstract, an agent's loop notes, the Cochrane template's labels and section names,
its "[month year] of search", unfilled placeholders and a writer's notes to self. Each table has quiet twins
a real summary could hold, across medical fields."""

from __future__ import annotations

import pytest

from laylint.api import lint_text

CHAT, TEMPLATE = "artifacts/chat-leftover", "artifacts/template-leftover"

SUMMARY = ("Text message support probably helps more people stop smoking for six months or longer.\n\n"
           "We are not confident in the evidence because the studies were small.")


def hits(text: str, rule: str) -> list[str]:
    """The text each diagnostic of `rule` covers, within its first line."""
    lines = text.splitlines()
    found = []
    for diagnostic in lint_text(text, path="summary.md", select=[rule]):
        if diagnostic.rule == rule:
            line = lines[diagnostic.line - 1]
            found.append(line[diagnostic.column - 1:diagnostic.end_column - 1 if diagnostic.line == diagnostic.end_line
                              else len(line)])
    return found


@pytest.mark.parametrize("line", [
    # the writer announcing its summary
    "The final, polished Plain Language Summary is:",
    "Below is the improved PLS:",
    "This is the final, validated and fully compliant Plain Language Summary.",
    "The revised version reads:",
    # notes on how the summary was written, not on the study
    "This summary is extremely brief and focuses on the core actions taken by the review authors.",
    "The review authors succinctly described the core actions, linking them to the research aims.",
    "The methods were described in line with the critical appraisal rules.",
    "We explained medical terms, used active voice, and kept sentences short.",
    "We used active language throughout the summary.",
    "The word count is under 850 words and the tone is conversational and accessible.",
    "The summary stays below 900 words.",
    # style instructions copied from the prompt
    "Define any necessary technical terms immediately.",
    "Use \u201cwe\u201d when referring to the review authors.",
    "Use a conversational style.",
    # the writer to the requester
    "To provide a revised Plain Language Summary, I will follow the steps outlined in the task description.",
    "I'll revise the key messages next.",
    "Please note that I have not added or invented any information.",
    "I did not add any numbers that were not in the source.",
    "A narrative synthesis was used, mirroring the approach in the provided examples.",
    "We performed a systematic search (text continues as provided in the prompt).",
    # notes about the source abstract
    "The funding of the trials was not reported in the abstract.",
    "No information was given in the abstract about the ages of the children.",
    # an agent's loop notes
    "The agent halted because it reached the maximum allowed number of iterations.",
    "Try increasing the iteration limit if possible.",
    "This suggests the task caused an infinite loop.",
])
def test_notes_about_the_writing_are_chat_leftovers(line):
    assert hits(f"{line}\n\n{SUMMARY}", CHAT) == [line]


@pytest.mark.parametrize("sentence", [
    # a summary's own words about itself and its review (cardiology, oncology, mental health...)
    "In this summary we explain what the review found about cardiac rehabilitation after a heart attack.",
    "This review summarises 12 studies of talking therapies for teenagers with depression.",
    "This summary is based on a Cochrane review of chemotherapy for older people with lung cancer.",
    "The summary of results is in the table below.",
    # everyday words the new patterns use
    "People were put into groups at random using a computer-generated list of numbers.",
    "Editorial note: this is a living systematic review of treatments for COVID-19.",
    "We found no studies that met the above criteria for children on dialysis.",
    "Speech therapists taught carers to use short, simple sentences with people who have aphasia.",
    "The final version of the school handwashing programme was tested in 40 schools in Kenya.",
    "The final dose was given at 12 weeks to children with malaria.",
    "The revised guidelines were used in all hospitals in the study.",
    "Children with language delay knew fewer than 100 words at two years of age.",
    "The tone of the counselling sessions was friendly and supportive.",
    "Nurses followed the instructions on the vaccine leaflet.",
    "Researchers stopped the trial early after two serious liver problems.",
    "Most studies did not report who funded them.",
    "The abstract of one study was published in 2019, but the full report came later.",
    "\u201cI will follow the plan my doctor gave me,\u201d one woman said about her diabetes care.",
])
def test_look_alikes_in_real_summaries_are_quiet(sentence):
    text = f"{sentence}\n\n{SUMMARY}"
    assert hits(text, CHAT) == []
    assert hits(text, TEMPLATE) == []


@pytest.mark.parametrize("text, leftover", [
    # the template's labels and section names left in
    ("Title: Do nicotine patches help pregnant women stop smoking?", "Title:"),
    ("**Title:** Is home dialysis as safe as hospital dialysis?", "Title:"),
    ("## Title", "Title"),
    ("Introduction to the review topic and review aims", "Introduction to the review topic and review aims"),
    ("### Introduction to the Review Topic and Review Aims", "Introduction to the Review Topic and Review Aims"),
    ("**Introduction/Aims:**", "Introduction/Aims:"),
    ("Currency", "Currency"),
    ("**Currency of evidence**", "Currency of evidence"),
    ("Evidence currency statement:", "Evidence currency statement:"),
    ("**Core Actions**", "Core Actions"),
    ("**Language guidelines**", "Language guidelines"),
    # "[month year] of search"
    ("The evidence is up to date to 6 March 2023 of search.", "2023 of search"),
    # unfilled placeholders
    ("**What is...?**", "What is...?"),
    ("What are\u2026?", "What are\u2026?"),
    ("The review aimed to assess the efficacy of intervention X in reducing outcome Y.", "intervention X"),
    ("The evidence is based on few cases of condition/type of event.", "condition/type of event"),
    ('{"plain_language_title":"Does iron help pregnant women with anaemia?"}', '"plain_language_title":"'),
    # a writer's note to self
    ("Smoking fell by 12% (X? Actually keep as is) in the group sent text messages.", "Actually keep as is)"),
    ("Children slept about 20 minutes longer (to check: 20 or 30?) with a bedtime routine.", "(to check: 20 or 30?)"),
    ("Fewer people with HIV died (hmm, recheck) when treatment started early.", "(hmm, recheck)"),
    ("Rates of kidney failure were similar (maybe 2%? not sure) in both groups.", "not sure)"),
    ("Blood pressure fell by 5 mmHg (check the abstract for the exact figure).", "check the abstract for the exact figure)"),
])
def test_template_labels_placeholders_and_notes_to_self_are_template_leftovers(text, leftover):
    assert hits(f"{text}\n\n{SUMMARY}", TEMPLATE) == [leftover]


@pytest.mark.parametrize("text", [
    "Key messages",
    "**What did we find?**",
    "How up to date is this evidence?",
    "### What are the limitations of the evidence?",
    "The title of the trial was changed after it began.",
    "Titles and abstracts were screened by two people.",
    "Currency exchange rates were used to compare costs between countries.",
    "Children on the waiting list (wait-list control) improved less than children who had therapy.",
    "Factor X levels were measured in men with haemophilia.",
    "Boys with fragile X syndrome took part in two studies.",
    "We searched for studies up to March 2023.",
    "People were not sure (about 1 in 3 said so) whether the vaccine was safe.",
    "Some parents asked: what is the best age to start?",
    "Many people who smoke wonder whether it is too late to stop (it is not).",
    "Doctors may need to check the dose (for example, in people with kidney disease).",
])
def test_headings_and_sentences_a_summary_keeps_are_not_template_leftovers(text):
    assert hits(f"{text}\n\n{SUMMARY}", TEMPLATE) == []
    assert hits(f"{text}\n\n{SUMMARY}", CHAT) == []


def test_a_meta_paragraph_is_one_message_and_the_findings_stay():
    text = ("## What did we find?\n\nWe found 8 studies with 1369 pregnant women.\n\n"
            "This summary is extremely brief. We used active voice and kept sentences short.\n\n" + SUMMARY)
    assert len(hits(text, CHAT)) == 1
    assert hits(text, CHAT)[0].startswith("This summary is extremely brief.")


@pytest.mark.parametrize("text, rule, leftover", [
    ("The tone is warm, making the summary suitable for a general audience.", CHAT,
     "The tone is warm, making the summary suitable for a general audience."),
    ("This version is easy to understand for lay readers.", CHAT, "This version is easy to understand for lay readers."),
    ("**Summary of changes**", TEMPLATE, "Summary of changes"),
    ("Changes made:", TEMPLATE, "Changes made:"),
    ("Self-check", TEMPLATE, "Self-check"),
    ("Inhaled steroids cut asthma attacks by a third [check: one third or one quarter?] in children.", TEMPLATE,
     "[check: one third or one quarter?]"),
    ("Fewer babies needed oxygen [to verify] after caffeine treatment.", TEMPLATE, "[to verify]"),
])
def test_notes_on_changes_audience_and_bracketed_checks(text, rule, leftover):
    assert hits(f"{text}\n\n{SUMMARY}", rule) == [leftover]


@pytest.mark.parametrize("text", [
    "Leaflets written for a general audience were compared with standard consent forms.",
    "Changes in blood sugar were measured after three months.",
    "People checked their own blood pressure at home [see glossary].",
    "Self-checks of the breast were taught in two studies.",
])
def test_audience_and_change_look_alikes_are_quiet(text):
    assert hits(f"{text}\n\n{SUMMARY}", CHAT) == []
    assert hits(f"{text}\n\n{SUMMARY}", TEMPLATE) == []
