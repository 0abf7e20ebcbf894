"""The citations pass: Document -> Document.

Numbers the notes, turns each body cluster into its own footnote (footnote mode)
or a citation sentence (inline mode), and picks each citation's :class:`Position` —
full, *Id.*, short case form within five notes (R10.9), or *supra* — from the kind
of its authority. State is kept in dictionaries keyed by authority, so the cost is linear.

Whether a first citation announces a ``[hereinafter …]`` depends on the citations after
it (R4.2(b)), so :func:`resolve` places every citation once, then writes them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import TYPE_CHECKING

from briefgen.authorities.load import Library
from briefgen.citations import bluebook as bb
from briefgen.citations import signals
from briefgen.authorities.history import history_runs
from briefgen.authorities.parts import short_spans
from briefgen.authorities.rules import PIN_WORDS
from briefgen.citations.syntax import INNER_CITE, check_cluster, parse_locator
from briefgen.authorities.typeface import DEFAULT, Style
from briefgen.document import (AuthorityMark, Cite, Citation, Document, Emph, Link, Locator, Note, SmallCaps, Str,
                               Strong, map_inlines, plain_text)
from briefgen.errors import Location, Report, did_you_mean

if TYPE_CHECKING:
    from briefgen.citations.cslstyle import CslFormatter

SENTENCE_END = re.compile(r"[.!?][”’\"')\]]*\s*$")
LEADING_PUNCT = re.compile(r"^[.,;:!?]+")


class Position(Enum):
    """Where a citation stands among the citations before it (as jgm/citeproc's ``Position``)."""

    FULL = "full"      # first citation, or a case cited again outside the five-note window
    ID = "id"          # the same authority as the citation just before (R4.1)
    SHORT = "short"    # the kind's short form: *Raich*, 545 U.S. at 8; 22 U.S.C. § 2778(b)
    SUPRA = "supra"    # Vats, *supra* note 11, at 100 (R4.2)


@dataclass(frozen=True)
class Settings:
    """How a brief writes citations: its typeface, footnotes or inline citation sentences, and the
    CSL formatter when it chose another style than the Bluebook."""

    typeface: Style = DEFAULT
    notes: bool = True
    csl: CslFormatter | None = None


@dataclass(frozen=True)
class Use:
    """One citation of an authority: where (note number, 0 in text), in which position, and whether it
    printed the name later citations use (a *supra* or short form by a hereinafter or short name)."""

    key: str
    note: int
    position: Position
    order: int
    named: bool = False


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
    last_locator: Locator | None = None                    # pin of the immediately preceding citation

    def next_unit(self, note_no: int = 0) -> None:
        self.prev_unit, self.unit = self.unit, []
        self.unit_no += 1
        self.note_no = note_no

    def place(self, auth) -> Position:
        key, kind = auth.id, bb.kind_of(auth)
        id_ok = self.unit[-1] == key if self.unit else bool(self.prev_unit) and set(self.prev_unit) == {key}
        if key not in self.first:
            self.first[key] = self.note_no
            position = Position.FULL
        elif id_ok:
            position = Position.ID
        elif kind.supra:
            position = Position.SUPRA
        elif kind.window and self.notes and self.last.get(key, -99) < self.unit_no - kind.window:
            position = Position.FULL
        else:
            position = Position.SHORT
        self.unit.append(key)
        self.last[key] = self.unit_no
        return position


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
    """Writes each citation in its position. ``announce`` holds the authorities a later short form or
    *supra* refers to, whose first citation may have to announce a hereinafter."""

    def __init__(self, library: Library, report: Report, settings: Settings = Settings(),
                 announce: frozenset = frozenset()):
        self.lib = library
        self.report = report
        self.settings = settings
        self.announce = announce
        self.pos = Positions(notes=settings.notes)
        self.uses: list[Use] = []
        self.note_count = 0
        self.unchecked: dict[str, int] = {}      # file that failed to load -> citations it left unchecked

    # ------------------------------------------------------------ one cluster
    def cluster(self, cite: Cite, capital: bool) -> list[bb.Run]:
        if cite.source:
            self.report.extend(check_cluster(cite.source, cite.location))
        if cite.items and not any(c.key for c in cite.items):
            return self.handwritten(cite)
        if self.settings.csl is not None:
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

    def handwritten(self, cite: Cite) -> list[bb.Run]:
        """``[id. at 733]`` or ``[Vats, supra note 4]`` written by hand: kept as written, with a warning,
        because briefgen chooses *Id.* and *supra* itself."""
        form = "supra" if re.search(r"\bsupra\b", cite.source, re.I) else "Id."
        self.report.warning(f"'[{cite.source}]' is a hand-written {form}: briefgen chooses *Id.* and *supra* itself",
                            cite.location, code="handwritten-cite",
                            hint="cite the authority by its key with the pin, e.g. [@key, 733]; briefgen prints "
                                 "*Id.*, the short form or *supra* as its position requires")
        return [(f"[{cite.source}]", "")]

    def handwritten_in_text(self, word: str, before: str, after) -> None:
        """``^[Vats, *supra* note 4, at 12.]``: a footnote's own text names *supra* or *Id.*"""
        context = (before[-30:] + f"*{word}*" + plain_text(after)[:30]).strip()
        self.report.warning(f"a footnote writes *{word}* by hand ('…{context}…'): briefgen chooses *Id.* and *supra* "
                            "itself", None, code="handwritten-cite",
                            hint="cite the authority by its key in the footnote, e.g. [@key, 12]")

    def csl_cluster(self, cite: Cite) -> list[bb.Run]:
        """A cluster in the brief's CSL style (citeproc-py decides the form)."""
        known = []
        for c in cite.items:
            if c.key in self.lib.by_id:
                known.append(c)
                self.uses.append(Use(c.key, self.pos.note_no, Position.FULL, len(self.uses)))
            else:
                self.unknown(c)
        return self.settings.csl.cluster(known) if known else []

    def unknown(self, c: Citation) -> list[bb.Run]:
        """A key the library lacks: one error, unless its file failed to load (that file has its own error,
        and the citations it leaves unchecked are counted once, in :func:`resolve`)."""
        failed = self.lib.unavailable.get(c.key)
        unusable = self.lib.unusable.get(c.key)
        if unusable:
            self.report.error(unusable.message, c.location, code=unusable.code, hint=unusable.hint)
        elif failed:
            self.unchecked[failed] = self.unchecked.get(failed, 0) + 1
        else:
            self.report.error(f"unknown authority '@{c.key}'", c.location, code="unknown-authority",
                              hint=did_you_mean(c.key, self.lib.by_id) or "add it to authorities/ or fix the key")
        return [("@" + c.key, "")]

    def item(self, c: Citation, capital: bool) -> list[bb.Run]:
        auth = self.lib.by_id.get(c.key)
        if auth is None:
            return self.unknown(c)
        c = replace(c, locator=short_spans(c.locator))
        kind = bb.kind_of(auth)
        if c.locator and c.locator.label not in kind.pins:
            self.report.error(f"a {kind.name} cannot take the pin '{c.locator.labelled()}' "
                              f"({PIN_WORDS[c.locator.label]})", c.location, code="locator-kind",
                              hint=f"a {kind.name} ({kind.rule}) takes " +
                                   ", ".join(PIN_WORDS[p] for p in PIN_WORDS if p in kind.pins))
        position = self.pos.place(auth)
        same_pin = c.locator == self.pos.last_locator
        self.pos.last_locator = c.locator
        st = self.settings.typeface
        named = False
        if position is Position.ID:
            loc = None if same_pin else c.locator
            if loc is None and not same_pin and auth.get("section"):   # R4.1: Id. alone would repeat the pin;
                loc = Locator("section", str(auth.get("section")))    # the whole section is Id. § 1552
            runs = bb.ibid(loc, capital)
        elif position is Position.SUPRA:
            runs = bb.supra(auth, c.locator, self.pos.first[auth.id] if self.settings.notes else None, st)
            named = True
        elif position is Position.SHORT:
            runs = bb.short(auth, c.locator, st)
            name = bb.later_name(auth)[0]
            named = bool(name) and name in bb.plain(runs)
        else:
            runs = bb.full(auth, c.locator, st, suppress_author=c.suppress_author) + \
                bb.hereinafter(auth, st, used_later=auth.id in self.announce)
        if capital and runs and re.match(r"[a-z]+\.\s", runs[0][0]):   # a sentence that starts "Ch. 675, 52 Stat."
            runs = [(runs[0][0][:1].upper() + runs[0][0][1:], runs[0][1])] + runs[1:]
        self.uses.append(Use(auth.id, self.pos.note_no, position, len(self.uses), named))
        for p in c.parentheticals:
            runs += [(" (", "")] + self.parenthetical(p) + [(")", "")]
        if position is Position.FULL:   # R1.5, R10.7: history last, and never in a short form or Id.
            runs += history_runs(auth, self.lib, lambda other: bb.full(other, None, st))
        return runs + [(auth.id, bb.MARK)]

    def parenthetical(self, text: str) -> list[bb.Run]:
        """An explanatory parenthetical; ``@key`` or ``@key, 253`` inside it prints that authority
        (``quoting *Banks v. Manchester*, 128 U.S. 244, 253 (1888)``) without becoming the preceding
        authority for *Id.* (R10.9, R15.3)."""
        runs: list[bb.Run] = []
        pos = 0
        for m in INNER_CITE.finditer(text):
            auth = self.lib.by_id.get(m.group("key"))
            if auth is None:
                continue
            runs += bb.emphasis_runs(bb.smart_quotes(text[pos:m.start()]))
            loc = short_spans(parse_locator(m.group("pin"))) if m.group("pin") else None
            runs += self.inner(auth, loc)
            pos = m.end()
        return runs + bb.emphasis_runs(bb.smart_quotes(text[pos:]))

    def inner(self, auth, loc: Locator | None) -> list[bb.Run]:
        """A case cited inside a parenthetical is cited (R10.9(a)): a later citation within five notes takes
        its short form, and so does the parenthetical itself when the case was cited within them. It is in
        full otherwise, as every other kind is there."""
        st, kind = self.settings.typeface, bb.kind_of(auth)
        if not (kind.window and kind.short and self.settings.notes):
            return bb.full(auth, loc, st)
        recent = auth.id in self.pos.first and self.pos.last.get(auth.id, -99) >= self.pos.unit_no - kind.window
        self.pos.first.setdefault(auth.id, self.pos.note_no)
        self.pos.last[auth.id] = self.pos.unit_no
        return bb.short(auth, loc, st) if recent else bb.full(auth, loc, st)

    # ------------------------------------------------------------ walking
    def body(self, inlines) -> list:
        """An inline sequence of body text."""
        out: list = []
        items = list(inlines)
        i = 0
        while i < len(items):
            node = items[i]
            if isinstance(node, Cite) and node.items and not any(c.key for c in node.items):
                out.extend(runs_to_inlines(self.cluster(node, capital=False)))
            elif isinstance(node, Cite):
                if self.settings.notes:
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
                if any(c.key for c in node.items) and (after is None or
                                                       (isinstance(after, Str) and not after.text.strip())):
                    runs = end_sentence(runs)
                elif isinstance(after, Str) and after.text.startswith(".") and bb.plain(runs).rstrip().endswith("."):
                    items[i + 1] = Str(after.text[1:])   # "Id." or "U.S. Const." ends the sentence: one period
                out.extend(runs_to_inlines(runs))
            elif isinstance(node, (Emph, Strong, SmallCaps, Link)):
                if isinstance(node, Emph) and re.fullmatch(r"(?i)supra|id\.", plain_text(node.children).strip()):
                    self.handwritten_in_text(plain_text(node.children).strip(), _text_before(out), items[i + 1:])
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


def settings_for(style: str, citations: str, root, library, date: str = "") -> Settings:
    """The settings a brief's ``style:`` and ``citations:`` name: a Bluebook typeface, or a CSL style
    (a path, a name in styles/, or a style citeproc-py knows). An unknown name is an error. ``date`` is
    the brief's, which dates what a citation gives as current (a C.F.R. edition)."""
    from briefgen.citations.cslstyle import CslFormatter, find_style

    notes = citations != "inline"
    if style in ("", "bluebook"):
        return Settings(Style("practitioner", date), notes)
    if style in ("practitioner", "law-review"):
        return Settings(Style(style, date), notes)
    return Settings(DEFAULT, notes, CslFormatter(find_style(style, root), library))


def referred_to(uses: list[Use]) -> frozenset:
    """The authorities whose name some later *supra* or short form prints (R4.2(b))."""
    return frozenset(u.key for u in uses if u.named)


def resolve(doc: Document, library: Library, report: Report, settings: Settings = Settings()
            ) -> tuple[Document, list[Use]]:
    """Resolve every citation of ``doc``; returns the new document and every use, in order.

    A first pass only places the citations, so the second knows which first citations must
    announce a hereinafter.
    """
    placing = Resolver(library, Report(), settings)
    map_inlines(doc.blocks, placing.body)
    r = Resolver(library, report, settings, announce=referred_to(placing.uses))
    blocks = map_inlines(doc.blocks, r.body)
    for path, count in r.unchecked.items():
        report.warning(f"{count} citation{'s' if count != 1 else ''} could not be checked because {path} did not "
                       "load", Location(path), code="unchecked-citations", hint="fix the errors reported in that file")
    return doc.with_blocks(blocks), r.uses
