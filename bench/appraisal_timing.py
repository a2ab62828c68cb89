#!/usr/bin/env python3
"""CPU time of hedging.appraisal.appraises on every sentence of a folder, cold (fresh Tokens), GC frozen (issue #19).

    python bench/appraisal_timing.py /tmp/speedE-corpus/copy-1
    PYTHONPATH=/work/main/src python bench/appraisal_timing.py /tmp/speedE-corpus/copy-1   # the other checkout

Every file is linted first (untimed); then each sentence is asked once on a fresh Tokens of its document, so no
per-document memo is reused. The garbage collector is frozen after loading: its passes over the kept analyses
otherwise land at random in the timed loop. Run old and new alternately.
"""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path


def main() -> int:
    from laylint import pipeline
    from laylint.hedging import appraisal, lexicon, tokens_of

    project = pipeline.Project(["all"], [], None)
    analyses = [project.lint_file(path, keep_analysis=True).analysis for path in sorted(Path(sys.argv[1]).glob("*.md"))]
    fresh = [(lexicon.of(a), a, type(tokens_of(a))(tokens_of(a).text)) for a in analyses]
    gc.collect()
    gc.freeze()
    started, found = time.process_time(), 0
    for lex, analysis, tokens in fresh:
        for sentence in analysis.sentences:
            found += bool(appraisal.appraises(lex, tokens, sentence.start, sentence.end))
    print(f"appraises: {(time.process_time() - started) * 1000:.0f} ms CPU over {len(fresh)} files, {found} sentences")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
