"""Artifacts round 9 (issue #16): what agent-style LLM writers leave behind, and texts that are not summaries.

Lines written for this test in the style of the leftovers seen (an agent's stop notice, a note about the
evaluator's feedback, a numbered thinking step, scaffold headings), each beside a quiet twin a real summary
could hold. A text that is only a placeholder ("...") or only an agent's stop notice is treated like a
refusal: one artifacts message that it is not a summary, and hedging/limitations silent."""

from __future__ import annotations

import pytest

from laylint.api import lint_text

CHAT, TEMPLATE, LIMITS = "artifacts/chat-leftover", "artifacts/template-leftover", "hedging/limitations"


def spans(text: str, rule: str, path: str = "summary.md") -> list[str]:
    """The text each diagnostic of `rule` covers (one line), or (line, end_line) for a span over lines."""
    lines = text.splitlines()
    return [lines[d.line - 1][d.column - 1:d.end_column - 1] if d.line == d.end_line else (d.line, d.end_line)
            for d in lint_text(text, path=path, select=[rule]) if d.rule == rule]


SUMMARY = ("Nicotine patches probably help more people stop smoking for six months or longer.\n\n"
           "We are not confident in the evidence because the studies were small.")


@pytest.mark.parametrize("line", [
    "Agent stopped due to max iterations.",
    "**Agent stopped due to max iterations.**",
    "The process stopped because it reached the maximum number of iterations.",
    "The agent stopped because it reached the maximum number of iterations allowed.",
    "The run was halted after it hit the iteration limit.",
    "I have completed the revisions based on the EVALUATOR_FEEDBACK and STYLE GUIDELINE.",
    "I have made the necessary changes to address the evaluator feedback.",
    "This revised summary follows the STYLE GUIDE and stays under 850 words.",
])
def test_agent_notes_before_a_summary_are_chat_leftovers(line):
    text = f"{line}\n\n{SUMMARY}"
    assert spans(text, CHAT) == [line.strip("*")]


@pytest.mark.parametrize("sentence", [
    "We stopped the trial early because more children on the new vaccine had fevers.",
    "The trial was stopped due to slow recruitment of women with breast cancer.",
    "The agent was stopped because of liver damage in two patients on chemotherapy.",
    "The dialysis machine stopped when the pressure reached its maximum.",
    "Doctors think that antidepressants may help teenagers with depression.",
    "Children were asked to think about what they would do if offered a cigarette.",
    "The revised guidelines now advise blood pressure checks every year.",
    "Researchers followed a style guide when they wrote the questionnaires for people on dialysis.",
])
def test_real_summary_sentences_about_stopping_thinking_and_revising_are_quiet(sentence):
    text = f"{sentence}\n\n{SUMMARY}"
    assert spans(text, CHAT) == []
    assert spans(text, TEMPLATE) == []


@pytest.mark.parametrize("text, expected", [
    # a numbered thinking step left as a prefix: the label goes, the finding stays
    ("Think8: Exercise-based cardiac rehabilitation probably reduces hospital admissions.", ["Think8:"]),
    ("Think3 - Zinc may shorten diarrhoea in children by about half a day.", ["Think3 -"]),
    ("Malaria nets work. Think2: Repellents on the skin may not add much.", ["Think2:"]),
    # scaffold headings of an agent's template
    ("### FINAL PLAIN LANGUAGE SUMMARY\n\nStatins lower the chance of a heart attack.", ["FINAL PLAIN LANGUAGE SUMMARY"]),
    ("**Final Plain Language Summary**\n\nStatins lower the chance of a heart attack.", ["Final Plain Language Summary"]),
    ("**Heading**\nHome dialysis for people with kidney failure\n\nHome dialysis may be as safe as dialysis in a unit.",
     ["Heading"]),
    ("## Heading\n\nAntibiotics before a miscarriage operation may prevent infection.", ["Heading"]),
])
def test_thinking_steps_and_scaffold_headings_are_template_leftovers(text, expected):
    assert spans(text, TEMPLATE) == expected


