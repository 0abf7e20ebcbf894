"""International and foreign materials: treaties (R21.4), U.N. resolutions and documents (R21.7),
international courts and tribunals (R21.5) and foreign decisions (R20.3) — each kind's fields and forms.

>>> from briefgen.authorities.typeface import runs_text, DEFAULT
>>> runs_text(TREATY.full({'name': 'Arms Trade Treaty', 'date': '2013-04-02', 'date_label': 'adopted',
...                        'sources': ['3013 U.N.T.S. 269']}, None, DEFAULT))
'Arms Trade Treaty, *adopted* Apr. 2, 2013, 3013 U.N.T.S. 269'
"""
from __future__ import annotations

import re

from briefgen.authorities.parts import day_month, pin_at, text, when
from briefgen.tables import TREATY_SERIES_IGO, TREATY_SERIES_US, series_pattern
from briefgen.authorities.rules import CASES, LEGISLATION, OTHER, TREATIES, Field, Kind, history_field
from briefgen.authorities.typeface import Run, Style

# ---------------------------------------------------------------- treaties (R21.4)

DATE_LABELS = ("opened for signature", "adopted", "done", "signed")
# R21.4.5: an official U.S. source first, then a treaty series of an intergovernmental organization, then others.
US_SOURCES = re.compile(r"(?<![\w.])(" + series_pattern(TREATY_SERIES_US) + ")")
IGO_SERIES = re.compile(r"\b(" + series_pattern(TREATY_SERIES_IGO) + ")")


def source_text(source) -> str:
    """``{volume: 3013, reporter: U.N.T.S., page: 269}`` -> ``3013 U.N.T.S. 269``;
    ``{series: T.I.A.S., number: 92-908}`` -> ``T.I.A.S. No. 92-908``; text stays as written."""
    if not isinstance(source, dict):
        return text(source)
    if source.get("series"):
        series = text(source["series"])
        return f"{series} {text(source.get('number'))}" if series.endswith("No.") else \
            f"{series} No. {text(source.get('number'))}"
    return " ".join(text(source.get(k)) for k in ("volume", "reporter", "page") if source.get(k) not in (None, ""))


def source_rank(source: str) -> int:
    return 0 if US_SOURCES.search(source) else 1 if IGO_SERIES.search(source) else 2


def treaty_sources(a) -> list[str]:
    """The record's sources in R21.4.5 order (the order given is kept within each rank)."""
    sources = a.get("sources") or []
    sources = [sources] if isinstance(sources, (str, dict)) else sources
    return sorted((source_text(s) for s in sources), key=source_rank)


def _treaty_full(a, loc, st: Style, suppress: bool = False) -> list[Run]:
    on_source = loc is not None and loc.label == "page"
    pin = loc.labelled() if loc and not on_source else ""
    runs: list[Run] = [(text(a.get("name")), "")]
    if a.get("parties"):  # R21.4.2: bilateral parties after the name, the pin after them
        runs.append((f", {text(a.get('parties'))}" + (f", {pin}" if pin else ""), ""))
    elif pin:
        runs.append((f" {pin}", ""))
    rest: list[list[Run]] = []
    if a.get("date"):
        phrase = text(a.get("date_label"))
        rest.append(([st.run(phrase, "phrase"), (" ", "")] if phrase else []) + [(when(a), "")])
    sources = treaty_sources(a)
    if on_source and sources:
        sources[0] += f", {loc.text}"
    rest += [[(s, "")] for s in sources]
    if not sources and a.get("url"):  # R18.2.1: an online source only when no printed one is known
        rest.append([(text(a.get("url")), "")])
    for part in rest:
        runs += [(", ", "")] + part
    if a.get("entry_into_force"):
        runs.append((f" (entered into force {when(a, 'entry_into_force')})", ""))
    return runs


def _treaty_check(r) -> list[tuple[str, str]]:
    if r.get("date_label") and not r.get("date"):
        return [("date_label", "a date phrase needs the date it introduces: date: \"2013-04-02\"")]
    return []


