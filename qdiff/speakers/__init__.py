"""Attribution: who each quotation is credited to, from the reporter's own words around it.

Knows nothing of how quotations are found: it reads the spans it is given. Holds the name
reader (names), pronoun and role resolution (antecedents), the attribution patterns (patterns)
and the attribution itself (attribute).

May import: model, text, lexicon, config. Nothing above it.
"""
