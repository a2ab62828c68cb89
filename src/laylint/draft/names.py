"""Names of arms ("drugs") and outcomes: abbreviations the abstract defines, the comparisons it
names (title, objectives, headings, "randomly assigned to X or Y"), doses kept only where they
tell two arms apart, and the canonical form of a phrase."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from laylint.draft.textnorm import DIGITS

GENERIC_ARMS = ("placebo", "usual care", "standard care", "standard of care", "routine care", "no treatment",
                "no intervention", "control", "controls", "sham", "waiting list", "wait-list",
                "waitlist", "non-users", "nonusers", "no exposure", "active placebo", "best supportive care",
                "supportive care", "standard treatment", "conventional treatment", "usual treatment", "no drug",
                "other treatments", "other treatment", "attention control", "no vaccine", "no screening")
COMPARE = r"(?:\bversus\b|\bvs\.?(?=\s)|\bcompared\s+(?:with|to)\b|\bagainst\b|\bover\b|\brather\s+than\b|\binstead\s+of\b|\bthan\b|\brelative\s+to\b)"
_DOSE = re.compile(r"\s*(?:\(?\s*(?:at\s+a\s+dose\s+of\s+)?" + DIGITS + r"(?:\s*(?:-|to)\s*" + DIGITS + r")?\s*(?:mg|µg|μg|mcg|g|mL|ml|IU|units?|"
                   r"mmol|mg/kg|μg/kg|mg/m2|colony-forming units|CFU)(?:/(?:kg|day|d|m2))?(?:\s+(?:once|twice|three\s+times|every\s+\w+|"
                   r"daily|a\s+day|per\s+day|weekly|per\s+week|orally|intravenously|subcutaneously|for\s+\d+\s+\w+))*\s*\)?)", re.I)
_LEADING = re.compile(r"^(?:\d+\.|[a-z]\)|the|a|an|all|some|one|another|other|each|either|any|use\s+of|(?:administration|provision)\s+of|treatment\s+with|therapy\s+with|participation\s+in|"
                      r"(?:(?:intramuscular|subcutaneous|intravenous|oral|single|one)\s+)?(?:injections?|infusions?|doses?|courses?|"
                      r"tablets?|capsules?)\s+of|maintenance\s+with|"
                      r"(?:women|men|people|persons|participants|patients|children|infants|adults|those)\s+(?:who\s+(?:received|were\s+given|"
                      r"took|used|had)|receiving|given|treated\s+with|on|using|taking|allocated\s+to|assigned\s+to)|"
                      r"receiving|received|receive|involved\s+either|involved|either|those\s+(?:in|receiving|given|on)|patients\s+(?:in|receiving|given|on)|"
                      r"participants\s+(?:in|receiving|given|on)|people\s+(?:in|receiving|given|on)|matching|single|"
                      r"\d+\s+weeks\s+of|\d+\s+days\s+of|an?\s+single\s+\w+\s+injection\s+of)\s+", re.I)
_STOP = {"the", "a", "an", "of", "in", "on", "for", "with", "and", "or", "to", "at", "by", "from", "as", "any", "all"}


def clean(phrase: str) -> str:
    """A name as it reads best: no surrounding punctuation, articles, or bracketed asides."""
    phrase = re.sub(r"\s*[(\[][^()\[\]]*[)\]]", "", phrase)  # asides and abbreviations
    phrase = re.sub(r"\s+", " ", phrase).strip(" ,;:.'\"-")
    for _ in range(3):
        phrase = _LEADING.sub("", phrase).strip()
    return phrase.strip(" ,;:.'\"-")


def canonical(phrase: str) -> str:
    """Lower case except acronyms, proper names and words with capitals inside (ICBT, HbA1c);
    a phrase in Title Case (from a title) is lowered word by word."""
    words = []
    split = phrase.split()
    capitalised = [w for w in split if len(w) > 3 and w[:1].isupper() and w[1:].islower()]
    title_case = len(split) >= 2 and len(capitalised) >= 0.6 * len([w for w in split if len(w) > 3])
    for index, word in enumerate(split):
        if title_case and word[:1].isupper() and (word[1:].islower() or "-" in word) and not _proper(word):
            word = "-".join(part[:1].lower() + part[1:] if part[1:].islower() or not part[1:] else part for part in word.split("-"))
            words.append(word)
            continue
        letters = re.sub(r"[^A-Za-z]", "", word)
        if re.fullmatch(r"[A-Z]\.", word) and index + 1 < len(split):  # "L. reuteri", "T. suis": a genus's initial
            words.append(word)
        elif sum(c.isupper() for c in letters) >= 2 or re.search(r"[a-z][A-Z]|\d", word) or _proper(word):
            words.append(word)
        elif index > 0 and re.fullmatch(r"[A-Z]\d?[,;:]?", word):
            words.append(word)  # "vitamin A", "hepatitis B", "type 2"
        elif index == 0 or word[:1].islower() or word.isupper():
            words.append(word.lower())
        else:
            words.append(word)  # a capital inside a name: a proper noun ("Living with Heart Failure")
    return " ".join(words)


def _proper(word: str) -> bool:
    return word in {"Alzheimer's", "Parkinson's", "Crohn's", "Kansas", "City", "Minnesota", "Beck", "Hamilton", "Demoralisation",
                    "Scale", "Inventory", "Questionnaire", "Living", "Heart", "Failure", "Patient", "Health", "Lactobacillus",
                    "Gram", "Down", "Cushing's", "Hodgkin", "Bell's", "Huntington's", "Glasgow", "Barthel"}


@lru_cache(maxsize=20000)
def key(phrase: str) -> str:
    """A phrase's identity for merging: lower case, no hyphens or plurals, content words only."""
    words = re.findall(r"[a-z0-9]+", phrase.lower().replace("-", " "))
    return " ".join(_singular(w) for w in words if w not in _STOP)


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "sis")):
        return word[:-1]
    return word


