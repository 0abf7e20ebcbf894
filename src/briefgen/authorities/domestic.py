"""U.S. primary authorities: cases (R10), statutes (R12), regulations (R14), constitutions (R11),
legislative materials (R13) and court filings (B17) — each kind's fields and forms.

>>> from briefgen.authorities.typeface import runs_text, DEFAULT
>>> runs_text(CASE.full({'name': 'Roe v. Wade', 'volume': 410, 'reporter': 'U.S.', 'page': 113,
...                      'court': 'U.S.', 'year': 1973}, None, DEFAULT))
'*Roe v. Wade*, 410 U.S. 113 (1973)'
"""
from __future__ import annotations

import re

from briefgen.authorities.courts import court_parenthetical
from briefgen.authorities.parts import ordinal, pin_at, section_pin, t16_lower, text, when
from briefgen.authorities.rules import CASES, LEGISLATION, OTHER, Field, Kind, history_field
from briefgen.authorities.typeface import Run, Style
from briefgen.dates import year_of
from briefgen.document import Locator

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
            history_field(),
            Field("docket", doc="No. 2012AP1475–CR"), Field("database", doc="2013 WL 5811261"),
            Field("number", doc="a public-domain citation (2021-Ohio-726) or a slip number (No. 71)")),
    one_of=("reporter|database|number|docket",), full=_case_full,
    short=lambda a, loc, st, name: _case_short(a, loc, st, name),
    derived=lambda a: (first_party(text(a.get("name"))), "case"), window=5, toa=CASES, name_role="case",
    pins=frozenset({"page", "paragraph", "note", "other"}), check=_case_check, csl_type="legal_case")

# ---------------------------------------------------------------- statutes (R12)


# T1: codes whose sections are numbered chapter, act/section, cited without a section sign:
# 725 Ill. Comp. Stat. 5/112-4.1 (2025)
NO_SECTION_SIGN = re.compile(r"Ill\. Comp\. Stat\.")


def _statute(a, loc, st: Style, short: bool = False) -> list[Run]:
    name = "" if short else text(a.get("name"))
    lead = f"{name}, " if name else ""
    if a.get("public_law") or a.get("volume") and not a.get("code"):
        # R12.4: Pub. L. No. 94-295, § 2, 90 Stat. 539, 541: the act's section, then the page; an act before 1957 by
        # its chapter (ch. 675, 52 Stat. 1040); a part the record does not hold is left out
        # a compact's article stands where an act's section does (Klamath River Basin Compact, art. V(A), 71 Stat. 500)
        compact = name and not a.get("public_law") and not a.get("chapter")
        section = loc if loc and (loc.label == "section" or loc.label == "article" and compact) else None
        both = re.fullmatch(r"(?P<sec>.+?),\sat\s(?P<page>\d[\d,–-]*)", section.text) \
            if section and section.label == "section" else None
        if both and section:     # § 505, at 1052: the act's section and the page of the Statutes at Large that prints it
            section = Locator("section", both.group("sec"), section.plural)
        sec = section_pin(section, text(a.get("section")))
        law = f"Pub. L. No. {text(a.get('public_law'))}" if a.get("public_law") else ""
        chapter = f"ch. {text(a.get('chapter'))}" if a.get("chapter") else ""
        stat = f"{text(a.get('volume'))} {text(a.get('reporter')) or 'Stat.'} {text(a.get('page'))}" \
            if a.get("volume") else ""
        if both and stat:    # R12.10: ch. 675, § 505, 52 Stat. at 1052; in full, 52 Stat. 1040, 1052 (R12.4)
            stat = re.sub(r"\S+$", f"at {both.group('page')}", stat) if short else f"{stat}, {both.group('page')}"
        elif both:
            sec += f", at {both.group('page')}"
        out = lead + ", ".join(p for p in (law, text(a.get("division")), chapter, sec, stat) if p)
        if loc and not section:
            out += ", " + loc.labelled()
        yr = text(a.get("year"))
        if yr and yr[:4] not in name and not short:
            out += f" ({year_of(yr)})"
        return [(out, "")]
    code = " ".join(text(p) for p in (a.get("title"), a.get("code")) if p)
    comma = "," if re.search(r"\b(?:ch|tit|art)\. [\w-]+$", code) else ""   # T1: Mass. Gen. Laws ch. 93A, § 2
    pin = section_pin(loc, text(a.get("section")))
    if NO_SECTION_SIGN.match(text(a.get("code"))):
        pin = re.sub(r"^§§?\s", "", pin)
    out = f"{lead}{code}{comma} {pin}".rstrip()
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
            Field("page", doc="a session law's first page"),
            Field("chapter", doc="a session law's chapter, before 1957: 675"),
            Field("division", doc="the division and title of an act, before its section: div. B, tit. V"),
            history_field()),
    one_of=("code|public_law|volume",), full=lambda a, loc, st, suppress=False: _statute(a, loc, st),
    short=lambda a, loc, st, name: _statute(a, loc, st, short=True), derived=lambda a: ("", ""),
    toa=LEGISLATION, pins=frozenset({"section", "page", "paragraph", "article", "part", "other"}),
    csl_type="legislation", csl_map=(("title", "volume"),))

