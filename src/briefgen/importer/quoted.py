"""Works cited by a quoted title, as reports in house styles (CRS, GAO) cite them, and their short forms.

``Zenghui Liu et al., "Deep-Sea Rock Mechanics …," International Journal of Mining Science and Technology,
vol. 33, no. 9 (September 2023), pp. 1083-1115`` is an article; ``Bernard Gwertzman, "U.S. Will Not Sign Sea Law
Treaty," New York Times, July 10, 1982, p. 5`` a news story; ``ISA, "About ISA," https://…`` a web page;
``GAO, Science & Tech Spotlight, GAO-22-105507, December 15, 2021`` a report by its number. The title is the
anchor: before it the author, after it the parts each kind declares (periodical or site, volume, date, pages,
number, address), read in any order. The kind is told by the parts found and always named as guessed.

A later ``Liu et al., "Deep-Sea Rock Mechanics and Mining Technology," p. 1098`` or ``ISA, "About ISA."`` is a
short form: it is found by its author *and* its title (two works of one author stay two records); one that
fits no earlier record is a short form before the full citation, one that fits several is kept as text: both
are reported.
"""
from __future__ import annotations

import re

from briefgen.importer.forms import DATE, INSTITUTION, PERIODICAL, Found, _title_case, iso_date, split_names
from briefgen.authorities.parts import OTHERS
from briefgen.importer.sources import Rich
from briefgen.tables import NEWSPAPERS

# where an author's name cannot be: a sentence's end, a colon, a semicolon, a digit
_NOT_LEAD = re.compile(r"[a-z]{3,}[.!?]\s|[;:]|\d|\s(?:is|are|was|were|see|in|at|that|which)\s")
_TITLE = re.compile(r"[\"“](?P<title>[^\"“”]+?)(?P<punct>[,.;]?)[\"”](?P<after>[,.;]?)")
_URL = r"https?://[^\s<>()]+?(?=[.,;]?(?:\s|$)|\s?\(|>)"
_PARTS = [
    ("volume", re.compile(r"vol\.\s(?P<v>\d+)")),
    ("issue", re.compile(r"no\.\s(?P<v>[\w-]+)")),
    ("cfr", re.compile(r"(?P<v>\d+\sC\.F\.R\.\s(?:Part|pt\.)\s\d+)")),
    ("fr", re.compile(r"(?P<vol>\d+)\s\*?Federal\sRegister\*?\s(?P<page>\d+)(?:[-–](?P<last>\d+))?(?:,\s(?!(?:19|20)\d\d\b)(?P<pin>\d+(?:[-–]\d+)?)(?=[,.;]|\s|$))?")),
    ("pages", re.compile(r"(?:see\s)?pp?\.\s(?P<v>[\divxlc]+(?:[-–]\d+)?)")),
    ("url", re.compile(r"(?:at\s)?<?(?P<v>" + _URL + r")>?")),
    ("accessed", re.compile(r"(?:last\s)?accessed\s(?:on\s)?(?P<v>" + DATE + r")(?![\w-])")),   # the day it was visited
    ("date", re.compile(r"(?:(?:last\s)?updated\s(?:on\s)?)?(?P<v>" + DATE + r")(?![\w-])")),
    ("number", re.compile(r"(?P<v>(?:Press\sRelease\s)?No\.\s[\w/-]+|[A-Z]{2}\w*+(?:[-/]\w++)+|"
                          r"Joint\sPublication\s[\d-]+)")),
    ("genre", re.compile(r"(?P<v>press\sconference|press\srelease|fact\ssheet)")),
    ("name", re.compile(r"(?P<v>[A-Z][^,;()“”\"\d]*?[\w.)])(?=,|\s\(|[.;](?:\s|$)|$)")),
]
_ORDER = re.compile(r"(?:^|,\s)(?P<type>Executive\sOrder|Proclamation)(?:\s\([A-Z.]+\))?\s(?:No\.\s)?(?P<n>\d+)"
                    r"(?:\sof\s(?P<signed>" + DATE + r"))?$")
_PAREN_DATE = re.compile(r"\s?\((?P<v>" + DATE + r")\)")
_WIRES = ("Reuters", "Associated Press", "AP", "Agence France-Presse", "AFP", "Bloomberg", "CNN", "BBC", "NPR")


# an agency by its abbreviation (NOAA, GAO, DoD, U.S. DOJ) or by its name, with or without the abbreviation after it
_ABBREVIATION = re.compile(r"(?:U\.S\.\s)?[A-Z][A-Za-z]{0,2}[A-Z]{1,6}s?")
_ANNOUNCED = re.compile(r"[A-Z][^,;()“”\"\d]*\s\((?P<abbr>[A-Z][A-Za-z&]{1,9})\)")


def institutional(part: str) -> bool:
    """One part of an institutional author (R15.1.3, R16): ``NOAA``, ``National Marine Fisheries Service (NMFS)``,
    ``U.S. Department of State``; an agency with its subunit (``NOAA, NMFS``) is one author of several parts."""
    return bool(_ABBREVIATION.fullmatch(part) or _ANNOUNCED.fullmatch(part) or part == "White House"
                or INSTITUTION.search(part) and _title_case(part) and not re.search(r"[\d“”\"]", part))


def abbreviated(author: str) -> str:
    """An institutional author as its short forms write it: each part by the abbreviation the full citation
    announced (``National Oceanic and Atmospheric Administration (NOAA), National Marine Fisheries Service (NMFS)``
    -> ``NOAA, NMFS``)."""
    return ", ".join(m.group("abbr") if (m := _ANNOUNCED.fullmatch(part)) else part for part in author.split(", "))