def content_words(phrase: str) -> set[str]:
    return set(key(phrase).split())


GENERIC_KEYS = frozenset(key(g) for g in GENERIC_ARMS)


# -- abbreviations ------------------------------------------------------------------------------

_PAREN_ABBR = re.compile(r"\(\s*(?P<abbr>[A-Za-z][A-Za-z0-9'/+-]{1,11}(?:\s[A-Za-z0-9-]{1,6})?)\s*(?:[;,][^()]*)?\)")


def abbreviations(text: str) -> dict[str, str]:
    """{abbreviation: long form} for "long form (ABBR)" definitions (Schwartz and Hearst's rule:
    the long form's words start with the abbreviation's letters, in order)."""
    found: dict[str, str] = {}
    for match in _PAREN_ABBR.finditer(text):
        abbr = match["abbr"]
        if not any(c.isupper() for c in abbr) or re.fullmatch(r"[A-Z][a-z'-]+(?:\s.*)?", abbr):
            continue
        if abbr in found or abbr.lower() in ("ci", "or", "rr", "hr", "md", "smd", "rd", "nnt", "nntb", "nnth", "grade", "ii"):
            continue
        before = text[max(0, match.start() - 200):match.start()]
        before = re.split(r"[.;:()\[\]]\s|\n", before)[-1]
        words = re.findall(r"[\w'-]+", before)
        long_form = _match_long_form(abbr, words)
        capitals = "".join(c for c in abbr if c.isupper())
        if long_form is None and 2 <= len(capitals) < len([c for c in abbr if c.isalpha()]):
            long_form = _match_long_form(capitals, words)  # "immunomodulatory drug (IMiD)"
        if long_form:
            found[abbr] = long_form
    return found


def _match_long_form(abbr: str, words: list[str]) -> str | None:
    letters = [c.lower() for c in abbr if c.isalpha()]
    if not letters or not words:
        return None
    limit = min(len(letters) + 5, len(letters) * 2)
    candidates = words[-limit:]
    # walk the abbreviation's letters backwards through the characters of the candidate words
    text = " ".join(candidates).lower()
    i, j = len(letters) - 1, len(text) - 1
    while i >= 0:
        while j >= 0 and (text[j] != letters[i] or (i == 0 and j > 0 and text[j - 1].isalnum())):
            j -= 1
        if j < 0:
            return None
        i -= 1
        j -= 1
    start = text.rfind(" ", 0, j + 1) + 1
    long_form = " ".join(candidates)[start:].strip()
    if len(long_form) <= len(abbr) or long_form.lower().startswith(("and ", "or ", "the ", "of ", "with ")):
        long_form = re.sub(r"^(?:and|or|the|of|with)\s+", "", long_form, flags=re.I)
    first = long_form.split()[0].lower() if long_form.split() else ""
    if not first or first[0] != letters[0]:
        return None
    return long_form


