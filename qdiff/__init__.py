"""qdiff: show, word by word, how news outlets quote the same source."""

__version__ = "0.1.0"
