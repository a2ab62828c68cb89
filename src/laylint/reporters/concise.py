"""The one-line-per-problem text format (laylint.reporters.text)."""

from laylint.reporters.text import render

__all__ = ["render"]
