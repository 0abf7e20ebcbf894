"""From citations read in notes to draft authority records and citation items.

Each full citation becomes (or finds) one record; *Id.*, *supra* and short case forms are resolved to
the record they point back to, and problems a citechecker would mark are reported where they are: an
*Id.* that does not refer to the previous note's only authority, a *supra* or short form with no
earlier full citation, *supra* for a case or statute, one source cited with different volumes or
pages, a *supra* note number that is not the note of the full citation.
"""
from __future__ import annotations

import difflib
import re

from briefgen.authorities.model import Authority
from briefgen.citations import bluebook as bb
from briefgen.citations.syntax import parse_locator
from briefgen.document import Citation
from briefgen.errors import BriefgenError, Report
from briefgen.importer.forms import Found
from briefgen.importer.notes import Item
from briefgen.importer.sources import Rich

NO_SUPRA = {"case", "statute", "regulation", "constitution", "legislative", "foreign-decision", "court-filing"}


def identity(kind: str, f: dict) -> tuple:
    """What makes two full citations the same source."""
    if kind == "case":
        if f.get("reporter"):
            return (kind, str(f.get("volume")), f["reporter"], str(f.get("page")))
        if f.get("series"):
            return (kind, f.get("court"), f["series"])
        return (kind, f.get("database") or f.get("name"))
    if kind in ("statute", "regulation"):
        if f.get("code") == "Fed. Reg.":
            return (kind, str(f.get("volume")), str(f.get("page")))
        return (kind, f.get("public_law"), str(f.get("title")), f.get("code"), str(f.get("section")), f.get("name"))
    if kind == "un-document":
        return (kind, f["symbol"])
    if kind == "article":
        return (kind, str(f.get("volume")), f.get("journal"), str(f.get("page")))
    if kind == "letter":
        return (kind, f.get("author"), f.get("recipient"), f.get("date"))
    if kind == "foreign-decision":
        return (kind, f.get("court"), f.get("name"))
    if kind == "legislative":
        return (kind, f.get("number"))
    return (kind, (f.get("name") or f.get("title") or f.get("url") or "").lower())


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


_STOP = {"the", "a", "an", "of", "on", "in", "and", "for", "to", "where", "what", "u", "s", "us", "el", "la", "de",
         "los", "las", "del", "y", "report", "note"}


def _words(text: str, n: int = 2) -> str:
    words = [w for w in re.findall(r"[A-Za-z]+", text) if w.lower() not in _STOP]
    return "-".join(words[:n])


def key_for(kind: str, f: dict) -> str:
    """A readable id: ``vclt``, ``raich2005``, ``usc22-2778``, ``gao-09-709``, ``vats2020``."""
    year = str(f.get("year") or f.get("date") or "")[:4]
    if kind == "case":
        name = bb.case_short_name(Authority("x", kind, f))
        return _slug(_words(name, 1) or "case") + year
    if kind in ("statute", "regulation"):
        if f.get("public_law"):
            return "pl" + _slug(f["public_law"])
        if f.get("code") == "Fed. Reg.":
            return f"fr{f.get('volume')}-{_slug(str(f.get('page')))}"
        code = _slug(str(f.get("code", "")).replace(".", "")) + str(f.get("title", ""))
        return f"{code}-{_slug(str(f.get('section')))}" if f.get("section") else code
    if kind == "treaty":
        words = [w for w in re.findall(r"[A-Za-z]+", f.get("name", "")) if w[0].isupper()]
        return "".join(w[0] for w in words).lower() or "treaty"
    if kind == "un-document":
        return _slug(f.get("symbol", "un"))
    if kind == "report" and f.get("number"):
        return _slug(f["number"])
    if kind == "constitution":
        return _slug(f.get("name", "const"))
    if kind == "letter":
        return "letter" + year
    people = f.get("authors")
    if people:
        first = people[0] if isinstance(people, list) else people
        return _slug(bb.family_name(first).split()[-1]) + year
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


