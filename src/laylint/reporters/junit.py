"""JUnit XML (GitLab, Jenkins, Azure): one testsuite per file, one testcase per diagnostic.

A problem fails its test case only when it would fail the run (its severity reaches --fail-on),
so the test report agrees with the exit code: by default warnings and infos are `<skipped>` cases
with their message (--junit-warnings failure|skipped|pass). Each case has properties with the
problem's severity, rule and documentation page."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from laylint.diagnostics import SEVERITY_RANK
from laylint.reporters.paths import display

# Characters XML 1.0 cannot hold at all, even escaped; ElementTree would write them and break the file.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _outcome(d, report) -> str:
    if SEVERITY_RANK[d.severity] >= SEVERITY_RANK[report.fail_on]:
        return "failure"
    return report.junit_below


def _suite(parent, name: str, diagnostics: list, report) -> tuple[int, int]:
    outcomes = [_outcome(d, report) for d in diagnostics]
    failures, skipped = outcomes.count("failure"), outcomes.count("skipped")
    suite = ET.SubElement(parent, "testsuite", name=name, tests=str(max(1, len(diagnostics))),
                          failures=str(failures), errors="0", skipped=str(skipped))
    if not diagnostics:
        ET.SubElement(suite, "testcase", name="laylint", classname=name, file=name)
        return 0, 0
    for d, outcome in zip(diagnostics, outcomes):
        case = ET.SubElement(suite, "testcase", name=_clean(f"{d.rule} at {d.line}:{d.column}"),
                             classname=name, file=name, line=str(d.line))
        properties = ET.SubElement(case, "properties")
        for key, value in (("severity", d.severity), ("rule", d.rule), ("url", report.urls.get(d.rule))):
            if value:
                ET.SubElement(properties, "property", name=key, value=_clean(value))
        hint = f" (suggestion: {d.suggestion})" if d.suggestion else ""
        detail = _clean(f"{name}:{d.line}:{d.column}: {d.severity} {d.rule} {d.message}{hint}")
        if outcome == "failure":
            failure = ET.SubElement(case, "failure", message=_clean(d.message), type=d.rule)
            failure.text = detail
        elif outcome == "skipped":
            ET.SubElement(case, "skipped", message=_clean(f"{d.severity}: {d.message}{hint}"))
            ET.SubElement(case, "system-out").text = detail
        else:
            ET.SubElement(case, "system-out").text = detail
    return failures, skipped


def render(report) -> str:
    by_file: dict[str, list] = {display(path, report.root): [] for path in report.files}
    for d in report.diagnostics:
        by_file.setdefault(display(d.path, report.root), []).append(d)
    root = ET.Element("testsuites", name="laylint", tests=str(sum(max(1, len(v)) for v in by_file.values())))
    failures = skipped = 0
    for name in sorted(by_file):
        failed, skips = _suite(root, _clean(name), by_file[name], report)
        failures, skipped = failures + failed, skipped + skips
    root.set("failures", str(failures))
    root.set("errors", "0")
    root.set("skipped", str(skipped))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
