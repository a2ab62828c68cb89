"""Every figure a summary states, found with regular expressions over the raw prose.

spaCy's tokenizer splits "11%" and "8-15%", so figures are matched on characters; the patterns
are built once per process from the claim-quantities lexicon. Each figure knows its unit
(percent, ratio, relative change, absolute difference, plain number, count) or what else it is
(date, dose, age, duration, label, a denominator...).

Natural frequencies are read the way people write them: "25 out of 100", "about 37 to 60 out of
100", "15 fewer per 1,000", and a denominator stated once for what follows ("For every 100 people
given a dummy pill, about 5 had headaches. About 8 to 14 did with the new pill.": 5%, 8% to 14%).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from laylint.claims.patterns import (ROUND_BASES, Patterns, parse_number, patterns, reading_text, spelled_value,
                                     vulgar_value)
from laylint.claims.restated import conversions, events_per_events, median_halves, share_of_other_arm
from laylint.claims.vocabulary import Vocabulary, vocabulary
from laylint.text import WORD

# Units a finding can back; the others (date, dose, age, duration, label, schedule...) are not claims.
# A count of studies or people is a claim of its own kind (judged against the declared counts).
CLAIM_UNITS = ("percent", "relative", "ratio", "number", "difference")
_BLANKS = re.compile(r"\s+")
_ENDS_WITH_BY = re.compile(r"\bby\s+$", re.IGNORECASE)
_COMPARES = re.compile(r"\s+(?:as|the|their|its|his|her|risk)\b", re.IGNORECASE)  # "twice as likely", "double the risk"
_SHARE_OF = re.compile(r"\s+(?:of|the|all|their|those|these)\b", re.IGNORECASE)  # "half of", "half the"
_NAME_END_AFTER = re.compile(r"\s*\(|[.,;:)](?:\s|$)|$")  # "death 1 (PD-1)", "ligand 1.": nothing counted after it
_NAME_AFTER = re.compile(r"(?:,\d+)*-[A-Za-z]")  # "3,4-methylenedioxy...", "5-fluorouracil": part of a name
_VULGAR_SHARES = {"½": (1, 2), "¼": (1, 4), "¾": (3, 4), "⅓": (1, 3), "⅔": (2, 3), "⅕": (1, 5), "⅒": (1, 10)}
_BOUND_BEFORE = re.compile(r"(?:\bat\s+least|\bmore\s+than|≥|>=?)\s*(?:an?\s+)?\Z", re.IGNORECASE)
_LOWER_HIGHER = re.compile(r"\s+(?:lower|higher|less|more|greater|smaller|bigger|fewer)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n\n")
_FRAME_SENTENCES = 3  # a denominator stated once holds for its sentence and the next two (in one paragraph)


@dataclass
class Figure:
    start: int  # prose offsets of the figure, qualifier included
    end: int
    text: str
    value: float  # percent for percent forms (11% -> 11.0), the ratio for ratios, points for differences
    unit: str  # percent | relative | ratio | difference | number | count | date | dose | age | duration | label | schedule | denominator | name
    form: str  # percent, frequency, fraction, range, multiple, ratio, relative, difference, number, ci, date...
    qualifier: str = ""  # approximate | more-than | at-least | less-than | up-to
    decimals: int = 0  # precision of the written figure (in the unit of `value`)
    low: float | None = None  # ranges
    high: float | None = None
    numerator: int | None = None  # frequencies: "1 in 4"
    denominator: int | None = None
    direction: str = ""  # relative changes and differences: down | up
    parenthesised: bool = False
    counted: str = ""  # counts: studies | people | other
    word: bool = False  # a bare number word ("five"): a figure only where a denominator makes it one
    change: bool = False  # a duration or number that states a difference ("2 days longer", "15 fewer")
    dose_unit: str = ""  # doses: the unit, normalised (mg, μg, g, ml, IU...)
    framed: bool = False  # a share of a denominator stated before it ("For every 100 people, ... about 5")
    noun: str = ""  # counts: the noun counted, as written ("countries", "trials")
    subset: bool = False  # "15 of these studies": a part of the studies named, checked against their total
    size: bool = False  # a group's size ("N = 291", "the group of 290 people", "6 studies, 581 participants"): never a share


_POWERS = {"thousand": 3, "million": 6, "m": 6, "billion": 9, "bn": 9}
_DOSE_UNITS = {"mg": "mg", "milligram": "mg", "milligrams": "mg", "μg": "μg", "µg": "μg", "mcg": "μg",
               "microgram": "μg", "micrograms": "μg", "g": "g", "gram": "g", "grams": "g", "ml": "ml",
               "millilitre": "ml", "millilitres": "ml", "milliliter": "ml", "milliliters": "ml", "iu": "IU",
               "international units": "IU", "international unit": "IU",
               "unit": "units", "units": "units"}
_DOSE_IN_NAME = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*-?\s*(mg|milligrams?|μg|µg|mcg|micrograms?|g|grams?|ml|millilit(?:re|er)s?|IU|units?)\b",
                           re.IGNORECASE)


def dose_unit(text: str) -> str:
    """"mg", "μg"...: one spelling for each dose unit ("micrograms", "mcg" and "µg" are μg)."""
    word = text.strip(" -")
    return _DOSE_UNITS.get(word.lower(), word)


def doses_in(name: str) -> list[tuple[float, str]]:
    """The doses a drug's name carries: "ethinylestradiol 20 μg" -> [(20.0, "μg")]."""
    return [(float(value), dose_unit(unit)) for value, unit in _DOSE_IN_NAME.findall(name)]


def strip_doses(name: str) -> str:
    """A drug's name without its doses: "aspirin 75 mg" -> "aspirin"."""
    return " ".join(_DOSE_IN_NAME.sub(" ", name).split()).lower()


def _value(raw: str, words: dict[str, float]) -> tuple[float, int]:
    key = _BLANKS.sub(" ", raw.strip().lower())
    if key in words:
        return words[key], 0
    if ("hundred" in key or "thousand" in key) and (spelled := spelled_value(key.replace("\u2010", "-"), words)) is not None:
        return spelled, 0
    fraction = vulgar_value(key[-1:]) if key else None
    if fraction is not None:
        whole = key[:-1].replace(",", "")
        return (float(whole) if whole not in ("", "-") else 0.0) + fraction, 2
    return parse_number(raw)


