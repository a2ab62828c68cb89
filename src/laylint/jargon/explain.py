"""Is a term explained where it is used? Patterns, checked inside the term's sentence:

  term (lay phrase)          low antibody levels (hypogammaglobulinemia)   -- either side of the brackets
  term noun (lay phrase)     topical fluoride (put on the teeth)           -- a word or two may come between
  lay phrase (term, ...)     newborn babies (neonates, aged 0 to 28 days)  -- the term first in the bracket
  term, which means ...      cue phrases after the term  (lexicon `explanations.after`)
  called term / known as ... cue phrases before the term (lexicon `explanations.before`)
  a medicine called X        a class word (lexicon `explanations.classes`) before a cue and a short list:
                             "medicines such as X, Y and Z", "antibiotics like X"; or after the term:
                             "X, a medicine ...", "X are medicines ..."
  term - a dash apposition - ...

A bracket explains only in words: a number, an age range ("aged 18 to 65"), a statistic, a citation or a
bare abbreviation does not.
"""

from __future__ import annotations

import re

from laylint.text import WORD, alternation

# (the rest of a hyphenated name may come first: "platelet-rich plasma (a part of the blood)")
_OPEN_AFTER = re.compile(r"\s*[\"'\u201d\u2019]?\s*(?:[\u2010\u2011-]?[^\W\d_][\w'\u2019\u2010\u2011-]*\s+){0,3}?\(([^()]{1,200})\)")
# A gloss in brackets right after the term that holds brackets of its own: its words before the inner bracket,
# a phrase starting with an article ("(an umbrella term for symptoms such as tremor (shaking), ...)")
_NESTED_GLOSS = re.compile(r"\s*\(\s*((?:a|an|the)\s+[^\W\d_][^()\d]{10,200}?)\(")
# The lay phrase's last word before a bracket; before a quoted term, with a one-letter name after it: "signs of
# vitamin A ('biomarkers')" (the quote marks a name being given; "hepatitis C (cirrhosis)" is not a gloss)
_INSIDE_OPEN = re.compile(r"([^\W\d_][\w'\u2019-]*)\s*\(\s*[\"'\u201c\u2018]?$")
_NAME_INSIDE_OPEN = re.compile(r"([^\W\d_][\w'\u2019-]*\s+[A-Z][0-9]{0,2})\s*\($")
_BRACKET_LIST_WORDS = 10  # "blood problems (anaemia and neutropenia)": a short list of terms in brackets
_DASH_AFTER = re.compile(r"\s*[\"'\u201d\u2019]?\s*(?:\u2014|\u2013|--|\s-|\s[\u2010\u2011]\s)\s*[A-Za-z]+\W+[A-Za-z]+")
# A quoted name, a spaced dash of any kind and a gloss: "a 'core outcome set' \u2010 a list of things" (U+2010 too)
_QUOTED_DASH = re.compile(r"(?:\s+[^\W\d_][\w\u2010\u2011-]*){0,3}?[\"'\u201d\u2019]\s+(?:\u2014|\u2013|--|[\u2010\u2011-])\s+"
                          r"[A-Za-z]+\W+[A-Za-z]+")
_ACRONYM_ONLY = re.compile(r"^[\s\W\d]*[A-Z][A-Za-z0-9-]*[A-Z0-9][A-Za-z0-9-]*s?[\s\W]*$")
_REACH = 240
_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w'\u2019\u2010\u2011-]*)")
_NAME_THEN_ABBREVIATION = re.compile(r"(?:\s+[^\W\d_][\w'\u2019\u2010\u2011-]*){0,2}?\s*[\"'\u201d\u2019]?\s*\(([^()]{1,40})\)")
_LABEL = re.compile(r"^\s*(?:\d|[a-z]\)|see\b|p\s*[<=>]|n\s*=|ci\b|95%)", re.I)  # e.g./i.e. explain: examples, a gloss
# Words of a bracket that only frames numbers: "(aged 18 to 65 years)", "(mean age 40)", "(range 2 to 10 weeks)"
_NUMBER_WORDS = frozenset(
    "aged age ages mean median average range about around approximately up to from between and or than more less "
    "over under at least most per cent percent year years month months week weeks day days hour hours minute minutes "
    "old n total in of the a an mg kg ml g mm cm".split())
