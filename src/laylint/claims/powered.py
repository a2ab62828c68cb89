"""Effects a study would need to be big enough to detect (claims round 35, part M): "to detect a 20% relative
risk reduction in deaths", "a study of 4634 people to detect an increase in major bleeding from 1 in 100 to
2 in 100". A sample-size or power calculation assumes these effects; they are no results, and a careful
editor asks for no source figure for them. Counts of the people needed stay counts (another pass checks them)."""

from __future__ import annotations

import re

from laylint.claims.figure import SENTENCE_END, Figure

# "needed to detect", "required to detect or reject", "powered to show", "too small to rule out"
_TO_DETECT = re.compile(r"\b(?:need(?:ed|s)?|requir(?:ed|es|e)|necessary|enough|sufficient|powered|power|too\s+(?:small|few))\b"
                        r"[^.;:!?]{0,100}?\bto\s+(?:be\s+able\s+to\s+)?(?:reliably\s+)?"
                        r"(?:detect|show|demonstrate|reject|rule\s+out|confirm|prove)\b", re.IGNORECASE)
_EFFECTS = ("percent", "relative", "difference", "ratio", "number")


def powered_effects(text: str, figures: list[Figure]) -> None:
    for match in _TO_DETECT.finditer(text):
        end = SENTENCE_END.search(text, match.end())
        stop = end.start() if end else len(text)
        for figure in figures:
            if match.end() <= figure.start < stop and figure.unit in _EFFECTS:
                figure.unit, figure.form, figure.counted = "assumed", "assumed", ""
