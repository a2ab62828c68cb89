"""Kind `acronym`: an acronym used before it is spelled out ("multiple sclerosis (MS)" or "MS (multiple sclerosis)")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from laylint.checks.kind import Kind, option
from laylint.text import HYPHENS, WORD, fold


@dataclass(frozen=True)
class Options:
    allow: list[str] = field(default_factory=list)
    min_capitals: int = option(2, minimum=1)
    max_shouting_share: float = option(0.6, above=0, maximum=1)
    max_capital_run: int = option(2, minimum=1)


def validate(options):
    if options.min_capitals < 1:
        yield "min_capitals", "must be at least 1"
    if options.max_capital_run < 1:
        yield "max_capital_run", "must be at least 1"
    if not 0 < options.max_shouting_share <= 1:
        yield "max_shouting_share", "must be above 0 and at most 1"


_ROMAN = re.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})$")
# Words that count things: "phase IV", "type II", "stage III", "grade IV", "class II", "level III"
_COUNTED = re.compile(r"(?:phase|phases|type|types|stage|stages|grade|grades|class|classes|level|levels|part|parts"
                      r"|step|steps|category|categories|degree|section|chapter|group|groups|trial|trials|tier|arm"
                      r"|volume|world war)\W*(?:[IVX]+\s*(?:,|and|or|to|-|\u2013)\s*)*$", re.I)
# "(MS; a disease of the nerves)", "(OME or 'glue ear')": the short form, then what it means
_BRACKET_HEAD = re.compile(r"\s*[\"'\u201c\u2018]?\s*(?:[,;:]|\s-|\u2013|\u2014|\s+or\b|\s+also\b)\s*")


# A study's name lettered like "J-START" (a capital, a hyphen or en dash, a word in capitals): not an abbreviation
# whose long form would help a lay reader
_LETTERED_NAME = re.compile(rf"[A-Z][{HYPHENS}\u2013][A-Z]{{3,}}\d*")


def _shouting(text: str, limit: float, heading: bool) -> bool:
    """A sentence written in capitals ("WHAT WE FOUND", a heading "KEY MESSAGES"): its words are not acronyms."""
    words = [w for w in WORD.findall(text) if len(w) > 1]
    if heading and words and all(w.isupper() for w in words):
        return True
    return len(words) >= 3 and sum(w.isupper() for w in words) / len(words) >= limit


def _roman_numeral(text: str, start: int, word: str) -> bool:
    """"phase IV", "type II and III": a Roman numeral after a word that counts. Alone, "IV" is intravenous
    ("IV iron"), so the abbreviations lexicon does not allow it everywhere as it does II and III."""
    return bool(_ROMAN.match(word)) and bool(_COUNTED.search(text[max(0, start - 30):start]))


def _explained_in_place(found, acronym) -> bool:
    """Called NSAIDs, PTSD (ongoing stress after a trauma), (OME or 'glue ear'): the reader is told what it is."""
    from laylint.jargon.explain import is_lay_phrase

    text = found.text
    start = acronym.start  # the whole word: "anti-PD-1" in "medicines called anti-PD-1"
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in HYPHENS and start > 1 and text[start - 2].isalnum()):
        start -= 1
    if found.explained(start, acronym.end, in_brackets=False, by_class="intro"):
        return True
    opening = text.rfind("(", 0, acronym.start)
    if opening >= 0 and not text[opening + 1:acronym.start].strip() and ")" in text[acronym.end:acronym.end + 200]:
        head = _BRACKET_HEAD.match(text, acronym.end)  # the acronym opens a bracket: what follows it
        inner = text[acronym.end:text.index(")", acronym.end)]
        return bool(head) and is_lay_phrase(text[head.end():acronym.end + len(inner)])
    return False


def _explained_by_cue(cues, found, acronym) -> bool:
    """GRADE with what it is for ("rated our confidence using GRADE"), a database's name in a search list ("We
    searched CENTRAL, MEDLINE ..."): a cue word of the abbreviations lexicon's `explained_by` in its sentence."""
    cue = cues.get(fold(acronym.key))
    if cue is None:
        return False
    start, end = found.sentence_bounds(acronym.start)
    text = found.text
    return any(not (acronym.start <= m.start() < acronym.end) for m in cue.finditer(text, start, end))


def _in_term(analysis, found, acronym) -> bool:
    """Inside a jargon term that a running jargon-term rule reports on its own ("anti-CD20"): one message a place."""
    if not analysis.running("jargon-term"):
        return False
    return any(t.start <= acronym.start and acronym.end <= t.end for t in found.terms)


def check(rule, analysis):
    from laylint.jargon import acronyms, scan
    from laylint.jargon.lexicon import abbreviation_cues, allowed_abbreviations

    options = rule.options
    found = scan(analysis)
    allowed = set(options.allow) | allowed_abbreviations(analysis)
    cues = abbreviation_cues(analysis)
    candidates = acronyms.find_acronyms(found.text, options.min_capitals)
    defined = acronyms.definitions(found.text, analysis.sentences, options.min_capitals, candidates)
    seen = set()
    candidates = acronyms.drop_capital_runs(found.text, candidates, options.max_capital_run + 1)
    for acronym in candidates:
        written = found.text[acronym.start:acronym.end]
        if acronym.key in seen or {acronym.key, written, fold(acronym.key), fold(written)} & allowed:
            continue  # fold: "COVID\u201019" with a typographic hyphen is COVID-19
        if _roman_numeral(found.text, acronym.start, acronym.key) or found.in_address(acronym.start, acronym.end):
            continue
        if _LETTERED_NAME.fullmatch(written):
            continue
        sentence = analysis.sentence_at(acronym.start)
        if sentence and _shouting(sentence.text, options.max_shouting_share, sentence.block == "heading"):
            continue
        seen.add(acronym.key)
        where = defined.get(acronym.key)
        if where is not None and where <= acronym.start or _explained_in_place(found, acronym):
            continue
        if _explained_by_cue(cues, found, acronym):
            continue
        if _in_term(analysis, found, acronym):
            continue
        later = ""
        if where is not None:
            later = f" (it is spelled out later, on line {analysis.span_location(where, where + 1)[0]})"
        yield analysis.diagnostic(rule, acronym.start, acronym.end, acronym=acronym.key, later=later)


KIND = Kind("acronym", check, Options, fields=("acronym", "later"), validate=validate)