def announced_author(fields: dict, records: dict) -> None:
    """The author's short name (``ISA``, ``NOAA, NMFS``) taken for the one an earlier note announced in full
    (``International Seabed Authority (ISA)``), when only one fits."""
    lead = fields.get("author")
    if not lead or not isinstance(lead, str):
        return
    if not re.search(r"\s", lead):
        named = {r["author"] for r in records.values() if str(r.get("author", "")).endswith(f"({lead})")}
    elif ", " in lead:    # NOAA, NMFS: the agency and its subunit
        named = {r["author"] for r in records.values() if isinstance(r.get("author"), str) and r["author"] != lead
                 and abbreviated(r["author"]) == lead}
    else:
        return
    if len(named) == 1:
        fields["author"] = named.pop()


def _person(name: str) -> bool:
    """A person's name (two to four capitalised words), not an agency or a company."""
    return bool(re.fullmatch(r"[A-Z][\w.'’-]*(?:\s(?:[A-Z][\w.'’-]*|de|van|von|da|del|bin|al-\w+)){1,4}", name)) \
        and not INSTITUTION.search(name) and not re.search(r"\b(?:[A-Z]{2,}|House|Company|Inc\.|Group)\b", name)


def _newspaper(name: str) -> bool:
    return name in NEWSPAPERS or name in NEWSPAPERS.values() or bool(re.match(rf"(?:{'|'.join(_WIRES)})\b", name)) \
        or (bool(PERIODICAL.search(name)) and not INSTITUTION.search(name))


def _parts(text: str, q: int, limit: int) -> tuple[dict, int]:
    """The parts after the title, from ``q`` (just after its quotation mark and comma): ``{part: [match, …]}``
    and where the last part read ends."""
    got: dict = {}
    end = q
    p = q
    first = True
    while p < limit:
        if not first:
            if not text.startswith(",", p):
                break
            p += 2 if text.startswith(", ", p) else 1      # ",December 8, 2025": the space left out
        first = False
        for name, rx in _PARTS:
            m = rx.match(text, p, limit)
            if m and not (name == "name" and got.get("name") and "date" not in got and "url" not in got
                          and len(got["name"]) > 1):
                got.setdefault(name, []).append(m)
                p = end = m.end()
                pd = _PAREN_DATE.match(text, p, limit)
                if pd:
                    got.setdefault("date", []).append(pd)
                    p = end = pd.end()
                break
        else:
            break
    return got, end


