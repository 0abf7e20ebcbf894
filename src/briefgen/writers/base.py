"""What every writer shares: rules by node type, and one policy for a node it cannot render.

Each writer declares two tables, as markdown-it-py's renderer declares its rules: block type ->
method name, inline type -> method name. :meth:`Writer.block` and :meth:`Writer.inline` look the
node's type up and call the method with whatever context the writer passes along (a Word
paragraph, the current run formatting …). A type missing from a table is never skipped: it is a
located error, the same in every writer — an unresolved citation in particular, which the
citations pass should have replaced.
"""
from __future__ import annotations

import re
from typing import ClassVar

from briefgen.document import Cite
from briefgen.errors import BriefgenError


class Writer:
    """Base of the DOCX, Typst, Markdown and text writers: ``block_rules`` and ``inline_rules``
    map node types to the names of this writer's methods."""

    format: ClassVar[str] = ""
    block_rules: ClassVar[dict] = {}
    inline_rules: ClassVar[dict] = {}

    def block(self, node, *context):
        return self._dispatch(self.block_rules, node, context)

    def inline(self, node, *context):
        return self._dispatch(self.inline_rules, node, context)

    def _dispatch(self, rules: dict, node, context: tuple):
        name = rules.get(type(node))
        if name is None:
            raise cannot_render(node, self.format)
        return getattr(self, name)(node, *context)


def cannot_render(node, writer: str) -> BriefgenError:
    """The error for a node a writer has no rule for, located where the node came from when known."""
    if isinstance(node, Cite):
        return BriefgenError(f"the {writer} writer was given an unresolved citation [{node.source}]",
                             node.location, code="unresolved-cite",
                             hint="citations are resolved before writing; run with --debug and report this")
    return BriefgenError(f"the {writer} writer cannot render a {type(node).__name__}",
                         getattr(node, "location", None), code="unrenderable",
                         hint="run with --debug and report this; another output format may still work")


# What no format can print: C0 and C1 controls (tab and line ends aside), lone surrogates, U+FFFE/FFFF.
UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def unprintable(doc) -> list[str]:
    """The characters of the document's text that every writer leaves out, in order of first use."""
    from briefgen.document import Code, Str, iter_inlines

    found: dict = {}
    for node in iter_inlines(doc.blocks):
        if isinstance(node, (Str, Code)):
            found.update(dict.fromkeys(UNPRINTABLE.findall(node.text)))
    return list(found)


FALLBACK_TIME = 946684800  # 2000-01-01 00:00 UTC: for a document with no date of its own
EARLIEST_TIME, LATEST_TIME = 315532800, 4354819198  # 1980-01-01 to 2107-12-31: what a DOCX (zip) can record


def document_time(meta: dict, as_datetime: bool = False):
    """When the document says it was made, as seconds since 1970 (or a UTC datetime): ``meta["epoch"]``
    (SOURCE_DATE_EPOCH, which the pipeline reads; a writer never reads the environment) when set, else the
    brief's own date, else 2000-01-01 — never the clock, so builds repeat byte for byte.

    >>> document_time({"epoch": "1700000000"}), document_time({"date": "2024-05-01"}), document_time({})
    (1700000000, 1714521600, 946684800)
    """
    from datetime import datetime, timezone

    try:
        seconds: int | None = int(meta.get("epoch") or "")
    except ValueError:
        seconds = None
    if seconds is None:
        m = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", str(meta.get("date") or "").strip())
        try:
            seconds = int(datetime(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1),
                                   tzinfo=timezone.utc).timestamp()) if m else FALLBACK_TIME
        except ValueError:  # a date the spec check let through but no calendar has
            seconds = FALLBACK_TIME
    seconds = min(max(seconds, EARLIEST_TIME), LATEST_TIME)
    return datetime.fromtimestamp(seconds, tz=timezone.utc) if as_datetime else seconds


_URL = re.compile(r"\bhttps?://[^\s<>\"\u201c\u201d]+")


def split_urls(text: str) -> list[tuple[str, bool]]:
    """``text`` as pieces, each ``(piece, is_url)``, so a writer can make every web address in a
    citation a link. A URL ends before trailing sentence punctuation and an unmatched ``)`` or ``]``."""
    pieces, at = [], 0
    for m in _URL.finditer(text):
        url = m.group()
        while url and (url[-1] in ".,;:!?'\u2019" or (url[-1] in ")]" and url.count(url[-1]) >
                                                        url.count("(" if url[-1] == ")" else "["))):
            url = url[:-1]
        if len(url) <= len("https://"):
            continue
        if m.start() > at:
            pieces.append((text[at:m.start()], False))
        pieces.append((url, True))
        at = m.start() + len(url)
    if at < len(text):
        pieces.append((text[at:], False))
    return pieces
