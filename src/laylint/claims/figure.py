"""A figure a summary states, as read from the prose: its value, unit and form, and the small
helpers every reader of figures shares (the value of a written number, the precision of a share).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from laylint.claims.patterns import ROUND_BASES, parse_number, spelled_value, vulgar_value

# Units a finding can back; the others (date, dose, age, duration, label, schedule...) are not claims.
# A count of studies or people is a claim of its own kind (judged against the declared counts).
CLAIM_UNITS = ("percent", "relative", "ratio", "number", "difference")
BLANKS = re.compile(r"\s+")
ENDS_WITH_BY = re.compile(r"\bby\s+$", re.IGNORECASE)
SHARE_OF = re.compile(r"\s+(?:of|the|all|their|those|these)\b", re.IGNORECASE)  # "half of", "half the"
SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n\n")


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
    listed: bool = False  # "no treatment (3 trials), surgery (1)": a bracketed item of a list of counts (round 28)
    size: bool = False  # a group's size ("N = 291", "the group of 290 people", "6 studies, 581 participants"): never a share
    restates: bool = False  # "(33% absolute improvement)" right after "33 more out of 100": the same figure again
    example: bool = False  # a count of a worked example of a test's accuracy ("of 1000 tested, 200 ..."): checked by value
    measure: str = ""  # sensitivity | specificity: a count of an imagined tested group that states it (tested_groups.py)
    rest: bool = False  # ... by the people the test got wrong ("but will miss 2"): the share is of the others
    span_low: float | None = None  # a count said as a range ("between 11 and 40 people"): its lower end (value is the upper)

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


def number_value(raw: str, words: dict[str, float]) -> tuple[float, int]:
    key = BLANKS.sub(" ", raw.strip().lower())
    if key in words:
        return words[key], 0
    if ("hundred" in key or "thousand" in key) and (spelled := spelled_value(key.replace("\u2010", "-"), words)) is not None:
        return spelled, 0
    fraction = vulgar_value(key[-1:]) if key else None
    if fraction is not None:
        whole = key[:-1].replace(",", "")
        return (float(whole) if whole not in ("", "-") else 0.0) + fraction, 2
    return parse_number(raw)


def is_word(raw: str) -> bool:
    return bool(raw) and raw.strip()[:1].isalpha()


def share_decimals(denominator: float) -> int:
    """The precision in percent of a count out of `denominator` (per 100: 0; per 1,000: 1; per 10: -1)."""
    if denominator in ROUND_BASES:
        return int(round(math.log10(denominator))) - 2
    return 0
