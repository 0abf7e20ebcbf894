"""A footnote, read into prose and citation sentences.

``*See* Roe, 410 U.S. at 120 (holding …); *see also id.* at 122. The court said more.`` becomes a
citation sentence of two items (each a signal, a :class:`~briefgen.importer.forms.Found` and its
parentheticals) followed by prose. A citation sentence starts where a signal or a citation form
does: at the start of the note, after a sentence's end, after ``;``, or after a comma before a signal.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefgen.citations import signals
from briefgen.importer import briefs, codes, declared, documents, forms, international, quoted, rulings, tribunals
from briefgen.importer.forms import Found
from briefgen.importer.sources import Rich

SIGNAL = re.compile(r"(?:but\s+see|but\s+cf\.?|see,?\s+also|see\s+generally|see|cf\.?|compare|contra|accord|"
                    r"e\.\s?g\.|with)(?:,?\s+e\.\s?g\.)?,?(?=\s|(?:(?<=see)|(?<=also))\d)", re.I)   # see26 C.F.R.: no space


# The readers, tried in this order at each place a citation may start: forms that point back first, then
# those whose anchors are surest (a U.N. resolution's "Res.", a court in brackets) before looser ones.
BACK = (forms.read_id, forms.read_supra)
READERS = (forms.read_letter, documents.read_presidential, documents.read_interview, forms.read_legislative, international.read_resolution, forms.read_statute,
           codes.read_state_code, rulings.read_ruling,
           international.read_foreign, international.read_icj, international.read_tribunal, international.read_advisory_first,
           international.read_regional,
           forms.read_case, forms.read_short_case, forms.read_treaty, forms.read_filing, briefs.read_brief,
           briefs.read_record, forms.read_speech,
           quoted.read_crs, quoted.read_congress, quoted.read_quoted, quoted.read_numbered, quoted.read_agency,
           quoted.read_adopted, quoted.read_letter, forms.read_titled, quoted.read_url)
READERS = tribunals.READERS + READERS    # OSCOLA and roman international forms, anchored on numbers and symbols


# the second look (NoteReader.within): what marks a citation of legislation inside prose, and the readers of it
ANCHORED = (forms.read_statute, codes.read_state_code, forms.read_legislative)
_ANCHOR = re.compile(r"(?<![\w.])(?:\d+\s(?:U\.S\.C\.|U\.S\.\sCode\b|C\.F\.R\.|Stat\.\s(?:at\s)?\d|"
                     r"(?:Fed\.\sReg\.|Federal\sRegister)\s\d)|(?:P\.\s?L\.|Pub\.\sL\.\sNo\.)\s\d|"
                     r"(?:U\.S\.|United\sStates)\sConstitution,\s|U\.S\.\sConst\.|[HS]\.\s?(?:Rept|Doc)\.\s\d+-\d)")
# before a volume of the Statutes at Large, the parts of the act's citation it belongs to: P.L. 532, ch. 675, § 505
_BEFORE_STAT = re.compile(r"(?:(?:P\.\s?L\.|Pub\.\sL\.\sNo\.)\s\d+(?:-\d+)?,\s)?(?:[Cc]h\.\s\d+,\s)?"
                          r"(?:§§?\s?[\w.()–-]+,\s)?$")


def anchors(text: str, start: int, end: int) -> list[int]:
    """Where citations of legislation begin between ``start`` and ``end``: the patterns above, and eyecite's
    statutes (its reporters-db laws)."""
    from eyecite.models import FullLawCitation

    found = {m.start() for m in _ANCHOR.finditer(text, start) if m.start() < end}
    if text.strip():
        found |= {c.span()[0] for c in forms.eyecite_spans(text) if isinstance(c, FullLawCitation)
                  and start <= c.span()[0] < end}
    return sorted(found)


def case_names(text: str, start: int, end: int) -> list[int]:
    """Where the name of a case cited in full inside a sentence of prose begins, between ``start`` and ``end``: where
    the plaintiff eyecite read is written (``… in Wolf v. Colorado, 338 U. S. 25, 28 (1949), that …``)."""
    from eyecite.models import FullCaseCitation

    out = []
    for c in forms.eyecite_spans(text) if text.strip() else ():
        at = forms.name_start(text, start, c) if isinstance(c, FullCaseCitation) else None
        if at is not None and start < at < end and at not in out:
            out.append(at)
    return sorted(out)


def _starts(text: str, floor: int, a: int) -> list[int]:
    """Where a citation anchored at ``a`` may start: the anchor, or before it the parts of a session law."""
    if not re.match(r"\d+\sStat\.", text[a:]):
        return [a]
    m = _BEFORE_STAT.search(text, floor, a)
    start = m.start() if m else a
    return [start, a] if start < a else [a]


def _titled_plain(rich: Rich, pos: int, limit: int) -> Found | None:
    """A work whose title is guessed in plain text, unless a citation of legislation is inside what it would take
    (``Pursuant to the U.S. Constitution, Article I``: not an author and a title)."""
    f = forms.read_titled_plain(rich, pos, limit)
    if f and re.fullmatch(r"(?:Art|Amdt)\.\s[IVXLC\d]+", str(f.fields.get("title", ""))):
        return None     # The Supremacy Clause, Art. VI, cl. 2: a clause of the Constitution, not an author's title
    return None if f and anchors(rich.text, f.start, f.end) else f


@dataclass
class Item:
    """``see also @x, 11 (noting …)`` as read: its signal, the citation, its parentheticals."""

    found: Found
    signal: str = ""
    start: int = 0
    end: int = 0
    parentheticals: list = field(default_factory=list)
    hereinafter: str = ""
    spans: list = field(default_factory=list)     # where each parenthetical's text is in the note


@dataclass
class Segment:
    """Prose (``items`` empty) or one citation sentence or clause, from ``start`` to ``end`` of the note."""

    start: int
    end: int
    items: list = field(default_factory=list)
    close: str = ""          # the punctuation that ended a citation sentence ('.' or '')


def markdown(rich: Rich, start: int, end: int) -> str:
    """Part of a note as Markdown: italics as ``*…*``, characters Markdown would read escaped."""
    out, i = [], start
    while i < end:
        j = i
        while j < end and rich.italic[j] == rich.italic[i]:
            j += 1
        chunk = re.sub(r"([\\`*_\[\]<>])", r"\\\1", rich.text[i:j])
        if rich.italic[i] and chunk.strip():
            lead = chunk[:len(chunk) - len(chunk.lstrip())]
            trail = chunk[len(chunk.rstrip()):]
            chunk = f"{lead}*{chunk.strip()}*{trail}"
        out.append(chunk)
        i = j
    return "".join(out)


_LIMIT_MARK = re.compile(r"[()\[\]\"“;]")


def _limit(text: str, pos: int) -> int:
    """The next ``;`` outside brackets, parentheses and quoted titles (the end of one item), or the end; where a
    parenthesis is never closed, the next ``;`` before a signal."""
    depth, fallback = 0, -1
    i = pos
    while True:     # from one bracket, quotation mark or semicolon to the next: the letters between are skipped at once
        mark = _LIMIT_MARK.search(text, i)
        if not mark:
            break
        i = mark.start()
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch in "\"“" and depth == 0 and (i == 0 or text[i - 1] in " ("):    # a quoted title: "A; B,"
            close = text.find("”" if ch == "“" else '"', i + 1, i + 400)
            if close > 0:
                i = close
        elif ch == ";" and depth == 0:
            return i
        elif ch == ";" and fallback < 0 and _SIGNAL_NEXT.match(text, i + 1):
            fallback = i
        i += 1
    return fallback if fallback >= 0 and depth > 0 else len(text)


_SIGNAL_NEXT = re.compile(r"\s+(?:see|but|cf\.|accord|compare|contra)\b", re.I)


# R10.7 subsequent history after a case: ", aff'd, 957 F.3d 505 (5th Cir. 2020)"
_HISTORY = re.compile(r",\s(?P<what>(?:aff[’']d|rev[’']d|cert\.\sdenied|cert\.\sgranted|vacated|withdrawn|"
                      r"abrogated\b[^,;()]*?\sby|overruled\sby|superseded\b[^,;()]*?\sby|modified)[,\s][^;()]*?"
                      r"(?P<paren>\()(?=[^()]*\d{4}\)))")

# where an unclosed explanatory parenthetical must end: at a ')' that ends the citation sentence or clause
# the spaces and comma before a parenthesis that follows a citation (possessive: a run of spaces is read once)
_PAREN_NEXT = re.compile(r"(\s*+)(,?)(\s*+)\(")
_UNCLOSED_END = re.compile(r"\)(?=[.;]?\s+[A-Z]|\.?\s*$|;)")


def _clip_end(text: str, n: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[-n:]


def quotations(text: str) -> list[tuple[int, int]]:
    """Where the note quotes a source in curly double quotation marks: ``(open, close)`` of each quotation that
    closes. A quotation of several paragraphs opens each paragraph and closes only the last (“(2) … “(3) …”): one
    quotation. A citation inside one is the quoted source's, not the note's."""
    out, i = [], 0
    while True:
        start = text.find("“", i)
        end = text.find("”", start + 1) if start >= 0 else -1
        if end < 0:
            return out
        out.append((start, end))
        i = end + 1


def _balanced(text: str, pos: int) -> int:
    """Index just after the ``)`` closing the ``(`` at ``pos``; -1 if none."""
    depth = 0
    for i in range(pos, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i + 1
    return -1


class NoteReader:
    """Reads notes one by one; ``problems`` collects form mistakes as (offset, code, message, hint).
    ``known`` reads the short forms of sources the notes before have cited in full."""

    def __init__(self, italics_known: bool = True, known=None, t12: bool = True):
        self.italics_known = italics_known
        self.t12 = t12          # the memo abbreviates months as T12 does (else it writes them out by its own style)
        self.spaced = True      # the memo writes § 1234 somewhere (else §1234 is its own style)
        self.oscola = False     # the memo's notes are OSCOLA's (Prosecutor v Bemba, ibid, (n 10)): cf in roman, no stop
        self.code: dict | None = None    # the code a note has declared every later bare section to belong to
        self.court = False      # the notes are in the Supreme Court's own style (540 U. S. 56, Id., at 12)
        own = (self._declared_title, self._section, self._constitution)
        self.readers = BACK + own + ((known,) if known else ()) + READERS + (() if italics_known else (_titled_plain,))
        self.anchored = ANCHORED + own

    def declare(self, text: str) -> None:
        """Take the code a note declares (``all section references are to the Internal Revenue Code``) for the bare
        sections of this note and the notes after it."""
        found = declared.declared(text)
        if found:
            self.code = found[0]

    def _section(self, rich: Rich, pos: int, limit: int) -> Found | None:
        return declared.read_section(rich, pos, limit, self.code)

    def _constitution(self, rich: Rich, pos: int, limit: int) -> Found | None:
        return forms.read_court_constitution(rich, pos, limit) if self.court else None

    def _declared_title(self, rich: Rich, pos: int, limit: int) -> Found | None:
        return declared.read_declared_title(rich, pos, limit, self.code)

    def read(self, rich: Rich) -> tuple[list[Segment], list]:
        text = rich.text
        segments, problems, pos = [], [], 0
        prose_start = None
        quoted = quotations(text)
        while pos < len(text):
            if text[pos] == " ":
                pos += 1
                continue
            inside = next((e for s, e in quoted if s < pos < e), None)
            if inside is not None:     # words quoted from a source, not the note's own citations: prose to the close
                if prose_start is None:
                    prose_start = pos
                pos = inside + (text[inside - 1] in ".,;:!?")    # “… water.” Id., at 12: a citation may follow
                continue
            at_start = pos == 0 or re.search(r"[.!?][”’\"')\]]*\s*$", text[:pos]) is not None   # …Division.' App. 20
            seg = self.sentence(rich, pos, at_start, problems)
            if seg:
                if prose_start is not None:
                    segments.append(Segment(prose_start, pos))
                    prose_start = None
                segments.append(seg)
                pos = seg.end
                continue
            # a comma that ends the citation before: the next citation may start right after it; an address after "at"
            nxt = re.compile(r"[.!?:;][”’\"')\]]*\s+|,\s+(?=\S)|(?<=\sat)\s(?=<?https?://)").search(
                text, pos + (text[pos] != ","))
            clause_end = nxt.end() if nxt else len(text)
            floor = pos if prose_start is None else prose_start
            inner = self.within(rich, floor, pos, clause_end, problems)
            if inner:          # a citation clause in the prose: the prose before it stays prose
                if inner.start > floor:
                    segments.append(Segment(floor, inner.start))
                prose_start = None
                segments.append(inner)
                pos = inner.end
                continue
            if prose_start is None:
                prose_start = pos
            pos = clause_end
        if prose_start is not None:
            segments.append(Segment(prose_start, len(text)))
        return segments, problems

    def within(self, rich: Rich, floor: int, pos: int, end: int, problems: list) -> Segment | None:
        """The second look at a clause that is not a citation sentence: a citation of a code, the Statutes at Large,
        the Federal Register, a public law or the Constitution inside its prose (``authorized under 10 U.S.C. §815
        and commonly referred to …``), read from its anchor as a citation clause (R1.1); the words around it stay
        prose. ``floor`` is where the prose began: a session law's chapter or section before its volume is read
        with it."""
        text = rich.text
        found = anchors(text, pos, end)
        if self.code:       # a bare section of the code the document declared, and that code's title: (26 U.S.C.)
            found = sorted(set(found) | {m.start() for m in declared.ANCHOR.finditer(text, pos) if m.start() < end})
        if self.court:      # the Constitution as the Court cites it: “… Nations,” Art. I, §8, cl. 3
            found = sorted(set(found) | {m.start() for m in forms.COURT_CONSTITUTION.finditer(text, pos) if m.start() < end})
        for a in found:
            for start in _starts(text, floor, a):
                seg = self.reading(rich, start, a + 1, problems, inside=True)
                if seg:
                    return seg
        for a in case_names(text, pos, end):    # … in Wag-A-Bag, Inc. v. Commissioner, T.C. Memo. 1992-581, …, and held
            seg = self.sentence(rich, a, False, problems, inside=True, first_readers=(forms.read_case,))
            if seg:
                return seg
        return None

    def reading(self, rich: Rich, start: int, reach: int, problems: list, inside: bool = False) -> Segment | None:
        """The citation clause read at ``start`` when it reads as far as ``reach``, else None: a span is taken for
        citations only when the readers read it whole. ``inside``: read from an anchor in prose (the second look),
        its first citation must reach past the anchor; else a span read on its own (a citing parenthetical), its
        citations must reach its end."""
        seg = self.sentence(rich, start, not inside, problems, inside=inside)
        if seg is None or (seg.items[0].found.end if inside else seg.end) < reach:
            return None
        return seg

    def sentence(self, rich: Rich, pos: int, capital: bool, problems: list, inside: bool = False,
                 first_readers: tuple = ()) -> Segment | None:
        """The citation sentence or clause that starts at ``pos``; ``inside``: one read from an anchor in prose, by
        the readers of legislation only (or ``first_readers``), and ended wherever its citation ends."""
        text = rich.text
        items: list[Item] = []
        local: list = []
        p, close, end = pos, "", pos
        first = True
        while True:
            start = p
            signal = ""
            sm = SIGNAL.match(text, p)
            if sm:
                canon = signals.canonical(re.sub(r",(?=\s+also)", "", sm.group(0)))   # See, also: a slip of form
                if canon:
                    signal = canon
                    self._signal_form(rich, sm, canon, first and capital, local)
                    p = sm.end()
                    while p < len(text) and text[p] == " ":
                        p += 1
            elif not first and not capital:
                pass
            limit = _limit(text, p)
            found = None
            for reader in ((first_readers or self.anchored) if inside and first else self.readers):
                found = reader(rich, p, limit)
                if found:
                    break
            if not found:
                break
            if not signal and not first and items and items[-1].signal == "Compare":
                pass
            item = Item(found, signal, start)
            q = found.end
            hm = re.compile(r"\s*\[hereinafter\s(?P<name>[^\]]+)\]").match(text, q)
            if hm:
                item.hereinafter = hm.group("name").strip()
                q = hm.end()
            while True:
                history = _HISTORY.match(text, q) if found.kind == "case" and "history" not in found.fields else None
                if history:      # R10.7: subsequent history, to the date that ends it
                    close_at = _balanced(text, history.end("paren") - 1)
                    if close_at > 0:
                        found.fields["history"] = markdown(rich, history.start("what"), close_at)
                        q = close_at
                pm = _PAREN_NEXT.match(text, q)
                if not pm:
                    break
                close_at = _balanced(text, pm.end() - 1)
                if pm.group(2) and close_at > 0 and re.fullmatch(r"[a-z]{1,5}|\d{1,3}", text[pm.end():close_at - 1]):
                    break   # "§ 1.6045-1(a)(25)(i) (…), (ii) (…)": a further subdivision, pinned apart as written
                unclosed = close_at < 0
                if unclosed:       # a parenthesis the source never closed: it ends where the citation does
                    end_m = _UNCLOSED_END.search(text, pm.end())
                    if not end_m:
                        break
                    close_at = end_m.start() + 1
                    local.append((pm.end() - 1, "parenthesis", "a parenthetical that is never closed",
                                  f"close it: …{_clip_end(text[pm.end() - 1:close_at])})"))
                inner = text[pm.end():close_at - 1]
                if unclosed:      # the ')' found closes a parenthetical inside: keep it, and close this one
                    inner = text[pm.end():close_at]
                if pm.group(2):
                    local.append((q, "comma-parenthetical", "a comma before a parenthetical",
                                  "an explanatory parenthetical follows the citation without a comma (R1.5)"))
                if not inner.strip():
                    local.append((pm.end() - 1, "empty-parenthetical", "empty parenthetical",
                                  "R1.5: remove the ( ) or say what the source holds: (holding that …)"))
                else:
                    said = markdown(rich, pm.end(), close_at - (0 if unclosed else 1))
                    if said.count('"') % 2:     # a quotation mark the source left open: curled, as it prints
                        from briefgen.authorities.typeface import smart_quotes

                        said = smart_quotes(said)
                    hereinafter = re.match(r"hereinafter\s+(.+)", text[pm.end():close_at - 1], re.S)
                    if hereinafter and not item.hereinafter and not unclosed:   # (hereinafter X), as some styles write it
                        item.hereinafter = " ".join(hereinafter.group(1).split())
                    else:
                        item.parentheticals.append(said)
                        item.spans.append((pm.end(), close_at - (0 if unclosed else 1)))
                q = close_at
            if not hm:
                hm = re.compile(r"\s*\[hereinafter\s(?P<name>[^\]]+)\]").match(text, q)
                if hm:
                    item.hereinafter = hm.group("name").strip()
                    q = hm.end()
            item.end = q
            local += found.problems
            items.append(item)
            first = False
            rest = text[q:]
            if rest.startswith(";"):
                p = q + 1
                while p < len(text) and text[p] == " ":
                    p += 1
                end = q
                continue
            joined = re.match(r"\s+and\s+", rest)
            if joined and found.kind == "rule":    # Rule 89(C) of the ICTY and ICTR Rules …: two courts' Rules at one rule
                p = q + joined.end()
                continue
            if joined and re.search(r"[,;][\"”]$", text[:q]):   # "Title," and X (CRS style)
                p, end = q + joined.end(), q
                continue
            if re.match(r",\s+with\s", rest, re.I):
                p = q + 1
                while text[p] == " ":
                    p += 1
                continue
            if rest.startswith(".") and (len(rest) == 1 or rest[1] in " ”\"’"):
                close, end = ".", q + 1
            elif text[q - 1:q] == "." and (not rest or rest[0] == " "):
                close, end = ".", q       # the citation's own period (Id.) ends the sentence
            elif re.match(r"[.?!][\"”]", text[q - 2:q]) and (not rest or rest[0] == " "):
                close, end = "", q        # ISA, "FAQs for the Media." — the period inside the quotation marks
            elif not rest.strip() or rest.startswith(","):
                close, end = "", q
            elif inside:       # the prose goes on after a citation clause
                close, end = "", q
            else:
                items.pop()
                if not items:
                    return None
                break
            problems += local
            return Segment(pos, end, items, close)
        if not items:
            return None
        # the sentence stopped at an item that could not be read: keep what was read up to the last ';'
        problems += [p_ for p_ in local if p_[0] < end]
        return Segment(pos, end, items, "") if end > pos else None

    def _signal_form(self, rich: Rich, m, canon: str, capital: bool, local: list) -> None:
        raw = " ".join(m.group(0).split())
        if self.oscola and raw in ("cf", "see", "see also", "but see", "contra"):
            return       # OSCOLA's signals: lowercase, roman, without a full stop
        want = canon + ("," if canon.lower().endswith("e.g.") else "")
        if not capital:
            want = want[0].lower() + want[1:]
        if raw.endswith(",") and re.match(r"\s*for\sexample,", rich.text[m.end():]):    # a house style's e.g.
            if self.t12:
                local.append((m.start(), "signal-form", f"signal written '{raw} for example,'",
                              f"R1.2: write {want.rstrip(',')}, e.g.,"))
            return
        if raw.lower().rstrip(",") != want.lower().rstrip(",") or (want.endswith(",") and not raw.endswith(",")) \
                or (raw.endswith(",") and not want.endswith(",")):     # See, Sporhase: R1.2 sets no comma there
            local.append((m.start(), "signal-form", f"signal written '{raw}'", f"R1.2: write {want}"))
        elif raw[0] != want[0] and canon != "with":
            where = "at the start of a citation sentence" if capital else "inside a citation sentence"
            local.append((m.start(), "signal-case", f"signal '{raw}' {where}", f"write {want}"))
        from briefgen.lint.text import ends_sentence

        before = rich.text[:m.start()].rstrip()       # "For more, see X": the verb of a textual sentence, in roman
        verb = canon != "with" and before and not before.endswith(";") and not ends_sentence(rich.text[:m.start()])
        if self.italics_known and not verb and not rich.is_italic(m.start(), m.start() + len(canon.rstrip(".,")) - 1):
            local.append((m.start(), "signal-italics", f"signal '{raw}' is not in italics", f"write *{want.rstrip(',')}*"
                          + ("," if want.endswith(",") else "") + " (R1.2, B1.2)"))
