"""CheckResult -> JUnit XML: one test case per rendering, a <failure> for each failing one.

Warnings pass with a note in <system-out>; renderings the baseline accepts are <skipped>.
No timestamps or durations, so the same input gives the same bytes.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from qdiff.check.baseline import article_path
from qdiff.check.judge import CheckedRendering, CheckResult, Outcome
from qdiff.render.check_text import plain_diff, policy_line
from qdiff.render.interface import Display

SUITE_NAME = "qdiff check"


def render_junit(result: CheckResult, display: Display) -> str:
    counts = {
        "tests": str(len(result.renderings)),
        "failures": str(result.count(Outcome.FAIL)),
        "errors": "0",
        "skipped": str(result.count(Outcome.ACCEPTED)),
    }
    root = ET.Element("testsuites", {"name": SUITE_NAME, **counts})
    suite = ET.SubElement(root, "testsuite", {"name": SUITE_NAME, **counts})
    properties = ET.SubElement(suite, "properties")
    ET.SubElement(properties, "property", {"name": "policy", "value": policy_line(result.policy)})
    if result.reference:
        ET.SubElement(properties, "property", {"name": "reference", "value": result.reference})
    for item in result.renderings:
        suite.append(_case(item))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _case(item: CheckedRendering) -> ET.Element:
    path = article_path(item.path)
    case = ET.Element(
        "testcase",
        {
            "classname": path,
            "name": f"{item.passage_id} at {path}:{item.line}:{item.column}",
            "file": path,
            "line": str(item.line),
        },
    )
    detail = f"{item.verdict.value} quotation: {plain_diff(item)}"
    if item.outcome is Outcome.FAIL:
        failure = ET.SubElement(
            case,
            "failure",
            {"type": item.verdict.value, "message": f"{item.verdict.value} quotation"},
        )
        failure.text = f"{detail}\nreference passage: {item.passage_text}"
    elif item.outcome is Outcome.ACCEPTED:
        ET.SubElement(
            case, "skipped", {"message": f"{item.verdict.value}, accepted in the baseline"}
        )
    elif item.outcome is Outcome.WARN:
        ET.SubElement(case, "system-out").text = f"warning: {detail}"
    elif item.outcome is Outcome.INFO:
        ET.SubElement(case, "system-out").text = f"unquoted paraphrase, not judged: {detail}"
    return case