def _is_word(raw: str) -> bool:
    return bool(raw) and raw.strip()[:1].isalpha()


def _share_decimals(denominator: float) -> int:
    """The precision in percent of a count out of `denominator` (per 100: 0; per 1,000: 1; per 10: -1)."""
    if denominator in ROUND_BASES:
        return int(round(math.log10(denominator))) - 2
    return 0


_OR_MORE = re.compile(r"\s+or\s+(?:more|longer|less|fewer)\b", re.IGNORECASE)
_ABSOLUTE_BEFORE = re.compile(r"\babsolute\s+(?:risk\s+)?(?P<way>reduction|decrease|increase)\s+(?:of\s+|was\s+|is\s+|=\s*|:\s*)?\Z",
                             re.IGNORECASE)
_FOLLOW_UP = re.compile(r"\b(?:later|earlier)\Z", re.IGNORECASE)
# "two days later than", "a week earlier in the induction group": a difference between groups after all
_COMPARED_AFTER = re.compile(r"\s+(?:than|in|with|for|among|on|compared|versus|vs)\b", re.IGNORECASE)


# "one" before a role, said of how care is given rather than how many took part
_ONE_ROLE_AFTER = re.compile(r"\s*(?:at\s+a\s+time\b|,?\s*or\s+(?:(?:for|in|to|with)\s+)?(?:an?\s+|small\s+)?groups?\b"
                             r"|(?:rather\s+than|instead\s+of|versus|vs\.?)\s+(?:(?:in|to)\s+)?(?:an?\s+)?groups?\b"
                             r"|\s+[a-z]+ing\s+(?:with\s+|to\s+)?one\b)", re.IGNORECASE)
