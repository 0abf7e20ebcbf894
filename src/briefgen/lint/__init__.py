"""Citechecker rules, written once and run by ``briefgen check`` (on a project's briefs) and
``briefgen verify`` (on a project's briefs or on a foreign memo brought in by the importer).

Every rule reads the same things: the citation *sites* of a document (each cluster with the text it
supports, :mod:`briefgen.lint.sites`), the authorities it cites, and, for text typed by hand, the
characters themselves (:mod:`briefgen.lint.text`). Each finding is a located warning with a hint that
gives the corrected form where there is one.
"""
