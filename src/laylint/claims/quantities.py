"""Every figure a summary states, found with regular expressions over the raw prose.

spaCy's tokenizer splits "11%" and "8-15%", so figures are matched on characters; the patterns
are built once per process from the claim-quantities lexicon. Each figure knows its unit
(percent, ratio, relative change, plain number) or what else it is (date, dose, age, count...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from laylint.claims.patterns import Patterns, patterns
from laylint.claims.vocabulary import Vocabulary, vocabulary
from laylint.text import WORD

# Units a finding can back; the others (date, dose, age, duration, label, schedule) are not claims.
CLAIM_UNITS = ("percent", "relative", "ratio", "number")
_BLANKS = re.compile(r"\s+")
_ENDS_WITH_BY = re.compile(r"\bby\s+$", re.IGNORECASE)
_COMPARES = re.compile(r"\s+(?:as|the|their|its|his|her|risk)\b", re.IGNORECASE)  # "twice as likely", "double the risk"
_SHARE_OF = re.compile(r"\s+(?:of|the|all|their|those|these)\b", re.IGNORECASE)  # "half of", "half the"


@dataclass
class Figure:
    start: int  # prose offsets of the figure, qualifier included
    end: int
    text: str
    value: float  # percent for percent forms (11% -> 11.0), the ratio for ratios
    unit: str  # percent | relative | ratio | number | count | date | dose | age | duration | label | schedule
    form: str  # percent, frequency, fraction, range, multiple, ratio, relative, number
    qualifier: str = ""  # approximate | more-than | at-least | less-than | up-to
    decimals: int = 0  # precision of the written figure (in the unit of `value`)
    low: float | None = None  # ranges
    high: float | None = None
    numerator: int | None = None  # frequencies: "1 in 4"
    denominator: int | None = None
    direction: str = ""  # relative changes: down | up
    parenthesised: bool = False


def _decimals(raw: str) -> int:
    return len(raw.split(".", 1)[1]) if "." in raw else 0


def _value(raw: str, words: dict[str, float]) -> tuple[float, int]:
    key = _BLANKS.sub(" ", raw.strip().lower())
    if key in words:
        return words[key], 0
    return float(raw.replace(",", "")), _decimals(raw)


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < b and a < end for a, b in taken)


class _Reader:
    """Turns one regex match of a given form into a Figure (or None to reject the match)."""

    def __init__(self, text: str, pats: Patterns, vocab: Vocabulary):
        self.text, self.pats, self.vocab = text, pats, vocab

    def figure(self, form: str, match) -> Figure | None:
        groups = match.groupdict()
        qualifier = self.vocab.qualifiers.get(_BLANKS.sub(" ", (groups.get("qual") or "").lower()), "")
        base = dict(start=match.start(), end=match.end(), text=match.group(0), qualifier=qualifier)
        reader = getattr(self, "_" + form)
        figure = reader(match, groups, base)
        if figure is not None:
            before = self.text[max(0, figure.start - 2):figure.start]
            figure.parenthesised = before.rstrip().endswith(("(", "["))
        return figure

    def _number(self, raw):
        return _value(raw, self.pats.number_words)

    def _date(self, match, groups, base):
        return Figure(value=0.0, unit="date", form="date", **base)

    def _points(self, match, groups, base):
        value, decimals = self._number(groups["n"])
        return Figure(value=value, unit="number", form="points", decimals=decimals, **base)

    def _ci(self, match, groups, base):
        return Figure(value=0.0, unit="label", form="ci", **base)

    def _range(self, match, groups, base):
        if groups["dash"].strip().lower() == "and" and not groups.get("between"):
            return None
        low, low_decimals = self._number(groups["lo"])
        high, high_decimals = self._number(groups["hi"])
        if high <= low:
            return None
        unit = "label" if self.pats.before["ci"].search(self.text[max(0, match.start() - 30):match.start()]) else "percent"
        return Figure(value=(low + high) / 2, unit=unit, form="range", decimals=max(low_decimals, high_decimals),
                      low=low, high=high, **base)

    def _frequency(self, match, groups, base):
        numerator, _ = self._number(groups["a"])
        denominator, _ = self._number(groups["b"])
        if not (0 < numerator < denominator) or numerator != int(numerator) or denominator != int(denominator):
            return None
        if 1900 <= denominator <= 2100 and numerator > 1:
            return None  # "5 in 2020": a year, not a share
        return Figure(value=100 * numerator / denominator, unit="percent", form="frequency",
                      numerator=int(numerator), denominator=int(denominator), **base)

    def _ratio(self, match, groups, base):
        """The figure is the number (and its qualifier); the ratio's name before it says what it is."""
        value, decimals = self._number(groups["n"])
        start = match.start("qual") if groups.get("qual") else match.start("n")
        base.update(start=start, end=match.end("n"), text=self.text[start:match.end("n")])
        return Figure(value=value, unit="ratio", form="ratio", decimals=decimals, **base)

    def _relative(self, match, groups, base):
        value, decimals = self._number(groups["n"])
        direction = self.vocab.relative_change.get(groups["change"].lower(), "down")
        return Figure(value=value, unit="relative", form="relative", decimals=decimals, direction=direction, **base)

    def _multiple(self, match, groups, base):
        if self.pats.after["schedule"].match(self.text, match.end()):
            return Figure(value=0.0, unit="schedule", form="multiple", **base)
        if groups.get("mw"):
            word = groups["mw"].lower()
            if word in ("twice", "double", "triple") and not _COMPARES.match(self.text, match.end()):
                return None  # "tested twice": how often, not a ratio
            return Figure(value=self.vocab.multiples[word], unit="ratio", form="multiple", decimals=1, **base)  # "twice" is 2.0, not 1.5 to 2.5
        if groups.get("n") is None:  # "half as likely"
            return Figure(value=0.5, unit="ratio", form="multiple", decimals=1, **base)
        value, decimals = self._number(groups["n"])
        return Figure(value=value, unit="ratio", form="multiple", decimals=decimals, **base)

    def _percent(self, match, groups, base):
        value, decimals = self._number(groups["n"])
        figure = Figure(value=value, unit="percent", form="percent", decimals=decimals, **base)
        direction = self._changed_by(match.start())
        if direction:
            figure.unit, figure.form, figure.direction = "relative", "relative", direction
        return figure

    def _changed_by(self, start: int) -> str:
        """"reduced the risk of stroke by [20%]": the direction of the change, or ""."""
        head = self.text[max(0, start - 80):start]
        if not _ENDS_WITH_BY.search(head):
            return ""
        verbs = self.vocab.change_verbs
        found = [verbs[w.lower()] for w in WORD.findall(head) if w.lower() in verbs]
        return found[-1] if found else ""

    def _fraction(self, match, groups, base):
        numerator_word = (groups.get("a") or "").lower()
        fraction = groups["f"].lower()
        part, whole = self.vocab.fractions[fraction]
        if not numerator_word:
            if fraction != "half":
                return None
            follows = _SHARE_OF.match(self.text, match.end())
            if not follows and not base["qualifier"] and not self._changed_by(match.start()):
                return None
            numerator = 1
        elif numerator_word in ("a", "an"):
            numerator = 1
        else:
            numerator, _ = self._number(numerator_word)
        if fraction.endswith("s") != (numerator > 1) and fraction != "half":
            return None  # "two third", "a thirds": not a fraction
        direction = self._changed_by(match.start())  # "cut the risk by a third": a relative change
        return Figure(value=100 * numerator * part / whole, unit="relative" if direction else "percent", form="fraction",
                      numerator=int(numerator * part), denominator=whole, direction=direction, **base)

    def _number_figure(self, match, groups, base):
        value, decimals = self._number(groups["n"])
        start, end = match.start("lo") if groups.get("lo") else match.start("n"), match.end("n")
        before, after = self.text[max(0, start - 40):start], self.text[end:end + 60]
        pats, unit = self.pats, "number"
        before_all = self.text[max(0, match.start() - 40):match.start()]
        if pats.before["age"].search(before_all):
            unit = "age"
        elif pats.before["sample"].search(before):
            unit = "count"
        elif any(pats.before[key].search(text) for key in ("label", "ci") for text in (before, before_all)):
            unit = "label"
        elif pats.after["dose"].match(after):
            unit = "dose"
        elif pats.after["age"].match(after) or pats.before["age"].search(before) \
                or (base["qualifier"] and pats.before["person"].search(self.text[max(0, match.start() - 40):match.start()])):
            unit = "age"
        elif pats.after["duration"].match(after):
            unit = "age" if pats.before["age_context"].search(before_all) else "duration"
        elif pats.after["count"].match(after):
            unit = "count"
        elif pats.after["duration_loose"].match(after):
            unit = "duration"
        elif decimals == 0 and "," not in groups["n"] and 1900 <= value <= 2100:
            unit = "date"
        return Figure(value=value, unit=unit, form="number", decimals=decimals, **base)

    def _number_span(self, match, groups, base):
        """"40 to 75", "2-3": a plain range, read by the context of its upper end."""
        if groups["dash"].strip().lower() == "and" and not groups.get("between"):
            return None
        figure = self._number_figure(match, groups, base)
        low, low_decimals = self._number(groups["lo"])
        if figure.value <= low:
            return None
        if figure.unit == "number":
            figure.form, figure.low, figure.high = "range", low, figure.value
            figure.value, figure.decimals = (low + figure.high) / 2, max(low_decimals, figure.decimals)
        elif self.pats.before["age"].search(self.text[max(0, match.start("lo") - 40):match.start("lo")]):
            figure.unit = "age"
        return figure


