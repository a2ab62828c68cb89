"""jargon/acronym: acronyms used before they are spelled out, Schwartz-Hearst definitions, the allow-list, the seed."""

from pathlib import Path

import pytest

from laylint.api import lint_text
from laylint.pipeline import Project
from laylint.jargon.acronyms import best_long_form, find_acronyms, is_acronym

SEED = Path(__file__).resolve().parents[1] / "examples" / "anti-cd20.md"


def acronym_hits(text, source=None, options=None):
    found = []
    for d in lint_text(text, select=["jargon/acronym"], source=source, options=options):
        found.append((text.splitlines()[d.line - 1][d.column - 1:d.end_column - 1], d.line))
    return found


def reported(text, **kwargs):
    return [word for word, _ in acronym_hits(text, **kwargs)]


@pytest.mark.parametrize("word, expected", [
    ("MS", True), ("UTI", True), ("CD20", True), ("COVID-19", True), ("mRNA", True), ("IgG", True),
    ("HbA1c", True), ("UTIs", True),
    ("Placebo", False), ("McDonald", False), ("iPhone", False), ("A", False), ("2019", False), ("B12", False),
])
def test_what_counts_as_an_acronym(word, expected):
    assert is_acronym(word) is expected


def test_acronyms_are_found_whole_or_inside_hyphenated_words():
    text = "Anti-CD20 drugs, SARS-CoV-2 and UTIs"
    assert [(text[a.start:a.end], a.key) for a in find_acronyms(text)] == [
        ("CD20", "CD20"), ("SARS-CoV-2", "SARS-CoV-2"), ("UTIs", "UTI")]


@pytest.mark.parametrize("short, long, expected", [
    ("MS", "people with multiple sclerosis", "multiple sclerosis"),
    ("UTI", "fewer urinary tract infection", "urinary tract infection"),
    ("COVID-19", "deaths from coronavirus disease 2019", "coronavirus disease 2019"),
    ("CBT", "they had cognitive behavioural therapy", "cognitive behavioural therapy"),
    ("MS", "some patients", None),   # the first letter must start a word
    ("RCT", "people in the study", None),
])
def test_schwartz_hearst_long_form(short, long, expected):
    assert best_long_form(short, long) == expected