_ONE_ROLE_BEFORE = re.compile(r"\bone[\s-]+[a-z-]+\s+[a-z]+ing\s+(?:with\s+|to\s+)?\Z|\bone-to-\Z", re.IGNORECASE)


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
        for each in figure if isinstance(figure, list) else [figure] if figure is not None else []:
            before = self.text[max(0, each.start - 2):each.start]
            each.parenthesised = before.rstrip().endswith(("(", "["))
        return figure

    def _number(self, raw):
        return _value(raw, self.pats.number_words)

    def _before(self, position: int, reach: int = 40) -> str:
        return self.text[max(0, position - reach):position]

    def _date(self, match, groups, base):
        return Figure(value=0.0, unit="date", form="date", **base)

    def _points(self, match, groups, base):
        value, decimals = self._number(groups["n"])
        return Figure(value=value, unit="number", form="points", decimals=decimals, **base)

    def _ci(self, match, groups, base):
        return Figure(value=0.0, unit="label", form="ci-level", **base)

    def _not_a_share(self, position: int) -> bool:
        """A statistic or a threshold before a percentage: "I² = 28%", "ejection fraction < 45%"."""
        before = self._before(position, 60)
        return bool(self.pats.before["statistic"].search(before) or self.pats.before["threshold"].search(before))

    def _threshold(self, number_start: int, end: int, qualifier: str) -> bool:
        """"at least 30% improvement in pain", "a reduction of at least 50% in": part of the outcome."""
        before, after = self._before(number_start, 80), self.text[end:end + 60]
        if self.pats.before["threshold_words"].search(before) or self.pats.after["or_more"].match(after):
            return True
        bound = qualifier in ("at-least", "more-than") or bool(_BOUND_BEFORE.search(before))  # "at least a 50% fall in"
        return bound and bool(self.pats.after["threshold_noun"].match(after))

    def _range(self, match, groups, base):
        if groups["dash"].strip().lower() == "and" and not groups.get("between"):
            return None
        low, low_decimals = self._number(groups["lo"])
        high, high_decimals = self._number(groups["hi"])
        if high <= low:
            return None
        figure = Figure(value=(low + high) / 2, unit="percent", form="range", decimals=max(low_decimals, high_decimals),
                        low=low, high=high, **base)
        if self.pats.before["ci"].search(self._before(match.start(), 30)):
            figure.unit, figure.form = "label", "ci"  # compared with the CI of the estimate before it
        elif self._not_a_share(match.start("lo")) or self._threshold(match.start("lo"), match.end(), base["qualifier"]):
            figure.unit = "label"
        return figure

    def _frequency(self, match, groups, base):
        numerator, numerator_decimals = self._number(groups["a"])
        denominator, _ = self._number(groups["b"])
        # "3.2 per 1,000 women screened": a rate may have decimals, "3.5 in 10" is no share of people
        rate = groups["per"].lower() == "per" and denominator in ROUND_BASES and denominator >= 100
        none = numerator == 0 and groups["per"].lower().startswith("out")  # "no deaths (0 out of 35)": a share too
        if not (0 < numerator < denominator or none) or (numerator != int(numerator) and not rate) or denominator != int(denominator):
            return None
        if 1900 <= denominator <= 2100 and numerator > 1:
            return None  # "5 in 2020": a year, not a share
        if groups["per"].lower() == "of" and denominator not in ROUND_BASES:
            return None  # "5 of 11 studies": a count, not a natural frequency
        if self.pats.after["duration"].match(self.text, match.end()):
            return None  # "3 in 10 years"
        if self.pats.after["study_noun_soon"].match(self.text, match.end()):
            return None  # "3 in 10 trials"
        figure = Figure(value=100 * numerator / denominator, unit="percent", form="frequency",
                        decimals=_share_decimals(denominator) + numerator_decimals, numerator=int(numerator),
                        denominator=int(denominator), **base)
        if direction := self._changed_by(match.start()):  # "raised false alarms by about 37 per 1,000": points
            figure.unit, figure.form, figure.direction, figure.change = "difference", "difference", direction, True
            figure.value = -figure.value if direction == "down" else figure.value
        return figure

    def _frequency_ci(self, match, groups, base):
        """"113 (57 to 221) out of 1,000": the estimate and its confidence interval, both shares of 1,000."""
        estimate, decimals = self._number(groups["a"])
        low, _ = self._number(groups["lo"])
        high, _ = self._number(groups["hi"])
        denominator, _ = self._number(groups["b"])
        if not (0 <= low < high < denominator and estimate < denominator) or denominator not in ROUND_BASES or estimate != int(estimate):
            return None
        scale, places = 100 / denominator, _share_decimals(denominator)
        text, start = self.text, match.start()
        share = Figure(start=start, end=match.end("a"), text=text[start:match.end("a")], qualifier=base["qualifier"],
                       value=estimate * scale, unit="percent", form="frequency", decimals=places + decimals,
                       numerator=int(estimate), denominator=int(denominator))
        interval = Figure(start=match.start("lo"), end=match.end("hi"), text=text[match.start("lo"):match.end("hi")],
                          value=(low + high) * scale / 2, unit="label", form="ci", decimals=places, low=low * scale,
                          high=high * scale, denominator=int(denominator))
        return [share, interval]

    def _frequency_range(self, match, groups, base):
        """"about 37 to 60 out of 100": a range of shares, in percent."""
        if groups["dash"].strip().lower() == "and" and not groups.get("between"):
            return None
        low, _ = self._number(groups["lo"])
        high, _ = self._number(groups["hi"])
        denominator, _ = self._number(groups["b"])
        if not (0 <= low < high <= denominator) or 1900 <= denominator <= 2100:
            return None
        if groups["per"].lower() == "of" and denominator not in ROUND_BASES:
            return None
        if self.pats.after["duration"].match(self.text, match.end()) or self.pats.after["study_noun_soon"].match(self.text, match.end()):
            return None
        scale = 100 / denominator
        return Figure(value=(low + high) * scale / 2, unit="percent", form="range", decimals=_share_decimals(denominator),
                      low=low * scale, high=high * scale, denominator=int(denominator), **base)

    def _difference(self, match, groups, base):
        """"about 15 fewer out of 100", "153 fewer per 1,000": an absolute difference in percentage points."""
        count, _ = self._number(groups["a"])
        denominator, _ = self._number(groups["b"])
        if not (0 < count < denominator) or 1900 <= denominator <= 2100:
            return None
        if self.pats.after["duration"].match(self.text, match.end()):
            return None  # "5 more cases in 10 years"
        direction = self.vocab.difference_words.get(groups["change"].lower(), "up")
        points = 100 * count / denominator
        return Figure(value=-points if direction == "down" else points, unit="difference", form="difference",
                      decimals=_share_decimals(denominator), numerator=int(count) if count == int(count) else None,
                      denominator=int(denominator), direction=direction, change=True, **base)

    def _prevented(self, match, groups, base):
        """"prevent one death for every 37 people treated": one fewer event per N, i.e. a number needed to treat."""
        if not (_PREVENT_BEFORE.search(self._before(match.start(), 30)) or _PREVENTED.search(groups["words"])):
            return None
        denominator, _ = self._number(groups["b"])
        if not 1 < denominator < 100000 or 1900 <= denominator <= 2100:
            return None
        decimals = max(0, math.floor(2 * math.log10(denominator) - 2))  # as precise as the whole number N is
        return Figure(value=-100 / denominator, unit="difference", form="difference", decimals=decimals,
                      numerator=1, denominator=int(denominator), direction="down", change=True, **base)

    def _ratio(self, match, groups, base):
        """The figure is the number (and its qualifier); the ratio's name before it says what it is."""
        value, decimals = self._number(groups["n"])
        start = match.start("qual") if groups.get("qual") else match.start("n")
        base.update(start=start, end=match.end("n"), text=self.text[start:match.end("n")])
        return Figure(value=value, unit="ratio", form="ratio", decimals=decimals, **base)

    def _relative(self, match, groups, base):
        value, decimals = self._number(groups["n"])
        direction = self.vocab.relative_change.get(groups["change"].lower(), "down")
        figure = Figure(value=value, unit="relative", form="relative", decimals=decimals, direction=direction, **base)
        if self._not_a_share(match.start("n")) or self._threshold(match.start("n"), match.end("n"), base["qualifier"]):
            figure.unit = "label"
        return figure

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
        if self._not_a_share(match.start("n")) or self._threshold(match.start("n"), match.end(), base["qualifier"]):
            figure.unit = "label"
            return figure
        direction = self._changed_by(match.start())
        if direction:
            figure.unit, figure.form, figure.direction = "relative", "relative", direction
        elif absolute := _ABSOLUTE_BEFORE.search(self._before(match.start(), 50)):
            # "an absolute risk reduction of 4%": a difference in points, not a risk
            figure.direction = "down" if absolute.group("way").lower() in ("reduction", "decrease") else "up"
            figure.unit, figure.form, figure.change = "difference", "difference", True
            figure.value = -value if figure.direction == "down" else value
        return figure

    def _changed_by(self, start: int) -> str:
        """"reduced the risk of stroke by [20%]": the direction of the change, or ""."""
        head = self.text[max(0, start - 200):start]
        if not _ENDS_WITH_BY.search(head):
            return ""
        # the verb may be far back when it governs two changes ("lowers A by 44% and B ... by 40%")
        head = re.split(r"[.;:!?](?=\s)|\n", head)[-1]
        if len(head) > 80 and not re.search(r"\bby\s.{0,40}?\b(?:and|,)\s", head[:-3]):
            head = head[-80:]
        verbs = self.vocab.change_verbs
        found = [verbs[w.lower()] for w in WORD.findall(head) if w.lower() in verbs]
        return found[-1] if found else ""

    def _slash(self, match, groups, base):
        """"about 1/3 of the trials", "2/3 were women": a share, as "a third", "two thirds"."""
        numerator, denominator = int(groups["a"]), int(groups["b"])
        after, before = self.text[match.end():match.end() + 40], self._before(match.start("a"))
        if numerator >= denominator or self.pats.after["dose"].match(after) or self.pats.after["duration"].match(after) \
                or self.pats.before["label"].search(before) or self.pats.after["count"].match(after):
            return None  # "1/2 tablets", "1/2 days", "grade 1/2", "in 3/5 trials" (a count of a count)
        return Figure(value=100 * numerator / denominator, unit="percent", form="fraction", numerator=numerator,
                      denominator=denominator, **base)

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

    def _count_class(self, noun: str, after_noun: int) -> str:
        """studies | people | other: what a count counts, and whether it is about the study at all."""
        noun = _BLANKS.sub(" ", noun.lower())
        if self.pats.after["background"].match(self.text, after_noun):
            return "other"  # "300 million people worldwide"
        if noun in self.pats.study_nouns:
            return "studies"
        if noun in self.pats.people_nouns:
            return "people"
        return "other"

    def _number_figure(self, match, groups, base):
        raw = groups["n"]
        value, decimals = self._number(raw)
        if raw in _VULGAR_SHARES and not groups.get("lo") and _SHARE_OF.match(self.text, match.end()):
            numerator, denominator = _VULGAR_SHARES[raw]  # "about ½ of children": a fraction, as "half of"
            return Figure(value=100 * numerator / denominator, unit="percent", form="fraction",
                          numerator=numerator, denominator=denominator, **base)
        start, end = match.start("lo") if groups.get("lo") else match.start("n"), match.end("n")
        before, after = self.text[max(0, start - 40):start], self.text[end:end + 60]
        pats, unit, counted, noun, part = self.pats, "number", "", "", None
        before_all = self.text[max(0, match.start() - 40):match.start()]
        suspended = _SUSPENDED.match(after)  # "10- to 60-minute": the unit comes after the second number
        if suspended:
            after = after[suspended.end():]
        paired = pats.after["paired"].match(after)
        shared = after[paired.end():] if paired else ""  # "300 or 450 IU": the unit after the last number
        if _DIMENSION_AFTER.match(after) or _DIMENSION_BEFORE.search(before):
            unit = "label"  # "2 × 2 tables": a shape, not a result
        elif raw.lower() in ("hundred", "thousand") and _VAGUE_BEFORE.search(before):
            unit, counted = "count", "other"  # "several thousand adults": no count to check
        elif pats.before["age"].search(before_all) or _AGE_PAIR.search(before) or _AGE_WAS.search(before):
            unit = "age"
        elif pats.before["sample"].search(before):
            unit, counted = "count", "people"
        elif any(pats.before[key].search(text) for key in ("label", "ci", "statistic") for text in (before, before_all)) \
                or pats.before["scale"].search(before) or pats.after["scale"].match(after) or pats.before["time_point"].search(before):
            unit = "label"  # "measured from -5 to +5", "a 0-10 scale", "+5 means maximum improvement"
        elif shared and (pats.after["dose"].match(shared) or pats.after["duration"].match(shared)):
            unit = "dose" if pats.after["dose"].match(shared) else "duration"
            after = shared
            dose = pats.after["dose"].match(shared)
        elif dose := pats.after["dose"].match(after):
            unit = "dose"
        elif pats.after["age"].match(after) or pats.before["age"].search(before) \
                or (base["qualifier"] and pats.before["person"].search(self.text[max(0, match.start() - 40):match.start()])):
            unit = "age"
        elif pats.after["duration"].match(after):
            unit = "age" if pats.before["age_context"].search(before_all) else "duration"
        elif multiplier := pats.after["multiplier"].match(after):
            unit, counted = "count", "other"  # "200 million people": the world, not the study
            power = _POWERS[multiplier.group(0).strip().lower()]  # that many: "340 million" is 340000000
            value, decimals = value * 10 ** power, decimals - power
        elif (part := _PART_OF.match(after)) is not None:  # "15 of these studies", "two of the trials"
            unit, counted, noun = "count", "studies", part.group("noun")
        elif (count := pats.after["count"].match(after)) is not None:
            unit, counted, noun = "count", self._count_class(count.group("noun"), end + count.end()), count.group("noun")
            if counted == "people" and raw.lower() == "one" and (_ONE_ROLE_AFTER.match(self.text, end + count.end())
                                                                 or _ONE_ROLE_BEFORE.search(before)):
                counted = "other"  # "one nurse teaching one mother", "for one person or for a group": a way of working
        elif pats.after["duration_loose"].match(after):
            unit = "duration"
        elif _NAME_AFTER.match(after):
            unit = "name"  # "3,4-methylenedioxymethamphetamine"
        elif decimals == 0 and "," not in raw and 1900 <= value <= 2100:
            unit = "date"
        elif decimals == 0 and value < 100 and not _is_word(raw) and not groups.get("lo") and not base["qualifier"] \
                and pats.before["name_end"].search(before) and _NAME_END_AFTER.match(after):
            unit = "name"  # "programmed cell death 1 (PD-1)", "interleukin 6 levels"
        figure = Figure(value=value, unit=unit, form="number", decimals=decimals, counted=counted, noun=noun,
                        subset=part is not None, **base)
        figure.size = unit == "count" and bool(pats.before["sample"].search(before) or _SIZE_BEFORE.search(before)
                                               or _SIZE_AFTER.match(self.text, match.end()))
        figure.word = _is_word(raw)
        if unit == "dose":
            figure.dose_unit = dose_unit(dose.group(0))
            # "fell by 5 mmHg", "4 kg lower", "−0.5 mmol/L": a difference in a measured unit (a mean difference)
            figure.change = value < 0 or bool(_ENDS_WITH_BY.search(before_all) or _LOWER_HIGHER.match(after, dose.end()))
            if figure.change:
                figure.form = "measure"
        if unit == "duration":
            longer = pats.after["longer"].match(after)
            if longer and _FOLLOW_UP.search(longer.group(0)) and not _COMPARED_AFTER.match(after, longer.end()):
                longer = None  # "three or four months later": when it was measured, not a difference
            if longer and _OR_MORE.match(after):
                longer = None  # "at four or more months": a bound on when, not a difference
            figure.change = bool(pats.before["change"].search(before) or longer)
        elif unit in ("number", "count") and (change := pats.after["change"].match(after)):
            # "15 fewer", "one extra person": a difference under a denominator (see _frames), else not a count
            figure.change, figure.direction = True, self.vocab.difference_words.get(change.group("change").lower(), "up")
        return figure

    def _number_span(self, match, groups, base):
        """"40 to 75", "2-3": a plain range, read by the context of its upper end."""
        if groups["dash"].strip().lower() == "and" and not groups.get("between"):
            return None
        figure = self._number_figure(match, groups, base)
        low, low_decimals = self._number(groups["lo"])
        if figure.value <= low:
            return None
        figure.word = figure.word or _is_word(groups["lo"])
        confidence = figure.unit == "label" and self.pats.before["ci"].search(self._before(match.start(), 30))
        if figure.unit == "number" or confidence:
            figure.form = "ci" if confidence else "range"
            figure.low, figure.high = low, figure.value
            figure.value, figure.decimals = (low + figure.high) / 2, max(low_decimals, figure.decimals)
        elif self.pats.before["age"].search(self.text[max(0, match.start("lo") - 40):match.start("lo")]):
            figure.unit = "age"
        return figure


