"""The spaCy pipeline: built once per process, only when a document actually needs it.

Default: spacy.blank("en") + sentencizer, which needs no download. A trained pipeline
(config `nlp: en_core_web_sm`) is optional; when it is not installed we fall back to the blank
one and rules that declare `needs: [trained]` are skipped with one notice.
"""

from __future__ import annotations

import re
import types

BLANK = "blank"
_pipelines: dict = {}  # the only process-wide state: name -> loaded Language

# Abbreviations that must not end a sentence; spaCy's English exceptions already cover many (e.g., i.e., Dr.).
_ABBREVIATIONS = ("approx.", "vs.", "Fig.", "fig.", "et al.", "al.", "ca.", "cf.", "no.", "No.", "vol.", "resp.", "incl.", "Ref.", "Prof.")

_UNIT_LETTERS = ("g.", "l.", "m.", "s.", "h.")
_CODE_SUFFIX = r"(?<=[0-9][A-Z])\."  # a full stop after a code such as "type 1A."
_CODE_FULL_STOP = re.compile(_CODE_SUFFIX + "$").search


def load(name: str | None = None):
    """Return (nlp, trained) for a pipeline name; cached per process."""
    key = name or BLANK
    if key not in _pipelines:
        _pipelines[key] = _build(key)
    return _pipelines[key]


def import_spacy():
    """`import spacy` without its command line: spacy/__init__ imports `spacy.cli.info.info`, which
    pulls in weasel, typer, click, requests and httpx (~0.3 s of a ~0.8 s import) that laylint never
    uses. For that one import, stand-ins that forward to the real CLI on first use take its place."""
    import sys

    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    stand_ins = {name: _ForwardingModule(name) for name in ("spacy.cli", "spacy.cli.info")}
    for name, module in stand_ins.items():
        sys.modules.setdefault(name, module)
    try:
        import spacy
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:  # later imports of spacy.cli get the real one
                del sys.modules[name]
    return spacy


class _ForwardingModule(types.ModuleType):
    """A stand-in module whose every attribute is a function calling the real module's function."""

    def __init__(self, name: str):
        super().__init__(name)
        self.__path__ = []  # a package, so that "spacy.cli.info" can sit under it

    def __getattr__(self, attribute: str):
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        real_name = self.__name__

        def forward(*args, **kwargs):
            import importlib

            return getattr(importlib.import_module(real_name), attribute)(*args, **kwargs)

        forward.__name__ = attribute
        return forward


def _build(name: str):
    spacy = import_spacy()
    from spacy.symbols import ORTH

    trained, deferred = False, {}
    if name != BLANK and is_pipeline(name):
        try:
            nlp = spacy.load(name)
            trained = True
        except (OSError, ImportError, ValueError):
            nlp, deferred = _blank_english(spacy)
    else:
        nlp, deferred = _blank_english(spacy)
    _faster_lexeme_attributes(nlp.vocab)  # before any word is added
    if trained and not nlp.has_pipe("parser") and not nlp.has_pipe("senter") and not nlp.has_pipe("sentencizer"):
        nlp.add_pipe("sentencizer")
    ours = {}
    for abbreviation in _ABBREVIATIONS:
        if " " not in abbreviation:
            ours[abbreviation] = [{ORTH: abbreviation}]
    # spaCy keeps every "x." together; unit letters end sentences ("fell by 178 g. Next..."). Special
    # cases, not a rebuilt rules table (rebuilding it cost ~100 ms of every cold start).
    for unit in _UNIT_LETTERS:
        ours[unit] = [{ORTH: unit[:-1]}, {ORTH: "."}]
    for key, pieces in ours.items():
        nlp.tokenizer.add_special_case(key, pieces)
    # ...and so does a full stop after a code such as "type 1A.": for the blank pipeline, the last of the
    # suffixes its tokenizer compiles once; a trained pipeline's is tried after its own suffixes (not a
    # recompiled suffix regex: ~120 ms)
    if trained:
        suffixes = nlp.tokenizer.suffix_search
        nlp.tokenizer.suffix_search = lambda text: suffixes(text) or _CODE_FULL_STOP(text)
    if deferred:  # ours replace spaCy's for the same string ("g.", "m.")
        nlp.tokenizer = DeferredExceptions(nlp.tokenizer, {k: v for k, v in deferred.items() if k not in ours})
    return nlp, trained


