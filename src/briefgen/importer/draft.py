"""From citations read in notes to draft authority records and citation items.

Each full citation becomes (or finds) one record of its kind; *Id.*, *supra* and the short forms of
decisions are resolved to the record they point back to, by the names and forms the rule table gives
each kind (:mod:`briefgen.authorities.kinds`), and problems a citechecker would mark are reported where
they are: an *Id.* that does not refer to the previous note's only authority, a *supra* or short form
with no earlier full citation, *supra* for a kind that never takes it, a *supra* by a name the full
citation never announced, one source cited with different volumes or pages, a *supra* note number that
is not the note of the full citation.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import replace

from briefgen.authorities.model import Authority
from briefgen.citations import bluebook as bb
from briefgen.authorities.kinds import COMMON, KINDS
from briefgen.authorities.parts import OTHERS, family_name
from briefgen.citations.syntax import parse_locator
from briefgen.authorities.rules import PIN_WORDS
from briefgen.document import Citation
from briefgen.errors import BriefgenError, Report
from briefgen.importer.capitals import read_capitals
from briefgen.importer.forms import Found, _italic_at
from briefgen.importer.notes import Item
from briefgen.importer.guesses import implausible
from briefgen.importer.sources import Rich
from briefgen.tables import MONTH

def identity(kind: str, f: dict) -> tuple:
    """What makes two full citations the same source: where a reporter or the Federal Register prints it (a
    court or a date may be written two ways), else the full citation the kind's own form prints from the
    fields, without a pin."""
    where = f.get("reporter") or f.get("code")
    if f.get("volume") and where and (f.get("page") or f.get("reporter")):   # an act's sections are its records
        act = (str(f["section"]),) if f.get("public_law") and f.get("section") else ()
        return (kind, str(f["volume"]), where, str(f.get("page"))) + act
    if f.get("database"):
        return (kind, f["database"])
    if kind == "legislative" and f.get("type") in ("bill", "resolution") and f.get("congress"):
        return (kind, str(f.get("number")), str(f["congress"]))   # one bill, cited with its title or without
    return (kind, bb.plain(bb.full(Authority("x", kind, f))))


def _digits(page) -> str:
    """A Federal Register page as a number: ``13,037`` and ``13037`` are one page."""
    return str(page).replace(",", "")


def _ascii(text: str) -> str:
    """``Tadić`` -> ``Tadic``: ids are plain letters."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _ascii(text).lower()).strip("-")


_STOP = {"the", "a", "an", "of", "on", "in", "and", "for", "to", "where", "what", "u", "s", "us", "el", "la", "de",
         "los", "las", "del", "y", "report", "note"}


def _words(text: str, n: int = 2) -> str:
    words = [w for w in re.findall(r"[A-Za-z]+", _ascii(text)) if w.lower() not in _STOP]
    return "-".join(words[:n])


def key_for(kind: str, f: dict) -> str:
    """A readable id: ``vclt``, ``raich2005``, ``usc22-2778``, ``gao-09-709``, ``vats2020``."""
    table = KINDS[kind]
    derived = table.derived(Authority("x", kind, f))[0]
    dated = re.search(r"\b(?:1[89]|20)\d\d\b", derived)   # a tesis's key: 1a. CCVII/2014 (10a.)
    year = str(f.get("year") or f.get("date") or (dated.group(0) if dated else ""))[:4]
    if table.window:  # a decision, by the name its short form uses (R10.9)
        return _slug(_words(derived, 1) or kind) + year
    if kind in ("statute", "regulation"):
        if f.get("public_law"):
            return "pl" + _slug(f["public_law"])
        if f.get("reporter") == "Stat." and f.get("volume"):     # an act by its chapter and page: stat52-1040
            return f"stat{f['volume']}-{_slug(str(f.get('page')))}"
        if f.get("code") == "Fed. Reg.":
            return f"fr{f.get('volume')}-{_slug(str(f.get('page')))}"
        code = _slug(str(f.get("code", "")).replace(".", "")) + str(f.get("title", ""))
        return f"{code}-{_slug(str(f.get('section')))}" if f.get("section") else code
    if kind == "treaty":
        words = [w for w in re.findall(r"[A-Za-z]+", f.get("name", "")) if w[0].isupper()]
        return "".join(w[0] for w in words).lower() or "treaty"
    if kind == "un-document":
        return _slug(f.get("symbol", "un"))
    if kind in ("report", "legislative") and f.get("number"):     # s-rep-no-119-44
        return _slug(f["number"])
    if kind == "constitution":
        return _slug(f.get("name", "const"))
    if kind == "letter":
        return "letter" + year
    if kind == "web" and f.get("url") and not (f.get("title") or f.get("site") or f.get("author") or f.get("authors")):
        host = re.sub(r"^https?://(?:www\.)?", "", str(f["url"])).split("/")[0]   # a page known by its address
        return _slug(host.rsplit(".", 1)[0]) or "web"
    if re.search(r"\d", derived) and len(derived) < 30:  # known by a number: S.C. Res. 2117
        return _slug(derived)
    people = f.get("authors")
    if people:
        first = people[0] if isinstance(people, list) else people
        return _slug(family_name(first).split()[-1]) + year
    return _slug(_words(f.get("title") or f.get("name") or f.get("author") or kind)) + year


