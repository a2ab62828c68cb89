"""The arm of an abstract whose wording no arm pattern reads, from the abstract's own vocabulary.

    repeated_intervention(facts, sentences) -> str | None   # the phrase
    vocabulary_arm(facts, sentences)                        # every finding with no arm takes it

When no estimate or per-group figure has an arm (a control arm such as "no treatment" alone aside), the
intervention is usually the phrase the abstract keeps repeating that is not one of its outcomes ("later
school start times", "compression stockings"): a review's results and conclusions name what was tested in
most of their sentences. The phrase must stand in an arm's place at least once (set against something,
given, used or tested: "versus", "effects of", "were compared with", "are not more effective than").
Study vocabulary (trials, evidence, risk of bias ...), the drafted outcomes' words and a phrase after
"less" or "more" (an outcome) are never the arm. Every finding that takes it is flagged for checking."""

from __future__ import annotations

import re
from collections import Counter

from laylint.draft.mentions import _only_generic
from laylint.draft.model import Fact
from laylint.draft.names import _singular, key

MIN_SENTENCES = 3  # a phrase in fewer sentences is not what the abstract is about
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
_BREAK = re.compile(r"[,;:.()\[\]=<>≥≤%/]|\d")  # an n-gram never spans punctuation, brackets or figures
_STOP = set("""a an the of in on for with and or to at by from as is are was were be been being that this these those
which who whom whose than then there their them they it its we our us not no nor but if into onto over under about
after before during between among versus vs compared comparing compare against per each any all some more less most least
fewer greater lower higher other another such only also both either may might could would should can will did does do
has have had probably likely possibly little very much uncertain whether unclear""".split())
# the words of how a review reports, never of what it tested
_STUDY = set("""study studies trial trials rct rcts participant participants people patient patients person persons woman
women man men child children infant infants adult adults evidence quality certainty risk risks bias confidence interval
intervals ratio ratios difference differences mean data review reviews result results outcome outcomes analysis analyses
meta-analysis effect effects estimate estimates event events year years month months week weeks day days hour hours
significant significantly statistically overall total number numbers group groups arm arms intervention interventions
control controls comparison comparisons included include found report reported reporting showed show suggest suggests
suggested research future further trialist authors author author's heterogeneity random randomised randomized
follow-up follow baseline sample size sizes grade low moderate high imprecision imprecise small large""".split())


def repeated_intervention(facts: list[Fact], sentences) -> str | None:
    """The phrase of two to six words that the most `sentences` repeat (at least MIN_SENTENCES), that shares no
    word with a drafted outcome and holds no study word; the longest of those that tie."""
    outcome_words = {_singular(w.lower()) for f in facts if f.outcome and getattr(f, "role", "effect") != "count"
                     for w in _WORD.findall(f.outcome)}  # (a count's outcome is a guess that is dropped later)
    seen: Counter = Counter()
    written: dict[tuple, str] = {}
    for sentence in sentences:
        here = set()
        for piece in _BREAK.split(sentence.text):
            tokens = list(_WORD.finditer(piece))
            keys = [_singular(t.group().lower()) for t in tokens]
            for n in range(2, 7):
                for i in range(len(keys) - n + 1):
                    gram = tuple(keys[i:i + n])
                    if gram[0] in _STOP or gram[-1] in _STOP or any(w in _STUDY or w in outcome_words for w in gram):
                        continue
                    if sum(w not in _STOP for w in gram) < 2:
                        continue
                    here.add(gram)
                    form = re.sub(r"\s+", " ", piece[tokens[i].start():tokens[i + n - 1].end()])
                    if gram not in written or written[gram][0].isupper() and not form[0].isupper():
                        written[gram] = form  # as written inside a sentence, not capitalised at its start
        seen.update(here)
    ranked = sorted(((count, len(gram), gram) for gram, count in seen.items() if count >= MIN_SENTENCES), reverse=True)
    text = " ".join(sentence.text for sentence in sentences)
    for count, _, gram in ranked:
        if _compared(gram, text):
            # "later school start" is in as many sentences as "later school start times", bar one: the longer names it
            longer = [g for c, n, g in ranked if n > len(gram) and c >= max(MIN_SENTENCES, count - 1) and _holds(g, gram)]
            return written[max(longer, key=len)] if longer else written[gram]
    return None


def _holds(longer: tuple, shorter: tuple) -> bool:
    return any(longer[i:i + len(shorter)] == shorter for i in range(len(longer) - len(shorter) + 1))


# what puts a phrase in an arm's place: set against another arm, or what is given, used or tested
_BEFORE = (r"(?:\bversus|\bvs\.?|\bcompar(?:ed|ing)(?:\s+(?:with|to))?|\bagainst|\brather\s+than|\binstead\s+of|\brelative\s+to|"
           r"\b(?:effects?|benefits?|harms?|effectiveness|efficacy|safety|utility|use|administration|provision|forms?)\s+of|"
           r"\bbetween|\breceiv(?:ed|ing)|\btreated\s+with|\bwearing|\bgiven)"
           r"\s+(?:(?:the|a|an|no|either|both|any)\s+)?")
_AFTER = (r"\s+(?:(?:alone|only|therapy|treatment)\s+)?(?:versus\b|vs\b|compared\s+(?:with|to)\b|against\b|rather\s+than\b|"
          r"instead\s+of\b|relative\s+to\b|(?:group|arm)s?\b|"
          r"(?:is|are|was|were)\s+compared\s+(?:with|to)\b|"
          r"(?:is|are|was|were|has|had)\s+(?:not\s+)?(?:more|less|as|much|no|superior|inferior|better|worse|similar)\b)")
# "less weight gain compared to insulin": a comparative before the phrase makes it an outcome
_COMPARATIVE = r"(?<!\bless\s)(?<!\bmore\s)(?<!\bfewer\s)(?<!\bgreater\s)(?<!\blower\s)(?<!\bhigher\s)"


def _compared(gram: tuple, text: str) -> bool:
    """Some sentence sets the phrase against another arm, or gives, uses or tests it."""
    words = r"[\s-]+".join(re.escape(w) + r"(?:e?s)?" for w in gram)
    return re.search(_BEFORE + r"\b" + words + r"\b", text, re.I) is not None or \
        re.search(_COMPARATIVE + r"\b" + words + r"\b" + _AFTER, text, re.I) is not None


def vocabulary_arm(facts: list[Fact], sentences) -> None:
    """Every finding with no arm takes the repeated phrase, when no estimate or per-group figure has an arm."""
    if any(f.drug and not _only_generic(f.drug) for f in facts if f.role in ("effect", "arm")):
        return  # (a count's arm may come from a loose reading: "main overall results" names no arm; a control arm
        # such as "no treatment" alone does not name what was tested)
    if not facts:
        return
    phrase = repeated_intervention(facts, sentences)
    if not phrase or _only_generic(phrase):
        return
    for fact in facts:
        if fact.drug or fact.role not in ("effect", "arm", "count") or fact.role == "count" and fact.arm_text:
            continue  # (a background figure, "one-third were preterm", is no arm's)
        fact.drug = phrase
        if fact.comparator and key(fact.comparator) == key(phrase):
            fact.comparator = None  # a comparator read on its own stays; never the arm against itself
        fact.uncertain = [u for u in fact.uncertain if u != "no arm could be read for this figure"]
        fact.uncertain.append("arm read from the phrase the abstract repeats most (no sentence names an arm the usual "
                              "ways): check it")
