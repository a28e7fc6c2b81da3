"""Reading inputs: paths, globs and folders expanded; text files, HTML pages (through
trafilatura, an optional extra) and JSON Lines dumps read into Articles or Skipped.

May import: model, errors, text, lexicon, config. Nothing above it.
"""
