"""``briefgen import``: an existing memo in, a brief spec, modules and draft authorities out.

The pipeline runs one way: :mod:`.sources` reads the file into paragraphs and notes; :mod:`.notes`
reads each note into prose and citation sentences (:mod:`.forms` knows the citation forms); :mod:`.draft`
turns them into authority records and citation items. The result is briefgen's own document model,
with every cluster located in the imported file, so ``briefgen verify`` runs the same citechecker rules
on it as ``briefgen check`` does on a project; :func:`write` turns it into files.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.document import BlockQuote, BulletList, Cite, Emph, Heading, Note, Para, Str
from briefgen.errors import Location, Report, UsageError, display_path
from briefgen.importer.sources import REF, Rich, Source, read
from briefgen.tables import T12

if TYPE_CHECKING:
    from briefgen.authorities.load import Library


@dataclass
class Imported:
    """An imported memo: its document (clusters unresolved), draft records and the spec's fields."""

    source: Source
    blocks: list
    records: list
    spec: dict
    library: Library | None = None
    notes: int = 0
    cited_notes: int = 0
    problems: list = field(default_factory=list)
    unread: list = field(default_factory=list)    # [(note number, Location, text)]: citations not read
    house_style: bool = False     # the notes follow a house style, not the Bluebook's tables (spelled-out months)
    court_style: bool = False     # the notes are a court's own (the Supreme Court's ``540 U. S. 56``, ``Id., at 12``)


def _inlines(rich: Rich, start: int = 0, end: int | None = None) -> list:
    """Text with its italics as Str and Emph nodes."""
    end = len(rich.text) if end is None else end
    out, i = [], start
    while i < end:
        j = i
        while j < end and rich.italic[j] == rich.italic[i]:
            j += 1
        chunk = rich.text[i:j]
        out.append(Emph((Str(chunk),)) if rich.italic[i] and chunk.strip() else Str(chunk))
        i = j
    return out


def load(path: Path, report: Report, verifying: bool = False, taken=frozenset()) -> Imported:
    """Read ``path`` and resolve every citation of its notes; form problems go to ``report``. A draft
    record never takes an id in ``taken`` (the project's own records').

    What could not be read is listed in ``Imported.unread``; ``import`` also warns of it at its line, while
    ``verify`` only counts it (a checker's failure to read is not the author's mistake)."""
    from briefgen.importer.draft import Draft
    from briefgen.importer.notes import NoteReader

    source = read(Path(path))
    draft = Draft(report, taken)
    italics = any(any(b.text.italic) for b in source.blocks) or any(any(n.italic) for n in source.notes.values())
    from briefgen.importer.quoted import ShortReader

    short = ShortReader(draft)
    reader = NoteReader(italics_known=italics, known=lambda r, p, lim: draft.read_known(r, p, lim) or short(r, p, lim),
                        t12=_abbreviates_months(source))
    texts = [n.text for n in source.notes.values()]
    reader.oscola = sum(bool(re.search(r"\(n\s\d+\)|\b[Ii]bid\b|\w\sv\s[A-Z*]", t)) for t in texts) >= 3
    reader.spaced = any(re.search(r"§§?\s\d", t) for t in texts) or \
        sum(len(re.findall(r"§\d", t)) for t in texts) < (3 if reader.t12 else 2)   # a house style's §1234, twice
    reader.court = court_style(source)
    number = count = 0
    out_blocks = []
    cited = 0
    unread: list = []
    started = time.process_time()
    for block in source.blocks:
        inl: list = []
        pos = 0
        for m in REF.finditer(block.text.text):
            inl += _inlines(block.text, pos, m.start())
            pos = m.end()
            rich = source.notes.get(m.group(1))
            if rich is None:
                report.warning(f"note call [{m.group(1)}] has no note", block.text.where(m.start()),
                               code="import-note", hint="the notes section lacks this number; the call is dropped")
                continue
            count += 1
            # a note is known by the number the memo prints (a Word footnote's id is not one)
            number = int(m.group(1)) if m.group(1).isdigit() and source.path.suffix.lower() != ".docx" else count
            draft.next_note(number, rich.text)
            reader.declare(rich.text)
            why = _too_much(rich, started)
            if why:     # kept as written, and said: never a hang on a hostile or runaway note
                unread.append((number, rich.where(0), _clip(rich.text, 90)))
                if not verifying:    # verify counts it among the notes not read
                    report.warning(f"note {number} not read for citations: {why}", rich.where(0), code="import-limit",
                                   hint="it is kept as written; split a very long note, or check it by hand")
                inl.append(Note(tuple(_inlines(rich))))
                continue
            node, has_cites = _note(rich, number, reader, draft, report, unread, verifying)
            cited += has_cites
            inl.append(node)
        inl += _inlines(block.text, pos)
        inl = _strip_space_before_notes(inl)
        if block.kind == "h":
            out_blocks.append(Heading(block.level, tuple(inl)))
        elif block.kind == "quote":
            out_blocks.append(BlockQuote((Para(tuple(inl)),)))
        elif block.kind == "li":
            out_blocks.append(BulletList(((Para(tuple(inl)),),)))
        else:
            out_blocks.append(Para(tuple(inl)))
    called = {m.group(1) for b in source.blocks for m in REF.finditer(b.text.text)}
    for ident, rich in source.notes.items():
        if ident not in called:
            report.warning(f"note {ident} is never called in the text", rich.where(0), code="import-note",
                           hint="it is left out of the modules")
    spec = _spec(source)
    records = draft.finished(source.path.name)
    return Imported(source, out_blocks, records, spec, _library(records, draft.where, report), count, cited,
                    unread=unread, house_style=not reader.t12, court_style=reader.court)


