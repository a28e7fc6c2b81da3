"""`qdiff compare` (being written)."""

from qdiff.cli.common import app


@app.command()
def compare() -> None:
    """Show how each outlet renders each passage of the reference."""
    raise NotImplementedError
