"""With facts drafted from an abstract, a test's accuracy read from words is never reported: the drafter's test
names are too rough to pin "correctly found 18 of 20" on (claims round 35, --facts abstract false alarms)."""

import pytest

from laylint.claims import Claim
from laylint.claims.drafted import clearly_contradicted
from laylint.metadata import Finding, Quantity

SPECIFICITY = Finding(outcome="specificity", value=Quantity(96.0, True), drug="ultrasound", measure="proportion")


def _claim(worded: bool) -> Claim:
    return Claim(0, 3, "29", 96.87, "percent", "ultrasound", "specificity", "number-mismatch", SPECIFICITY, 0, "",
                 form="frequency", worded=worded)


@pytest.mark.parametrize("worded, reported", [(True, False), (False, True)])
def test_a_worded_accuracy_is_not_reported_against_drafted_facts(worded, reported):
    assert clearly_contradicted(_claim(worded)) is reported
