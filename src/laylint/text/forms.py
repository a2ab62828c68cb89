"""Word forms: plurals, -ed and -ing forms, British and American spellings, and typographic variants
(U+2010/U+2011 hyphens, en dashes, non-breaking spaces, curly apostrophes), by rule, in one place.

The default spaCy pipeline has no lemmatizer, so laylint relates word forms with the rules below,
in the direction each use needs:

  surface_forms, phrase_pattern  a term or a name -> every way a text may write it (matchers)
  bases, singulars               a word as written -> the words it may be a form of (word lists)
  key                            a name -> the one key it is filed under
  Stemmer                        a word -> a stem, to compare the words of two texts
"""

from __future__ import annotations

import re
from functools import lru_cache

from laylint.text.words import alternation

# Non-breaking spaces, typographic hyphens and the curly apostrophe as the plain characters, one
# for one so that offsets survive.
_FOLD = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2010": "-", "\u2011": "-", "\u2019": "'"})
# Between the words of a name: blanks, hyphens or an en dash ("genito–urinary").
_WORD_SEPARATOR = r"[\s\-\u2010\u2011\u2013]+"
_WORD_SEPARATOR_RE = re.compile(_WORD_SEPARATOR)
# A hyphen may be typed as U+2010/U+2011 (one token to spaCy) or as an en dash: matchers need those spellings too.
_TYPED_HYPHENS = ("\u2010", "\u2011", "\u2013")

_SIBILANT = re.compile(r"(s|x|z|ch|sh)$")
_CONSONANT_Y = re.compile(r"[^aeiou]y$")
# Latin and Greek plurals common in medicine: (singular ending, plural ending).
_CLASSICAL = (("um", "a"), ("is", "es"), ("us", "i"), ("ion", "ia"), ("ex", "ices"), ("ix", "ices"), ("a", "ae"))
# Inflected ending -> the ending of the word it may come from: plurals, then the -ed, -ing, -er, -est
# and -ly forms (Dale and Chall count all of these as the listed word).
_PLURAL_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""))
_INFLECTIONS = _PLURAL_ENDINGS + (("ied", "y"), ("ier", "y"), ("iest", "y"), ("ed", ""), ("ed", "e"), ("d", ""),
                                  ("ing", ""), ("ing", "e"), ("er", ""), ("est", ""), ("ly", ""))

_IZE = re.compile(r"iz(e|ed|es|ing|ation|ations)\b")
_ISE = re.compile(r"is(e|ed|es|ing|ation|ations)\b")
_EMIA = re.compile(r"(?<!a)emia\b")
_AEMIA = re.compile(r"aemia\b")
# British -> American spellings (haemorrhage/hemorrhage, oedema/edema, tumour/tumor, titre/titer), each
# with the letters every match of it holds: a form without them is left as it is, without running the regex.
_BRITISH = ((re.compile(r"(?<=\w)ae|\bae(?=\w)"), "e", "ae"), (re.compile(r"(?<=\w)oe(?=\w)|\boe(?=\w)"), "e", "oe"),
            (re.compile(r"(?<=\w\w)our"), "or", "our"), (re.compile(r"(?<=\w\w)tre\b"), "ter", "tre"))


def fold(text: str) -> str:
    """Typographic variants as plain characters, offsets kept: non-breaking spaces as spaces,
    U+2010/U+2011 as "-", "’" as "'"."""
    # an ASCII text holds none of them (~90% of summaries, most words): isascii() is a flag read, translate a copy
    return text if text.isascii() else text.translate(_FOLD)


# -- a term or a name -> the ways a text may write it ----------------------------------------

def surface_forms(term: str, plural: bool = True) -> set[str]:
    """Every lowercase way to write a term: both spellings, the plurals of its last word, and its
    hyphens typed as U+2010, U+2011 or an en dash (for the jargon term matcher)."""
    base = " ".join(term.lower().split())
    forms = set()
    for spelling in _spellings(base):
        forms.add(spelling)
        if plural:
            head, _, last = spelling.rpartition(" ")
            forms |= {f"{head} {p}".strip() for p in _plurals(last)}
    forms |= {f.replace("-", hyphen) for f in forms if "-" in f for hyphen in _TYPED_HYPHENS}
    return forms


