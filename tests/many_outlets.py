"""Many outlets for the views at scale: a synthetic corpus on disk, or a report copied over."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from qdiff.model import Article, Finding, Report

STATEMENT = (
    "We will build the new bridge across the river before the winter of next year.",
    "The council has set aside £40m for the work, and more will follow for repairs.",
    "Nobody who lives in the valley should have to wait another decade for a safe crossing.",
)


def write_corpus(folder: Path, outlets: int) -> Path:
    """The statement, `outlets` articles quoting it, and a config.yaml naming them; returns the
    config's path. Every 7th outlet drops a word, every 11th changes two, every 13th gives
    another sum: verdicts and facts of every kind, in a known mix."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "statement.txt").write_text("The mayor's statement.\n\n" + " ".join(STATEMENT) + "\n")
    for n in range(outlets):
        first, second, third = STATEMENT
        if n % 7 == 0:
            first = first.replace("new bridge", "bridge")
        if n % 11 == 0:
            third = third.replace("another decade", "another ten years")
        if n % 13 == 0:
            second = second.replace("£40m", "£45m")
        (folder / f"outlet-{n:03d}.txt").write_text(
            f"Outlet {n} on the mayor's plan.\n\n"
            f'The mayor said: "{first}"\n\n'
            f'"{second}" she added.\n\n'
            f'She told residents: "{third}"\n'
        )
    config = folder / "config.yaml"
    config.write_text(
        "corpus: ['outlet-*.txt']\nreference:\n  path: statement.txt\n  after: statement.\n"
    )
    return config


def copied_report(report: Report, copies: int) -> Report:
    """The report with every article copied `copies` times over, each copy a new outlet with
    the original's renderings: many outlets in no time, for what only the views must show."""

    def copied(finding: Finding, n: int) -> Finding:
        pieces = tuple(
            replace(p, outlets=tuple(f"{a}-{n}" for a in p.outlets)) for p in finding.pieces
        )
        moved = replace(finding.rendering, article_id=f"{finding.rendering.article_id}-{n}")
        return replace(finding, rendering=moved, pieces=pieces)

    articles = report.articles + tuple(
        Article(f"{a.id}-{n}", f"{a.label}-{n}", a.path, a.text)
        for n in range(copies)
        for a in report.articles
    )
    findings = report.findings + tuple(copied(f, n) for n in range(copies) for f in report.findings)
    return replace(report, articles=articles, findings=findings)
