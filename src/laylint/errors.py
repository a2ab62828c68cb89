"""Errors that end a run with exit code 2 and one clear line (no traceback unless --debug)."""


class UsageError(Exception):
    """Bad command line, configuration or rule file. str() is the one line shown to the user."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None, key: str | None = None):
        self.path, self.line, self.key = path, line, key
        where = ""
        if path:
            where = f"{path}:{line}: " if line else f"{path}: "
        super().__init__(f"{where}{message}")