# Words between a term and a bracket that show the bracket is about something else ("placebo in children (...)")
_NOT_AN_ITEM = frozenset("not no very also only both more less used given against".split())
_BRIDGE_STOP = frozenset(  # "and"/"or" may bridge: "stricture or injury (narrowing or damage)"
    "a an the but of in on at to for with by from as than that which who is are was were be been has have "
    "had not no if it its their this these those".split())
_LIST_ITEM = re.compile(r"\s*(?:[^\s,;:.()]+(?:\s+[^\s,;:.()]+){0,3})\s*(?:\([^()]{0,80}\))?\s*(?:,|\band\b|\bor\b|/)\s*",
                        re.I)


# The patterns only asked whether they match are written as tries (text.alternation): the same strings
# match, and a failing position costs one test per first letter instead of one per cue.
def _cue_pattern(cues: list[str], after: bool):
    alternatives = alternation(cues)
    if after:
        # a closing quote before or after the comma: 'standards", which', 'standards," which'
        # (each blank run after a mark: adjacent optional blanks backtrack on long runs of spaces)
        return re.compile(rf"\s*(?:[\"'\u201d\u2019]\s*)?(?:[,:]\s*)?(?:[\"'\u201d\u2019]\s*)?(?:{alternatives})(?!\w)", re.I)
    # "called a placebo", "masks called N95/P2 respirators", "known as chronic rhinosinusitis": the name may
    # start up to three words before the term ("drugs called cystic fibrosis transmembrane conductance regulator
    # modulators"), or be the second of two: "called Crohn's disease and ulcerative colitis"
    return re.compile(rf"\b(?:{alternatives})\s+(?:(?:a|an|the|this)\s+)?[\"'\u201c\u2018]?\s*"
                      rf"(?:[\w'\u2019/\u2010\u2011-]+\s+){{0,3}}"
                      # or a longer name with its abbreviation: "called cystic fibrosis transmembrane conductance
                      # regulator (CFTR) modulators" (README-independent-7)
                      rf"(?:(?:[\w'\u2019/\u2010\u2011-]+\s+){{1,3}}\([A-Z][A-Za-z0-9\u2010\u2011-]{{1,11}}\)\s+)?"
                      rf"(?:(?:and|or)\s+(?:[\w/\u2010\u2011-]+\s+){{0,2}})?"
                      # the term may end a hyphenated name: "a protein called hepatitis B e-antigen"
                      rf"(?:[\w'\u2019/]+[\u2010\u2011-])?$", re.I)


def _classes_pattern(classes: list[str], intro: list[str]):
    """(class word) ... (cue) ... at the end of the text before the term, e.g. "medicines called", "drugs such as"."""
    # the names as a trie: the names that match at a place are prefixes of one another, tried longest first as
    # in a list sorted by length, so every match is the same (tests/test_explain_speed.py); a failing place
    # costs one test per first letter, not one per name
    names = alternation(classes, space=re.escape(" "))
    cues = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(intro, key=len, reverse=True)) or "(?!)"
    before = re.compile(rf"\b(?:{names})(?:e?s)?\b[^.;!?]{{0,80}}?(?:\b(?:{cues})(?:,|:)?\s+|\s*[:\u2014\u2013(]\s*)", re.I)
    after = re.compile(rf"(?:\s+\w+[\u2010\u2011-][\w\u2010\u2011-]+)?\s+(?:{names})(?:e?s)?\b"  # "X tablets",
                       # "X eye drops", "non-steroidal anti-inflammatory medicines" (a hyphenated word between)
                       rf"|\s*[\"'\u201d\u2019]?\s*(?:,|\(|\s(?:is|are|was|were)|(?=\s+(?:a|an)\s))\s*"  # "Is X a medicine?"
                       rf"(?:(?:a|an|the|one|some|two|a\s+type\s+of|a\s+kind\s+of|a\s+group\s+of|types\s+of|kinds\s+of)"
                       rf"\s+(?:[\w-]+\s+){{0,3}}?)?"  # "X, a blood pressure medicine"; without a determiner no words between
                       rf"(?:{names})(?:e?s)?\b", re.I)
    # the class word right before the name: "the drug entecavir", "a medicine X"
    right_before = re.compile(rf"\b(?:the|a|an|this|that)\s+(?:{names})(?:e?s)?\s+[\"'\u201c\u2018]?$", re.I)
    return before, after, right_before, re.compile(rf"\b(?:{names})", re.I)  # the last: a quick test before `before`