def read_quoted(rich: Rich, pos: int, limit: int) -> Found | None:
    """A full citation of a work by its quoted title (see the module's docstring)."""
    text = rich.text
    lead, a = "", pos
    if text.startswith("and ", a):
        a += 4
    tm = _TITLE.match(text, a, limit)
    order = None
    if not tm:
        opening = min((i for i in (text.find('"', a, limit), text.find("“", a, limit)) if i >= 0), default=-1)
        if opening < 0 or not text.startswith(", ", opening - 2):
            return None
        lead = text[a:opening - 2]
        order = _ORDER.search(lead)     # Executive Order (E.O.) 14285 of April 24, 2025, "Title," 90 Federal Register …
        if order:
            lead = lead[:order.start()].rstrip(", ")
        if len(lead) > 200 or lead and not lead[:1].isupper() or _NOT_LEAD.search(lead) or \
                any(rich.italic[a:opening]) or not all(_title_case(part) for part in lead.split(", ") if part != "et al."):
            return None
        tm = _TITLE.match(text, opening, limit)
        if not tm:
            return None
    title = tm.group("title").strip()
    if not re.match(r"[A-Z0-9¿¡'‘]", title) or tm.group("punct") == "." and not (tm.group("after") == "" and
                                                                                  text.startswith(" ", tm.end())):
        return None
    q = tm.end()
    asked = tm.group("punct") == "" and title[-1:] in "?!" and not tm.group("after")   # "… Ballot?" MSN, date
    inner = tm.group("punct") == "" and re.search(r",['’]$", title) and not tm.group("after")  # … 'Immense,'" UN
    if inner:
        title = title[:-2] + title[-1]
    if tm.group("punct") != "," and tm.group("after") != "," and not asked and not inner:
        return None        # "Title." or "Title;" ends the citation: a short form, if anything
    if text.startswith(" ", q):
        q += 1
    got, end = _parts(text, q, limit)
    if not any(k in got for k in ("date", "url", "volume", "number", "fr")):
        return None
    value = {k: [m.group("v") if "v" in m.groupdict() else m for m in ms] for k, ms in got.items()}
    names = value.get("name", [])
    fields: dict = {"title": title}
    guessed = ["kind"]
    agency = lead and (re.search(r"\s\([A-Z][A-Za-z&]{1,9}\)(?:,|$)", lead) or
                       all(institutional(part) for part in lead.split(", ")))
    people = split_names(lead) if lead and not agency and _person(split_names(lead)[0]) else []
    if lead and re.search(r",?\s+et al\.$", lead):
        guessed.append("authors")
        if people:      # R15.1: the others the citation leaves out stay in the record, unnamed
            people.append(OTHERS)
    if "fr" in got and order:
        m = got["fr"][0]
        kind = "presidential"
        fields = {"type": order.group("type").lower(), "number": order.group("n"), "title": title,
                  "volume": int(m.group("vol")), "page": m.group("page")}
        if order.group("signed"):
            fields["signed"] = iso_date(order.group("signed"))[0]
    elif order:
        return None
    elif "fr" in got and "date" not in got:     # 89 Federal Register 32361, without its date: the short form
        m = got["fr"][0]
        return Found(pos, end, "short", {"code": "Fed. Reg.", "volume": int(m.group("vol")), "page": m.group("page")},
                     name="")
    elif "fr" in got:                       # a rule by its title: 90 Federal Register 50494, November 7, 2025
        m = got["fr"][0]
        fields = {"code": "Fed. Reg.", "volume": int(m.group("vol")), "page": m.group("page"), "name": title}
        kind = "regulation"
        if "cfr" in value:
            fields["codified"] = value["cfr"][0]
    elif "volume" in value and names:
        kind = "article"
        fields.update(journal=names[0], volume=int(value["volume"][0]))
        if people:
            fields["authors"] = people
    elif names and _newspaper(names[0]) or not names and lead and _newspaper(lead):
        kind = "news"
        fields["publication"] = names[0] if names else lead
        if people:
            fields["authors"] = people
    elif "number" in value:
        kind = "report"
        fields["number"] = value["number"][0]
        if people:
            fields["authors"] = people
        elif lead:
            fields["author"] = lead
    else:
        kind = "web"
        if names:
            fields["site"] = names[0]
        if people:
            fields["authors"] = people
        elif lead:
            fields["author"] = lead
    f = Found(pos, end, kind, fields, guessed=guessed)
    if "date" in value:
        iso, _ = iso_date(value["date"][0])
        if iso:
            f.fields["date" if "-" in iso or kind in ("web", "news", "regulation") else "year"] = \
                iso if "-" in iso or kind != "article" else int(iso)
    if "accessed" in value:
        f.fields["accessed"] = iso_date(value["accessed"][0])[0]
    pages = value.get("pages", [])
    if kind == "article" and pages:       # pp. 1083-1115 are the article's pages; a single page is a pin
        span = re.fullmatch(r"(\d+)[-–]\d+", pages[0])
        if span:
            f.fields["page"] = int(span.group(1))
            pages = pages[1:]
        if pages:
            f.pin = pages[-1]
    elif kind == "news" and pages:
        f.fields["page"] = pages[0]
    elif pages:
        f.pin = pages[-1]
    elif kind == "regulation" and got["fr"][0].group("pin"):   # 91 Federal Register 11194, 11197, March 9, 2026
        f.pin = got["fr"][0].group("pin")
    elif kind == "regulation" and got["fr"][0].group("last"):  # 79 Federal Register 44404-44405: the pages cited
        f.pin = f"{got['fr'][0].group('page')}-{got['fr'][0].group('last')}"
    if "url" in value:
        f.fields["url"] = value["url"][0]
    if kind == "report" and "date" not in f.fields and "year" not in f.fields:
        f.guessed.append("date (not given)")
    return f


# (possessive: a run of capitals is read once, not split between two quantifiers)
_NUMBER = re.compile(r"[A-Z]{2}[A-Za-z]*+(?:[-/][A-Za-z]*+\d\w*+)+")


def read_numbered(rich: Rich, pos: int, limit: int) -> Found | None:
    """A report by its number, its title neither quoted nor in italics: ``U.S. Government Accountability Office
    (GAO), Science & Tech Spotlight: Deep-Sea Mining, GAO-22-105507, December 15, 2021``. The title is the part
    just before the number (guessed), the author the parts before it."""
    text = rich.text
    a = pos + 4 if text.startswith("and ", pos) else pos
    bounds = [a] + [m.end() for m in re.finditer(r",\s", text[a:limit])]
    bounds = [a] + [a + b for b in bounds[1:]]
    for i in range(2, len(bounds)):
        nm = _NUMBER.match(text, bounds[i], limit)
        if not nm or not re.match(r"[,.;]?(?:\s|$)", text[nm.end():limit] or ""):
            continue
        lead, title = text[a:bounds[i - 1] - 2], text[bounds[i - 1]:bounds[i] - 2]
        if any(rich.italic[a:bounds[i]]) or len(lead) > 200 or not lead[:1].isupper() or _NOT_LEAD.search(lead) \
                or not _title_case(title) or re.search(r"[“”\"()]", title) or re.search(r"[“”\"]", lead) \
                or not all(_title_case(part) for part in lead.split(", ")):
            return None
        f = Found(pos, nm.end(), "report", {"title": title, "author": lead, "number": nm.group(0)},
                  guessed=["kind", "title"])
        got, end = _parts(text, nm.end() + 2, limit) if text.startswith(", ", nm.end()) else ({}, nm.end())
        if set(got) - {"date", "url", "pages"}:
            end = nm.end()
        else:
            if got.get("date"):
                iso, _ = iso_date(got["date"][0].group("v"))
                if iso:
                    f.fields["date"] = iso
            if got.get("url"):
                f.fields["url"] = got["url"][0].group("v")
            if got.get("pages"):
                f.pin = got["pages"][-1].group("v")
        f.end = max(end, nm.end())
        return f
    return None


# a report's number or a document's symbol between its title and its date: ISBA/31/C/3, GAO-23-105643
_SYMBOL = re.compile(r"[A-Z]{2}[A-Za-z]*+(?:[-/][\w.]++)+")
# the first word of a title, never of an agency's name: Report of the Chair of the … Commission
_DOCUMENT_WORD = re.compile(r"(?:Report|Guide|Review|Status|Decision|Letter|Memorandum|Statement|Notice|Plan|Strategy|"
                            r"Study|Update|Summary|Analysis|Assessment|Overview|Primer|Handbook|Manual|Annual|Final|"
                            r"Draft|Proposed|Interim|Recommendations?)\b")
