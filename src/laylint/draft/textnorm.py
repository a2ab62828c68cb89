"""Text preparation for drafting: one-for-one character normalisation (so every offset still points
into the abstract as given), numbers written with digits or words, and sentence splitting."""

from __future__ import annotations

import re
from dataclasses import dataclass

from laylint.text import fold

# Characters replaced one for one, so offsets into the normalised text are offsets into the original.
_HYPHENS = "\u2010\u2011\u2012\u2043\ufe63\uff0d"  # hyphens, figure dash, small and full-width hyphen-minus
_MINUS = "\u2212\u2796"
_SPACES = "\u00a0\u2007\u2009\u200a\u202f\u205f\u3000"
_QUOTES = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2032": "'"}
_TABLE = {ord(c): "-" for c in _HYPHENS + _MINUS}
_TABLE.update({ord(c): " " for c in _SPACES})
_TABLE.update({ord(k): v for k, v in _QUOTES.items()})
_TABLE.update({ord("\u2264"): "\u2264", ord("\t"): " ", ord("\r"): "\n", ord("\x0b"): " ", ord("\x0c"): "\n"})
_DECIMAL_DOT = re.compile(r"(?<=\d)[\u00b7\u2219\u22c5](?=\d)")  # Lancet's 22·1
_EN_DASH_MINUS = re.compile(r"(?<![\w.%)\]])[\u2013\u2014](?=\d)")  # "–0.5" after a space or bracket: a minus
_EN_DASH = re.compile(r"\u2013")
_SPACED_MINUS = re.compile(r"\b(MD|SMD|WMD|RD)\s[-\u2013]\s(?=\d)")


def normalise(text: str) -> str:
    """The same text with hyphen, minus and space variants made ASCII, one character for one: the
    text layer's typographic folding, then the signs of numbers (minus signs, "22·1", "–0.5")."""
    text = fold(text).translate(_TABLE)
    text = _DECIMAL_DOT.sub(".", text)
    text = _EN_DASH_MINUS.sub("-", text)
    text = _SPACED_MINUS.sub(lambda m: m[1] + "  -", text)  # "MD - 77.79 mL": the minus moved onto its number, same length
    return _EN_DASH.sub("-", text)  # ranges "0.65–0.94" and compounds "centre–home" read like hyphens


UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
         "sixteen seventeen eighteen nineteen").split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_BELOW_100 = (r"(?:(?:" + "|".join(TENS) + r")(?:[- ](?:" + "|".join(UNITS[1:10]) + r"))?|"
              + "|".join(sorted(UNITS, key=len, reverse=True)) + r")")
# "One hundred and forty-six studies", "two hundred"
WORD_NUMBER = (r"(?:(?:a|" + "|".join(UNITS[1:10]) + r")\s+hundred(?:\s+and\s+" + _BELOW_100 + r")?|" + _BELOW_100
               + r"|a single|single)")
_WORD_RE = re.compile(r"^" + WORD_NUMBER + r"$", re.I)
# A number written with digits: thousands with commas or (thin) spaces, decimals, an optional minus.
DIGITS = r"(?<![\w.])-?\d{1,3}(?:,\d{3})+(?![\d])(?:\.\d+)?|(?<![\w.])-?\d+(?:\.\d+)?"
NUMBER = r"(?:" + DIGITS + r"|\b" + WORD_NUMBER + r"\b)"
_SPACE_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3})((?: \d{3})+)(?![\d.,%])(?=\s+[A-Za-z(]|[);])")


def word_value(word: str) -> int | None:
    word = word.lower().replace("-", " ").strip()
    if not _WORD_RE.match(word):
        return None
    if word in ("a single", "single"):
        return 1
    hundreds = re.match(r"^(\w+)\s+hundred(?:\s+and\s+(.+))?$", word)
    if hundreds:
        rest = word_value(hundreds.group(2)) if hundreds.group(2) else 0
        return (1 if hundreds.group(1) == "a" else UNITS.index(hundreds.group(1))) * 100 + (rest or 0)
    parts = word.split()
    if parts[0] in TENS:
        return (TENS.index(parts[0]) + 2) * 10 + (UNITS.index(parts[1]) if len(parts) > 1 else 0)
    return UNITS.index(parts[0])


def number_value(text: str) -> float | None:
    """The value of a number as written: '14,548', '-0.19', '22.1', 'Fifty-five', '412 873'."""
    text = text.strip()
    plain = text.replace(",", "").replace(" ", "")
    try:
        return float(plain)
    except ValueError:
        value = word_value(text)
        return float(value) if value is not None else None


