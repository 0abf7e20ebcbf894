"""CSL-JSON (as Zotero and citeproc-js write it) mapped onto native authority fields.

``{"type": "legal_case", "title": "Ford v. Wainwright", "container-title": "U.S.", ...}``
becomes a native ``case`` record. What CSL has no variable for comes from ``custom`` and from
``key: value`` lines in ``note`` (Zotero's Extra field): ``hereinafter: ATT``. Every CSL type maps
to a kind; every field left unused is named, with what to do about it, so nothing is dropped
without a word.

>>> mapped = to_native({"id": "att", "type": "treaty", "title": "Arms Trade Treaty",
...                     "issued": {"date-parts": [[2013, 4, 2]]}, "note": "hereinafter: ATT\\nchecked"})
>>> mapped.record
{'id': 'att', 'kind': 'treaty', 'name': 'Arms Trade Treaty', 'date': '2013-04-02', 'hereinafter': 'ATT', 'note': 'checked'}
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from briefgen.tables import INTERNATIONAL_COURTS as _COURTS_TABLE

# What CSL has no variable for, read from "custom" or from "key: value" lines of "note".
EXTENSIONS = ("hereinafter", "parties", "parallel", "date_label", "un_doc", "congress", "author_position", "on_file",
              "issue_date_label", "issued-time", "entry_into_force", "opinion", "reprinted", "chamber",
              "popular_name", "tesis", "registro", "country", "jurisdiction", "series", "series_number", "report",
              "application", "records", "proceeding", "abbreviation", "translation", "short", "unpinned", "symbol",
              "decision", "body", "codified", "supplement", "docket", "database", "history", "ecf", "case", "event",
              "in_force", "entered_into_force")

# Every CSL 1.0.2 type, and the kind it becomes (legal_case, legislation, document and report are decided
# by their fields, below).
CSL_KINDS = {
    "article": "article", "article-journal": "article", "article-magazine": "news", "article-newspaper": "news",
    "bill": "legislative", "book": "book", "broadcast": "speech", "chapter": "book", "classic": "book",
    "collection": "book", "dataset": "report", "document": "report", "entry": "book", "entry-dictionary": "book",
    "entry-encyclopedia": "book", "event": "speech", "figure": "report", "graphic": "report",
    "hearing": "legislative", "interview": "interview", "legal_case": "case", "legislation": "statute",
    "manuscript": "report", "map": "report", "motion_picture": "report", "musical_score": "book",
    "pamphlet": "report", "paper-conference": "book", "patent": "report", "performance": "speech",
    "periodical": "book", "personal_communication": "letter", "post": "web", "post-weblog": "web",
    "regulation": "regulation", "report": "report", "review": "article", "review-book": "article",
    "software": "report", "song": "report", "speech": "speech", "standard": "report", "thesis": "book",
    "treaty": "treaty", "webpage": "web", "legal_commentary": "article", "presentation": "speech",
}
CONTAINED = {"chapter", "entry", "entry-dictionary", "entry-encyclopedia", "paper-conference"}

# Bluebook abbreviations of international courts and U.N. bodies that courts-db does not know (tables.py).
INTERNATIONAL_COURTS = {name: abbreviation for _, name, abbreviation in _COURTS_TABLE}
INTERNATIONAL = re.compile(r"Int[’']l|International|Trib\.|Tribunal|Special Ct|Extraordinary Chambers|Inter-Am\.|"
                           r"Eur\. Ct|Eur\. Comm|Afr\.|Comm\.|Comm’n|Comm'n|Hum\. Rts\.", re.I)
REGIONAL = re.compile(r"Inter-Am|Inter-American|Eur\. Ct\. H\.R\.|European Court of Human Rights|Eur\. Comm|"
                      r"Afr\. Ct|African Court", re.I)
ICJ = re.compile(r"\bI\.C\.J\.|International Court of Justice|P\.C\.I\.J\.|Permanent Court of International Justice")
FOREIGN = re.compile(r"\[[A-Z]{2,}\]|Suprema Corte|Tribunal(es)? Colegiado|Juzgado|Cour de|Bundes|Corte Suprema|"
                     r"Corte Constitucional|Tribunal Constitucional|Tribunal Supremo")

# a U.N. document symbol given as the item's number: A/HRC/28/68/Add.3, S/2005/60, CCPR/C/GC/36
UN_SYMBOL = re.compile(r"^(A|S|E|ST|CCPR|CAT|CERD|CEDAW|CRC|CRPD|CED|CMW|E/C\.12|HRI|UNEP|TD|DP)/\S+")

ADVICE = {
    "abstract": "not printed in a citation; it stays in the source file",
    "keyword": "not printed in a citation; it stays in the source file",
    "ISBN": "the Bluebook prints no ISBN; it stays in the source file",
    "ISSN": "the Bluebook prints no ISSN; it stays in the source file",
    "DOI": "not printed; give a URL if the citation should carry an address",
    "call-number": "not printed; it stays in the source file",
    "archive": "not printed; to cite an archive, say where in on_file",
    "archive_location": "not printed; to cite an archive, say where in on_file",
    "editor": "an article prints no editors; for a chapter in an edited book use type chapter",
    "collection-title": "a series title is not printed for this kind",
    "number-of-pages": "not printed in a citation",
    "publisher-place": "the Bluebook prints no place of publication",
    "medium": "not printed in a citation",
    "source": "the database an item came from is not printed",
}


@dataclass
class Mapped:
    """One CSL item as a native record, the fields it did not use, and warnings about what it guessed not."""

    record: dict
    unused: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def advice(self) -> str:
        """``abstract (not printed …); genre (…)``: each unused field with what to do."""
        kind = self.record.get("kind") or "this kind"
        return "; ".join(f"{f} ({ADVICE.get(f, f'a {kind} has no such field: move it to note, or to a field the kind takes')})"
                         for f in self.unused)


def name_text(name) -> str:
    """``{'given': 'Joseph', 'family': 'Williams'}`` -> ``Joseph Williams``."""
    if isinstance(name, str):
        return name
    if name.get("literal"):
        return name["literal"]
    parts = [name.get("given", ""), name.get("non-dropping-particle", ""), name.get("family", "")]
    text = " ".join(p for p in parts if p)
    return f"{text}, {name['suffix']}" if name.get("suffix") else text


def _names(names) -> list:
    out = []
    for n in names or []:
        if isinstance(n, dict) and not n.get("literal") and n.get("family") and n.get("given"):
            out.append({k: str(n[k]) for k in ("given", "family", "non-dropping-particle", "suffix") if n.get(k)})
        else:
            out.append(name_text(n))
    return out


def csl_date(value):
    """CSL date -> ``'2013-04-02'``-style text, or None."""
    if not value:
        return None
    if isinstance(value, dict):
        parts = (value.get("date-parts") or [[]])[0]
        if not parts and value.get("raw"):
            return str(value["raw"])
        if not parts and value.get("literal"):
            return str(value["literal"])
        return "-".join(f"{int(p):02d}" if i else str(int(p)) for i, p in enumerate(parts) if str(p).strip())
    return str(value)


def _first_page(page) -> str:
    return re.split(r"\s*[-–]\s*", str(page))[0] if page else ""


def note_fields(note: str) -> tuple[dict, str]:
    """Zotero's Extra: ``hereinafter: ATT`` lines become fields; the other lines stay the note."""
    found, rest = {}, []
    for line in (note or "").splitlines():
        m = re.match(r"^\s*([A-Za-z][\w -]*?)\s*:\s*(.+?)\s*$", line)
        key = m.group(1).strip().lower().replace(" ", "_") if m else ""
        key = "issued-time" if key in ("issued_time", "issued-time") else key
        if m and key in EXTENSIONS:
            found[key] = m.group(2)
        else:
            rest.append(line)
    return found, "\n".join(rest).strip()