# what may follow the date of an agency's report: its pages, its address, the end of the citation
_AFTER_DATE = re.compile(r"(?=[.;]?(?:\s|$)|,\s(?:pp?\.\s|(?:at\s)?<?https?://|see\s))")


_DATE_AT = re.compile(DATE)


def read_agency(rich: Rich, pos: int, limit: int) -> Found | None:
    """A report by an agency, its title neither quoted nor numbered, then its date: ``NOAA, NMFS, Report on the
    Seafood Import Monitoring Program—FY2023, May 2024, https://…``, ``U.S. Department of State, *Adherence to and
    Compliance with Arms Control*, August 2005``. Every part before the title is an institution's (an abbreviation,
    a name with its abbreviation, a name with an institution's word); a title in roman runs to the date. Without an
    author, only a title that calls itself a report is one (``Lead Inspector General Report to the United States
    Congress, Operation Epic Fury, September 14, 2026``). The kind and a roman title's extent are guessed."""
    text = rich.text
    a = pos + 4 if text.startswith("and ", pos) else pos
    bounds = [a] + [a + m.end() for m in re.finditer(r",\s?(?=\S)", text[a:limit])]
    parts = [text[b:c].rstrip(", ") for b, c in zip(bounds, bounds[1:])]
    number = ""
    italic = next((i for i, b in enumerate(bounds) if rich.italic[b] and not rich.italic[b - 1]), None) \
        if any(rich.italic[a:limit]) else None
    if italic is not None:           # *Title*, then its date
        if not all(institutional(p) for p in parts[:italic]):
            return None
        t = bounds[italic]
        run = _italic(rich, t, limit)
        title, d = text[t:run].rstrip(", "), run
        if text[t:run].rstrip().endswith(","):       # *National Security Strategy,* November 2025
            d = run + (1 if text.startswith(" ", run) else 0)
        elif text.startswith(",", d):
            d += 2 if text.startswith(", ", d) else 1
        else:
            return None
        dm = re.compile(DATE).match(text, d, limit)
        if not dm or not _AFTER_DATE.match(text, dm.end(), limit):
            return None
        guessed = ["kind"]
    else:
        dated = next(((j, m) for j, b in enumerate(bounds[1:], 1)     # the first part that is a date: no later one
                      if (m := _DATE_AT.match(text, b, limit)) and _AFTER_DATE.match(text, m.end(), limit)), None)
        if not dated:
            return None
        j, dm = dated
        numbered = j - 1 > 0 and bool(_SYMBOL.fullmatch(parts[j - 1]))
        lead_parts = 0     # the author's parts, leaving the title (and the number) at least one each
        while lead_parts < j - 1 - numbered and institutional(parts[lead_parts]) and ":" not in parts[lead_parts] \
                and not _DOCUMENT_WORD.match(parts[lead_parts]):
            lead_parts += 1
            series = next((k for k in range(lead_parts, j - 1) if parts[k].startswith("and ")), None)
            if series is not None and all(re.fullmatch(r"[A-Z][a-z]+", p) for p in parts[lead_parts:series]) and \
                    re.fullmatch(r"and\s[A-Z][a-z]+", parts[series]):   # Office of International Affairs, Trade, and …
                lead_parts = series + 1
                break
        t = bounds[lead_parts]
        if not lead_parts and " " not in dm.group(0):
            return None
        title = text[t:dm.start()].rstrip(", ")
        guessed = ["kind", "title"]
        if lead_parts and numbered and j - 1 > lead_parts:   # …, ISBA/31/C/3, February 9, 2026
            number = parts[j - 1]
            title = text[t:bounds[j - 1]].rstrip(", ")
    lead = text[a:t].rstrip(", ")
    if not _agency_title(title, lead, italic is not None):
        return None
    iso, _ = iso_date(dm.group(0))
    if not iso:
        return None
    fields: dict = {"title": title}
    if lead:
        fields["author"] = lead
    if number:
        fields["number"] = number
    fields["date" if "-" in iso else "year"] = iso if "-" in iso else int(iso)
    f = Found(pos, dm.end(), "report", fields, guessed=guessed)
    if text.startswith(", ", f.end):
        got, end = _parts(text, f.end + 2, limit)
        if got and not set(got) - {"pages", "url"}:
            f.end = end
            if got.get("pages"):
                f.pin = got["pages"][-1].group("v")
            if got.get("url"):
                f.fields["url"] = got["url"][0].group("v")
    return f


_CRS = re.compile(r"(?P<number>CRS\s(?:Report|In\sFocus|Insight|Legal\sSidebar|In\sBrief|Testimony|Infographic)\s"
                  r"[A-Z]{0,3}\d[\d-]*[A-Z]?),\s(?P<title>[^;“”\"]+?)"
                  r"(?:,\s(?:coordinated\s)?by\s(?P<by>[A-Z][^;()“”\"]*?))?(?:,\s(?P<date>" + DATE + r"))?"
                  r"(?<![\s.][A-Z])(?=[.;]?$|[.;]\s|\s\((?![A-Z]{2,}\)))")


