"""Pagination, a step of its own between the citations pass and the writers: one Typst layout gives
the PDF and the pages where each heading and each cited authority fell, and those pages are put
into the document's tables of contents and authorities, so every writer prints the same pages.
"""
from __future__ import annotations

from dataclasses import replace

from briefgen.document import Document, TableOfAuthorities, TableOfContents


def has_tables(doc: Document) -> bool:
    return any(isinstance(b, (TableOfAuthorities, TableOfContents)) for b in doc.blocks)


def paginate(doc: Document, standard: str | None = None):
    """Lay ``doc`` out once; return ``(doc with its tables' pages filled, Layout)``."""
    from briefgen.writers.pdf import layout

    laid = layout(doc, standard, measure=has_tables(doc))
    return with_pages(doc, laid.toa_pages, laid.toc), laid


def with_pages(doc: Document, toa_pages: dict, toc_entries) -> Document:
    """The tables with their pages; an authority cited on ``passim`` pages or more is marked *passim* here,
    once, for every writer."""
    blocks = []
    for b in doc.blocks:
        if isinstance(b, TableOfAuthorities):
            sections = tuple((title, tuple(_paged(e, toa_pages.get(e.key, ()), b.passim) for e in entries))
                             for title, entries in b.sections)
            b = replace(b, sections=sections)
        elif isinstance(b, TableOfContents):
            b = TableOfContents(tuple(toc_entries))
        blocks.append(b)
    return doc.with_blocks(blocks)


def _paged(entry, pages, passim: int):
    pages = tuple(pages)
    return replace(entry, pages=pages, passim=len(pages) >= passim)
