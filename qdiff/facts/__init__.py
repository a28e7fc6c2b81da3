"""Figures: numbers with their units read from each article (numbers, extract), grouped
across articles by what they count (group), with the types in model and find_facts in find.

May import: model, text, lexicon, config, errors.
"""
