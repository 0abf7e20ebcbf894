"""Read a memo from elsewhere into paragraphs and footnotes, whatever it was written in.

A DOCX with real footnotes, Markdown with Pandoc footnotes (``[^1]`` and ``[^1]: …``), and plain
text or HTML with numbered notes (``[1]`` in the text and a notes section, as web memos print them)
all become one :class:`Source`: blocks of :class:`Rich` text, with each note call kept in the text as
a marker, and the notes' texts by number. Every character knows where it came from, so a problem
found later is reported at its line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.errors import BriefgenError, Location, UsageError, display_path

REF_OPEN, REF_CLOSE = "\ue000", "\ue001"   # a note call inside body text: \ue0006\ue001
REF = re.compile(f"{REF_OPEN}([^{REF_CLOSE}]+){REF_CLOSE}")


@dataclass
class Rich:
    """Text with its italics and its place in the source: ``Rich('See Roe', [True]*3 + [False]*4, where)``."""

    text: str
    italic: list = field(default_factory=list)
    path: str = ""
    line: int = 0
    col: int = 1
    line_starts: tuple = ()        # offsets at which a new source line begins (for multi-line text)
    label: str = ""                # "footnote 12" for a Word footnote, named in every finding located in it

    def __post_init__(self):
        if len(self.italic) < len(self.text):
            self.italic = list(self.italic) + [False] * (len(self.text) - len(self.italic))

    def where(self, offset: int = 0) -> Location:
        """The source line and column of the character at ``offset``."""
        line, start = self.line, 0
        for s in self.line_starts:
            if s <= offset:
                line, start = line + 1, s
        col = (self.col if start == 0 else 1) + offset - start
        return Location(self.path, line, col if self.line else 0, self.label)

    def is_italic(self, start: int, end: int) -> bool:
        return end > start and all(self.italic[start:end])

    def italic_runs(self) -> list[tuple[int, int]]:
        runs, i = [], 0
        while i < len(self.text):
            if self.italic[i]:
                j = i
                while j < len(self.text) and self.italic[j]:
                    j += 1
                runs.append((i, j))
                i = j
            else:
                i += 1
        return runs

    def slice(self, start: int, end: int) -> "Rich":
        starts = tuple(s - start for s in self.line_starts if start < s < end)
        loc = self.where(start)
        return Rich(self.text[start:end], self.italic[start:end], self.path, loc.line, loc.col or 1, starts, self.label)

    def strip(self) -> "Rich":
        a = len(self.text) - len(self.text.lstrip())
        b = len(self.text.rstrip())
        return self.slice(a, b)


def join(parts: list[Rich], sep: str = " ") -> Rich:
    """Several pieces (lines of one paragraph) as one text, remembering where each began."""
    if not parts:
        return Rich("")
    text, italic, starts = "", [], []
    for i, p in enumerate(parts):
        if i:
            text += sep
            italic += [False] * len(sep)
            if p.line != parts[i - 1].line:
                starts.append(len(text))
        starts += [len(text) + s for s in p.line_starts]
        text += p.text
        italic += p.italic
    return Rich(text, italic, parts[0].path, parts[0].line, parts[0].col, tuple(starts), parts[0].label)


@dataclass
class Block:
    """A paragraph (``kind`` 'p'), a heading ('h', with its level), a quotation ('quote') or a list item ('li')."""

    kind: str
    text: Rich
    level: int = 0


@dataclass
class Source:
    """What a memo holds: blocks in order, notes by number, and the header fields it printed (TO, DATE …)."""

    path: Path
    blocks: list
    notes: dict
    header: dict = field(default_factory=dict)


HEADER = re.compile(r"^\**(TO|FROM|DATE|RE|SUBJECT):?\**:?\s*(.*)$", re.I)
SKIP_SECTIONS = re.compile(r"^\**(Table of Contents|Table of Authorities|Contents)\**$", re.I)


def read(path: Path) -> Source:
    """Read ``path`` by its suffix: .docx, .md/.markdown, .html/.htm, anything else as text."""
    if not path.is_file():
        raise UsageError(f"no file {display_path(path)}", code="usage", hint="name a .docx, .md, .txt or .html memo")
    suffix = path.suffix.lower()
    if suffix == ".docx":
        source = read_docx(path)
    elif suffix in (".md", ".markdown"):
        source = read_markdown(path)
    elif suffix in (".html", ".htm"):
        source = read_html(path)
    else:
        source = read_text(path)
    return _tidy(_spaces(source))


def _spaces(source: Source) -> Source:
    """A non-breaking space (``§ 2778``, as Word users type it and briefgen writes it) is read as a space:
    the citation forms match either; one character for one, so offsets and italics stay in place."""
    for rich in [b.text for b in source.blocks] + list(source.notes.values()):
        rich.text = rich.text.replace("\u00a0", " ")
    return source


def _tidy(source: Source) -> Source:
    """Take the memo header (TO, FROM, DATE, RE) into ``header``; drop generated tables of contents and
    authorities (the rebuilt brief makes its own) and rules."""
    blocks, skipping = [], False
    for i, b in enumerate(source.blocks):
        text = b.text.text.strip()
        if b.kind == "h":
            skipping = False
        if SKIP_SECTIONS.match(text):
            skipping = True
            continue
        if skipping:
            continue
        m = HEADER.match(text)
        if m and b.kind == "p" and not REF.search(text) and len(text) < 300 and i < 12:
            source.header[m.group(1).lower()] = m.group(2).strip()
            continue
        if b.kind == "p" and re.fullmatch(r"MEMORANDUM|[*\-_ ]{3,}", text):
            continue
        if text:
            blocks.append(b)
    source.blocks = blocks
    return source


# ---------------------------------------------------------------- DOCX

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_runs(p_el, path: str, line: int) -> Rich:
    """A w:p's text with italics; footnote calls become markers."""
    text, italic = [], []
    for r in p_el.iter(f"{W}r"):
        rpr = r.find(f"{W}rPr")
        ital = False
        if rpr is not None:
            i = rpr.find(f"{W}i")
            ital = i is not None and i.get(f"{W}val", "true") not in ("0", "false")
        for child in r:
            if child.tag == f"{W}t":
                chunk = child.text or ""
            elif child.tag == f"{W}tab":
                chunk = "\t"
            elif child.tag in (f"{W}br", f"{W}cr"):
                chunk = " "
            elif child.tag == f"{W}footnoteReference":
                chunk = f"{REF_OPEN}{child.get(f'{W}id')}{REF_CLOSE}"
            else:
                continue
            text.append(chunk)
            italic += [ital] * len(chunk)
    return Rich("".join(text), italic, path, line, 1)


