"""Non-breaking spaces where the Bluebook and typesetting keep words together: Document -> Document.

A line must not break between a section or paragraph symbol and its number (``§ 553(e)``, ``¶¶ 159-161``,
R6.2(c)), after a label that numbers what follows (``art. 7``, ``No. 12,981``, ``pt. 121``, ``n. 4``), or
between a number and its scale word or unit (``$3.5 billion``, ``87 percent``, ``10 a.m.``). The pass runs
once on the resolved document, body and notes alike, so every writer (DOCX, Typst/PDF, Markdown, text)
prints the same U+00A0. It never adds a non-breaking hyphen: U+2011 would change what a reader copies or
searches for (``GAO-09-709``, ``A/HRC/28/68``).

>>> tie_text("22 U.S.C. § 2778; art. 7; ¶¶ 159-161; $3.5 billion") == \\
...     "22 U.S.C. §\\u00a02778; art.\\u00a07; ¶¶\\u00a0159-161; $3.5\\u00a0billion"
True
"""
from __future__ import annotations

import re
from dataclasses import replace

NBSP = "\u00a0"

# a symbol always holds on to what follows it
_SYMBOL = re.compile(r"(§§?|¶¶?) +(?=[\w(])")
# a label holds on to a number (arabic or roman) or a letter designator: art. 7, art. I, No. 12,981, n. 4
_LABEL = re.compile(r"(?<![\w.’'])(arts?\.|Arts?\.|No\.|Nos\.|pts?\.|Pt\.|nn?\.|paras?\.|cl\.|ch\.) +"
                    r"(?=\d|[IVXLC]+\b)")
# a number holds on to its scale word or unit
_UNIT = re.compile(r"(?<![\w.])(\$?\d[\d,]*(?:\.\d+)?) +(?=(?:million|billion|trillion|thousand|percent|per cent|"
                   r"a\.m\.|p\.m\.)(?!\w))")
_ENDS_TIED = re.compile(r"(?:§§?|¶¶?|(?<![\w.’'])(?:arts?\.|No\.|pts?\.|nn?\.)) $")


def tie_text(text: str) -> str:
    """``text`` with its breakable spaces after §, ¶, labels and before scale words made non-breaking."""
    if " " not in text:
        return text
    text = _SYMBOL.sub(lambda m: m.group(1) + NBSP, text)
    text = _LABEL.sub(lambda m: m.group(1) + NBSP, text)
    return _UNIT.sub(lambda m: m.group(1) + NBSP, text)


def tie_inlines(inlines) -> list:
    """Every Str of an inline sequence, inside emphasis, links and notes too; a space that ends one Str
    after a symbol is tied when the next inline starts the number."""
    from briefgen.document import Emph, Link, Note, SmallCaps, Str, Strong

    out: list = []
    for node in inlines:
        if isinstance(node, Str):
            text = tie_text(node.text)
            if out and isinstance(out[-1], Str) and _ENDS_TIED.search(out[-1].text) and text[:1].isalnum():
                out[-1] = Str(out[-1].text[:-1] + NBSP)
            out.append(Str(text) if text != node.text else node)
        elif isinstance(node, (Emph, Strong, SmallCaps, Link, Note)):
            out.append(replace(node, children=tuple(tie_inlines(node.children))))
        else:
            out.append(node)
    return out


def tie(doc):
    """The document with non-breaking spaces in every text of its blocks, tables of authorities included."""
    from briefgen.document import TableOfAuthorities, map_inlines

    blocks = []
    for b in map_inlines(doc.blocks, tie_inlines):
        if isinstance(b, TableOfAuthorities):
            b = replace(b, sections=tuple((title, tuple(replace(e, children=tuple(tie_inlines(e.children)))
                                                        for e in entries)) for title, entries in b.sections))
        blocks.append(b)
    return doc.with_blocks(blocks)
