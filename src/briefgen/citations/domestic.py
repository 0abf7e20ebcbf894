"""U.S. primary authorities: cases (R10), statutes (R12), regulations (R14), constitutions (R11),
legislative materials (R13) and court filings (B17) — each kind's fields and forms.

>>> from briefgen.citations.typeface import runs_text, DEFAULT
>>> runs_text(CASE.full({'name': 'Roe v. Wade', 'volume': 410, 'reporter': 'U.S.', 'page': 113,
...                      'court': 'U.S.', 'year': 1973}, None, DEFAULT))
'*Roe v. Wade*, 410 U.S. 113 (1973)'
"""
from __future__ import annotations

import re

from briefgen.citations.courts import court_parenthetical
from briefgen.citations.dates import year_of
from briefgen.citations.parts import ordinal, pin_at, section_pin, text, when
from briefgen.citations.rules import CASES, LEGISLATION, OTHER, Field, Kind
from briefgen.citations.typeface import Run, Style, emphasis_runs

GOVERNMENTS = re.compile(r"^(United States|United Mexican States|Estados Unidos Mexicanos|State|People|Commonwealth|"
                         r"Territory|Republic|Kingdom|District of Columbia|City|County|Commissioner|Secretary|"
                         r"Attorney General|Director|Sec’y|Att’y Gen\.|Comm’r|Prosecutor|The Prosecutor)\b")


def first_party(name: str) -> str:
    """R10.9: the first party's name, or the second when the first is a government or a prosecutor."""
    parties = re.split(r"\s+v\.\s+", name)
    chosen = parties[1] if GOVERNMENTS.match(parties[0]) and len(parties) > 1 else parties[0]
    chosen = re.split(r",\s*(Inc|LLC|Co|Corp|Ltd)\b", chosen)[0]
    return re.sub(r"^(In re|Ex parte)\s+", "", chosen).strip()


# ---------------------------------------------------------------- cases (R10)


def _case_full(a, loc, st: Style, suppress: bool = False) -> list[Run]:
    runs: list[Run] = [] if suppress else [st.run(text(a.get("name")), "case"), (", ", "")]
    reporter, number, database = text(a.get("reporter")), text(a.get("number")), text(a.get("database"))
    body = []
    if a.get("docket"):
        body.append(text(a.get("docket")))
    if database:
        body.append(database + (f", {pin_at(loc)}" if loc else ""))
    elif reporter:
        cite = f"{text(a.get('volume'))} {reporter} " + (text(a.get("page")) if a.get("page") else f"No. {number}")
        body.append(cite + (f", {loc.labelled()}" if loc else ""))
    elif number:
        body.append(number + (f", {loc.labelled()}" if loc else ""))
    elif loc:  # a slip opinion known by its docket: No. 12-345, at 5
        body[-1] += f", {pin_at(loc)}"
    body += [text(p) for p in a.get("parallel") or []]
    precise = not a.get("page") or bool(database)
    court = court_parenthetical(text(a.get("court")), reporter, number if not reporter else "")
    paren = " ".join(p for p in (court, when(a, precision=3 if precise else 1)) if p)
    runs.append((", ".join(body) + (f" ({paren})" if paren else ""), ""))
    if a.get("history"):
        runs += [(", ", "")] + emphasis_runs(text(a.get("history")))
    return runs


def _case_short(a, loc, st: Style, name: str) -> list[Run]:
    if a.get("database"):
        rest = text(a.get("database")) + (f", {pin_at(loc)}" if loc else "")
    elif a.get("reporter") and a.get("page"):
        head = f"{text(a.get('volume'))} {text(a.get('reporter'))}"
        rest = f"{head} at {loc.text}" if loc and loc.label == "page" else \
            f"{head} {text(a.get('page'))}" + (f", {loc.labelled()}" if loc else "")
    elif a.get("reporter"):
        rest = f"{text(a.get('volume'))} {text(a.get('reporter'))} No. {text(a.get('number'))}" + \
            (f", {pin_at(loc)}" if loc else "")
    else:
        rest = text(a.get("number")) + (f", {loc.labelled()}" if loc else "")
    return [st.run(name, "shortcase"), (f", {rest}" if rest.strip(", ") else "", "")]


