"""The default reference DOCX: a sample that uses every style briefgen writes, so a firm
can restyle each one in Word and every later build follows."""
from __future__ import annotations

from pathlib import Path

from briefgen.document import (BlockQuote, BulletList, Document, Emph, Heading, LineBreak, Note, OrderedList, Para,
                               Str)

STYLE_SAMPLES = ("title", "subtitle", "numbered", "header-field", "date", "salutation", "closing",
                 "signature", "block")


def sample() -> Document:
    blocks = [Heading(1, (Str("Heading 1"),)), Heading(2, (Str("Heading 2"),)), Heading(3, (Str("Heading 3"),)),
              Para((Str("Normal text with a footnote."), Note((Emph((Str("Id."),)), Str(" at 1. (Footnote Text)")), 1)))]
    blocks += [Para((Str(name),), style=name) for name in STYLE_SAMPLES]
    blocks += [BlockQuote((Para((Str("Quote"),)),)), BulletList(((Para((Str("List Bullet"),)),),)),
               OrderedList(((Para((Str("List Number"),)),),)), Para((Str("Line one"), LineBreak(), Str("Line two")))]
    return Document(tuple(blocks), {"title": "briefgen reference document", "author": "briefgen"})


def write_reference(path: Path) -> None:
    from briefgen.writers.docx import write_docx

    write_docx(sample(), Path(path))