_READERS = {"number": "number_figure", "span": "number_span"}
_DIMENSION_AFTER = re.compile(r"\s*[×x]\s*\d")  # "2 × 2 tables", "3 x 3 design"
_DIMENSION_BEFORE = re.compile(r"\d\s*[×x]\s*\Z")
_VAGUE_BEFORE = re.compile(r"\b(?:several|a\s+few|few|many|some)\s+\Z", re.IGNORECASE)
# "a 10- to 60-minute session", "2- or 3-day courses": the first number of a suspended range takes the second's unit
_SUSPENDED = re.compile(r"-\s*(?:to|or|and|-|–)\s*\d[\d.,]*(?=\s*-?\s*[A-Za-z])")
# "between the ages of 50 and 69": the second number of an age band is an age too
# "whose average ages were 60 to 73", "the mean age was about 58": the figure after "age(s) was/were" is an age
_AGE_WAS = re.compile(r"\bages?\s+(?:(?:was|were|is|are|ranged|ranging|from|between|of|about|around|roughly|"
                      r"approximately|nearly|almost)\s+)+$", re.IGNORECASE)
_AGE_PAIR = re.compile(r"\b(?:aged|ages?(?:\s+of)?)\s+\d+\s*(?:and|to|-|–)\s*$", re.IGNORECASE)
_STATES_PERCENT = re.compile(r"\d\s?%|\bper\s?cent\b", re.IGNORECASE)


