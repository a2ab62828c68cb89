r"""artifacts/escaped-text (issue #16, round 36): a summary returned as a JSON string and never decoded.

Summaries written for this test across medical fields, in the shape an undecoded JSON string leaves: a real
backslash and `n`, `t` or `"` in place of a line break, a tab or a quote. Each table has quiet look-alikes a
real summary (or a methods note) could hold: LaTeX, Windows paths, regexes in code, a lone stray backslash."""

from __future__ import annotations

import pytest

from laylint.api import lint_text

RULE = "artifacts/escaped-text"


def escaped(text: str, path: str = "summary.md"):
    return [d for d in lint_text(text, path=path, select=[RULE]) if d.rule == RULE]


@pytest.mark.parametrize("text, count", [
    # cardiology: headings and paragraphs glued by escaped line breaks
    (r"Statins probably lower the risk of a heart attack.\n\n## What did we find?\nWe found 14 trials.", 3),
    # oncology: escaped line breaks before a list
    (r"Key messages:\n- Exercise may ease tiredness during chemotherapy.\n- It is probably safe.", 2),
    # infectious disease: one escaped paragraph break is clear evidence
    (r"Zinc may shorten diarrhoea in children by about half a day.\n\nThe evidence is low certainty.", 2),
    # mental health: escaped tabs and line breaks together
    (r"Online therapy may ease depression.\n\tIt worked as well as face-to-face therapy in 6 studies.", 2),
    # paediatrics: an escape at the very end of the text
    (r"Fever medicines did not prevent repeat febrile seizures in young children.\n\n", 2),
    # smoking cessation: after a number and before a heading mark
    (r"Text messages helped 2 in 100 more people quit.\n### How up to date is this evidence?\nTo May 2023.", 2),
    # renal: escapes doubled by a second encoding still show as backslashes
    (r"Dialysis at home may improve quality of life.\\n\\nWe found 7 small studies.", 2),
])
def test_escaped_line_breaks_are_reported_once_with_their_count(text, count):
    found = escaped(text)
    assert len(found) == 1
    assert f"{count} of them" in found[0].message
    assert found[0].column == text.index("\\") + 1  # at the first escape


def test_the_message_names_the_escapes_found_commonest_first():
    text = r"Aspirin after a stroke.\n\nIt may prevent a second stroke.\n\tBleeding was rare.\n\n"
    [found] = escaped(text)
    assert found.message == ("Escaped line breaks ('\\n') and tabs ('\\t') left from a JSON string, 6 of them; "
                             "replace them with real line breaks and tabs")


def test_escaped_quotes_count_in_a_plain_text_summary():
    text = r'Parents called the asthma app \"helpful\" and used it daily.'
    [found] = escaped(text, path="summary.txt")
    assert "quotes ('\\\"')" in found.message and "2 of them" in found.message


def test_a_markdown_backslash_quote_is_markdown_own_escape_and_shows_as_a_quote():
    assert escaped(r'Parents called the asthma app \"helpful\" and used it daily.') == []


@pytest.mark.parametrize("text", [
    # decoded: real line breaks
    "Statins probably lower the risk of a heart attack.\n\n## What did we find?\nWe found 14 trials.",
    # one stray escape is not clear evidence
    r"Vaccines cut flu in older people.\nThe evidence is moderate.",
    # LaTeX commands in a methods note
    r"We wrote the test as $\mu_1 \neq \mu_2$ and the hazard ratio as $\theta$ with \textbf{bold} labels.",
    r"The model used $\nu$ degrees of freedom \newline and \tau for the between-study variance.",
    # LaTeX umlauts in authors' names
    r'Trials by M\"uller and G\"{o}del tested antibiotics for ear infections in children.',
    # Windows paths
    r"The renal registry files were saved in C:\New Data\Trials and D:\Temp\Notes on the ward PC.",
    r"Export the oncology data to \\Server\Trials\New before the audit.",
    # a small letter after the backslash: a path or a word, never a clear escape
    r"Files sat in C:\new\tables and C:\nurses\trials on the clinic computer.",
    # a regex in inline code and a fenced code block
    r"We split records on the pattern `\n\n` and tabs on `\t` before screening depression trials.",
    "We cleaned the smoking trial exports with this script:\n\n```\nline.split('\\n\\n')\nrow.split('\\t')\n```\n",
])
def test_look_alikes_stay_silent(text):
    assert escaped(text) == []


def test_a_regex_in_backticks_in_a_plain_text_file_stays_silent():
    assert escaped(r"Malaria records were split with `\n\n` then `\t` before analysis.", path="summary.txt") == []


def test_minimum_is_an_option_and_is_validated(tmp_path):
    from laylint.errors import UsageError
    from laylint.ruleset import load_ruleset

    text = r"Vaccines cut flu in older people.\nThe evidence is moderate."
    assert len([d for d in lint_text(text, select=[RULE], options={"minimum": 1}) if d.rule == RULE]) == 1
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "escaped.yaml").write_text(
        "id: house/escaped\nkind: escaped-text\nseverity: error\nmessage: m\ndescription: d\noptions:\n  minimum: 0\n",
        encoding="utf-8")
    with pytest.raises(UsageError, match="minimum"):
        load_ruleset([tmp_path])
