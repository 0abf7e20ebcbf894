"""CSL-JSON (as Zotero and citeproc-js write it) mapped onto native authority fields.

``{"type": "legal_case", "title": "Ford v. Wainwright", "container-title": "U.S.", ...}``
becomes a native ``case`` record. What cannot be mapped is returned as a list of
field names so ``authorities import`` can report it.
"""
from __future__ import annotations

import re

CSL_KINDS = {
    "legal_case": "case", "legislation": "statute", "regulation": "regulation", "treaty": "treaty",
    "bill": "legislative", "hearing": "legislative", "report": "report", "article-journal": "article",
    "article-newspaper": "news", "article-magazine": "news", "article": "article", "webpage": "web",
    "post-weblog": "web", "post": "web", "book": "book", "chapter": "book", "personal_communication": "letter",
    "legal_commentary": "article", "document": "report",
}


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
        if isinstance(n, dict) and not n.get("literal") and n.get("family"):
            out.append({"given": n.get("given", ""), "family": n["family"]})
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


def to_native(item: dict) -> tuple[dict, list[str]]:
    """Map one CSL item; returns (native record with id and kind, unmapped field names)."""
    t = item.get("type", "")
    kind = CSL_KINDS.get(t)
    used = {"id", "type"}
    get = item.get

    def take(*keys):
        used.update(keys)
        for k in keys:
            if get(k) not in (None, "", []):
                return get(k)
        return None

    custom = get("custom") or {}
    used.add("custom")
    rec: dict = {"id": str(get("id"))}
    date = csl_date(take("issued"))
    if kind is None:
        return {"id": rec["id"], "kind": None, "csl_type": t}, [f"type '{t}'"]

    title = take("title")
    if kind == "case":
        from briefgen.citations.courts import abbreviate

        rec.update(kind="case", name=title, reporter=take("container-title"), volume=take("volume"),
                   page=_first_page(take("page")), court=abbreviate(take("authority") or ""), date=date,
                   short=take("title-short"))
        number = take("number")
        if rec["reporter"] == "WL":
            rec["database"] = f"{rec.pop('volume')} WL {rec.pop('page')}"
            rec.pop("reporter")
            if number:
                rec["docket"] = number if str(number).startswith("No.") else f"No. {number}"
        elif number:
            rec["number"] = number
        if take("references"):
            rec["history"] = get("references")
    elif kind == "statute":
        code = take("container-title")
        if title and re.search(r"\bConst\.", title):
            rec.update(kind="constitution", name=title)
        elif code == "Stat." and get("number"):
            rec.update(kind="statute", name=title, public_law=take("number"), volume=take("volume"),
                       reporter=code, page=_first_page(take("page")), year=date)
        else:
            rec.update(kind="statute", name=title, title=take("volume"), code=code, publisher=take("publisher"),
                       year=date, section=take("section"))
    elif kind == "regulation":
        rec.update(kind="regulation", name=title, code=take("container-title"), title=take("volume"),
                   page=_first_page(take("page")), date=date)
        if rec["code"] == "Fed. Reg.":
            rec["volume"] = rec.pop("title")
    elif kind == "treaty":
        sources = []
        if get("container-title"):
            sources.append(" ".join(str(x) for x in (take("volume"), take("container-title"), take("page")) if x))
        for p in custom.get("parallel") or []:
            sources.append(" ".join(str(p[k]) for k in ("volume", "container-title", "page") if p.get(k)))
        rec.update(kind="treaty", name=title, date=date, parties=custom.get("parties"), sources=sources)
    elif kind == "legislative":
        rec.update(kind="legislative", type=t, title=title, number=take("number"),
                   congress=take("chapter-number"), year=date)
        take("authority")
    elif kind == "report":
        genre = take("genre")
        if genre and re.search(r"\bRep\.$|\bDoc\.$", genre) and get("number"):
            rec.update(kind="legislative", type="report", number=f"{genre} No. {take('number')}", year=date,
                       title=title)
        else:
            rec.update(kind="report", title=title, authors=_names(take("author")), number=take("number"),
                       date=date)
    elif kind == "article":
        rec.update(kind="article", authors=_names(take("author")), title=title, journal=take("container-title"),
                   volume=take("volume"), page=_first_page(take("page")), date=date, genre=take("genre"))
    elif kind == "news":
        rec.update(kind="news", authors=_names(take("author")), title=title, publication=take("container-title"),
                   date=date, page=take("page"), genre=take("genre"), time=custom.get("issued-time"))
    elif kind == "web":
        rec.update(kind="web", authors=_names(take("author")), title=title, site=take("container-title"),
                   date=date, time=custom.get("issued-time"))
    elif kind == "book":
        rec.update(kind="book", authors=_names(take("author")), editors=_names(take("editor")),
                   translators=_names(take("translator")), title=title, edition=take("edition"),
                   publisher=take("publisher"), year=date, original_year=csl_date(take("original-date")),
                   volume=take("volume"))
        if t == "chapter":
            rec["in"] = take("container-title")
            rec["in_editors"] = rec.pop("editors")
    elif kind == "letter":
        authors = _names(take("author"))
        rec.update(kind="letter", author=authors[0] if authors else None, title=title, genre=take("genre"),
                   date=date, recipient=", ".join(name_text(n) for n in (take("recipient") or [])) or None)
        if get("container-title") == "WL":
            rec["database"] = f"{take('volume')} WL {take('page')}"
            take("container-title")
    url = take("URL")
    if url:
        rec["url"] = url
    accessed = csl_date(take("accessed"))
    if accessed:
        rec["accessed"] = accessed
    take("title-short", "language", "abstract", "source", "citation-key", "note")
    if isinstance(get("note"), str) and get("note").strip():
        rec["note"] = get("note").strip()
    if get("title-short") and "short" not in rec:
        rec["short"] = get("title-short")
    if get("language"):
        rec["lang"] = get("language")
    rec = {k: v for k, v in rec.items() if v not in (None, "", [])}
    unmapped = sorted(k for k in item if k not in used)
    return rec, unmapped