NOTE_LIMIT = 6_000      # characters: the longest published note in tests/corpus has 2,646
READ_BUDGET = 60.0      # seconds of processor time for reading every note of one memo


def _too_much(rich: Rich, started: float) -> str:
    """Why a note is not read for citations: longer than any footnote the readers are made for (their search
    grows with the square of a note's length), or the memo's reading has used up its time."""
    if len(rich.text) > NOTE_LIMIT:
        return f"it is {len(rich.text):,} characters long (notes are read up to {NOTE_LIMIT:,})"
    if time.process_time() - started > READ_BUDGET:
        return f"reading the memo's notes has taken more than {READ_BUDGET:.0f} seconds"
    return ""


def court_style(source: Source) -> bool:
    """Whether the notes are written in the Supreme Court's own style rather than The Bluebook: the U.S. Reports
    spaced (``540 U. S. 56``, ``539 U. S., at 346``) at least twice and never closed up (``U.S.``), or *Id.* with a
    comma before its page (``Id., at 12``) at least twice and never without one. One such form in a Bluebook memo
    is a slip at its note; a memo that writes it every time follows the Court."""
    texts = [n.text for n in source.notes.values()]

    def count(pattern: str) -> int:
        return sum(len(re.findall(pattern, t)) for t in texts)

    spaced = count(r"\b\d+\sU\.\sS\.(?:,\sat)?\s\d") >= 2 and not count(r"\b\d+\sU\.S\.(?:,?\sat)?\s\d")
    comma_id = count(r"\b[Ii]d\.,\sat\s\d") >= 2 and not count(r"\b[Ii]d\.\sat\s\d")
    return spaced or comma_id


# a month T12 abbreviates, with the period only T12 writes (May, June and July are the same in every style)
_T12_DATE = r"\b(?:" + "|".join(re.escape(m) for m in T12 if m.endswith(".")) + r")\s(?:\d{1,2},\s)?\d{4}|"


