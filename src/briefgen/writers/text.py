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

from briefgen.document import (AuthorityMark, BlockQuote, BulletList, Cite, Code, Document, Emph, Heading, LineBreak,
                               Link, Note, OrderedList, PageBreak, Para, Rule, SmallCaps, Str, Strong, Table,
                               TableOfAuthorities, TableOfContents)
from briefgen.errors import BriefgenError

WIDTH = 72
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


class _Writer:
    def __init__(self, width: int):
        self.width = width
        self.notes: list[tuple[int, str]] = []
        self.dropped: Counter = Counter()

    # ------------------------------------------------------------ inlines

    def inlines(self, nodes) -> str:
        """The text of inlines; a LineBreak is a newline, a note its marker."""
        out = []
        for n in nodes:
            if isinstance(n, Str):
                out.append(self.scrub(n.text))
            elif isinstance(n, (Emph, Strong, SmallCaps)):
                out.append(self.inlines(n.children))
            elif isinstance(n, Code):
                out.append(self.scrub(n.text))
            elif isinstance(n, Link):
                text = self.inlines(n.children)
                out.append(text if text.strip() in (n.url, "") and text else f"{text} <{n.url}>")
            elif isinstance(n, LineBreak):
                out.append("\n")
            elif isinstance(n, Note):
                self.notes.append((n.number, self.inlines(n.children)))
                out.append(f"[{n.number}]")
            elif isinstance(n, AuthorityMark):
                continue  # a position for the table of authorities: nothing to print
            elif isinstance(n, Cite):
                raise BriefgenError(f"the text writer was given an unresolved citation [{n.source}]", n.location,
                                    code="unresolved-cite", hint="run with --debug and report this")
            else:
                raise BriefgenError(f"the text writer cannot render a {type(n).__name__}", code="unrenderable",
                                    hint="run with --debug and report this; another format may still work")
        return "".join(out)

    def scrub(self, text: str) -> str:
        """Tabs become spaces; other control characters are dropped and counted (reported as a warning)."""
        self.dropped.update(_CONTROL.findall(text))
        return _CONTROL.sub("", text).replace("\t", " ")

    # ------------------------------------------------------------ blocks

    def wrap(self, text: str, first: str = "", rest: str = "") -> str:
        """Each line of ``text`` (line breaks kept) wrapped, the first prefixed by ``first``."""
        lines = []
        for i, line in enumerate(text.split("\n")):
            lead = first if i == 0 else rest
            wrapped = textwrap.wrap(" ".join(line.split()), self.width, initial_indent=lead, subsequent_indent=rest,
                                    break_long_words=False, break_on_hyphens=False)
            lines += wrapped or [lead.rstrip()]
        return "\n".join(lines)

    def blocks(self, blocks, indent: str = "") -> list[str]:
        out = []
        for b in blocks:
            if isinstance(b, Heading):
                out.append(self.wrap(self.inlines(b.children), indent, indent))
            elif isinstance(b, Para):
                out.append(self.wrap(self.inlines(b.children), indent, indent))
            elif isinstance(b, BulletList):
                out.append("\n".join(self.item(indent, "- ", item) for item in b.items))
            elif isinstance(b, OrderedList):
                out.append("\n".join(self.item(indent, f"{b.start + k}. ", item) for k, item in enumerate(b.items)))
            elif isinstance(b, BlockQuote):
                out.append("\n\n".join(self.blocks(b.blocks, indent + "    ")))
            elif isinstance(b, Rule):
                out.append(indent + "-" * 20)
            elif isinstance(b, PageBreak):
                continue  # no pages in plain text
            elif isinstance(b, Table):
                out.append(self.table(b, indent))
            elif isinstance(b, TableOfContents):
                lines = ["Table of Contents"] + [f"{'  ' * (lvl - 1)}{text}{f' ({page})' if page else ''}"
                                                 for lvl, text, page in b.entries]
                out.append("\n".join(self.wrap(line, indent, indent) for line in lines))
            elif isinstance(b, TableOfAuthorities):
                parts = ["Table of Authorities"]
                for title, entries in b.sections:
                    parts.append(title)
                    parts += [self.wrap(self.inlines(e.children) + (f" ({_pages(e.pages, b.passim)})" if e.pages
                                                                     else ""), indent + "  ", indent + "    ")
                              for e in entries]
                out.append("\n\n".join(parts))
            else:
                raise BriefgenError(f"the text writer cannot render a {type(b).__name__}", code="unrenderable",
                                    hint="run with --debug and report this; another format may still work")
        return out

    def item(self, indent: str, marker: str, blocks) -> str:
        pad = indent + " " * len(marker)
        parts = self.blocks(blocks, pad)
        if parts:
            parts[0] = indent + marker + parts[0][len(pad):]
        return "\n".join(parts)

    def table(self, b: Table, indent: str) -> str:
        if not b.header:  # columns for layout: down the first, then the next
            width = max((len(r) for r in b.rows), default=0)
            cells = [self.inlines(r[c]) for c in range(width) for r in b.rows if c < len(r)]
            return "\n".join(self.wrap(c, indent, indent + "  ") for c in cells if c.strip())
        names = [self.inlines(h) for h in b.header]
        rows = []
        for row in b.rows:
            rows.append("\n".join(self.wrap(f"{names[i] if i < len(names) else ''}: {self.inlines(cell)}", indent,
                                            indent + "  ") for i, cell in enumerate(row)))
        return "\n\n".join(rows)

    def warnings(self) -> list[str]:
        if not self.dropped:
            return []
        total = sum(self.dropped.values())
        codes = ", ".join(f"U+{ord(ch):04X}" for ch in sorted(self.dropped))
        return [f"dropped {total} control character{'s' if total != 1 else ''}: {codes}"]


def _pages(pages, passim: int) -> str:
    return "passim" if len(pages) >= passim else ", ".join(str(p) for p in pages)


def render_text(doc: Document, width: int = WIDTH) -> tuple[str, list[str]]:
    """The document as wrapped plain text with endnotes, and warnings (characters dropped)."""
    w = _Writer(width)
    text = "\n\n".join(p for p in w.blocks(doc.blocks) if p is not None) + "\n"
    if w.notes:
        notes = [w.wrap(body, f"[{n}] ", " " * (len(str(n)) + 3)) for n, body in w.notes]
        text += "\nNotes\n\n" + "\n".join(notes) + "\n"
    return text, w.warnings()
