"""The review page: each summary as a reader sees it, with laylint's findings on the text.

`model.build` gathers what the page shows (from the same pipeline run as `laylint check`);
`html.render` writes it as one self-contained HTML file (inline CSS and JS, no network).
"""