def _likeness(name: str, cand: str) -> float:
    """How surely a *supra* name points at a record's name: the same, its start, its initials, or alike."""
    a, b = name.lower().strip(), cand.lower().strip()
    if a == b:
        return 1.0
    if b.startswith(a) and not b[len(a):len(a) + 1].isalnum():
        return 0.95
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w’'-]*", cand) if w[0].isupper())
    if name.replace(".", "") == initials and len(initials) > 1:
        return 0.9
    return difflib.SequenceMatcher(None, a, b).ratio()


# where a short form may end: the note's end, a sentence's, a hereinafter, an explanatory parenthetical (a
# parenthetical ending in a year belongs to a full citation), or "with" in a comparison
_ENDS = re.compile(r"\.?\s*$|[.;]\s|,?\s\[|,?\s\((?![^()]*\d{4}\))|,\swith\s")


# a date or a parenthetical (§ 1(a) is a subsection, not one), which a pin never holds
_DATED = re.compile(r"\s\(|\b" + MONTH + r"\s\d{1,2},\s\d{4}")     # the months of tables.py, not a list of its own


def _printed_as(kind, auth, name: str, text: str, pos: int, limit: int) -> tuple[int, str] | None:
    """``(end, pin)`` when the kind's short form of ``auth`` under ``name``, with no pin or with a pin read from the
    text, prints exactly ``text[pos:end]``; the longest such citation wins."""
    ends = sorted({m.start() for m in _ENDS.finditer(text, pos + len(name), limit)} | {limit}, reverse=True)
    for end in ends:
        written = text[pos:end]
        starts = [None] + [p for p in range(pos + len(name), end) if text[p - 1] == " " and
                           not text.startswith("at ", p)]
        for p in starts:
            if p is not None and _DATED.search(text, p, end):
                continue      # a date is no pin: the citation repeated in full with its date (§ 4 Q&A 9 (Mar. 26, 2014))
            try:
                loc = parse_locator(text[p:end]) if p is not None else None
            except BriefgenError:
                continue
            if loc and loc.label == "other" and kind.window:  # a decision's short form is pinned to a page, ¶ or note
                continue
            if bb.plain(kind.short(auth, loc, bb.DEFAULT, name)) == written:
                return end, text[p:end] if p is not None else ""
    return None


# the citation of a code or a public law, by which a *supra* names a statute or regulation
_CODE_NAME = re.compile(r"^(?:\d+\s+(?:U\.\s?S\.\s?C(?:\.|ode)|U\.S\.\sCode|C\.\s?F\.\s?R\.|Stat\.)|"
                        r"(?:P\.\s?L\.|Pub\.\sL\.(?:\sNo\.)?)\s*\d|"
                        r"[A-Z][\w.’' ]*?\s?§§?\s?[\w.-]*\d[\w.()-]*$)")     # a state code's section: Colo. Rev. Stat. §12-47-408


def _one_work(rec: dict, fields: dict) -> str:
    """Two citations of one title, not of a decision: ``another`` work when their authors or dates differ (two works
    of one institution, two debates in the Congressional Record, one Act's sections of two years); the ``same`` work
    when nothing differs but what one of them leaves out (``Senate Committee on Foreign Relations`` for ``U.S.
    Congress, Senate Committee on Foreign Relations``: a house style's short form); else the same work
    ``miswritten`` (another volume or first page)."""
    def people(f: dict) -> str:
        who = f.get("authors") or f.get("author") or ""
        who = "; ".join(map(str, who)) if isinstance(who, list) else str(who)
        return re.sub(r"^(?:and\s|\d{4}\.\s)+", "", " ".join(who.split()))

    a, b = people(rec), people(fields)
    if a and b and not (a.endswith(b) or b.endswith(a)):
        return "another"
    for k in ("year", "date", "edition", "symbol"):     # two U.N. documents of one title: two symbols
        if rec.get(k) and fields.get(k) and str(rec[k]) != str(fields[k]):
            return "another"
    numbers = ("volume", "page", "reporter", "number")
    if all(not rec.get(k) or not fields.get(k) or str(rec[k]) == str(fields[k]) for k in numbers):
        return "same"
    return "miswritten"


# what a finding on a short form or *supra* says when no note of the memo gives the source in full
_NONE_FULL = "no note of this memo cites a source of that name in full, so its full citation is not known here"