# -- arms ---------------------------------------------------------------------------------------

@dataclass
class Arms:
    """The arms an abstract names, main intervention first."""

    names: list[str] = field(default_factory=list)  # canonical, in order of importance
    comparisons: list[tuple[str, str]] = field(default_factory=list)
    aliases: dict[str, set[str]] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)  # name -> where it was found (for comments)
    late: set[str] = field(default_factory=set)  # announced in the results ("Nine studies compared X with Y"): never the main arm

    def add(self, phrase: str, where: str, abbr: dict[str, str]) -> str | None:
        phrase = strip_doses(clean(phrase))
        phrase = re.sub(r"^(?:effects?|efficacy|effectiveness|safety|use|impact)\s+of\s+", "", phrase, flags=re.I)
        phrase = _TRAILING_CLAUSE.sub("", phrase)  # "X treatment when (compared ...)", "ice packs provided"
        phrase = _ONE_SIDE.sub("", phrase.split(": ")[-1]).strip()  # "X compared to Y" names X; "comparison: X" names X
        phrase = _STUDY_VERB.sub("", phrase)  # "SCORE compared X": the trial's name and its verb
        clause = _CLAUSE_WORD.search(phrase)  # "insulin therapy significantly" is "insulin therapy"; "analyse statistically
        if clause:  # whether" names nothing
            phrase = phrase[:clause.start()].strip()
            if not phrase or _CLAUSE_WORD.search(phrase):
                return None
        if not phrase or len(phrase.split()) > 8 or not re.search(r"[A-Za-z]{2}", phrase) or _NOT_ARM.search(_FREQUENCY.sub("", phrase)):
            return None
        alone = re.match(r"^(?P<x>.+?)\s+(?:alone|only)$", phrase, re.I)
        if alone and any(key(n) == key(alone["x"]) for n in self.names):  # "mammography alone" is the arm "mammography"
            return next(n for n in self.names if key(n) == key(alone["x"]))
        for name, aliases in self.aliases.items():  # "OCPs": an alias the abstract defined names the arm as written
            if any(key(a) == key(phrase) for a in aliases):
                return name
        expanded = expand(phrase, abbr)
        alias = phrase if expanded != phrase else None
        name = canonical(clean(expanded))
        existing = self.find(name)
        if existing:
            if key(existing) != key(name) and content_words(name) < content_words(existing) and len(name) > 3:
                self.aliases[existing].add(name)  # "single-incision sling" names "single-incision sling operations"
            name = existing
        else:
            self.names.append(name)
            self.aliases[name] = set()
            self.sources[name] = where
        if alias:
            self.aliases[name].add(alias)
        return name

    def find(self, phrase: str) -> str | None:
        """The arm a mention names: same key, an alias, or the one arm whose words contain the mention's."""
        wanted = key(phrase)
        if not wanted:
            return None
        alone = re.match(r"^(?P<x>.+?)\s+(?:alone|only)$", wanted)
        if alone and any(key(n) == alone["x"] for n in self.names):
            return next(n for n in self.names if key(n) == alone["x"])
        for name in self.names:
            if key(name) == wanted or any(key(a) == wanted for a in self.aliases[name]) or _initials_match(key(name), wanted):
                return name
        words = set(wanted.split())
        containing = [n for n in self.names if words <= content_words(n) and not _generic_only(words)]
        if len(containing) == 1:
            return containing[0]
        if len(containing) > 1:
            exact_start = [n for n in containing if key(n).startswith(wanted)]
            if len(exact_start) == 1:
                return exact_start[0]
        contained = [n for n in self.names if content_words(n) and content_words(n) <= words and not _generic_only(content_words(n))
                     and len(content_words(n)) >= len(words) / 2 and not _contrasted(phrase, n)]
        if len(contained) == 1:
            return contained[0]  # "anti-CD20 monoclonal antibodies maintenance"
        return None


