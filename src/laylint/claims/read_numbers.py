"""Plain numbers and ranges, read by what surrounds them: a count of studies or people, a dose, an
age, a duration, a label or a name, and whether it states a change ("15 fewer", "2 days longer").
"""

from __future__ import annotations

import re

from laylint.claims.measured import said_as_change, time_change_before
from laylint.claims.figure import BLANKS, ENDS_WITH_BY, SHARE_OF, Figure, dose_unit, is_word
from laylint.claims.read_shares import ShareReader

_NAME_END_AFTER = re.compile(r"\s*\(|[.,;:)](?:\s|$)|$")  # "death 1 (PD-1)", "ligand 1.": nothing counted after it
_NAME_AFTER = re.compile(r"(?:,\d+)*-[A-Za-z]")  # "3,4-methylenedioxy...", "5-fluorouracil": part of a name
_VULGAR_SHARES = {"½": (1, 2), "¼": (1, 4), "¾": (3, 4), "⅓": (1, 3), "⅔": (2, 3), "⅕": (1, 5), "⅒": (1, 10)}
_LOWER_HIGHER = re.compile(r"\s+(?:lower|higher|less|more|greater|smaller|bigger|fewer)\b", re.IGNORECASE)
_POWERS = {"thousand": 3, "million": 6, "m": 6, "billion": 9, "bn": 9}
_STUDY_PEOPLE = re.compile(r"(?:participants?|stud(?:y|ies)|trials?|RCTs?)\Z", re.IGNORECASE)
_OR_MORE = re.compile(r"\s+or\s+(?:more|longer|less|fewer)\b", re.IGNORECASE)
_FOLLOW_UP = re.compile(r"\b(?:later|earlier)\Z", re.IGNORECASE)
# "two days later than", "a week earlier in the induction group": a difference between groups after all
_COMPARED_AFTER = re.compile(r"\s+(?:than|in|with|for|among|on|compared|versus|vs)\b", re.IGNORECASE)


# "one" before a role, said of how care is given rather than how many took part
_ONE_ROLE_AFTER = re.compile(r"\s*(?:at\s+a\s+time\b|,?\s*or\s+(?:(?:for|in|to|with)\s+)?(?:an?\s+|small\s+)?groups?\b"
                             r"|(?:rather\s+than|instead\s+of|versus|vs\.?)\s+(?:(?:in|to)\s+)?(?:an?\s+)?groups?\b"
                             r"|\s+[a-z]+ing\s+(?:with\s+|to\s+)?one\b)", re.IGNORECASE)
# "in one trial children ... knew", "In one study women ...": the people after "one <study>" start the clause;
# "in one study": one of the review's studies, pointed at (a part of them, not a count of the review)
_STUDY_BEFORE_NOUN = re.compile(r"\b(?P<study>stud(?:y|ies)|trial|RCT)\s+\Z", re.IGNORECASE)
_POINTING_BEFORE = re.compile(r"\bin\s+\Z", re.IGNORECASE)
_PLURAL_PEOPLE = re.compile(r"(?:s|children|people|men)\Z", re.IGNORECASE)  # not "one trial participant"

_ONE_ROLE_BEFORE = re.compile(r"\bone[\s-]+[a-z-]+\s+[a-z]+ing\s+(?:with\s+|to\s+)?\Z|\bone-to-\Z", re.IGNORECASE)

# "Two people independently screened titles", "two people extracted data": how the review was done
_REVIEWERS_AFTER = re.compile(r"\s+(?:independently\s+)?(?:screened|extracted|selected\s+(?:the\s+)?studies|"
                              r"appraised|assessed\s+(?:the\s+)?(?:risk|quality|eligibility|certainty))\b", re.IGNORECASE)


READERS = {"number": "number_figure", "span": "number_span"}
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


# ("only one of the 2 studies": the whole's own number may come before its noun)
_PART_OF = re.compile(r"\s+of\s+(?:these|those|the|them|our|all\s+the|all\s+these)\s+(?:[A-Za-z-]+\s+|\d[\d,]*\s+)?"
                      r"(?P<noun>stud(?:y|ies)|trials?|RCTs?)\b", re.IGNORECASE)


