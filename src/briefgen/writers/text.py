"""Plain text, wrapped, with citations as endnotes: for the web contact forms members of Congress
use (they take text, not files), and for anywhere else formatting does not survive.

Footnotes become numbered markers ``[1]`` and a "Notes" list at the end; italics and bold are
dropped (their text kept); a link keeps its address in angle brackets. Lines wrap at
:data:`WIDTH` columns without breaking words or addresses. A table with a header prints each
row as ``Header: cell`` lines; a table without one (the columns of a signatory list) prints its
cells down each column in turn, one a line, in the order a reader of the page would take them.
"""
from __future__ import annotations

import re
import textwrap
from collections import Counter

from briefgen.document import (AuthorityMark, BlockQuote, BulletList, Code, Document, Emph, Heading, LineBreak, Link,
                               EndnotesHere, Note, OrderedList, PageBreak, Para, Rule, SmallCaps, Str, Strong, Table,
                               TableOfAuthorities, TableOfContents)
from briefgen.writers.base import Writer

WIDTH = 72
_SPACES = re.compile(r"[ \t\r\f\v]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


class _Writer(Writer):
    format = "text"
    inline_rules = {Str: "text", Emph: "children", Strong: "children", SmallCaps: "children", Code: "text",
                    Link: "link", LineBreak: "linebreak", Note: "note", AuthorityMark: "mark"}
    block_rules = {Heading: "para", Para: "para", BulletList: "bullets", OrderedList: "ordered",
                   BlockQuote: "quote", Rule: "rule", TableOfContents: "toc", TableOfAuthorities: "toa",
                   PageBreak: "pagebreak", EndnotesHere: "pagebreak", Table: "table"}

    def __init__(self, width: int):
        self.width = width
        self.notes: list[tuple[int, str]] = []
        self.dropped: Counter = Counter()

    # ------------------------------------------------------------ inlines: text, a newline for a line break

    def inlines(self, nodes) -> str:
        return "".join(self.inline(n) for n in nodes)

    def text(self, n) -> str:
        """Tabs become spaces; other control characters are dropped and counted (reported as a warning)."""
        self.dropped.update(_CONTROL.findall(n.text))
        return _CONTROL.sub("", n.text).replace("\t", " ")

    def children(self, n) -> str:
        return self.inlines(n.children)  # emphasis has no plain-text form: its words are kept

    def link(self, n: Link) -> str:
        text = self.inlines(n.children)
        return text if text.strip() == n.url else f"{text} <{n.url}>"

    def linebreak(self, n: LineBreak) -> str:
        return "\n"

    def note(self, n: Note) -> str:
        self.notes.append((n.number, self.inlines(n.children)))
        return f"[{n.number}]"

    def mark(self, n: AuthorityMark) -> str:
        return ""  # a table-of-authorities mark prints nothing

    # ------------------------------------------------------------ blocks, each at an indent

    def wrap(self, text: str, first: str = "", rest: str = "") -> str:
        """Each line of ``text`` (line breaks kept) wrapped, the first prefixed by ``first``."""
        lines = []
        for i, line in enumerate(text.split("\n")):
            lead = first if i == 0 else rest
            # split at ASCII white space only: a non-breaking space (§ 553) holds its words together
            wrapped = textwrap.wrap(" ".join(_SPACES.split(line.strip(" \t\r\f\v"))), self.width, initial_indent=lead, subsequent_indent=rest,
                                    break_long_words=False, break_on_hyphens=False)
            lines += wrapped or [lead.rstrip()]
        return "\n".join(lines)

    def blocks(self, blocks, indent: str = "") -> list[str]:
        return [text for text in (self.block(b, indent) for b in blocks) if text is not None]

    def para(self, b, indent: str) -> str:
        return self.wrap(self.inlines(b.children), indent, indent)

    def bullets(self, b: BulletList, indent: str) -> str:
        return "\n".join(self.item(indent, "- ", item) for item in b.items)

    def ordered(self, b: OrderedList, indent: str) -> str:
        return "\n".join(self.item(indent, f"{b.start + k}. ", item) for k, item in enumerate(b.items))

    def item(self, indent: str, marker: str, blocks) -> str:
        pad = indent + " " * len(marker)
        parts = self.blocks(blocks, pad)
        if parts:
            parts[0] = indent + marker + parts[0][len(pad):]
        return "\n".join(parts)

    def quote(self, b: BlockQuote, indent: str) -> str:
        return "\n\n".join(self.blocks(b.blocks, indent + "    "))

    def rule(self, b: Rule, indent: str) -> str:
        return indent + "-" * 20

    def pagebreak(self, b: PageBreak, indent: str) -> None:
        return None  # no pages in plain text

    def toc(self, b: TableOfContents, indent: str) -> str:
        lines = ["Table of Contents"] + [f"{'  ' * (lvl - 1)}{text}{f' ({page})' if page else ''}"
                                         for lvl, text, page in b.entries]
        return "\n".join(self.wrap(line, indent, indent) for line in lines)

    def toa(self, b: TableOfAuthorities, indent: str) -> str:
        parts = ["Table of Authorities"]
        for title, entries in b.sections:
            parts.append(title)
            parts += [self.wrap(self.inlines(e.children) + (f" ({e.page_text()})" if e.pages else ""),
                                indent + "  ", indent + "    ") for e in entries]
        return "\n\n".join(parts)

    def table(self, b: Table, indent: str) -> str:
        if not b.header:  # columns for layout: down the first, then the next
            width = max((len(r) for r in b.rows), default=0)
            cells = [self.inlines(r[c]) for c in range(width) for r in b.rows if c < len(r)]
            return "\n".join(self.wrap(c, indent, indent + "  ") for c in cells if c.strip())
        names = [self.inlines(h) for h in b.header]
        rows = ["\n".join(self.wrap(f"{names[i] if i < len(names) else ''}: {self.inlines(cell)}", indent,
                                    indent + "  ") for i, cell in enumerate(row)) for row in b.rows]
        return "\n\n".join(rows)

    def warnings(self) -> list[str]:
        if not self.dropped:
            return []
        total = sum(self.dropped.values())
        codes = ", ".join(f"U+{ord(ch):04X}" for ch in sorted(self.dropped))
        return [f"dropped {total} control character{'s' if total != 1 else ''}: {codes}"]


def render_text(doc: Document, width: int = WIDTH) -> tuple[str, list[str]]:
    """The document as wrapped plain text with endnotes, and warnings (characters dropped)."""
    w = _Writer(width)
    text = "\n\n".join(w.blocks(doc.blocks)) + "\n"
    if w.notes:
        notes = [w.wrap(body, f"[{n}] ", " " * (len(str(n)) + 3)) for n, body in w.notes]
        text += "\nNotes\n\n" + "\n".join(notes) + "\n"
    return text, w.warnings()