_NOT_ARM = re.compile(r"^(?:patients?|participants?|people|adults|children|women|men|infants|studies|trials?|the\s+evidence|"
                      r"evidence|data|results?|outcomes?|it|this|there|we|interventions?|approaches|treatments?|"
                      r"these\s+\w+|those\s+\w+|higher|lower|more|less|fewer|early|late|other)$"
                      r"|\b(?:were|was|is|are|may|might|had|has|have|found|report|reported|showed|evidence|certainty|bias|"
                      r"heterogeneity|concerns?|sources?|that|which|we|our|focus(?!\s+(?:on|away\s+from)\s)|aim|aims|years?|months?|weeks?|days?|hours?|"
                      r"difference|effects?|efficacy|safety|accuracy)\b|^(?:we|not|and|or|with|in|on|at|for|to|of|the\s+\w+\s+of)\b"
                      # a count or a share ("12 weeks", "two trials", "one-third of ..."), not a name that opens with a
                      # number ("two-dimensional ultrasound", "5-fluorouracil", "13-valent vaccine", "2D ultrasound")
                      r"|^\d[\d.,]*(?![\d.,]*-?[A-Za-z])|^(?:one|two|three|four|five|six|seven|eight|nine|ten)\b(?!-(?!(?:thirds?|quarters?|"
                      r"fifths?|tenths?|halves|fold|times)\b)[a-z])"
                      r"|^(?:(?:a|one|only|just|single|small|large|the)\s+)*(?:study|studies|trials?|RCTs?|analys[ie]s|review)\b"
                      # a trial's design ("the parallel group trial") or a share of the studies ("half of the trials")
                      r"|^(?:parallel|cross-?over|factorial|remaining|half|summary|both)\b"
                      # a purpose or a question, not a treatment: "(in order to) establish or refute the strategies", "(their
                      # potential to) prevent parastomal herniation", "nor if it reduces ...", "the results of a cluster study"
                      r"|^(?:establish|refute|prevent|determine|confirm|identify|evaluate|assess|investigate|examine|explore|"
                      r"nor|if|whether|(?:the\s+)?results?\s+of)\b", re.I)


_ONE_SIDE = re.compile(r"\s+(?:compared\s+(?:with|to)|versus|vs\.?)\s+.*$", re.I)
_STUDY_VERB = re.compile(r"^[A-Z][\w-]*\s+(?:compared|evaluated|tested|assessed)\s+", re.I)
# an arm is a noun phrase: a clause's words end it or rule it out
_TRAILING_CLAUSE = re.compile(r"\s+(?:when|while|where|whereas|provided|given|used|administered|delivered|having)$", re.I)
_CLAUSE_WORD = re.compile(r"\b(?:whether|also|significantly|statistically|slightly|substantially|considerably|markedly|similarly|"
                          r"respectively|analy[sz]e[ds]?|died|dying)\b", re.I)
# "PFMT more days per week": a schedule names an arm, unlike "12 weeks" or "days in hospital"
_FREQUENCY = re.compile(r"\b(?:days?|times|sessions?)\s+(?:per|a|each)\s+(?:day|week|month)\b", re.I)
# words that make a longer phrase another arm than the name inside it: "X combined with Y" is not Y,
# "PFMT without a device" is not "PFMT with a device", "focus away from stress" is not "focus on stress"
_CONTRAST = re.compile(r"\b(?:plus|combined|combination|addition|and|with|without|no|non|more|fewer|less|higher|lower|away)\b|\+", re.I)


def _contrasted(phrase: str, name: str) -> bool:
    extra = [w for w in _CONTRAST.findall(phrase.lower()) if w not in _CONTRAST.findall(name.lower())]
    return bool(extra)


def _initials_match(a: str, b: str) -> bool:
    """"l reuteri dsm 17938" names "lactobacillus reuteri dsm 17938": same words, or an initial for one."""
    x, y = a.split(), b.split()
    if len(x) != len(y) or len(x) < 2 or x == y:
        return False
    return all(p == q or (len(p) == 1 and q.startswith(p)) or (len(q) == 1 and p.startswith(q)) for p, q in zip(x, y))