TREATY = Kind(
    name="treaty", rule="R21.4", doc="treaties and other international agreements",
    fields=(Field("name", required=True, doc="the treaty's name as the Bluebook gives it (R21.4.1)"),
            Field("date", "dates", doc="the date of signing, adoption or opening for signature; a list for an "
                                       "exchange of notes signed on several days"),
            Field("date_label", "choice", choices=DATE_LABELS, doc="the phrase printed in italics before the date"),
            Field("parties", doc="for a bilateral agreement, the parties abbreviated: U.S.-Mex."),
            Field("sources", "sources", doc="3013 U.N.T.S. 269, or {volume, reporter, page}, or {series, number}; "
                                            "printed in R21.4.5 order"),
            Field("entry_into_force", "date", doc="printed as (entered into force …)")),
    full=_treaty_full, derived=lambda a: (text(a.get("name")), ""), supra=True, toa=TREATIES, name_role="",
    pins=frozenset({"article", "paragraph", "part", "section", "page", "other"}), check=_treaty_check,
    csl_type="treaty")

# ---------------------------------------------------------------- U.N. resolutions (R21.7.2)

ORGANS = {"General Assembly": "G.A.", "Security Council": "S.C.", "Economic and Social Council": "E.S.C.",
          "Human Rights Council": "Human Rights Council", "Trusteeship Council": "T.C."}


def resolution_name(a) -> str:
    """``G.A. Res. 67/234 B``."""
    body = text(a.get("body"))
    return f"{ORGANS.get(body, body)} Res. {text(a.get('number'))}"


def _symbol_tail(a, loc, runs: list[Run]) -> list[Run]:
    """``, ¶ 10, U.N. Doc. S/RES/2117, at 71 (Sept. 26, 2013)``: the pin, the symbol and the date."""
    if a.get("records"):
        runs.append((f", {text(a.get('records'))}", ""))
        if loc:
            runs.append(((" " if loc.label == "page" else ", ") + pin_at(loc), ""))
    elif loc:
        runs.append((f", {loc.at()}", ""))
    if a.get("symbol"):
        runs.append((f", U.N. Doc. {text(a.get('symbol'))}", ""))
    if a.get("page"):
        runs.append((f", at {text(a.get('page'))}", ""))
    date = when(a)
    if date:
        runs.append((f" ({date})", ""))
    return runs


def _resolution_full(a, loc, st: Style, suppress: bool = False) -> list[Run]:
    runs: list[Run] = [(f"{text(a.get('title'))}, ", "")] if a.get("title") else []
    return _symbol_tail(a, loc, runs + [(resolution_name(a), "")])


RESOLUTION = Kind(
    name="resolution", rule="R21.7.2", doc="resolutions of the General Assembly, the Security Council and other "
                                           "U.N. organs, by number",
    fields=(Field("body", required=True, doc="G.A., S.C., Human Rights Council (or the organ's full name)"),
            Field("number", required=True, doc="as printed, with its part: 67/234 B; 217 (III) A"),
            Field("title", doc="printed first, in roman, when the resolution is known by it"),
            Field("symbol", doc="the U.N. document symbol, verbatim: A/RES/67/234 B"),
            Field("records", doc="the official records it is printed in: U.N. GAOR, 9th Sess., Supp. No. 21"),
            Field("page", doc="its page in the official records"),
            Field("date", "date", doc="the date of adoption"), Field("year", "date")),
    full=_resolution_full, derived=lambda a: (resolution_name(a), ""), supra=True, toa=OTHER, name_role="",
    pins=frozenset({"paragraph", "part", "article", "section", "page", "other"}), csl_type="document")

# ---------------------------------------------------------------- U.N. documents (R21.7)


def _un_document_full(a, loc, st: Style, suppress: bool = False) -> list[Run]:
    runs: list[Run] = []
    if a.get("author"):
        runs.append((f"{text(a.get('author'))}, ", ""))
    if a.get("title"):
        runs += [st.run(text(a.get("title")), "title"), (", ", "")]
    if a.get("records"):
        records = text(a.get("records"))
        runs.append((records, ""))
        if loc:   # R21.7: a meeting's page follows it (1st plen. mtg. at 3); a session's is an element (60th Sess., at 22)
            runs.append(((" " if loc.label == "page" and records.endswith("mtg.") else ", ") + pin_at(loc), ""))
        runs.append((", ", ""))
    elif loc:
        runs.append((f"{loc.at()}, ", ""))
    runs.append((f"U.N. Doc. {text(a.get('symbol'))}", ""))
    date = when(a)
    if date:
        runs.append((f" ({date})", ""))
    if a.get("url"):
        runs.append((f", {text(a.get('url'))}", ""))
    return runs