INTERNATIONAL_COURT = re.compile(r"I\.C\.J\.|P\.C\.I\.J\.|Int[’']l Crim|Crim\. Trib|Special Ct\.|Inter-Am\.|"
                                 r"Eur\. Ct\. H\.R\.|Eur\. Comm[’']n|Afr\. Comm|Hum\. Rts\. Comm")


def _case_check(r) -> list[tuple[str, str]]:
    where = next((f for f in ("court", "reporter") if INTERNATIONAL_COURT.search(str(r.get(f) or ""))), None)
    if where:  # R21.5 forms differ from R10's: an international decision is never cited as a U.S. case
        return [(where, f"{r.get(where)} is an international court: use kind icj-case, tribunal-case or "
                        "regional-case (docs/authorities.md)")]
    out = []
    if r.get("reporter") and not r.get("volume") and r.get("reporter") != "WL":
        out.append(("reporter", "a reporter needs the volume it is in: volume: 410 with reporter: U.S."))
    if r.get("reporter") and not (r.get("page") or r.get("number")):
        out.append(("reporter", "a reporter needs the first page (page: 113) or a slip number (number: 71)"))
    for f in ("volume", "page"):
        if r.get(f) and not r.get("reporter"):
            out.append((f, f"'{f}' belongs to a reporter: add reporter: (U.S., F.3d, …)"))
    return out


CASE = Kind(
    name="case", rule="R10", doc="U.S. court decisions and agency adjudications",
    fields=(Field("name", required=True, doc="the case name as printed, abbreviated per T6"),
            Field("volume", doc="410"), Field("reporter", doc="U.S., F.3d, S.E.2d"),
            Field("page", doc="the first page"), Field("court", doc="9th Cir., S.D.N.Y., Ga. Ct. App."),
            Field("year", "date"), Field("date", "date", doc="the full date, for slip, Westlaw and public-domain cites"),
            Field("parallel", "list", doc="parallel citations, printed after the first"),
            Field("history", doc="subsequent history as printed, with *italics*"),
            Field("docket", doc="No. 2012AP1475–CR"), Field("database", doc="2013 WL 5811261"),
            Field("number", doc="a public-domain citation (2021-Ohio-726) or a slip number (No. 71)")),
    one_of=("reporter|database|number|docket",), full=_case_full,
    short=lambda a, loc, st, name: _case_short(a, loc, st, name),
    derived=lambda a: (first_party(text(a.get("name"))), "case"), window=5, toa=CASES, name_role="case",
    pins=frozenset({"page", "paragraph", "note", "other"}), check=_case_check, csl_type="legal_case")

# ---------------------------------------------------------------- statutes (R12)


def _statute(a, loc, st: Style, short: bool = False) -> list[Run]:
    name = "" if short else text(a.get("name"))
    lead = f"{name}, " if name else ""
    if a.get("public_law"):
        out = f"{lead}Pub. L. No. {text(a.get('public_law'))}, {text(a.get('volume'))} " \
              f"{text(a.get('reporter')) or 'Stat.'} {text(a.get('page'))}"
        if loc:
            out += ", " + loc.labelled()
        yr = text(a.get("year"))
        if yr and yr[:4] not in name and not short:
            out += f" ({year_of(yr)})"
        return [(out, "")]
    code = " ".join(text(p) for p in (a.get("title"), a.get("code")) if p)
    out = f"{lead}{code} {section_pin(loc, text(a.get('section')))}".rstrip()
    paren = " ".join(text(p) for p in (a.get("publisher"), a.get("supplement"),
                                       year_of(a.get("year")) if a.get("year") else "") if p)
    if paren and not short:
        out += f" ({paren})"
    return [(out, "")]