@lru_cache(maxsize=16384)  # pure; rules rebuild their patterns per document from the same few names
def phrase_pattern(phrase: str) -> str:
    """A regex (source, for use case-insensitively) matching a name with each of its words in any
    form (plurals, -ed, both spellings, either apostrophe), the words joined by blanks, hyphens or
    dashes. Words in capitals keep their case (MS, UTIs)."""
    words = _phrase_words(phrase)
    pattern = _word_pattern(words[0]) if words else ""
    for before, word in zip(words, words[1:]):  # "post-operative" is "postoperative" too
        pattern += (_PREFIX_SEPARATOR if before.lower() in _PREFIXES else _WORD_SEPARATOR) + _word_pattern(word)
    return pattern


# Prefixes written joined, hyphenated or apart ("intra‑operative", "intraoperative"): one name either way.
_PREFIXES = frozenset({"ante", "anti", "extra", "inter", "intra", "non", "peri", "post", "pre", "sub", "trans"})
_PREFIX_SEPARATOR = r"[\s\-\u2010\u2011\u2013]*"
_MIN_REST = 4  # "pre-ss" is no prefixed "press"


def _prefixed(word: str) -> tuple[str, str] | None:
    """A lowercase word split after its prefix ("intraoperative" -> intra, operative), or None."""
    for prefix in sorted(_PREFIXES, key=len, reverse=True):
        if word.startswith(prefix) and len(word) - len(prefix) >= _MIN_REST and word[len(prefix)].isalpha():
            return prefix, word[len(prefix):]
    return None


@lru_cache(maxsize=4096)
def phrases_regex(phrases: tuple[str, ...]) -> re.Pattern:
    """Any of the phrases (each as `phrase_pattern`), whole words, case-insensitively; compiled once
    per list (re's own cache is too small for one pattern per jargon term)."""
    return re.compile(r"(?<!\w)(?:" + "|".join(phrase_pattern(p) for p in phrases) + r")(?!\w)", re.I)


# Characters other than A-Z that re.IGNORECASE matches to an ASCII letter (İ and ı to i, ſ to s, the
# Kelvin sign to k): in a text holding none, a phrase's letters can only match as its lowercase letters.
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


def may_hold_phrase(text: str, phrases: tuple[str, ...]) -> bool:
    """False only when `phrases_regex(phrases)` cannot match in `text`: no phrase's first word is there
    in any of its forms (a substring test, case-folded), so most texts need no regex compiled. True when
    unsure (a character that case-folds oddly)."""
    forms = _first_word_forms(phrases)
    # four substring searches: the set's isdisjoint(text) hashed every character of the text
    if any(c in text for c in _FOLDS_TO_ASCII) or not all(form.isascii() for form in forms):
        return True  # (ς and σ, µ and μ... match each other ignoring case, but are not each other's lowercase)
    lowered = text.lower().replace("\u2019", "'")  # the patterns take either apostrophe
    return any(form in lowered for form in forms)


def may_hold_every_word(text: str, phrases: tuple[str, ...]) -> bool:
    """Like `may_hold_phrase`, stricter: False when, for each phrase, some word of it is in the text in
    none of its forms (a phrase matches only with every word there), so fewer patterns are compiled."""
    forms = _every_word_forms(phrases)
    if forms is None or any(c in text for c in _FOLDS_TO_ASCII):
        return True
    lowered = text.lower().replace("\u2019", "'")
    return any(all(any(form in lowered for form in word) for word in phrase) for phrase in forms)


@lru_cache(maxsize=4096)
def _every_word_forms(phrases: tuple[str, ...]) -> tuple[tuple[frozenset[str], ...], ...] | None:
    """For each phrase, what each of its words' patterns (`_word_pattern`) matches, lowercase, as in
    `_first_word_forms`; None when unsure (an empty phrase, a form that is not ASCII)."""
    found = []
    for phrase in phrases:
        words = _phrase_words(phrase)
        if not words:
            return None
        forms = tuple(frozenset(_searched_forms(word)) for word in words)
        if not all(form.isascii() for word in forms for form in word):
            return None
        found.append(forms)
    return tuple(found)