def _class_colon_pattern(classes: list[str]):
    """A class word, maybe "were studied", then a colon and the list: "Three antiviral drugs were studied: X, Y and
    Z" (README-independent-17). Only those verbs: "the drug caused problems: X" does not say what X is."""
    names = alternation(classes, space=re.escape(" "))
    return re.compile(rf"\b(?:{names})(?:e?s)?(?:\s+(?:were|was|are|is)\s+(?:studied|compared|tested|used|given|"
                      rf"included|assessed|examined|evaluated|looked\s+at))?\s*:\s*", re.I)


# A plain word in quotes, then "or" and the term: "the 'lips' or labia"; or the term, "or" and the quoted plain word
# (no comma: "ketamine, vinydan-ether, or "other" agents" is a list; nor a quoted "other")
_QUOTED_WORD = r"[\"'\u201c\u2018](?!others?\b)[^\W\d_][\w \u2010\u2011-]{0,30}[\"'\u201d\u2019]"
_QUOTED_OR_BEFORE = re.compile(rf"{_QUOTED_WORD}\s+or\s+$", re.I)
_QUOTED_OR_AFTER = re.compile(rf"\s+or\s+{_QUOTED_WORD}", re.I)


def _ascii_class_word(classes: list[str]):
    """The quick test for an ASCII text, lowercased: the same answer, without re.I's slow scan (None when a
    class word is not ASCII: re.I may then match letters lower() does not give)."""
    if not all(name.isascii() for name in classes):
        return None
    return re.compile(rf"\b(?:{alternation([name.lower() for name in classes], space=re.escape(' '))})")


# Examples later in the same clause: "outcomes that matter in daily life, such as the need for pain relief"
# "like" before a comparison, not examples: "..., like in earlier studies", "..., like the other trials found"
COMPARED = (r"(?:in|at|on|with|for|from|to|before|after|during|earlier|previous|other|the\s+other|those|that|this|"
            r"these|we|they|it|he|she|you|us|them|a\s+lot)\b")
_LIKE_COMPARISON = re.compile(rf"\s*(?:[\"'\u201d\u2019]\s*)?,?\s*like\s+{COMPARED}", re.I)
_EXAMPLES = re.compile(r"[^.;:!?()]{0,60}?(?:,\s*|\s)(?:such as|including|for example|e\.g\.)\s", re.I)
# An apposition after the term (and a word or two of its name, or its abbreviation): ", a dangerous reaction"
_APPOSITION = re.compile(r"(?:\s+[^\W\d_][\w'\u2010\u2011-]*){0,3}?\s*(?:\([A-Za-z0-9\u2010\u2011-]{1,12}\))?,\s+(?:a|an)\s+"
                         r"(?!(?:total|mean|median|average|number|range|rate|risk|increase|decrease|reduction|difference)\b)"
                         r"[^\W\d_]", re.I)
# An apposition with "the" that says what it is, in a relative clause: "the oesophagus, the tube that carries food"
# (not a list: "mortality, the length of stay and pain")
_THE_APPOSITION = re.compile(r"\s*(?:\([A-Za-z0-9\u2010\u2011-]{1,12}\))?,\s+the\s+(?:[^\W\d_][\w'\u2019\u2010\u2011-]*\s+){1,4}?"
                             r"(?:(?:that|which|who|where|whose)\s|"
                             # or a participle, where no "and" follows (a list): "haemoglobin, the part of the blood
                             # needed to carry oxygen", "sutures, the stitches used to ..."
                             r"(?:needed|used|made|responsible|found|involved)\s(?![^.;!?]*\band\b))", re.I)
# A bracket a few words on that says it glosses ("(that is, who the group was compared with)", "(i.e. how many new
# cases)") or, after a relative clause about the term, gives examples: "outcomes that matter to patients (such as pain)"
_GLOSS_CUE = r"(?:that\s+is|i\.\s?e\.?|ie|meaning|in\s+other\s+words|which\s+means|this\s+means)\b"
_EXAMPLE_CUE = r"(?:such\s+as|like|for\s+example|for\s+instance|e\.\s?g\.?|eg|including)\b"
_BRACKET_GLOSS_AFTER = re.compile(
    rf"(?:\s+[^\W\d_][\w'\u2019\u2010\u2011-]*){{1,6}}\s*\(\s*{_GLOSS_CUE}"
    rf"|\s+(?:that|which|who)(?:\s+[^\W\d_][\w'\u2019\u2010\u2011-]*){{1,6}}\s*\(\s*"
    # examples with a cue, or a list of words: "outcomes that matter to patients (comfort, daily activities and ...)"
    rf"(?:{_EXAMPLE_CUE}|[^\W\d_][^()\d]{{0,80}}?(?:,|\band\b|\bor\b)[^()\d]{{0,80}}\))", re.I)
