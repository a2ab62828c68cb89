"""Kind `jargon-term`: a lexicon term used without an explanation at or before its first use."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from laylint.checks.kind import Kind, option


@dataclass(frozen=True)
class Options:
    max_alternatives: int = option(3, minimum=1)
    # terms plain enough in a sentence about searching ("we searched medical databases and trial registers": the
    # wording jargon/acronym's search-list message recommends)
    plain_when_searching: list[str] = field(default_factory=list)


def validate(options):
    if options.max_alternatives < 1:
        yield "max_alternatives", "must be at least 1"


def _heading(analysis, offset: int):
    sentence = analysis.sentence_at(offset)
    return sentence if sentence is not None and sentence.block == "heading" else None


def check(rule, analysis):
    from laylint.jargon import scan
    from laylint.jargon.explain import inside_explaining_bracket
    from laylint.jargon.explained_later import explained_at_next_use, in_review_question
    from laylint.jargon.explained_next import (explained_by_what_it_means, explained_later_in_sentence,
                                               explained_next)
    from laylint.jargon.general_words import (everyday_follow_up, everyday_outcomes, listed_before, named_after,
                                              named_in_next_sentence, named_later_in_sentence, points_back,
                                              shown_by_what_follows, verb_said_before)
    from laylint.jargon.lexicon import allowed_abbreviations
    from laylint.jargon.run_in_label import in_run_in_label
    from laylint.jargon.longer_term import covered_by_shorter
    from laylint.jargon.other_form import explained_in_another_form, reported_in_another_form
    from laylint.jargon.opening_heading import in_opening_heading
    from laylint.jargon.scales import grade_scale_given_before, inside_instrument_name
    from laylint.jargon.title_section import asked_after_key_messages

    found = scan(analysis)
    known = allowed_abbreviations(analysis)
    seen, met = set(), []  # term keys; the words of the terms met so far
    lists = {}  # sentence bounds -> the names of its search list
    run = []  # the unexplained terms of the current run of adjacent ones, with their alternatives
    explained, reported = [], []  # the terms explained where they stand, and those reported, in text order
    for index, match in enumerate(found.terms):
        if match.key in seen:
            continue  # only the first use needs an explanation
        if _part_of_earlier(match.key, met):
            continue  # "important outcomes (like weight ...)" covers "outcomes" later
        if inside_explaining_bracket(found.text, match.start, found.sentence_bounds(match.start)[0]):
            seen.add(match.key)  # a word of an explanation: "(FEVAR – a keyhole stent with ...)"
            continue
        if inside_instrument_name(found, match):
            continue  # "NIPS (Neonatal Infant Pain Scale)": a word of a name (not `seen`: "neonatal units" later counts)
        heading = _heading(analysis, match.start)
        if heading and (_letters(heading.text) == _letters(found.text[match.start:match.end])
                        or len(heading.text.split()) <= _SHORT_HEADING and not heading.text.rstrip().endswith("?")
                        or _names_its_section(heading.text, match.key)
                        and not in_opening_heading(analysis, match.start)):  # a title's "interventions" is jargon
            continue  # a heading that is the term or little more ("Quality of the evidence", "Baby outcomes") names
            # its section: the next use counts
        if in_run_in_label(found.text, match.start, match.end) and not _explained(found, match, known):
            continue  # so does a run-in label: "- Other outcomes: We did not find information about ..." (not a
            # glossary line: "- Enteral feeding: giving liquid food through a tube" explains it)
        if points_back(found, match) or named_later_in_sentence(found, match) or everyday_follow_up(found, match):
            continue  # "these outcomes": the results just named (not `seen`: a later bare "outcomes" still counts;
            # nor after "regular follow-up": a later research "follow-up" needs its explanation)
        seen.add(match.key)
        met.append(match.key.split())
        if named_after(found, match) or listed_before(found, match) or shown_by_what_follows(found, match) \
                or named_in_next_sentence(found, match):
            continue  # "the outcomes of failure, function at 30 days and adverse events": named right there
        if _explained(found, match, known):
            explained.append(match)
            continue
        if heading and _explained_below(analysis, found, found.terms[index + 1:], match, known):
            continue  # a heading has no room to explain; the paragraph under it may: "Preterm babies (born early)"
        if explained_next(found, match, found.terms[index + 1:], lambda use: _explained(found, use, known) and not
                          inside_explaining_bracket(found.text, use.start, found.sentence_bounds(use.start)[0])):
            continue  # a sentence later: "... were randomised trials. Randomised trials (RCTs) are studies where ..."
        if grade_scale_given_before(found, match):
            continue  # "We rated our confidence in the evidence as high, moderate, low or very low" ... "Moderate-
            # certainty evidence shows"
        if explained_later_in_sentence(found, match, found.terms[index + 1:],
                                       lambda use: _explained(found, use, known)):
            continue  # "(... another pelvic disease; pelvic means the area below the belly ...)"
        if explained_by_what_it_means(found, match, lambda use: not _explained(found, use, known)):
            explained.append(match)
            continue  # "Many babies had hypoglycaemia. This means their blood sugar was too low."
        if heading and _explained_in_opening(analysis, found, found.terms[index + 1:], match, known):
            continue  # the title, then "Review question", then a Background paragraph that explains it
        if heading and _answered_next(analysis, found, found.terms[index + 1:], match):
            continue  # the title, then "What is otitis media?"
        if in_review_question(analysis, match.start) and explained_at_next_use(
                analysis, found, found.terms[index + 1:], match, lambda use: _explained(found, use, known) and not
                inside_explaining_bracket(found.text, use.start, found.sentence_bounds(use.start)[0])):
            continue  # "Review question", "... lower bilirubin levels?", "Background", "... bilirubin (a yellow ...)"
        if (heading or _in_key_messages(analysis, match.start)) and _asked_next(found, found.terms[index + 1:], match):
            continue  # the title or a key message, then (whatever lies between) the summary's own section "What
            # is urinary incontinence?": its next use. A use in between leaves it reported (README-independent-12h)
        if heading and asked_after_key_messages(analysis, found, found.terms[index + 1:], match):
            continue  # the title, the review question (which may use it), the key messages, then the first section
            # "What is inflammatory bowel disease?" explains it, as the Cochrane template has it (round term35-before)
        if everyday_outcomes(found, match):
            continue  # "The study outcomes will help guide care"
        if match.key in rule.options.plain_when_searching \
                and _SEARCHING.search(found.text, *found.sentence_bounds(match.start)):
            continue  # "We searched medical databases and trial registers"
        if _in_reported_search_list(analysis, found, match, lists):
            continue  # "We searched MEDLINE, Embase and PsycINFO": the acronym rule's one message for the list
        if _longer_name_explained_before(found, match) or _plain_form_just_before(found, match) \
                or verb_said_before(match.key, found.text, match.start):
            continue  # "Primary healthcare (PHC) is the first level of care" ... "primary care"; "standard doses"
            # ... "dosing" (README-independent-13h)
        if explained_in_another_form(found, match, found.terms[:index]):
            continue  # "sedation (medicine to keep them calm)" ... "sedatives"
        if reported_in_another_form(found, match, reported) or covered_by_shorter(found, match, explained, reported):
            continue  # one message per word family: "neonatal" reported ... "Neonates"; "cognitive" reported ...
            # "cognitive function"; "randomised trials (studies where chance decides)" ... "randomised controlled trials"
        reported.append(match)
        plain = "; ".join(found.lexicon.terms[match.key].plain[: rule.options.max_alternatives])
        if run and _ADJACENT.fullmatch(found.text, run[-1][0].end, match.start):
            run.append((match, plain))
            continue
        yield from _report(rule, analysis, found, run)
        run = [(match, plain)]
    yield from _report(rule, analysis, found, run)


def _in_reported_search_list(analysis, found, match, lists) -> bool:
    """A database named in a search list that the running acronym rule reports as one message, saying lay readers need
    "medical databases", not the names: a term message on each name would repeat it. The acronym rule reports a list
    that holds an acronym; two capitals in a row ("MEDLINE", "PsycINFO") stand for that here."""
    if not analysis.running("acronym"):
        return False
    from laylint.jargon import acronyms
    from laylint.jargon.lexicon import search_names

    bounds = found.sentence_bounds(match.start)
    if bounds not in lists:
        searching = search_names(analysis)
        names = acronyms.search_list(found.text, *bounds, searching.names, searching.cues)
        lists[bounds] = names if any(_TWO_CAPITALS.search(found.text, s, e) for s, e in names) else []
    return any(start <= match.start and match.end <= end for start, end in lists[bounds])


_TWO_CAPITALS = re.compile(r"[A-Z]{2}")
_SEARCHING = re.compile(r"\b(?:search(?:ed|es|ing)?|looked\s+(?:in|for|through))\b", re.I)


# Only blanks or a hyphen between two reported terms: one phrase, one message ("peripheral arterial catheters")
_ADJACENT = re.compile(r"[ \t\u00a0\u2010\u2011-]+")


def _report(rule, analysis, found, run):
    """One message for a run of adjacent unexplained terms; its suggestion gives each term's alternatives."""
    if not run:
        return
    start, end = run[0][0].start, run[-1][0].end
    if len(run) == 1:
        plain = run[0][1]
    else:
        plain = "; ".join(f"{found.text[m.start:m.end]}: {p}" for m, p in run)
    yield analysis.diagnostic(rule, start, end, suggestion=plain, term=found.text[start:end], plain=plain)


