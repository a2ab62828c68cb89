#!/usr/bin/env python3
"""Tokens.candidates A/B in one process (issue #19, round Q): every list of the hedging lexicon on fresh Tokens of
the 891 Devaraj summaries, main's index of every word vs the index of first words only, alternating, CPU time.

    python bench/phrases_candidates_ab.py    (9 alternating runs: medians and the paired new/old ratio)
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RUNS = 9


def _main_candidates(self, phrases):
    """Tokens.candidates as main had it: every word of the text indexed."""
    found = self._candidates.get(phrases)
    if found is None:
        positions = self.__dict__.get("_positions")
        if positions is None:
            positions = self._positions = {}
            for index, word in enumerate(self.words):
                positions.setdefault(word, []).append(index)
        small, large = (phrases.index, positions) if len(phrases.index) < len(positions) else (positions, phrases.index)
        found = sorted(index for word in small if word in large for index in positions[word])
        self._candidates[phrases] = found
    return found


def main() -> int:
    sys.path.insert(0, str(REPO / "tests"))
    from lint_support import hedging_sentences
    from test_phrases_positions_speed import _lists

    from laylint.hedging import phrases

    lists = _lists(next(hedging_sentences([], corpus_rows=1))[0])
    corpus = REPO / "tests" / "data" / "corpus" / "cochrane-devaraj2021.jsonl"
    texts = [json.loads(line)["summary"] for line in corpus.open(encoding="utf-8")]
    times: dict = {"old": [], "new": []}
    for version, candidates in [("old", _main_candidates), ("new", phrases.Tokens.candidates)] * RUNS:
        phrases.Tokens.candidates = candidates
        fresh = [phrases.Tokens(text) for text in texts]
        started = time.process_time()
        for tokens in fresh:
            for listed in lists:
                tokens.candidates(listed)
        times[version].append(time.process_time() - started)
    ratio = statistics.median(new / old for old, new in zip(times["old"], times["new"]))
    print(f"candidates of {len(lists)} lists x {len(texts)} texts: old {statistics.median(times['old']) * 1000:.1f} ms, "
          f"new {statistics.median(times['new']) * 1000:.1f} ms, paired new/old median {ratio:.3f} ({RUNS} runs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
