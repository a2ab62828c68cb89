"""Capital letters that are no acronym to spell out: a state in an address, a currency's code or a garbled pound sign
by an amount, a DNA sequence; and a medicine's development code, which has no long form (issue #16)."""

from __future__ import annotations

import re

from laylint.jargon.acronyms import Acronym
from laylint.text import HYPHENS


# A US state or Canadian province in an address: "Redmond, WA, USA", "Toronto, ON M5S 1A8"
_ADDRESS_BEFORE = re.compile(r"[A-Z][a-z]+,\s*$")
_ADDRESS_AFTER = re.compile(r"\s*(?:,\s*(?:USA|U\.S\.A\.?|US|United\s+States|Canada)\b|\s\d{5}\b)")
# "PS68. 13 per child": a pound sign garbled into "PS" before an amount, in a sentence about money
_CURRENCY = re.compile(r"PS\s?\d[\d,]*(?:\.\s?\d{1,2})?")
_MONEY = re.compile(r"\b(?:cost|costs|costing|saving|savings|saved|save|price|prices|pay|paid|spend|spent|spending|fund|"
                    r"funds|funding|budget|worth|million|billion|per)\b", re.I)


# A medicine's development code: capitals, then three digits or more ("MK-3475", "AZD1222", "OKY 046"): a code with no
# long form to write; among medicines' names the reader knows what it is (issue #16, round 29)
_DEVELOPMENT_CODE = re.compile(rf"[A-Z]{{2,5}}[{HYPHENS} ]?\d{{3,}}[A-Za-z]?(?![^\W_])")
# Two names or more of a list right before it ("trimetazidine, dextrose, allopurinol, and OKY 046") or after it
_NAMES_BEFORE = re.compile(rf"(?:(?<![^\W_])[a-z][a-z{HYPHENS}]{{3,}},\s+){{2,}}(?:(?:and|or)\s+)?$")
_NAMES_AFTER = re.compile(rf"(?:\s*,\s*(?:(?:and|or)\s+)?[a-z][a-z{HYPHENS}]{{3,}}(?![^\W_])){{2,}}|"
                          rf"\s*,\s*[a-z][a-z{HYPHENS}]{{3,}}\s+(?:and|or)\s+[a-z][a-z{HYPHENS}]{{3,}}(?![^\W_])")


def development_code(text: str, acronym: Acronym) -> str | None:
    """The whole code ("OKY 046") when the acronym starts a medicine's development code, else None."""
    found = _DEVELOPMENT_CODE.match(text, acronym.start)
    return found.group() if found and found.end() >= acronym.end else None


def among_names(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> bool:
    """Is [start, end) one item of a list of lowercase names ("allopurinol, and OKY 046")?"""
    return bool(_NAMES_BEFORE.search(text, max(sentence_start, start - 120), start)
                or _NAMES_AFTER.match(text, end, sentence_end))


# A currency's code next to an amount: "USD 7177 (EUR 5678)", "1200 GBP" (issue #16, round 29). Not INR, AUD or CAD
# (international normalised ratio, alcohol use disorder, coronary artery disease: "an INR of 2.0 to 3.0")
_CURRENCY_CODE = re.compile(r"(?:USD|EUR|GBP|CHF|JPY|CNY|RMB|SEK|NOK|DKK|NZD|ZAR|BRL|MXN|SGD|HKD|KRW|THB|KES|NGN|PKR|BDT)")
_AMOUNT_AFTER = re.compile(r"\s?\$?\d")
_AMOUNT_BEFORE = re.compile(r"\d\s?(?:million|billion|m|bn)?\s?$")


def currency_code(text: str, acronym: Acronym) -> bool:
    """A currency's code before or after an amount: money, not letters standing for words."""
    if not _CURRENCY_CODE.fullmatch(text, acronym.start, acronym.end):
        return False
    return bool(_AMOUNT_AFTER.match(text, acronym.end) or _AMOUNT_BEFORE.search(text, max(0, acronym.start - 12),
                                                                                acronym.start))


# A DNA or RNA sequence: a run of bases joined to another ("CAG*CTG", "CAG/CTG") or named as one ("CAG repeats",
# "(CTG)n"); alone, ACT, TAU and CTG are therapies and tests (README-independent-27)
_BASES = re.compile(r"[ACGTU]{3,}")
_JOINED_BASES = re.compile(r"[*/:\u00b7-][ACGTU]{3,}(?![^\W_])")
_SEQUENCE_AFTER = re.compile(r"\)?n\b|\)?\s*(?:repeats?|triplets?|codons?|motifs?|sequences?|trinucleotides?|expansions?)\b")


def base_sequence(text: str, acronym: Acronym) -> bool:
    """A run of the letters A, C, G, T, U written as a sequence of bases, not an acronym."""
    if not _BASES.fullmatch(text, acronym.start, acronym.end):
        return False
    before = text[max(0, acronym.start - 5):acronym.start]
    return bool(_JOINED_BASES.match(text, acronym.end) or re.search(r"[ACGTU]{3}[*/:\u00b7-]$", before)
                or _SEQUENCE_AFTER.match(text, acronym.end))


def not_an_acronym(text: str, acronym: Acronym, sentence_start: int, sentence_end: int) -> bool:
    """A state code in an address, a garbled pound sign or a currency's code by an amount, or a DNA sequence: not
    letters standing for words."""
    key = acronym.key
    if base_sequence(text, acronym) or currency_code(text, acronym):
        return True
    if len(key) == 2 and key.isupper() and _ADDRESS_BEFORE.search(text, max(0, acronym.start - 40), acronym.start) \
            and _ADDRESS_AFTER.match(text, acronym.end):
        return True
    amount = _CURRENCY.match(text, acronym.start) if key.startswith("PS") else None
    return bool(amount) and bool(_MONEY.search(text, sentence_start, sentence_end))