# "the group of 290 people", "a total of 581", "6 studies, 581 participants": the size of a group
_SIZE_BEFORE = re.compile(r"\b(?:group|groups|sample|cohort|total|arm)\s+of\s+(?:about\s+|around\s+)?\Z"
                          r"|\b\d[\d,]*\s+(?:stud(?:y|ies)|trials?|RCTs?)\s*[,;]\s*\Z"
                          # "(RR 1.08, 95% CI 0.55 to 2.12; 671 participants": the evidence behind an estimate
                          r"|\b(?:CI|interval|RR|OR|HR|ratio|difference)\b[^()]{0,60}[;,]\s*\Z", re.IGNORECASE)


# "150 people were in each group", "60 children per arm": the size of each group
_SIZE_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:in|per)\s+(?:each|every|both|either)\s+(?:group|arm|study|trial)s?\b"
                         r"|(?:\s+[\w-]+){1,2}?\s+each\b"  # "between 30 and 500 people each"
                         r"|\s+[\w-]+\s*[;,]\s*\d[\d,]*\s+(?:stud(?:y|ies)|trials?|RCTs?)\b",  # "671 participants; 7 studies"
                         re.IGNORECASE)


# "would benefit one woman in every 20 treated", "one woman was cured for every 25 treated": also a number needed to treat
_PREVENT_BEFORE = re.compile(r"\b(?:prevent(?:s|ed|ing)?|avoid(?:s|ed|ing)?|sav(?:e|es|ed|ing)|benefit(?:s|ed|ted|ing)?|"
                             r"cure[sd]?|help(?:s|ed)?)\s+$", re.IGNORECASE)
_PREVENTED = re.compile(r"\b(?:prevented|avoided|saved|cured|benefit(?:ed|ted)|helped|recovered)\b", re.IGNORECASE)
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


_OPENER = re.compile(r"(?:^|[.!?:;\n])\s*(?:[A-Za-z]+\s+){0,2}[A-Za-z]+,\s*\Z")  # "Moreover, ", "In addition, "


def _frames(text: str, pats: Patterns, reader: _Reader, figures: list[Figure]) -> None:
    """A denominator stated once ("For every 100 people given a dummy pill, ...") makes the bare
    numbers after it, in its sentence and the next two of its paragraph, shares of it: "about 5"
    is 5 in 100, "about 8 to 14" is 8 to 14 in 100, "15 fewer" is 15 fewer per 100. "If 4 people
    use the drops, one extra ..." is one more per 4 (a number needed to treat)."""
    frames = list(pats.frame.finditer(text))
    if not frames:
        return
    for index, frame in enumerate(frames):
        if any(f.unit == "difference" and f.numerator == 1 and f.start < frame.start("b") < f.end for f in figures):
            continue  # "one stroke prevented for every 588": the figure's own denominator, not one for what follows
        denominator, _ = reader._number(frame.group("b"))
        lead = _BLANKS.sub(" ", frame.group("lead").lower())
        lead = re.sub(r"\b(?:roughly|about|around|approximately) ", "", lead)  # "for roughly every 100": for every 100
        if lead in ("of", "treating") and text[:frame.start()].rstrip()[-1:] not in ("", ".", "!", "?", ":", ";", "\n") \
                and not _OPENER.search(text, max(0, frame.start() - 40), frame.start()):
            continue  # "Of 100 children who ..." (or "Moreover, of 1000 women") starts a sentence; "a total of 1,000 people" is a count
            # ("trials treating 2,000 people" is a count too)
        if lead.startswith("in group") and denominator < 100:
            continue  # "taught in groups of 10 children": the size of a class, not a denominator
        round_base = denominator in ROUND_BASES
        if not round_base and lead not in ("if", "for every", "for each", "treating"):  # "Treating 3 people ..., one extra"
            continue
        scope_end = _scope_end(text, frame.end())
        if index + 1 < len(frames):
            scope_end = min(scope_end, frames[index + 1].start())
        if frame.group("imagined") is not None:
            scope_end = _worked_example(text, frame, scope_end, figures)
        own = None
        for figure in figures:
            if figure.start <= frame.start("b") < figure.end and figure.unit in ("count", "number"):
                figure.unit, figure.form, figure.counted = "denominator", "denominator", ""
                own = figure
                continue
            if not frame.end() <= figure.start < scope_end or figure.form == "frequency" or figure.unit == "assumed":
                continue
            if figure.word and not (figure.qualifier or figure.change or figure.unit == "count"
                                    or pats.after["elliptical"].match(text, figure.end)):
                continue  # "... to need one after PCNL": a pronoun, not a share
            _share_of(figure, denominator, round_base)
            if not round_base and figure.unit == "difference":
                figure.start = frame.start("b")  # "if 4 people use the drops, one extra ...": one claim, both numbers
                if own is not None:
                    own.unit = "merged"