def _abbreviates_months(source: Source) -> bool:
    """Whether the memo's notes follow the Bluebook's tables at all: a month as T12 writes it (``Mar. 30,
    2026``) or a word as T6 abbreviates it (``Dep’t``, ``Comm’r``) outside a case name. A memo that does neither
    and sets two or more dates written out in its sentences (``…, April 26, 2024, https://…``), not in a
    citation's parenthesis as the Bluebook does, follows another style, where a month written out is not a
    slip of its own; otherwise T6 words in case names decide."""
    from briefgen.tables import MONTH_NAMES

    texts = [n.text for n in source.notes.values()]
    t12 = re.compile(_T12_DATE.rstrip("|"))
    t6 = re.compile(r"\b(?:Dep|Gov)['’]t\b|\b(?:Int|Nat)['’]l\b|\b(?:Comm|Att)['’][ry]\b|\bAss['’]n\b|"
                    r"\bSoc['’]y\b|\bComm['’]n\b|\bSec['’]y\b")
    # a case name is abbreviated by T6 in every style's legal citations (Falk v. Sec'y of the Army): a weak sign
    def in_case(t: str, m: re.Match) -> bool:
        return bool(re.search(r"\sv\.\s[^,;()]*$", t[:m.start()]) or re.match(r"[^,;()]*\sv\.\s", t[m.end():]))

    full = rf"\b(?:{'|'.join(m for m in MONTH_NAMES if m not in ('May', 'June', 'July'))})\s(?:\d{{1,2}},\s)?\d{{4}}"
    # a date set off by commas, not in a citation's closing parenthesis: written out, it is a style's, not a slip
    running = sum(1 for t in texts for m in re.finditer(full, t) if t.rfind("(", 0, m.start()) <= t.rfind(")", 0, m.start()))
    abbreviated = sum(len(t12.findall(t)) for t in texts)
    if running >= 2 and running > 3 * abbreviated:
        return False      # a house style that cites court papers in Bluebook form (S.D. Fla. Sept. 5, 2018) now and then
    if abbreviated or any(any(not in_case(t, m) for m in t6.finditer(t)) for t in texts):
        return True
    if running >= 2:
        return False
    return any(t6.search(t) for t in texts)


def _citation_date(text: str, start: int, end: int) -> bool:
    """A date as a citation gives it: ending a short date parenthetical (``(T.C. March 18, 2026)``, ``(last
    visited …)``, ``(daily ed. …)``), or before ``, at`` or an address (a news story); not a date in an
    explanatory parenthetical's prose."""
    if re.match(r",\s(?:at\s|https?://)", text[end:]) or _set_off(text, start, end):
        return True
    if not text.startswith(")", end):
        return False
    opened = text.rfind("(", 0, start)
    if opened < 0:
        return False
    words = text[opened + 1:start].split()
    return len(words) <= 5 and not (words and words[0].endswith("ing"))


# what follows a date set off by commas: the note's end, or a site of a few words and its address (each word read
# whole: split at its capitals, a run of initials was tried every way)
_SITE_NEXT = re.compile(r"\.?\s*$|,\s(?:(?>[A-Z][\w.’'&-]*)\s?){1,4},\s(?:available\sat\s)?https?://")


def _set_off(text: str, start: int, end: int) -> bool:
    """A date set off by commas as a web page's or a post's (``…*Title*, Lawfare, January 8, 2015.``, ``…*Title*,
    January 5, 2016, Lawfare, https://…``): after a comma, and ending the note or followed by the site and its
    address; a date in a sentence (``adopted on June 11, 2010.``) follows no comma."""
    if not text[:start].endswith(", "):
        return False
    return bool(_SITE_NEXT.match(text[end:]))


def _strip_space_before_notes(inl: list) -> list:
    out = []
    for node in inl:
        if isinstance(node, (Cite, Note)) and out and isinstance(out[-1], Str):
            out[-1] = Str(out[-1].text.rstrip())
        out.append(node)
    return out


