"""One message per chat leftover: a run of chat sentences in one paragraph is one thing to delete (issue #16:
"prefer one clear message per problem"). Sentences written for this test, in the ways small models write them."""

from __future__ import annotations

import pytest

from laylint.api import lint_text


def chat_spans(text):
    lines = text.splitlines()
    return [lines[d.line - 1][d.column - 1:d.end_column - 1] if d.line == d.end_line else (d.line, d.end_line)
            for d in lint_text(text, select=["artifacts/chat-leftover"]) if d.rule == "artifacts/chat-leftover"]


@pytest.mark.parametrize("text, expected", [
    # a refusal of two sentences and an offer: one paragraph of chat, one message over all of it
    ("I apologize for the confusion. The provided tool is not a summary writer. I can help you rewrite the abstract.\n\n"
     "Asthma education at home may reduce visits to the emergency department.",
     ["I apologize for the confusion. The provided tool is not a summary writer. I can help you rewrite the abstract."]),
    # preamble and sign-off in different paragraphs: two things to delete
    ("Here is the transformed summary:\n\nStatins may lower the chance of a heart attack.\n\n"
     "Let me know if you would like any changes.",
     ["Here is the transformed summary:", "Let me know if you would like any changes."]),
    # a summary sentence between two chat sentences of one paragraph keeps them apart
    ("Please note that this summary is machine-generated. Nicotine patches helped more people stop smoking. "
     "If you would like a shorter version, let me know.",
     ["Please note that this summary is machine-generated.", "If you would like a shorter version, let me know."]),
])
def test_a_run_of_chat_sentences_in_one_paragraph_is_one_message(text, expected):
    assert chat_spans(text) == expected


def test_the_message_names_the_first_leftover_of_the_run():
    text = "I can help you with that. Here is the summary you asked for.\n\nDialysis at home may be as safe as in a unit."
    [diagnostic] = [d for d in lint_text(text, select=["artifacts/chat-leftover"])]
    assert "'I can help'" in diagnostic.message
