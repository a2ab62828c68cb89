"""Which arm, comparator and outcome each drafted figure is about. The work is split by job:

    arm_inventory     the arms and comparisons the abstract names (document_arms), with arm_pairs (two arms named
                      together: add_pair, combination_aliases), arm_phrases (a title's, objective's or subheading's
                      arms: heading_arms) and result_arms (the arms a results sentence names)
    mentions          where a sentence names an arm (mentions, _is_generic, _is_comparator)
    outcome_phrases   the outcome named around a figure (outcome_from, tidy_outcome, primary_outcomes)
    per_sentence      each figure's arms and outcome, sentence by sentence (attribute), with arm_forms (the sentence
                      forms that name arms), figure_outcome (a figure's outcome) and series_arms (per-group runs)
    doses             arms that differ only by dose (dose_pairs)
    subjects, verb_object, clause_forms, bracket_labels, same_arms, loose_counts
                      later passes over every figure: a clause's subject or object, a bracket's labels, one arm
                      written two ways, the arms of a count read on its own
    vocabulary        an abstract where no figure has an arm: the phrase it keeps repeating (repeated_intervention)

This module keeps the names callers import from it."""

from __future__ import annotations

from laylint.draft.arm_inventory import document_arms
from laylint.draft.arm_pairs import add_pair, combination_aliases
from laylint.draft.arm_phrases import heading_arms
from laylint.draft.doses import dose_pairs
from laylint.draft.mentions import _expand, _is_comparator, _is_generic, _only_generic, _partial_forms, mentions
from laylint.draft.outcome_phrases import outcome_from, primary_outcomes, tidy_outcome
from laylint.draft.per_sentence import attribute

__all__ = ["add_pair", "attribute", "combination_aliases", "document_arms", "dose_pairs", "heading_arms", "mentions",
           "outcome_from", "primary_outcomes", "tidy_outcome", "_expand", "_is_comparator", "_is_generic", "_only_generic",
           "_partial_forms"]