def read_docx(path: Path) -> Source:
    """Body paragraphs (line = the paragraph's number) and the footnotes part (a note's line is the number of
    the paragraph that calls it)."""
    from briefgen.docxfile import MAX_HEADING, open_document, parse_part

    shown = display_path(path)
    hint = "save it from Word as .docx"
    document = open_document(path, "memo", "import-file", hint)
    blocks, calls = [], {}
    for n, para in enumerate(document.paragraphs, 1):
        rich = _docx_runs(para._p, shown, n)
        for m in REF.finditer(rich.text):
            calls[m.group(1)] = rich.where(m.start())
        style = (para.style.name if para.style is not None else "") or ""
        if style.startswith("Heading"):
            digits = re.sub(r"\D", "", style)
            if len(digits) > 1 or digits == "0":
                raise BriefgenError(f"style '{style[:40]}' is not a heading level Word has (1 to {MAX_HEADING})",
                                    Location(shown, n, 1), code="import-file",
                                    hint="give the paragraph one of the styles Heading 1 to Heading 9")
            blocks.append(Block("h", rich, int(digits or 1)))
        elif style.startswith(("TOC", "Table of Authorities")):
            continue
        elif style in ("Quote", "Intense Quote", "Block Text"):
            blocks.append(Block("quote", rich))
        elif style.startswith("List"):
            blocks.append(Block("li", rich))
        else:
            blocks.append(Block("p", rich))
    notes = {}
    part = next((p for p in document.part.package.parts if str(p.partname) == "/word/footnotes.xml"), None)
    if part is not None:
        order = {ident: n for n, ident in enumerate(calls, 1)}
        root = parse_part(part.blob, path, "memo", "import-file", hint)
        for fn in root.iter(f"{W}footnote"):
            if fn.get(f"{W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            ident = fn.get(f"{W}id")
            where = calls.get(ident, Location(shown))
            paras = [_docx_runs(p, shown, where.line) for p in fn.iter(f"{W}p")]
            rich = join(paras, " ").strip()
            rich.line, rich.col = where.line, where.col
            if ident in calls:     # numbered as Word numbers it: by the order of the calls in the text
                rich.label = f"footnote {order[ident]}"
            notes[ident] = rich
    return Source(path, blocks, notes)


# ---------------------------------------------------------------- Markdown

_MD_NOTE = re.compile(r"^\[\^([^\]\s]+)\]:[ \t]?(.*)$")


def _md_inline(text: str, path: str, line: int, col: int) -> Rich:
    """Markdown inline text -> plain text with italics (escapes undone)."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parseInline(text)
    out, italic, depth = [], [], 0
    for tok in tokens[0].children if tokens else []:
        if tok.type in ("em_open",):
            depth += 1
        elif tok.type == "em_close":
            depth -= 1
        elif tok.type in ("text", "code_inline", "html_inline"):
            out.append(tok.content)
            italic += [depth > 0] * len(tok.content)
        elif tok.type in ("softbreak", "hardbreak"):
            out.append(" ")
            italic.append(False)
    plain = "".join(out)
    # a lone mark of punctuation in italics, *;* after a word, is no emphasis to CommonMark (the * is not
    # left-flanking) but is one to its author: read as the italic mark, so that it still ends the citation
    for m in reversed(list(re.finditer(r"(?<=\w)\*([;.,:])\*(?=\s|$)", plain))):
        if not any(italic[m.start():m.end()]):
            plain = plain[:m.start()] + m.group(1) + plain[m.end():]
            italic[m.start():m.end()] = [True]
    return Rich(plain, italic, path, line, col)


def read_markdown(path: Path) -> Source:
    """Pandoc Markdown: ``#`` headings, paragraphs, ``>`` quotations, ``-`` lists, ``[^n]`` calls and
    ``[^n]: text`` notes (continued on indented lines)."""
    shown = display_path(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    notes, body = {}, []
    i = 0
    while i < len(lines):
        m = _MD_NOTE.match(lines[i])
        if m:
            parts = [_md_inline(m.group(2), shown, i + 1, m.start(2) + 1)]
            j = i + 1
            while j < len(lines) and lines[j].startswith(("    ", "\t")) and lines[j].strip():
                parts.append(_md_inline(lines[j].strip(), shown, j + 1, len(lines[j]) - len(lines[j].lstrip()) + 1))
                j += 1
            notes[m.group(1)] = join(parts)
            i = j
            continue
        body.append((i + 1, lines[i]))
        i += 1
    blocks, para = [], []

    def flush():
        if para:
            kind, level = para[0][2], para[0][3]
            parts = [_md_inline(re.sub(r"\[\^([^\]\s]+)\]", lambda m: f"{REF_OPEN}{m.group(1)}{REF_CLOSE}", text),
                                shown, n, c) for n, text, _, _, c in para]
            blocks.append(Block(kind, join(parts), level))
            para.clear()

    for n, line in body:
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        h = re.match(r"^(#{1,6})\s+(.*?)\s*#*\s*$", line)
        if h:
            flush()
            para.append((n, h.group(2), "h", len(h.group(1)), h.start(2) + 1))
            flush()
            continue
        if re.fullmatch(r"(\* ?){3,}|(- ?){3,}|(_ ?){3,}", stripped):
            flush()
            continue
        q = re.match(r"^>\s?(.*)$", line)
        li = re.match(r"^\s*(?:[-*+]|\d+[.)])\s+(.*)$", line)
        if q:
            if para and para[0][2] != "quote":
                flush()
            para.append((n, q.group(1).rstrip("\\"), "quote", 0, q.start(1) + 1))
        elif li:
            flush()
            para.append((n, li.group(1).rstrip("\\"), "li", 0, li.start(1) + 1))
        else:
            para.append((n, stripped.rstrip("\\"), para[0][2] if para else "p", 0,
                         len(line) - len(line.lstrip()) + 1))
    flush()
    return Source(path, blocks, notes)


# ---------------------------------------------------------------- plain text and HTML

_NOTES_HEADING = re.compile(r"^(?:#+\s*)?(?:notes|footnotes|endnotes|end notes)\s*:?$", re.I)
_NOTE_LINE = re.compile(r"^\s*(?:\[(\d+)\]|(\d+)\.|\^(\d+))\s+(.*)$")


def _text_blocks(lines: list[tuple[int, str, list]], path: str) -> Source:
    """Paragraphs separated by blank lines; ``[n]`` calls; notes after a Notes heading, or lines that
    begin ``[n]`` at the end of the text."""
    paras: list[list] = [[]]
    for n, line, ital in lines:
        if not line.strip():
            if paras[-1]:
                paras.append([])
            continue
        paras[-1].append((n, line, ital))
    paras = [p for p in paras if p]
    notes, blocks, in_notes = {}, [], False
    for para in paras:
        first = para[0][1].strip()
        if _NOTES_HEADING.match(first) and len(para) == 1:
            in_notes = True
            continue
        m = _NOTE_LINE.match(para[0][1])
        if m and (in_notes or (m.group(1) and not any(REF_OPEN in t for _, t, _ in para))):
            # a note, possibly with more notes on the following lines of this paragraph
            current = None
            for n, line, ital in para:
                mm = _NOTE_LINE.match(line)
                if mm:
                    ident = mm.group(1) or mm.group(2) or mm.group(3)
                    start = mm.start(4)
                    current = ident
                    notes[ident] = [Rich(line[start:], ital[start:], path, n, start + 1)]
                elif current:
                    notes[current].append(Rich(line.strip(), ital[len(line) - len(line.lstrip()):], path, n,
                                               len(line) - len(line.lstrip()) + 1))
            continue
        parts = []
        for n, line, ital in para:
            lead = len(line) - len(line.lstrip())
            parts.append(Rich(line.strip(), ital[lead:], path, n, lead + 1))
        rich = join(parts)
        h = re.match(r"^(#{1,6})\s+", rich.text)
        if h:
            blocks.append(Block("h", rich.slice(h.end(), len(rich.text)), len(h.group(1))))
        elif len(para) == 1 and len(rich.text) < 80 and not rich.text.endswith((".", ":", ",", ";")) \
                and not REF.search(rich.text) and rich.text[:1].isupper():
            blocks.append(Block("h", rich, 1))
        else:
            blocks.append(Block("p", rich))
    return Source(Path(path), blocks, {k: join(v).strip() for k, v in notes.items()})


_CALL = re.compile(r"(?<=\S)\[(\d+)\]")


def _calls(line: str, ital: list) -> tuple[str, list]:
    """``text.[3]`` -> a note-call marker (only after text, so a note line's leading [3] stays)."""
    out, mask, pos = [], [], 0
    for m in _CALL.finditer(line):
        out.append(line[pos:m.start()])
        mask += ital[pos:m.start()]
        marker = f"{REF_OPEN}{m.group(1)}{REF_CLOSE}"
        out.append(marker)
        mask += [False] * len(marker)
        pos = m.end()
    out.append(line[pos:])
    mask += ital[pos:]
    return "".join(out), mask


def _flattened_calls(raw: list[str]) -> dict[int, list[int]]:
    """Note calls that were superscript digits before the text was flattened (``omitted.12``): where the text
    has no ``[n]`` calls but a Notes section of numbered notes, the digits glued to a word or a punctuation
    mark that count 1, 2, 3 … in order, each the next note's number. Returns line index -> call offsets."""
    heading = next((i for i, line in enumerate(raw) if _NOTES_HEADING.match(line.strip())), None)
    if heading is None or any(_CALL.search(line) for line in raw[:heading]):
        return {}
    numbered = [int(m.group(1) or m.group(2)) for line in raw[heading + 1:]
                for m in [re.match(r"^\s*(?:\[(\d+)\]|(\d+)\.)\s", line)] if m]
    if not numbered or numbered[0] != 1:
        return {}
    out: dict[int, list[int]] = {}
    expected = 1
    for i, line in enumerate(raw[:heading]):
        for m in re.finditer(r"(?<=[^\s\d$€£#§¶])(\d{1,3})(?=[\s,;:.)]|$)", line):
            if int(m.group(1)) == expected:
                out.setdefault(i, []).append(m.start(1))
                expected += 1
    return out if expected > 1 else {}


def read_text(path: Path) -> Source:
    shown = display_path(path)
    lines = []
    raw = path.read_text(encoding="utf-8").splitlines()
    flat = _flattened_calls(raw)
    for n, line in enumerate(raw, 1):
        for at in reversed(flat.get(n - 1, [])):      # a flattened superscript becomes a [n] call
            digits = re.match(r"\d+", line[at:]).group(0)
            line = f"{line[:at]}[{digits}]{line[at + len(digits):]}"
        text, mask = _calls(line, [False] * len(line))
        lines.append((n, text, mask))
    source = _text_blocks(lines, shown)
    source.path = path
    return source


def read_html(path: Path) -> Source:
    """HTML as a browser shows it: block elements become lines, <em>/<i> italics, <sup>n</sup> and [n]
    note calls; then read as text. Lines are those of the HTML file."""
    from html.parser import HTMLParser

    blocks_tags = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "br", "tr", "section",
                   "article", "ol", "ul", "hr"}

    class Reader(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.lines: list = []          # (line, text, italic mask)
            self.buf, self.mask, self.line = [], [], 1
            self.italic = 0
            self.skip = 0
            self.sup = False
            self.heading = 0
            self.ol: list = []             # item counters of the ordered lists we are in
            self.in_li = False

        def flush(self):
            text = "".join(self.buf)
            lead = len(text) - len(text.lstrip())
            text, mask = text.strip(), self.mask[lead:lead + len(text.strip())]
            if text:
                prefix = "#" * self.heading + " " if self.heading else ""
                if self.ol and self.in_li:
                    self.ol[-1] += 1
                    prefix = "" if re.match(r"\[?\d+[\].]", text) else f"{self.ol[-1]}. "
                self.lines.append((self.line, prefix + text, [False] * len(prefix) + mask))
                self.lines.append((self.line, "", []))
            self.buf, self.mask, self.in_li = [], [], False

        def handle_starttag(self, tag, attrs):
            if tag in ("script", "style", "head"):
                self.skip += 1
            elif tag in ("em", "i", "cite"):
                self.italic += 1
            elif tag == "sup":
                self.sup = True
            elif tag in blocks_tags:
                self.flush()
                self.line = self.getpos()[0]
                self.heading = int(tag[1]) if re.fullmatch(r"h\d", tag) else 0
                if tag == "ol":
                    self.ol.append(0)
                self.in_li = tag == "li"

        def handle_endtag(self, tag):
            if tag in ("script", "style", "head"):
                self.skip -= 1
            elif tag in ("em", "i", "cite"):
                self.italic -= 1
            elif tag == "sup":
                self.sup = False
            elif tag in blocks_tags:
                self.flush()
                self.heading = 0
                if tag == "ol" and self.ol:
                    self.ol.pop()

        def handle_data(self, data):
            if self.skip:
                return
            if not self.buf:
                self.line = self.getpos()[0]
            data = re.sub(r"\s+", " ", data)
            if self.sup and re.fullmatch(r"\s*\[?\d+\]?\s*", data):
                data = f"[{data.strip(' []')}]"
            self.buf.append(data)
            self.mask += [self.italic > 0] * len(data)

    reader = Reader()
    reader.feed(path.read_text(encoding="utf-8"))
    reader.flush()
    shown = display_path(path)
    lines = [(n, *_calls(text, list(mask))) for n, text, mask in reader.lines]
    source = _text_blocks(lines, shown)
    source.path = path
    return source