@lru_cache(maxsize=4096)
def _first_word_forms(phrases: tuple[str, ...]) -> frozenset[str]:
    """Lowercase, what the first word of each phrase's pattern (`_word_pattern`) matches, less its
    optional plural "s" for a word in capitals."""
    forms = set()
    for phrase in phrases:
        words = _phrase_words(phrase)
        if not words:
            return frozenset({""})  # an empty phrase: anything may match
        word = words[0]
        forms |= _searched_forms(word)
    return frozenset(forms)


def _searched_forms(word: str) -> set[str]:
    """Lowercase substrings one of which is in any text `_word_pattern(word)` matches in (a prefixed
    word's rest only: "intra-operative" holds no "intraoperative")."""
    if _in_capitals(word):
        return {_singular(word).lower()}
    split = _prefixed(_singular(word))
    return _word_forms(split[1]) if split else _word_forms(_singular(word))


def _word_pattern(word: str) -> str:
    if _in_capitals(word):
        pattern = f"(?-i:{re.escape(_singular(word))}s?)"
    elif (split := _prefixed(_singular(word))) is not None:  # "postoperative" is "post-operative" too
        pattern = split[0] + _PREFIX_SEPARATOR + alternation(_word_forms(split[1]))
    else:
        pattern = alternation(_word_forms(_singular(word)))
    return pattern.replace("'", "['\u2019]")


def _word_forms(word: str) -> set[str]:
    """A lowercase base word, its plurals and its -ed form, each in British and American spelling."""
    return {spelling for form in {word, _past(word), *_plurals(word)} for spelling in _spellings(form)}


def _plurals(word: str) -> set[str]:
    """Plausible plurals of a lowercase noun; forms that are not words are harmless (they never match)."""
    forms = set()
    if _CONSONANT_Y.search(word):
        forms.add(word[:-1] + "ies")
    elif _SIBILANT.search(word):
        forms.add(word + "es")
    else:
        forms.add(word + "s")
    if word.endswith("o"):
        forms.add(word + "es")  # potatoes
    for singular_ending, plural_ending in _CLASSICAL:
        if word.endswith(singular_ending) and len(word) > len(singular_ending) + 2:
            forms.add(word[: -len(singular_ending)] + plural_ending)
    return forms


def _past(word: str) -> str:
    if word.endswith("e"):
        return word + "d"  # die -> died
    if _CONSONANT_Y.search(word):
        return word[:-1] + "ied"
    return word + "ed"


# Letters one of which every respelling below needs ("is"/"iz", "emia", and each _BRITISH rule's); swapping s
# and z or "emia" and "aemia" makes none of the _BRITISH letters but "ae", so a phrase without any of them is
# its only spelling (most words: tests/test_forms_speed.py).
_RESPELLED = re.compile("iz|is|emia|" + "|".join(letters for _, _, letters in _BRITISH))


@lru_cache(maxsize=65536)
def _spellings(phrase: str) -> frozenset[str]:
    """A lowercase phrase in British and American spelling (randomised/randomized, anaemia/anemia)."""
    if not _RESPELLED.search(phrase):
        return frozenset((phrase,))
    # A regex runs only on a form holding the letters each of its matches holds (most words hold none).
    forms = {phrase, _IZE.sub(r"is\1", phrase) if "iz" in phrase else phrase,
             _ISE.sub(r"iz\1", phrase) if "is" in phrase else phrase}
    if "emia" in phrase:  # neither "is" <-> "iz" can make or break it
        forms |= {_EMIA.sub("aemia", f) for f in list(forms)} | {_AEMIA.sub("emia", f) for f in list(forms)}
    for pattern, american, letters in _BRITISH:
        forms |= {pattern.sub(american, f) for f in list(forms) if letters in f}
    return frozenset(forms)