_READERS = {"number": "number_figure", "span": "number_span"}
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
        for _ in range(3):  # "up to over 200": each word of a chain may start the figure
            prefix = pats.prefix.search(text, max(0, position - _PREFIX_REACH), position)
            if not prefix:
                break
            position = prefix.start()
            starts.add(position)
    return sorted(starts)


_PERCENT_FORMS = ("ci", "range", "relative", "percent")


def find_first_percent(analysis) -> list[Figure]:
    """The first percentage written with a % or "percent", if any (only those patterns run)."""
    if not _STATES_PERCENT.search(analysis.text):
        return []
    return [f for f in find(analysis, _PERCENT_FORMS) if f.unit in ("percent", "relative")][:1]


def find(analysis, forms: tuple[str, ...] | None = None) -> list[Figure]:
    """Every figure in the prose, in order; overlapping matches go to the earlier pattern."""
    pats, vocab, text = patterns(analysis), vocabulary(analysis), analysis.text
    reader = _Reader(text, pats, vocab)
    taken: list[tuple[int, int]] = []
    figures: list[Figure] = []
    starts = _starts(text, pats)
    for form, compiled in pats.patterns:
        if forms is not None and form not in forms:
            continue
        if form in _WHOLE_TEXT_FORMS:
            matches = compiled.finditer(text)
        else:
            matches = (m for m in map(lambda start: compiled.match(text, start), starts) if m)
        for match in matches:
            if match.end() == match.start() or _overlaps(taken, match.start(), match.end()):
                continue
            figure = reader.figure(_READERS.get(form, form), match)
            if figure is None:
                continue
            taken.append((figure.start, figure.end))
            figures.append(figure)
    return sorted(figures, key=lambda f: f.start)
