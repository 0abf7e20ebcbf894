"""Every authority kind, by name: the one table the loader, the formatter, the notes pass and the
table of authorities read.

>>> sorted(KINDS)[:3]
['article', 'book', 'case']
"""
from __future__ import annotations

from briefgen.authorities import domestic, international, rulings, secondary
from briefgen.authorities.rules import COMMON, Field, Kind

KINDS: dict[str, Kind] = {k.name: k for k in (*domestic.KINDS, *international.KINDS, *secondary.KINDS,
                                                *rulings.KINDS)}

__all__ = ["KINDS", "COMMON", "Field", "Kind"]
