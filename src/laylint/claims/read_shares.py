"""The reader of one regex match, and the forms that state a share or a change: percentages,
natural frequencies ("25 out of 100", "15 fewer per 1,000"), ranges of them, ratios, multiples and
fractions. The plain numbers and counts are read in read_numbers.py, on top of this class.
"""

from __future__ import annotations

import math
import re

from laylint.claims.figure import (BLANKS, ENDS_WITH_BY, SHARE_OF, Figure, number_value, share_decimals)
from laylint.claims.patterns import ROUND_BASES, Patterns
from laylint.claims.vocabulary import Vocabulary
from laylint.text import WORD

_COMPARES = re.compile(r"\s+(?:as|the|their|its|his|her|risk)\b", re.IGNORECASE)  # "twice as likely", "double the risk"
_AS_LIKELY = re.compile(r"\s+as\s+(?:likely|many|much|often|common|frequent|high)\b", re.IGNORECASE)
_BOUND_BEFORE = re.compile(r"(?:\bat\s+least|\bmore\s+than|≥|>=?)\s*(?:an?\s+)?\Z", re.IGNORECASE)
_ABSOLUTE_BEFORE = re.compile(r"\babsolute\s+(?:risk\s+)?(?P<way>reduction|decrease|increase)\s+(?:of\s+|was\s+|is\s+|=\s*|:\s*)?\Z",
                             re.IGNORECASE)
# "would benefit one woman in every 20 treated", "one woman was cured for every 25 treated": also a number needed to treat
_PREVENT_BEFORE = re.compile(r"\b(?:prevent(?:s|ed|ing)?|avoid(?:s|ed|ing)?|sav(?:e|es|ed|ing)|benefit(?:s|ed|ted|ing)?|"
                             r"cure[sd]?|help(?:s|ed)?)\s+$", re.IGNORECASE)
_PREVENTED = re.compile(r"\b(?:prevented|avoided|saved|cured|benefit(?:ed|ted)|helped|recovered)\b", re.IGNORECASE)
_ON_SCALE = re.compile(r"\s+(?:points?\s+)?(?:on|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:scale|score)\b", re.IGNORECASE)


_BRACKETED = re.compile(r"\s*\([^()]*\)")