def _note(rich: Rich, number: int, reader, draft, report: Report, unread: list, verifying: bool):
    """One note: a body cluster when it holds citations only, else a footnote of text and clusters."""

    def not_read(start: int, end: int) -> None:
        draft.not_read(rich.text[start:end])
        if not unread or unread[-1][0] != number:
            unread.append((number, rich.where(start), _clip(rich.text[start:end], 90)))

    segments, problems = reader.read(rich)
    if reader.t12:
        problems = problems + _months(rich.text, {p[0] for p in problems if p[1] == "month"})
        problems = problems + _house_forms(rich.text)
        problems = problems + _newspapers(rich.text, bluebook=True)
    else:
        problems = problems + _newspapers(rich.text, bluebook=False)
    problems = problems + _t16(rich.text, {p[0] for p in problems if p[1] == "article-abbreviation"})
    problems = problems + _signal_slips(rich.text, {p[0] for p in problems if p[1].startswith("signal")})
    problems = problems + _slips(rich.text, {p[0] for p in problems})
    if not reader.spaced:          # the memo writes §1234 every time: its own style, not a slip
        problems = [p for p in problems if p[1] != "spacing"]
    if not reader.t12:             # 26 U.S.C. 6409, Pub. L. 117-328: house styles' forms, slips under the Bluebook
        problems = [p for p in problems if p[1] != "bluebook-form"]
    for offset, code, message, hint in problems:
        report.warning(message, rich.where(offset), code=code, hint=_reads(rich, segments, offset, message, hint))
    text = " ".join(rich.text.split())
    children: list = []
    all_cites, items_all = True, []
    pos = 0
    for seg in segments:
        if seg.start > pos:
            children += _inlines(rich, pos, seg.start)
        if not seg.items:
            all_cites = False
            children += _inlines(rich, seg.start, seg.end)
            if _looks_cited(rich.text[seg.start:seg.end]):
                not_read(seg.start, seg.end)
                if verifying:
                    pos = seg.end
                    continue
                report.warning(f"citation not recognised, kept as text: '{_clip(rich.text[seg.start:seg.end])}'",
                               rich.where(seg.start), code="import-unparsed",
                               hint="check its form against the Bluebook; briefgen reads the forms in "
                                    "docs/import-and-verify.md")
            pos = seg.end
            continue
        # an item that points at nothing is kept as written (one whose antecedent was not read is counted as a
        # citation not read); the items around it stay citations
        cites = []
        for item in seg.items:
            c = draft.citation(item, rich, number, text)
            if c is None and draft.unresolved:
                not_read(item.start, seg.end if item is seg.items[-1] else item.end)
            if c is not None and item.spans:
                c = _cited_within(c, item, rich, reader, draft, number, text)
            cites.append(c)
        if all(cites):
            items_all += cites
            children.append(Cite(tuple(cites), cites[0].location))
            if seg.close:
                children.append(Str(seg.close))
        else:
            all_cites = False
            kept, run = seg.start, []
            for item, c in [*zip(seg.items, cites), (None, None)]:
                if c is not None:
                    if not run:
                        children += _inlines(rich, kept, item.start)
                    run.append(c)
                    kept = item.end
                elif run:
                    items_all += run
                    children.append(Cite(tuple(run), run[0].location))
                    run = []
            children += _inlines(rich, kept, seg.end)
        pos = seg.end
    if pos < len(rich.text):
        children += _inlines(rich, pos)
    has = bool(items_all)
    sentences = sum(1 for seg in segments if seg.items and seg.close)
    if all_cites and items_all and sentences <= 1:   # two citation sentences stay two (R1.1): a footnote of both
        return Cite(tuple(items_all), items_all[0].location), has
    return Note(tuple(children)), has


# a parenthetical that cites: (quoting Wickard v. Filburn, 317 U.S. 111, 128 (1942)), (codified as amended at …)
_CITING = re.compile(r"(?:quoting|citing|cited\sin|codified(?:\sas\samended)?\sat|as\samended\sby|"
                     r"amended\sby|superseded\sby|adopting),?\s")
# where one citation ends and the next begins inside a citing parenthetical: "(quoting A (1984) and B (1972))"
_JOINED = re.compile(r"(?<=\))\s+and\s+")


def _cited_within(c, item, rich: Rich, reader, draft, number: int, text: str):
    """The citation with each source that a citing parenthetical cites in full read into a record and written
    ``@key, pin`` (docs/citations.md): later short forms find it. A citing parenthetical may stand inside an
    explanatory one ("(stating that … (quoting A))"); sources joined by "and" are written with a semicolon
    (R1.5). What is not read stays as written; a source cited within a parenthetical is not what *Id.* refers to."""
    from dataclasses import replace

    from briefgen.importer.notes import markdown

    out = []
    for said, (a, b) in zip(c.parentheticals, item.spans):
        pieces, kept = [], a
        for start, end in _citing_spans(rich.text, a, b):
            m = _CITING.match(rich.text, start, end)
            keys = _read_cited(rich, m.end(), end, reader, draft, number, text) if m else None
            if keys is None:
                continue
            pieces.append(markdown(rich, kept, m.start()) + m.group(0).rstrip().rstrip(",") + " " + keys)
            kept = end
        out.append("".join(pieces) + markdown(rich, kept, b) if pieces else said)
    return replace(c, parentheticals=tuple(out))


