"""Document -> Typst markup. Every piece of user text goes through :func:`escape`, so
``#set page(…)``, ``$x$``, ``@label``, ``<tag>``, ``*`` and ``_`` print as written.

Citations of authorities leave ``<toa-page>`` metadata and headings ``<toc-page>``
metadata, so one compile lays out the tables and reports their pages for the DOCX.
"""
from __future__ import annotations

import json
import re

from briefgen.document import (AuthorityMark, BlockQuote, BulletList, Code, Document, Emph, EndnotesHere, Heading,
                               LineBreak, Link, Note, OrderedList, PageBreak, PageFurniture, Para, Rule, SmallCaps, Str,
                               Strong, Table, TableOfAuthorities, TableOfContents, plain_text)
from briefgen.writers.base import Writer, split_urls

_SPECIAL = set('\\#*_$@<>[]`/-=+"\'~:.,;()&{}')


_LONG_WORD = re.compile(r"\S{31,}")


def escape(text: str, wrap: bool = True) -> str:
    """Backslash-escape every character Typst markup could read as syntax; a tab becomes a space of 1.5 em.
    With ``wrap``, a word longer than a line could hold (a pasted hash) is set as boxes of 20 characters,
    between which a line may break: it wraps, and its text, copied from the PDF, is the text written."""
    if not wrap:
        return _escape(text)
    out, at = [], 0
    for m in _LONG_WORD.finditer(text):
        word = m.group()
        out.append(_escape(text[at:m.start()]))
        out.append("".join(f"#box[{_escape(word[i:i + 20])}]" for i in range(0, len(word), 20)))
        at = m.end()
    out.append(_escape(text[at:]))
    return "".join(out)


def _escape(text: str) -> str:
    out = []
    for ch in text:
        if ch in _SPECIAL:
            out.append("\\" + ch)
        elif ch == "\t":
            out.append("#h(1.5em)")
        elif ch in "\n\r":
            out.append(" ")
        elif ch < " " or "\x7f" <= ch <= "\x9f" or ch in "\ufffe\uffff":
            continue  # control characters print as nothing (the pipeline has reported them)
        else:
            out.append(ch)
    return "".join(out)


def string(text: str) -> str:
    """A Typst string literal (for metadata, URLs, fonts)."""
    return json.dumps(text, ensure_ascii=False)


FONTS = ("Times New Roman", "Liberation Serif", "Tinos", "Libertinus Serif")

PREAMBLE = """#set document(title: {title}, author: {author})
#let bg-head = state("bg-head", ())
#let bg-first-page() = query(<bg-start>).any(m => m.location().page() == here().page())
#set page(paper: "us-letter", margin: 1in, numbering: "1", header: context {{
  {legend}
  let head = bg-head.get()
  if head.len() > 0 and not bg-first-page() {{
    set text(size: 10pt)
    set par(leading: 0.45em)
    (head + ([Page #counter(page).display()],)).join(linebreak())
  }}
}}, footer: context {{
  if bg-head.get().len() == 0 and ({number_first} or not bg-first-page()) {{
    align(center, counter(page).display())
  }}
}})
#set text(font: ({fonts}), size: 12pt, lang: "en", hyphenate: false)
#set text(costs: (widow: 100%, orphan: 100%))
#set par(justify: false, leading: 0.65em, spacing: 1.2em)
#show heading: set text(size: 12pt, weight: "bold")
#show heading.where(level: 1): set text(size: 15pt)
#show heading.where(level: 1): set align(center)
#show heading.where(level: 2): set text(size: 13pt)
#show heading.where(level: 3): set text(style: "italic")
#show heading.where(level: 4): set text(weight: "regular", style: "italic")
#show heading: set block(above: 1.4em, below: 1em)
#show footnote.entry: set text(size: 10pt)
#set footnote.entry(separator: line(length: 2in, stroke: 0.5pt), gap: 0.6em)
#show footnote.entry: it => {{
  let number = numbering(it.note.numbering, ..counter(footnote).at(it.note.location()))
  [#super(number) #it.note.body]
}}
#set outline(indent: auto)
#show outline.entry.where(level: 1): set block(above: 0.9em)
"""

LEGEND = 'align(center, text(size: 10pt, weight: "bold", {text}))\n  v(0.3em)'

TOA_PAGES = """#context {{
  let ps = query(<toa-page>).filter(m => m.value.k == {index}).map(m => m.value.p).dedup()
  if ps.len() >= {passim} {{ emph[passim] }} else {{ ps.map(str).join(", ") }}
}}"""
PAGE_HERE = "#context [#metadata(({field}: {index}, p: counter(page).get().first()))<{label}>]"