STATUTE = Kind(
    name="statute", rule="R12", doc="codes, session laws and state statutes",
    fields=(Field("code", doc="U.S.C., U.S.C.A., Fla. Stat."), Field("public_law", doc="107-150"),
            Field("name", doc="the act's name, printed first"), Field("title", doc="the code's title: 22"),
            Field("section", doc="the section the record stands for"), Field("year", "date"),
            Field("publisher", doc="West, for unofficial codes"), Field("supplement", doc="Supp. 2021"),
            Field("volume", doc="a session law's volume of Stat."), Field("reporter", doc="Stat."),
            Field("page", doc="a session law's first page")),
    one_of=("code|public_law",), full=lambda a, loc, st, suppress=False: _statute(a, loc, st),
    short=lambda a, loc, st, name: _statute(a, loc, st, short=True), derived=lambda a: ("", ""),
    toa=LEGISLATION, pins=frozenset({"section", "page", "paragraph", "article", "part", "other"}),
    csl_type="legislation", csl_map=(("title", "volume"),))

# ---------------------------------------------------------------- regulations (R14)


def _regulation(a, loc, st: Style, short: bool = False) -> list[Run]:
    name = "" if short else text(a.get("name"))
    lead = f"{name}, " if name else ""
    if a.get("code") == "Fed. Reg.":
        if short and loc and loc.label == "page":  # R14.5: 85 Fed. Reg. at 67,455
            return [(f"{text(a.get('volume'))} Fed. Reg. at {loc.text}", "")]
        out = f"{lead}{text(a.get('volume'))} Fed. Reg. {text(a.get('page'))}" + (f", {loc.labelled()}" if loc else "")
        if not short:
            out += f" ({when(a)})" + (f" ({text(a.get('codified'))})" if a.get("codified") else "")
        return [(out, "")]
    if loc:
        pin = section_pin(loc, "")
    elif a.get("part"):
        pin = f"pt. {text(a.get('part'))}"
    else:
        pin = section_pin(None, text(a.get("section")))
    out = " ".join(p for p in (f"{lead}{text(a.get('title'))}".strip(), text(a.get("code")), pin) if p)
    if not short and (a.get("year") or a.get("date")):
        out += f" ({year_of(a.get('year') or a.get('date'))})"
    return [(out, "")]


def _regulation_check(r) -> list[tuple[str, str]]:
    if r.get("code") == "Fed. Reg." and not (r.get("volume") and r.get("page")):
        return [("code", "a Federal Register citation needs volume: and page:")]
    return []


REGULATION = Kind(
    name="regulation", rule="R14", doc="the Code of Federal Regulations and the Federal Register",
    fields=(Field("code", required=True, doc="C.F.R. or Fed. Reg."), Field("name", doc="the rule's name"),
            Field("title", doc="the C.F.R. title: 22"), Field("section", doc="120.1"), Field("part", doc="133"),
            Field("volume", doc="the Federal Register volume"), Field("page", doc="67,450"),
            Field("date", "date", doc="a Federal Register issue's date"), Field("year", "date", doc="the C.F.R. year"),
            Field("codified", doc="to be codified at 47 C.F.R. pt. 64")),
    full=lambda a, loc, st, suppress=False: _regulation(a, loc, st),
    short=lambda a, loc, st, name: _regulation(a, loc, st, short=True), derived=lambda a: ("", ""),
    toa=LEGISLATION, pins=frozenset({"section", "page", "part", "paragraph", "other"}), check=_regulation_check,
    csl_type="regulation", csl_map=(("title", "volume"),))

# ---------------------------------------------------------------- constitutions (R11)


def _constitution(a, loc, st: Style, suppress: bool = False) -> list[Run]:
    out = text(a.get("name")) + (f" {loc.labelled()}" if loc else "")
    return [(out + (f" ({text(a.get('year'))})" if a.get("year") else ""), "")]