class Draft:
    """The records of one imported memo and the state needed to resolve forms that point back."""

    def __init__(self, report: Report):
        self.report = report
        self.records: dict[str, dict] = {}
        self.kinds: dict[str, str] = {}
        self.by_identity: dict[tuple, str] = {}
        self.first_note: dict[str, int] = {}
        self.guessed: dict[str, list] = {}
        self.quoted: dict[str, str] = {}
        self.where: dict = {}                      # key -> where its first full citation is
        self.prev_keys: list = []
        self.note_keys: list = []

    # ------------------------------------------------------------ notes
    def next_note(self) -> None:
        self.prev_keys, self.note_keys = self.note_keys, []

    def auth(self, key: str) -> Authority:
        return Authority(key, self.kinds[key], {k: v for k, v in self.records[key].items() if k not in ("id", "kind")})

    # ------------------------------------------------------------ one item
    def citation(self, item: Item, rich: Rich, note: int, note_text: str) -> Citation | None:
        """The citation item for ``item``, or None when it points at nothing (reported)."""
        f = item.found
        where = rich.where(item.start)
        if f.kind == "id":
            key = self._id(where, note)
        elif f.kind == "supra":
            key = self._supra(f, where)
        elif f.kind == "short":
            key = self._short(f, where)
        else:
            key = self._full(f, where, note, note_text)
        if key is None:
            return None
        if item.hereinafter and not self.records[key].get("hereinafter"):
            self.records[key]["hereinafter"] = item.hereinafter
        self.note_keys.append(key)
        try:
            locator = parse_locator(f.pin, where) if f.pin else None
        except BriefgenError:
            self.report.warning(f"pin '{f.pin}' kept as written", where, code="import-pin",
                                hint="check the pin; briefgen reads pages, §, ¶, art., pt. and n.")
            locator = None
        return Citation(key, item.signal, locator=locator, parentheticals=tuple(item.parentheticals),
                        location=where)

    def _id(self, where, note: int) -> str | None:
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
        self.report.warning(f"*Id.* after a note that cites {len(distinct)} authorities", where, code="id-reference",
                            hint=f"R4.1: *Id.* is ambiguous there; name the authority (read as the last, "
                                 f"'{distinct[-1]}')")
        return distinct[-1]

    def _names(self, key: str) -> list[str]:
        rec = self.records[key]
        auth = self.auth(key)
        out = [rec.get("hereinafter"), rec.get("short"), rec.get("title"), rec.get("name"), rec.get("author")]
        if self.kinds[key] in bb.SUPRA_KINDS:
            out.append(bb.plain(bb.supra_name(auth, bb.DEFAULT)))
        if self.kinds[key] in ("case", "foreign-decision"):
            out.append(bb.case_short_name(auth))
        return [str(n) for n in out if n]

    def _supra(self, f: Found, where) -> str | None:
        name = f.name.strip()
        best, score = None, 0.0
        for key in self.records:
            for cand in self._names(key):
                s = _likeness(name, cand)
                if s >= score:
                    best, score = key, s
        if best is None or score < 0.8:
            self.report.warning(f"*supra* to '{name}', which no earlier note cites in full", where,
                                code="supra-antecedent", hint="R4.2: the first citation of a source is in full; "
                                                              "give it there (kept as text)")
            return None
        kind = self.kinds[best]
        if kind in NO_SUPRA:
            self.report.warning(f"*supra* used for a {kind} ('{name}')", where, code="supra-kind",
                                hint="R4.2(a): cases, statutes and regulations never take supra; use a short form "
                                     f"such as {bb.plain(bb.short(self.auth(best), None, bb.DEFAULT))}")
        elif f.note and self.first_note.get(best) not in (None, f.note):
            self.report.warning(f"*supra* note {f.note}, but '{name}' is cited in full in note "
                                f"{self.first_note[best]}", where, code="supra-note",
                                hint=f"write *supra* note {self.first_note[best]}")
        printed = bb.plain(bb.supra_name(self.auth(best), bb.DEFAULT))
        if printed != name and kind not in NO_SUPRA and not self.records[best].get("hereinafter"):
            self.records[best]["short"] = name
            self._guess(best, "short")
        return best

    def _short(self, f: Found, where) -> str | None:
        fields = f.fields
        if fields.get("code") == "Fed. Reg.":
            key = self.by_identity.get(identity("regulation", fields))
            if key is None:
                self.report.warning(f"short form {fields['volume']} Fed. Reg. {fields['page']} with no earlier full "
                                    "citation", where, code="short-antecedent",
                                    hint="R14.2: cite the rule in full, with its name and date, the first time")
            return key
        for key, rec in self.records.items():
            if self.kinds[key] != "case":
                continue
            same = (fields.get("series") and rec.get("series") == fields["series"]) or \
                   (fields.get("database") and rec.get("database") == fields["database"]) or \
                   (fields.get("reporter") and rec.get("reporter") == fields["reporter"]
                    and str(rec.get("volume")) == str(fields.get("volume")))
            if same:
                if bb.case_short_name(self.auth(key)) != f.name:
                    rec["short"] = f.name
                    self._guess(key, "short")
                return key
        named = [k for k in self.records if self.kinds[k] == "case" and f.name in self._names(k)]
        if named:
            self.report.warning(f"short form of '{f.name}' with another volume or reporter than its full citation",
                                where, code="inconsistent-citation",
                                hint=f"the full citation reads {bb.plain(bb.full(self.auth(named[0])))}")
            return named[0]
        self.report.warning(f"short form '{f.name}' with no earlier full citation", where, code="short-antecedent",
                            hint="R10.9: cite the case in full the first time (kept as text)")
        return None

    def _full(self, f: Found, where, note: int, note_text: str) -> str:
        ident = identity(f.kind, f.fields)
        if ident in self.by_identity:
            return self.by_identity[ident]
        name = f.fields.get("name") or f.fields.get("title")
        for key, rec in self.records.items():
            if name and self.kinds[key] == f.kind and (rec.get("name") or rec.get("title")) == name \
                    and f.kind in ("case", "article", "report", "book"):
                self.report.warning(f"'{name}' is cited with different volumes or pages", where,
                                    code="inconsistent-citation",
                                    hint=f"the first citation reads {bb.plain(bb.full(self.auth(key)))}")
                self.by_identity[ident] = key
                return key
        key = base = key_for(f.kind, f.fields) or "source"
        n = 2
        while key in self.records:
            key, n = f"{base}-{n}", n + 1
        self.records[key] = {"id": key, "kind": f.kind, **f.fields}
        self.kinds[key] = f.kind
        self.by_identity[ident] = key
        self.first_note[key] = note
        self.quoted[key] = note_text
        self.where[key] = where
        for g in f.guessed:
            self._guess(key, g)
        return key

    def _guess(self, key: str, name: str) -> None:
        if name not in self.guessed.setdefault(key, []):
            self.guessed[key].append(name)

    def finished(self, source_name: str) -> list[dict]:
        """The records, each with a ``note`` quoting its footnote and naming the guessed fields."""
        out = []
        for key, rec in self.records.items():
            note = f"Imported from {source_name}, note {self.first_note[key]}: “{self.quoted[key]}”"
            guessed = self.guessed.get(key)
            note += f" Guessed: {', '.join(guessed)}." if guessed else " No field was guessed."
            note += " Verify against the source before relying on it."
            out.append({**rec, "note": note})
        return out
