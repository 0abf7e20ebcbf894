"""CommonMark (markdown-it-py) plus Pandoc's citation clusters and inline notes -> Document blocks.

``Text.[see @gao2009, 15]`` gives a Cite node; ``^[Text [@x].]`` gives a Note whose
content may hold Cite nodes. Positions are kept so a bad key names its line.
"""
from __future__ import annotations

import re
from dataclasses import replace

from briefgen.citations.syntax import looks_like_cluster, parse_cluster
from briefgen.document import (BlockQuote, BulletList, Cite, Code, Emph, Heading, LineBreak, Link, Note,
                               OrderedList, Para, Rule, Str, Strong, Table)
from briefgen.errors import BriefgenError, Location, Report
from briefgen.lint.text import normalize_ellipses

_MD = None
# How deep blocks may nest (a list item in a list is two levels, its paragraph a third); markdown-it
# stops parsing at this depth, so reaching it is an error, never a silent cut.
MAX_NESTING = 100
MAX_NOTE_NESTING = 8
MAX_INLINE_NESTING = 20
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def _matching_bracket(src: str, start: int, end: int) -> int:
    """Index of the ']' closing the '[' at ``start``, honouring nesting and escapes; -1 if none."""
    depth, i = 0, start
    while i < end:
        ch = src[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def _cite_rule(state, silent: bool) -> bool:
    src, pos = state.src, state.pos
    if src[pos] != "[":
        return False
    close = _matching_bracket(src, pos, state.posMax)
    if close < 0:
        if "@" in src[pos:state.posMax] and looks_like_cluster(src[pos + 1:state.posMax]):
            raise _Unbalanced(pos)
        return False
    inner = src[pos + 1:close]
    if not looks_like_cluster(inner) or src[close + 1:close + 2] in ("(", "["):
        return False
    if not silent:
        token = state.push("cite", "", 0)
        token.content = inner
        token.meta = {"offset": pos}
    state.pos = close + 1
    return True


def _note_rule(state, silent: bool) -> bool:
    src, pos = state.src, state.pos
    if not src.startswith("^[", pos):
        return False
    close = _matching_bracket(src, pos + 1, state.posMax)
    if close < 0:
        raise _Unbalanced(pos)
    if not silent:
        token = state.push("inline_note", "", 0)
        token.meta = {"offset": pos}
        children = []
        depth = state.env.get("note_depth", 0)
        if depth >= MAX_NOTE_NESTING:
            raise _TooDeep(pos, f"footnotes nested more than {MAX_NOTE_NESTING} deep")
        state.env["note_depth"] = depth + 1
        try:
            state.md.inline.parse(src[pos + 2:close], state.md, state.env, children)
        finally:
            state.env["note_depth"] = depth
        for child in children:
            if child.meta is not None and "offset" in child.meta:
                child.meta["offset"] += pos + 2
        token.children = children
    state.pos = close + 1
    return True


class _Unbalanced(Exception):
    def __init__(self, offset: int):
        self.offset = offset


class _TooDeep(Exception):
    def __init__(self, offset: int, what: str):
        self.offset, self.what = offset, what


def parser():
    global _MD
    if _MD is None:
        from markdown_it import MarkdownIt

        md = MarkdownIt("commonmark", {"typographer": True, "maxNesting": MAX_NESTING}).enable(["table", "smartquotes"])
        md.inline.ruler.before("link", "inline_note", _note_rule)
        md.inline.ruler.before("link", "cite", _cite_rule)
        _MD = md
    return _MD


class _Builder:
    def __init__(self, path: str, line_offset: int):
        self.path = path
        self.line_offset = line_offset

    def loc(self, line: int, content: str = "", offset: int = 0) -> Location:
        before = content[:offset]
        nl = before.rfind("\n")
        return Location(self.path, self.line_offset + line + 1 + before.count("\n"), offset - nl)

    def inlines(self, tokens, line: int, content: str) -> tuple:
        stack: list[list] = [[]]
        kinds: list = []
        for t in tokens:
            if t.type == "text":
                stack[-1].append(Str(normalize_ellipses(t.content)))
            elif t.type == "softbreak":
                stack[-1].append(Str(" "))
            elif t.type == "hardbreak":
                stack[-1].append(LineBreak())
            elif t.type == "code_inline":
                stack[-1].append(Code(t.content))
            elif t.type in ("html_inline",):
                stack[-1].append(Str(t.content))
            elif t.type == "image":
                stack[-1].append(Str(t.content or t.attrGet("alt") or ""))
            elif t.type in ("em_open", "strong_open", "link_open"):
                if len(stack) > MAX_INLINE_NESTING:
                    raise BriefgenError(f"emphasis or links nested more than {MAX_INLINE_NESTING} deep",
                                        self.loc(line), code="too-deep", hint="check the * and _ marks of this "
                                                                                "paragraph")
                stack.append([])
                kinds.append(t)
            elif t.type in ("em_close", "strong_close", "link_close"):
                children = tuple(stack.pop())
                opener = kinds.pop()
                if opener.type == "em_open":
                    node = Emph(children)
                elif opener.type == "strong_open":
                    node = Strong(children)
                else:
                    node = Link(children, opener.attrGet("href") or "")
                stack[-1].append(node)
            elif t.type == "cite":
                loc = self.loc(line, content, t.meta["offset"])
                items = tuple(replace(c, parentheticals=tuple(map(normalize_ellipses, c.parentheticals)))
                              for c in parse_cluster(t.content, loc))  # R5.3: . . . in quotations
                stack[-1].append(Cite(items, loc, t.content))
            elif t.type == "inline_note":
                stack[-1].append(Note(_smarten(self.inlines(t.children, line, content))))
        while len(stack) > 1:  # unclosed markup: keep the text
            children = stack.pop()
            stack[-1].extend(children)
        return tuple(stack[0])

    def blocks(self, tokens, i: int = 0, stop: str | None = None):
        out = []
        while i < len(tokens):
            t = tokens[i]
            if stop and t.type == stop:
                return out, i + 1
            line = t.map[0] if t.map else 0
            if t.type == "heading_open":
                inline = tokens[i + 1]
                out.append(Heading(int(t.tag[1]), self.inlines(inline.children, line, inline.content)))
                i += 3
            elif t.type == "paragraph_open":
                inline = tokens[i + 1]
                out.append(Para(self.inlines(inline.children, line, inline.content)))
                i += 3
            elif t.type in ("bullet_list_open", "ordered_list_open"):
                close = t.type.replace("_open", "_close")
                items, i = self.list_items(tokens, i + 1, close)
                if t.type == "bullet_list_open":
                    out.append(BulletList(tuple(items)))
                else:
                    out.append(OrderedList(tuple(items), int(t.attrGet("start") or 1)))
            elif t.type == "blockquote_open":
                inner, i = self.blocks(tokens, i + 1, "blockquote_close")
                out.append(BlockQuote(tuple(inner)))
            elif t.type == "hr":
                out.append(Rule())
                i += 1
            elif t.type in ("fence", "code_block"):
                out.append(Para((Code(t.content.rstrip("\n")),)))
                i += 1
            elif t.type == "html_block":
                out.append(Para((Str(t.content.strip()),)))
                i += 1
            elif t.type == "table_open":
                table, i = self.table(tokens, i + 1)
                out.append(table)
            else:
                i += 1
        return out, i

    def list_items(self, tokens, i: int, close: str):
        items = []
        while tokens[i].type != close:
            if tokens[i].type == "list_item_open":
                inner, i = self.blocks(tokens, i + 1, "list_item_close")
                items.append(tuple(inner))
            else:
                i += 1
        return items, i + 1

    def table(self, tokens, i: int):
        header, rows, row, in_head = [], [], [], False
        while tokens[i].type != "table_close":
            t = tokens[i]
            if t.type == "thead_open":
                in_head = True
            elif t.type == "thead_close":
                in_head = False
            elif t.type == "tr_open":
                row = []
            elif t.type == "tr_close":
                (header.extend(row) if in_head else rows.append(tuple(row)))
            elif t.type == "inline":
                row.append(self.inlines(t.children, t.map[0] if t.map else 0, t.content))
            i += 1
        return Table(tuple(header), tuple(rows)), i + 1


def _smarten(nodes) -> tuple:
    """Curly quotes in a footnote's text (markdown-it's smartquotes rule does not reach inside ^[…])."""
    from briefgen.citations.bluebook import smart_quotes

    out, prev = [], " "
    for n in nodes:
        if isinstance(n, Str):
            text = smart_quotes(prev + n.text)[1:]
            out.append(Str(text))
            prev = n.text[-1:] or prev
        elif isinstance(n, (Emph, Strong)):
            inner = _smarten(n.children)
            out.append(type(n)(inner))
            prev = "a"
        else:
            out.append(n)
            prev = "a"
    return tuple(out)


def parse(text: str, path: str, line_offset: int = 0, report: Report | None = None) -> list:
    """Parse module Markdown into blocks. ``line_offset`` counts lines before ``text`` (front matter).

    Control characters are taken out, each reported as a warning at its line and column in ``report``
    (an error when there is no report to tell). Nesting too deep to render is an error at its line."""
    text = _without_controls(text, path, line_offset, report)
    md = parser()
    try:
        tokens = md.parse(text, {})
    except _Unbalanced:
        line, col = _unbalanced_position(text)
        raise BriefgenError("unbalanced brackets in a citation cluster or footnote",
                            Location(path, line_offset + line, col), code="cite-brackets",
                            hint="every '[' of a cluster and every '^[' of a footnote needs its ']'") from None
    except _TooDeep as exc:
        line = text.count("\n", 0, exc.offset) + 1
        raise BriefgenError(exc.what, Location(path, line_offset + line, 1), code="too-deep",
                            hint="flatten the footnotes: a note may hold citations, not further notes") from None
    except RecursionError:
        raise BriefgenError("the text nests too deeply to read", Location(path, line_offset + 1, 1),
                            code="too-deep", hint="flatten the nesting of lists, quotes, emphasis or notes") from None
    deepest = max(tokens, key=lambda t: t.level, default=None)
    if deepest is not None and deepest.level >= MAX_NESTING - 1:
        line = next((t.map[0] for t in reversed(tokens[:tokens.index(deepest) + 1]) if t.map), 0) + 1
        raise BriefgenError(f"lists or quotes nested more than {MAX_NESTING // 2 - 1} deep", Location(
            path, line_offset + line, 1), code="too-deep", hint="flatten the nesting; a brief rarely needs more "
                                                               "than three levels")
    return _Builder(path, line_offset).blocks(tokens)[0]


def _without_controls(text: str, path: str, line_offset: int, report: Report | None) -> str:
    """The text without control characters (tab and line ends aside); each one is reported where it was."""
    found = list(_CONTROL.finditer(text))
    if not found:
        return text
    sink = report if report is not None else Report()
    for m in found:
        line = text.count("\n", 0, m.start()) + 1
        col = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
        sink.warning(f"control character U+{ord(m.group()):04X} left out", Location(path, line_offset + line, col),
                     code="control-character", hint="delete it; it prints as nothing in every format")
    if report is None:

        raise BriefgenError(diagnostics=[replace(d, severity="error") for d in sink.items])
    return _CONTROL.sub("", text)


def _unbalanced_position(text: str) -> tuple[int, int]:
    """Line and column of the first '[' left open in its paragraph."""
    line_no, open_at = 0, []
    for line_no, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            if open_at:
                break
            continue
        i = 0
        while i < len(line):
            if line[i] == "\\":
                i += 2
                continue
            if line[i] == "[":
                open_at.append((line_no, i + 1))
            elif line[i] == "]" and open_at:
                open_at.pop()
            i += 1
    return open_at[0] if open_at else (max(line_no, 1), 1)
