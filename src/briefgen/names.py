"""The closed sets briefgen works with, each named once as a ``Literal`` type, so that a signature says
which strings it takes and a type checker holds callers to them.

The tables that give each member its behaviour (``authorities.kinds.KINDS``, ``citations.signals.SIGNALS``,
``authorities.rules.PIN_WORDS``, the writers of ``pipeline.WRITERS``) stay where that behaviour is;
``tests/test_names.py`` fails when a table and its name here disagree.

>>> from typing import get_args
>>> get_args(DocumentKind)
('memo', 'petition', 'agency-petition', 'iachr-petition', 'letter')
"""
from __future__ import annotations

from typing import Literal

Severity = Literal["error", "warning"]
DocumentKind = Literal["memo", "petition", "agency-petition", "iachr-petition", "letter"]
OutputFormat = Literal["docx", "pdf", "md", "txt"]
CitationMode = Literal["footnotes", "inline"]
Typeface = Literal["practitioner", "law-review"]
PositionName = Literal["full", "id", "short", "supra"]
PinType = Literal["page", "section", "paragraph", "article", "part", "note", "other"]
AuthorityKind = Literal[
    "case", "statute", "regulation", "presidential", "constitution", "legislative", "court-filing",
    "treaty", "resolution", "un-document", "icj-case", "tribunal-case", "regional-case", "rule", "foreign-decision",
    "book", "report", "article", "news", "web", "letter", "speech", "interview", "ruling",
]
Signal = Literal[
    "E.g.", "Accord", "See", "See, e.g.", "See also", "See also, e.g.", "Cf.", "Cf., e.g.",
    "Compare", "with", "Contra", "But see", "But see, e.g.", "But cf.", "See generally",
]
