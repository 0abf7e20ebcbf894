"""The table of authorities: every cited authority in its full form, grouped as courts expect.

Pages are not known here; the pagination step (paginate.py) fills them from the laid-out PDF.
"""
from __future__ import annotations

import re

from briefgen.citations import bluebook as bb
from briefgen.citations.resolve import Settings, Use, runs_to_inlines
from briefgen.authorities.rules import TOA_SECTIONS
from briefgen.document import AuthorityEntry, Document, TableOfAuthorities


def _sort_key(runs) -> tuple:
    """Alphabetical, with numbers in numeric order (5 U.S.C. before 22 U.S.C.; § 9 before § 10)."""
    text = bb.plain(runs).lstrip("*“\"'").lower()
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", text) if part)


def table(uses: list[Use], library, settings: Settings) -> TableOfAuthorities:
    """Sections in Bluebook order, each authority under its kind's section; entries alphabetical."""
    entries: dict[str, list] = {title: [] for title in TOA_SECTIONS}
    for key in dict.fromkeys(u.key for u in uses if u.key in library.by_id):
        auth = library.by_id[key]
        runs = bb.full(auth, None, settings.typeface)
        entries[bb.kind_of(auth).toa].append((_sort_key(runs), AuthorityEntry(key, runs_to_inlines(runs))))
    return TableOfAuthorities(tuple((title, tuple(e for _, e in sorted(found, key=lambda x: x[0])))
                                    for title, found in entries.items() if found))


def fill(doc: Document, uses: list[Use], library, settings: Settings) -> Document:
    """Replace the kind's empty TableOfAuthorities placeholder with the real table."""
    if not any(isinstance(b, TableOfAuthorities) for b in doc.blocks):
        return doc
    toa = table(uses, library, settings)
    return doc.with_blocks(toa if isinstance(b, TableOfAuthorities) else b for b in doc.blocks)