NATIVE_TO_CSL = {"case": "legal_case", "statute": "legislation", "regulation": "legislation", "treaty": "treaty",
                 "constitution": "legislation", "legislative": "bill", "book": "book", "report": "report",
                 "article": "article-journal", "news": "article-newspaper", "web": "webpage",
                 "letter": "personal_communication", "un-document": "report", "foreign-decision": "legal_case",
                 "court-filing": "document"}


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
    from briefgen.citations.dates import parse_date

    try:
        return {"date-parts": [list(parse_date(value))]}
    except ValueError:
        return {"literal": str(value)}


def to_csl(auth) -> dict:
    """A native record as a CSL-JSON item, for users who choose a CSL style."""
    a = auth.data
    item = {"id": auth.id, "type": NATIVE_TO_CSL.get(auth.kind, "document")}
    title = a.get("title") if auth.kind in ("book", "report", "article", "news", "web", "un-document",
                                              "court-filing", "legislative") else a.get("name")
    if auth.kind == "statute" and a.get("title"):
        item["volume"] = str(a.get("title"))
    if title:
        item["title"] = str(title)
    authors = a.get("authors") or a.get("author")
    if authors:
        item["author"] = _csl_names(authors)
    if a.get("editors"):
        item["editor"] = _csl_names(a.get("editors"))
    for native, csl in (("reporter", "container-title"), ("journal", "container-title"),
                        ("publication", "container-title"), ("site", "container-title"), ("code", "container-title"),
                        ("volume", "volume"), ("page", "page"), ("court", "authority"), ("publisher", "publisher"),
                        ("number", "number"), ("symbol", "number"), ("edition", "edition"), ("url", "URL"),
                        ("short", "title-short")):
        if a.get(native) not in (None, "") and csl not in item:
            item[csl] = str(a.get(native))
    issued = _csl_issued(a.get("date") or a.get("year"))
    if issued:
        item["issued"] = issued
    if a.get("accessed"):
        item["accessed"] = _csl_issued(a.get("accessed"))
    return item