class _Item:
    """A CSL item being read: every field taken is remembered, so the rest can be named."""

    def __init__(self, item: dict):
        self.item = item
        self.used = {"id", "type", "custom"}
        note = item.get("note") if isinstance(item.get("note"), str) else ""
        from_note, self.note = note_fields(note)
        self.used.add("note")
        custom = item.get("custom") if isinstance(item.get("custom"), dict) else {}
        self.ext = {**from_note, **custom}
        self.ext_used: set = set()

    def take(self, *keys):
        self.used.update(keys)
        for k in keys:
            if self.item.get(k) not in (None, "", []):
                return self.item.get(k)
        return None

    def has(self, key) -> bool:
        return self.item.get(key) not in (None, "", [])

    def extra(self, key):
        self.ext_used.add(key)
        value = self.ext.get(key)
        return None if value in (None, "", []) else value

    def unused(self) -> list[str]:
        plain = [k for k in self.item if k not in self.used and self.item[k] not in (None, "", [])]
        return sorted(plain) + sorted(f"custom.{k}" for k in self.ext if k not in self.ext_used)


def court_abbreviation(name: str) -> tuple[str, str]:
    """A full court name -> its Bluebook abbreviation, and a warning when none is known."""
    from briefgen.authorities.courts import abbreviate

    name = (name or "").strip()
    if name in INTERNATIONAL_COURTS:
        return INTERNATIONAL_COURTS[name], ""
    short = abbreviate(name)
    if short == name and name and "." not in name and len(name.split()) > 2 and not FOREIGN.search(name):
        return name, f"court '{name}' has no abbreviation in courts-db: write the Bluebook's (T1, T3) in authority"
    return short, ""


