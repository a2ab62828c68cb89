"""The cyclic garbage collector in a `laylint` process started from the command line (issue #19).

A check allocates almost no garbage cycles (a full check of 891 summaries: ~1,800 objects in all),
yet the collector paid for two things that find nothing:
  - at start-up, importing spaCy and building the rules, lexicons and pipeline make ~100,000
    long-lived objects, and each young collection among them walked 50,000 of them;
  - at exit the interpreter runs one full collection over every object still alive (spaCy's
    modules, the lexicons, the per-word caches): ~0.1-0.4 s, 10-15% of a one-file run.
So the command-line process pauses the collector while the first file's setup is built, then
freezes what exists (those objects are never walked again) and collects as before; and it freezes
everything just before exiting. Nothing here changes what a check finds. Only the process's own
command does this (`cli.main()` without arguments): a caller of `cli.main(argv)` or of the API,
such as a test suite or the language server, keeps its collector as it was.
"""

from __future__ import annotations

import gc

_paused = False  # the collector was switched off by `pause` and not yet switched back on


def pause() -> None:
    """Switch the collector off until `settle` (a no-op when it is already off: someone else's choice)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def settle() -> None:
    """After the setup is built: keep what exists out of every later collection, and collect again.
    A no-op unless `pause` switched the collector off."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()


def before_exit() -> None:
    """Spare the interpreter's last full collection over objects that exit frees anyway."""
    settle()
    gc.freeze()
