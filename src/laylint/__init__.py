"""laylint: a readability and claim-checking linter for lay summaries of medical research."""

__version__ = "0.1.0"

# Where the documentation site lives (built from docs/ with MkDocs): rule pages are
# DOCS_URL + "rules/<family>/<name>.html". A project can point at its own copy of the site with the
# config key `docs_url` or `laylint check --docs-url`.
DOCS_URL = "https://laylint.readthedocs.io/en/latest/"