def _faster_lexeme_attributes(vocab) -> None:
    """spaCy computes ~23 attributes in Python for each new word (~10 µs a word; a full check meets
    ~13,000): where its getter is a plain str method or a membership test, the C method or a frozenset
    gives the same value without a Python call, and most words are letters only, which are numbers only
    when spelled out. Only spaCy's own getters are replaced (tests/test_nlp_lexemes.py)."""
    import operator

    from spacy import attrs
    from spacy.lang import lex_attrs as base
    from spacy.lang.en import lex_attrs as english

    same = {
        attrs.LOWER: (base.lower, str.lower), attrs.PREFIX: (base.prefix, operator.itemgetter(0)),
        attrs.SUFFIX: (base.suffix, operator.itemgetter(slice(-3, None))),
        attrs.IS_ALPHA: (base.is_alpha, str.isalpha), attrs.IS_DIGIT: (base.is_digit, str.isdigit),
        attrs.IS_LOWER: (base.is_lower, str.islower), attrs.IS_SPACE: (base.is_space, str.isspace),
        attrs.IS_TITLE: (base.is_title, str.istitle), attrs.IS_UPPER: (base.is_upper, str.isupper),
        attrs.IS_ASCII: (base.is_ascii, str.isascii),
        attrs.IS_BRACKET: (base.is_bracket, frozenset(_BRACKETS).__contains__),
        attrs.IS_QUOTE: (base.is_quote, frozenset(_QUOTES).__contains__),
        attrs.IS_LEFT_PUNCT: (base.is_left_punct, frozenset(_LEFT_PUNCT).__contains__),
        attrs.IS_RIGHT_PUNCT: (base.is_right_punct, frozenset(_RIGHT_PUNCT).__contains__),
        attrs.LIKE_NUM: (english.like_num, _english_like_num(english)),
        # a word of letters or digits (most words) is no punctuation, currency or address, and has a short shape
        attrs.IS_PUNCT: (base.is_punct, _unless_alnum(base.is_punct)),
        attrs.IS_CURRENCY: (base.is_currency, _unless_alnum(base.is_currency)),
        attrs.LIKE_URL: (base.like_url, _unless_alnum(base.like_url)),
        attrs.LIKE_EMAIL: (base.like_email, lambda text: "@" in text and base.like_email(text)),
        attrs.SHAPE: (base.word_shape, _word_shape(base.word_shape)),
    }
    getters = vocab.lex_attr_getters
    for attr, (theirs, ours) in same.items():
        if getters.get(attr) is theirs:
            getters[attr] = ours


# spaCy's own lists (spacy/lang/lex_attrs.py), as sets
_BRACKETS = ("(", ")", "[", "]", "{", "}", "<", ">")
_QUOTES = ('"', "'", "`", "\u00ab", "\u00bb", "\u2018", "\u2019", "\u201a", "\u201b", "\u201c", "\u201d", "\u201e",
           "\u201f", "\u2039", "\u203a", "\u276e", "\u276f", "''", "``")
_LEFT_PUNCT = ("(", "[", "{", "<", '"', "'", "\u00ab", "\u2018", "\u201a", "\u201b", "\u201c", "\u201e", "\u201f",
               "\u2039", "\u276e", "``")
_RIGHT_PUNCT = (")", "]", "}", ">", '"', "'", "\u00bb", "\u2019", "\u201d", "\u203a", "\u276f", "''")


def _unless_alnum(getter):
    """False for a word of letters and digits (each of these getters' answer for one), else spaCy's."""

    def faster(text: str) -> bool:
        return False if text.isalnum() else getter(text)

    return faster


def _word_shape(word_shape):
    """spaCy's word shape ("Xxxx", "dd"), built directly for ASCII words of lowercase, capitals, a capital
    and lowercase, or digits: each run of one kind is cut at four characters."""

    def faster(text: str) -> str:
        size = len(text)
        if size < 100 and text.isascii():
            if text.isalpha():
                if text.islower():
                    return "xxxx"[:size]
                if text.isupper():
                    return "XXXX"[:size]
                if text[0].isupper() and text[1:].islower():
                    return "X" + "xxxx"[:size - 1]
            elif text.isdigit():
                return "dddd"[:size]
        return word_shape(text)

    return faster


def _english_like_num(english):
    """spaCy's English like_num: a word of letters only has no sign, digits, separators or slash, so
    it is a number only as one of the number or ordinal words."""
    words, like_num = frozenset(english._num_words) | frozenset(english._ordinal_words), english.like_num

    def faster(text: str) -> bool:
        return text.lower() in words if text.isalpha() else like_num(text)

    return faster