def _part_of_earlier(key: str, met: list[list[str]]) -> bool:
    """Is every word of the term a form of a word of one earlier term? The reader has met it there (and
    the earlier message, if any, asks for the explanation once)."""
    from laylint.jargon import same_word

    words = key.split()
    return any(len(earlier) > len(words) and all(any(same_word(w, e) for e in earlier) for w in words)
               for earlier in met)


def _explained(found, match, known=frozenset()) -> bool:
    term = found.lexicon.terms[match.key]
    from laylint.jargon.restated import restated

    if found.explained(match.start, match.end, by_class=term.names_a_medicine) or restated(found, match, term.plain, term.said):
        return True
    bracket = _ABBREVIATION_AFTER.match(found.text, match.end)
    return bool(bracket) and bracket.group(1) in known  # "computed tomography (CT) scans": readers know a CT scan


# The term's abbreviation in brackets after it, alone or with a noun: "(CT)", "(MRI scan)"
_ABBREVIATION_AFTER = re.compile(r"\s*\(([A-Za-z0-9\u2010\u2011-]{2,12}?)s?(?:\s+[a-z]+)?\)")


def _explained_below(analysis, found, later, match, known) -> bool:
    """Is the term's next use in the paragraph right under its heading (past a "Key messages" heading: the first
    key message), and explained there?"""
    from laylint.jargon.explain import inside_explaining_bracket

    blocks = analysis.document.blocks
    index = next((i for i, b in enumerate(blocks) if b.prose_start <= match.start < b.prose_start + len(b.text)), None)
    if index is None:
        return False
    below = index + 1
    if below < len(blocks) and _is_key_messages(blocks[below]):
        below += 1  # the title, then "Key messages": the first key message is the text under the title, and a gloss
        # there explains the title term (README-independent-5 and -12h judged such hits false), as for rare-word.
        # Not a later one: "placebo" in the title, glossed in the second key message, was judged true (round after-2)
    if below >= len(blocks) or blocks[below].kind == "heading":
        return False  # not past another heading: "What did we do?" is too far on
    below = blocks[below]
    following = next((m for m in later if m.key == match.key), None)
    return (following is not None and following.start < below.prose_start + len(below.text)
            and _explained(found, following, known)
            # a word of another term's gloss does not explain it: "pessary (a device ... to support pelvic organs)"
            and not inside_explaining_bracket(found.text, following.start, found.sentence_bounds(following.start)[0]))