# -- a word as written -> the words it may be a form of ---------------------------------------

@lru_cache(maxsize=65536)
def bases(word: str) -> frozenset[str]:
    """Every word that `word` may be a form of, itself included, in British and American spelling:
    "babies" -> baby, "helped" -> help, "centres" -> center. Lowercase; for looking words up in a
    word list (Dale-Chall). Candidates that are not words are harmless."""
    return _undo(fold(word).lower(), _INFLECTIONS)


@lru_cache(maxsize=65536)
def singulars(word: str) -> frozenset[str]:
    """Like `bases`, for number only: the word and the singulars it may be a plural of ("inhalers"
    -> inhaler), in both spellings. For word frequencies: "thawed" is rarer than "thaw"."""
    return _undo(fold(word).lower(), _PLURAL_ENDINGS)


_DOUBLED = re.compile(r"([b-df-hj-np-tv-z])\1$")  # "clott" (clotted), "stopp" (stopping): the consonant doubled


def _undo(word: str, endings) -> frozenset[str]:
    found = {word} | {word[: -len(ending)] + base for ending, base in _by_last(endings).get(word[-1:], ())
                      if word.endswith(ending) and len(word) > len(ending) + 1 and not word.endswith("ss")}
    if len(found) == 1:
        return _spellings(word)  # no ending undone (most words): the word's own spellings
    found |= {form[:-1] for form in found if form != word and _DOUBLED.search(form)}
    return frozenset().union(*map(_spellings, found))


@lru_cache(maxsize=8)
def _by_last(endings: tuple) -> dict[str, tuple]:
    """The endings by their last letter: a word is tried only against those it may end with."""
    grouped: dict[str, list] = {}
    for ending, base in endings:
        grouped.setdefault(ending[-1], []).append((ending, base))
    return {last: tuple(pairs) for last, pairs in grouped.items()}


# -- a name -> its key; a word -> its stem ---------------------------------------------------

def key(phrase: str) -> str:
    """The key a name is filed under: its words singular and lowercase (words in capitals kept),
    one space apart ("Urinary-tract infections" -> "urinary tract infection")."""
    return " ".join(_singular(word) for word in _phrase_words(fold(phrase)))


def _phrase_words(phrase: str) -> list[str]:
    return [word for word in _WORD_SEPARATOR_RE.split(phrase.strip()) if word]


def _in_capitals(word: str) -> bool:
    core = word[:-1] if word.endswith("s") and len(word) > 2 else word
    return len(core) >= 2 and core.isupper()


def _singular(word: str) -> str:
    """A noun's singular, lowercase ("Infections" -> infection, "babies" -> baby); a word in
    capitals keeps its case ("UTIs" -> UTI)."""
    if _in_capitals(word):
        return word[:-1] if word.endswith("s") and word[:-1].isupper() else word
    word = word.lower()
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


class Stemmer:
    """Words cut to a stem, to compare the words of two texts: "included" and "include" meet at
    "includ" (not a word, but the same for both). An irregular form maps by table ("worse" -> bad);
    a regular one loses the first of `suffixes` it ends with, keeping at least `MIN_STEM` letters.
    Spellings are not made one: the spelling rules make variants to look for, not a canonical form
    ("does" would become "des", "heroes" "heres")."""

    MIN_STEM = 3

    def __init__(self, irregular: dict[str, str], suffixes: tuple[tuple[str, str], ...]):
        self.irregular = irregular
        self.suffixes = suffixes
        self._stems: dict[str, str] = {}  # word as written -> stem: a corpus has few distinct words

    def stem(self, word: str) -> str:
        stem = self._stems.get(word)
        if stem is None:
            if len(self._stems) > 200_000:  # bounded: a long run over many documents
                self._stems.clear()
            stem = self._stems[word] = self._stem(word)
        return stem

    def _stem(self, word: str) -> str:
        word = fold(word).lower()
        if word in self.irregular:
            return self.irregular[word]
        for suffix, replacement in self.suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= self.MIN_STEM:
                return word[: len(word) - len(suffix)] + replacement
        return word