def _citing_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The citing parentheticals within ``text[a:b]``: the whole of it, or parentheticals nested in it (one pass
    pairs the parentheses, so a note of many parentheses costs no more than its length)."""
    if _CITING.match(text, a, b):
        return [(a, b)]
    spans, opened, skip_to = [], [], a
    closes: dict[int, int] = {}
    for i in range(a, b):
        if text[i] == "(":
            opened.append(i)
        elif text[i] == ")" and opened:
            closes[opened.pop()] = i
    for i in sorted(closes):
        if i >= skip_to and _CITING.match(text, i + 1, closes[i]):
            spans.append((i + 1, closes[i]))
            skip_to = closes[i]
    return spans


def _read_cited(rich: Rich, start: int, end: int, reader, draft, number: int, text: str) -> str | None:
    """``text[start:end]`` read as full citations only, written ``@key, pin`` and joined by semicolons; None
    when any part of it is not a full citation."""
    parts, i = [], start
    for m in [*_JOINED.finditer(rich.text, start, end), None]:
        parts.append((i, m.start() if m else end))
        if m:
            i = m.end()
    if len(parts) > 1 and not all(rich.text[p:q].strip() for p, q in parts):
        return None
    written = []
    for p, q in parts:
        part = rich.slice(p, q)
        spaces = len(part.text) - len(part.text.lstrip(" "))
        seg = reader.reading(part, spaces, len(part.text.rstrip(" ")), [])
        if seg is None or any(i.found.kind in ("id", "supra", "short") or i.parentheticals or i.signal
                              for i in seg.items):
            return None
        for it in seg.items:
            key = draft._full(it.found, rich.where(p + it.start), number, text)
            written.append(f"@{key}" + (f", {it.found.pin}" if it.found.pin else ""))
    return "; ".join(written)


# a table's correction: "T12: write Jan. 6, 2017", "R3.3, T16: write art. VI (in a textual sentence, …)"
_TABLE_FIX = re.compile(r"(?:R3\.3, )?T(?:6|12|13|16): write (?P<right>.+?)(?: \(|$)")


def _reads(rich: Rich, segments: list, offset: int, message: str, hint: str) -> str:
    """A T6, T12, T13 or T16 hint, with the citation it is found in as it reads corrected (from its signal to the end
    of the citation, an explanatory parenthetical left out unless the slip is in it): the correction in its place.
    The hint as it was where the slip is in no citation read, or is not where the finding says."""
    fix, wrong = _TABLE_FIX.match(hint), re.search(r"'(.+)'", message)
    if not fix or not wrong:
        return hint
    text, right = rich.text, fix.group("right")
    number = right.split(" ", 1)[1] if " " in right and "T16" in hint else ""   # Art. VI -> art. VI: the number too
    m = re.compile(re.escape(wrong.group(1)) + (r"\s?" + re.escape(number) if number else "")).match(text, offset)
    item = next((i for s in segments for i in s.items if i.start <= offset < i.end), None)
    if not m or item is None:
        return hint
    opens = [a - 1 for a, _ in item.spans if a - 1 > offset]      # the explanatory parentheticals after the slip
    end = len(text[:min(opens)].rstrip(" ,")) if opens else item.end
    corrected = " ".join((text[item.start:offset] + right + text[m.end():end]).split())
    return f"{hint}; the citation then reads: {corrected.rstrip('.,;')}"


def _newspapers(text: str, bluebook: bool) -> list:
    """T13.1: a newspaper by its own short name. ``The New York Times`` and a half-abbreviated name (``Wall St.
    Journal``) are wrong in any style; the name written in full (``New York Times``) only where the memo follows
    the Bluebook's tables."""
    from briefgen.tables import NEWSPAPERS

    out = []
    names = sorted(NEWSPAPERS, key=len, reverse=True) + ["Wall St. Journal", "The Los Angeles Times", "L.A. Times"]
    seen: set = set()
    for name in names:
        for m in re.finditer(rf"(?<![\w.]){re.escape(name)}(?![\w])", text):
            if any(a <= m.start() < b for a, b in seen):
                continue
            seen.add((m.start(), m.end()))
            right = NEWSPAPERS.get(name) or {"Wall St. Journal": "Wall St. J.", "The Los Angeles Times": "L.A. Times"
                                             }.get(name, name)
            wrong_anywhere = name.startswith("The ") or name in ("Wall St. Journal", "Wall Street J.")
            if right != name and (wrong_anywhere or bluebook):
                from briefgen.tables import newspaper_name     # outside the Bluebook, its name written out

                out.append((m.start(), "abbreviation", f"newspaper '{name}' is not abbreviated as T13 does",
                            f"T13: write {right}" + ("" if bluebook else f" (in a house style that writes names "
                                                                         f"out, {newspaper_name(right)})")))
    return out


