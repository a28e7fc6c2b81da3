"""The GitHub Actions job of examples/newsroom, run step by step as a runner would run it.

The job's own shell steps are read from the workflow file and run with bash in a git repository
laid out like a pull request: the base branch holds the published coverage, the pull request adds
an article whose file name has a space and a non-ASCII letter. Only the install step is left out:
qdiff is already installed beside the interpreter that runs the tests.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
NEWSROOM = ROOT / "examples" / "newsroom"
WORKFLOW = NEWSROOM / ".github" / "workflows" / "check-quotes.yml"
ADDED = "new/straße report.txt"

pytestmark = pytest.mark.skipif(
    shutil.which("git") is None or shutil.which("bash") is None, reason="needs git and bash"
)


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture
def pull_request(tmp_path: Path) -> Path:
    repo = tmp_path / "newsroom"
    shutil.copytree(NEWSROOM, repo)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "add", "-A")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "base")
    git(repo, "update-ref", "refs/remotes/origin/main", "HEAD")
    git(repo, "checkout", "-q", "-b", "pr")
    shutil.copy(repo / "new" / "misquote.txt", repo / ADDED)
    git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "add", "-A")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "add an article")
    return repo


def job_steps() -> dict[str, str]:
    steps = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]["qdiff"]["steps"]
    return {
        step.get("name", step["run"]): step["run"]
        for step in steps
        if "run" in step and not step["run"].startswith("pip install")
    }


def run_step(repo: Path, script: str, summary: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "BASE_REF": "main",
        "GITHUB_STEP_SUMMARY": str(summary),
        "NO_COLOR": "1",
    }
    return subprocess.run(
        ["bash", "-e", "-c", script], cwd=repo, env=env, capture_output=True, text=True
    )


def test_the_job_annotates_an_added_article_whose_name_has_a_space_and_an_umlaut(
    pull_request: Path, tmp_path: Path
) -> None:
    if shutil.which("qdiff", path=str(Path(sys.executable).parent)) is None:
        pytest.skip("the qdiff script is not installed beside this interpreter")
    summary = tmp_path / "summary.md"
    steps = job_steps()
    assert list(steps) == ["List the changed articles", "qdiff check", "Summary"]

    listed = run_step(pull_request, steps["List the changed articles"], summary)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [ADDED]

    checked = run_step(pull_request, steps["qdiff check"], summary)
    assert checked.returncode != 0  # the article misquotes the letter: the job fails
    assert f"::error file={ADDED},line=" in checked.stdout

    summed = run_step(pull_request, steps["Summary"], summary)
    assert summed.returncode == 0, summed.stderr
    assert "report.txt" in summary.read_text(encoding="utf-8")
