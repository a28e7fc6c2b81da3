"""A synthetic corpus of many outlets: one statement, each outlet quoting it with its own slips."""

from __future__ import annotations

from pathlib import Path

STATEMENT = (
    "We will build the new bridge across the river before the winter of next year.",
    "The council has set aside £40m for the work and a further £5m for repairs.",
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