def _slips(text: str, reported: set) -> list:
    """Forms no style writes (``Dept.``, ``Jul.``, a journal abbreviated in part), where no other rule spoke."""
    from briefgen.lint.slips import slips

    return [p for p in slips(text) if p[0] not in reported]


def _t16(text: str, reported: set) -> list:
    """R3.3, T16: ``Art.``, ``Amend.``, ``Cl.`` capitalised inside a citation (not at a sentence's start)."""
    out = []
    from briefgen.lint.text import ends_sentence, t16_hint

    for m in re.finditer(r"(?:^|(?<=[\w.,)] ))(Arts?|Amend|Cl|Pmbl|Pts?|Secs?)\.\s?(?=(?:[IVXLC]+|\d+)\b)", text):
        if m.start() in reported:
            continue
        if ends_sentence(text[:m.start()]) and not _textual(text[m.end():]):  # Cl. Ct. is a court
            continue
        word, number = m.group(1), re.match(r"[\w().-]*\w\)?", text[m.end():]).group(0)
        out.append((m.start(), "article-abbreviation", f"'{word}.' in a citation", t16_hint(word, number)))
    return out


def _house_forms(text: str) -> list:
    """Forms house styles write that the Bluebook does not, found in a memo that follows the Bluebook: a page
    after *Id.* or *supra* is ``at 101``, never ``p. 101`` (R3.2(a)); a paragraph is ``¶ 410`` and an article
    ``art. 7``, never ``para 410`` or ``art 7`` (T16; OSCOLA writes them so)."""
    out = []
    for m in re.finditer(r"(?:(?<=,\s)|(?<=^))(?P<word>[Pp]aras?|[Aa]rts?)\s(?P<n>\d[\w()–-]*)", text):
        word = m.group("word").lower()
        right = ("¶¶ " if word == "paras" else "¶ ") if word.startswith("para") else f"{word}. "
        out.append((m.start(), "bluebook-form", f"'{m.group('word')} {m.group('n')}' without the label's period",
                    f"T16: write {right}{m.group('n')}"))
    for m in re.finditer(r"(?P<lead>\b[Ii]d\.\*?|\bsupra\*?\snote\s\d+,)\s(?:at\s)?(?P<word>pp?\.)\s?(?P<n>\d[\d–-]*)",
                         text):
        lead = m.group("lead").rstrip("*")
        out.append((m.start("word"), "pin-form", f"'{m.group('word')}' before a page",
                    f"R3.2(a): write {lead} at {m.group('n')}"))
    return out


def _signal_slips(text: str, reported: set) -> list:
    """R1.2: a signal's form where a citation sentence or clause opens, in a citation the readers may not have
    read (``See e.g. Brief for Respondents in Sweatt …``, ``See, also Amended Costilla Creek Compact``, ``; See also
    26 C.F.R. sec. 301.6231``): its commas and its capital, never its typeface (which only a read citation tells)."""
    from briefgen.citations import signals
    from briefgen.importer.notes import SIGNAL
    from briefgen.lint.text import ends_sentence

    out = []
    for m in re.finditer(r"(?:^|(?<=\s))(?=[A-Za-z])", text):
        at = m.start()
        opens, after_semi = not text[:at].strip() or ends_sentence(text[:at]), text[:at].rstrip().endswith(";")
        if at in reported or not (opens or after_semi):
            continue
        sm = SIGNAL.match(text, at)
        if not sm or not re.match(r"\s+(?:[A-Z0-9*“\"]|id\.|ibid\.)", text[sm.end():]):
            continue
        raw = " ".join(sm.group(0).split())
        canon = signals.canonical(re.sub(r",(?=\s+also)", "", raw))
        if not canon or canon == "With" or (opens and raw[0].islower()):
            continue
        want = canon + ("," if canon.lower().endswith("e.g.") else "")
        if not opens:
            want = want[0].lower() + want[1:]
        if raw.rstrip(",").lower() != want.rstrip(",").lower() or want.endswith(",") != raw.endswith(","):
            out.append((at, "signal-form", f"signal written '{raw}'", f"R1.2: write {want}"))
        elif raw[0] != want[0]:
            out.append((at, "signal-case", f"signal '{raw}' inside a citation sentence", f"write {want}"))
    return out