class Reader(ShareReader):
    """Turns one regex match of a given form into a Figure (or None to reject the match)."""

    def _count_class(self, noun: str, after_noun: int) -> str:
        """studies | people | other: what a count counts, and whether it is about the study at all."""
        noun = BLANKS.sub(" ", noun.lower())
        if noun in self.pats.study_nouns:  # "371 studies from 37 countries around the world": where they were done
            return "studies"
        if self.pats.after["background"].match(self.text, after_noun):
            return "other"  # "300 million people worldwide"
        if noun in self.pats.people_nouns:
            return "people"
        return "other"

    def _number_figure(self, match, groups, base):
        raw = groups["n"]
        value, decimals = self.number(raw)
        if raw in _VULGAR_SHARES and not groups.get("lo") and SHARE_OF.match(self.text, match.end()):
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
            # "over 1.5 million participants", "about 5 thousand women" (round 24): the study's people or studies,
            # unless the words after say the world's ("300 million people worldwide")
            noun = pats.after["count"].match(after, multiplier.end())
            # (millions of "people" or "women" are the world's: "50 million people have epilepsy")
            if noun is not None and (power == 3 or (power == 6 and _STUDY_PEOPLE.match(noun.group("noun")))):
                counted = self._count_class(noun.group("noun"), end + noun.end())
                counted, noun = (counted, noun.group("noun")) if counted in ("studies", "people") else ("other", "")
                if counted != "other":  # the figure is "1.5 million", not "1.5" and a count "million" after it
                    base["end"] = end + multiplier.end()
                    base["text"] = self.text[base["start"]:base["end"]]
            else:
                noun = ""
        elif (part := _PART_OF.match(after)) is not None:  # "15 of these studies", "two of the trials"
            unit, counted, noun = "count", "studies", part.group("noun")
        elif (count := pats.after["count"].match(after)) is not None:
            unit, counted, noun = "count", self._count_class(count.group("noun"), end + count.end()), count.group("noun")
            if counted == "people" and raw.lower() == "one" and (_ONE_ROLE_AFTER.match(self.text, end + count.end())
                                                                 or _ONE_ROLE_BEFORE.search(before)):
                counted = "other"  # "one nurse teaching one mother", "for one person or for a group": a way of working
            elif counted == "people" and _REVIEWERS_AFTER.match(self.text, end + count.end()):
                counted = "other"  # "Two people independently screened the titles": the review's own team
            elif counted == "people" and value == 1 and is_word(raw) and _PLURAL_PEOPLE.search(noun) \
                    and (study := _STUDY_BEFORE_NOUN.search(after, 0, count.start("noun"))) is not None:
                counted, noun = "studies", study.group("study")  # "in one trial children knew": one trial, then its children
            if counted == "studies" and value == 1 and is_word(raw) and _POINTING_BEFORE.search(before):
                part = count  # "In one study ..., in another ...": one of the studies, pointed at
        elif pats.after["duration_loose"].match(after):
            unit = "duration"
        elif _NAME_AFTER.match(after):
            unit = "name"  # "3,4-methylenedioxymethamphetamine"
        elif decimals == 0 and "," not in raw and 1900 <= value <= 2100:
            unit = "date"
        elif decimals == 0 and value < 100 and not is_word(raw) and not groups.get("lo") and not base["qualifier"] \
                and pats.before["name_end"].search(before) and _NAME_END_AFTER.match(after):
            unit = "name"  # "programmed cell death 1 (PD-1)", "interleukin 6 levels"
        figure = Figure(value=value, unit=unit, form="number", decimals=decimals, counted=counted, noun=noun,
                        subset=part is not None, **base)
        figure.size = unit == "count" and bool(pats.before["sample"].search(before) or _SIZE_BEFORE.search(before)
                                               or _SIZE_AFTER.match(self.text, match.end()))
        figure.word = is_word(raw)
        if unit == "dose":
            figure.dose_unit = dose_unit(dose.group(0))
            # "fell by 5 mmHg", "4 kg lower", "−0.5 mmol/L": a difference in a measured unit (a mean difference)
            figure.change = value < 0 or bool(ENDS_WITH_BY.search(before_all) or _LOWER_HIGHER.match(after, dose.end())) \
                or said_as_change(self.text[max(0, match.start() - 80):match.start()])  # "MD = 1.2 kg", "lost 4.5 kg"
            if figure.change:
                figure.form = "measure"
        if unit == "duration":
            longer = pats.after["longer"].match(after)
            if longer and _FOLLOW_UP.search(longer.group(0)) and not _COMPARED_AFTER.match(after, longer.end()):
                longer = None  # "three or four months later": when it was measured, not a difference
            if longer and _OR_MORE.match(after):
                longer = None  # "at four or more months": a bound on when, not a difference
            figure.change = bool(pats.before["change"].search(before) or longer) \
                or said_as_change(self.text[max(0, match.start() - 80):match.start()]) \
                or time_change_before(self.text[max(0, match.start() - 100):match.start()], after)  # "adds about 2 minutes"
        elif unit in ("number", "count") and (change := pats.after["change"].match(after)):
            # "15 fewer", "one extra person": a difference under a denominator (see frames), else not a count
            figure.change, figure.direction = True, self.vocab.difference_words.get(change.group("change").lower(), "up")
        return figure

    def _number_span(self, match, groups, base):
        """"40 to 75", "2-3": a plain range, read by the context of its upper end."""
        if groups["dash"].strip().lower() == "and" and not groups.get("between"):
            return None
        figure = self._number_figure(match, groups, base)
        low, low_decimals = self.number(groups["lo"])
        if figure.value <= low:
            return None
        figure.word = figure.word or is_word(groups["lo"])
        confidence = figure.unit == "label" and self.pats.before["ci"].search(self._before(match.start(), 30))
        if figure.unit == "number" or confidence:
            figure.form = "ci" if confidence else "range"
            figure.low, figure.high = low, figure.value
            figure.value, figure.decimals = (low + figure.high) / 2, max(low_decimals, figure.decimals)
        elif self.pats.before["age"].search(self.text[max(0, match.start("lo") - 40):match.start("lo")]):
            figure.unit = "age"
        elif figure.unit == "duration":  # "about 1 to 2 minutes longer": both ends, for the interval (time_differences)
            figure.low, figure.high = low, figure.value
        elif figure.unit == "count":
            figure.span_low = low  # a share's range once a denominator stated before it makes it one (frames)
            if figure.counted == "people":
                figure.size = True  # "studies involved between 11 and 40 people": sizes of studies, never the total
        return figure
