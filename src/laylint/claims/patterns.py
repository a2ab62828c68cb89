"""The regular expressions that find figures, built once per process from the claim-quantities
lexicon (rules/lexicons/claim-quantities.yaml): number words, qualifiers, ratio names, units.

They run on the *reading text*: the prose with look-alike characters mapped one-for-one to the
ones the patterns know (Unicode minus and hyphens to "-", no-break and thin spaces to " ", the
full-width percent sign to "%"), so offsets stay those of the prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from laylint.claims.vocabulary import Vocabulary, vocabulary
from laylint.text import alternation, alternation_shared_tails

# "1.000,5" (a decimal comma after point-grouped thousands) and "12,5%" (a decimal comma before a
# per cent sign) are read as 1000.5 and 12.5; "1,000.5" as 1000.5; "1.9e1" and "10⁻³" with their powers.
_SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_POWER = rf"(?:[eE][-+]?\d{{1,2}}(?![\w.])|⁻?[{_SUPERSCRIPT}]{{1,2}}(?![{_SUPERSCRIPT}]))?"  # small powers only
_DIGITS = (r"(?:\d{1,3}(?:\.\d{3})+,\d+|\d+,\d{1,2}(?=\s?%)|(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)"
           + _POWER)
_PERCENT = r"(?:\s?%|\s+per\s?cent\b|\s+percent\b)"
_DASH = r"\s*(?:-|–|—|to|and)\s*"
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅕": 0.2, "⅒": 0.1}
# One character for one character, so that every offset into the reading text is an offset into the prose.
_SAME_LENGTH = str.maketrans({"\u2212": "-", "\u2010": "-", "\u2011": "-", "\u2012": "-", "\ufe63": "-", "\uff0d": "-",
                              "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\u2008": " ", "\u200a": " ",
                              "\uff05": "%", "\u2264": "≤", "\u2265": "≥"})
# "(MD -1.2 kg; 95% -2.0 to -0.4)": a confidence level with no "CI", after a separator, before an interval
_BARE_LEVEL = r"(?:(?<=[;,(])|(?<=[;,(]\s))(?:80|90|95|99)\s?%"
# Money written before its amount: "USD 7177", "£950", "US$1,200" ("to USD 60,291" is read without it)
CURRENCY = r"(?:\b(?:USD|EUR|GBP|AUD|CAD|NZD|CHF|INR)|US\$|A\$|NZ\$|C\$|\$|£|€|¥)"
_CURRENCY_AFTER_TO = re.compile(rf"(?<=\bto\s){CURRENCY}\s?(?=\d)")
# "3 to < 6 months", "6 to ≤ 12 months": a bound on a range's upper end, read as "3 to   6 months"
_BOUND_IN_RANGE = re.compile(r"(?<=\d)(\s*(?:to|-)\s*)[<≤]=?(?=\s*\d)")
ROUND_BASES = (10, 100, 1000, 10000, 100000)  # "N of M" is a natural frequency only for these M


# An en or em dash used as a minus sign: right before a digit, after a space, bracket or sign that
# does not follow a figure ("MD –0.76, 95% CI –5.74 to 4.23"; not "10 –20", a range).
_DASH_MINUS = re.compile(r"(?:(?<=^)|(?<=[(\[;:=])|(?<=[(\[;:=,]\s)|(?<=[^\d%\s]\s))[–—](?=\.?\d)")


def reading_text(analysis) -> str:
    """The prose as the figure patterns read it (same length, look-alike characters unified)."""
    return analysis.memo("claims.reading-text", lambda: _unify(analysis.text.translate(_SAME_LENGTH)))


def _unify(text: str) -> str:
    # "USD 3055 to USD 60,291": one range, read as "3055 to     60,291" (same length)
    text = _CURRENCY_AFTER_TO.sub(lambda m: " " * len(m.group(0)), text)
    text = _BOUND_IN_RANGE.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), text)
    if "\u2013" not in text and "\u2014" not in text:
        return text  # no dash to read as a minus: the lookbehinds need not be tried at every character
    return _DASH_MINUS.sub("-", text)


def parse_number(raw: str) -> tuple[float, int]:
    """A number in digits as written -> (value, decimals): "1,000.5", "1.000,5", "12,5", "1.9e1", "10⁻³"."""
    power = 0
    if raw and raw[-1] in _SUPERSCRIPT:
        digits = raw.rstrip(_SUPERSCRIPT + "⁻")
        sign = -1 if "⁻" in raw[len(digits):] else 1
        power = sign * int("".join(str(_SUPERSCRIPT.index(c)) for c in raw[len(digits):] if c in _SUPERSCRIPT))
        base = float(digits.replace(",", ""))
        value = base ** power
        return value, max(0, -power) if base == 10 else 2
    mantissa, _, exponent = raw.lower().partition("e")
    european = "." in mantissa and mantissa.index(".") < mantissa.index(",") if "," in mantissa else False
    if european or ("," in mantissa and "." not in mantissa and len(mantissa.rsplit(",", 1)[1]) != 3):
        mantissa = mantissa.replace(".", "").replace(",", ".")  # a decimal comma
    else:
        mantissa = mantissa.replace(",", "")
    decimals = len(mantissa.split(".", 1)[1]) if "." in mantissa else 0
    value = float(mantissa)
    if exponent:
        value *= 10 ** int(exponent)
        decimals = max(0, decimals - int(exponent))
    return value, decimals


@dataclass
class Patterns:
    number_words: dict[str, float]
    patterns: list  # (form, compiled) in priority order
    after: dict  # context patterns for plain numbers
    before: dict
    anchor: re.Pattern  # where a figure may be: a number in digits or a number word
    prefix: re.Pattern  # qualifiers, "between", "a" just before a number
    frame: re.Pattern  # "For every 100 people", "Out of 1,000 children": a denominator for what follows
    study_nouns: frozenset
    people_nouns: frozenset
    search: re.Pattern  # "searched", "up to date": a date there is the search date


def _number_words(vocab: Vocabulary) -> dict[str, float]:
    words = dict(vocab.numbers)
    tens = {w: v for w, v in vocab.numbers.items() if v in (20, 30, 40, 50, 60, 70, 80, 90)}
    units = {w: v for w, v in vocab.numbers.items() if 1 <= v <= 9}
    for ten, ten_value in tens.items():
        for unit, unit_value in units.items():
            words[f"{ten}-{unit}"] = words[f"{ten} {unit}"] = ten_value + unit_value
    return words


def spelled_value(key: str, words: dict[str, float]) -> float | None:
    """"one hundred forty-six", "two hundred and five", "sixteen hundred", "three thousand": a number
    in words above one hundred."""
    head, thousand, tail = key.partition("thousand")
    if thousand:
        head = head.strip(" -")
        whole = 1.0 if head in ("", "a", "one") else words.get(head, words.get(head.replace(" ", "-")))
        if whole is None and "hundred" in head:  # "six hundred thousand"
            whole = spelled_value(head, words)
        return whole * 1000 if whole is not None and not tail.strip(" -") else None
    head, hundred, tail = key.partition("hundred")
    if not hundred:
        return None
    head = head.strip(" -")
    tail = re.sub(r"^[\s-]*(?:and[\s-]+)?", "", tail).strip(" -")
    whole = 1.0 if head in ("", "a", "one") else words.get(head)
    rest = words.get(tail, words.get(tail.replace(" ", "-"))) if tail else 0.0
    if whole is None or rest is None:
        return None
    return whole * 100 + rest


# 10, 100, 1,000 ... 100,000, in digits or words: the denominators of natural frequencies
_ROUND_DENOMINATOR = r"(?:10|100|1,?000|10,?000|100,?000|(?:a|one)\s+(?:hundred|thousand))\b"


def _hundreds(words: dict[str, float], plain: bool = False) -> str:
    """"One hundred forty-six", "two hundred and five", "sixteen hundred" (1600): the multiple of a
    hundred and what follows it; "three thousand", "twenty-five thousand", "six hundred thousand": a
    multiple of a thousand."""
    below = [w for w, v in words.items() if 1 <= v <= 99]
    if not plain:
        # "twenty-one" is dropped where "twenty one" is kept: with [\s-]+ for the space its trie branch
        # (tried first, " " sorts before "-") already matches "twenty-one", so the "-" branch never
        # decides a match; without it every pattern holding a number is a third shorter to compile.
        kept = set(below)
        below = [w for w in below if not ("-" in w and w.replace("-", " ") in kept)]
    below = alternation(below, r"[\s-]+") if plain else tens_first({word: words[word] for word in below}, r"[\s-]+")
    return (rf"\b(?:(?:{below}|a)[\s-]+hundred(?:[\s-]+(?:and[\s-]+)?(?:{below}))?(?:[\s-]+thousand)?"
            rf"|(?:{below})[\s-]+thousand)\b")


def tens_first(words: dict[str, float], space: str = r"\s+") -> str:
    """alternation_shared_tails(words, space), with "twenty one" ... "ninety-nine" written once as the tens and an
    optional unit after them, not once under each ten: the patterns holding a number compile in about half the
    time (~165 ms of every process that reads a figure, issue #19). The same matches: a trie tries the longest
    word first wherever several start at one place, and so does this, since its tens and their compounds come
    first and every other word that can start at the same place is shorter (a unit, a teen is no tens' prefix)."""
    tens = sorted(word for word, value in words.items() if word.isalpha() and value in _TENS)
    units = sorted(word for word, value in words.items() if word.isalpha() and 1 <= value <= 9)
    joins = [join for join in (" ", "-") if tens and units and f"{tens[0]}{join}{units[0]}" in words]
    compounds = {f"{ten}{join}{unit}" for ten in tens for unit in units for join in joins}
    rest = [word for word in words if word not in compounds and word not in tens]
    if not joins or not compounds <= words.keys() or any(word.startswith(ten) for word in rest for ten in tens):
        return alternation_shared_tails(words, space)  # not the shape this is written for: the trie as it is
    between = space if joins == [" "] else "(?:" + "|".join(space if join == " " else re.escape(join) for join in joins) + ")"
    factored = rf"(?:{alternation_shared_tails(tens, space)})(?:{between}(?:{alternation_shared_tails(units, space)}))?"
    return f"{factored}|{alternation_shared_tails(rest, space)}" if rest else factored


_TENS = (20, 30, 40, 50, 60, 70, 80, 90)


def _firsts(words, also: str = "") -> str:
    """A character class of the first characters of `words` (and `also`); one that never matches if none."""
    chars = re.escape("".join(sorted({word[0] for word in words if word}))) + also
    return f"[{chars}]" if chars else "(?!)"


def _singular_forms(words) -> frozenset:
    return frozenset(w.lower() for w in words)


# a describing word in a list before a count's noun: a word of letters and hyphens, no plural ("healthy", "full-term")
_DESCRIBING = r"(?![\w-]*[^\Wsiu]s\b)[^\W\d_][\w-]*"


# a hyphenated describing word, which may end in s ("mixed-methods")
_HYPHENATED = r"[^\W\d_][^\W\d_]*-[\w-]*[^\W\d_]"


class _Lazy:
    """A regex compiled on its first use: a process compiles only the patterns its texts need
    (claims/search-date needs only `search`; a text's figures only the context patterns they meet). After
    that first use the methods are the compiled pattern's own, bound on the instance: no extra cost."""

    _METHODS = ("match", "search", "finditer", "fullmatch", "findall", "sub", "subn", "split")

    def __init__(self, source: str, flags: int = 0):
        self._source, self._flags = source, flags

    def compiled(self) -> re.Pattern:
        pattern = re.compile(self._source, self._flags)
        for name in self._METHODS:
            setattr(self, name, getattr(pattern, name))
        self.compiled = lambda: pattern
        return pattern

    def match(self, *args, **kwargs):
        return self.compiled().match(*args, **kwargs)

    def search(self, *args, **kwargs):
        return self.compiled().search(*args, **kwargs)

    def finditer(self, *args, **kwargs):
        return self.compiled().finditer(*args, **kwargs)

    def __getattr__(self, name):  # .pattern, .flags, .groupindex, and the rarer methods
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)


def build(vocab: Vocabulary, plain: bool = False) -> Patterns:
    """The figure patterns. `plain` is the reference build the tests compare against: every pattern
    compiled at once, the number words in text.alternation's trie, redundant branches and all."""
    compile_ = re.compile if plain else _Lazy
    words = _number_words(vocab)
    word_number = r"\b(?:" + (alternation(words) if plain else tens_first(words)) + r")\b"
    vulgar = "".join(_VULGAR)
    # A number in digits: not inside "COVID-19", "v1.2", "CD20" or a footnote "[^1]"; a minus sign
    # only where no word or figure comes just before it ("-0.58", "(−0.58", not "8-15"); nor inside an
    # allele or star-named variant ("HLA-B*57:01", "CYP2C19*2"; "HLA-B57:01" once markdown took the "*" for
    # emphasis): the "*" and the ":" field after a code's number are the name's.
    digits = (rf"(?:(?<![\w.)%\]-])-)?(?=[\d.])(?<![\w/.^,])(?<![A-Za-z]-)(?<!\[\^)(?<!\w\*)"
              rf"(?<![A-Za-z*]\d:)(?<![A-Za-z*]\d\d:)(?<![A-Za-z*]\d\d\d:)"
              rf"(?:{_DIGITS})[{vulgar}]?(?![\w]|\.\d)(?![⁻{_SUPERSCRIPT}])")
    spelled = _hundreds(words, plain)
    number = rf"(?:{digits}|{spelled}|{word_number}|(?<![\w])[{vulgar}](?!\w))"
    # "~300", "~ 2 360": a tilde before a number is "about" (round 24)
    qualifier = rf"(?:(?P<qual>\b(?:{alternation(vocab.qualifiers)})(?=\s)|[~\u2248](?=\s?\d))\s*)?"
    fraction_words = alternation(vocab.fractions)
    multiple_words = alternation(vocab.multiples)
    change_words = alternation(vocab.difference_words)
    per = r"(?P<per>in|out\s+of|per|of)\s+(?:every\s+|each\s+)?"
    flags = re.IGNORECASE
    months = alternation(vocab.months)

    def scanned(first: str, source: str) -> str:
        # run over every character of the text: in the cheap build a lookahead on the first character
        # (the only ones a match can start with) fails most places at once, before the alternatives are tried
        return source if plain else rf"(?={first})(?:{source})"

    date_starts = _firsts(vocab.months, also=r"\d")
    patterns = [
        ("date", compile_(scanned(rf"\b{date_starts}", rf"\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b|\b(?:{months})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?\d{{4}}\b"
                            rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{months})\.?,?\s+\d{{4}}\b|\b\d{{4}}-\d\d-\d\d\b"
                            rf"|\b(?:19|20)\d\d\s*(?:-|–|—|to)\s*(?:(?:19|20)\d\d|\d\d)\b"), flags)),
        ("points", compile_(rf"{qualifier}(?P<n>{number})(?:{_PERCENT})?\s+percentage[\s-]+points?\b", flags)),
        ("ci", compile_(scanned(r"\d", rf"\b\d+(?:\.\d+)?\s?%\s*(?:CI|confidence\s+intervals?|credible\s+intervals?|CrI)\b"
                          rf"|{_BARE_LEVEL}(?=\s*-?\d[\d.,]*\s*(?:to|-|–)\s*-?\d)"), flags)),
        # "about 15 fewer out of 100", "153 fewer people per 1000": an absolute difference
        # ("36 fewer men with disease progression per 1000": up to six words before "per", three before the others)
        ("difference", compile_(rf"{qualifier}(?P<a>{number})\s+(?P<change>{change_words})\s+"
                                  rf"(?:(?:[A-Za-z-]+\s+){{0,3}}?(?P<per>in|out\s+of|per|for)|(?:[A-Za-z-]+\s+){{4,6}}?(?P<far>per))"
                                  rf"\s+(?:every\s+|each\s+)?(?P<b>{number})", flags)),
        # "prevent one death from any cause for every 37 people", "one stroke prevented for every 588": a number
        # needed to treat in words (the reader keeps it only beside a verb of preventing)
        ("prevented", compile_(rf"\b(?P<a>one|1)\s+(?P<words>(?:[A-Za-z-]+\s+){{1,5}}?)(?:for|in)\s+(?:every|each)\s+"
                                 rf"(?P<b>{number})", flags)),
        # "113 (57 to 221) out of 1,000": an estimate and its confidence interval, both per 1,000
        ("frequency_ci", compile_(rf"{qualifier}(?P<a>{number})\s*\(\s*(?:95\s?%\s*(?:CI|confidence\s+interval)\s*[:,]?\s*)?"
                                    rf"(?P<lo>{number})(?P<dash>\s*(?:-|–|—|to)\s*)(?P<hi>{number})(?:\s+[A-Za-z-]+)?\s*\)\s+"
                                    rf"(?:[A-Za-z-]+\s+)?{per}(?P<b>{number})", flags)),
        # "about 37 to 60 out of 100", "between 39 and 60 in every 100", "8 or 9 people out of 1000"
        ("frequency_range", compile_(rf"{qualifier}(?P<between>\b(?:between|from)\s+)?(?P<lo>{number})(?P<dash>{_DASH}|\s+or\s+)"
                                       rf"(?P<hi>{number})\s+(?:[A-Za-z-]+\s+)?{per}(?P<b>{number})", flags)),
        ("range", compile_(rf"{qualifier}(?P<between>\b(?:between|from)\s+)?(?P<lo>{number})(?:{_PERCENT})?"
                             rf"(?P<dash>{_DASH})(?P<hi>{number}){_PERCENT}", flags)),
        # "40 out of 100", and "40 people out of 100", "14 children per 1,000": the people named between only before
        # "out of", "per", "in every/each" and a round denominator ("3 studies of 100 children", "300 people out of
        # 2,400" are counts)
        ("frequency", compile_(rf"{qualifier}(?P<a>{number})\s+(?:(?:{alternation(vocab.people_nouns)})\s+"
                                 rf"(?=(?:out\s+of|per|in\s+(?:every|each))\s+(?:every\s+|each\s+)?{_ROUND_DENOMINATOR}))?"
                                 rf"{per}(?P<b>{number})", flags)),
        ("ratio", compile_(scanned(rf"\b{_firsts(vocab.ratio_names + vocab.ratio_abbreviations)}",
                                   rf"(?:\b(?:{alternation(vocab.ratio_names)})\b|\b(?-i:{alternation(vocab.ratio_abbreviations)})\b)"
                             rf"\s*(?:\(\s*[A-Za-z]{{2,4}}\s*\)\s*)?(?:[^\d.;%()]{{0,50}}?\b(?:of|was|is|were|at|=|:)|\s*[=:,]?)\s*{qualifier}"
                             rf"(?P<n>(?:-)?{_DIGITS})(?![\w%])"), flags)),
        ("relative", compile_(rf"{qualifier}(?P<n>{number}){_PERCENT}\s+(?P<change>{alternation(vocab.relative_change)})\b", flags)),
        ("multiple", compile_(rf"{qualifier}(?:(?P<n>{number})\s*-?\s*(?:times(?=\s+(?:as|more|higher|greater|less|lower|the|likelier)\b)|fold\b)"
                                rf"|\bhalf\s+as\s+(?=likely|many|much|often|common)|(?P<mw>\b(?:{multiple_words})\b))", flags)),
        ("percent", compile_(rf"{qualifier}(?P<n>{number}){_PERCENT}", flags)),
        # "About 1/3 came from ...": a fraction with a slash (a date or "24/7" is no fraction)
        ("slash", compile_(rf"{qualifier}(?<![\d/.,])(?P<a>[1-9])/(?P<b>[2-9]|10)(?![\d/.,%])", flags)),
        ("fraction", compile_(rf"{qualifier}(?:(?P<a>\ba|\ban|{number})[\s-]+)?(?P<f>\b(?:{fraction_words})\b)(?!\s+(?:an?\s+)?(?:hour|mile|minute|day|dose|tablet|pill))", flags)),
        ("span", compile_(rf"{qualifier}(?P<between>\b(?:between|from)\s+)?(?P<lo>{number})(?P<dash>{_DASH})(?P<n>{number})", flags)),
        ("number", compile_(rf"{qualifier}(?P<n>{number})", flags)),
    ]
    nouns = alternation(vocab.count_nouns + vocab.study_nouns + vocab.people_nouns)
    stop = alternation(vocab.not_between_count)
    after = {
        "dose": compile_(rf"\s*-?\s*(?:{alternation(vocab.dose_units)})(?![\w])", flags),
        "age": compile_(rf"[\s-]*(?:{alternation(vocab.time_units)})[\s-]+(?:old|of\s+age)\b", flags),
        "duration": compile_(rf"[\s-]*(?:{alternation(vocab.time_units)})\b", flags),
        "duration_loose": compile_(rf"(?:\s+[A-Za-z-]+){{1,2}}?\s+(?:{alternation(vocab.time_units)})\b", flags),  # "1.9 fewer migraine days"
        # "12 trials", "3,723 women with", "21 randomised controlled trials"; not "one in the study"
        # "three main types" no, "these two surgeries affect people" no: a word between is no plural noun
        "count": compile_(rf"(?:(?:\s+(?!(?:{stop})\b)(?![\w-]*[^\Wsiu]s\b)[\w-]+){{0,2}}?"
                            # "1885 healthy, full-term, formula-fed infants": a list of describing words
                            rf"|\s+{_DESCRIBING}(?:,\s+{_DESCRIBING}){{1,2}}"
                            # "431 preterm and low birth weight infants", "63 qualitative or mixed-methods studies" (round 24)
                            rf"|\s+{_DESCRIBING}(?:\s+{_DESCRIBING})?\s+(?:and|or)\s+(?:{_DESCRIBING}|{_HYPHENATED})(?:\s+{_DESCRIBING}){{0,2}}?)"
                            rf"\s+(?P<noun>{nouns})\b"
                            rf"(?!\s+(?:{alternation(vocab.not_counted_after)})\b)"
                            # "369 study eyes", "120 trial participants": "study" describes what is counted
                            rf"(?!(?<=study|trial)\s+(?:{alternation(vocab.people_nouns + vocab.count_nouns)})\b)", flags),
        # "a 0-10 scale", "+5 means maximum improvement": a scale, or one of its ends
        "scale": compile_(rf"[\s-]*(?:point[\s-]+)?(?:scale|score\s+range)\b|\s+(?:means|meaning|is|=|indicates|represents|was|being)\s+"
                            rf"(?:the\s+|a\s+)?(?:{alternation(vocab.scale_ends)})\b", flags),
        # "300 or 450 IU", "200/225 IU", "at 30 and 60 seconds", "3, 6 and 12 months": the numbers share the unit after the last
        "paired": compile_(rf"(?:\s*(?:,|/|\bor\b|\band\b|,\s*and\b|,\s*or\b)\s*(?:\d[\d.,]*|{word_number}))+(?=\s*-?\s*[A-Za-z])",
                             flags),  # "three or four months" too
        "schedule": compile_(rf"\s+(?:times\s+)?(?:{alternation(vocab.schedule_words)})\b", flags),
        "background": compile_(rf"[^.;]{{0,80}}?\b(?:{alternation(vocab.background_words)})\b", flags),
        "multiplier": compile_(r"\s*(?:million|billion|thousand|m\b|bn\b)", flags),
        "change": compile_(rf"\s+(?P<change>{change_words})\b", flags),
        "longer": compile_(rf"(?:\s+[A-Za-z-]+){{0,3}}?\s+(?:{alternation(vocab.duration_change)})\b", flags),
        "or_more": compile_(r"\s*(?:%|per\s?cent|percent)?\s*(?:or\s+(?:more|greater|higher|above|less|lower|fewer|below)|and\s+(?:above|over|below))\b", flags),
        "threshold_noun": compile_(rf"\s*(?:%|per\s?cent|percent)?\s+(?:{alternation(vocab.threshold_nouns)})\s+(?:in|of|on)\b", flags),
        "elliptical": compile_(rf"\s+(?:of\s+(?:them|these|those)\s+)?(?:{alternation(vocab.elliptical_verbs)})\b", flags),
        "study_noun_soon": compile_(rf"(?:\s+[\w-]+){{0,2}}?\s+(?:{alternation(vocab.study_nouns)})\b", flags),
    }
    before = {
        "age": compile_(rf"\b(?:{alternation(vocab.age_words)})\s*$", flags),
        "label": compile_(rf"(?:\b(?:{alternation(vocab.label_words)})\s*(?:[<>≤≥]=?\s*)?$|\bp\s*[<=>≤≥]\s*$|\bp[\s-]*values?\s*(?:of|was|=|:)?\s*$)", flags),
        "age_context": compile_(r"\bage[sd]?\b[^.;\d]{0,30}$", flags),  # "the average age was around [40] years"
        "person": compile_(rf"\b(?:{alternation(vocab.count_nouns + vocab.people_nouns)})\s+$", flags),
        "ci": compile_(rf"\b(?:CI|CrI)\)?\s*[:,]?\s*(?:of\s+|was\s+|from\s+)?(?:{CURRENCY}\s?)?$|{_BARE_LEVEL}\s*$"
                         r"|confidence\s+intervals?\s*(?:of|was|from|:)?\s*$"
                         r"|credible\s+intervals?\s*(?:of|was|from|:)?\s*$", flags),
        "sample": compile_(r"\b[nN]\s*[=\u2248~]\s*$"),  # "n=450", "n\u2248450": people
        # "programmed cell death 1", "Interleukin 6": a number after a word (not in capitals, not a value word) ends a name
        "name_end": compile_(rf"(?<![\w-])(?!(?i:{alternation(vocab.value_words_before)})[ \u00a0]\Z)"
                               r"[A-Za-z][a-z]{2,}(?:-[A-Za-z][a-z]+)*(?<!ed)(?<!ing)(?<!ly)[ \u00a0]\Z"),
        "clause_start": compile_(r"(?:^|[.;:!?]\s+|,\s*(?:and\s+|while\s+|but\s+)?|\b(?:and|while|but|whereas)\s+|\n\s*)"
                                   r"(?:(?:[Oo]nly|[Jj]ust|[Aa]nother|[Tt]he\s+other)\s+)?\Z"),  # "and only three followed"
        # heterogeneity and other test statistics: "I² = 28%", "I2 of 61%", "Tau² = 0.02", "chi² = 3.1"
        "statistic": compile_(r"(?:\b(?-i:I)\s*(?:²|2|\^2)|\btau\s*(?:²|2|\^2)|\bchi\s*(?:²|2|\^2)|\bheterogeneity)"
                                r"\s*(?:statistic\s*)?(?:=|:|of|was|is|was\s+about|of\s+about)?\s*$", flags),
        # a threshold that defines an outcome: "ejection fraction < 45%", "≥ 50%", "at least a 30% improvement in"
        "threshold": compile_(r"(?:[<>≤≥]\s*=?|=<|>=)\s*$", flags),
        "threshold_words": compile_(rf"\b(?:{alternation(vocab.threshold_nouns)})\s+of\s+(?:at\s+least|more\s+than|over|≥|>=?)\s*(?:an?\s+)?$"
                                      rf"|\b(?:threshold|cut-?off|cut\s+point|target)\s+(?:of|at|was|is)?\s*$"
                                      # "(defined as oxygen saturation less than 90%)": a definition's cut-off
                                      rf"|\b(?:defined\s+as|definition\s+of)\b[^.;:()\d%]{{0,50}}"
                                      rf"(?:less\s+than|more\s+than|greater\s+than|fewer\s+than|below|above|under|over|"
                                      rf"at\s+least|at\s+most|[<>≤≥]=?)\s*$", flags),
        # "measured from -5 to +5", "scored between 0 and", "on a scale of 0 to": a scale's range
        "scale": compile_(rf"\b(?:{alternation(vocab.scale_words)})\s+(?:of\s+|from\s+|between\s+|out\s+of\s+)"
                            rf"(?:[-+]?\d+(?:\.\d+)?\s*(?:\([^()]{{0,40}}\)\s*)?(?:to|and|-|–)\s*)?[-+]?$", flags),
        # "at weeks 4 and 8", "in months 3, 6 and 12": time points named by their number
        "time_point": compile_(rf"\b(?:at|in|by|from|until|to|on|during|and|between)\s+(?:{alternation(vocab.time_units)})s?\s+"
                                 r"(?:\d+\s*(?:,\s*(?:and\s+|or\s+)?|and|or|to|-|–)\s*)*$", flags),
        "change": compile_(rf"\b(?:{alternation(vocab.duration_change)})\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+)?$"
                             r"|\ban?\s+(?:extra|additional)\s+$", flags),
    }
    anchor_words = list(words) + list(vocab.fractions) + list(vocab.multiples)
    # a sign, a point, a digit, a vulgar fraction or a number word's first letter at a word start
    anchor = compile_(scanned(rf"[-.\d{vulgar}]|\b{_firsts(anchor_words)}",
                              rf"(?:(?<![\w.)%\]-])-)?\.?\d[\d,.]*|[{vulgar}]|\b(?:{alternation(anchor_words)})\b"), flags)
    prefix = compile_(rf"(?<![\w-])(?:{alternation(list(vocab.qualifiers) + ['between', 'from', 'a', 'an'])})\s+\Z", flags)
    hypothetical = alternation(vocab.hypothetical_words)
    frame_starts = _firsts(vocab.hypothetical_words + ["for", "out", "in", "of", "among", "if", "treating", "per"])
    frame = compile_(scanned(rf"\b{frame_starts}", rf"\b(?P<lead>(?P<imagined>(?:{hypothetical})\s+(?:(?:a|an|that|the)\s+)?(?:(?:small\s+)?group\s+of\s+)?)"
                       rf"|for\s+(?:(?:roughly|about|around|approximately)\s+)?(?:every|each)|out\s+of(?:\s+every)?|in\s+(?:every|each)"
                       rf"|of\s+every|among|amongst|if|treating|in\s+(?:a\s+)?groups?\s+of|per|of)\s*(?P<b>{digits}|{word_number})\s+(?:[A-Za-z-]+\s+){{0,2}}?"
                       rf"(?P<noun>{alternation(vocab.people_nouns + vocab.frame_nouns)})\b"), flags)
    search = compile_(rf"\b(?:{alternation(vocab.search_words)})\b[^.;!?]{{0,60}}$", flags)
    return Patterns(words, patterns, after, before, anchor, prefix, frame, _singular_forms(vocab.study_nouns),
                    _singular_forms(vocab.people_nouns), search)


def vulgar_value(char: str) -> float | None:
    return _VULGAR.get(char)


def patterns(analysis) -> Patterns:
    return analysis.shared("claims.quantity-patterns", lambda: build(vocabulary(analysis)))
