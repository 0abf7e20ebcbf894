"""The one document model every reader builds and every writer renders.

Like Pandoc's AST: blocks hold inlines; a :class:`Cite` holds a cluster of
:class:`Citation` items until the citations pass replaces it with styled runs
(in a :class:`Note` in footnote mode). Writers never decide citation form.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterable, Iterator, Union

from briefgen import pins

# ---------------------------------------------------------------- where things came from


@dataclass(frozen=True)
class Location:
    """Where something came from: ``briefs/memo.yaml:3:5``. Lines and columns count from 1."""

    path: str
    line: int = 0
    col: int = 0
    note: str = field(default="", compare=False)   # "footnote 12": a Word footnote has no line of its own

    def __str__(self) -> str:
        out = self.path
        if self.line:
            out += f":{self.line}"
            if self.col:
                out += f":{self.col}"
        return out


# ---------------------------------------------------------------- citations


@dataclass(frozen=True)
class Locator:
    """A pin cite, parsed: ``Locator('page', '1272-73')`` prints ``at 1272-73`` in short forms.

    ``label`` is one of page, section, paragraph, article, part, note, other; ``text`` is
    the pin as the user wrote it, without its label word (``7(1)(b)`` for ``art. 7(1)(b)``).
    """

    label: str
    text: str
    plural: bool = False

    def labelled(self) -> str:
        """``art. 7(1)``, ``§ 2778(b)``, ``¶ 12``, ``pt. 133``; pages and others bare."""
        prefix = pins.printed(self.label, self.plural)
        return f"{prefix}{pins.gap(self.label)}{self.text}" if prefix else self.text

    def at(self) -> str:
        """The pin as a short form or *Id.* prints it: ``at 19`` for pages, else :meth:`labelled`."""
        return f"at {self.text}" if self.label == "page" else self.labelled()


@dataclass(frozen=True)
class Citation:
    """One item of a cluster: ``see @gao2009, 15 (reporting trace data)``."""

    key: str
    signal: str = ""           # canonical signal, e.g. "See also", or "" for none
    prefix: str = ""           # other text before the key, printed as written
    locator: Locator | None = None
    parentheticals: tuple = ()  # each without its outer parentheses, in the author's order
    suppress_author: bool = False
    location: Location | None = None


# ---------------------------------------------------------------- inlines


@dataclass(frozen=True)
class Str:
    text: str


@dataclass(frozen=True)
class Emph:
    children: tuple


@dataclass(frozen=True)
class Strong:
    children: tuple


@dataclass(frozen=True)
class SmallCaps:
    children: tuple


@dataclass(frozen=True)
class Code:
    text: str


@dataclass(frozen=True)
class Link:
    children: tuple
    url: str


@dataclass(frozen=True)
class LineBreak:
    pass


@dataclass(frozen=True)
class Cite:
    """An unresolved citation cluster; the citations pass replaces it."""

    items: tuple  # of Citation
    location: Location | None = None
    source: str = ""


@dataclass(frozen=True)
class Note:
    """A footnote. ``number`` is set by the notes pass; content is a tuple of inlines."""

    children: tuple
    number: int = 0


@dataclass(frozen=True)
class AuthorityMark:
    """Where an authority is cited, for the table of authorities (Word's TA field; a Typst label).

    ``AuthorityMark('att')`` sits right after the citation it marks and prints nothing.
    """

    key: str


Inline = Union[Str, Emph, Strong, SmallCaps, Code, Link, LineBreak, Cite, Note, AuthorityMark]

# ---------------------------------------------------------------- blocks


# The roles a paragraph can play besides body text; each writer maps them to its own look
# (Word's built-in styles in DOCX, a Typst block in PDF).
PARA_STYLES = {
    "": "body text",
    "title": "the document's title",
    "subtitle": "caption, letterhead and docket lines",
    "header-field": "a memo's TO / FROM / DATE / RE line: label, tab, value",
    "date": "a dated line (a letter's date, 'Dated: …')",
    "salutation": "a letter's salutation",
    "closing": "the closing before a signature",
    "signature": "a signature block, with room above to sign",
    "numbered": "a numbered paragraph of a filing ('1.<tab>…')",
    "block": "an indented block of text",
}


@dataclass(frozen=True)
class Para:
    """A paragraph; ``style`` is one of :data:`PARA_STYLES` (``""`` for body text)."""

    children: tuple
    style: str = ""

    def __post_init__(self) -> None:
        if self.style not in PARA_STYLES:
            raise ValueError(f"unknown paragraph style {self.style!r}; one of {sorted(PARA_STYLES)}")


@dataclass(frozen=True)
class Heading:
    level: int
    children: tuple


@dataclass(frozen=True)
class BulletList:
    items: tuple  # tuple of tuples of blocks


@dataclass(frozen=True)
class OrderedList:
    items: tuple
    start: int = 1


@dataclass(frozen=True)
class BlockQuote:
    blocks: tuple


@dataclass(frozen=True)
class Rule:
    pass


@dataclass(frozen=True)
class Table:
    """A table; ``ruled=False`` lays cells out in columns without lines (a list of signatories)."""

    header: tuple          # tuple of cells (each a tuple of inlines)
    rows: tuple            # tuple of rows (tuple of cells)
    ruled: bool = True


@dataclass(frozen=True)
class PageBreak:
    """A new page; ``restart`` ("arabic" or "roman") numbers the pages from here on afresh from 1 in that
    style (a filing's body after its roman front matter)."""

    restart: str = ""


@dataclass(frozen=True)
class EndnotesHere:
    """Where endnotes print when they are not to come last: a sign-on letter's go before its list of
    signatories. Writers that print notes elsewhere (Markdown, plain text) pass over it."""


@dataclass(frozen=True)
class PageFurniture:
    """What a kind puts on its pages besides the text; the document kinds choose it, every page-laying
    writer (PDF, DOCX) reads it from ``Document.meta["furniture"]``."""

    numbering: str = "arabic"        # "arabic" or "roman" until a PageBreak restarts it
    number_first_page: bool = True   # False: no number on the first page (a cover, page 1 of a letter)
    running_head: tuple = ()         # lines atop every page after the first (a letter's addressee, date)
    legend: str = ""                 # a line atop every page (a memo's privilege legend)


@dataclass(frozen=True)
class TableOfContents:
    """The headings, with pages. ``entries`` is filled by the build from the laid-out PDF:
    ``((level, 'Argument', 3), …)``; the Typst writer computes its own."""

    entries: tuple = ()


@dataclass(frozen=True)
class AuthorityEntry:
    """One line of a table of authorities: ``AuthorityEntry('att', (Str('Arms Trade Treaty, …'),), (2, 5))``."""

    key: str
    children: tuple          # the full citation, as inlines
    pages: tuple = ()        # pages where it is cited, from the laid-out PDF
    passim: bool = False     # cited on so many pages that the table prints *passim* instead

    def page_text(self) -> str:
        """``2, 5`` or ``passim`` (print it in italics), or '' when the pages are not known."""
        return "passim" if self.passim else ", ".join(map(str, self.pages))


@dataclass(frozen=True)
class TableOfAuthorities:
    """Sections in Bluebook order (Cases; Treaties …; Constitutional Provisions, Statutes …; Other)."""

    sections: tuple          # tuple of (title, tuple of AuthorityEntry)
    passim: int = 5          # cited on this many pages or more prints *passim*


Block = Union[Para, Heading, BulletList, OrderedList, BlockQuote, Rule, Table, PageBreak, EndnotesHere, TableOfContents,
              TableOfAuthorities]


@dataclass(frozen=True)
class Document:
    """A whole brief: metadata (title, author, date, kind …) and body blocks."""

    blocks: tuple
    meta: dict = field(default_factory=dict)

    def with_blocks(self, blocks: Iterable[Any]) -> "Document":
        return replace(self, blocks=tuple(blocks))


# ---------------------------------------------------------------- helpers


def plain_text(inlines: Iterable[Any]) -> str:
    """The text of inlines with all styling dropped (notes left out)."""
    out = []
    for node in inlines:
        if isinstance(node, (Str, Code)):
            out.append(node.text)
        elif isinstance(node, (Emph, Strong, SmallCaps, Link)):
            out.append(plain_text(node.children))
        elif isinstance(node, LineBreak):
            out.append("\n")
    return "".join(out)


def map_inlines(blocks: Iterable[Any], fn: Callable[[tuple], Iterable[Any]]) -> list:
    """Apply ``fn(inlines) -> inlines`` to every inline sequence of every block, in order."""
    out: list = []
    for b in blocks:
        if isinstance(b, Para):
            out.append(replace(b, children=tuple(fn(b.children))))
        elif isinstance(b, Heading):
            out.append(replace(b, children=tuple(fn(b.children))))
        elif isinstance(b, BulletList):
            out.append(BulletList(tuple(tuple(map_inlines(item, fn)) for item in b.items)))
        elif isinstance(b, OrderedList):
            out.append(OrderedList(tuple(tuple(map_inlines(item, fn)) for item in b.items), b.start))
        elif isinstance(b, BlockQuote):
            out.append(BlockQuote(tuple(map_inlines(b.blocks, fn))))
        elif isinstance(b, Table):
            out.append(replace(b, header=tuple(tuple(fn(c)) for c in b.header),
                               rows=tuple(tuple(tuple(fn(c)) for c in row) for row in b.rows)))
        else:
            out.append(b)
    return out


def iter_blocks(blocks: Iterable[Any]) -> Iterator[Any]:
    """Every block, depth first in reading order: those inside lists and quotes too."""
    for b in blocks:
        yield b
        if isinstance(b, BlockQuote):
            yield from iter_blocks(b.blocks)
        elif isinstance(b, (BulletList, OrderedList)):
            for item in b.items:
                yield from iter_blocks(item)


def iter_inlines(blocks: Iterable[Any]) -> list:
    """Every inline node, depth first in reading order (notes' contents included)."""
    found: list = []

    def walk(inlines: tuple) -> tuple:
        for node in inlines:
            found.append(node)
            if hasattr(node, "children") and not isinstance(node, Cite):
                walk(node.children)
        return inlines

    map_inlines(blocks, walk)
    return found
