"""The rule set: rule files loaded and decoded against their kinds, selected by config and command
line, suppressed by inline controls, and documented (one page per rule)."""

from laylint.ruleset.loading import RuleSet, builtin_rules_dir, load_ruleset
from laylint.ruleset.rule import Rule
from laylint.ruleset.selection import matches, resolve_rules

__all__ = ["Rule", "RuleSet", "builtin_rules_dir", "load_ruleset", "matches", "resolve_rules"]