def _explained_in_opening(analysis, found, later, match, known) -> bool:
    """Is a title term explained at its next use in the summary's opening paragraph, the first block of prose
    under the title? Headings and a one-sentence question (the review question restating the title) may come
    between ("Blood pressure control for diabetic retinopathy", "Review question", "Does ... prevent diabetic
    retinopathy?", "Background", "... diabetic retinopathy, often called 'diabetic eye disease'";
    README-independent-13h). A use anywhere else first, or a gloss further on, leaves it reported."""
    from laylint.jargon.explain import inside_explaining_bracket

    blocks = analysis.document.blocks
    if not blocks or not blocks[0].prose_start <= match.start < blocks[0].prose_start + len(blocks[0].text):
        return False  # only the title, the summary's first line
    uses = [m for m in later if m.key == match.key]
    for block in blocks[1:]:
        end = block.prose_start + len(block.text)
        if block.kind == "heading" or _one_question(found, block):
            continue  # "Review question", "Does blood pressure control prevent diabetic retinopathy?"
        following = next((m for m in uses if m.start >= block.prose_start), None)
        return (following is not None and following.start < end
                and _explained(found, following, known)
                and not inside_explaining_bracket(found.text, following.start,
                                                  found.sentence_bounds(following.start)[0]))
    return False