class _Writer(Writer):
    format = "PDF"
    inline_rules = {Str: "text", Emph: "emph", Strong: "strong", SmallCaps: "smallcaps", Code: "code", Link: "link",
                    LineBreak: "linebreak", Note: "note", AuthorityMark: "mark"}
    block_rules = {Heading: "heading", Para: "para", BulletList: "bullets", OrderedList: "ordered",
                   BlockQuote: "quote", Rule: "rule", PageBreak: "pagebreak", TableOfContents: "toc",
                   TableOfAuthorities: "toa", Table: "table", EndnotesHere: "endnotes_here"}
    # How each paragraph role looks; body text and roles not listed print as plain paragraphs.
    para_looks = {
        "title": '#align(center)[#block(above: 1.2em, below: 1.2em)[#text(size: 14pt, weight: "bold")[{}]]]',
        "subtitle": "#align(center)[{}]",
        "signature": "#block(above: 3.2em, breakable: false)[{}]",  # room to sign
        "closing": "#block(breakable: false, sticky: true)[{}]",
        "block": "#pad(left: 0.5in, right: 0.5in)[{}]",
    }

    def __init__(self, doc: Document):
        self.endnotes = doc.meta.get("notes") == "endnotes"
        self.notes: list[str] = []
        self.in_link = False
        self.printed = 0  # endnotes printed so far
        self.toa_index: dict = {}
        for b in doc.blocks:
            if isinstance(b, TableOfAuthorities):
                for _, entries in b.sections:
                    for e in entries:
                        self.toa_index.setdefault(e.key, len(self.toa_index))

    def inlines(self, nodes) -> str:
        """The nodes' markup; two note marks in a row are kept apart by a superscript comma."""
        out, after_note = [], False
        for n in nodes:
            if isinstance(n, Note) and after_note:
                out.append("#super[,]")
            out.append(self.inline(n))
            after_note = isinstance(n, Note) or (after_note and isinstance(n, AuthorityMark))
        return "".join(out)

    def text(self, n: Str) -> str:
        """Text, with each web address in it a link that breaks only where Typst breaks links (after
        ``/``, ``.``, ``-`` …) and whose text is the address as written."""
        if self.in_link:
            return escape(n.text)
        return "".join(f"#link({string(piece)})[{escape(piece, wrap=False)}]" if url else escape(piece)
                       for piece, url in split_urls(n.text))

    def emph(self, n: Emph) -> str:
        return f"#emph[{self.inlines(n.children)}]"

    def strong(self, n: Strong) -> str:
        return f"#strong[{self.inlines(n.children)}]"

    def smallcaps(self, n: SmallCaps) -> str:
        return f"#smallcaps[{self.inlines(n.children)}]"

    def code(self, n: Code) -> str:
        return f"#raw({string(n.text)})"

    def link(self, n: Link) -> str:
        self.in_link = True
        try:
            return f"#link({string(n.url)})[{self.inlines(n.children)}]"
        finally:
            self.in_link = False

    def linebreak(self, n: LineBreak) -> str:
        return "#linebreak()"

    def mark(self, n: AuthorityMark) -> str:
        """Where an authority is cited: its page, for the table of authorities (nothing when it has no entry)."""
        if n.key not in self.toa_index:
            return ""
        return PAGE_HERE.format(field="k", index=self.toa_index[n.key], label="toa-page")

    def note(self, n: Note) -> str:
        if not self.endnotes:
            return f"#footnote[{self.inlines(n.children)}]"
        self.notes.append(self.inlines(n.children))
        return f"#super[{len(self.notes)}]"

    def para(self, b: Para) -> str:
        if b.style == "header-field":
            label, value = _split_tab(b.children)
            return f"#grid(columns: (1in, 1fr), gutter: 0.4em, [{self.inlines(label)}], [{self.inlines(value)}])"
        body = self.inlines(b.children)
        look = self.para_looks.get(b.style)
        return look.format(body) if look else body

    def heading(self, b: Heading) -> str:
        return f"#heading(level: {min(b.level, 6)})[{self.inlines(b.children)}]"

    def pagebreak(self, b: PageBreak) -> str:
        """A new page; with ``restart``, the pages from here count afresh from 1 in that style."""
        if not b.restart:
            return "#pagebreak(weak: true)"
        return (f'#pagebreak(weak: true)\n#set page(numbering: "{NUMBERING[b.restart]}")\n'
                "#counter(page).update(1)")

    def toa(self, b: TableOfAuthorities) -> str:
        out = ["#align(center)[#strong[TABLE OF AUTHORITIES]]"]
        for title, entries in b.sections:
            out.append(f"#block(above: 1.4em, below: 0.8em)[#strong[{escape(title)}]]")
            for e in entries:
                pages = TOA_PAGES.format(index=self.toa_index[e.key], passim=b.passim)
                out.append(f"#block(above: 0.7em, inset: (left: 0.25in))[#h(-0.25in){self.inlines(e.children)} "
                           f"#box(width: 1fr, repeat[.~]) {pages}]")
        return "\n\n".join(out)

    def blocks(self, blocks) -> str:
        """The blocks' markup; the block before a closing sticks to it, so the closing and signature
        never begin a page of their own."""
        out = []
        for b, after in zip(blocks, list(blocks[1:]) + [None]):
            markup = self.block(b)
            if isinstance(after, Para) and after.style == "closing":
                markup = f"#block(sticky: true)[{markup}]"
            out.append(markup)
        return "\n\n".join(out)

    def bullets(self, b: BulletList) -> str:
        return _kept("#list(" + ", ".join(f"[{self.blocks(i)}]" for i in b.items) + ")", b.items)

    def ordered(self, b: OrderedList) -> str:
        return _kept(f"#enum(start: {b.start}, " + ", ".join(f"[{self.blocks(i)}]" for i in b.items) + ")", b.items)

    def quote(self, b: BlockQuote) -> str:
        return f"#pad(left: 0.5in, right: 0.5in)[{self.blocks(b.blocks)}]"

    def rule(self, b: Rule) -> str:
        return "#line(length: 100%, stroke: 0.75pt)"

    def toc(self, b: TableOfContents) -> str:
        return "#outline(title: align(center)[TABLE OF CONTENTS], depth: 3)"

    def table(self, b: Table) -> str:
        width = max([len(b.header)] + [len(r) for r in b.rows]) or 1
        cells = [f"[#strong[{self.inlines(c)}]]" for c in b.header]
        for row in b.rows:
            cells += [f"[{self.inlines(c)}]" for c in row] + ["[]"] * (width - len(row))
        stroke = "" if b.ruled else "stroke: none, "
        return f"#table(columns: {width}, align: left, inset: 5pt, {stroke}" + ", ".join(cells) + ")"

    def endnotes_here(self, b: EndnotesHere) -> str:
        return self.endnote_section().strip()

    def endnote_section(self) -> str:
        """The endnotes not yet printed, under "Notes" (once)."""
        if len(self.notes) == self.printed:
            return ""
        items = "\n\n".join(f"#block(above: 0.6em)[#text(size: 10pt)[{i}.#h(0.5em){text}]]"
                            for i, text in enumerate(self.notes[self.printed:], self.printed + 1))
        heading = "" if self.printed else "\n\n#heading(level: 1, outlined: false)[Notes]"
        self.printed = len(self.notes)
        return f"{heading}\n\n{items}"


