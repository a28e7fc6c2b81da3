"""CheckResult -> JUnit XML: one test case per rendering, a <failure> for each failing one.

Warnings pass with a note in <system-out>; renderings the baseline accepts are <skipped>.
No timestamps or durations, so the same input gives the same bytes.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from qdiff.check.baseline import article_path
from qdiff.check.judge import CheckedArticle, CheckedRendering, CheckResult, Outcome
from qdiff.render.check_text import (
    evidence_line,
    headline,
    judged_line,
    place_lines,
    plain_diff,
    policy_line,
)
from qdiff.render.interface import Display

SUITE_NAME = "qdiff check"


def render_junit(result: CheckResult, display: Display) -> str:
    unjudged = [a for a in result.checked if a.outcome is Outcome.FAIL]
    counts = {
        "tests": str(len(result.renderings) + len(unjudged)),
        "failures": str(result.count(Outcome.FAIL) + len(unjudged)),
        "errors": "0",
        "skipped": str(result.count(Outcome.ACCEPTED)),
    }
    root = ET.Element("testsuites", {"name": SUITE_NAME, **counts})
    suite = ET.SubElement(root, "testsuite", {"name": SUITE_NAME, **counts})
    properties = ET.SubElement(suite, "properties")
    ET.SubElement(properties, "property", {"name": "policy", "value": policy_line(result.policy)})
    if result.reference:
        ET.SubElement(properties, "property", {"name": "reference", "value": result.reference})
    ET.SubElement(properties, "property", {"name": "judged", "value": judged_line(result)})
    for article in result.checked:
        if article.outcome is Outcome.FAIL:
            suite.append(_unjudged(article))
    for item in result.renderings:
        suite.append(_case(item, result))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _unjudged(article: CheckedArticle) -> ET.Element:
    path = article_path(article.path)
    case = ET.Element("testcase", {"classname": path, "name": f"unjudged {path}", "file": path})
    message = f"none of its {article.quotations} quotations could be judged"
    ET.SubElement(case, "failure", {"type": "unjudged", "message": message})
    return case


def _case(item: CheckedRendering, result: CheckResult) -> ET.Element:
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
    grounds = [line for line in [evidence_line(item, result), *place_lines(item, result)] if line]
    detail = "\n".join([f"{headline(item, result.policy)}: {plain_diff(item)}", *grounds])
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