def read_crs(rich: Rich, pos: int, limit: int) -> Found | None:
    """A product of the Congressional Research Service by its number, its title (in italics or roman) and its
    authors after "by": ``CRS Report R48215, Illegal, Unreported, and Unregulated (IUU) Fishing: Frequently Asked
    Questions, by Caitlin Keating-Bitonti and Anthony R. Marshak``; a report whose number is its identity."""
    m = _CRS.match(rich.text, pos, limit)
    if not m or re.match(r"\s\([^()]*\d{4}\)", rich.text[m.end():limit]):   # its date in parentheses: read_titled's
        return None
    title = m.group("title").strip("*").strip()
    a, b = m.span("title")
    italic = rich.is_italic(a, b) or rich.is_italic(a + 1, b - 1)
    if not italic and (any(rich.italic[a:b]) or not _title_case(title)) or re.search(r"\bsupra\b|\bId\.", title):
        return None
    fields: dict = {"title": title, "number": m.group("number")}
    if m.group("by"):
        people = split_names(re.sub(r",?\s+and\s+", " & ", m.group("by")))
        if not all(_person(p) for p in people):
            return None
        fields["authors"] = people
    if m.group("date"):
        iso, _ = iso_date(m.group("date"))
        fields["date" if "-" in iso else "year"] = iso if "-" in iso else int(iso)
    return Found(pos, m.end(), "report", fields, guessed=[] if italic else ["title"])


_BODY_PART = re.compile(r"House|Senate|Joint|(?:(?:House|Senate|Joint|Special|Select|Permanent)\s[\w\s]*?)?"
                        r"(?:Sub)?[Cc]ommittee\s(?:on|for)\s[^,;]+?(?:\s\([A-Z&]+\))?")
_CONGRESS = re.compile(r",\s(?:(?P<hearing>hearing|committee\sprint),\s)?(?P<congress>\d+)(?:st|nd|rd|th|d)\sCong\.,\s"
                       r"\d+(?:st|nd|rd|th|d)\ssess\.,?\s(?P<dates>(?:[A-Z][a-z]+\.?\s\d{1,2}(?:[-–]\d{1,2})?,?(?:\sand)?\s)*"
                       r"(?:[A-Z][a-z]+\.?\s)?\d{4})"
                       r"(?:,\s(?P<number>S\.\s?Hrg\.\s\d+-\d+|H\.\s?Doc\.\s\d+(?:-\d+)?|S\.\s?Doc\.\s\d+(?:-\d+)?|"
                       r"[HS]\.\s?Prt\.\s\d+-\d+))?(?:\s\((?:Washington,\sDC:\s)?GPO,\s\d{4}\))?"
                       r"(?:,\s(?P<pin>pp?\.\s\d+(?:[-–]\d+)?(?:,\s\d+(?:[-–]\d+)?)*))?(?:,\s<?(?P<url>" + _URL + r")>?)?"
                       r"(?=[.;]?(?:\s|$)|\s\()")


def read_congress(rich: Rich, pos: int, limit: int) -> Found | None:
    """A hearing or a House or Senate document as CRS cites it, by the body that held or printed it, its title
    (italic or roman), the Congress and session, the dates, and its number: ``U.S. Congress, Senate Committee on
    Governmental Affairs, Subcommittee on Oversight of Government Management, *The Federal Lobbying Disclosure
    Laws*, 102nd Cong., 1st sess., June 20, July 16, and September 25, 1991, S.Hrg. 102-377, p. 487``. The kind has
    no field for the committee: it is named in the record's note, with what was guessed."""
    text = rich.text
    if not text.startswith("U.S. Congress, ", pos):
        return None
    b = pos + len("U.S. Congress, ")
    bounds = [b] + [b + m.end() for m in re.finditer(r",\s", text[b:limit])]
    parts = [text[x:y - 2] for x, y in zip(bounds, bounds[1:])]
    n = 0
    while n < len(parts) and _BODY_PART.fullmatch(parts[n]):
        n += 1
        series = next((k for k in range(n, len(parts)) if parts[k].startswith("and ")), None)
        if series is not None and all(re.fullmatch(r"[A-Z][\w&-]*(?:\s[A-Z][\w&-]*)?", p) for p in parts[n:series]) \
                and re.fullmatch(r"and\s[A-Z][\w&-]*(?:\s[A-Z][\w&-]*)?", parts[series]):
            n = series + 1      # Subcommittee on National Parks, Recreation, and Public Lands
    if not n:
        return None
    body = [text[bounds[0]:bounds[n] - 2]]
    b = bounds[n]
    tail = None
    for m in _CONGRESS.finditer(text, b, limit):
        tail = m
        break
    if not tail or "(" in text[b:tail.start()] and ")" not in text[b:tail.start()]:
        return None
    title = text[b:tail.start()].strip("*").strip()
    if not title or not _title_case(title) and not rich.is_italic(b, tail.start()):
        return None
    number = tail.group("number") or ""
    number = re.sub(r"^([HS])\.\s?(Hrg|Doc|Prt)\.", lambda n: f"{n.group(1)}. {n.group(2)}.", number)
    kind = "document" if re.search(r"Doc\.|Prt\.", number) or tail.group("hearing") == "committee print" or \
        body[0] in ("House", "Senate") else "hearing"
    fields: dict = {"type": kind, "title": title, "congress": tail.group("congress")}
    if number:
        fields["number"] = number
    dates = tail.group("dates")
    iso, _ = iso_date(dates)
    fields["date" if "-" in iso else "year"] = iso if "-" in iso else int(dates[-4:])
    if tail.group("url"):
        fields["url"] = tail.group("url")
    who = ", ".join(body)
    guessed = [f"committee (no field holds it: {who})"]
    if not rich.is_italic(b, tail.start()):
        guessed.append("title")
    return Found(pos, tail.end(), "legislative", fields, pin=re.sub(r"^pp?\.\s", "", tail.group("pin") or ""),
                 guessed=guessed)


