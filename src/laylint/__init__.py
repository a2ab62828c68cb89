"""laylint: a readability and claim-checking linter for lay summaries of medical research."""

__version__ = "0.1.0"
