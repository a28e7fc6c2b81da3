"""The CI gate: each rendering of a checked article judged against a policy (judge), and the
baseline of accepted deviations (baseline).

May import: model, text, lexicon, config, errors, output.
"""
