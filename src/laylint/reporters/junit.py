"""JUnit XML (GitLab, Jenkins, Azure): one testsuite per file, one failing testcase per diagnostic."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from laylint.reporters.paths import display

# Characters XML 1.0 cannot hold at all, even escaped; ElementTree would write them and break the file.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _suite(parent, name: str, diagnostics: list) -> None:
    suite = ET.SubElement(parent, "testsuite", name=name, tests=str(max(1, len(diagnostics))),
                          failures=str(len(diagnostics)), errors="0", skipped="0")
    if not diagnostics:
        ET.SubElement(suite, "testcase", name="laylint", classname=name, file=name)
        return
    for d in diagnostics:
        case = ET.SubElement(suite, "testcase", name=_clean(f"{d.rule} at {d.line}:{d.column}"),
                             classname=name, file=name, line=str(d.line))
        failure = ET.SubElement(case, "failure", message=_clean(d.message), type=d.rule)
        hint = f" (suggestion: {d.suggestion})" if d.suggestion else ""
        failure.text = _clean(f"{name}:{d.line}:{d.column}: {d.severity} {d.rule} {d.message}{hint}")


def render(report) -> str:
    by_file: dict[str, list] = {display(path, report.root): [] for path in report.files}
    for d in report.diagnostics:
        by_file.setdefault(display(d.path, report.root), []).append(d)
    root = ET.Element("testsuites", name="laylint", tests=str(sum(max(1, len(v)) for v in by_file.values())),
                      failures=str(len(report.diagnostics)), errors="0")
    for name in sorted(by_file):
        _suite(root, _clean(name), by_file[name])
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