_ADOPTED = re.compile(r"(?P<title>[A-Z][^,;()“”\"]*?),\sadopted\s(?:on\s)?(?P<date>" + DATE + r")"
                      r"(?:,\s(?:available\s(?:at|from)\s)?<?(?P<url>" + _URL + r")>?)?(?=[.;]?(?:\s|$))")


def read_adopted(rich: Rich, pos: int, limit: int) -> Found | None:
    """A resolution or declaration by its title and the day it was adopted, perhaps with its address: ``Kigali
    Declaration of the Fifth Colloquium of Prosecutors of International Criminal Tribunals, adopted November 13,
    2009, available at http://…``. Read as a report (guessed): nothing but its title, date and address is known."""
    m = _ADOPTED.match(rich.text, pos, limit)
    if not m or not _title_case(m.group("title")) or any(rich.italic[pos:m.end()]):
        return None
    iso, _ = iso_date(m.group("date"))
    if "-" not in iso:
        return None
    fields = {"title": m.group("title"), "date": iso}
    if m.group("url"):
        fields["url"] = m.group("url")
    return Found(pos, m.end(), "report", fields, guessed=["kind"])


_LETTER = re.compile(r"(?P<form>Letter|Memorandum)\sfrom\s(?P<author>[A-Z][^;()“”\"]*?),?\s"
                     r"to\s(?P<recipient>[A-Z][^;()“”\"]*?),\s"
                     r"(?P<date>" + DATE + r")(?:,\s<?(?P<url>" + _URL + r")>?)?(?=[.;]?(?:\s|$)|\s\()")


def read_letter(rich: Rich, pos: int, limit: int) -> Found | None:
    """A letter as house styles cite it, its date after a comma rather than in parentheses (R17.1.1 puts it
    there): ``Letter from Raúl M. Grijalva, Ranking Member, House Committee on Natural Resources, and Jared
    Huffman, …, to The Honorable Gina M. Raimondo, Secretary of Commerce, …, October 20, 2023, https://…``. The
    writers and recipients are kept as written, their positions with them (named as guessed)."""
    m = _LETTER.match(rich.text, pos, limit)
    if not m:
        return None
    iso, _ = iso_date(m.group("date"))
    if iso.count("-") != 2:
        return None
    fields = {"author": m.group("author"), "recipient": m.group("recipient"), "date": iso}
    if m.group("form") == "Memorandum":
        fields["form"] = "memorandum"
    if m.group("url"):
        fields["url"] = m.group("url")
    return Found(pos, m.end(), "letter", fields, guessed=["author and recipient (as written, with their positions)"])


# where a web address may be cited alone: at the note's start, after a sentence, a signal or ";", or after the
# "at" of "is available at" (the words before it stay the note's prose)
_URL_LEAD = re.compile(r"(?:^|[.!?;][”’\")]*\s+|(?:^|\s)(?:[Ss]ee(?:\salso)?|[Cc]f\.|and)\s+|(?<!,)\sat\s+)$")
_ALONE = re.compile(r"<?(?P<url>" + _URL + r")>?(?:\s\((?:accessed|last\svisited)\s(?P<accessed>" + DATE + r")\))?"
                    r"(?=[.;]?(?:\s|$)|\s\()")


def read_url(rich: Rich, pos: int, limit: int) -> Found | None:
    """A web page cited by its address alone (``http://crimesagainsthumanity.wustl.edu/.``, ``See
    https://afrba-portal.cce.af.mil/#.``, ``The text of the IAEA Statute is available at
    <https://www.iaea.org/about/statute>.``): a web record of the address, its title named as not given, nothing
    else made up. An address inside another citation (a letter's, a report's) is that citation's, not this."""
    text = rich.text
    if not _URL_LEAD.search(text[max(0, pos - 40):pos]) and pos:
        return None
    m = _ALONE.match(text, pos, limit)
    if not m:
        return None
    url = m.group("url")
    if text[pos] == "<" and url.endswith(">"):
        url = url[:-1]
    fields: dict = {"url": url}
    if m.group("accessed"):
        iso, _ = iso_date(m.group("accessed"))
        if iso:
            fields["accessed"] = iso
    said = "the note describes the page in its prose, then gives its address" if re.search(r"\sat\s+$", text[:pos]) \
        else "the page is cited by its address alone"
    return Found(pos, m.end(), "web", fields, guessed=[f"title (not given: {said})"])


# what no agency's title holds: quotation marks, a case name, a code's or the Federal Register's citation, a U.N.
# symbol (S/2024/886), a Congress and session: other forms, read by other readers
_NOT_TITLE = re.compile(r"[“”\"()\[\]]|\sv\.\s|\bsupra\b|\bId\.|\d\s(?:Federal\sRegister|Fed\.\sReg\.|U\.S\.C\.|C\.F\.R\.|"
                        r"Stat\.)|\b[A-Z]{1,6}(?:/[\w.]+){2,}|\bCong\.,\s\d")


