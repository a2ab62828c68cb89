"""The pipeline's side of "the abstract backs the metadata" (laylint.claims.backing decides what it
quiets): a summary with hand-written metadata and an abstract sidecar gets the abstract, and the facts
drafted from it on first use, through the same draft and cache as the abstract-sidecar path."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from laylint import metadata as metadatas


class Backing:
    """An abstract sidecar beside hand-written metadata; drafted only when a claims rule asks."""

    def __init__(self, path: str, text: str, ruleset=None):
        self.path, self.text, self.ruleset = path, text, ruleset

    @cached_property
    def metadata(self):
        """The drafted facts as validated Metadata (None when nothing could be drafted)."""
        from laylint.pipeline.drafting import metadata_from_abstract

        return metadata_from_abstract(self.path, self.text, None, self.ruleset)[0]

    @property
    def draft(self):
        """The Draft the metadata was written from (memoised per process by pipeline.drafting)."""
        from laylint.pipeline.drafting import draft_text

        return draft_text(self.text, Path(self.path).name, self.ruleset)


def attach(analysis, source) -> None:
    """Give the analysis the abstract sidecar that backs its hand-written metadata (when the config's
    `abstract_backing` is on). An abstract that cannot be read is a metadata problem: the metadata is
    still checked, without backing."""
    path = getattr(source, "abstract_path", None)
    metadata = analysis.metadata
    if not path or metadata is None or metadata.drafted_from:
        return
    if source.abstract_text is None:
        analysis.metadata_problems.append(metadatas.Problem(
            f"abstract sidecar (backing the metadata): {source.abstract_problem or 'could not be read'}; figures the "
            "metadata does not list are checked without it", 1, 1, path))
        return
    analysis.backing = Backing(path, source.abstract_text, analysis.ruleset)