# Real-style sentences: (text, acronyms that must be reported)
CASES = [
    ("People with multiple sclerosis (MS) took part. MS affects nerves.", []),
    ("People with MS (multiple sclerosis) took part. MS affects nerves.", []),
    ("Cognitive behavioural therapy (CBT) helped. CBT was given weekly.", []),
    ("Women with urinary tract infections (UTIs) were treated. UTIs came back in 10%.", []),
    ("Deaths from coronavirus disease 2019 (COVID-19) fell.", []),
    ("Plants take in carbon dioxide (CO2). CO2 levels rose.", []),           # digits may be left out
    ("People with type 2 diabetes (T2D) took part.", []),
    ("Children with ADHD slept less.", ["ADHD"]),
    ("The drug lowered LDL cholesterol.", ["LDL"]),
    ("People with COPD used inhalers.", ["COPD"]),
    ("Some people (MS) were treated.", ["MS"]),                       # letters do not spell it
    ("MS is common. People with multiple sclerosis (MS) took part.", ["MS"]),  # defined too late
    ("We used the PHQ-9 questionnaire.", ["PHQ-9"]),
    ("Treatment with anti-TNF drugs helped.", ["TNF"]),
    # independent judging (issue 16): a trial's lettered name, even with an en dash for its hyphen
    ("A later analysis of the J\u2013START trial looked at 19,000 women.", []),
    ("Results from the K-HEART study were similar.", []),
    # the long form right before it, with only the opening bracket missing
    ("Will persons with inflammatory bowel disease IBD) feel better? Most people with IBD took part.", []),
    ("Adults with chronic kidney disease CKD) were tested.", []),
    # everyday abbreviation
    ("Staff kept notes on a shadow IT system.", []),
    ("Viruses such as SARS and the 2009 H1N1 flu spread fast.", []),
    # an en dash inside a name is a hyphen: the whole name is the acronym
    ("Non\u2013HDL cholesterol fell.", ["HDL"]),
    ("Cases of COVID\u201319 rose.", []),
    # but not in a range or between two acronyms
    ("Women with stage I\u2013III cancer took part.", []),
    ("Some had HIV\u2013HCV infection.", ["HCV"]),
    # a stray bracket without the long form before it defines nothing
    ("Adults with kidney problems CKD) were tested.", ["CKD"]),
    ("We looked at the RCT study in detail.", ["RCT"]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_acronym_definitions(text, expected):
    assert reported(text) == expected


def test_only_first_use_is_reported():
    assert acronym_hits("ICS and LABA inhalers. ICS doses varied.\n\nLABA helped.") == [("ICS", 1), ("LABA", 1)]


def test_defined_later_message_names_the_line():
    [d] = lint_text("MS is common.\n\nPeople with multiple sclerosis (MS) took part.", select=["jargon/acronym"])
    assert "line 3" in d.message and d.line == 1


def test_heading_counts_as_a_use():
    text = "# Vitamin D for COPD\n\nPeople with chronic obstructive pulmonary disease (COPD) took vitamin D."
    assert acronym_hits(text) == [("COPD", 1)]


def test_allowed_abbreviations_and_units_are_not_reported():
    assert reported("In the US and UK, DNA tests cost 20 mg of effort and an MRI scan in phase III.") == []


def test_allow_option_extends_the_list():
    assert reported("Patients saw their GP or an NHS nurse about COPD.", options={"allow": ["COPD"]}) == []


def test_shouted_headings_are_not_acronyms():
    assert reported("# WHAT DID WE FIND OUT\n\nMost people got better.") == []


def test_runs_of_capitalised_words_are_names_not_acronyms():
    assert reported("We studied the RECEPTOR-LIKE PROTEIN KINASE1 gene in plants.") == []
    # bare (not "the RLK1 gene": a class noun after the code names it, issue #16)
    assert reported("We studied RLK1 in plants.") == ["RLK1"]
    longer_runs_allowed = {"max_capital_run": 5}
    assert reported("We studied the RECEPTOR-LIKE PROTEIN KINASE1 in plants.", options=longer_runs_allowed) == [
        "RECEPTOR-LIKE", "PROTEIN", "KINASE1"]


def test_web_addresses_are_not_acronyms():
    assert reported("See www.NICE.org.uk/CG123 for more.") == []


def test_metadata_aliases_still_need_spelling_out():
    # the metadata tells laylint what the summary is about, not what its readers know
    source = {"outcomes": {"urinary tract infection": ["UTI"]}, "drugs": {"intravenous iron": ["IV iron"]}}
    assert reported("Fewer people had a UTI after IV iron.", source=source) == ["UTI", "IV"]


def _line_of(text, needle):
    index = text.index(needle)
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


def test_seed_example_reports_ms_and_anti_cd20_on_their_true_lines_and_not_the_drugs():
    source = SEED.read_text(encoding="utf-8")
    heading = source.index("# Using anti-CD20")
    diagnostics = Project(select=["jargon"]).lint_file(SEED).diagnostics
    by_rule = {(d.rule, d.line, d.column) for d in diagnostics}
    ms_line, ms_column = _line_of(source[heading:], "MS")
    heading_line = source.count("\n", 0, heading) + 1
    assert ms_line == 1
    assert ("jargon/acronym", heading_line, ms_column) in by_rule
    anti_line, anti_column = _line_of(source[heading:], "anti-CD20")
    assert ("jargon/term", heading_line, anti_column) in by_rule
    # one message a place: CD20 is inside the jargon term anti-CD20, which jargon/term reports
    assert ("jargon/acronym", heading_line, anti_column + len("anti-")) not in by_rule
    reported_words = {source.splitlines()[d.line - 1][d.column - 1:d.end_column - 1].lower() for d in diagnostics}
    for drug in ("rituximab", "ocrelizumab", "ofatumumab", "ublituximab"):
        assert drug not in reported_words
    # the front matter title also says "MS", but only the summary text is checked
    assert all(d.line >= heading_line for d in diagnostics)