def _un_document_derived(a) -> tuple[str, str]:
    """R15.8 by analogy: the author as written (a body, or a rapporteur with the office), else the title."""
    return (text(a.get("author")), "") if a.get("author") else (text(a.get("title")), "title")


UN_DOCUMENT = Kind(
    name="un-document", rule="R21.7", doc="U.N. reports, treaty-body general comments and concluding "
                                         "observations, meeting records, by document symbol",
    fields=(Field("symbol", required=True, doc="the document symbol, verbatim: CCPR/C/GC/36"),
            Field("author", doc="the body (Hum. Rts. Comm.) or a person with the office in parentheses"),
            Field("title", doc="in italics"),
            Field("records", doc="official records: U.N. GAOR, 56th Sess., 1st plen. mtg."),
            Field("date", "date"), Field("year", "date")),
    full=_un_document_full, derived=_un_document_derived, supra=True, toa=OTHER, name_role="title",
    pins=frozenset({"paragraph", "page", "part", "section", "article", "note", "other"}), csl_type="report")

# ---------------------------------------------------------------- international courts (R21.5)


def _case_name(a) -> tuple[str, str]:
    """R10.9 applied to international cases: ``Prosecutor v. Tadić`` -> ``Tadić``."""
    from briefgen.authorities.domestic import first_party

    return first_party(text(a.get("name"))), "case"


def _reprinted(a, st: Style) -> list[Run]:
    """``, *reprinted in* 35 I.L.M. 32 (1996)``: where an unofficial reporter prints the decision."""
    if not a.get("reprinted"):
        return []
    return [(", ", ""), st.run("reprinted in", "phrase"), (f" {text(a.get('reprinted'))}", "")]


def _opinion(a) -> list[Run]:
    return [(f" ({text(a.get('opinion'))})", "")] if a.get("opinion") else []


def icj_cite(a) -> str:
    """``1986 I.C.J. 14``; a P.C.I.J. series gives ``1927 P.C.I.J. (ser. A) No. 10``."""
    return " ".join(text(p) for p in (a.get("year"), a.get("reporter") or "I.C.J.", a.get("page")) if p)


def _icj_date(a) -> str:
    """R21.5.1: the day and month alone when the reporter's year is the decision's; else the full date."""
    if a.get("date") and str(a.get("date"))[:4] == str(a.get("year"))[:4]:
        return day_month(a) or when(a)
    return when(a)


def _icj_full(a, loc, st: Style, suppress: bool = False) -> list[Run]:
    runs: list[Run] = [] if suppress else [st.run(text(a.get("name")), "case")]
    if a.get("parties") and not suppress:
        runs.append((f" ({text(a.get('parties'))})", ""))
    parts = [text(a.get("decision"))] if a.get("decision") else []
    cite = icj_cite(a)
    if loc:
        cite += f", {loc.at() if loc.label == 'page' and not a.get('page') else loc.labelled()}"
    parts.append(cite)
    date = _icj_date(a)
    runs.append(((", " if runs else "") + ", ".join(parts) + (f" ({date})" if date else ""), ""))
    return runs + _opinion(a) + _reprinted(a, st)


def _icj_short(a, loc, st: Style, name: str) -> list[Run]:
    """``*Nicaragua*, 1986 I.C.J. ¶ 115``; ``*Corfu Channel*, 1949 I.C.J. at 22``."""
    head = f"{text(a.get('year'))} {text(a.get('reporter') or 'I.C.J.')}"
    return [st.run(name, "shortcase"), (f", {head} {pin_at(loc)}" if loc else f", {icj_cite(a)}", "")]


