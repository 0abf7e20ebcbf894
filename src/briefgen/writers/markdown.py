"""Markdown with Pandoc footnotes (``[^1]`` and ``[^1]: …``) and ``*italic*``: for previews, diffs, tests.

Text is escaped so that what the user wrote prints literally when the Markdown is read again.
"""
from __future__ import annotations

import re

from briefgen.document import (BlockQuote, PageBreak, TableOfAuthorities, TableOfContents, BulletList, Code, Document, Emph, Heading, LineBreak, Link, Note,
                               OrderedList, Para, Rule, SmallCaps, Str, Strong, Table)

_ESCAPE = re.compile(r"([\\`*_\[\]<>#])")


def escape(text: str) -> str:
    return _ESCAPE.sub(r"\\\1", text)


class _Writer:
    def __init__(self):
        self.notes: list[tuple[int, str]] = []

    def inlines(self, nodes) -> str:
        out = []
        for n in nodes:
            if isinstance(n, Str):
                out.append(escape(n.text))
            elif isinstance(n, Emph):
                out.append(_wrap(self.inlines(n.children), "*"))
            elif isinstance(n, Strong):
                out.append(_wrap(self.inlines(n.children), "**"))
            elif isinstance(n, SmallCaps):
                out.append(f"[{self.inlines(n.children)}]{{.smallcaps}}")
            elif isinstance(n, Code):
                out.append(f"`{n.text}`")
            elif isinstance(n, Link):
                out.append(f"[{self.inlines(n.children)}]({n.url})")
            elif isinstance(n, LineBreak):
                out.append("\\\n")
            elif isinstance(n, Note):
                self.notes.append((n.number, self.inlines(n.children)))
                out.append(f"[^{n.number}]")
        return "".join(out)

    def blocks(self, blocks, indent: str = "") -> list[str]:
        out = []
        for b in blocks:
            if isinstance(b, Heading):
                out.append("#" * b.level + " " + self.inlines(b.children))
            elif isinstance(b, Para):
                out.append(self.inlines(b.children))
            elif isinstance(b, BulletList):
                out.append("\n".join(self.item("- ", item) for item in b.items))
            elif isinstance(b, OrderedList):
                out.append("\n".join(self.item(f"{b.start + k}. ", item) for k, item in enumerate(b.items)))
            elif isinstance(b, BlockQuote):
                inner = "\n\n".join(self.blocks(b.blocks))
                out.append("\n".join("> " + line if line else ">" for line in inner.splitlines()))
            elif isinstance(b, Rule):
                out.append("* * *")
            elif isinstance(b, TableOfContents):
                lines = ["**Table of Contents**", ""]
                lines += [f"{'  ' * (lvl - 1)}- {escape(text)} ({page})" for lvl, text, page in b.entries]
                out.append("\n".join(lines).rstrip())
            elif isinstance(b, TableOfAuthorities):
                parts = ["**Table of Authorities**"]
                for title, entries in b.sections:
                    parts.append(f"*{escape(title)}*")
                    parts += [self.inlines(e.children) + (" — " + _pages(e.pages, b.passim) if e.pages else "")
                              for e in entries]
                out.append("\n\n".join(parts))
            elif isinstance(b, PageBreak):
                continue
            elif isinstance(b, Table):
                head = [self.inlines(c) for c in b.header]
                rows = [[self.inlines(c).replace("|", "\\|") for c in row] for row in b.rows]
                width = max([len(head)] + [len(r) for r in rows])
                head += [""] * (width - len(head))
                lines = ["| " + " | ".join(head) + " |", "|" + "---|" * width]
                lines += ["| " + " | ".join(r + [""] * (width - len(r))) + " |" for r in rows]
                out.append("\n".join(lines))
        return out

    def item(self, marker: str, blocks) -> str:
        text = "\n\n".join(self.blocks(blocks))
        pad = " " * len(marker)
        lines = text.splitlines() or [""]
        return marker + lines[0] + "".join("\n" + (pad + line if line else "") for line in lines[1:])


def _pages(pages, passim: int) -> str:
    return "*passim*" if len(pages) >= passim else ", ".join(str(p) for p in pages)


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