def _declares(kind: str, field: str) -> bool:
    from briefgen.authorities.kinds import KINDS

    return kind in KINDS and KINDS[kind].field(field) is not None


_FUNCTION_WORDS = {"a", "an", "the", "of", "and", "or", "for", "on", "in", "to", "at", "by", "with", "from", "its", "v"}


def _ascii_words(text: str) -> list[str]:
    import unicodedata

    plain = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return re.findall(r"[A-Za-z0-9]+", plain)


def citation_key(item: dict, taken) -> str:
    """The key an item is cited by: its ``citation-key`` (or Better BibTeX's ``Citation Key:`` line in Extra);
    its id when that is already a short key; else one made as Better BibTeX makes them (the first author's
    family name, three words of the title, the year: ``huttFoodDrugLaw2022``), with a letter added when two
    items would share it. A plain Zotero export's ids are item addresses (``http://zotero.org/users/1/items/
    ABCD2345``), which no one can type in a citation."""
    note = item.get("note") if isinstance(item.get("note"), str) else ""
    written = item.get("citation-key") or (re.search(r"(?im)^citation key:\s*(\S+)\s*$", note) or [None, None])[1]
    ident = str(item.get("id", ""))
    if written:
        base = str(written)
    elif re.fullmatch(r"[A-Za-z][\w.:+-]{0,60}", ident):
        return ident
    else:
        people = item.get("author") or item.get("editor") or []
        first = people[0] if isinstance(people, list) and people else {}
        who = first.get("family") or first.get("literal") or "" if isinstance(first, dict) else ""
        who = "".join(_ascii_words(who)[:1]).lower()
        words = [w for w in _ascii_words(item.get("title") or "") if w.lower() not in _FUNCTION_WORDS]
        if not who:
            who, words = (words[0].lower(), words[1:]) if words else ("item", words)
        issued = item.get("issued") if isinstance(item.get("issued"), dict) else {}
        parts = (issued.get("date-parts") or [[]])[0] or []
        year = str(parts[0]) if parts else ""
        base = who + "".join(w[:1].upper() + w[1:].lower() for w in words[:3]) + year
    key, n = base, 0
    while key in taken:
        key, n = base + "abcdefghijklmnopqrstuvwxyz"[n % 26] * (n // 26 + 1), n + 1
    return key


def to_native(item: dict) -> Mapped:
    """Map one CSL item onto a native record (``kind`` None when its type is unknown)."""
    it = _Item(item)
    t = str(item.get("type", ""))
    rec: dict = {"id": str(item.get("id")), "kind": CSL_KINDS.get(t)}
    warnings: list[str] = []
    if rec["kind"] is None:
        return Mapped({"id": rec["id"], "kind": None}, [f"type '{t}'"])
    date = csl_date(it.take("issued"))
    title = it.take("title")
    reader = READERS.get(rec["kind"])
    rec.update(reader(it, t, title, date, warnings) if reader else {})
    if it.extra("hereinafter"):
        rec["hereinafter"] = it.extra("hereinafter")
    for key in ("on_file", "unpinned", "history"):   # for the kinds that declare them (else: not used)
        if _declares(rec["kind"], key) and not rec.get(key) and it.extra(key):
            rec[key] = it.extra(key)
    if it.take("URL") and rec["kind"] not in ("case", "statute", "regulation", "constitution"):
        rec["url"] = it.take("URL")
    accessed = csl_date(it.take("accessed"))
    if accessed:
        rec["accessed"] = accessed
    if it.take("title-short") and "short" not in rec:
        rec["short"] = it.take("title-short")
    elif it.extra("short"):
        rec["short"] = it.extra("short")
    if it.take("language"):
        rec["lang"] = it.take("language")
    it.take("citation-key")      # the key it is cited by (see citation_key)
    if it.note:
        rec["note"] = it.note
    rec = {k: v for k, v in rec.items() if v not in (None, "", [])}
    return Mapped(rec, it.unused(), warnings)


# ---------------------------------------------------------------- readers, one per kind


def _case(it: _Item, t, title, date, warnings) -> dict:
    authority = str(it.take("authority") or "")
    reporter = str(it.item.get("container-title") or "")
    if ICJ.search(authority) or ICJ.search(reporter):
        return _icj(it, title, date, authority, reporter)
    if FOREIGN.search(authority) or it.ext.get("country") or it.ext.get("jurisdiction") or it.ext.get("tesis"):
        return _foreign(it, title, date, authority)
    if REGIONAL.search(authority + " " + reporter) and (it.has("container-title") or it.ext.get("series") or
                                                        it.ext.get("report") or it.has("collection-title") or
                                                        "ser." in str(it.item.get("number") or "")):
        return _regional(it, title, date, authority)
    if not reporter and it.has("number") and (INTERNATIONAL.search(authority) or REGIONAL.search(authority) or
                                              authority in INTERNATIONAL_COURTS or it.ext.get("un_doc")):
        return _tribunal(it, title, date, authority)
    court, warning = court_abbreviation(authority)
    if warning:
        warnings.append(warning)
    rec = dict(kind="case", name=title, reporter=it.take("container-title"), volume=it.take("volume"),
               page=_first_page(it.take("page")), court=court, date=date,
               parallel=it.extra("parallel"), history=it.extra("history"))
    number = it.take("number")
    if rec["reporter"] == "WL":
        rec["database"] = f"{rec.pop('volume')} WL {rec.pop('page')}"
        rec.pop("reporter")
        if number:
            rec["docket"] = number if str(number).startswith("No.") else f"No. {number}"
    elif number:
        rec["number"] = number
    if it.take("references"):
        rec["history"] = it.item.get("references")
    if isinstance(rec.get("parallel"), list):
        rec["parallel"] = [p if isinstance(p, str) else _source_text(p) for p in rec["parallel"]]
    return rec


def _international_court(authority: str) -> str:
    return INTERNATIONAL_COURTS.get(authority.strip(), authority.strip())


def _icj(it: _Item, title, date, authority, reporter) -> dict:
    volume = str(it.take("volume") or "")
    reporter = re.sub(r"\s*Reports?$", "", str(it.take("container-title") or "I.C.J."))
    return dict(kind="icj-case", name=title, parties=it.extra("parties"), decision=it.take("genre"),
                year=volume if re.fullmatch(r"\d{4}", volume) else (date or "")[:4], reporter=reporter,
                page=_first_page(it.take("page")), date=date, opinion=it.extra("opinion"),
                reprinted=it.extra("reprinted"))


def _tribunal(it: _Item, title, date, authority) -> dict:
    return dict(kind="tribunal-case", name=title, number=it.take("number") or it.extra("docket"),
                decision=it.take("genre") or it.extra("decision"), court=_international_court(authority), date=date,
                symbol=it.extra("un_doc") or it.extra("symbol"), opinion=it.extra("opinion"),
                reprinted=it.extra("reprinted"))


def _regional(it: _Item, title, date, authority) -> dict:
    court = _international_court(authority)
    container = str(it.take("container-title") or "")
    series = it.extra("series") or it.take("collection-title")
    number = it.take("number", "collection-number") or it.extra("series_number")
    rec = dict(kind="regional-case", name=title, court=court, decision=it.take("genre") or it.extra("decision"),
               date=date, reprinted=it.extra("reprinted"), application=it.extra("application"))
    m = re.search(r"\(?(?:ser\.|[Ss]eries)\s*([A-Z])\)?", container + " " + str(series or "") + " " + str(number or ""))
    number = re.sub(r"^.*No\.\s*", "", str(number)) if number else number
    if it.extra("report"):
        rec.update(report=it.extra("report"), number=number, symbol=it.extra("un_doc") or it.extra("symbol"))
    elif m and not it.has("volume"):
        rec.update(series=m.group(1), series_number=number)
        if container and not re.match(r"^\(?ser\.", container) and container not in court:
            rec["court"] = court or re.sub(r"\s*\(?ser\..*$", "", container)
    else:
        rec.update(volume=it.take("volume"), reporter=container, page=_first_page(it.take("page")))
        if number:
            rec["application"] = rec.get("application") or (number if str(number).startswith("App")
                                                            else f"App. No. {number}")
    return rec


COUNTRY_CODES = {"mx": "Mex.", "us": "U.S.", "es": "Spain", "fr": "Fr.", "de": "Ger.", "ar": "Arg.", "br": "Braz.",
                 "co": "Colom.", "cl": "Chile", "pe": "Peru", "ca": "Can.", "gb": "U.K."}


def _foreign(it: _Item, title, date, authority) -> dict:
    number = str(it.take("number") or "")
    genre = str(it.take("genre") or "")
    m = re.fullmatch(r"(.*\])\s*,\s*(.+)", authority)  # "… [SCJN] [Supreme Court], Primera Sala"
    authority, chamber = (m.group(1), m.group(2)) if m else (authority, it.extra("chamber"))
    country = str(it.extra("country") or it.extra("jurisdiction") or "")
    country = COUNTRY_CODES.get(country.lower().split(":")[0], country) if country.islower() else country
    rec = dict(kind="foreign-decision", court=authority or it.extra("court"), chamber=chamber or it.extra("chamber"),
               proceeding=genre or it.extra("proceeding"), number=number, tesis=it.extra("tesis"),
               popular_name=it.extra("popular_name"), date=date, reporter=it.take("container-title"),
               page=_first_page(it.take("page")), registro=it.extra("registro"),
               country=country, abbreviation=it.extra("abbreviation"),
               translation=it.extra("translation"), opinion=it.extra("opinion"))
    if title and not number and re.search(r"\d+/\d{2,4}\b", title):  # "Amparo en Revisión 703/2012"
        rec["number"] = title
    elif title and not (number and number in title) and not (genre and title.startswith(genre)):
        if country == "Mex." and number:  # Mexican decisions name no parties: a title is the name it is known by
            rec["popular_name"] = rec["popular_name"] or title
        else:
            rec["name"] = title
    return rec


def _statute(it: _Item, t, title, date, warnings) -> dict:
    code = it.take("container-title")
    if title and re.search(r"\bConst\.", title):
        return dict(kind="constitution", name=title)
    if code == "Stat." and it.has("number"):
        return dict(kind="statute", name=title, public_law=it.take("number"), volume=it.take("volume"),
                    reporter=code, page=_first_page(it.take("page")), year=date)
    return dict(kind="statute", name=title, title=it.take("volume"), code=code, publisher=it.take("publisher"),
                year=date, section=it.take("section"), supplement=it.extra("supplement"))


def _regulation(it: _Item, t, title, date, warnings) -> dict:
    rec = dict(kind="regulation", name=title, code=it.take("container-title"), title=it.take("volume"),
               page=_first_page(it.take("page")), date=date, section=it.take("section"),
               codified=it.extra("codified"))
    if rec["code"] == "Fed. Reg.":
        rec["volume"] = rec.pop("title")
    return rec


def _source_text(p):
    """A parallel source: text, or ``{series, number}`` for a numbered series (``T.I.A.S. No. 92-908``)."""
    if isinstance(p, str):
        return p
    series = p.get("series") or p.get("collection-title") or (p.get("container-title") if p.get("number") and
                                                                not p.get("volume") else None)
    if series:
        return {"series": series, "number": p.get("number") or p.get("collection-number")}
    return " ".join(str(p[k]) for k in ("volume", "container-title", "reporter", "page") if p.get(k))


def _treaty(it: _Item, t, title, date, warnings) -> dict:
    sources = []
    if it.has("container-title") and it.has("number") and not it.has("volume"):
        sources.append({"series": it.take("container-title"), "number": it.take("number")})
    elif it.has("container-title"):
        sources.append(" ".join(str(x) for x in (it.take("volume"), it.take("container-title"),
                                                 _first_page(it.take("page"))) if x))
    parallel = it.extra("parallel") or []
    sources += [_source_text(p) for p in (parallel if isinstance(parallel, list) else [parallel])]
    days = (it.item.get("issued") or {}).get("date-parts") if isinstance(it.item.get("issued"), dict) else None
    if days and len(days) > 1:  # an exchange of notes signed on several days
        date = [csl_date({"date-parts": [d]}) for d in days]
    return dict(kind="treaty", name=title, date=date, parties=it.extra("parties"), sources=sources,
                date_label=it.extra("date_label"),
                entry_into_force=csl_date(it.extra("entry_into_force") or it.extra("in_force") or
                                          it.extra("entered_into_force")))


def _legislative(it: _Item, t, title, date, warnings) -> dict:
    congress = it.take("chapter-number") or it.extra("congress")
    if congress:
        congress = re.sub(r"(?:st|nd|rd|th|d)?\s*Cong\.?$", "", str(congress)).strip()
    it.take("authority")
    return dict(kind="legislative", type="hearing" if t == "hearing" else "bill", title=title,
                number=it.take("number"), congress=congress, year=date)


def _names_or_authority(it: _Item) -> list:
    return _names(it.take("author")) or ([str(it.take("authority"))] if it.has("authority") else [])


def _report(it: _Item, t, title, date, warnings) -> dict:
    genre = str(it.item.get("genre") or "")
    organ = re.sub(r"^(U\.N\.|United Nations)\s+", "", str(it.item.get("authority") or ""))
    if not genre and it.has("number") and organ in ("General Assembly", "Security Council", "Human Rights Council",
                                                     "Economic and Social Council"):
        genre = f"{organ} Res."  # a resolution entered by its organ rather than its genre
    if re.search(r"\bRes\.$", genre) and it.has("number"):
        it.take("genre", "authority")
        return dict(kind="resolution", body=genre[:-len(" Res.")].strip(),
                    number=it.take("number"), title=title, symbol=it.extra("un_doc") or it.extra("symbol"),
                    records=it.extra("records"), page=it.take("page"), date=date)
    if re.search(r"\bRep\.$|\bDoc\.$", genre) and it.has("number") and not it.extra("un_doc"):
        it.take("genre")
        return dict(kind="legislative", type="report", number=f"{genre} No. {it.take('number')}", year=date,
                    title=title)
    symbol = it.extra("un_doc") or it.extra("symbol")
    if not symbol and UN_SYMBOL.match(str(it.item.get("number") or "")):
        symbol = it.take("number")
    if symbol:
        authors = _names_or_authority(it)
        return dict(kind="un-document", author=", ".join(map(name_text, authors)) or None, title=title,
                    symbol=symbol, records=it.extra("records"), date=date)
    authors = _names(it.take("author")) or ([str(it.take("publisher", "authority"))]
                                            if it.has("publisher") or it.has("authority") else [])
    return dict(kind="report", title=title, author=authors[0] if len(authors) == 1 else None,
                authors=authors if len(authors) > 1 else None, number=it.take("number"), date=date)


def _article(it: _Item, t, title, date, warnings) -> dict:
    journal = it.take("journalAbbreviation", "container-title-short", "container-title")   # T13's form first
    it.take("container-title")
    return dict(kind="article", authors=_names(it.take("author")), title=title, journal=journal,
                volume=it.take("volume"), page=_first_page(it.take("page")), date=date, genre=it.take("genre"))


def _news(it: _Item, t, title, date, warnings) -> dict:
    return dict(kind="news", authors=_names(it.take("author")), title=title, publication=it.take("container-title"),
                date=date, page=it.take("page"), genre=it.take("genre"), time=it.extra("issued-time"),
                issue=it.extra("issue_date_label"))


def _web(it: _Item, t, title, date, warnings) -> dict:
    return dict(kind="web", authors=_names(it.take("author")), title=title, site=it.take("container-title"),
                date=date, time=it.extra("issued-time"))


def _book(it: _Item, t, title, date, warnings) -> dict:
    rec = dict(kind="book", authors=_names(it.take("author")), editors=_names(it.take("editor")),
               translators=_names(it.take("translator")), title=title, edition=it.take("edition"),
               publisher=it.take("publisher"), year=date, original_year=csl_date(it.take("original-date")),
               volume=it.take("volume"))
    if t in CONTAINED:
        rec.update({"in": it.take("container-title"), "in_editors": rec.pop("editors"),
                    "page": _first_page(it.take("page"))})
        rec["in_editors"] = rec["in_editors"] or _names(it.take("container-author"))
    return rec


def _letter(it: _Item, t, title, date, warnings) -> dict:
    authors = _names(it.take("author"))
    rec = dict(kind="letter", author=authors[0] if authors else None, author_position=it.extra("author_position"),
               title=title, genre=it.take("genre"), date=date,
               recipient=", ".join(name_text(n) for n in (it.take("recipient") or [])) or None)
    if it.item.get("container-title") == "WL":
        rec["database"] = f"{it.take('volume')} WL {it.take('page')}"
        it.take("container-title")
    return rec


def _speech(it: _Item, t, title, date, warnings) -> dict:
    authors = _names(it.take("author"))
    event = it.take("event-title", "event") or it.extra("event")
    genre = it.take("genre")
    return dict(kind="speech", author=authors[0] if authors else None, title=title,
                event=" ".join(p for p in (genre or "Address", "at", event) if p) if event else genre,
                date=date, place=it.take("event-place"))


def _interview(it: _Item, t, title, date, warnings) -> dict:
    """CSL's interview: the author is the person interviewed; ``medium`` (Telephone) says how."""
    authors = _names(it.take("author"))
    return dict(kind="interview", interviewee=authors[0] if authors else None,
                interviewer=_names(it.take("interviewer")) or None, medium=it.take("medium", "genre"),
                place=it.take("event-place", "publisher-place"), date=date,
                interviewee_position=it.extra("author_position"))


READERS = {"interview": _interview, "case": _case, "statute": _statute, "regulation": _regulation, "treaty": _treaty,
           "legislative": _legislative, "report": _report, "article": _article, "news": _news, "web": _web,
           "book": _book, "letter": _letter, "speech": _speech}


# ---------------------------------------------------------------- native -> CSL (for CSL styles)


def _csl_names(names) -> list:
    if not names:
        return []
    if isinstance(names, (str, dict)):
        names = [names]
    out = []
    for n in names:
        if isinstance(n, dict):
            out.append({"family": n.get("family", ""), "given": n.get("given", "")})
        else:
            out.append({"literal": str(n)})
    return out


def _csl_issued(value):
    if not value:
        return None
    from briefgen.dates import parse_date

    try:
        return {"date-parts": [list(parse_date(value))]}
    except ValueError:
        return {"literal": str(value)}


GENERIC_CSL = (("name", "title"), ("title", "title"), ("reporter", "container-title"), ("journal", "container-title"),
               ("publication", "container-title"), ("site", "container-title"), ("code", "container-title"),
               ("in", "container-title"), ("volume", "volume"), ("page", "page"), ("court", "authority"),
               ("publisher", "publisher"), ("number", "number"), ("symbol", "number"), ("edition", "edition"),
               ("url", "URL"), ("short", "title-short"), ("decision", "genre"))


def to_csl(auth) -> dict:
    """A native record as a CSL-JSON item, for users who choose a CSL style; each kind's own field
    meanings (a statute's ``title`` is the code's title number) come from its declaration."""
    from briefgen.authorities.kinds import KINDS

    a, kind = auth.data, KINDS[auth.kind]
    item = {"id": auth.id, "type": kind.csl_type}
    used: set = set()
    for native, csl in (*kind.csl_map, *GENERIC_CSL):
        if a.get(native) not in (None, "") and csl not in item and native not in used:
            item[csl] = str(a.get(native))
            used.add(native)
    authors = a.get("authors") or a.get("author")
    if authors:
        item["author"] = _csl_names(authors)
    if a.get("editors"):
        item["editor"] = _csl_names(a.get("editors"))
    issued = _csl_issued(a.get("date") or a.get("year"))
    if issued:
        item["issued"] = issued
    if a.get("accessed"):
        item["accessed"] = _csl_issued(a.get("accessed"))
    return item