ICJ_CASE = Kind(
    name="icj-case", rule="R21.5.1", doc="judgments, advisory opinions and orders of the International Court of "
                                        "Justice and its predecessor",
    fields=(Field("name", required=True, doc="the case's name, as the Court titles it"),
            Field("parties", doc="the parties, abbreviated: Nicar. v. U.S."),
            Field("decision", doc="Judgment, Advisory Opinion, Order, Preliminary Objections"),
            Field("year", "date", required=True, doc="the year of the volume of the Reports"),
            Field("reporter", doc="I.C.J. (the default), or P.C.I.J. (ser. A) No. 10"),
            Field("page", doc="the first page in the Reports"),
            Field("date", "date", doc="the date of the decision; its year is left out when the volume's is the same"),
            Field("opinion", doc="a separate or dissenting opinion: separate opinion of Judge Ago"),
            Field("reprinted", doc="an unofficial reporter: 25 I.L.M. 1023 (1986)")),
    full=_icj_full, short=_icj_short, derived=lambda a: (text(a.get("name")), "case"), window=5, toa=CASES,
    name_role="case", pins=frozenset({"paragraph", "page", "note", "other"}), csl_type="legal_case")


def case_number(a) -> str:
    """The number as the court's practice labels it, when the record gives it bare: ``Case No. IT-94-1-A``;
    ``App. No. 55721/07`` (European Court); ``Commc’n No. 300/2005`` (African Commission, U.N. treaty bodies)."""
    number = text(a.get("number"))
    if re.match(r"(?i)^(case|app|comm|petition|report|communication)", number):
        return number
    court = text(a.get("court"))
    if re.search(r"Eur\. (Ct|Comm)", court):
        return f"App. No. {number}"
    if re.search(r"Comm[’']n|Comm\.|Committee|Commission", court):
        apostrophe = "'" if "'" in court else "’"
        return f"Commc{apostrophe}n No. {number}"
    return f"Case No. {number}"


def _tribunal_full(a, loc, st: Style, suppress: bool = False) -> list[Run]:
    runs: list[Run] = [] if suppress else [st.run(text(a.get("name")), "case"), (", ", "")]
    parts = [case_number(a), text(a.get("decision")), pin_at(loc),
             f"U.N. Doc. {text(a.get('symbol'))}" if a.get("symbol") else ""]
    paren = " ".join(p for p in (text(a.get("court")), when(a)) if p)
    return runs + [(", ".join(p for p in parts if p) + f" ({paren})", "")] + _opinion(a) + _reprinted(a, st)


def _tribunal_short(a, loc, st: Style, name: str) -> list[Run]:
    """``*Tadić*, Case No. IT-94-1-A, ¶ 145``: the case number stays, so the decision is known."""
    return [st.run(name, "shortcase"), (f", {case_number(a)}" + (f", {loc.at()}" if loc else ""), "")]


TRIBUNAL_CASE = Kind(
    name="tribunal-case", rule="R21.5", doc="decisions cited by case number: the ICTY, the ICTR, the International "
                                          "Criminal Court and the special courts; the European Court of Human "
                                          "Rights by application; the African Commission; U.N. treaty bodies' views",
    fields=(Field("name", required=True, doc="Prosecutor v. Tadić; Situation in the Republic of Kenya"),
            Field("number", required=True, doc="the case number: IT-94-1-A"),
            Field("decision", doc="the decision's title: Judgement; Decision on the Defence Motion …"),
            Field("court", required=True, doc="Int’l Crim. Trib. for the Former Yugoslavia; Int’l Crim. Ct."),
            Field("date", "date", required=True, doc="the full date of the decision"),
            Field("symbol", doc="a treaty body's views: the U.N. document symbol, CCPR/C/50/D/488/1992"),
            Field("opinion", doc="a separate or dissenting opinion: dissenting opinion of Judge Kaul"),
            Field("reprinted", doc="an unofficial reporter: 35 I.L.M. 32 (1996)"), history_field()),
    full=_tribunal_full, short=_tribunal_short, derived=_case_name, window=5, toa=CASES, name_role="case",
    pins=frozenset({"paragraph", "page", "note", "other"}), csl_type="legal_case")


