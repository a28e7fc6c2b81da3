"""Comparing articles with a reference: its passages (reference), the spans that render them
(match), the word alignment of a rendering with its passage (align) and the verdict table
(classify).

May import: model, text, lexicon, config, errors, io, speakers, quotes.
"""