def _locator(pin: str):
    """The pin as a locator, or None (no pin, or one briefgen does not read)."""
    try:
        return parse_locator(pin) if pin else None
    except BriefgenError:
        return None


# a document's symbol or number left as text after a citation read without it (GOV/2003/75, H.Rept. 2038)
_SYMBOL = re.compile(r"\b[A-Z][\w.]*(?:/[\w.]*\d[\w.]*)+|\b(?:Rept|Doc|No)\.\s?\d+")


def _symbols(tail: str) -> set:
    """The symbols and numbers in the rest of one citation (to its semicolon or sentence end)."""
    tail = re.split(r";\s|\.\s|\.$", tail, maxsplit=1)[0]
    return set(_SYMBOL.findall(tail))


class Draft:
    """The records of one imported memo and the state needed to resolve forms that point back."""

    def __init__(self, report: Report, taken=frozenset()):
        self.report = report
        self.taken = frozenset(taken)              # ids the project already has: never made again
        self.records: dict[str, dict] = {}
        self.kinds: dict[str, str] = {}
        self.by_identity: dict[tuple, str] = {}
        self.first_note: dict[str, int] = {}
        self.guessed: dict[str, list] = {}        # key -> the fields read by a guess
        self.remarks: dict[str, list] = {}        # key -> the fields its citation left out or that were not read
        self.quoted: dict[str, str] = {}
        self.where: dict = {}                      # key -> where its first full citation is
        self.prev_keys: list = []
        self.note_keys: list = []
        self.note = 0                              # the note being read
        self.note_text = self.prev_text = ""        # its text and the previous note's
        self.earlier_text = ""                      # the text of every note before it
        self.unread: dict[int, str] = {}           # note -> the text of its citations that could not be read
        self.last_unread = False                   # the citation just before was not read
        self.prev_unread = False                   # the previous note holds a citation that was not read
        self.unresolved = False                    # the last item points at a citation that was not read
        self._marks: dict[str, str] = {}           # key -> what its short forms print after the name
        self.tail = ""                             # the text after the full citation being read, to its end
        self.tails: dict[str, str] = {}            # key -> the text after its first full citation
        self.orphans: list = []                    # short forms and supras with no earlier full citation, to be
                                                   # told the full citation if a later note gives it

    # ------------------------------------------------------------ notes
    def next_note(self, number: int = 0, text: str = "") -> None:
        self.prev_keys, self.note_keys = self.note_keys, []
        self.prev_text, self.note_text = self.note_text, text
        self.earlier_text += " " + self.prev_text
        self.prev_unread = self.note in self.unread
        self.note = number or self.note + 1
        self.last_unread = False

    def not_read(self, text: str) -> None:
        """A citation of this note could not be read: what points back at it is not a finding."""
        self.unread[self.note] = self.unread.get(self.note, "") + " " + text
        self.last_unread = True

    def _antecedent_unread(self, name: str, note: int = 0) -> bool:
        """Whether a *supra* or short form by ``name`` (to ``note``) may point at a citation not read."""
        if note:
            return note in self.unread
        name = name.lower()
        return any(name in text.lower() for text in self.unread.values())

    def auth(self, key: str) -> Authority:
        return Authority(key, self.kinds[key], {k: v for k, v in self.records[key].items() if k not in ("id", "kind")})

    # ------------------------------------------------------------ one item
    def citation(self, item: Item, rich: Rich, note: int, note_text: str) -> Citation | None:
        """The citation item for ``item``, or None when it points at nothing (reported)."""
        f = item.found
        where = rich.where(item.start)
        self.unresolved = False
        if f.kind == "id":
            key = self._id(where, f)
        elif f.kind == "supra":
            key = self._supra(f, where)
        elif f.kind == "short":
            key = self._short(f, where)
        elif "title" in f.guessed and implausible(f.fields):
            self.unresolved = True     # a citation of another form, cut in the wrong place: not read
            return None
        else:
            self.tail = rich.text[item.end:][:200]
            key = self._full(f, where, note, note_text)
            self.tail = ""
        if key is None:
            return None
        self.last_unread = False
        if item.hereinafter and not self.records[key].get("hereinafter"):
            self.records[key]["hereinafter"] = item.hereinafter
        self.note_keys.append(key)
        pin = re.sub(r"\b(amend|art|arts|cl|pt|pts|para|paras|ch)\.(?=[\dIVXLC])", r"\1. ", f.pin)   # R3.3: amend. VI
        try:
            locator = parse_locator(pin, where) if pin else None
        except BriefgenError:
            self.report.warning(f"pin '{pin}' kept as written", where, code="import-pin",
                                hint="check the pin; briefgen reads pages, §, ¶, art., pt. and n.")
            locator = None
        if not self._declared(key, locator, where):
            return None
        year = str(self.records[key].get("year") or self.records[key].get("date") or "")[:4]
        said = tuple(p for p in item.parentheticals if not (year and p.strip() == year))  # a short form's "(1963)"
        return Citation(key, item.signal, locator=locator, parentheticals=said, location=where)

    def _declared(self, key: str, locator, where) -> bool:
        """Whether the record's kind prints the pin's label (pins.LABELS, each kind's ``pins``). A citation whose
        pin it does not print is kept as text and said: the kind may have been guessed wrong, and a pin the
        formatter refuses would stop the imported memo's build."""
        kind = KINDS.get(self.records[key].get("kind", ""))
        if locator is None or kind is None or locator.label in kind.pins:
            return True
        self.report.warning(f"a {kind.name} takes no {PIN_WORDS[locator.label]} pin ('{locator.labelled()}'): "
                            "the citation is kept as text", where, code="import-pin",
                            hint=f"check the record's kind; a {kind.name} takes "
                                 + ", ".join(PIN_WORDS[p] for p in PIN_WORDS if p in kind.pins))
        return False

    def _nominative_dropped(self, key: str, fields: dict) -> bool:
        """``Marbury, 5 U.S. at 178`` after ``5 U.S. (1 Cranch) 137``: the same report, its nominative left out."""
        record = self.records[key]
        reporter, short = str(record.get("reporter") or ""), str(fields.get("reporter") or "")
        return bool(short) and str(record.get("volume")) == str(fields.get("volume")) and \
            reporter.startswith(short + " (") and reporter.endswith(")")

    def _id(self, where, f: Found) -> str | None:
        if self.last_unread or (not self.note_keys and self.prev_unread):
            if not self.last_unread and self._id_after_several(where):
                return None
            self.unresolved = True     # it refers to a citation that was not read
            return None
        if self.note_keys:
            return self.note_keys[-1]
        distinct = list(dict.fromkeys(self.prev_keys))
        if len(distinct) == 1:
            return distinct[0]
        if not distinct:
            self.report.warning("*Id.* after a note that cites no authority", where, code="id-reference",
                                hint="R4.1: cite the authority by its short form or *supra*; *Id.* refers to the "
                                     "previous note's only authority")
            return None
        forms = " or ".join(dict.fromkeys(self._later(k, _locator(f.pin)) for k in distinct))
        self.report.warning(f"*Id.* after a note that cites {len(distinct)} authorities", where, code="id-reference",
                            hint=f"R4.1: *Id.* cannot say which; write {forms} (kept as text)")
        return None

    def _id_after_several(self, where) -> bool:
        """An *Id.* after a note that was not read all through, but whose text cites several sources by its shape
        (a string of citations, or two citation sentences): R4.1 is broken whatever those sources are."""
        from briefgen.lint.cited import sources_cited

        count = sources_cited(self.prev_text)
        if count < 2:
            return False
        self.report.warning(f"*Id.* after a note that cites {count} sources", where, code="id-reference",
                            hint="R4.1: *Id.* refers to the previous note only when it cites one source; "
                                 "cite this one by its short form (kept as text)")
        return True

    def _names(self, key: str) -> list[str]:
        rec = self.records[key]
        auth = self.auth(key)
        out = [rec.get("hereinafter"), rec.get("short"), rec.get("title"), rec.get("name"), rec.get("author"),
               bb.later_name(auth)[0], bb.kind_of(auth).derived(auth)[0]]
        if str(rec.get("decision", "")).startswith("Advisory Opinion OC-"):   # known by its number: OC-16/99
            out.append(rec["decision"])
        return [str(n) for n in out + self._authors_names(key) if n]

    def _authors_names(self, key: str) -> list[str]:
        """R4.2: a *supra* by the authors' family names (Adkins, Pepper & Sykes; Adkins et al.)."""
        people = self.records[key].get("authors")
        if not isinstance(people, list) or not people:
            return []
        fams = [family_name(str(p)) for p in people if p != OTHERS]
        return [fams[0], f"{fams[0]} et al.", " & ".join(fams), ", ".join(fams[:-1]) + " & " + fams[-1]] if fams else []

    def _supra(self, f: Found, where) -> str | None:
        name = f.name.strip()
        if self._supra_for_code(name, f.pin, where):
            return None
        scores = {key: max((_likeness(name, cand) for cand in self._names(key)), default=0.0) for key in self.records}
        score = max(scores.values(), default=0.0)
        fits = [key for key, s in scores.items() if s == score]
        if f.note and any(self.first_note.get(k) == f.note for k in fits):   # supra note 3: the one cited there
            fits = [k for k in fits if self.first_note.get(k) == f.note]
        best = fits[-1] if fits else None
        if len(fits) > 1 and score >= 0.8:   # two works of one author: never a guess
            self.report.warning(f"*supra* to '{name}' fits {len(fits)} sources", where, code="supra-antecedent",
                                hint="R4.2: give the note of the full citation (supra note 3) or a hereinafter "
                                     "name (kept as text)")
            return None
        if best is None or score < 0.8:
            if self._antecedent_unread(name, f.note):
                self.unresolved = True
                return None
            self.report.warning(f"*supra* to '{name}', which no earlier note cites in full", where,
                                code="supra-antecedent", hint="R4.2: the first citation of a source is in full; "
                                                              f"{_NONE_FULL} (kept as text)")
            self._orphan("R4.2: the first citation of a source is in full", name, {}, f.pin)
            return None
        kind = self.kinds[best]
        takes_supra = KINDS[kind].supra
        if not takes_supra:
            loc = _locator(f.pin)
            short = bb.plain(bb.short(self.auth(best), loc, bb.DEFAULT))
            self.report.warning(f"*supra* used for a {kind} ('{name}')", where, code="supra-kind",
                                hint="R4.2(a): cases, statutes and regulations never take supra; " +
                                     (f"write {short}" if loc else f"use a short form such as {short}, at its pin"))
        elif f.note and self.first_note.get(best) not in (None, f.note):
            self.report.warning(f"*supra* note {f.note}, but '{name}' is cited in full in note "
                                f"{self.first_note[best]}", where, code="supra-note",
                                hint=f"R4.2(a): *supra* gives the note of the full citation; write *supra* note "
                                     f"{self.first_note[best]}")
        printed = bb.plain(bb.supra_name(self.auth(best), bb.DEFAULT))
        said = name.lower()     # small capitals flattened to capitals: BROWN is Brown, HUNTER ET AL. Hunter et al.
        if printed.lower() != said and takes_supra and not self.records[best].get("hereinafter") \
                and said not in (n.lower() for n in self._authors_names(best)):
            self.records[best]["short"] = name
            self._guess(best, "short")
            first = self.first_note[best]
            full = bb.plain(bb.full(self.auth(best)) + bb.hereinafter(self.auth(best), used_later=True))
            self.report.warning(f"*supra* by '{name}', a name note {first} never announces", where,
                                code="supra-name", hint=f"R4.2(b): announce it in note {first}: {full}")
        return best

    def _supra_for_code(self, name: str, pin: str, where) -> bool:
        """R4.2(a): a *supra* by a code's or a public law's citation (``43 U.S.C., supra note 39``, ``P.L. 532, supra``)
        is for a statute or a regulation, which never takes *supra*, whether or not its full citation was read."""
        if not _CODE_NAME.match(name):
            return False
        alone = list(dict.fromkeys(self.prev_keys))
        written = re.sub(r"\s", "", self._later(alone[0], None)) if len(alone) == 1 else None
        if not self.note_keys and written == re.sub(r"\s", "", name):     # §12-47-408 and § 12-47-408: one section
            fix = "the note before cites it alone: write Id." + (f" {pin}" if pin else "")
        else:
            fix = f"repeat the citation: {name} " + (pin or ("" if "§" in name else "§ SECTION"))
        self.report.warning(f"*supra* used for a statute or regulation ('{name}')", where, code="supra-kind",
                            hint=f"R4.2(a): statutes and regulations never take supra; {fix.rstrip()} (kept as text)")
        return True

    def read_known(self, rich: Rich, pos: int, limit: int) -> Found | None:
        """The short form (R10.9) of a decision an earlier note cites in full, or of a document known by its name
        that never takes *supra* (R14.7: ``Exec. Order No. 12,981, 60 Fed. Reg. at 62,982``), found by printing the
        record's own short form (with the name read, and each pin the text could hold) until it prints as the
        text does."""
        text = rich.text
        run = _italic_at(rich, pos)
        italic = text[run[0]:run[1]].rstrip(", ") if run and run[0] == pos else ""
        ahead = text[pos:limit]
        for key in self.records:
            kind = KINDS[self.kinds[key]]
            if kind.short is None or not (kind.window or (not kind.supra and kind.derived(self.auth(key))[0])):
                continue
            mark = self._mark(key, kind)
            if mark not in ahead:      # its short form cannot be here: spare the printing
                continue
            auth = self.auth(key)
            whole = str(self.records[key].get("name") or "")     # In re Grand Jury Subpoena, 745 F.3d at 694
            names = (italic, bb.later_name(auth)[0], whole) if kind.window else (bb.later_name(auth)[0],)
            for name in dict.fromkeys(n for n in names if n):   # a document by its own name only (NSM-20)
                if text.startswith(name, pos):
                    found = _printed_as(kind, auth, name, text, pos, limit)
                    if found and (found[0] > pos + len(name) or name != italic):   # a bare italic name is no mark
                        return Found(pos, found[0], "short", pin=found[1], name=name, key=key)
        return None

    def _mark(self, key: str, kind) -> str:
        """What every short form of the record prints after its name, whatever the pin (``725 F.3d``,
        ``Case No.``): a text without it cannot cite the record by a short form. Kept per record."""
        if key not in self._marks:
            printed = bb.plain(kind.short(self.auth(key), None, bb.DEFAULT, "\x00"))
            rest = printed.split("\x00", 1)[-1].lstrip(", ")
            self._marks[key] = " ".join(rest.split()[:2])
        return self._marks[key]

    def _fed_reg_holding(self, volume: int, page: str) -> str | None:
        """The rule or order cited in full whose pages hold ``page`` of the volume: the last one to begin at or before
        it, the Register printing each document on pages of its own. None when none begins there or before."""
        at = int(_digits(page))
        begins = [(int(_digits(r.get("page"))), k) for k, r in self.records.items()
                  if self.kinds[k] in ("regulation", "presidential") and str(r.get("volume")) == str(volume)
                  and _digits(r.get("page") or "").isdigit() and (self.kinds[k] == "presidential"
                                                                  or r.get("code") == "Fed. Reg.")]
        held = [b for b in begins if b[0] <= at]
        return max(held)[1] if held else None

    def _short(self, f: Found, where) -> str | None:
        if f.key:
            if f.name != bb.later_name(self.auth(f.key))[0]:
                self.records[f.key]["short"] = f.name
                self._guess(f.key, "short")
            return f.key
        fields = f.fields
        if fields.get("fits"):      # ISA, "FAQs": the author's works whose titles begin so are several
            self.report.warning(f"short form '{f.name}' fits {len(fields['fits'])} sources", where,
                                code="short-antecedent", hint="R4.2(b): give enough of the title, or a hereinafter name, "
                                                              "for one source to answer (kept as text)")
            return None
        if fields.get("code") == "Fed. Reg." and fields.get("at"):    # 85 Fed. Reg. at 3821 (R14.5)
            key = self._fed_reg_holding(fields["volume"], fields["at"])
            if key is None:
                self.report.warning(f"short form {fields['volume']} Fed. Reg. at {fields['at']} with no earlier full "
                                    "citation of a rule on that page", where, code="short-antecedent",
                                    hint="R14.2: cite the rule in full, with its name and date, the first time")
            return key
        if fields.get("code") == "Fed. Reg.":
            key = self.by_identity.get(identity("regulation", fields)) or next(
                (k for k, r in self.records.items() if self.kinds[k] == "presidential"   # Exec. Order No. 14,236
                 and (str(r.get("volume")), _digits(r.get("page"))) == (str(fields["volume"]), _digits(fields["page"]))),
                None)
            if key is None:
                self.report.warning(f"short form {fields['volume']} Fed. Reg. {fields['page']} with no earlier full "
                                    "citation", where, code="short-antecedent",
                                    hint="R14.2: cite the rule in full, with its name and date, the first time")
            return key
        if fields.get("reporter") == "Stat." and not f.name:    # ch. 675, § 505, 52 Stat. at 1052 (R12.10)
            return self._session_law(fields, where)
        if not f.name and fields.get("volume"):     # 539 U. S., at 346: the Court's short form, its name in the text
            return self._by_volume(fields, f.pin)
        named = [k for k in self.records if KINDS[self.kinds[k]].window and f.name in self._names(k)]
        same = [k for k in named if str(self.records[k].get("volume")) == str(fields.get("volume"))
                and self.records[k].get("reporter") == fields.get("reporter")]
        if same:       # one of several sources of one name (In re Grand Jury Subpoena): the one cited there
            return self._short_name(same[-1], f.name)
        if named and not fields.get("volume"):
            return self._short_name(named[-1], f.name)
        if named and len(named) == 1 and self._another_decision(fields):
            self.unresolved = True     # a decision of the same name an earlier note cites, not read as its own
            return None
        if named and len(named) == 1 and self._nominative_dropped(named[0], fields):
            record = self.records[named[0]]
            nominative = str(record["reporter"])[len(str(fields.get("reporter"))):].strip()
            pin = parse_locator(f.pin) if f.pin else None
            self.report.warning(f"short form of '{f.name}' without the nominative reporter {nominative} that its full "
                                "citation gives", where, code="inconsistent-citation",
                                hint=f"R10.3.2, R10.9: write {bb.plain(bb.short(self.auth(named[0]), pin, bb.DEFAULT))}")
            return named[0]
        if named and len(named) == 1:
            self.report.warning(f"short form of '{f.name}' with another volume or reporter than its full citation",
                                where, code="inconsistent-citation",
                                hint=f"R10.9: a short form repeats its case's volume and reporter; the full citation "
                                     f"reads {bb.plain(bb.full(self.auth(named[0])))}")
            return named[0]
        if self._antecedent_unread(f.name):
            self.unresolved = True
            return None
        a_case = fields.get("reporter") or fields.get("volume") or " v. " in f.name
        rule = "R10.9: cite the case in full the first time" if a_case else \
            "R4.2, R15.8: cite the work in full, with its date, the first time"
        self.report.warning(f"short form '{f.name}' with no earlier full citation", where, code="short-antecedent",
                            hint=f"{rule}; {_NONE_FULL} (kept as text)")
        self._orphan(rule, f.name, fields, f.pin)
        return None

    def _by_volume(self, fields: dict, pin: str) -> str | None:
        """The decision a short form without a name pins: of those cited in full before in that volume of that reporter,
        the last to begin at or before the page. None, and not a finding, when none does: a court's opinion cites
        the decision in full in its text, where the notes do not reach."""
        page = re.match(r"\*?(\d+)", pin)
        fits = [(int(r["page"]), k) for k, r in self.records.items() if self.kinds[k] == "case"
                and str(r.get("volume")) == str(fields["volume"]) and r.get("reporter") == fields["reporter"]
                and str(r.get("page", "")).isdigit() and (not page or int(r["page"]) <= int(page.group(1)))]
        if not fits:
            self.unresolved = True
            return None
        return max(fits)[1]

    def _session_law(self, fields: dict, where) -> str | None:
        """The act a short form of the Statutes at Large pins: the one record of that volume (and chapter, if given)."""
        fits = [k for k, r in self.records.items() if self.kinds[k] == "statute" and r.get("reporter") == "Stat."
                and str(r.get("volume")) == str(fields["volume"])
                and (not fields.get("chapter") or str(r.get("chapter", fields["chapter"])) == str(fields["chapter"]))]
        if len(fits) == 1:
            return fits[0]
        written = f"{fields['volume']} Stat."
        if fits:
            self.report.warning(f"short form '{written}' fits {len(fits)} acts", where, code="short-antecedent",
                                hint="R12.10: give the act's name or chapter for one act to answer (kept as text)")
        elif self._antecedent_unread(written):
            self.unresolved = True
        else:
            self.report.warning(f"short form '{written}' with no earlier full citation", where,
                                code="short-antecedent", hint="R12.10: cite the act in full the first time (kept as text)")
        return None

    def _another_decision(self, fields: dict) -> bool:
        """Whether the volume and reporter of a short form (``547 U.S. at 161``) are in an earlier note's text: one of
        several decisions of one name (a line of decisions in one litigation), not the one read miswritten."""
        volume, reporter = fields.get("volume"), fields.get("reporter")
        if not volume or not reporter:
            return False
        return re.search(rf"(?<![\d.]){re.escape(str(volume))}\s{re.escape(str(reporter))}\s?\d",
                         self.earlier_text) is not None

    def _short_name(self, key: str, name: str) -> str:
        """The record's short forms print the name its short form was written with (*In re Grand Jury
        Proceedings*, 42 F.3d at 880, not *Grand Jury Proceedings*), when the rules would derive another."""
        if name and name != bb.later_name(self.auth(key))[0] and not self.records[key].get("short"):
            self.records[key]["short"] = name
            self._guess(key, "short")
        return key

    def _full(self, f: Found, where, note: int, note_text: str) -> str:
        reporter = str(f.fields.get("reporter") or "")
        if f.kind == "case" and reporter.endswith(" No.") and f.fields.get("page"):   # 367 N.L.R.B. No. 71 (R14.3)
            f.fields["reporter"], f.fields["number"] = reporter[:-4], f.fields.pop("page")
        if f.kind in ("report", "web"):
            from briefgen.importer.quoted import announced_author

            announced_author(f.fields, self.records)
        capitals = read_capitals(f.fields)
        if capitals:
            f.guessed.append(f"{', '.join(capitals)} (written in capitals, read as small capitals)")
        ident = identity(f.kind, f.fields)
        if ident in self.by_identity and not self._other_symbol(self.by_identity[ident]):
            return self.by_identity[ident]
        name = f.fields.get("name") or f.fields.get("title")
        for key, rec in self.records.items():
            one_document = KINDS[f.kind].supra or KINDS[f.kind].window  # not a code cited by section
            if name and one_document and self.kinds[key] == f.kind and (rec.get("name") or rec.get("title")) == name \
                    and self._same_source(f.kind, rec, f.fields):
                verdict = "miswritten" if KINDS[f.kind].window else _one_work(rec, f.fields)
                if verdict == "same" and self._other_symbol(key):
                    verdict = "another"
                if verdict == "another":
                    continue
                if verdict == "same":
                    self.by_identity[ident] = key
                    return key
                self.report.warning(f"'{name}' is cited with different volumes or pages", where,
                                    code="inconsistent-citation",
                                    hint=f"the first citation reads {bb.plain(bb.full(self.auth(key)))}")
                self.by_identity[ident] = key
                return key
        key = base = key_for(f.kind, f.fields) or "source"
        n = 2
        while key in self.records or key in self.taken:
            key, n = f"{base}-{n}", n + 1
        declared = [*KINDS[f.kind].field_names, *(c.name for c in COMMON)]  # in the order the table declares
        ordered = {k: f.fields[k] for k in declared if k in f.fields}
        self.records[key] = {"id": key, "kind": f.kind, **ordered, **f.fields}
        self.kinds[key] = f.kind
        self.by_identity[ident] = key
        self.first_note[key] = note
        self.quoted[key] = note_text
        self.tails[key] = self.tail
        self.where[key] = where
        for g in f.guessed:
            self._guess(key, g)
        self._adopt(key, note)
        for r in f.remarks:
            if r not in self.remarks.setdefault(key, []):
                self.remarks[key].append(r)
        return key

    def _later(self, key: str, loc) -> str:
        """The record as a later note cites it at ``loc`` (R4.2, R10.9): by *supra* to the note of its full
        citation, or by its short form."""
        auth = self.auth(key)
        if KINDS[self.kinds[key]].supra:
            return bb.plain(bb.supra(auth, loc, self.first_note.get(key)))
        return bb.plain(bb.short(auth, loc, bb.DEFAULT))

    def _orphan(self, rule: str, name: str, fields: dict, pin: str) -> None:
        """Keep the finding just made on a short form or *supra* with no earlier full citation: a later note that
        cites the source in full gives the citation its hint should show."""
        self.orphans.append((len(self.report.items) - 1, rule, name, fields, pin))

    def _adopt(self, key: str, note: int) -> None:
        """The findings on earlier short forms or *supra*s of the source just cited in full (by the name they use,
        or a party's for a decision, and the volume and reporter they give) now give its full citation at their pin,
        and the note that has it."""
        names = self._names(key)
        rec = self.records[key]
        kept = []
        for orphan in self.orphans:
            at, rule, name, fields, pin = orphan
            same = all(str(rec.get(k)) == str(fields[k]) for k in ("volume", "reporter") if fields.get(k))
            party = bool(fields.get("volume") and fields.get("reporter")) and \
                re.search(rf"(?<!\w){re.escape(name)}(?!\w)", str(rec.get("name") or "")) is not None   # Levine
            if not same or not party and max((_likeness(name, n) for n in names), default=0.0) < 0.9:
                kept.append(orphan)
                continue
            full = bb.plain(bb.full(self.auth(key), _locator(pin)))
            d = self.report.items[at]
            self.report.items[at] = replace(d, hint=f"{rule}: {full}, as note {note} does (kept as text)")
        self.orphans = kept

    def _other_symbol(self, key: str) -> bool:
        """Whether the citation being read and the record's first one are followed by other symbols or numbers
        that the reader left as text (``IAEA, *Title*, GOV/2003/75`` after ``…, GOV/2006/14``): two documents."""
        now, first = _symbols(self.tail), _symbols(self.tails.get(key, ""))
        return bool(now and first and now.isdisjoint(first))

    @staticmethod
    def _same_source(kind: str, rec: dict, fields: dict) -> bool:
        """Whether a citation of a record's name, with other numbers, can only be that record miswritten: a
        decision of the same court and year in the same reporter (many decisions share a name: In re Grand
        Jury Subpoena); any other work of one title."""
        if not KINDS[kind].window:   # but one work in print (at A6) and online (its address) is cited twice over
            printed, online = ("page" in rec) != ("page" in fields), ("url" in rec) != ("url" in fields)
            return not (printed and online)
        from briefgen.tables import court

        return all(str(rec.get(k)) == str(fields.get(k)) for k in ("reporter", "year", "date")) and \
            court(str(rec.get("court") or "")) == court(str(fields.get("court") or ""))

    def _guess(self, key: str, name: str) -> None:
        if name not in self.guessed.setdefault(key, []):
            self.guessed[key].append(name)

    def finished(self, source_name: str) -> list[dict]:
        """The records, each with a ``note`` quoting its footnote, naming the guessed fields and, apart, those its
        citation left out or that could not be read."""
        out = []
        for key, rec in self.records.items():
            note = f"Imported from {source_name}, note {self.first_note[key]}: “{self.quoted[key]}”"
            guessed, remarks = self.guessed.get(key), self.remarks.get(key)
            note += f" Guessed: {', '.join(guessed)}." if guessed else " No field was guessed."
            note += f" Left out or not read: {'; '.join(remarks)}." if remarks else ""
            note += " Verify against the source before relying on it."
            out.append({**rec, "note": note})
        return out