def _one_question(found, block) -> bool:
    from laylint.jargon.title_section import one_question

    return one_question(block)


_SHORT_HEADING = 3  # words
_SECTION_WORDS = frozenset({"outcome", "important outcome", "critical outcome", "intervention"})
_SECTION_HEADING = 5  # words: "Outcomes important to patients", "Other outcomes we looked at"


def _names_its_section(heading: str, key: str) -> bool:
    """A heading, not a question, whose general word the section under it spells out: "Outcomes important to
    patients", then "None of the studies reported whether people could eat normally" (rounds after-independent-5 and
    term36-before judged such hits false). The next use, if any, is the one to explain."""
    return key in _SECTION_WORDS and len(heading.split()) <= _SECTION_HEADING and not heading.rstrip().endswith("?")


def _answered_next(analysis, found, later, match) -> bool:
    from laylint.jargon import answered_by_next_heading

    following = next((m for m in later if m.key == match.key), None)
    return answered_by_next_heading(analysis, found, match.start,
                                    None if following is None else (following.start, following.end))


def _is_key_messages(block) -> bool:
    from laylint.jargon.title_section import is_key_messages

    return is_key_messages(block)


def _in_key_messages(analysis, offset: int) -> bool:
    """Is the text at `offset` under a "Key messages" heading (the summary of the summary)?"""
    from laylint.jargon import block_index

    index = block_index(analysis, offset)
    if index is None:
        return False
    return analysis.memo(("jargon-term", "under-key-messages"), lambda: _under_key_messages(analysis.document.blocks))[index]


def _under_key_messages(blocks) -> list[bool]:
    """For each block, is the nearest heading before it "Key messages"? (Once per document, not per term.)"""
    under, heading = [], None
    for block in blocks:
        under.append(heading is not None and _is_key_messages(heading))
        if block.kind == "heading":
            heading = block
    return under


def _asked_next(found, later, match) -> bool:
    """Is the term's next use the question "What is X?" that opens the summary's section about it, and answered
    there (not one of a list of template questions)? Its abbreviation used in between is a use: "peripheral artery
    disease (PAD)?", then "for diagnosing PAD", then "What is peripheral artery disease (PAD)?" leaves it reported."""
    from laylint.jargon import asks_what_it_is

    following = next((m for m in later if m.key == match.key), None)
    if following is None or not asks_what_it_is(found, following.start):
        return False
    after = bisect.bisect_left(found.sentence_starts, found.sentence_bounds(following.start)[1])
    if after >= len(found.sentence_starts) or found.text[found.sentence_starts[after]:found.sentence_ends[after]
                                                         ].rstrip().endswith("?"):
        return False  # no answer: the question is the last sentence, or another question follows
    short = _NAME_ABBREVIATION_AFTER.match(found.text, match.end)
    return not (short and re.search(rf"\b{re.escape(short.group(1))}s?\b", found.text[short.end():following.start]))


# The abbreviation of the name the term is part of: "peripheral artery disease (PAD)"
_NAME_ABBREVIATION_AFTER = re.compile(r"(?:[ \t\u00a0]+[^\W\d_][\w\u2010\u2011-]*){0,3}?\s*\(([A-Z][A-Za-z0-9\u2010\u2011-]{1,11})\)")


