"""Kind `certainty`: with low-certainty evidence, every sentence that states a finding carries a
hedge cue (hedging/certainty). The certainty is the one of the finding the sentence states (a
finding's own `certainty`), else the document's.

A finding sentence (from laylint.claims) has a figure attached to a drug or outcome, or names a
drug with an outcome. Possibility wording ("can", "linked to") is not a hedge here: Cochrane's
wording for low certainty is "may", for very low "we are very uncertain".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from laylint.checks.kind import Kind


@dataclass(frozen=True)
class Options:
    levels: list[str] = field(default_factory=lambda: ["low", "very-low"])
    finding_units: list[str] = field(default_factory=list)  # claim units that state a finding
    advice: dict[str, str] = field(default_factory=dict)  # certainty level -> suggestion


def validate(options):
    from laylint.metadata import CERTAINTIES

    unknown = [level for level in options.levels if level not in CERTAINTIES]
    if unknown:
        yield "levels", f"unknown certainty {unknown[0]!r} (known: {', '.join(CERTAINTIES)})"


def check(rule, analysis):
    from laylint.hedging import detector, findings, lexicon

    meta = analysis.metadata
    if meta is None:
        return
    levels = rule.options.levels
    certainties = findings.sentence_certainties(analysis)  # the certainty of the findings each sentence states
    if meta.certainty not in levels and not any(level in levels for level in certainties.values()):
        return
    lex = lexicon.of(analysis)
    stated = findings.finding_sentences(analysis, rule.options.finding_units)
    for sentence in analysis.sentences:
        level = certainties.get(sentence.index, meta.certainty)
        if sentence.index in stated and level in levels and not detector.hedge_cues(lex, sentence.text):
            yield analysis.diagnostic(rule, sentence.start, sentence.end, suggestion=rule.options.advice.get(level, "hedge it"),
                                      certainty=level)


KIND = Kind("certainty", check, Options, fields=("certainty",), validate=validate)