def series_source(a) -> str:
    """Where a regional court's decision is: ``Inter-Am. Ct. H.R. (ser. C) No. 209``, ``161 Eur. Ct. H.R. (ser. A)``,
    ``2001-XII Eur. Ct. H.R. 333``; for a commission's report, ``Inter-Am. Comm’n H.R., Report No. 110/20``."""
    if a.get("series"):
        series = text(a.get("series"))
        series = series if series.startswith("(") else f"(ser. {series})"
        number = f" No. {text(a.get('series_number'))}" if a.get("series_number") else ""
        return f"{text(a.get('court'))} {series}{number}"
    if a.get("report"):
        return f"{text(a.get('court'))}, Report No. {text(a.get('report'))}" + \
            (f", {text(a.get('symbol'))}" if a.get("symbol") else "")
    return " ".join(text(p) for p in (a.get("volume"), a.get("reporter"), a.get("page")) if p)


def _regional_pin(a, loc) -> str:
    """``, ¶ 139``; `` at 35`` in a paginated volume cited without a first page; a report's symbol
    takes its pin without a comma (``doc. 120 ¶ 12``; a page ``at 300``)."""
    if not loc:
        return ""
    if a.get("report") and a.get("symbol"):       # a page after the document's number: ``doc. 5 rev. at 300``
        return f" {pin_at(loc)}" if loc.label == "page" else f" {loc.labelled()}"
    if loc.label == "page" and a.get("reporter") and not a.get("page"):
        return f" {pin_at(loc)}"
    return f", {loc.labelled()}"


def _regional_date(a) -> str:
    """The full date after a court's series; the year alone after a reporter or a commission's report,
    and nothing when the volume already shows it (``2001-XII``)."""
    if a.get("series"):
        return when(a)
    yr = when(a, precision=1)
    return "" if yr and text(a.get("volume")).startswith(yr) else yr


def _regional_full(a, loc, st: Style, suppress: bool = False) -> list[Run]:
    runs: list[Run] = [] if suppress else [st.run(text(a.get("name")), "case"), (", ", "")]
    parts = [text(a.get(f)) for f in ("application", "decision") if a.get(f)]
    if a.get("report") and a.get("number"):
        parts.insert(0, text(a.get("number")))
    parts.append(series_source(a) + _regional_pin(a, loc))
    date = _regional_date(a)
    return runs + [(", ".join(parts) + (f" ({date})" if date else ""), "")] + _reprinted(a, st)


def _regional_short(a, loc, st: Style, name: str) -> list[Run]:
    """``*Radilla-Pacheco*, Inter-Am. Ct. H.R. (ser. C) No. 209, ¶ 139``; ``*Soering*, 161 Eur. Ct. H.R. (ser. A)
    at 35``; ``*Banković*, 2001-XII Eur. Ct. H.R. ¶ 82``."""
    if a.get("series") or a.get("report"):
        rest = series_source(a) + _regional_pin(a, loc)
    else:
        head = f"{text(a.get('volume'))} {text(a.get('reporter'))}"
        rest = f"{head} {pin_at(loc)}" if loc else f"{head} {text(a.get('page'))}".rstrip()
    return [st.run(name, "shortcase"), (f", {rest}", "")]


def _regional_check(r) -> list[tuple[str, str]]:
    if not (r.get("series") or r.get("report") or r.get("reporter")):
        return [("court", "say where the decision is: series: C with series_number: 209, reporter: (with volume:), "
                          "or a commission's report: 110/20")]
    if r.get("series") and not r.get("series_number") and "No." not in str(r.get("series")):
        return [("series", "a series needs the decision's number in it: series_number: 209")]
    return []


