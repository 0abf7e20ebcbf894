"""Document -> Typst markup. Every piece of user text goes through :func:`escape`, so
``#set page(…)``, ``$x$``, ``@label``, ``<tag>``, ``*`` and ``_`` print as written.
"""
from __future__ import annotations

import json

from briefgen.document import (BlockQuote, BulletList, Code, Document, Emph, Heading, LineBreak, Link, Note,
                               OrderedList, Para, Rule, SmallCaps, Str, Strong, Table)

_SPECIAL = set('\\#*_$@<>[]`/-=+"\'~:.,;()&{}')


def escape(text: str) -> str:
    """Backslash-escape every character Typst markup could read as syntax."""
    out = []
    for ch in text:
        if ch in _SPECIAL:
            out.append("\\" + ch)
        elif ch in "\n\r\t":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def string(text: str) -> str:
    """A Typst string literal (for metadata, URLs, fonts)."""
    return json.dumps(text, ensure_ascii=False)


FONTS = ("Times New Roman", "Liberation Serif", "Tinos", "Libertinus Serif")

PREAMBLE = """#set document(title: {title}, author: {author})
#set page(paper: "us-letter", margin: 1in, numbering: "1", number-align: center)
#set text(font: ({fonts}), size: 12pt, lang: "en", hyphenate: false)
#set par(justify: false, leading: 0.65em, spacing: 1.2em)
#show heading: set text(size: 12pt, weight: "bold")
#show heading.where(level: 1): set align(center)
#show heading: set block(above: 1.4em, below: 1em)
#show footnote.entry: set text(size: 10pt)
#set footnote.entry(separator: line(length: 2in, stroke: 0.5pt), gap: 0.6em, indent: 0.3in)
#show link: it => it
"""


class _Writer:
    def inlines(self, nodes) -> str:
        out = []
        for n in nodes:
            if isinstance(n, Str):
                out.append(escape(n.text))
            elif isinstance(n, Emph):
                out.append(f"#emph[{self.inlines(n.children)}]")
            elif isinstance(n, Strong):
                out.append(f"#strong[{self.inlines(n.children)}]")
            elif isinstance(n, SmallCaps):
                out.append(f"#smallcaps[{self.inlines(n.children)}]")
            elif isinstance(n, Code):
                out.append(f"#raw({string(n.text)})")
            elif isinstance(n, Link):
                out.append(f"#link({string(n.url)})[{self.inlines(n.children)}]")
            elif isinstance(n, LineBreak):
                out.append("#linebreak()")
            elif isinstance(n, Note):
                out.append(f"#footnote[{self.inlines(n.children)}]")
        return "".join(out)

    def para(self, b: Para) -> str:
        if b.style == "Title":
            return f"#align(center)[#text(size: 14pt, weight: \"bold\")[{self.inlines(b.children)}]]"
        if b.style == "Memo Header":
            label, value = _split_tab(b.children)
            return f"#grid(columns: (1in, 1fr), gutter: 0.4em, [{self.inlines(label)}], [{self.inlines(value)}])"
        if b.style in ("Center", "Caption"):
            return f"#align(center)[{self.inlines(b.children)}]"
        if b.style == "Signature":
            return f"#block(breakable: false)[{self.inlines(b.children)}]"
        return self.inlines(b.children)

    def blocks(self, blocks) -> str:
        out = []
        for b in blocks:
            if isinstance(b, Heading):
                out.append(f"#heading(level: {min(b.level, 6)})[{self.inlines(b.children)}]")
            elif isinstance(b, Para):
                out.append(self.para(b))
            elif isinstance(b, BulletList):
                out.append("#list(" + ", ".join(f"[{self.blocks(i)}]" for i in b.items) + ")")
            elif isinstance(b, OrderedList):
                out.append(f"#enum(start: {b.start}, " + ", ".join(f"[{self.blocks(i)}]" for i in b.items) + ")")
            elif isinstance(b, BlockQuote):
                out.append(f"#pad(left: 0.5in, right: 0.5in)[{self.blocks(b.blocks)}]")
            elif isinstance(b, Rule):
                out.append("#line(length: 100%, stroke: 0.75pt)")
            elif isinstance(b, Table):
                width = max([len(b.header)] + [len(r) for r in b.rows]) or 1
                cells = [f"[#strong[{self.inlines(c)}]]" for c in b.header]
                for row in b.rows:
                    cells += [f"[{self.inlines(c)}]" for c in row] + ["[]"] * (width - len(row))
                out.append(f"#table(columns: {width}, align: left, inset: 5pt, " + ", ".join(cells) + ")")
        return "\n\n".join(out)


def _split_tab(children) -> tuple[list, list]:
    """Split a header line at its first tab: ``TO:\\tName`` -> label, value."""
    label, value, seen = [], [], False
    for n in children:
        if not seen and isinstance(n, Str) and "\t" in n.text:
            before, after = n.text.split("\t", 1)
            if before:
                label.append(Str(before))
            value.append(Str(after))
            seen = True
        else:
            (value if seen else label).append(n)
    return label, value


def render_typst(doc: Document) -> str:
    meta = doc.meta
    head = PREAMBLE.format(title=string(meta.get("title") or ""), author=string(meta.get("author") or ""),
                           fonts=", ".join(string(f) for f in FONTS))
    return head + "\n" + _Writer().blocks(doc.blocks) + "\n"