class ShareReader:
    """Turns one regex match of a given form into a Figure (or None to reject the match)."""

    def __init__(self, text: str, pats: Patterns, vocab: Vocabulary):
        self.text, self.pats, self.vocab = text, pats, vocab

    def figure(self, form: str, match) -> Figure | None:
        groups = match.groupdict()
        said = groups.get("qual") or ""
        qualifier = "approximate" if said in ("~", "\u2248") else self.vocab.qualifiers.get(BLANKS.sub(" ", said.lower()), "")
        base = dict(start=match.start(), end=match.end(), text=match.group(0), qualifier=qualifier)
        reader = getattr(self, "_" + form)
        figure = reader(match, groups, base)
        for each in figure if isinstance(figure, list) else [figure] if figure is not None else []:
            before = self.text[max(0, each.start - 2):each.start]
            each.parenthesised = before.rstrip().endswith(("(", "["))
        return figure

    def number(self, raw):
        return number_value(raw, self.pats.number_words)

    def _before(self, position: int, reach: int = 40) -> str:
        return self.text[max(0, position - reach):position]

    def _date(self, match, groups, base):
        return Figure(value=0.0, unit="date", form="date", **base)

    def _points(self, match, groups, base):
        value, decimals = self.number(groups["n"])
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
        low, low_decimals = self.number(groups["lo"])
        high, high_decimals = self.number(groups["hi"])
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
        numerator, numerator_decimals = self.number(groups["a"])
        denominator, _ = self.number(groups["b"])
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
        if _ON_SCALE.match(self.text, match.end()):
            # "six out of 10 on a visual scale": a score on a scale, not a share of people
            return Figure(value=numerator, unit="label", form="number", decimals=numerator_decimals, **base)
        figure = Figure(value=100 * numerator / denominator, unit="percent", form="frequency",
                        decimals=share_decimals(denominator) + numerator_decimals, numerator=int(numerator),
                        denominator=int(denominator), **base)
        if direction := self._changed_by(match.start()):  # "raised false alarms by about 37 per 1,000": points
            figure.unit, figure.form, figure.direction, figure.change = "difference", "difference", direction, True
            figure.value = -figure.value if direction == "down" else figure.value
        return figure

    def _frequency_ci(self, match, groups, base):
        """"113 (57 to 221) out of 1,000": the estimate and its confidence interval, both shares of 1,000."""
        estimate, decimals = self.number(groups["a"])
        low, _ = self.number(groups["lo"])
        high, _ = self.number(groups["hi"])
        denominator, _ = self.number(groups["b"])
        if not (0 <= low < high < denominator and estimate < denominator) or denominator not in ROUND_BASES or estimate != int(estimate):
            return None
        scale, places = 100 / denominator, share_decimals(denominator)
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
        low, _ = self.number(groups["lo"])
        high, _ = self.number(groups["hi"])
        denominator, _ = self.number(groups["b"])
        if not (0 <= low < high <= denominator) or 1900 <= denominator <= 2100:
            return None
        if groups["dash"].strip().lower() == "or" and (high - low > 1 or denominator not in ROUND_BASES
                                                       or groups["per"].lower() == "of"):
            return None  # "8 or 9 out of 1000" is a range; "two or three sets of 10", "8 or 24 out of 1000" are not
        if groups["per"].lower() == "of" and denominator not in ROUND_BASES:
            return None
        if self.pats.after["duration"].match(self.text, match.end()) or self.pats.after["study_noun_soon"].match(self.text, match.end()):
            return None
        scale = 100 / denominator
        return Figure(value=(low + high) * scale / 2, unit="percent", form="range", decimals=share_decimals(denominator),
                      low=low * scale, high=high * scale, denominator=int(denominator), **base)

    def _difference(self, match, groups, base):
        """"about 15 fewer out of 100", "153 fewer per 1,000": an absolute difference in percentage points."""
        count, _ = self.number(groups["a"])
        denominator, _ = self.number(groups["b"])
        if not (0 < count < denominator) or 1900 <= denominator <= 2100:
            return None
        if self.pats.after["duration"].match(self.text, match.end()):
            return None  # "5 more cases in 10 years"
        direction = self.vocab.difference_words.get(groups["change"].lower(), "up")
        points = 100 * count / denominator
        return Figure(value=-points if direction == "down" else points, unit="difference", form="difference",
                      decimals=share_decimals(denominator), numerator=int(count) if count == int(count) else None,
                      denominator=int(denominator), direction=direction, change=True, **base)

    def _prevented(self, match, groups, base):
        """"prevent one death for every 37 people treated": one fewer event per N, i.e. a number needed to treat."""
        if not (_PREVENT_BEFORE.search(self._before(match.start(), 30)) or _PREVENTED.search(groups["words"])):
            return None
        denominator, _ = self.number(groups["b"])
        if not 1 < denominator < 100000 or 1900 <= denominator <= 2100:
            return None
        decimals = max(0, math.floor(2 * math.log10(denominator) - 2))  # as precise as the whole number N is
        return Figure(value=-100 / denominator, unit="difference", form="difference", decimals=decimals,
                      numerator=1, denominator=int(denominator), direction="down", change=True, **base)

    def _ratio(self, match, groups, base):
        """The figure is the number (and its qualifier); the ratio's name before it says what it is."""
        value, decimals = self.number(groups["n"])
        start = match.start("qual") if groups.get("qual") else match.start("n")
        base.update(start=start, end=match.end("n"), text=self.text[start:match.end("n")])
        return Figure(value=value, unit="ratio", form="ratio", decimals=decimals, **base)

    def _relative(self, match, groups, base):
        value, decimals = self.number(groups["n"])
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
        value, decimals = self.number(groups["n"])
        return Figure(value=value, unit="ratio", form="multiple", decimals=decimals, **base)

    def _percent(self, match, groups, base):
        value, decimals = self.number(groups["n"])
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
        if not ENDS_WITH_BY.search(head):
            return ""
        # the verb may be far back when it governs two changes ("lowers A by 44% and B ... by 40%")
        head = re.split(r"[.;:!?](?=\s)|\n", head)[-1]
        head = _BRACKETED.sub("", head)  # "(endometritis) (2 trials, 1364 women) by 70%": asides do not move the verb away
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
            follows = SHARE_OF.match(self.text, match.end())
            if not follows and not base["qualifier"] and not self._changed_by(match.start()):
                return None
            numerator = 1
        elif numerator_word in ("a", "an"):
            numerator = 1
        else:
            numerator, _ = self.number(numerator_word)
        if fraction.endswith("s") != (numerator > 1) and fraction != "half":
            return None  # "two third", "a thirds": not a fraction
        if _AS_LIKELY.match(self.text, match.end()):  # "one-third as likely": a ratio of risks (0.33)
            return Figure(value=round(numerator * part / whole, 2), unit="ratio", form="multiple", decimals=2, **base)
        direction = self._changed_by(match.start())  # "cut the risk by a third": a relative change
        return Figure(value=100 * numerator * part / whole, unit="relative" if direction else "percent", form="fraction",
                      numerator=int(numerator * part), denominator=whole, direction=direction, **base)
