"""The table of authorities: every cited authority in its full form, grouped as courts expect.

Pages are not known here; the pagination step (paginate.py) fills them from the laid-out PDF.
"""
from __future__ import annotations

import re

from briefgen.citations import bluebook as bb
from briefgen.citations.resolve import Use, runs_to_inlines
from briefgen.document import AuthorityEntry, Document, TableOfAuthorities

SECTIONS = (
    ("Cases", {"case", "foreign-decision"}),
    ("Treaties and International Agreements", {"treaty"}),
    ("Constitutional Provisions, Statutes and Regulations", {"constitution", "statute", "regulation"}),
    ("Other Authorities", None),
)


def _sort_key(runs) -> tuple:
    """Alphabetical, with numbers in numeric order (5 U.S.C. before 22 U.S.C.; § 9 before § 10)."""
    text = bb.plain(runs).lstrip("*“\"'").lower()
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", text) if part)


def table(uses: list[Use], library, style: bb.Style) -> TableOfAuthorities:
    """Sections in Bluebook order; entries alphabetical within each; each authority once."""
    seen: dict[str, None] = dict.fromkeys(u.key for u in uses if u.key in library.by_id)
    plain_style = bb.Style(style.typeface, notes=style.notes)
    sections = []
    placed: set[str] = set()
    for title, kinds in SECTIONS:
        entries = []
        for key in seen:
            auth = library.by_id[key]
            if key in placed or (kinds is not None and auth.kind not in kinds):
                continue
            placed.add(key)
            runs = bb.full(auth, None, plain_style)
            entries.append((_sort_key(runs), AuthorityEntry(key, runs_to_inlines(runs))))
        if entries:
            sections.append((title, tuple(e for _, e in sorted(entries, key=lambda x: x[0]))))
    return TableOfAuthorities(tuple(sections))


def fill(doc: Document, uses: list[Use], library, style: bb.Style) -> Document:
    """Replace the kind's empty TableOfAuthorities placeholder with the real table."""
    if not any(isinstance(b, TableOfAuthorities) for b in doc.blocks):
        return doc
    toa = table(uses, library, style)
    return doc.with_blocks(toa if isinstance(b, TableOfAuthorities) else b for b in doc.blocks)