def join_space_thousands(text: str) -> str:
    """'412 873 participants' -> '412,873 participants' (same length): thousands written with spaces
    (BMJ style), not after a word that takes a number of its own ("type 2 123 ...")."""
    def join(match):
        if re.search(r"\b(?:type|grade|stage|phase|class|group|arm|day|week|month|year|level|step)\s*$", text[max(0, match.start() - 12):match.start()], re.I):
            return match.group(0)
        if text[match.end():match.end() + 1] in ");" and not re.search(r"\bn\s*=\s*$", text[max(0, match.start() - 6):match.start()], re.I):
            return match.group(0)  # only a group size closes its bracket: "(n=23 651)"
        return match.group(1) + match.group(2).replace(" ", ",")
    return _SPACE_THOUSANDS.sub(join, text)


def format_number(value: float, like: str | None = None) -> str:
    """A number written with the decimals of `like` (the abstract's text), else as short as possible."""
    if like is not None:
        digits = re.sub(r"[^\d.]", "", like)
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        return f"{value:.{decimals}f}"
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    section: str  # the section kind: title, background, objectives, methods, results, conclusions, other
    heading: str | None = None  # the subheading in force (a results subheading such as "Pain")
    paragraph: int = 0
    comparison: str | None = None  # the comparison announced in force ("A versus B", comparisons.py)


_ABBREVIATIONS = re.compile(r"(?:\b(?:e\.g|i\.e|vs|approx|et al|Fig|Dr|no|nos|ref|cf|incl|resp|St|ca|c)\.$|\b[A-Z]\.$)", re.I)


# a full stop run into the next sentence, as some exports glue paragraphs: after a bracket or a word of three
# lower-case letters, before a capitalised word ("%).In children", "analyses.In adults"; not "www.example.org")
_GLUED_STOP = re.compile(r"(?:(?<=\))|(?<=[a-z]{3}))\.(?=[A-Z][a-z]*\b[ ,])")


def split_sentences(text: str, offset: int) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph; decimals, abbreviations and full stops inside
    brackets do not end a sentence."""
    spans, start, depth = [], 0, 0
    i = 0
    while i < len(text):
        char = text[i]
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char in ".?!" and depth == 0:
            after = text[i + 1:i + 3]
            glued = _GLUED_STOP.match(text, i) is not None  # "...evidence).Interventions which used ..."
            if (not after or after[0] in " \n" or glued) and not _ABBREVIATIONS.search(text[max(start, i - 8):i + 1]):
                rest = text[i + 1:].lstrip(" ")
                if not rest or rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"'(":
                    spans.append((start, i + 1))
                    start = i + 1
                    while start < len(text) and text[start] == " ":
                        start += 1
        i += 1
    if start < len(text) and text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return [(offset + s, offset + e) for s, e in spans if e > s]


# Words glued together where markup was stripped ("usingclassical psychedelics(psilocybin", "usingMDMAon"):
# a reading copy gets a space back, and a map from its offsets to the abstract's.
_FUNCTION = ("in", "on", "of", "for", "with", "using", "receiving", "to", "and", "or", "by", "than", "from", "versus")
_GLUED_UPPER = re.compile(r"\b(?P<a>" + "|".join(_FUNCTION) + r")(?=[A-Z]{2,})|(?<=[A-Z]{2})(?P<b>" + "|".join(_FUNCTION) + r")\b")
_GLUED_BRACKET = re.compile(r"(?<=[a-z]{3})(?=\((?![a-z]\)))|(?<=\))(?=[a-z]{2})")
_GLUED_LOWER = re.compile(r"\b(?:" + "|".join(_FUNCTION) + r")[a-z]{4,}\b")


def deglue(text: str) -> tuple[str, list[int] | None]:
    """(reading copy, map from its offsets to `text`'s), or (text, None) when nothing is glued."""
    cuts: set[int] = set()
    for match in _GLUED_UPPER.finditer(text):
        cuts.add(match.end("a") if match["a"] else match.start("b"))
    for match in _GLUED_BRACKET.finditer(text):
        cuts.add(match.start())
    lower = [m for m in _GLUED_LOWER.finditer(text)]
    if lower:
        try:
            from wordfreq import zipf_frequency
        except ImportError:  # pragma: no cover - wordfreq is a dependency
            lower = []
        for match in lower:
            word = match.group(0)
            if zipf_frequency(word, "en") > 0:
                continue
            for prefix in sorted(_FUNCTION, key=len, reverse=True):
                if word.startswith(prefix) and zipf_frequency(word[len(prefix):], "en") >= 3:
                    cuts.add(match.start() + len(prefix))
                    break
    if not cuts:
        return text, None
    pieces, mapping, last = [], [], 0
    for cut in sorted(cuts):
        pieces.append(text[last:cut])
        mapping.extend(range(last, cut))
        pieces.append(" ")
        mapping.append(cut)
        last = cut
    pieces.append(text[last:])
    mapping.extend(range(last, len(text)))
    return "".join(pieces), mapping