def _agency_title(title: str, lead: str, italic: bool) -> bool:
    """Whether ``title`` can be the title of an agency's report by ``lead``: a title-cased name, not a citation of
    another form; one in roman starts with a word; one with no author says it is a report."""
    return bool(title) and _title_case(title) and not _NOT_TITLE.search(title) and not _NUMBER.search(title) \
        and (italic or bool(re.match(r"[^\W\d_]", title))) and len(title) <= 300 \
        and (bool(lead) or bool(re.search(r"\bReport\b", title.split(", ")[0])))


def _italic(rich: Rich, pos: int, limit: int) -> int:
    """Where the italic run that starts at ``pos`` ends (0 when none starts there)."""
    if pos >= limit or not rich.italic[pos]:
        return 0
    end = pos
    while end < limit and rich.italic[end]:
        end += 1
    return end


# ---------------------------------------------------------------- short forms, by author and title

_SHORT = re.compile(r"(?:and\s)?(?P<lead>[A-Z][^,;“”\"()]*?(?:,\s[A-Z][A-Za-z]{0,2}[A-Z]{1,6})*(?:\set\sal\.)?),\s(?:[\"“](?P<title>[^\"“”]+?)[,.]?[\"”]|"
                    r"(?P<italic>\S[^,;]*?))(?P<pin>,?\s(?:pp?\.|at)\s[\w–-]+)?(?=[.;]?$|[.;]\s|(?<=\.[\"”])\s)")


def _author_fits(written: str, rec: dict) -> bool:
    from briefgen.authorities.parts import family_name

    written = re.sub(r",?\s+et al\.$", "", written).strip()
    author = str(rec.get("author") or "")
    if author and (written in (author, abbreviated(author)) or re.search(rf"\({re.escape(written)}\)", author)):
        return True
    people = rec.get("authors")
    if isinstance(people, list) and people:
        fams = [family_name(str(p)) for p in people]
        return written in (fams[0], " and ".join(fams), " & ".join(fams), ", ".join(fams[:-1]) + ", and " + fams[-1])
    return False


def _title_fits(written: str, rec: dict) -> bool:
    title = str(rec.get("title") or rec.get("name") or "")
    return bool(title) and (title == written or title.startswith(written) and not title[len(written):][:1].isalnum())


# after a short form: a year, a pin, then the citation's end
_SHORT_END = re.compile(r"(?P<pin>,?\s(?:pp?\.|at)\s(?:[ivxlc]+\b|[\dA-Za-z]*\d[\w–-]*))?"
                        r"(?=[.;]?$|[.;]\s|,?\s(?:and|with)\s)")


def _name_pattern(name: str) -> re.Pattern:
    """A name as written in either typeface and with either quotation marks: ``NOAA, NMFS, "Title"`` also matches
    ``NOAA, NMFS, “Title,”``, and ``DOJ, *Governor of Sinaloa*`` ``DOJ, Governor of Sinaloa``."""
    out = []
    for ch in name.replace("*", ""):
        if ch in "\"“”":
            out.append(r"[\"“”]")
        elif ch == " ":
            out.append(r"\s+")
        else:
            out.append(re.escape(ch))
    pattern = "".join(out)
    if re.search(r"[\"”]$", name):        # "Title," : the comma inside the closing quotation mark
        pattern = pattern[:-len(r"[\"“”]")] + r"[,.;]?[\"“”]"
    return re.compile(pattern)


# a title in roman up to a pin or the citation's end, not cut after an initial (U.S. Seafood)
_ROMAN_TITLE = re.compile(r"[A-Z][^,;()“”\"]*?(?<![\s.][A-Z])(?=,\s(?:pp?\.|at)\s|[.;]?$|[.;]\s)")


# what tells two works of one title and author apart: any of them that differs makes another work
_IDENTIFIES = ("volume", "page", "journal", "publication", "number", "symbol", "url", "date", "year", "edition")