def expand(phrase: str | None, abbr: dict[str, str]) -> str:
    """"therapist-guided ICBT" -> "therapist-guided internet-delivered cognitive behavioral therapy"."""
    if not phrase:
        return ""
    out = []
    for word in phrase.split():
        bare = word.strip(",;")
        long_form = abbr.get(bare) or (abbr.get(bare[:-1]) if bare.endswith("s") and bare[:-1] in abbr else None) \
            or abbr.get(bare + "s")  # "OCP" when the abstract defines "OCPs"
        if long_form is None and "-" in bare:  # "IMiD-based"
            head = bare.split("-")[0]
            long_form = abbr.get(head) and abbr[head] + bare[len(head):]
        if long_form and not re.search(re.escape(long_form.split()[0]), phrase, re.I):
            out.append(long_form)
        else:
            out.append(word)
    return " ".join(out)


def _generic_only(words: set[str]) -> bool:
    return words <= {"group", "arm", "therapy", "treatment", "drug", "oral", "intervention", "dose", "high", "low", "standard"}


_SCHEDULE = re.compile(r"(?:\s+(?:once|twice|three\s+times|four\s+times)\s+(?:daily|a\s+day|per\s+day|weekly|a\s+week)"
                       r"|\s+for\s+\d+\s+(?:days|weeks|months)|\s+(?:daily|weekly))+\s*$", re.I)


def strip_doses(phrase: str) -> str:
    phrase = re.sub(r"\s+", " ", _DOSE.sub(" ", phrase)).strip(" ,;")
    return _SCHEDULE.sub("", phrase).strip(" ,;")


def split_arms(phrase: str) -> list[str]:
    """"X (n=408) or Y (n=204)", "X, Y or Z" -> the arm phrases (top-level commas and or)."""
    depth, parts, current = 0, [], ""
    tokens = re.split(r"(\(|\)|\[|\]|,\s*(?:or\s+)?|\s+or\s+(?:to\s+)?|\s+and\s+to\s+)", phrase)
    for token in tokens:
        if token in ("(", "["):
            depth += 1
        elif token in (")", "]"):
            depth -= 1
        if depth == 0 and re.fullmatch(r",\s*(?:or\s+)?|\s+or\s+(?:to\s+)?|\s+and\s+to\s+", token or ""):
            parts.append(current)
            current = ""
        else:
            current += token or ""
    parts.append(current)
    return [p.strip() for p in parts if p.strip()]


# a modifier opens a name ("surgical", "early"); a word in -ment is a noun ("advancement")
_MODIFIER = re.compile(r"^(?:(?![a-z-]+ment$)[a-z-]+(?:al|ic|ive|ous|ary|ar|ed|ent|ant|ile|ible|able)|early|late|open|closed|short|long|high|"
                       r"low|single|double|standard|minimal|immediate|oral|intermittent|continuous|daily|weekly|monthly|"
                       r"high-dose|low-dose|short-course|long-course|same-day|next-day|one-stage|two-stage|prone|supine|upright|[a-z]+-(?:up|down))$")  # "face-up with face-down positioning"


def share_head(left: str, right: str | None) -> str:
    """"surgical compared to mechanical thrombectomy": a lone modifier compared with a modified noun
    shares the noun ("surgical thrombectomy"). Both sides must open with a modifier."""
    if not right:
        return left
    a, b = left.strip().split(), right.strip().split()
    if len(a) == 1 and 2 <= len(b) <= 5 and a[0] != b[0] and all(re.fullmatch(r"[A-Z]{1,2}\d{1,2}", w) for w in (a[0], b[0])):
        return " ".join([a[0]] + b[1:])  # "D3 with D2 lymphadenectomy": two grades of one operation
    first, other = a[0][:1].lower() + a[0][1:] if a else "", b[0].lower() if b else ""
    if len(a) != 1 or len(b) < 2 or len(b) > 5 or not _MODIFIER.match(first) or not _MODIFIER.match(other) \
            or _MODIFIER.match(b[-1].lower()) or first == other:
        return left
    return " ".join([a[0]] + b[1:])