_MODAL_AFTER = re.compile(r"(?:\s+[\w-]+){0,5}?\s+(?:would|will|could|might|may|should|can)\b", re.IGNORECASE)
_PREMISE_END = re.compile(r"[:;]|[.!?](?=\s|$)|\n")
# "- Of the 20 people who have TB, the test finds 11": a smaller group of the example, at a line or sentence start
_SUBGROUP = re.compile(r"(?:^|[\n.:;!?]\s*(?:[-*\u2022]\s*)?)\s*of\s+the\s+(?P<b>\d[\d,]*)\s+", re.IGNORECASE)


def _worked_example(text: str, frame, scope_end: int, figures: list[Figure]) -> int:
    """"Imagine a group of 100 people are tested, and 20 of them really have TB": the numbers its own
    clause assumes are no results; "Of the 20 people who have TB, ..." after it is a smaller group
    (a denominator, and the end of the shares of 100). Returns where the shares of the example end."""
    premise = _PREMISE_END.search(text, frame.end())
    premise_end = premise.start() if premise else len(text)
    groups, reach = [], frame.end()
    for match in _SUBGROUP.finditer(text, frame.end(), frame.end() + 600):
        between = text[reach:match.start("b")]  # list items are paragraphs of their own: each must be such a group
        if between.count("\n\n") > 1 or ("\n\n" in between and not groups and premise_end > match.start()):
            break
        groups.append(match.start("b"))
        reach = match.end()
    for figure in figures:
        if figure.unit in ("number", "count") and frame.end() <= figure.start < premise_end \
                and not _MODAL_AFTER.match(text, figure.end):  # "80 would have a heart attack": a result
            figure.unit, figure.form, figure.counted = "assumed", "assumed", ""
        elif figure.unit in ("number", "count") and figure.start in groups:
            figure.unit, figure.form, figure.counted = "denominator", "denominator", ""
    return min([scope_end] + groups)


_PART_OF = re.compile(r"\s+of\s+(?:these|those|the|them|our|all\s+the|all\s+these)\s+(?:[A-Za-z-]+\s+)?"
                      r"(?P<noun>stud(?:y|ies)|trials?|RCTs?)\b", re.IGNORECASE)
_OF_THEM = re.compile(r"\s+of\s+(?:them|these|those)\b", re.IGNORECASE)
_STUDY_VERBS = re.compile(r"\s+(?:of\s+(?:them|these|those)\s+)?(?:included|compared|reported|recruited|involved|enrolled|"
                          r"assessed|evaluated|examined|measured|tested|looked|focused|took\s+place|were\s+done|followed|lasted)\b", re.IGNORECASE)


def _elliptical(text: str, pats: Patterns, figures: list[Figure]) -> None:
    """"Eleven studies compared X with Y. Eight compared doses.", "One study is ongoing and four are
    awaiting classification": a bare number that starts a clause and is followed by a verb counts
    what the count just before it counted."""
    last: Figure | None = None
    for figure in figures:
        if figure.unit == "count" and figure.counted in ("studies", "people"):
            last = figure
            continue
        if last is None or figure.unit != "number" or figure.form != "number" or figure.qualifier or figure.change:
            continue
        if figure.start - last.end > 200 or "\n\n" in text[last.end:figure.start]:
            last = None
            continue
        verb = pats.after["elliptical"].match(text, figure.end)
        if verb and pats.before["clause_start"].search(text, max(0, figure.start - 12), figure.start):
            # "..., while one included only children": studies include, enrol and compare; people do not
            counted = "studies" if _STUDY_VERBS.match(verb.group(0)) else last.counted
            figure.unit, figure.counted, figure.word = "count", counted, False
            figure.subset = bool(_OF_THEM.match(verb.group(0)))  # "Six of them showed no benefit": a part


_OUT_OF = re.compile(r"\s+out\s+of\s+(?:a\s+total\s+of\s+|the\s+|all\s+)?\Z|\s+of\s+(?:the|all(?:\s+the)?)\s+\Z",
                     re.IGNORECASE)


def _whole_after_count(text: str, figures: list[Figure]) -> None:
    """"36 studies out of 146", "300 people out of 2,400": the bare number after "out of" counts what
    the count before it counted (the whole it is a part of), so it is checked as that count."""
    for count, figure in zip(figures, figures[1:]):
        if count.unit != "count" or count.counted not in ("studies", "people") or not count.noun \
                or figure.unit != "number" or figure.form != "number" or figure.change or figure.decimals:
            continue
        between = text[count.end:figure.start]
        at = between.find(count.noun)
        if at < 0 or between[:at].strip() or not _OUT_OF.match(between[at + len(count.noun):]):
            continue
        figure.unit, figure.counted, figure.noun = "count", count.counted, count.noun


_ITEM_BEFORE = re.compile(r"(?:,\s*(?:and\s+|while\s+|but\s+|though\s+|whereas\s+)?|;\s*|\b(?:and|while|whereas|though)\s+)\Z",
                          re.IGNORECASE)
