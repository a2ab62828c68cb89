"""Every figure a summary states, found with regular expressions over the raw prose.

spaCy's tokenizer splits "11%" and "8-15%", so figures are matched on characters; the patterns
are built once per process from the claim-quantities lexicon. Each figure knows its unit
(percent, ratio, relative change, absolute difference, plain number, count) or what else it is
(date, dose, age, duration, label, a denominator...).

Natural frequencies are read the way people write them: "25 out of 100", "about 37 to 60 out of
100", "15 fewer per 1,000", and a denominator stated once for what follows ("For every 100 people
given a dummy pill, about 5 had headaches. About 8 to 14 did with the new pill.": 5%, 8% to 14%).

The parts: figure.py (the Figure record), read_shares.py and read_numbers.py (one match read
as a figure), frames.py (denominators stated once), counts.py (counts read from their neighbours).
"""

from __future__ import annotations

import re

from laylint.claims.design_counts import elided_design
from laylint.claims.counts import (bracketed_count, design_count, dozens, elliptical, for_inclusion, included_count, list_markers,
                                   listed_after_count, listed_brackets, parts_of_counts, number_of_count, whole_after_count)
from laylint.claims.figure import CLAIM_UNITS, Figure, dose_unit, doses_in, strip_doses
from laylint.claims.powered import powered_effects
from laylint.claims.slash_restated import restated_slashes
from laylint.claims.worded_effects import absolute_shares, worded_intervals
from laylint.claims.tested_groups import tested_groups
from laylint.claims.bands import acuity_fractions, numbered_names, part_of_group, subgroup_bands
from laylint.claims.kept_counts import kept_counts
from laylint.claims.participant_units import read_participant_units
from laylint.claims.size_spans import size_spans
from laylint.claims.named_before import named_before
from laylint.claims.frames import (bracketed_points, difference_intervals, difference_ranges, frames, intervals_per, restated_points,
                                   tested_examples)
from laylint.claims.patterns import Patterns, patterns, reading_text
from laylint.claims.read_numbers import READERS, Reader
from laylint.claims.signed import signed_changes
from laylint.claims.restated import conversions, events_per_events, median_halves, share_of_other_arm
from laylint.claims.vocabulary import vocabulary

__all__ = ["CLAIM_UNITS", "Figure", "dose_unit", "doses_in", "strip_doses", "find", "find_first_percent"]

_STATES_PERCENT = re.compile(r"\d\s?%|\bper\s?cent\b", re.IGNORECASE)
_WHOLE_TEXT_FORMS = ("date", "ci", "ratio")  # they start with a word of their own, so they scan fast
_PREFIX_REACH = 40  # "in excess of", "no fewer than", "between": how far before a number its figure may start


def _starts(text: str, pats: Patterns) -> list[int]:
    """Where a figure can start: at each number (digits or a number word), or at the qualifier,
    "between" or "a" just before it. The other patterns are tried only there, anchored, which is
    much cheaper than scanning the whole text with each of them."""
    starts = set()
    for anchor in pats.anchor.finditer(text):
        position = anchor.start()
        starts.add(position)
        tilde = max(text.rfind(sign, max(0, position - 2), position) for sign in "~\u2248")  # "~300", "\u2248300": "about"
        if tilde >= 0 and not text[tilde + 1:position].strip():
            starts.add(tilde)
        for _ in range(3):  # "up to over 200": each word of a chain may start the figure
            if not text[position - 1:position].isspace():
                break  # the prefix ends in a blank just before the number: the search could not match
            prefix = pats.prefix.search(text, max(0, position - _PREFIX_REACH), position)
            if not prefix:
                break
            position = prefix.start()
            starts.add(position)
    return sorted(starts)


_PERCENT_FORMS = ("ci", "range", "relative", "percent")


def find_first_percent(analysis) -> list[Figure]:
    """A percentage written with a % or "percent", if any (only those patterns run, and only until
    one is read: a text of 100,000 percentages is not read whole to learn that it has one)."""
    if not _STATES_PERCENT.search(analysis.text):
        return []
    return find(analysis, _PERCENT_FORMS, stop_at=("percent", "relative"))


# "£20,000 per QALY", "USD 7,177 (€5,678) per life-year gained": a cost-effectiveness ratio
_PER_QALY = re.compile(r"(?:\s*\([^()]{0,40}\))?\s*(?:per|/|for\s+each|for\s+every)\s+(?:QALYs?\b|(?:(?:quality|disability)[\s\-\u2010\u2011]"
                       r"adjusted\s+)?life[\s\-\u2010\u2011]years?\b)", re.IGNORECASE)
_COSTS = re.compile(r"\b(?:costs?|QALYs?|life[\s\-\u2010\u2011]years?|economic|cost[\s\-\u2010\u2011]effective\w*)\b",
                    re.IGNORECASE)