# ---------------------------------------------------------------- regulations (R14)


def _codified(a) -> str:
    """``(to be codified at 22 C.F.R. pt. 121)`` for a proposed rule, ``(codified at …)`` for a final one;
    a record may write the phrase itself."""
    value = text(a.get("codified"))
    if not value:
        return ""
    if not re.match(r"(?i)(to be )?codified\b", value):
        value = ("to be codified at " if a.get("status") == "proposed" else "codified at ") + value
    return f" ({value})"


# R14.2(a): each C.F.R. title is revised once a year, as of these months (titles 1-16 on Jan. 1, …).
CFR_REVISED = ((16, 1), (27, 4), (41, 7), (50, 10))


def cfr_edition(title, on: str) -> str:
    """The year of the C.F.R. edition in force on a date: the last annual revision of that title on or
    before it. ``cfr_edition(22, '2026-02-10')`` is ``'2025'`` (title 22 is revised each Apr. 1)."""
    from briefgen.dates import parse_date

    try:
        number, (y, m, *_) = int(str(title).strip()), parse_date(on)
    except ValueError:
        return ""
    month = next((mo for last, mo in CFR_REVISED if number <= last), None)
    if month is None:
        return ""
    return str(y if m >= month else y - 1)


def cfr_year(a, st: Style) -> str:
    """The edition a C.F.R. citation gives: the record's year, or with ``edition: current`` the edition in
    force on the brief's date ('' when the brief has no date: the check warns)."""
    if a.get("year") or a.get("date"):
        return year_of(a.get("year") or a.get("date"))
    if a.get("edition") == "current" and st.date:
        return cfr_edition(a.get("title"), st.date)
    return ""


def _regulation(a, loc, st: Style, short: bool = False) -> list[Run]:
    name = "" if short else text(a.get("name"))
    lead = f"{name}, " if name else ""
    if a.get("code") == "Fed. Reg.":
        if short and loc and loc.label == "page":  # R14.5: 85 Fed. Reg. at 67,455
            return [(f"{text(a.get('volume'))} Fed. Reg. at {loc.text}", "")]
        out = f"{lead}{text(a.get('volume'))} Fed. Reg. {text(a.get('page'))}" + (f", {loc.labelled()}" if loc else "")
        if not short:   # R14.2(b): a proposed rule is dated by its proposal
            out += f" ({'proposed ' if a.get('status') == 'proposed' else ''}{when(a)})" + _codified(a)
        return [(out, "")]
    if loc:
        pin = section_pin(loc, "")
    elif a.get("part"):
        pin = f"pt. {text(a.get('part'))}"
    else:
        pin = section_pin(None, text(a.get("section")))
    out = " ".join(p for p in (f"{lead}{text(a.get('title'))}".strip(), text(a.get("code")), pin) if p)
    edition = "" if short else cfr_year(a, st)
    if edition:
        out += f" ({edition})"
    return [(out, "")]


def _regulation_check(r) -> list[tuple[str, str]]:
    if r.get("code") == "Fed. Reg." and not (r.get("volume") and r.get("page")):
        return [("code", "a Federal Register citation needs volume: and page:")]
    if r.get("status") == "proposed" and r.get("code") != "Fed. Reg.":
        return [("status", "a proposed rule is cited to the Federal Register: code: Fed. Reg. with volume: and "
                           "page:")]
    if r.get("edition") == "current" and (r.get("year") or r.get("code") == "Fed. Reg."):
        return [("edition", "edition: current is for a C.F.R. citation without a year: remove year: or edition:")]
    return []