def _blank_english(spacy):
    """spacy.blank("en") whose tokenizer starts without spaCy's ~1,350 English exceptions (adding
    them all cost ~0.1 s of every cold start); they are returned, to be added when a text needs them.
    The English class is made directly with that tokenizer: spacy.blank would also fill and validate
    a whole config through the registry (~10 ms) to build the same blank pipeline."""
    from spacy.lang.en import English
    from spacy.vectors import Vectors

    # the vectors spacy.Vectors.v1 makes, given directly: resolving them (and add_pipe's factory lookup)
    # fills spaCy's whole registry, importing the Japanese, Korean, Chinese... tokenizers (~20 ms)
    nlp = English(create_tokenizer=_deferred_tokenizer_factory(),
                  create_vectors=lambda vocab: Vectors(strings=vocab.strings))
    _add_sentencizer(nlp)
    return nlp, dict(nlp.Defaults.tokenizer_exceptions)


def _add_sentencizer(nlp) -> None:
    """nlp.add_pipe("sentencizer") without the registry: the same component, meta and config
    (tests/test_nlp_build.py)."""
    from spacy.pipeline import Sentencizer
    from thinc.api import Config

    name = "sentencizer"
    nlp._pipe_configs[name] = Config({"punct_chars": None, "overwrite": False,
                                      "scorer": {"@scorers": "spacy.senter_scorer.v1"}, "factory": name})
    nlp._pipe_meta[name] = nlp.get_factory_meta(name)
    nlp._components.append((name, Sentencizer(name, punct_chars=None, overwrite=False)))
    nlp._link_components()


def _deferred_tokenizer_factory():
    """spaCy's default tokenizer factory (spacy.language.create_tokenizer) without the exceptions."""

    def create(nlp):
        from spacy.tokenizer import Tokenizer

        from laylint.affixes import AffixSearch, InfixFinditer, Requiring

        defaults = nlp.Defaults
        # the code full stop last: the regex tries its alternatives in order at each place, and the code
        # full stop can match only at the last character, so spaCy's suffixes win wherever they match
        # (the same as trying it after them, without a Python call per token)
        suffixes = [*defaults.suffixes, _CODE_SUFFIX] if defaults.suffixes else None
        # spacy.util.compile_{prefix,suffix,infix}_regex's alternatives, searched by laylint.affixes: only
        # those that can match at a string's edge (the same matches; tests/test_nlp_affixes.py)
        return Tokenizer(
            nlp.vocab,
            rules={},
            prefix_search=AffixSearch(["^" + p for p in defaults.prefixes if p.strip()], at_end=False)
            if defaults.prefixes else None,
            suffix_search=AffixSearch([p + "$" for p in suffixes if p.strip()], at_end=True, remember=True)
            if suffixes else None,
            infix_finditer=InfixFinditer([p for p in defaults.infixes if p.strip()]) if defaults.infixes else None,
            token_match=defaults.token_match,
            url_match=Requiring(defaults.url_match) if isinstance(getattr(defaults.url_match, "__self__", None),
                                                                   re.Pattern) else defaults.url_match,
        )

    return create


REMEMBERED = 65_536  # strings whose suffix search is kept; then the memory starts again (flat over a corpus)


def remembered(pattern_search):
    """A regex search kept per string. spaCy's suffix pattern (~85 alternatives, each ending in "$") is tried at
    every position of a string, ~5 us a call; splitting affixes asks it again for the same strings ("patients"
    inside "patients," and "patients."): about half the calls of a full check repeat one (tests/test_nlp_tokens.py).
    `__self__` is the pattern, as spaCy reads it when it saves a tokenizer."""
    found: dict = {}

    def search(text: str):
        match = found.get(text, found)  # the dict itself: not seen yet (a search may give None)
        if match is found:
            if len(found) >= REMEMBERED:
                found.clear()
            match = found[text] = pattern_search(text)
        return match

    search.__self__ = pattern_search.__self__
    return search


# A special case can change how a text is tokenized only if its string occurs in the text. So the first
# texts get just the exceptions they contain (a 400-word summary: ~20 of ~1,350, found in ~2 ms); past
# this many characters, every remaining one is added at once and the scans stop.
SCAN_CHARS = 64_000


_COMMON = " etaoinsrhldcumfpgwybvk.,-xjq()zETAOINSRHLDCUMFPGWYBVKXJQZ0123456789"  # roughly by frequency in prose
_RANK = {character: rank for rank, character in enumerate(_COMMON)}


def _rarity(character: str) -> int:
    return _RANK.get(character, len(_COMMON))