# "eight in the home", "one in Poland", "15 were based in the community": a place or setting, then the item ends
_ITEM_AFTER = re.compile(r"\s+(?:(?:were|was)\s+(?:based\s+|done\s+|conducted\s+|carried\s+out\s+)?)?(?:in|at|from)\s+"
                         r"(?:the\s+|a\s+)?[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?\s*(?=[,;.)]|\s+and\b|\Z)", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s|\Z)|\n")


def _listed_after_count(text: str, figures: list[Figure]) -> None:
    """"111 studies were in schools, 15 in the community, eight in the home": a bare number that is an
    item of a list after a count of studies or people, in the same sentence, and says only where,
    counts what that count counted (its noun is left out)."""
    last: Figure | None = None
    for figure in figures:
        if figure.unit == "count" and figure.counted in ("studies", "people") and not figure.subset:
            last = figure
            continue
        if last is None or figure.unit != "number" or figure.form != "number" or figure.change or figure.decimals \
                or figure.qualifier or figure.start - last.end > 200 or _SENTENCE_BREAK.search(text, last.end, figure.start):
            continue
        if _ITEM_BEFORE.search(text, max(0, figure.start - 12), figure.start) and _ITEM_AFTER.match(text, figure.end):
            figure.unit, figure.counted, figure.noun = "count", last.counted, last.noun


_NOUN_THEN_BRACKET = re.compile(r"\b(?P<noun>[A-Za-z]+)(?:\s+(?:were|was|are)\s+(?:included|found|identified|eligible|"
                                r"analy[sz]ed|selected))?\s*\(\s*\Z")  # "studies were included (18)"


def _bracketed_count(text: str, pats: Patterns, figures: list[Figure]) -> None:
    """"Most studies (267) had no industry funding": a whole number alone in brackets right after a noun
    of studies counts them."""
    for figure in figures:
        if figure.unit != "number" or figure.form != "number" or figure.change or figure.decimals or figure.qualifier:
            continue
        noun = _NOUN_THEN_BRACKET.search(text, max(0, figure.start - 30), figure.start)
        if noun is None or not re.match(r"\s*\)", text[figure.end:figure.end + 3]):
            continue
        word = noun.group("noun")  # not people: "views from clients (25 studies), health workers (15)" counts studies
        if word in pats.study_nouns or word.lower() in pats.study_nouns:
            figure.unit, figure.counted, figure.noun = "count", "studies", word


# "bringing the total number of RCTs to 78", "the number of included studies was 23"
_NUMBER_OF_BEFORE = re.compile(r"\bnumber\s+of\s+(?:[\w-]+\s+)?(?P<noun>[A-Za-z-]+)\s+(?:to|was|is|reached|rose\s+to|"
                               r"increased\s+to|came\s+to|now\s+stands\s+at|stands\s+at|of)\s+\Z", re.IGNORECASE)


def _number_of_count(text: str, pats: Patterns, figures: list[Figure]) -> None:
    """"the total number of RCTs to 78": a whole number right after "the number of <studies> to/was"
    counts those studies (the noun comes before it, so the count reader does not see it)."""
    for figure in figures:
        if figure.unit != "number" or figure.form != "number" or figure.change or figure.decimals:
            continue
        noun = _NUMBER_OF_BEFORE.search(text, max(0, figure.start - 60), figure.start)
        if noun is None:
            continue
        word = noun.group("noun")
        if word in pats.study_nouns or word.lower() in pats.study_nouns:
            figure.unit, figure.counted, figure.noun = "count", "studies", word


_FROM_BEFORE = re.compile(r"\b(?:from|between|anywhere\s+from)\s+(?:about\s+|around\s+)?\Z", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"\s+(?P<change>fewer|less|more|extra)(?:\s+[A-Za-z-]+){0,2}?\s+(?:to|and)\s+\Z", re.IGNORECASE)


def _difference_ranges(text: str, figures: list[Figure]) -> None:
    """"from 44 fewer to 21 more per 1,000" (the CI of an anticipated absolute effect): one range of
    differences, -4.4 to +2.1 points, not two differences."""
    for first, second in zip(figures, figures[1:]):
        if second.unit != "difference" or not second.denominator or first.unit == "merged" \
                or not (first.unit == "difference" or (first.change and first.unit in ("number", "count"))):
            continue
        between = _TO_BETWEEN.match(text[first.end:second.start] if first.unit != "difference" or first.text[-1:].isdigit()
                                    else " " + first.text.split()[-1] + text[first.end:second.start])
        if not between or not _FROM_BEFORE.search(text, max(0, first.start - 30), first.start):
            continue
        if first.unit != "difference":
            points = first.value * 100 / second.denominator
            first.value = -points if between.group("change").lower() in ("fewer", "less") else points
        low, high = sorted((first.value, second.value))
        second.start, second.text = first.start, text[first.start:second.end]
        second.form, second.low, second.high, second.value = "range", low, high, (low + high) / 2
        first.unit = "merged"


def _restated_points(text: str, figures: list[Figure]) -> None:
    """"raises survival by about 10% (roughly 10 more per 100 treated)": a change in per cent restated
    at once, in the same sentence, as the same difference per 100 (or per 1,000) is that absolute
    difference in points, not a relative change."""
    for figure, then in zip(figures, figures[1:]):
        if figure.unit != "relative" or figure.form != "relative" or figure.value <= 0 \
                or then.unit != "difference" or then.denominator not in (100, 1000) or then.low is not None:
            continue
        if then.start - figure.end > 40 or _SENTENCE_END.search(text, figure.end, then.start):
            continue
        points = abs(then.value)
        if abs(points - figure.value) > max(1.0, 0.1 * figure.value) or (figure.direction == "down") != (then.value < 0):
            continue
        if _backed_by_ratio(text, figure, figures):
            continue  # "by roughly 30% (about 30 more per 100, risk ratio 1.31)": the ratio says it is relative
        figure.unit, figure.form, figure.change = "difference", "difference", True
        figure.value = -figure.value if then.value < 0 else figure.value
        figure.denominator, figure.direction = 100, then.direction