def _textual(after: str) -> bool:
    """Whether the subdivisions a sentence opens with (``Arts. 61(3) and 67(1) of the Rome Statute``) are the
    subject of a textual sentence, where R3.3 writes the word out."""
    return bool(re.match(r"[\w().-]+(?:(?:,|,?\sand|\sto|\s&)\s[\w().-]+)*\s(?:of|in)\s", after))


def _months(text: str, reported: set) -> list:
    """T12 wherever a date appears in a note, read by a citation or not (a Congressional Record's date, a news
    story's, a visit's): a month written out or without its period. Quotations are the source's own words."""
    from briefgen.tables import MONTH, T12
    from briefgen.importer.forms import iso_date, t12

    quoted = [m.span() for m in re.finditer(r"“[^”]*”|\"[^\"]*\"", text)]
    out = []
    for m in re.finditer(rf"\b({MONTH})(?:\s+\d{{1,2}},?)?\s+\d{{4}}\b", text):
        if m.group(1) in T12 or m.start() in reported or any(a < m.start() < b for a, b in quoted):
            continue
        if not _citation_date(text, m.start(), m.end()):
            continue
        iso, ok = iso_date(m.group(0))
        if iso and not ok:
            out.append((m.start(), "month", f"month not abbreviated as T12 does: '{m.group(0)}'", f"T12: write {t12(iso)}"))
    return out


_CITED = re.compile(r"\b\d+\s+[A-Z][\w.]*\.?(?:\s[A-Z][\w.]*)*\s+\d+|\bsupra\b|\bId\.|U\.S\.C\.|\bv\.\s|"
                    r"U\.N\.\sDoc|\(\w*\.?\s?\d{1,2},?\s\d{4}\)|\(\d{4}\)|https?://")   # an address: a source


def _looks_cited(text: str) -> bool:
    return bool(_CITED.search(text))


def _clip(text: str, n: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1] + "…"


def _spec(source: Source) -> dict:
    from briefgen.importer.forms import iso_date

    h = source.header
    title = h.get("re") or h.get("subject") or next((b.text.text for b in source.blocks if b.kind == "h"),
                                                   source.path.stem)
    spec = {"kind": "memo", "title": " ".join(title.split())}
    if h.get("date"):
        iso, _ = iso_date(h["date"])
        if iso:
            spec["date"] = iso
    for key in ("to", "from"):
        if h.get(key):
            spec[key] = h[key]
    if h.get("re"):
        spec["re"] = h["re"]
    spec["citations"] = "footnotes"
    return spec


def _library(records: list, where: dict, report: Report):
    """The draft records as a Library, validated as a project's would be (problems reported at the first
    full citation of each)."""
    from briefgen.authorities.load import Library
    from briefgen.authorities.model import validate

    lib = Library()
    for rec in records:
        auth = validate({k: v for k, v in rec.items() if k != "note"}, where.get(rec["id"]), report)
        if auth:
            lib.add(auth, report)
    return lib


# ---------------------------------------------------------------- writing the project files


def _escape(text: str) -> str:
    text = re.sub(r"([\\`*_\[\]<>])", r"\\\1", text)
    return re.sub(r"\{(?=[{%#])", "{{ '{' }}", text)


def _item(c) -> str:
    from briefgen.citations.syntax import item_text

    pin = c.locator.labelled() if c.locator else ""
    if c.locator and c.locator.label == "page":
        pin = c.locator.text
    signal = c.signal.lower() + ("," if c.signal.endswith("e.g.") else "") if c.signal else ""
    text = item_text(c.key, pin, signal)
    for p in c.parentheticals:
        text += f" ({p})"
    return text


def markdown_inlines(nodes) -> str:
    out = []
    for n in nodes:
        if isinstance(n, Str):
            out.append(_escape(n.text))
        elif isinstance(n, Emph):
            inner = markdown_inlines(n.children)
            core = inner.strip()
            out.append(inner.replace(core, f"*{core}*", 1) if core else inner)
        elif isinstance(n, Cite):
            out.append("[" + "; ".join(_item(c) for c in n.items) + "]")
        elif isinstance(n, Note):
            out.append("^[" + markdown_inlines(n.children).strip() + "]")
    return "".join(out)


