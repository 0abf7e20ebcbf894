"""The citations pass: Document -> Document.

Numbers the notes, turns each body cluster into its own footnote (footnote mode)
or a citation sentence (inline mode), and picks each citation's form from its
position — full, *Id.*, short case form within five notes (R10.9), or *supra*.
State is kept in dictionaries keyed by authority, so the cost is linear.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from briefgen.authorities.load import Library
from briefgen.citations import bluebook as bb
from briefgen.citations import signals
from briefgen.citations.syntax import parse_locator
from briefgen.document import (AuthorityMark, Cite, Citation, Document, Emph, Note, SmallCaps, Str, Strong, Link, map_inlines)
from briefgen.errors import Report, did_you_mean

INNER_CITE = re.compile(r"(?<![\w@])@([A-Za-z0-9_][\w:.#$%&+?<>~/-]*[\w])(?:,\s*([^;,()]*[^;,()\s.]))?")
SENTENCE_END = re.compile(r"[.!?][”’\"')\]]*\s*$")
LEADING_PUNCT = re.compile(r"^[.,;:!?]+")
CASE_KINDS = {"case", "foreign-decision"}


@dataclass(frozen=True)
class Use:
    """One citation of an authority: where (note number, 0 in text) and in which form."""

    key: str
    note: int
    form: str
    order: int


@dataclass
class Positions:
    """What earlier citations tell the next one: first note, last note, the previous unit."""

    notes: bool = True
    first: dict = field(default_factory=dict)      # key -> note of the full citation
    last: dict = field(default_factory=dict)       # key -> last unit that cited it
    prev_unit: list = field(default_factory=list)
    unit: list = field(default_factory=list)
    unit_no: int = 0
    note_no: int = 0
    last_locator: object = None                    # pin of the immediately preceding citation

    def next_unit(self, note_no: int = 0) -> None:
        self.prev_unit, self.unit = self.unit, []
        self.unit_no += 1
        self.note_no = note_no

    def form(self, auth, window: int = 5) -> str:
        key = auth.id
        if self.unit:
            id_ok = self.unit[-1] == key
        else:
            id_ok = bool(self.prev_unit) and set(self.prev_unit) == {key}
        if key not in self.first:
            self.first[key] = self.note_no
            form = "full"
        elif id_ok:
            form = "id"
        elif auth.kind in bb.SUPRA_KINDS:
            form = "supra"
        elif auth.kind in CASE_KINDS:
            recent = not self.notes or self.last.get(key, -99) >= self.unit_no - window
            form = "short" if recent else "full"
        else:
            form = "short"
        self.unit.append(key)
        self.last[key] = self.unit_no
        return form


def runs_to_inlines(runs: list[bb.Run]) -> tuple:
    out = []
    for text, style in bb.merge(runs):
        if style == bb.MARK:
            out.append(AuthorityMark(text))
            continue
        node = Str(text)
        if style == "i":
            node = Emph((node,))
        elif style == "sc":
            node = SmallCaps((node,))
        out.append(node)
    return tuple(out)


class Resolver:
    def __init__(self, library: Library, report: Report, style: bb.Style):
        self.lib = library
        self.report = report
        self.style = style
        self.pos = Positions(notes=style.notes)
        self.uses: list[Use] = []
        self.note_count = 0

    # ------------------------------------------------------------ one cluster
    def cluster(self, cite: Cite, capital: bool) -> list[bb.Run]:
        if self.style.csl is not None:
            return self.csl_cluster(cite)
        runs: list[bb.Run] = []
        prev_signal, prev_rank, new_sentence = None, -1, True
        for i, c in enumerate(cite.items):
            if i:
                cat_changed = c.signal and c.signal != "with" and signals.category(c.signal) != signals.category(
                    prev_signal or "")
                if c.signal == "with":
                    runs.append((", ", ""))
                    new_sentence = False
                elif cat_changed:
                    runs.append((". ", ""))
                    capital, new_sentence = True, True
                else:
                    runs.append(("; ", ""))
                    capital, new_sentence = False, False
                if c.signal and c.signal != "with" and signals.rank(c.signal) < prev_rank:
                    self.report.warning(f"signal '{c.signal}' after '{prev_signal}' breaks the order of R1.3",
                                        c.location, code="signal-order",
                                        hint="order signals: E.g., Accord, See, See also, Cf., Compare, Contra, "
                                             "But see, But cf., See generally")
            if c.signal and not (not new_sentence and c.signal == prev_signal):
                runs += signals.styled(c.signal, capital) + [(" ", "")]
                capital = False
            if c.signal:
                prev_signal = c.signal
                prev_rank = max(prev_rank, signals.rank(c.signal)) if c.signal != "with" else prev_rank
            if c.prefix:
                runs.append((c.prefix + " ", ""))
            runs += self.item(c, capital)
            capital = False
        return runs

    def csl_cluster(self, cite: Cite) -> list[bb.Run]:
        """A cluster in the brief's CSL style (citeproc-py decides the form)."""
        known = []
        for c in cite.items:
            if c.key in self.lib.by_id:
                known.append(c)
                self.uses.append(Use(c.key, self.pos.note_no, "csl", len(self.uses)))
            else:
                self.item(c, True)  # reports the unknown key
        return self.style.csl.cluster(known) if known else []

    def item(self, c: Citation, capital: bool) -> list[bb.Run]:
        auth = self.lib.by_id.get(c.key)
        if auth is None:
            self.report.error(f"unknown authority '@{c.key}'", c.location, code="unknown-authority",
                              hint=did_you_mean(c.key, self.lib.by_id) or "add it to authorities/ or fix the key")
            return [("@" + c.key, "")]
        form = self.pos.form(auth)
        same_pin = c.locator == self.pos.last_locator
        self.pos.last_locator = c.locator
        self.uses.append(Use(auth.id, self.pos.note_no, form, len(self.uses)))
        st = self.style
        if form == "id":
            runs = bb.ibid(None if same_pin else c.locator, capital)
        elif form == "supra":
            runs = bb.supra(auth, c.locator, self.pos.first[auth.id] if st.notes else None, st)
        elif form == "short":
            runs = bb.short(auth, c.locator, st)
        else:
            runs = bb.full(auth, c.locator, st, suppress_author=c.suppress_author) + bb.hereinafter(auth, st)
        for p in c.parentheticals:
            runs += [(" (", "")] + self.parenthetical(p) + [(")", "")]
        return runs + [(auth.id, bb.MARK)]

    def parenthetical(self, text: str) -> list[bb.Run]:
        """An explanatory parenthetical; ``@key`` or ``@key, 253`` inside it prints that authority in full
        (``quoting *Banks v. Manchester*, 128 U.S. 244, 253 (1888)``) without becoming the preceding
        authority for *Id.* (R10.9, R15.3)."""
        runs: list[bb.Run] = []
        pos = 0
        for m in INNER_CITE.finditer(text):
            auth = self.lib.by_id.get(m.group(1))
            if auth is None:
                continue
            runs += bb.emphasis_runs(bb.smart_quotes(text[pos:m.start()]))
            loc = parse_locator(m.group(2)) if m.group(2) else None
            runs += bb.full(auth, loc, self.style)
            pos = m.end()
        return runs + bb.emphasis_runs(bb.smart_quotes(text[pos:]))

    # ------------------------------------------------------------ walking
    def body(self, inlines) -> list:
        """An inline sequence of body text."""
        out: list = []
        items = list(inlines)
        i = 0
        while i < len(items):
            node = items[i]
            if isinstance(node, Cite):
                if self.style.notes:
                    self.note_count += 1
                    self.pos.next_unit(self.note_count)
                    runs = self.cluster(node, capital=True)
                    note = Note(runs_to_inlines(end_sentence(runs)), self.note_count)
                    _strip_trailing_space(out)
                    if i + 1 < len(items) and isinstance(items[i + 1], Str):
                        m = LEADING_PUNCT.match(items[i + 1].text)
                        if m:
                            out.append(Str(m.group(0)))
                            rest = items[i + 1].text[m.end():]
                            items[i + 1] = Str(rest)
                    out.append(note)
                else:
                    self.pos.next_unit(0)
                    before = _text_before(out)
                    after = items[i + 1].text if i + 1 < len(items) and isinstance(items[i + 1], Str) else ""
                    _strip_trailing_space(out)
                    mid_sentence = bool(before) and not SENTENCE_END.search(before)
                    if mid_sentence and after.strip() and not after.startswith("."):
                        # a citation clause inside the sentence: ", see X, and …" (R1.1(b))
                        out.append(Str(", "))
                        out.extend(runs_to_inlines(self.cluster(node, capital=False)))
                        if not LEADING_PUNCT.match(after.lstrip()):
                            out.append(Str(","))
                    else:
                        if mid_sentence and after.startswith("."):  # "…Mexico [@x]." -> "…Mexico. X."
                            out.append(Str("."))
                            items[i + 1] = Str(after[1:])
                        if out:
                            out.append(Str(" "))
                        out.extend(runs_to_inlines(end_sentence(self.cluster(node, capital=True))))
            elif isinstance(node, Note):
                self.note_count += 1
                self.pos.next_unit(self.note_count)
                out.append(Note(tuple(self.in_note(node.children)), self.note_count))
            elif isinstance(node, (Emph, Strong, SmallCaps, Link)):
                out.append(replace(node, children=tuple(self.body(node.children))))
            else:
                out.append(node)
            i += 1
        return [n for n in out if not (isinstance(n, Str) and n.text == "")]

    def in_note(self, inlines) -> list:
        """Inside an explicit footnote: clusters are formatted in place, never as notes."""
        out: list = []
        items = list(inlines)
        for i, node in enumerate(items):
            if isinstance(node, Cite):
                before = _text_before(out)
                capital = not before.strip() or bool(SENTENCE_END.search(before))
                runs = self.cluster(node, capital)
                after = items[i + 1] if i + 1 < len(items) else None
                if after is None or (isinstance(after, Str) and not after.text.strip()):
                    runs = end_sentence(runs)
                out.extend(runs_to_inlines(runs))
            elif isinstance(node, (Emph, Strong, SmallCaps, Link)):
                out.append(replace(node, children=tuple(self.in_note(node.children))))
            elif isinstance(node, Note):  # a note inside a note: flatten its text in place
                out.extend(self.in_note(node.children))
            else:
                out.append(node)
        return out