def _longer_name_explained_before(found, match) -> bool:
    """Was the term explained earlier under a longer name with its words in order and the same head, a modifier
    or two between or glued to the head ("Primary healthcare (PHC) is the first level of care" ... "primary care")?
    Once the longer name is explained, its shorter form is too."""
    words = match.key.split()
    if len(words) < 2 or not _may_hold_words(found.text[:match.start], words):
        return False
    for longer in _longer_name(match.key).finditer(found.text, 0, match.start):
        if _letters(longer.group()) != _letters(match.key) and found.explained(longer.start(), longer.end()):
            return True
    return False


@lru_cache(maxsize=4096)
def _longer_name(key: str) -> re.Pattern:
    """The term's words in order, a modifier or two between or glued to the head; compiled once per term."""
    words = key.split()
    between = r"[\s\u2010\u2011-]+(?:[^\W\d_][\w\u2010\u2011-]*[\s\u2010\u2011-]+){0,2}?"  # a modifier or two
    return re.compile(r"\b" + between.join(re.escape(w) for w in words[:-1]) + between
                      + r"[^\W\d_]*" + re.escape(words[-1]) + r"\b", re.I)  # "health" glued on: "healthcare"


# Characters other than A-Z that re.IGNORECASE matches to an ASCII letter (laylint.text.forms)
_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"


def _may_hold_words(text: str, words) -> bool:
    """False only when a pattern made of these words (case ignored) cannot match in text: one of them is
    not in it. True when unsure (a word that is not ASCII, a character that case-folds oddly)."""
    if not all(word.isascii() for word in words) or any(c in text for c in _FOLDS_TO_ASCII):
        return True
    lowered = text.lower()
    return all(word.lower() in lowered for word in words)


_JUST_BEFORE = 300  # characters: a plain phrase this close is still in the reader's mind


def _plain_form_just_before(found, match) -> bool:
    """Has the reader just met the term's plain form: another form of a one-word term ("standard doses" ...
    "dosing"), or a term of three words or more without its first modifier ("quality of life" ...
    "health-related quality of life")? Not the term itself (in a heading), nor one word of a two-word term."""
    words = match.key.split()
    if len(words) == 2:
        return False
    start = max(0, match.start - _JUST_BEFORE)
    used = [(m.start, m.end) for m in found.terms if m.key == match.key and start <= m.start < match.start]
    if len(words) >= 3:
        if words[1].lower() in _FUNCTION_WORDS:
            return False  # "of the evidence" is not a plain form of "certainty of the evidence"
        if not _may_hold_words(found.text[start:match.start], words[1:]):
            return False
        candidates = _without_first_word(match.key).finditer(found.text, start, match.start)
    else:
        own = _INFLECTION.sub("", found.text[match.start:match.end].lower())
        window = found.text[start:match.start]
        if window.isascii() and own not in window.lower():
            return False  # a candidate's lowercase starts with `own`: none there (ASCII: lowercase letter by letter)
        candidates = (w for w in _WORD.finditer(found.text, start, match.start)
                      if _INFLECTION.sub("", w.group().lower()) == own)
    return any(not any(a <= c.start() < b for a, b in used) for c in candidates)


@lru_cache(maxsize=4096)
def _without_first_word(key: str) -> re.Pattern:
    return re.compile(r"\b" + r"\s+".join(re.escape(w) for w in key.split()[1:]) + r"\b", re.I)


_WORD = re.compile(r"[^\W\d_]{4,}")
_FUNCTION_WORDS = frozenset("of the a an in on at to for with by from and or".split())
# Only an inflection: "doses", "dosing"; not a derived adjective, which is the jargon ("ovaries", "ovarian")
_INFLECTION = re.compile(r"(?:ing|ed|es|s|e)$")


def _letters(text: str) -> str:
    return re.sub(r"[\W\d_]+", "", text).lower()


KIND = Kind("jargon-term", check, Options, fields=("term", "plain"), validate=validate)
