"""Markdown with Pandoc footnotes (``[^1]`` and ``[^1]: …``) and ``*italic*``: for previews, diffs, tests.

Text is escaped so that what the user wrote prints literally when the Markdown is read again.
"""
from __future__ import annotations

import re

from briefgen.document import (AuthorityMark, BlockQuote, BulletList, Code, Document, Emph, Heading, LineBreak, Link,
                               EndnotesHere, Note, OrderedList, PageBreak, Para, Rule, SmallCaps, Str, Strong, Table,
                               TableOfAuthorities, TableOfContents)
from briefgen.writers.base import UNPRINTABLE, Writer

_ESCAPE = re.compile(r"([\\`*_\[\]<>#])")
# What Markdown would read as a block's start if a line of text began with it: a list item
# ("1." "1)" "-" "+"), a thematic break or setext underline ("---", "==="); and, on a paragraph's
# first line only (a later line cannot start one), a code indent.
_BLOCK_START = re.compile(r"^(?:(\d{1,9})([.)])|([-+=]))|\A( {4,})", re.M)


def escape(text: str) -> str:
    """Text as Markdown prints it literally; characters no format prints are left out (the pipeline reported them)."""
    return _ESCAPE.sub(r"\\\1", UNPRINTABLE.sub("", text))


class _Writer(Writer):
    format = "Markdown"
    inline_rules = {Str: "text", Emph: "emph", Strong: "strong", SmallCaps: "smallcaps", Code: "code", Link: "link",
                    LineBreak: "linebreak", Note: "note", AuthorityMark: "mark"}
    block_rules = {Heading: "heading", Para: "para", BulletList: "bullets", OrderedList: "ordered",
                   BlockQuote: "quote", Rule: "rule", TableOfContents: "toc", TableOfAuthorities: "toa",
                   PageBreak: "pagebreak", EndnotesHere: "pagebreak", Table: "table"}

    def __init__(self):
        self.notes: list[tuple[int, str]] = []

    def inlines(self, nodes) -> str:
        return "".join(self.inline(n) for n in nodes)

    def text(self, n: Str) -> str:
        return escape(n.text)

    def emph(self, n: Emph) -> str:
        return _wrap(self.inlines(n.children), "*")

    def strong(self, n: Strong) -> str:
        return _wrap(self.inlines(n.children), "**")

    def smallcaps(self, n: SmallCaps) -> str:
        return f"[{self.inlines(n.children)}]{{.smallcaps}}"

    def code(self, n: Code) -> str:
        return f"`{n.text}`"

    def link(self, n: Link) -> str:
        return f"[{self.inlines(n.children)}]({n.url})"

    def linebreak(self, n: LineBreak) -> str:
        return "\\\n"

    def note(self, n: Note) -> str:
        self.notes.append((n.number, self.inlines(n.children)))
        return f"[^{n.number}]"

    def mark(self, n: AuthorityMark) -> str:
        return ""  # a table-of-authorities mark prints nothing

    def blocks(self, blocks) -> list[str]:
        return [text for text in (self.block(b) for b in blocks) if text is not None]

    def heading(self, b: Heading) -> str:
        return "#" * b.level + " " + self.inlines(b.children)

    def para(self, b: Para) -> str:
        return _BLOCK_START.sub(_unblock, self.inlines(b.children))

    def bullets(self, b: BulletList) -> str:
        return "\n".join(self.item("- ", item) for item in b.items)

    def ordered(self, b: OrderedList) -> str:
        return "\n".join(self.item(f"{b.start + k}. ", item) for k, item in enumerate(b.items))

    def quote(self, b: BlockQuote) -> str:
        inner = "\n\n".join(self.blocks(b.blocks))
        return "\n".join("> " + line if line else ">" for line in inner.splitlines())

    def rule(self, b: Rule) -> str:
        return "* * *"

    def pagebreak(self, b: PageBreak) -> None:
        return None  # Markdown has no pages

    def toc(self, b: TableOfContents) -> str:
        lines = ["**Table of Contents**", ""]
        lines += [f"{'  ' * (lvl - 1)}- {escape(text)} ({page})" for lvl, text, page in b.entries]
        return "\n".join(lines).rstrip()

    def toa(self, b: TableOfAuthorities) -> str:
        parts = ["**Table of Authorities**"]
        for title, entries in b.sections:
            parts.append(f"*{escape(title)}*")
            parts += [self.inlines(e.children) + (" — " + _pages(e) if e.pages else "") for e in entries]
        return "\n\n".join(parts)

    def table(self, b: Table) -> str:
        head = [self.inlines(c) for c in b.header]
        rows = [[self.inlines(c).replace("|", "\\|") for c in row] for row in b.rows]
        width = max([len(head)] + [len(r) for r in rows])
        head += [""] * (width - len(head))
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * width]
        lines += ["| " + " | ".join(r + [""] * (width - len(r))) + " |" for r in rows]
        return "\n".join(lines)

    def item(self, marker: str, blocks) -> str:
        text = "\n\n".join(self.blocks(blocks))
        pad = " " * len(marker)
        lines = text.splitlines() or [""]
        return marker + lines[0] + "".join("\n" + (pad + line if line else "") for line in lines[1:])


def _unblock(m: re.Match) -> str:
    if m.group(1):
        return f"{m.group(1)}\\{m.group(2)}"
    if m.group(3):
        return "\\" + m.group(3)
    return "&#32;" + m.group(4)[1:]


def _pages(entry) -> str:
    text = entry.page_text()
    return f"*{text}*" if entry.passim else text


def _wrap(text: str, mark: str) -> str:
    """Emphasis with edge spaces moved outside, as CommonMark requires."""
    core = text.strip()
    if not core:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()):]
    return f"{lead}{mark}{core}{mark}{trail}"


def render_markdown(doc: Document) -> str:
    w = _Writer()
    parts = w.blocks(doc.blocks)
    text = "\n\n".join(parts) + "\n"
    if w.notes:
        text += "\n" + "\n".join(f"[^{n}]: {body}" for n, body in w.notes) + "\n"
    return text