REGULATION = Kind(
    name="regulation", rule="R14", doc="the Code of Federal Regulations and the Federal Register",
    fields=(Field("code", required=True, doc="C.F.R. or Fed. Reg."), Field("name", doc="the rule's name"),
            Field("title", doc="the C.F.R. title: 22"), Field("section", doc="120.1"), Field("part", doc="133"),
            Field("volume", doc="the Federal Register volume"), Field("page", doc="67,450"),
            Field("date", "date", doc="a Federal Register issue's date"), Field("year", "date", doc="the C.F.R. year"),
            Field("edition", "choice", choices=("current",),
                  doc="current: the C.F.R. edition in force on the brief's date, instead of a year"),
            Field("status", "choice", choices=("proposed",),
                  doc="proposed: a proposed rule, dated (proposed May 24, 2018) (R14.2(b))"),
            Field("codified", doc="where the rule is (or is to be) codified: 22 C.F.R. pt. 121"), history_field()),
    full=lambda a, loc, st, suppress=False: _regulation(a, loc, st),
    short=lambda a, loc, st, name: _regulation(a, loc, st, short=True), derived=lambda a: ("", ""),
    toa=LEGISLATION, pins=frozenset({"section", "page", "part", "paragraph", "other"}), check=_regulation_check,
    csl_type="regulation", csl_map=(("title", "volume"),))

# ---------------------------------------------------------------- presidential documents (R14.7)

# type -> how the document is designated: an order or proclamation by its number, a memorandum or directive
# by its title and the series' abbreviation with its number (NSM-20).
PRESIDENTIAL = {"executive order": "Exec. Order No. {n}", "proclamation": "Proclamation No. {n}",
                "memorandum": "", "national security memorandum": "NSM-{n}",
                "national security presidential memorandum": "NSPM-{n}", "presidential policy directive": "PPD-{n}",
                "presidential determination": "Presidential Determination No. {n}"}


def grouped(number) -> str:
    """R6.2(a): a number of five digits or more takes commas (``12981`` -> ``12,981``)."""
    value = text(number).strip()
    return f"{int(value):,}" if value.isdigit() and len(value) >= 5 else value


def designation(a) -> str:
    """``Exec. Order No. 12,981``, ``Proclamation No. 9645``, ``NSM-20``; '' for a memorandum known by its title."""
    pattern = PRESIDENTIAL.get(text(a.get("type")), "")
    return pattern.format(n=grouped(a.get("number"))) if pattern and a.get("number") else ""


def _presidential_source(a) -> tuple[str, str]:
    """R14.7(a): the Code of Federal Regulations where the document is in it, else the Federal Register, else
    the Daily Compilation of Presidential Documents; with its date (the C.F.R. volume's year, the Federal
    Register issue's date, the document's date)."""
    if a.get("cfr_page"):
        return f"3 C.F.R. {text(a.get('cfr_page'))}", when(a, "cfr_year", 1)
    if a.get("volume"):
        return f"{text(a.get('volume'))} Fed. Reg. {text(a.get('page'))}", when(a) or when(a, "signed")
    if a.get("cpd"):
        return text(a.get("cpd")), when(a, "signed") or when(a)
    return "", when(a, "signed") or when(a)


def _presidential_full(a, loc, st: Style, suppress: bool = False) -> list[Run]:
    name = designation(a)
    title = text(a.get("title"))
    if not name or text(a.get("type")) not in ("executive order", "proclamation"):
        name = title + (f" ({name})" if name and name not in title else "") if title else name
    source, date = _presidential_source(a)
    parts = [name]
    if loc and loc.label != "page":
        parts.append(loc.labelled())
    if source:
        parts.append(source + (f", {loc.text}" if loc and loc.label == "page" else ""))
    elif loc and loc.label == "page":   # no source to pin to: the page of the document itself
        parts.append(loc.at())
    out = ", ".join(p for p in parts if p) + (f" ({date})" if date else "")
    return [(out, "")] if source or not a.get("url") else [(out, ""), (f", {text(a.get('url'))}", "")]


def _presidential_name(a) -> str:
    return designation(a) or text(a.get("title"))


