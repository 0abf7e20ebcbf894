"""PDF through the ``typst`` package: compiled in a private folder (so user text can never
read the user's files), with a fixed timestamp so the same input gives the same bytes.
One compile gives the PDF and the pages of the tables of contents and authorities."""
from __future__ import annotations

import json
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.document import Document, TableOfAuthorities
from briefgen.errors import BriefgenError
from briefgen.writers.base import document_time
from briefgen.writers.typst import heading_texts, render_typst


@dataclass(frozen=True)
class Layout:
    """A compiled PDF and what its layout tells: pages of each authority and each heading."""

    pdf: bytes
    page_count: int = 0
    toa_pages: dict = field(default_factory=dict)   # key -> sorted pages
    toc: tuple = ()                                # (level, text, page)
    missing: tuple = ()                            # characters of the text that no font could draw


def layout(doc: Document, standard: str | None = None, measure: bool = False) -> Layout:
    """Compile ``doc``; with ``measure``, also read back where its headings and cited authorities fell."""
    source = render_typst(doc)
    with _compiler(source) as compiler:
        kwargs = {"timestamp": document_time(doc.meta)}
        if standard:
            kwargs["pdf_standards"] = [standard]
        pdf = tidy(compiler.compile(**kwargs))
        count = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))
        missing = tuple(sorted(document_chars(doc) - drawn_chars(pdf)))
        if not measure:
            return Layout(pdf, count, missing=missing)
        keys = [e.key for b in doc.blocks if isinstance(b, TableOfAuthorities) for _, es in b.sections for e in es]
        pages: dict = {}
        for m in json.loads(compiler.query("<toa-page>", field="value")):
            pages.setdefault(keys[m["k"]], set()).add(m["p"])
        heading_pages = json.loads(compiler.query("<toc-pages>", field="value", one=True))
        toc = tuple((level, text, page) for (level, text), page in zip(heading_texts(doc), heading_pages)
                    if level <= 3)
        return Layout(pdf, count, {k: tuple(sorted(v)) for k, v in pages.items()}, toc, missing)


def document_chars(doc: Document) -> set[str]:
    """Every character the document prints (white space and invisible break marks aside)."""
    from briefgen.document import Code, Str, iter_inlines, plain_text

    chars: set[str] = set()
    for node in iter_inlines(doc.blocks):
        if isinstance(node, (Str, Code)):
            chars.update(node.text)
    for b in doc.blocks:
        if isinstance(b, TableOfAuthorities):
            for title, entries in b.sections:
                chars.update(title)
                for e in entries:
                    chars.update(plain_text(e.children))
    return {c for c in chars if not c.isspace() and c not in _INVISIBLE}


_INVISIBLE = {"\u200b", "\u00ad", "\u2060", "\ufeff"}


def drawn_chars(pdf: bytes) -> set[str]:
    """The characters the PDF's fonts draw, read from their ToUnicode maps (a character no font has
    is drawn as an empty box and has no entry there)."""
    import zlib

    found: set[str] = set()
    for data in _streams(pdf):
        try:
            data = zlib.decompress(data)
        except zlib.error:
            pass
        if b"begincmap" not in data:
            continue
        for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
            for code in re.findall(rb"<[0-9A-Fa-f]+>\s*<([0-9A-Fa-f]+)>", block):
                found.update(bytes.fromhex(code.decode()).decode("utf-16-be", "replace"))
        for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
            for lo, hi, start in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                first = int(start, 16)
                found.update(chr(first + i) for i in range(int(hi, 16) - int(lo, 16) + 1) if first + i < 0x110000)
    return found


def _streams(pdf: bytes):
    """Each stream's bytes, cut by its dictionary's /Length: compressed data may itself end in a byte
    that looks like the line end before ``endstream``, so the keyword alone cannot delimit it."""
    for m in re.finditer(rb"/Length\s+(\d+)(?:\s*/[^>]*)?>>\s*stream\r?\n", pdf):
        start = m.end()
        yield pdf[start:start + int(m.group(1))]


def render_pdf(doc: Document, standard: str | None = None) -> bytes:
    return layout(doc, standard).pdf


def compile_source(source: str, meta: dict | None = None) -> bytes:
    """Compile Typst markup we generated (the combined letters) in a private folder."""
    with _compiler(source) as compiler:
        return tidy(compiler.compile(timestamp=document_time(meta or {})))


def tidy(pdf: bytes) -> bytes:
    """Drop the catalog's ``/Suspects false`` (the default, and optional): poppler reads a false there as
    "Suspects object is wrong type (boolean)". Blanks of the same length keep every byte offset valid."""
    return pdf.replace(b"/Suspects false", b" " * len(b"/Suspects false"), 1)


class _compiler:
    """A Typst compiler over ``source`` in a private temporary root; a Typst error is ours, said plainly."""

    def __init__(self, source: str):
        self.source = source

    def __enter__(self):
        import typst

        self._tmp = tempfile.TemporaryDirectory(prefix="briefgen-typst-")
        main = Path(self._tmp.name) / "main.typ"
        main.write_text(self.source, encoding="utf-8")
        return typst.Compiler(str(main), root=self._tmp.name)

    def __exit__(self, kind, exc, tb):
        import typst

        self._tmp.cleanup()
        if isinstance(exc, typst.TypstError):  # a bug of ours, not of the user's text
            raise BriefgenError(f"PDF compilation failed: {exc}", code="pdf",
                                hint="run with --debug and report this; --to docx still works") from None
        return False
