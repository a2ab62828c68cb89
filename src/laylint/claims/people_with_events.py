"""People who had an event, against a declared count of events (round 38): "One person had bleeding during
surgery" when the source gives "1 episode of bleeding during surgery"; "Two children had a seizure" for "2
seizures". When the events are this few, the writer's people are the source's events: the count is backed when
its sentence names the outcome the events are of and the numbers are equal. Any other number stays unsupported.
"""

from __future__ import annotations

from laylint.claims import parts
from laylint.claims.compare import agrees
from laylint.claims.counted import counts_what
from laylint.claims.quantities import Figure
from laylint.metadata import Finding, Metadata


def event_count(stated: Figure, sentence: str, outcome: str | None, metadata: Metadata) -> Finding | None:
    """The declared count of events of an outcome the sentence names that equals a count of people; None otherwise."""
    named = {outcome} if outcome else parts.named_outcomes(sentence, metadata.outcomes)
    events = [f for f in metadata.findings if f.measure == "count" and f.outcome and f.outcome in named
              and counts_what(f) == "other"]
    return next((f for f in events if agrees(stated, f)), None)