def module_text(blocks) -> str:
    parts = []
    for b in blocks:
        if isinstance(b, Heading):
            parts.append("#" * b.level + " " + markdown_inlines(b.children))
        elif isinstance(b, Para):
            text = markdown_inlines(b.children)
            if re.match(r"\s*(?:#|>|[-+*]\s|\d+[.)]\s)", text):
                text = "\\" + text.lstrip()
            parts.append(text)
        elif isinstance(b, BlockQuote):
            parts.append("> " + markdown_inlines(b.blocks[0].children))
        elif isinstance(b, BulletList):
            parts.append("- " + markdown_inlines(b.items[0][0].children))
    return "\n\n".join(parts) + "\n"


def modules_of(blocks) -> list[tuple[str, list]]:
    """The blocks split at the top-level headings, each part named after its heading."""
    from briefgen.document import plain_text

    levels = [b.level for b in blocks if isinstance(b, Heading)]
    top = min(levels) if levels else 0
    parts: list = []
    for b in blocks:
        if isinstance(b, Heading) and b.level == top or not parts:
            title = plain_text(b.children) if isinstance(b, Heading) else "opening"
            parts.append((re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:40] or "part", []))
        parts[-1][1].append(b)
    named, seen = [], set()
    for i, (name, part) in enumerate(parts, 1):
        name = f"{i:02d}-{name}"
        seen.add(name)
        named.append((name, part))
    return named


def write(imported: Imported, root: Path, stem: str | None = None) -> list[Path]:
    """``briefs/<stem>.yaml``, ``briefs/modules/<stem>/*.md`` and ``authorities/<stem>.yaml`` under ``root``,
    all at once (each to a temporary file, then renamed together: a crash leaves none of them). Nothing
    is written when any of them exists or would be written through a link out of the project."""
    import yaml

    from briefgen import atomic
    from briefgen.project import inside, plain_name

    stem = plain_name(stem, "--name") if stem is not None else \
        re.sub(r"[^A-Za-z0-9_-]+", "-", imported.source.path.stem).strip("-") or "imported"
    parts = modules_of(imported.blocks)
    spec_path = root / "briefs" / f"{stem}.yaml"
    module_dir = root / "briefs" / "modules" / stem
    auth_path = root / "authorities" / f"{stem}.yaml"
    targets = [spec_path, auth_path] + [module_dir / f"{name}.md" for name, _ in parts]
    existing = [p for p in targets if p.is_symlink() or p.exists()]
    if existing:
        raise UsageError(f"{display_path(existing[0])} exists; nothing was written", code="exists",
                         hint="import under another name with --name, or move the existing files away")
    for path in targets:
        inside(path, root, "import target")
    spec = dict(imported.spec)
    spec["modules"] = [f"{stem}/{name}" for name, _ in parts]
    order = ["kind", "title", "date", "to", "from", "re", "modules", "citations"]
    spec = {k: spec[k] for k in order if k in spec}
    files = {spec_path: _yaml(spec)}
    for name, blocks in parts:
        front = {"title": next((_plain(b) for b in blocks if isinstance(b, Heading)), name)}
        files[module_dir / f"{name}.md"] = "---\n" + _yaml(front) + "---\n" + module_text(blocks)
    records = [{k: (f"{v}" if k in ("date", "accessed") and not isinstance(v, list) else v) for k, v in r.items()}
               for r in imported.records]     # an exchange of notes keeps its list of dates
    files[auth_path] = ("# Draft records from briefgen import: check each against its source.\n"
                        + yaml.dump(records, Dumper=_quoted_dates(), sort_keys=False, allow_unicode=True, width=110))
    made = not module_dir.exists()
    try:
        atomic.write_all({path: text.encode("utf-8") for path, text in files.items()})
    except BaseException:
        if made and module_dir.is_dir() and not any(module_dir.iterdir()):
            module_dir.rmdir()   # the folder the failed write made, left empty
        raise
    return list(files)


def _quoted_dates():
    import yaml

    class Dumper(yaml.SafeDumper):
        """Dates are written in quotes ("2009-06"), as docs/authorities.md asks."""

    def string(dumper, value):
        style = '"' if re.fullmatch(r"\d{4}(-\d{1,2}){0,2}", value) else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, string)
    return Dumper


def _plain(block) -> str:
    from briefgen.document import plain_text

    return plain_text(block.children)


def _yaml(data: dict) -> str:
    import yaml

    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110)


def where_of(imported: Imported) -> Location:
    return Location(display_path(imported.source.path))
