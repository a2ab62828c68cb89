"""Kind `certainty`: with low-certainty evidence, every sentence that states a finding carries a
hedge cue (hedging/certainty).

A finding sentence (from laylint.claims) has a figure attached to a drug or outcome, or names a
drug with an outcome. Possibility wording ("can", "linked to") is not a hedge here: Cochrane's
wording for low certainty is "may", for very low "we are very uncertain".
"""

from __future__ import annotations

OPTIONS = {"levels": list, "finding_units": list, "advice": dict}


def validate(options):
    from laylint.metadata import CERTAINTIES

    unknown = [level for level in options.get("levels", []) if level not in CERTAINTIES]
    if unknown:
        yield "levels", f"unknown certainty {unknown[0]!r} (known: {', '.join(CERTAINTIES)})"


def check(rule, analysis):
    from laylint.hedging import detector, findings, lexicon

    meta = analysis.metadata
    levels = rule.options.get("levels", [])
    if meta is None or meta.certainty not in levels:
        return
    lex = lexicon.of(analysis)
    advice = rule.options.get("advice", {}).get(meta.certainty, "hedge it")
    stated = findings.finding_sentences(analysis, rule.options.get("finding_units", []))
    for sentence in analysis.sentences:
        if sentence.index in stated and not detector.hedge_cues(lex, sentence.text):
            yield analysis.diagnostic(rule, sentence.start, sentence.end, suggestion=advice, certainty=meta.certainty)