# The long form in brackets right after its abbreviation: "ICSI (intracytoplasmic sperm injection) is when ...";
# what follows the bracket explains both
_ABBREVIATION_OPEN = re.compile(r"(?<![\w\u2010\u2011-])([A-Z][A-Za-z0-9\u2010\u2011-]*)\s*\(\s*$")


def _after_abbreviation(before: str) -> bool:
    """Does `before` end with an abbreviation and an opening bracket ("ICSI (")?"""
    found = _ABBREVIATION_OPEN.search(before[-40:])
    return bool(found) and sum(c.isupper() for c in found.group(1)) >= 2
_CLOSE = re.compile(r"\s*\)")

# A second name joined by "or"/"and" before a shared explanation: "fistula (AVF) or arteriovenous graft (AVG) is a"
_ALTERNATIVE_NAME = re.compile(r"(?:\s+[^\W\d_][\w'\u2019\u2010\u2011-]*){0,2}?\s*(?:\([A-Za-z0-9\u2010\u2011-]{1,12}\))?"
                               r"\s+(?:or|and)\s+(?:[^\W\d_][\w'\u2019\u2010\u2011-]*\s+){0,2}[^\W\d_][\w'\u2019\u2010\u2011-]*"
                               r"\s*(?:\([A-Za-z0-9\u2010\u2011-]{1,12}\))?")
# What the term's members did or got, right after it: "a control group that did not exercise", "a control group
# of people who got no treatment" (not after more words: "a non-drug treatment that uses ..." is about the treatment)
_MEMBERS_AFTER = re.compile(r"\s+(?:that|(?:of|with)\s+(?:persons|people|patients|participants|children|women|men|babies|"
                            r"adults)\s+who)\s+(?:did|do|does|got|get|received|receive|took|take)\b", re.I)
_ABBREVIATION_IN_COMMAS = re.compile(r",\s*(?:or\s+)?[A-Z][A-Za-z0-9\u2010\u2011-]{1,11},")
# A bracket that explains what comes before it: "antioxidants (which scavenge harmful particles)"
# "is a" / "are the" and a judgement, not what the term is: "Risk of bias is a concern", "cardiovascular disease is a
# major cause of death", "Topical antihistamines are the most effective" (a word or two of the name may come first)
_JUDGED_AFTER = re.compile(r"(?:\s+[^\W\d_][\w\u2010\u2011-]*){0,2}?(?:\s*\([^()]{1,20}\))?\s+(?:is|are|was|were)\s+"
                           r"(?:(?:a|an|the)\s+)?(?:\w+\s+){0,2}?(?:concern|limitation|worry|issue|challenge|reason|"
                           r"factor|likely|unlikely|better|worse|cause|causes)\b", re.I)  # not "the main blood vessel"
_EXPLAINING_BRACKET = re.compile(r"\(\s*(?:which|that|who|where|meaning|i\.e\.)\s", re.I)

# A definition after a colon, as in a glossary list: "Epworth Sleepiness Scale (ESS): a short questionnaire ..."
_COLON_DEFINITION = re.compile(r"(?:\s+[^\W\d_][\w'\u2019\u2010\u2011-]*){0,3}?\s*(?:\([A-Za-z0-9\u2010\u2011-]{1,12}\))?\s*:"
                               r"\s+(?:a|an|the|when|how|what|where|who|which|[a-z]+ing)\s+[a-z]")

# A general word, then a colon and what it covers: "Other important outcomes: death, problems with the access, and
# quality of life", "two different interventions: X and Y" (not a sentence after the colon: "Baby outcomes: AMB may
# make little difference")
_COLON_LIST = re.compile(r"(?:\s+[^\W\d_][\w'\u2019\u2010\u2011-]*){0,2}?\s*:\s+"
                         r"(?!(?:we|they|it|there|this|these|those|that|the|a|an|our|no|none|most|some|all|only|one|two|"
                         r"three|in|for|at|if|when)\b)([^\W\d_][^.;!?\n]{0,200})", re.I)
