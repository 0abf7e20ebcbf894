"""PDF through the ``typst`` package: compiled in a private folder (so user text can never
read the user's files), with a fixed timestamp so the same input gives the same bytes.
One compile gives the PDF and the pages of the tables of contents and authorities."""
from __future__ import annotations

import json
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.document import Document
from briefgen.errors import BriefgenError
from briefgen import atomic
from briefgen.writers.typst import heading_texts, render_typst


@dataclass
class Layout:
    """A compiled PDF and what its layout tells: pages of each authority and each heading."""

    pdf: bytes
    page_count: int = 0
    toa_pages: dict = field(default_factory=dict)   # key -> sorted pages
    toc: list = field(default_factory=list)        # (level, text, page)


def layout(doc: Document, standard: str | None = None, pages: bool = False) -> Layout:
    import typst

    from briefgen.document import TableOfAuthorities

    source = render_typst(doc)
    with tempfile.TemporaryDirectory(prefix="briefgen-typst-") as root:
        main = Path(root) / "main.typ"
        main.write_text(source, encoding="utf-8")
        kwargs = {"timestamp": atomic.source_date_epoch()}
        if standard:
            kwargs["pdf_standards"] = [standard]
        try:
            compiler = typst.Compiler(str(main), root=root)
            pdf = compiler.compile(**kwargs)
            result = Layout(pdf, len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf)))
            if pages:
                keys = [e.key for b in doc.blocks if isinstance(b, TableOfAuthorities) for _, es in b.sections
                        for e in es]
                for m in json.loads(compiler.query("<toa-page>", field="value")):
                    result.toa_pages.setdefault(keys[m["k"]], set()).add(m["p"])
                result.toa_pages = {k: tuple(sorted(v)) for k, v in result.toa_pages.items()}
                pages = json.loads(compiler.query("<toc-pages>", field="value", one=True))
                result.toc = [(level, text, page) for (level, text), page in zip(heading_texts(doc), pages)
                              if level <= 3]
            return result
        except typst.TypstError as exc:  # a bug of ours, not of the user's text: say so plainly
            raise BriefgenError(f"PDF compilation failed: {exc}", code="pdf",
                                hint="run with --debug and report this; --to docx still works") from None


def render_pdf(doc: Document, standard: str | None = None) -> bytes:
    return layout(doc, standard).pdf




def compile_source(source: str) -> bytes:
    """Compile Typst markup we generated (the combined letters) in a private folder."""
    import typst

    with tempfile.TemporaryDirectory(prefix="briefgen-typst-") as root:
        main = Path(root) / "main.typ"
        main.write_text(source, encoding="utf-8")
        try:
            return typst.compile(str(main), root=root, timestamp=atomic.source_date_epoch())
        except typst.TypstError as exc:
            raise BriefgenError(f"PDF compilation failed: {exc}", code="pdf") from None