def test_scaffold_leftovers_are_found_in_plain_text_files_too():
    text = "### FINAL PLAIN LANGUAGE SUMMARY\n\n**Heading**\nIron in pregnancy\n\nThink8: Iron through a vein may help."
    assert spans(text, TEMPLATE, path="summary.txt") == ["### FINAL PLAIN LANGUAGE SUMMARY", "**Heading**", "Think8:"]


@pytest.mark.parametrize("text", [
    "**What did we find?**\n\nStatins lower the chance of a heart attack.",
    "### Final results\n\nAfter one year, fewer children on inhaled steroids went to hospital.",
    "## What are the limitations of the evidence?\n\nThe trials were small.",
    "Heading off infections early matters for babies in intensive care.",
    "Headings and bullet points made the leaflets easier to read for people with dementia.",
    "People who think they are at high risk of cancer are more likely to be screened.",
    "THINK-2 was the largest trial of the new blood thinner.",
    "The plain language summary of the protocol is on our website.",
])
def test_real_headings_and_sentences_are_not_template_leftovers(text):
    assert spans(text, TEMPLATE) == []


# --- texts that are not summaries ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, rule", [
    ("...", TEMPLATE),
    ("....\n", TEMPLATE),
    ("\u2026", TEMPLATE),
    ("Agent stopped due to max iterations.", CHAT),
    ("**Agent stopped due to max iterations.**\n\nThe process stopped because it reached the maximum number of "
     "iterations.", CHAT),
    ("I apologize, but I cannot write this summary. The provided abstract is incomplete.", CHAT),
])
def test_a_text_that_is_not_a_summary_gets_one_message_saying_so(text, rule):
    found = lint_text(text)  # the default rules
    assert [(d.rule, d.severity) for d in found] == [(rule, "error")]
    assert "not a summary" in found[0].message


def test_hedging_limitations_is_silent_on_a_placeholder_even_with_limitations_listed():
    source = {"limitations": ["most trials had a high risk of bias", "few children were studied"]}
    for text in ("...", "Agent stopped due to max iterations."):
        assert [d.rule for d in lint_text(text, select=[LIMITS], source=source)] == []
        assert [d.rule for d in lint_text(text, select=["artifacts", LIMITS], source=source)] != []


@pytest.mark.parametrize("text", [
    # a real summary with an agent's stop notice on top is still a summary: the notice is a leftover
    "Agent stopped due to max iterations.\n\nInhaled steroids reduce asthma attacks in children.",
    # a sentence that trails off is not a placeholder
    "Some people felt better, some felt worse, and some...\n\nAntidepressants helped adults with depression.",
])
def test_a_summary_with_a_leftover_or_a_trailing_ellipsis_is_still_judged(text):
    found = lint_text(text)
    assert not any("not a summary" in d.message for d in found)
    assert LIMITS in [d.rule for d in found]  # no limitations passage: the content rules still read it


def test_a_sentence_ending_in_an_ellipsis_is_not_a_template_leftover():
    text = "We looked at smoking, drinking, diet... and found no clear link with kidney stones."
    assert spans(text, TEMPLATE) == []
    assert spans(text, CHAT) == []


def test_the_stop_notice_is_named_from_its_subject():
    text = f"The process stopped because it reached the maximum number of iterations.\n\n{SUMMARY}"
    [diagnostic] = lint_text(text, select=[CHAT])
    assert "('The process stopped because it reached the maximum number of iterations')" in diagnostic.message


def test_no_finding_is_said_missing_from_a_text_that_is_not_a_summary():
    source = {"drugs": {"nicotine patch": ["patches"]}, "outcomes": {"quitting": ["stopping smoking"]},
              "findings": [{"drug": "nicotine patch", "outcome": "quitting", "measure": "RR", "value": 1.55,
                            "key": True}]}
    rules = ["claims/missing-finding"]
    assert [d.rule for d in lint_text("Nicotine patches help.", select=rules, source=source)] == rules
    for text in ("...", "Agent stopped due to max iterations."):
        assert [d.rule for d in lint_text(text, select=rules, source=source)] == []