_SENTENCE_VERBS = frozenset("may might can could will would did does do is are was were had has have be been probably "
                            "likely found find showed show made makes make reported".split())


def _colon_list(after: str) -> bool:
    found = _COLON_LIST.match(after)
    if not found:
        return False
    listed = found.group(1)
    return bool(re.search(r",|\band\b|\bor\b", listed)) and not _SENTENCE_VERBS.intersection(
        w.lower() for w in listed.split()[:5])


CLASS_INTRO = ["called", "named", "known as", "such as", "like", "including", "include", "includes", "included",
               "e.g.", "for example", "for instance", "especially", "mainly", "mostly", "usually", "often",
               "typically", "commonly",  # "hormone medicines, usually oestrogen and progesterone"
               "were", "was", "are", "is"]  # "the medicines studied were nivolumab and pembrolizumab"


class Explainer:
    """Built once per lexicon; `explained(text, start, end, sentence_start, sentence_end)`."""

    def __init__(self, after: list[str], before: list[str], classes: list[str] = ()):
        self.after = _cue_pattern(after, after=True)
        self.before = _cue_pattern(before, after=False)
        self.class_before, self.class_after, self.class_right_before, self.class_word = \
            _classes_pattern(list(classes), CLASS_INTRO)
        self.ascii_class_word = _ascii_class_word(list(classes))
        self.class_colon = _class_colon_pattern(list(classes))
        self.intro = re.compile(r"^\s*(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in CLASS_INTRO) + r")\s+",
                                re.I)
        # `before` and `class_right_before` end at the term ($): a match spans at most this many blank-separated
        # chunks, so they search only that many last chunks of the 240 characters before it (issue #19)
        self.before_chunks = max((len(cue.split()) for cue in before), default=1) + _BEFORE_CHUNKS
        self.right_before_chunks = max((len(name.split()) for name in classes), default=1) + _RIGHT_BEFORE_CHUNKS

    def explained(self, text: str, start: int, end: int, sentence_start: int, sentence_end: int,
                  in_brackets: bool = True, by_class: bool | str = False) -> bool:
        """`in_brackets`: a term in brackets after a lay phrase counts as explained ("low antibody levels
        (hypogammaglobulinaemia)"); for an abbreviation its letters must spell the phrase instead.
        `by_class`: a class word explains it ("a medicine called X", "X, a medicine"): for names (a drug, a
        rare word, a lexicon term naming a kind of medicine), not for other lexicon terms, whose meaning a
        class word does not give ("the placebo was a pill"). "intro": only a class word before it
        ("medicines called anti-PD-1 and anti-PD-L1"), for abbreviations ("the PHQ-9 questionnaire" still
        needs spelling out)."""
        # the patterns only look a few words either side
        before, after = text[max(sentence_start, start - _REACH):start], text[end:min(sentence_end, end + _REACH)]
        closing = _CLOSE.match(after) if before.rstrip().endswith("(") and _after_abbreviation(before) else None
        if closing:
            after = after[closing.end():]  # "ICSI (intracytoplasmic sperm injection) is when ...": look past the bracket
        # (each pattern below is tried only when the text after holds a mark it needs: "(", "," or ":")
        bracket = _OPEN_AFTER.match(after) if "(" in after else None
        if bracket and is_lay_phrase(bracket.group(1)) and not _BRIDGE_STOP.intersection(
                w.lower() for w in after[:bracket.start(1)].split()):
            return True
        nested = _NESTED_GLOSS.match(after) if "(" in after else None
        if nested and is_lay_phrase(nested.group(1)):
            return True  # "parkinsonism (an umbrella term for symptoms such as tremor (shaking), ...)" (issue #16)
        direct = _NAME_THEN_ABBREVIATION.match(after) if "(" in after else None
        if direct and _ACRONYM_ONLY.match(direct.group(1)) and not _BRIDGE_STOP.intersection(
                w.lower() for w in after[:direct.start(1)].replace("(", " ").split()):
            after = after[direct.end():]  # "sleep apnoea (OSA) is a condition ...": look past the abbreviation,
            # and past the rest of the name: "cardiopulmonary resuscitation (CPR), which means ..."
        if in_brackets and _inside_brackets_after_lay_phrase(before, after):
            return True
        judged = _JUDGED_AFTER.match(after) if " " in after else None  # "... is a major cause of death"
        if self.after.match(after) and not judged and not _LIKE_COMPARISON.match(after) or self.before.search(_tail(before, self.before_chunks)) or _DASH_AFTER.match(after) \
                or _QUOTED_DASH.match(after):
            return True
        if _MEMBERS_AFTER.match(after) or _QUOTED_OR_BEFORE.search(before[-40:]) or _QUOTED_OR_AFTER.match(after):
            return True  # "the 'lips' or labia": the plain word is right there
        alternative = _ALTERNATIVE_NAME.match(after)
        if alternative and self.after.match(after, alternative.end()):
            return True  # "arteriovenous fistula (AVF) or graft (AVG) is a connection between ..."
        position = 0
        for _ in range(2):  # one or two more words of its name: "Endoscopic sinus surgery is a procedure ..."
            word = _NEXT_WORD.match(after, position)
            if not word or word.group(1).lower() in _BRIDGE_STOP:
                break
            position = word.end()
            if self.after.match(after, position) and not judged:
                return True
        comma, colon = "," in after, ":" in after
        if comma and _THE_APPOSITION.match(after) or "(" in after and _BRACKET_GLOSS_AFTER.match(after) \
                or colon and _colon_list(after):
            return True  # "the oesophagus, the tube that carries ...", "control groups of the studies (that is, ...)"
        if _EXAMPLES.match(after) or comma and _APPOSITION.match(after) or colon and _COLON_DEFINITION.match(after):
            return True  # "outcomes that matter to families, such as weight", "X (OHSS), a dangerous reaction",
            # "antral follicle count (AFC): the number of small egg sacs seen on a scan"
        return bool(by_class) and self.introduced_by_class(before, after, by_class != "intro")

    def introduced_by_class(self, before: str, after: str, after_too: bool = True) -> bool:
        """"medicines such as X, Y and Z", "a drug called X", "X, a medicine that...", "X are antibiotics"."""
        if after_too and self.class_after.match(after) \
                or self.class_right_before.search(_tail(before, self.right_before_chunks)):
            return True
        if after_too and _example_in_bracket(before):
            return True  # "ICIs (such as nivolumab and pembrolizumab)": an example of the group just named
        if not (self.ascii_class_word.search(before.lower()) if self.ascii_class_word and before.isascii()
                else self.class_word.search(before)):
            return False
        for match in self.class_before.finditer(before):
            rest = self.intro.sub("", before[match.end():], count=1)  # "(such as X, Y": the cue after a bracket
            if only_list_items(rest):
                return True
        return any(only_list_items(before[match.end():]) for match in self.class_colon.finditer(before))


