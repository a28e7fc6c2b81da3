"""Quotations: the quoted spans of an article (extract), their sentences (sentences), and the
listing that `qdiff quotes` shows (listing, which asks speakers for each quotation's speaker).

May import: model, text, lexicon, config, speakers.
"""