class DeferredExceptions:
    """spaCy's tokenizer, given its language's exceptions only as texts need them; the tokens are the
    same as with all of them (tests/test_startup_equivalence.py)."""

    def __init__(self, tokenizer, pending: dict):
        self.tokenizer, self._pending, self._scanned = tokenizer, pending, 0
        # each exception under its least common character: one missing from the text rules out all the
        # exceptions under it (a 400-word summary: ~440 substring searches instead of ~1,340)
        self._by_anchor: dict[str, list[str]] = {}
        for key in pending:
            self._by_anchor.setdefault(max(key, key=_rarity), []).append(key)

    def prepare(self, text: str) -> None:
        if not self._pending:
            return
        self._scanned += len(text)
        if self._scanned >= SCAN_CHARS:
            due = list(self._pending)
        else:
            pending, anchors = self._pending, self._by_anchor
            found = {key for anchor in anchors.keys() & set(text) for key in anchors[anchor]
                     if key in pending and key in text}
            due = [key for key in pending if key in found] if found else []  # in spaCy's order, as before
        for key in due:
            self.tokenizer.add_special_case(key, self._pending.pop(key))

    def complete(self) -> None:
        """Add every exception still pending (before forking workers, so they inherit them)."""
        self._scanned = SCAN_CHARS
        self.prepare("")

    def __call__(self, text: str):
        self.prepare(text)
        return self.tokenizer(text)

    def pipe(self, texts, batch_size: int = 1000):
        texts = list(texts)
        self.prepare("\n".join(texts))
        return self.tokenizer.pipe(texts, batch_size=batch_size)

    def __getattr__(self, name: str):
        return getattr(self.tokenizer, name)


def complete_all() -> None:
    """Every loaded pipeline with all its exceptions (see DeferredExceptions.complete)."""
    for nlp, _ in _pipelines.values():
        if isinstance(nlp.tokenizer, DeferredExceptions):
            nlp.tokenizer.complete()


# spaCy's affix splitting is worse than quadratic in the length of a run without spaces (10,000
# emoji or brackets take ~20 s). So a longer run is kept as one token and the text between runs is
# tokenized whole; offsets are unchanged. The tokenizer is called directly: nlp.make_doc refuses
# texts over nlp.max_length (1,000,000 chars), a guard for the parser's memory that tokenizing does
# not need, and joining 100,000-char pieces with Doc.from_docs cost 90% of tokenizing a 2 MB file.
MAX_RUN_CHARS = 100
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_RUN_CHARS + 1))


def has_long_run(text: str) -> bool:
    """_LONG_RUN.search(text), in ~0.55x its time: split() knows the same blanks as the regex's \\S
    (tests/test_nlp_make_doc.py), and it tries no match at every character of every word."""
    return max(map(len, text.split()), default=0) > MAX_RUN_CHARS


def make_doc(nlp, text: str):
    """nlp.make_doc in bounded time for any text; doc.text == text."""
    if not has_long_run(text):
        return nlp.tokenizer(text)
    from spacy.tokens import Doc

    docs, position = [], 0
    for match in _LONG_RUN.finditer(text):
        if match.start() > position:
            docs.append(nlp.tokenizer(text[position : match.start()]))
        docs.append(Doc(nlp.vocab, words=[match.group()], spaces=[False]))
        position = match.end()
    if position < len(text):
        docs.append(nlp.tokenizer(text[position:]))
    return Doc.from_docs(docs, ensure_whitespace=False)


def is_pipeline(name: str) -> bool:
    """A spaCy pipeline folder, or an installed package that is one (its folder holds spaCy's
    meta.json and config.cfg), found without importing it: a repository's `nlp: os` or `nlp:
    some_module` must not run that module's code."""
    from importlib.util import find_spec
    from pathlib import Path

    if "/" in name or "\\" in name or name.startswith("."):
        folder = Path(name).expanduser()
        return (folder / "meta.json").is_file() and (folder / "config.cfg").is_file()
    if not name.isidentifier():
        return False
    try:
        spec = find_spec(name)  # a top-level name: finding it runs no code
    except (ImportError, ValueError):
        return False
    locations = list(spec.submodule_search_locations or []) if spec else []
    return any((Path(folder) / "meta.json").is_file() for folder in locations)


def is_available(name: str | None) -> bool:
    return load(name)[1] or (name or BLANK) == BLANK


from laylint.nlp_sentences import mark_sentences, sentence_spans  # noqa: E402,F401  (callers use nlp.*)