REGIONAL_CASE = Kind(
    name="regional-case", rule="R21.5.3-R21.5.5", doc="decisions and reports of regional human rights courts and "
                                                    "commissions, cited to their series or reports",
    fields=(Field("name", required=True, doc="Radilla-Pacheco v. Mexico; Soering v. United Kingdom"),
            Field("court", doc="Inter-Am. Ct. H.R.; Inter-Am. Comm’n H.R."),
            Field("decision", doc="Preliminary Objections, Merits, Reparations, and Costs, Judgment"),
            Field("series", doc="the court's series: C (printed (ser. C))"),
            Field("series_number", doc="the decision's number in the series: 209"),
            Field("volume", doc="a reporter's volume: 161; 2001-XII"), Field("reporter", doc="Eur. Ct. H.R. (ser. A)"),
            Field("page", doc="the first page in the reporter"),
            Field("application", doc="App. No. 14038/88, printed before the reporter"),
            Field("number", doc="a commission's case or petition: Case 12.626; Petition 735-07"),
            Field("report", doc="a commission's report number: 80/11"),
            Field("symbol", doc="a commission's document: OEA/Ser.L/V/II.142, doc. 14"),
            Field("date", "date"), Field("year", "date"),
            Field("reprinted", doc="an unofficial reporter: 50 I.L.M. 995 (2011)")),
    full=_regional_full, short=_regional_short, derived=_case_name, window=5, toa=CASES, name_role="case",
    pins=frozenset({"paragraph", "page", "note", "other"}), check=_regional_check, csl_type="legal_case")

# ---------------------------------------------------------------- tribunals' rules (R21.5, R12.9.3 by analogy)


def _rule_full(a, loc, st: Style, suppress: bool = False) -> list[Run]:
    """``Int’l Crim. Trib. for the Former Yugoslavia, Rules of Procedure and Evidence, r. 89(C), U.N. Doc.
    IT/32/Rev.50 (July 8, 2015)``: the body, the Rules (in roman, as R12.9.3 prints court rules), the rule, the
    document that sets out the version cited and its date."""
    parts = [text(a.get("court")), text(a.get("name")), loc.labelled() if loc else "",
             f"U.N. Doc. {text(a.get('symbol'))}" if a.get("symbol") else text(a.get("number"))]
    date = when(a)
    return [(", ".join(p for p in parts if p) + (f" ({date})" if date else ""), "")]


def _rule_short(a, loc, st: Style, name: str) -> list[Run]:
    """The full form again: a later citation names the version of the Rules as the first did (the Bluebook gives
    court rules no *supra*, R4.2(b))."""
    return _rule_full(a, loc, st)


RULE = Kind(
    name="rule", rule="R21.5, R12.9.3", doc="rules of procedure and evidence of international courts and tribunals, "
                                          "cited by rule",
    fields=(Field("court", required=True, doc="the court or tribunal, as the Bluebook abbreviates it: Int’l Crim. "
                                              "Trib. for the Former Yugoslavia; Int’l Crim. Ct."),
            Field("name", required=True, doc="the Rules' title: Rules of Procedure and Evidence"),
            Field("symbol", doc="the U.N. document that sets out the version cited, printed after U.N. Doc.: "
                                "IT/32/Rev.50"),
            Field("number", doc="the court's own document, printed as written: ICC-ASP/1/3"),
            Field("date", "date", doc="the date of the version cited (its adoption or last amendment)"),
            Field("year", "date")),
    full=_rule_full, short=_rule_short, derived=lambda a: (f"{text(a.get('court'))}, {text(a.get('name'))}", ""),
    toa=LEGISLATION,
    pins=frozenset({"other"}), csl_type="legislation")

# ---------------------------------------------------------------- foreign decisions (R20.3)


def court_parts(a) -> tuple[str, str, str]:
    """``Suprema Corte de Justicia de la Nación [SCJN] [Supreme Court]`` -> its name, abbreviation and
    translation; the ``abbreviation`` and ``translation`` fields may give them instead."""
    m = re.fullmatch(r"(.*?)\s*\[([^\]]+)\]\s*(?:\[([^\]]+)\])?", text(a.get("court")).strip())
    name, abbr, translation = (m.group(1), m.group(2), m.group(3) or "") if m else (text(a.get("court")), "", "")
    return name, text(a.get("abbreviation")) or abbr, text(a.get("translation")) or translation


def decision_label(a) -> str:
    """``Amparo en Revisión 703/2012``; ``Tesis 1a. CCVII/2014 (10a.)``."""
    if a.get("tesis"):
        return f"Tesis {text(a.get('tesis'))}"
    return " ".join(text(p) for p in (a.get("proceeding"), a.get("number")) if p)


