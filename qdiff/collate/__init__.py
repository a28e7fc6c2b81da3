"""Collation without a reference: quotations outlets share grouped into clusters (clusters),
a base built from the witnesses (consensus), every witness judged against it (collate), and the
critical apparatus view of the result (apparatus).

May import: model, text, lexicon, config, errors, io, speakers, quotes, compare.
"""
