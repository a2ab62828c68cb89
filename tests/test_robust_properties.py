"""Property-based: any text, Markdown or front matter lints without raising, every diagnostic lies
inside the file, and linting is deterministic."""

from __future__ import annotations

import os
import re

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lint_support import lint_bytes

from laylint import config
from laylint.ruleset import load_ruleset, resolve_rules

RULESET = load_ruleset([])
ALL_RULES = resolve_rules(config.Config(), RULESET, ["all"])
# CI runs 60 examples per property; LAYLINT_FUZZ_EXAMPLES=2000 fuzzes deeper on a quiet machine.
SETTINGS = settings(max_examples=int(os.environ.get("LAYLINT_FUZZ_EXAMPLES", "60")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _lint(name: str, data: bytes):
    return lint_bytes(name, data, ALL_RULES, RULESET).diagnostics


def _assert_inside(data: bytes, diagnostics) -> None:
    text = data.decode("utf-8", errors="replace").removeprefix("\ufeff")
    lengths = [len(line) for line in LINE_BREAK.split(text)]
    for d in diagnostics:
        if d.rule.startswith("io/"):  # the file was not read as text: the diagnostic sits at its start
            assert (d.line, d.column) == (1, 1), d
            continue
        assert 1 <= d.line <= len(lengths), d
        assert 1 <= d.column <= lengths[d.line - 1] + 1, d
        assert 1 <= d.end_line <= len(lengths), d
        assert 1 <= d.end_column <= lengths[d.end_line - 1] + 1, d
        assert (d.line, d.column) <= (d.end_line, d.end_column), d


def _check(name: str, data: bytes) -> None:
    first = _lint(name, data)
    _assert_inside(data, first)
    assert _lint(name, data) == first  # same input, same output


# Text that exercises the odd corners: line breaks of every kind, BOM, NUL, bidi, zero-width, emoji.
ODD = st.sampled_from(["\r\n", "\r", "\n", "\ufeff", "\0", "\u202e", "\u200b", "\u200d", "\U0001f642",
                       "\u2010", "\u00a0", "\u2028", "\x85", "\u201c", "\u2019", "\u0301", "\t", "%", "(", ")", "---", "<!--"])
UNICODE_TEXT = st.lists(st.one_of(st.text(max_size=40), ODD), max_size=30).map("".join)

INLINE = st.sampled_from([
    "We utilize it", "prior to", "**bold**", "*em*", "`code utilize`", "[utilize link](http://x.org/utilize)",
    "![alt](img.png)", "<!-- laylint-disable -->", "<!-- laylint-enable -->", "<b>html</b>", "&amp;", "\\*",
    "MS (multiple sclerosis)", "12% (95% CI 8% to 16%)", "rituximab", "may", "proves", "\u201cquote\u201d",
    "COVID-19", "p<0.05", "[ref]", "~~gone~~", "a\u00a0b", "",
])
PREFIX = st.sampled_from(["", "# ", "## ", "- ", "* ", "1. ", "> ", "> > ", "    ", "| ", "  - ", "```\n", "<div>\n"])
LINE = st.tuples(PREFIX, st.lists(INLINE, max_size=6).map(" ".join), st.sampled_from(["", ".", " |", "  "]))
MARKDOWN = st.lists(LINE.map("".join), max_size=25).map("\n".join)

SCALAR = st.one_of(st.none(), st.booleans(), st.integers(-5, 200), st.text(max_size=12),
                   st.sampled_from(["12%", "aspirin", "stroke", "randomized-trial", "high", "1.5"]))
KEYS = st.sampled_from(["source", "title", "design", "drugs", "outcomes", "findings", "value", "ci", "drug",
                        "outcome", "limitations", "laylint", "ignore", "certainty", "participants", "key"])
YAML_DATA = st.recursive(SCALAR, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                         st.dictionaries(KEYS, inner, max_size=5)), max_leaves=25)


@SETTINGS
@given(text=UNICODE_TEXT, name=st.sampled_from(["page.md", "page.txt"]))
def test_random_unicode_never_raises(text, name):
    _check(name, text.encode("utf-8", errors="surrogatepass"))  # lone surrogates make invalid UTF-8


@SETTINGS
@given(body=MARKDOWN, newline=st.sampled_from(["\n", "\r\n", "\r"]), bom=st.booleans())
def test_random_markdown_never_raises(body, newline, bom):
    data = ("\ufeff" if bom else "") + body.replace("\n", newline)
    _check("page.md", data.encode("utf-8"))


@SETTINGS
@given(front=YAML_DATA, raw=st.text(max_size=60), use_raw=st.booleans(), body=MARKDOWN)
def test_random_front_matter_never_raises(front, raw, use_raw, body):
    yaml_text = raw if use_raw else yaml.safe_dump({"source": front}, allow_unicode=True)
    _check("page.md", f"---\n{yaml_text}\n---\n{body}\n".encode("utf-8", "replace"))


@SETTINGS
@given(sidecar=YAML_DATA, body=MARKDOWN)
def test_random_sidecar_never_raises(sidecar, body):
    data = body.encode("utf-8")
    text = yaml.safe_dump(sidecar, allow_unicode=True)
    diagnostics = lint_bytes("page.md", data, ALL_RULES, RULESET, "page.source.yaml", text).diagnostics
    _assert_inside(data, [d for d in diagnostics if d.path == "page.md"])


CONTROL = st.tuples(st.sampled_from(["disable", "enable", "disable-line", "disable-next-line", "disable-file"]),
                    st.sampled_from(["", "style", "style/plain-words", "jargon", "style/plain-words, jargon/term"]))


@SETTINGS
@given(lines=st.lists(st.one_of(CONTROL, st.just(None)), min_size=1, max_size=30),
       rule=st.sampled_from(["style/plain-words", "jargon/term", "readability/grade"]))
def test_suppression_lookup_matches_a_scan_of_every_range(lines, rule):
    from laylint import document
    from laylint.diagnostics import Diagnostic
    from laylint.ruleset.suppression import Suppressions, _covers

    text = "\n".join("We utilize it." if line is None else f"<!-- laylint-{line[0]} {line[1]} -->" for line in lines)
    suppressions = Suppressions(document.parse("page.md", text))
    for number in range(1, len(lines) + 2):
        diagnostic = Diagnostic("page.md", number, 1, number, 2, rule, "info", "m")
        scanned = any(r.first <= number <= r.last and _covers(r.ids, rule) for r in suppressions.ranges)
        assert suppressions.suppressed(diagnostic) == scanned


# Found by the fuzz test: a paragraph after a stray byte-order mark starts at the "\n" of a "\r\n",
# which must be the end of its line, not a column past it.
@pytest.mark.parametrize("text", ["\r\ufeff\r\n0", "\r\n\ufeff\r\nWe utilize it.", "a\r\n\ufeff\r\n\r\nb"])
def test_a_span_starting_on_a_crlf_stays_on_its_line(text):
    _check("page.md", text.encode("utf-8"))
