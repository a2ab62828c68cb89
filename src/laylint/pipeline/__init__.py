"""The one way from a file (or text) to diagnostics: reading -> document -> metadata -> analysis
-> checks -> diagnostics, for one document (lint) or many (run, with cache and workers), used by
every entry point: the commands, the language server and the Python API."""

from laylint.pipeline.check import Outcome, Request, check_files, check_stdin
from laylint.pipeline.linting import FileResult, Setup, lint
from laylint.pipeline.project import Project

__all__ = ["FileResult", "Outcome", "Project", "Request", "Setup", "check_files", "check_stdin", "lint"]
