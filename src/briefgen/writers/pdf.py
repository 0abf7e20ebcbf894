"""PDF through the ``typst`` package: compiled in a private folder (so user text can never
read the user's files), with a fixed timestamp so the same input gives the same bytes."""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from briefgen.document import Document
from briefgen.errors import BriefgenError
from briefgen.writers import atomic
from briefgen.writers.typst import render_typst


def render_pdf(doc: Document, standard: str | None = None) -> bytes:
    import typst

    source = render_typst(doc)
    with tempfile.TemporaryDirectory(prefix="briefgen-typst-") as root:
        main = Path(root) / "main.typ"
        main.write_text(source, encoding="utf-8")
        stamp = dt.datetime.fromtimestamp(atomic.source_date_epoch(), dt.timezone.utc)
        kwargs = {"root": root, "timestamp": int(stamp.timestamp())}
        if standard:
            kwargs["pdf_standards"] = [standard]
        try:
            return typst.compile(str(main), **kwargs)
        except typst.TypstError as exc:  # a bug of ours, not of the user's text: say so plainly
            raise BriefgenError(f"PDF compilation failed: {exc}", code="pdf",
                                hint="run with --debug and report this; --to docx still works") from None


def write_pdf(doc: Document, path: Path, standard: str | None = None) -> list[str]:
    atomic.write_bytes(path, render_pdf(doc, standard))
    return []