def _backed_by_ratio(text: str, figure: Figure, figures: list[Figure]) -> bool:
    """A ratio later in the figure's sentence that is the relative change: 30% higher and RR 1.31."""
    end = _SENTENCE_END.search(text, figure.end)
    stop = end.start() if end else len(text)
    change = (-figure.value if figure.direction == "down" else figure.value) / 100
    return any(other.unit == "ratio" and other.form == "ratio" and figure.end < other.start < stop
               and abs(other.value - 1 - change) <= max(0.02, 0.1 * abs(change)) for other in figures)


def _intervals_per(text: str, figures: list[Figure]) -> None:
    """"113 per 1,000 (95% CI 57 to 221)", "113 per 1,000 (from 57 to 221)": an interval after a share of
    1,000, written without a per cent sign, is in the same units: 5.7% to 22.1%."""
    previous = None
    for figure in figures:
        if figure.form == "ci-level":
            continue
        interval = figure.form == "ci" or (figure.form == "range" and figure.unit == "number" and figure.parenthesised)
        if interval and not figure.denominator and previous is not None and previous.form == "frequency" \
                and previous.denominator \
                and figure.low is not None and "%" not in figure.text and figure.high < previous.denominator \
                and figure.start - previous.end <= 120 and not _SENTENCE_END.search(text, previous.end, figure.start):
            scale = 100 / previous.denominator
            figure.low, figure.high, figure.value = figure.low * scale, figure.high * scale, figure.value * scale
            figure.decimals, figure.denominator = _share_decimals(previous.denominator), previous.denominator
            figure.unit, figure.form = "label", "ci"  # "(from 57 to 221)": checked as the estimate's interval
        previous = figure


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


def _scope_end(text: str, start: int) -> int:
    position = start
    for _ in range(_FRAME_SENTENCES):
        end = _SENTENCE_END.search(text, position)
        if end is None:
            return len(text)
        if end.group(0) == "\n\n":
            return end.start()
        position = end.end()
    return position


def _share_of(figure: Figure, denominator: float, round_base: bool) -> None:
    """Read a bare number (or range) under a denominator as a share of it, in place."""
    plain = figure.unit == "number" or (figure.unit == "count" and figure.counted == "people" and not figure.size)
    if not plain or figure.form not in ("number", "range") or figure.value < 0:
        return
    high = figure.high if figure.form == "range" else figure.value
    if high >= denominator or high != int(high) or (figure.low is not None and figure.low != int(figure.low)):
        return
    scale, decimals = 100 / denominator, _share_decimals(denominator)
    if figure.change:
        if figure.form != "number":
            return
        points = figure.value * scale
        figure.unit, figure.form, figure.decimals = "difference", "difference", decimals
        figure.value = -points if figure.direction == "down" else points
        figure.numerator, figure.denominator = int(high), int(denominator)
    elif not round_base:
        return
    elif figure.form == "range":
        figure.unit, figure.decimals, figure.denominator = "percent", decimals, int(denominator)
        figure.low, figure.high, figure.value = figure.low * scale, figure.high * scale, figure.value * scale
    else:
        figure.unit, figure.form, figure.decimals = "percent", "frequency", decimals
        figure.numerator, figure.denominator, figure.value = int(figure.value), int(denominator), figure.value * scale
    figure.counted, figure.word, figure.framed = "", False, True


_LINE_MARKER = re.compile(r"(?:^|[\n\u2028\u2029])[ \t]*\Z")
_MARKER_AFTER = re.compile(r"[.)][ \t]+[^\W\d_]")
_ENUMERATED = re.compile(r"\((\d{1,2})\)")
_INLINE_MARKER = re.compile(r"(?<![\w(.,])(\d{1,2})\)")  # "1) ...; 2) ...; and 3) ...": numbering inside a sentence


def _list_markers(text: str, figures: list[Figure]) -> None:
    """List numbering is no claim: "1." or "2)" at a line start ("\u2028" separates lines too), and
    "(1) wasting, (2) obesity": a bare number in parentheses next to the one before or after it."""
    for figure in figures:
        if figure.unit not in ("number", "name") or figure.form != "number" or figure.decimals or not 0 < figure.value <= 30:
            continue
        if _LINE_MARKER.search(text, max(0, figure.start - 20), figure.start) and _MARKER_AFTER.match(text, figure.end):
            figure.unit = "label"
        elif text[figure.start - 1:figure.start] == "(" and text[figure.end:figure.end + 1] == ")":
            near = {int(m.group(1)) for m in _ENUMERATED.finditer(text, max(0, figure.start - 300), figure.end + 300)}
            if {figure.value - 1, figure.value + 1} & near:
                figure.unit = "label"
        elif text[figure.end:figure.end + 1] == ")" and _INLINE_MARKER.match(text, figure.start):
            near = {int(m.group(1)) for m in _INLINE_MARKER.finditer(text, max(0, figure.start - 300), figure.end + 300)}
            if {figure.value - 1, figure.value + 1} & near:
                figure.unit = "label"


def find(analysis, forms: tuple[str, ...] | None = None, stop_at: tuple[str, ...] = ()) -> list[Figure]:
    """Every figure in the prose, in order; overlapping matches go to the earlier pattern. With
    `stop_at` (and `forms`), only the first figure read of one of those units, or nothing."""
    pats, vocab, text = patterns(analysis), vocabulary(analysis), reading_text(analysis)
    reader = _Reader(text, pats, vocab)
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
            figure = reader.figure(_READERS.get(form, form), match)
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
        _list_markers(text, figures)
        conversions(text, figures)
        _frames(text, pats, reader, figures)
        events_per_events(text, pats.frame, figures)
        share_of_other_arm(text, figures)
        median_halves(text, figures)
        _difference_ranges(text, figures)
        _intervals_per(text, figures)
        _restated_points(text, figures)
        _elliptical(text, pats, figures)
        _whole_after_count(text, figures)
        _listed_after_count(text, figures)
        _bracketed_count(text, pats, figures)
        _number_of_count(text, pats, figures)
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