SHORT_LIST = 4  # items: a list this short is kept on one page


def _kept(markup: str, items) -> str:
    return f"#block(breakable: false)[{markup}]" if len(items) <= SHORT_LIST else markup


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


NUMBERING = {"arabic": "1", "roman": "i"}
FURNITURE_OF_LETTERS = PageFurniture(number_first_page=False)


def preamble(title: str | None, author: str | None, furniture: PageFurniture = PageFurniture()) -> str:
    """Page set-up: the legend atop every page, a letter's continuation head (set per document in
    :func:`render_body`) atop every page but its first, carrying the page number, else page numbers at
    the foot, left off the document's first page when its kind says so."""
    legend = LEGEND.format(text=string(furniture.legend)) if furniture.legend else ""
    return PREAMBLE.format(title=string(title or ""), author=string(author or ""),
                           fonts=", ".join(string(f) for f in FONTS), legend=legend,
                           number_first="true" if furniture.number_first_page else "false")


def start(furniture: PageFurniture) -> str:
    """What opens a document's body: the mark of its first page, its numbering style, its running head."""
    out = ["#metadata(none)<bg-start>"]
    if furniture.numbering != "arabic":
        out.insert(0, f'#set page(numbering: "{NUMBERING[furniture.numbering]}")')
    out.append("#bg-head.update((" + "".join(f"[{escape(line)}], " for line in furniture.running_head) + "))")
    return "\n".join(out) + "\n\n"


HEADING_PAGES = ("#context [#metadata(query(heading.where(outlined: true)).map(h => "
                 "counter(page).at(h.location()).first()))<toc-pages>]")


def furniture_of(doc: Document) -> PageFurniture:
    return doc.meta.get("furniture") or PageFurniture()


def render_body(doc: Document) -> str:
    """The document's content without the page set-up (so letters can be combined into one PDF)."""
    w = _Writer(doc)
    return start(furniture_of(doc)) + w.blocks(doc.blocks) + w.endnote_section() + "\n"


def render_typst(doc: Document) -> str:
    """The whole document; at its end, one metadata element lists the page of every heading."""
    return (preamble(doc.meta.get("title"), doc.meta.get("author"), furniture_of(doc)) + "\n" + render_body(doc)
            + HEADING_PAGES + "\n")


def combine(bodies: list[str], title: str, furniture: PageFurniture = FURNITURE_OF_LETTERS) -> str:
    """Several documents in one PDF for printing: each restarts its page and note numbers."""
    parts = [f"#counter(page).update(1)\n#counter(footnote).update(0)\n{b}" for b in bodies]
    return preamble(title, "", furniture) + "\n" + "\n#pagebreak()\n".join(parts)


def heading_texts(doc: Document) -> list[tuple[int, str]]:
    """(level, text) of every heading, in the order the writer numbers them."""
    return [(b.level, plain_text(b.children)) for b in doc.blocks if isinstance(b, Heading)]