CONSTITUTION = Kind(
    name="constitution", rule="R11", doc="constitutions, cited by article, amendment, section and clause",
    fields=(Field("name", required=True, doc="U.S. Const., Cal. Const."),
            Field("year", "date", doc="for a constitution no longer in force")),
    full=_constitution, short=lambda a, loc, st, name: _constitution(a, loc, st), derived=lambda a: ("", ""),
    toa=LEGISLATION, pins=frozenset({"article", "section", "paragraph", "other"}), csl_type="legislation")

# ---------------------------------------------------------------- legislative materials (R13)

LEGISLATIVE_TYPES = ("bill", "resolution", "hearing", "report", "document", "debate")


def _legislative(a, loc, st: Style, short: bool = False) -> list[Run]:
    kind = a.get("type")
    value = a.get("year") or a.get("date")
    yr = "" if short or not value else f" ({year_of(value)})"
    congress = f"{ordinal(a.get('congress'))} Cong." if a.get("congress") else ""
    if kind == "report" or (kind == "document" and a.get("number")):
        out = text(a.get("number") or a.get("title"))
        if congress and not re.search(r"\d+-\d+", out):
            out += f", {congress}"
        return [(f"{out}{', ' + pin_at(loc) if loc else ''}{yr}", "")]
    if kind == "hearing":
        return [st.run(text(a.get("title")), "title"), (f", {congress}{' ' + loc.labelled() if loc else ''}{yr}", "")]
    parts = [text(p) for p in (a.get("title"), a.get("number"), congress) if p]
    return [(", ".join(parts) + (" " + section_pin(loc, "") if loc else "") + yr, "")]


LEGISLATIVE = Kind(
    name="legislative", rule="R13", doc="bills and resolutions, hearings, committee reports and documents",
    fields=(Field("type", "choice", required=True, choices=LEGISLATIVE_TYPES),
            Field("title", doc="a bill's or hearing's title"), Field("number", doc="S. 1083; S. Rep. No. 106-261"),
            Field("congress", doc="107"), Field("date", "date"), Field("year", "date")),
    one_of=("title|number",), full=lambda a, loc, st, suppress=False: _legislative(a, loc, st),
    short=lambda a, loc, st, name: _legislative(a, loc, st, short=True), derived=lambda a: ("", ""),
    toa=OTHER, pins=frozenset({"section", "page", "paragraph", "part", "other"}), csl_type="bill")

# ---------------------------------------------------------------- court filings (B17)


def _filing_full(a, loc, st: Style, suppress: bool = False) -> list[Run]:
    pin = f" {loc.labelled()}" if loc else ""
    runs: list[Run] = [(f"{text(a.get('title'))}{pin}, ", ""), st.run(text(a.get("case")), "case")]
    tail = f", {text(a.get('docket'))}" if a.get("docket") else ""
    paren = " ".join(p for p in (text(a.get("court")), when(a)) if p)
    tail += f" ({paren})" if paren else ""
    tail += f", ECF No. {text(a.get('ecf'))}" if a.get("ecf") else ""
    return runs + [(tail, "")]


FILING = Kind(
    name="court-filing", rule="B17", doc="complaints, motions, briefs and orders filed in a case",
    fields=(Field("title", required=True, doc="Compl., Def.’s Mot. to Dismiss"),
            Field("case", required=True, doc="the case name"), Field("court", doc="D. Mass."),
            Field("docket", doc="No. 1:21-cv-11269"), Field("date", "date"), Field("ecf", doc="1")),
    full=_filing_full, short=lambda a, loc, st, name: [(name + (f" {loc.labelled()}" if loc else ""), "")],
    derived=lambda a: (text(a.get("title")), ""), toa=OTHER, pins=frozenset({"page", "paragraph", "section", "other"}),
    csl_type="document")

KINDS = (CASE, STATUTE, REGULATION, CONSTITUTION, LEGISLATIVE, FILING)