def _presidential_short(a, loc, st: Style, name: str) -> list[Run]:
    """``Exec. Order No. 12,981, 60 Fed. Reg. at 62,982``; ``NSM-20, § 3``; ``Exec. Order No. 12,981``."""
    name = name or _presidential_name(a)
    if loc and loc.label == "page":
        head = "3 C.F.R." if a.get("cfr_page") else f"{text(a.get('volume'))} Fed. Reg." if a.get("volume") else ""
        return [(f"{name}, {head} at {loc.text}" if head else f"{name}, at {loc.text}", "")]
    return [(name + (f", {loc.labelled()}" if loc else ""), "")]


def _presidential_check(r) -> list[tuple[str, str]]:
    kind = str(r.get("type") or "")
    if PRESIDENTIAL.get(kind) and "{n}" in PRESIDENTIAL[kind] and not r.get("number") and not r.get("title"):
        return [("type", f"a {kind} is cited by its number: number: 12981")]
    if kind in ("memorandum",) and not r.get("title"):
        return [("type", "a memorandum is cited by its title: title: Memorandum on …")]
    if r.get("volume") and not r.get("page"):
        return [("volume", "a Federal Register citation needs page: with volume:")]
    if r.get("cfr_page") and not r.get("cfr_year"):
        return [("cfr_page", "a 3 C.F.R. citation needs the compilation's year: cfr_year: 1995")]
    return []


PRESIDENTIAL_DOCUMENT = Kind(
    name="presidential", rule="R14.7", doc="executive orders, proclamations, memoranda, national security "
                                          "memoranda and directives, presidential determinations",
    fields=(Field("type", "choice", required=True, choices=tuple(PRESIDENTIAL)),
            Field("number", doc="12981 (printed 12,981, R6.2(a)); for an NSM, NSPM or PPD its number in the series"),
            Field("title", doc="a memorandum's or directive's title; an order's or proclamation's is not printed"),
            Field("volume", doc="the Federal Register volume"), Field("page", doc="its first page there: 62,981"),
            Field("date", "date", doc="the Federal Register issue's date"),
            Field("signed", "date", doc="the date the President signed it, printed when no Federal Register date is"),
            Field("cfr_page", doc="its first page in 3 C.F.R., cited before the Federal Register (R14.7(a))"),
            Field("cfr_year", "date", doc="the year of that 3 C.F.R. compilation: 1995"),
            Field("cpd", doc="Daily Comp. Pres. Doc.: 2024 Daily Comp. Pres. Doc. 90"), history_field()),
    one_of=("volume|cfr_page|cpd|url|signed",), full=_presidential_full, short=_presidential_short,
    derived=lambda a: (_presidential_name(a), ""), toa=LEGISLATION, check=_presidential_check,
    pins=frozenset({"section", "page", "paragraph", "part", "other"}), csl_type="regulation")

# ---------------------------------------------------------------- constitutions (R11)


def _constitution(a, loc, st: Style, suppress: bool = False) -> list[Run]:
    out = text(a.get("name")) + (f" {t16_lower(loc.labelled())}" if loc else "")
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
    if not a.get("case"):      # B17: a document of the case at hand is cited by its title and pin alone
        return [(f"{text(a.get('title'))}{pin}", "")]
    runs: list[Run] = [(f"{text(a.get('title'))}{pin}, ", ""), st.run(text(a.get("case")), "case")]
    tail = f", {text(a.get('docket'))}" if a.get("docket") else ""
    paren = " ".join(p for p in (text(a.get("court")), when(a)) if p)
    tail += f" ({paren})" if paren else ""
    tail += f", ECF No. {text(a.get('ecf'))}" if a.get("ecf") else ""
    return runs + [(tail, "")]


FILING = Kind(
    name="court-filing", rule="B17", doc="complaints, motions, briefs and orders filed in a case",
    fields=(Field("title", required=True, doc="Compl., Def.’s Mot. to Dismiss"),
            Field("case", doc="the case name; none for a document of the case at hand"), Field("court", doc="D. Mass."),
            Field("docket", doc="No. 1:21-cv-11269"), Field("date", "date"), Field("ecf", doc="1")),
    full=_filing_full, short=lambda a, loc, st, name: [(name + (f" {loc.labelled()}" if loc else ""), "")],
    derived=lambda a: (text(a.get("title")), ""), toa=OTHER, pins=frozenset({"page", "paragraph", "section", "other"}),
    csl_type="document")

KINDS = (CASE, STATUTE, REGULATION, PRESIDENTIAL_DOCUMENT, CONSTITUTION, LEGISLATIVE, FILING)
