"""The compare pipeline: the stages run in order over a corpus into one Report (compare), and
the selection of passages and outlets a view shows (filters). It sits above compare and collate
because one run does both: the reference's passages first, then the quotations outlets share.

May import: every stage room below it (io, speakers, quotes, compare, collate) and the base
modules.
"""