def _declares_costs(metadata) -> bool:
    return metadata is not None and any(_COSTS.search(phrase) for name, aliases in metadata.outcomes.items()
                                        for phrase in (name, *aliases))


def _cost_ratios(text: str, figures: list[Figure]) -> None:
    """A cost per QALY or per life-year gained is no result of the outcome named near it: with no cost
    outcome in the source there is nothing to check it against (it is left unread)."""
    for figure in figures:
        if _PER_QALY.match(text, figure.end):
            figure.unit = "merged"


def find(analysis, forms: tuple[str, ...] | None = None, stop_at: tuple[str, ...] = ()) -> list[Figure]:
    """Every figure in the prose, in order; overlapping matches go to the earlier pattern. With
    `stop_at` (and `forms`), only the first figure read of one of those units, or nothing."""
    pats, vocab, text = patterns(analysis), vocabulary(analysis), reading_text(analysis)
    reader = Reader(text, pats, vocab)
    taken = bytearray(len(text) + 1)  # 1 where a figure already stands: an overlap test in linear time
    figures: list[Figure] = []
    starts = analysis.memo("claims.starts", lambda: _starts(text, pats))  # one reading for every call on the document
    for form, compiled in pats.patterns:
        if forms is not None and form not in forms:
            continue
        if form in _WHOLE_TEXT_FORMS:
            matches = compiled.finditer(text)
        else:
            matches = (m for m in map(lambda start: compiled.match(text, start), starts) if m)
        for match in matches:
            if match.end() == match.start() or taken.find(1, match.start(), match.end()) >= 0:
                continue
            figure = reader.figure(READERS.get(form, form), match)
            if figure is None:
                continue
            if isinstance(figure, list):  # an estimate and its interval: the whole match is theirs
                taken[match.start():match.end()] = b"\1" * (match.end() - match.start())
                if forms is not None:
                    continue
                figures.extend(figure)
                continue
            taken[figure.start:figure.end] = b"\1" * (figure.end - figure.start)
            if figure.unit in stop_at and not figure.word:  # a bare number word is dropped below
                figure.text = analysis.text[figure.start:figure.end]
                return [figure]
            figures.append(figure)
    figures.sort(key=lambda f: f.start)
    if forms is None:
        list_markers(text, figures)
        subgroup_bands(text, figures, analysis.metadata)
        acuity_fractions(text, figures)
        numbered_names(text, figures, analysis.metadata)
        part_of_group(text, figures)
        conversions(text, figures)
        frames(text, pats, reader, figures)
        events_per_events(text, pats.frame, figures)
        share_of_other_arm(text, figures)
        median_halves(text, figures)
        difference_ranges(text, figures)
        difference_intervals(text, figures)
        intervals_per(text, figures)
        signed_changes(text, figures)
        restated_points(text, figures)
        bracketed_points(text, figures)
        absolute_shares(text, figures)
        restated_slashes(text, figures)
        worded_intervals(text, figures)
        tested_examples(text, figures)
        tested_groups(text, figures, analysis.metadata)
        powered_effects(text, figures)
        read_participant_units(text, figures, analysis.metadata)  # "759 intubation attempts": the participants' unit
        size_spans(text, figures)  # "sample sizes ranged from 12 to 48 participants": no scale
        dozens(text, figures)
        elliptical(text, pats, figures)
        elided_design(text, pats, figures)
        kept_counts(text, figures)
        named_before(text, figures)
        whole_after_count(text, figures)
        listed_after_count(text, figures)
        bracketed_count(text, pats, figures)
        listed_brackets(text, figures)
        number_of_count(text, pats, figures)
        for_inclusion(text, figures)
        included_count(text, figures)
        design_count(text, figures)
        parts_of_counts(text, pats, figures)
    prose = analysis.text
    if forms is None and not _declares_costs(analysis.metadata):
        _cost_ratios(text, figures)
    kept = []
    for figure in figures:
        if figure.unit == "merged":
            continue
        if figure.unit == "count" and figure.change:  # no denominator made it a difference
            if figure.counted == "studies" and figure.direction == "up":
                figure.change = False  # "one more study is ongoing": a count of studies
            else:
                figure.unit, figure.counted = "number", ""  # "5 fewer people died": a difference of counts
        if figure.word and not (figure.unit == "count" and figure.counted in ("studies", "people")) \
                and not (figure.unit == "duration" and figure.change):
            continue  # "one of the", "after one year": a bare number word is a figure only as a count or a share
        figure.text = prose[figure.start:figure.end]  # as written (the reading text unifies minus signs)
        kept.append(figure)
    return sorted(kept, key=lambda f: f.start)