def end_sentence(runs: list[bb.Run]) -> list[bb.Run]:
    """Every citation sentence ends with one period."""
    text = bb.plain(runs).rstrip()
    if text.endswith((".", "?", "!")) or text.endswith(".”") or not text:
        return runs
    marks = 0
    while marks < len(runs) and runs[len(runs) - 1 - marks][1] == bb.MARK:
        marks += 1
    cut = len(runs) - marks
    return runs[:cut] + [(".", "")] + runs[cut:]


def _text_before(out: list) -> str:
    from briefgen.document import plain_text

    return plain_text(out[-3:])


def _strip_trailing_space(out: list) -> None:
    if out and isinstance(out[-1], Str):
        out[-1] = Str(out[-1].text.rstrip())


def resolve(doc: Document, library: Library, report: Report, style: bb.Style) -> tuple[Document, list[Use]]:
    """Resolve every citation of ``doc``; returns the new document and every use, in order."""
    r = Resolver(library, report, style)
    blocks = map_inlines(doc.blocks, r.body)
    return doc.with_blocks(blocks), r.uses


def format_one(library: Library, key: str, pin: str = "", signal: str = "", paren: str = "",
               typeface: str = "practitioner") -> list[bb.Run]:
    """One citation, in full, as its own citation sentence: ``*See Roe v. Wade*, 410 U.S. 113, 120 (1973).``"""
    from briefgen.citations.syntax import item_text, parse_item

    report = Report()
    runs = end_sentence(Resolver(library, report, bb.Style(typeface)).cluster(
        Cite((parse_item(item_text(key, pin, signal, paren)),)), capital=True))
    report.raise_if_errors()
    return runs
