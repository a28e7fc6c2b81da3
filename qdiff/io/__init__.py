"""Reading inputs: paths, globs and folders expanded, each file read into an Article or Skipped.

May import: model, errors, text, lexicon. Nothing above it.
"""