# Chunks a match of `before` may span besides its cue: an article, a lone quote, three words, three more and an
# abbreviation in brackets, "and"/"or" and two words, a hyphenated start (13), and a margin. `class_right_before`:
# an article and a lone quote besides the class name.
_BEFORE_CHUNKS = 15
_RIGHT_BEFORE_CHUNKS = 4


def _tail(text: str, chunks: int) -> str:
    """The last `chunks` blank-separated chunks of `text` (and any blanks after them), or all of it. A pattern
    anchored at the end that spans at most that many chunks matches the tail exactly as it matches the text:
    the tail starts after a blank, so a \\b there is what it was (\\s and str.split both mean str.isspace)."""
    parts = text.rsplit(None, chunks)
    return text if len(parts) <= chunks else text[len(parts[0]):].lstrip()


def only_list_items(rest: str) -> bool:
    """Only list items stand between a cue and the term; the last item may begin a word before the term
    ("devices such as vaginal pessaries")."""
    position = 0
    while position < len(rest):
        item = _LIST_ITEM.match(rest, position)
        if not item or item.end() == position:
            break
        position = item.end()
    tail = rest[position:].strip(" \"'\u201c\u2018(").lower()
    return tail in ("", "and", "or", "and/or", "and also") or bool(
        re.fullmatch(r"[a-z][\w\u2010\u2011-]*", tail) and tail not in _BRIDGE_STOP | _NOT_AN_ITEM)


# A bracket of examples right after a plural noun or abbreviation: "checkpoint inhibitors (ICIs) ... ICIs (such as "
_EXAMPLE_BRACKET = re.compile(r"(?:[A-Za-z][\w\u2010\u2011-]*[a-z]|[A-Z]{2,})s\s*\(\s*"
                              r"(?:such\s+as|e\.\s?g\.,?|for\s+example,?|like|including)\s+")


