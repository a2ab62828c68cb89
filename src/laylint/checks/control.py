"""Kind `unknown-rule`: an inline control or front matter `ignore` naming a rule that does not
exist. The pipeline knows the controls (laylint.ruleset.suppression) and the rule set, so it
reports through the rules of this kind, as it does for read problems; the kind itself has nothing
to check in the text."""

from __future__ import annotations

from laylint.checks.kind import Kind


def _nothing(rule, analysis):
    return ()


KIND = Kind("unknown-rule", _nothing, fields=("id", "place", "hint"), reports="unknown-rule")
