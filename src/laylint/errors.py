"""Errors that end a run with exit code 2 and one clear line (no traceback unless --debug)."""


class UsageError(Exception):
    """Bad command line, configuration or rule file. str() is the one line shown to the user."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None, key: str | None = None):
        self.path, self.line, self.key = path, line, key
        where = ""
        if path:
            where = f"{path}:{line}: " if line else f"{path}: "
        super().__init__(f"{where}{message}")


def suggest(word: str, known) -> str | None:
    """The known word closest to a misspelt one, if any is close."""
    import difflib

    found = difflib.get_close_matches(word, list(known), n=1, cutoff=0.6)
    return found[0] if found else None


def did_you_mean(word: str, known) -> str:
    """" (did you mean 'x'?)" for a misspelt word, or ""."""
    match = suggest(word, known)
    return f" (did you mean {match!r}?)" if match else ""