def _example_in_bracket(before: str) -> bool:
    opening = before.rfind("(")
    if opening < 0 or ")" in before[opening:]:
        return False
    cue = next((m for m in _EXAMPLE_BRACKET.finditer(before, max(0, opening - 60)) if m.end() > opening), None)
    return cue is not None and only_list_items(before[cue.end():])


def _inside_brackets_after_lay_phrase(before: str, after: str) -> bool:
    """The term is in brackets right after a lay phrase: alone, in a short list of terms, or first
    ("newborn babies (neonates, aged 0 to 28 days)")."""
    opening, closing = before.rfind("("), after.find(")")
    if opening < 0 or closing < 0 or ")" in before[opening:] or "(" in after[:closing]:
        return False
    quoted = before[opening + 1:].lstrip().startswith(("\"", "'", "\u201c", "\u2018"))
    lead = quoted and _NAME_INSIDE_OPEN.search(before, 0, opening + 1) or _INSIDE_OPEN.search(before[:opening + 1])
    if not lead or not is_lay_phrase(lead.group(1)):
        return False
    inside_before, inside_after = before[opening + 1:], after[:closing]
    if not inside_before.strip(" \"'\u201c\u2018") and re.match(r"\s*[\"'\u201d\u2019]?\s*(?:[,;]|$|\s+or\b)",
                                                                   inside_after):
        return True  # the term comes first in the bracket, the rest says more about it
    inside = _ABBREVIATION_IN_COMMAS.sub(" ", inside_before + " " + inside_after)  # "(cystic ... regulator, or CFTR, modulators)"
    if any(c.isdigit() for c in inside) or len(inside.split()) > _BRACKET_LIST_WORDS or inside.count(",") > 1:
        return False  # numbers, or a long list of examples rather than the name of the thing
    return True


def is_lay_phrase(text: str) -> bool:
    """Words a reader can use: not a number, statistic, citation, age range or a bare abbreviation."""
    if _LABEL.match(text) or _ACRONYM_ONLY.match(text):
        return False
    found = [word for word in WORD.findall(text) if sum(map(str.isalpha, word)) >= 2]
    return any(word.lower() not in _NUMBER_WORDS for word in found)


def inside_explaining_bracket(text: str, start: int, sentence_start: int) -> bool:
    """Is the word at `start` inside a bracket that explains the words before it ("(which scavenge and
    neutralise harmful particles)", "(a tool with a camera)", "(FEVAR – a keyhole stent with ...)")? Its
    words are the explanation, not jargon to explain. Not the bracket's first word: that is a term in
    brackets after a lay phrase ("(neonates, aged 0 to 28 days)"), which `explained` judges."""
    opening = text.rfind("(", sentence_start, start)
    if opening < 0 or ")" in text[opening:start]:
        return False
    if _EXPLAINING_BRACKET.match(text, opening):
        return True
    closing = text.find(")", start)
    inside = text[opening + 1:closing if closing >= 0 else len(text)]
    gloss = _GLOSS_BRACKET.match(inside)
    return bool(gloss) and opening + 1 + gloss.start(1) < start and _words_before_bracket(text, opening)


def _words_before_bracket(text: str, opening: int) -> bool:
    return bool(re.search(r"[^\W\d_][\w'\u2019\u2010\u2011-]*\s*$", text[max(0, opening - 60):opening]))


# A bracket that glosses the words before it: a lay phrase of 3 words or more, maybe after the term's
# abbreviation and a dash or colon, its first three words a phrase; not examples, a list ("(pain, sleep,
# adverse events)"), numbers or a comparison
_GLOSS_BRACKET = re.compile(
    r"\s*(?:[A-Z][A-Za-z0-9\u2010\u2011-]{1,11}\s*(?:\u2013|\u2014|-|:|,)\s*)?"
    r"((?!(?:such|e\.g|eg|i\.e|including|include|like|for|with|without|versus|vs|or|and|in|on|at|of|to|from|by|"
    r"compared|n|p|see|mean|median|aged|range|about|around)\b)[a-z][a-z'\u2019\u2010\u2011-]*)"
    r"(?:\s+[^\W\d_][\w'\u2019\u2010\u2011-]*){2}(?:[\s,]+[^\W\d_][\w'\u2019\u2010\u2011-]*)*[\s,.;]*$")
