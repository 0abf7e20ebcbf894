"""Where a document cites, and what each citation supports.

A :class:`Site` is one cluster with the text before it that it supports: the text of its paragraph
since the previous cluster (a footnote supports what precedes it), or of the footnote it sits in.
Rules that ask "is this a quotation or a figure?" read ``before``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from briefgen.document import Cite, Code, Document, Emph, LineBreak, Link, Note, SmallCaps, Str, Strong, map_inlines

@dataclass(frozen=True)
class Site:
    """``Site(Cite(...), 'About 87 percent of the firearms … came from the United States.', in_note=False, note=6)``."""

    cite: Cite
    before: str
    in_note: bool
    note: int = 0          # the footnote the cluster is or sits in (0 in inline mode)
    after: list = field(default_factory=list)   # the note's text after the cluster, up to the next one


def sites(doc: Document, notes: bool = True) -> list[Site]:
    """Every cluster of an unresolved document, in reading order, with the text it supports."""
    found: list[Site] = []
    counter = [0]
    tail: list = []         # the ``after`` of the last cluster of the note being read

    def walk(inlines, buf: list, in_note: bool, note: int) -> None:
        for node in inlines:
            if isinstance(node, Cite):
                if not in_note and notes:
                    counter[0] += 1
                found.append(Site(node, "".join(buf).strip(), in_note, note if in_note else counter[0]))
                buf.clear()     # the next cluster supports what follows this one
                tail[:] = [found[-1].after] if in_note else []
            elif isinstance(node, Note):
                counter[0] += 1
                walk(node.children, [], True, counter[0])
                tail.clear()
            elif isinstance(node, (Str, Code)):
                buf.append(node.text)
                for after in tail:
                    after.append(node.text)
            elif isinstance(node, LineBreak):
                buf.append(" ")
            elif isinstance(node, (Emph, Strong, SmallCaps, Link)):
                walk(node.children, buf, in_note, note)

    def block(inlines):
        walk(inlines, [], False, 0)
        return inlines

    map_inlines(doc.blocks, block)
    return found