def _foreign_full(a, loc, st: Style, suppress: bool = False) -> list[Run]:
    """R20.3 and T2: the court in its own words with its abbreviation and translation, once; the chamber;
    the decision; the date; where it is reported; the jurisdiction, once."""
    name, abbr, translation = court_parts(a)
    court = name + (f" [{abbr}]" if abbr else "") + (f" [{translation}]" if translation else "")
    runs: list[Run] = [(court, "")]
    if a.get("chamber"):
        runs.append((f", {text(a.get('chamber'))}", ""))
    if a.get("name") and not suppress:
        runs += [(", ", ""), st.run(text(a.get("name")), "case")]
    label = decision_label(a)
    tail = (f", {label}" if label else "") + (f" ({text(a.get('popular_name'))})" if a.get("popular_name") else "")
    tail += f", {pin_at(loc)}" if loc else ""
    tail += "".join(f", {p}" for p in (when(a), text(a.get("reporter"))) if p)
    tail += f", página {text(a.get('page'))}" if a.get("page") else ""
    tail += f", Registro Digital {text(a.get('registro'))}" if a.get("registro") else ""
    tail += f" ({text(a.get('country'))})" if a.get("country") else ""
    return runs + [(tail, "")] + _opinion(a)


def _foreign_short(a, loc, st: Style, name: str) -> list[Run]:
    """``SCJN, Amparo en Revisión 703/2012, at 45``; ``SCJN, Tesis 1a. CCVII/2014 (10a.), página 561``;
    by the record's ``short`` name when it has one: ``*Arzate*, at 45``."""
    pin = f", {pin_at(loc)}" if loc else (f", página {text(a.get('page'))}" if a.get("tesis") and a.get("page")
                                         else "")
    if a.get("short") or a.get("hereinafter"):
        return [st.run(name, "shortcase"), (pin, "")]
    return [(name + pin, "")]


def _foreign_derived(a) -> tuple[str, str]:
    court, abbr, _ = court_parts(a)
    label = decision_label(a)
    if a.get("name"):
        return text(a.get("name")), "case"
    return ", ".join(p for p in (abbr or court, label) if p), ""


FOREIGN = Kind(
    name="foreign-decision", rule="R20.3, T2", doc="decisions of foreign courts, Mexico's first",
    fields=(Field("court", required=True, doc="Suprema Corte de Justicia de la Nación [SCJN] [Supreme Court]: the "
                                              "name in its language, the abbreviation, the translation"),
            Field("abbreviation", doc="SCJN, when the court's name does not give it in brackets"),
            Field("translation", doc="Supreme Court: the court's name in English"),
            Field("chamber", doc="Primera Sala; Pleno"),
            Field("name", doc="a case name, in italics, for courts that name cases by the parties"),
            Field("proceeding", doc="Amparo en Revisión; Contradicción de Tesis; Acción de Inconstitucionalidad"),
            Field("number", doc="703/2012 (or the whole: Amparo en Revisión 703/2012)"),
            Field("tesis", doc="a tesis's key: 1a. CCVII/2014 (10a.)"),
            Field("popular_name", doc="the name the decision is known by: Israel Arzate Meléndez"),
            Field("date", "date"), Field("year", "date"),
            Field("reporter", doc="Gaceta del Semanario Judicial de la Federación, Décima Época, Libro 6, Mayo de "
                                  "2014, Tomo I"),
            Field("page", doc="its página in the reporter"), Field("registro", doc="the registro digital: 2006483"),
            Field("country", doc="the jurisdiction, abbreviated: Mex."),
            Field("opinion", doc="a separate vote: voto particular del Ministro …"), history_field()),
    one_of=("name|number|tesis",), full=_foreign_full, short=_foreign_short, derived=_foreign_derived, window=5,
    toa=CASES, name_role="case", pins=frozenset({"page", "paragraph", "other"}), csl_type="legal_case")

KINDS = (TREATY, RESOLUTION, UN_DOCUMENT, ICJ_CASE, TRIBUNAL_CASE, REGIONAL_CASE, RULE, FOREIGN)