class ShortReader:
    """Short forms of the works :func:`read_quoted` and :func:`read_numbered` read, resolved against the records
    made so far; and those works' full citations, the author's short name (``ISA``) taken for the one an earlier
    note announced (``International Seabed Authority (ISA)``), a work cited in full again found again."""

    def __init__(self, draft):
        self.draft = draft

    def __call__(self, rich: Rich, pos: int, limit: int) -> Found | None:
        return self.named(rich, pos, limit) or self.short(rich, pos, limit) or \
            self.again(read_quoted(rich, pos, limit) or read_numbered(rich, pos, limit))

    def named(self, rich: Rich, pos: int, limit: int) -> Found | None:
        """A short form written as a record's hereinafter name (``GAO, Combatting Illegal Fishing, 2023, p. 9``), or
        as its author and its whole title in roman or italics (``NOAA, NMFS, Report on the Implementation of the
        U.S. Seafood Import Monitoring Program, pp. 5-6``), then a pin at most: what the records say is matched,
        nothing is guessed. One that fits two records is kept as text (Draft warns)."""
        text = rich.text
        a = pos + 4 if text.startswith("and ", pos) else pos
        fits: dict = {}
        for key, rec in self.draft.records.items():
            if rec.get("kind") not in ("report", "web", "news", "article", "book", "letter", "legislative",
                                       "un-document", "speech", "interview"):
                continue
            for name in self._written(rec):
                m = _name_pattern(name).match(text, a, limit)
                if not m:
                    continue
                end = _SHORT_END.match(text, m.end(), limit)
                if end:
                    fits.setdefault(key, (m.end() + len(end.group("pin") or ""), end.group("pin") or "", name))
        if not fits:
            return self._unknown_title(rich, a, pos, limit)
        pins = {v[:2] for v in fits.values()}
        end, pin = max(pins)
        pin = re.sub(r"^,?\s(?:pp?\.|at)\s", "", pin)
        if len(fits) > 1:
            return Found(pos, end, "short", {"fits": list(fits)}, pin=pin, name=next(iter(fits.values()))[2])
        (key, _), = fits.items()
        from briefgen.citations import bluebook as bb

        return Found(pos, end, "short", pin=pin, name=bb.later_name(self.draft.auth(key))[0], key=key)

    def _unknown_title(self, rich: Rich, a: int, pos: int, limit: int) -> Found | None:
        """``NOAA, NMFS, Report on the Seafood Import Monitoring Program, p. 3``: a known author's work by a title in
        roman that is no record's whole title, with a pin or nothing after it, is a short form that fits no full
        citation (Draft says so), never given to the record whose title it begins."""
        text = rich.text
        for rec in self.draft.records.values():
            author = rec.get("author")
            if rec.get("kind") != "report" or not isinstance(author, str):
                continue
            for who in dict.fromkeys((author, abbreviated(author))):
                if not text.startswith(who + ", ", a):
                    continue
                t = a + len(who) + 2
                m = _ROMAN_TITLE.match(text, t, limit)
                if not m or rich.italic[t] or not _title_case(m.group(0)) or "/" in m.group(0):
                    continue
                name = f"{who}, {m.group(0)}"
                earlier = self.draft.earlier_text + " " + self.draft.prev_text
                if re.search(re.escape(name) + r"(?![\w—–-])", earlier):
                    return None    # named before, in a citation not read as this one: not a finding

                end = _SHORT_END.match(text, m.end(), limit)
                if end:
                    pin = re.sub(r"^,?\s(?:pp?\.|at)\s", "", end.group("pin") or "")
                    return Found(pos, m.end() + len(end.group("pin") or ""), "short", pin=pin, name=name)
        return None

    @staticmethod
    def _written(rec: dict) -> list[str]:
        """How a later note may write the record: its hereinafter name, its author (or the author's announced
        abbreviations) with its title."""
        out = [str(rec["hereinafter"])] if rec.get("hereinafter") else []
        title = str(rec.get("title") or "")
        author = str(rec.get("author") or "")
        if title and author and len(title) > 12:
            out += [f"{who}, {title}" for who in dict.fromkeys((author, abbreviated(author)))]
        return out

    def again(self, f: Found | None) -> Found | None:
        if f is None:
            return None
        records = self.draft.records
        announced_author(f.fields, records)
        name = f.fields.get("title") or f.fields.get("name")
        for key, rec in records.items():
            if not name or rec["kind"] != f.kind or (rec.get("title") or rec.get("name")) != name or \
                    rec.get("author") != f.fields.get("author") or rec.get("authors") != f.fields.get("authors"):
                continue      # a work is known by its title or name: two regulations without one are not one
            if any(str(f.fields[k]) != str(rec[k]) for k in _IDENTIFIES if k in f.fields and k in rec):
                continue      # one title, another date, page, number or symbol: another work (or Draft reports it)
            from briefgen.citations import bluebook as bb

            return Found(f.start, f.end, "short", pin=f.pin, name=bb.later_name(self.draft.auth(key))[0], key=key)
        return f

    def short(self, rich: Rich, pos: int, limit: int) -> Found | None:
        text = rich.text
        m = _SHORT.match(text, pos, limit)
        if not m:
            return None
        lead = m.group("lead")
        if _NOT_LEAD.search(lead):
            return None
        if m.group("italic"):      # a whole italic title: DOJ, *Governor of Sinaloa*.
            a, b = m.start("italic"), m.end("italic")
            if not all(rich.italic[a:b]) or rich.italic[a - 1] or b + 1 < len(text) and rich.italic[b + 1]:
                return None
            title = m.group("italic")
        else:
            title = m.group("title").strip()
        written = " ".join(text[pos:m.end("italic") if m.group("italic") else m.end("title")].split())
        if written.startswith("and "):
            written = written[4:]
        records = self.draft.records
        fits = [k for k, r in records.items()
                if r.get("hereinafter") and re.sub(r"[\"“”*]", "", str(r["hereinafter"])) ==
                re.sub(r"[\"“”*]", "", written)]
        if not fits:
            fits = [k for k, r in records.items() if _author_fits(lead, r) and _title_fits(title, r)]
        if not fits:     # a rule read by its quoted title keeps its name, not the agency before it: its whole name
            fits = [k for k, r in records.items() if r.get("kind") == "regulation" and r.get("code") == "Fed. Reg."
                    and not r.get("author") and str(r.get("name") or "") == title]
        pin = re.sub(r"^,?\s(?:pp?\.|at)\s", "", m.group("pin") or "")
        if len(fits) == 1:
            from briefgen.citations import bluebook as bb

            name = bb.later_name(self.draft.auth(fits[0]))[0]
            return Found(pos, m.end(), "short", pin=pin, name=name, key=fits[0])
        if len(fits) > 1:      # several works fit: kept as text, never given to one of them (Draft warns)
            return Found(pos, m.end(), "short", {"fits": fits}, pin=pin, name=f"{lead}, \"{title}\"")
        if not _title_case(lead):
            return None
        if not any(_author_fits(lead, r) for r in records.values()):
            return None    # a short form before any full citation: verify's own check of short forms says so
        return Found(pos, m.end(), "short", pin=pin, name=f"{lead}, \"{title}\"")
