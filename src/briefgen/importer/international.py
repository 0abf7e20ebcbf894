"""International and foreign citation forms, read back into records of their kinds: the I.C.J. (icj-case),
tribunals cited by case number (tribunal-case), regional courts and commissions (regional-case), U.N.
resolutions (resolution) and Mexican decisions (foreign-decision), in the forms the rule table prints
(docs/authorities.md). Each reader returns a :class:`~briefgen.importer.forms.Found` whose fields are the
kind's own, or None when the text at ``pos`` is not its form.
"""
from __future__ import annotations

import re

from briefgen.importer.forms import _MON, DATE, PIN, Found, _art_problem, _italic_at, _pin_label, _set_date, _title_case
from briefgen.tables import international_court
from briefgen.importer.sources import Rich

_END = r"(?=[;.]?(?:\s|$)|\s\(|\s\[)"        # where a citation may end: before a parenthetical, ';', '.'
_REPRINTED = r"(?:,\sreprinted\sin\s(?P<reprinted>[^;()]+?(?:\s\(\d{4}\))?))?"
_OPINION = r"(?:\s\((?P<opinion>[^()]*\bopinion\b[^()]*)\))?"


def _tail(f: Found, m) -> Found:
    """The optional opinion and *reprinted in* every international decision may end with."""
    if m.groupdict().get("opinion"):
        f.fields["opinion"] = m.group("opinion")
    if m.groupdict().get("reprinted"):
        f.fields["reprinted"] = m.group("reprinted")
    return f


def _decision(rich: Rich, pos: int, limit: int, *forms) -> tuple[str, re.Match] | None:
    """The italic name a decision's citation starts with, and the first of ``forms`` that reads what follows it."""
    run = _italic_at(rich, pos)
    if not run or run[0] != pos:
        return None
    for form in forms:
        m = form.match(rich.text, run[1], limit)
        if m:
            return rich.text[run[0]:run[1]].rstrip(", "), m
    return None


# ---------------------------------------------------------------- the I.C.J. (R21.5.1)

_ICJ = re.compile(r"(?:\s\((?P<parties>[^()]+)\))?,\s(?:(?P<decision>[^;()]+?),\s)?(?P<year>\d{4})\s"
                  r"(?P<reporter>I\.C\.J\.|P\.C\.I\.J\.\s\(ser\.\s[A-Z]/?[A-Z]?\)\sNo\.\s\d+)(?:\s(?P<page>\d+))?"
                  r"(?:,\s(?P<pin>" + PIN + r"))?\s\((?P<date>" + _MON + r"\s\d{1,2}(?:,\s\d{4})?)\)"
                  + _OPINION + _REPRINTED + _END)


def read_icj(rich: Rich, pos: int, limit: int) -> Found | None:
    """``*Military and Paramilitary Activities in and Against Nicaragua* (Nicar. v. U.S.), Judgment, 1986 I.C.J. 14,
    ¶ 115 (June 27)``."""
    found = _decision(rich, pos, limit, _ICJ)
    if not found:
        return None
    name, m = found
    f = Found(pos, m.end(), "icj-case", {"name": name}, pin=_pin_label(m.group("pin") or ""))
    for key in ("parties", "decision"):
        if m.group(key):
            f.fields[key] = m.group(key)
    f.fields["year"] = int(m.group("year"))
    if m.group("reporter") != "I.C.J.":
        f.fields["reporter"] = m.group("reporter")
    if m.group("page"):
        f.fields["page"] = int(m.group("page"))
    written = m.group("date")  # R21.5.1: the year is left out when it is the volume's
    _set_date(f, rich, m.start("date"), written if re.search(r"\d{4}$", written) else f"{written}, {m.group('year')}")
    return _tail(f, m)


# ---------------------------------------------------------------- tribunals cited by case number (R21.5)

_NUMBER = r"(?:Case|App\.|Commc[’']n|Communication|Application|Petition)\sNo\.\s"
_TRIBUNAL = re.compile(r",\s(?P<label>" + _NUMBER + r")(?P<number>[^,()]+?)"
                       r"(?:,\s(?P<decision>(?!¶|U\.N\.\sDoc\.)[^;()]+?))??"
                       r"(?:,\s(?P<pin>" + PIN + r"))?(?:,\sU\.N\.\sDoc\.\s(?P<symbol>[^\s,()]+))?"
                       r"\s\((?P<court>[^()]+?)\s(?P<date>" + DATE + r")\)" + _OPINION + _REPRINTED + _END)


def read_tribunal(rich: Rich, pos: int, limit: int) -> Found | None:
    """``*Prosecutor v. Tadić*, Case No. IT-94-1-A, Judgement, ¶ 248 (Int’l Crim. Trib. for the Former Yugoslavia
    July 15, 1999)``; ``App. No. 55721/07`` (European Court); ``Commc’n No. 488/1992, ¶ 8.7, U.N. Doc. …``."""
    from briefgen.authorities.international import case_number

    found = _decision(rich, pos, limit, _TRIBUNAL)
    if not found:
        return None
    name, m = found
    court, number = m.group("court"), m.group("number").strip()
    labelled = m.group("label") + number
    # the number alone when the table prints its label for this court; else as written, label and all
    fields = {"name": name, "number": number if case_number({"number": number, "court": court}) == labelled
              else labelled}
    f = Found(pos, m.end(), "tribunal-case", fields, pin=_pin_label(m.group("pin") or ""))
    if m.group("decision"):
        f.fields["decision"] = m.group("decision")
    bluebook = international_court(court.strip())
    if bluebook and bluebook != court.strip():     # (ICTY Feb. 22, 2001): the initials OSCOLA and the press write
        f.problems.append((m.start("court"), "bluebook-form", f"court written '{court}'",
                           f"R21.5, T3: write ({bluebook} {m.group('date')})"))
        court = bluebook
    f.fields["court"] = court
    if m.group("symbol"):
        f.fields["symbol"] = m.group("symbol")
    _set_date(f, rich, m.start("date"), m.group("date"))
    return _tail(f, m)


# ---------------------------------------------------------------- regional courts and commissions (R21.5.3-5)

_SERIES = re.compile(r",\s(?:(?P<decision>[^;()]+?),\s)?(?P<court>[A-Z][\w.’' -]*?)\s\([Ss]er\.\s(?P<series>[A-Z])\)"
                     r"\sNo\.\s(?P<number>\d+)(?:,\s(?P<pin>" + PIN + r"))?\s\((?P<date>" + DATE + r")\)"
                     + _REPRINTED + _END)
_REPORTER = re.compile(r",\s(?:(?P<application>App\.\sNo\.\s[^,()]+),\s)?(?P<volume>\d{4}-[IVXL]+|\d+)\s"
                       r"(?P<reporter>Eur\.\sCt\.\sH\.R\.(?:\s\(ser\.\s[A-Z]\))?|"
                       r"Eur\.\sComm[’']n\sH\.R\.\sDec\.\s&\sRep\.)"
                       r"(?:\s(?P<page>\d+))?(?:(?:,\s|\s)(?P<pin>" + PIN + r"))?(?:\s\((?P<date>" + DATE + r")\))?"
                       + _REPRINTED + _END)
# a report's document symbol has spaces (``OEA/Ser.L/V/II.114 Doc. 5 rev.``): it runs to its pin, its date or the end
_SYMBOL_END = r"(?:,\s|\s)(?:" + PIN + r")(?:\s\(|[;.]?$)|\s\(|[;.]?$"
_REPORT = re.compile(r",\s(?:(?P<number>(?:Petition|Case)\s[^,()]+),\s)?"
                     r"(?:(?P<court>[A-Z][\w.’' -]*?Comm[’']n[\w.’' &-]*?),\s)?"
                     r"Report\sNo\.\s(?P<report>[\d/]+)(?:,\s(?P<symbol>[^;()¶]+?(?=" + _SYMBOL_END + r")))?"
                     r"(?:(?:,\s|\s)(?P<pin>" + PIN + r"))?(?:\s\((?P<date>" + DATE + r")\))?" + _REPRINTED + _END)


IACHR = "Inter-Am. Comm’n H.R."
_IACHR_SERIES = r"OEA/Ser\.\s?/?L/V/II\b"        # the OAS's document series of the Commission's reports


def read_regional(rich: Rich, pos: int, limit: int) -> Found | None:
    """``*Radilla-Pacheco v. Mexico*, Preliminary Objections, Merits, Reparations, and Costs, Judgment,
    Inter-Am. Ct. H.R. (ser. C) No. 209, ¶ 139 (Nov. 23, 2009)``; ``*Soering v. United Kingdom*, 161 Eur. Ct. H.R.
    (ser. A) at 35 (1989)``;
    a commission's report: ``*Name*, Petition 735-07, Inter-Am. Comm’n H.R., Report No. 110/20, OEA/Ser.L/V/II,
    doc. 120 ¶ 12 (2020)``."""
    found = _decision(rich, pos, limit, _SERIES, _REPORTER, _REPORT)
    if not found:
        return None
    name, m = found
    if m.re is _REPORT and not m.group("court") and not re.match(_IACHR_SERIES, m.group("symbol") or ""):
        return None                  # a report of no commission named, in no series of the Commission's
    f = Found(pos, m.end(), "regional-case", {"name": name})
    if m.re is _REPORT and not m.group("court"):
        f.fields["court"] = IACHR
        f.guessed.append(f"court (the document series {m.group('symbol').split()[0]} is the Commission's)")
    date_at, date = (m.start("date"), m.group("date")) if m.group("date") else (0, "")
    if m.re is _SERIES:
        decision = m.group("decision") or ""
        # ``Advisory Opinion OC-18/03, September 17, 2003, … (2003)``: the date is in the decision, its year at the end
        dated = re.search(r",\s(?P<date>" + _MON + r"\s\d{1,2},\s(?P<year>\d{4}))$", decision)
        if dated and date == dated.group("year"):
            date_at, date = m.start("decision") + dated.start("date"), dated.group("date")
            decision = decision[:dated.start()]
        if decision:
            f.fields["decision"] = decision
        f.fields.update(court=m.group("court"), series=m.group("series"), series_number=int(m.group("number")))
    else:
        for key in ("application", "number", "court", "report", "symbol", "reporter"):
            if m.groupdict().get(key):
                f.fields[key] = m.group(key)
        for key in ("volume", "page"):
            if m.groupdict().get(key):
                value = m.group(key)
                f.fields[key] = int(value) if value.isdigit() else value
        if "reporter" in f.fields and not m.group("date") and re.match(r"\d{4}", str(f.fields["volume"])):
            f.fields["year"] = int(str(f.fields["volume"])[:4])   # the volume shows it (2001-XII)
    f.pin = _pin_label(m.group("pin") or "")
    if date:
        _set_date(f, rich, date_at, date)
    return _tail(f, m)


_ADVISORY_FIRST = re.compile(r"Advisory\sOpinion\s(?P<oc>OC-(?P<oc_number>\d+)/\d{2}),\s(?P<title>[^;()]+?),\s"
                             r"(?P<court>Inter-Am\.\sCt\.\sH\.R\.)\s\([Ss]er\.\sA\)(?:\sNo\.\s(?P<number>\d+))?"
                             r"(?:,?\s(?P<pin>" + PIN + r"))?\s\((?P<date>" + DATE + r")\)" + _END)


def read_advisory_first(rich: Rich, pos: int, limit: int) -> Found | None:
    """An Inter-American advisory opinion cited by its number before its title, as older editions of the Bluebook
    had it: ``Advisory Opinion OC-16/99, The Right to Information on Consular Assistance …, Inter-Am. Ct. H.R.
    (ser. A) para. 1 (Oct. 1, 1999)``. Read into the record the current form prints (the title first); an opinion
    is numbered in Series A as it is numbered OC-, which fills in a ``No.`` left out (said in ``guessed``)."""
    m = _ADVISORY_FIRST.match(rich.text, pos, limit)
    if not m:
        return None
    f = Found(pos, m.end(), "regional-case", {"name": m.group("title").strip("*"), "court": m.group("court"),
                                              "decision": f"Advisory Opinion {m.group('oc')}", "series": "A"})
    f.fields["series_number"] = int(m.group("number") or m.group("oc_number"))
    if not m.group("number"):
        f.guessed.append(f"series_number (No. {m.group('oc_number')}: the number of {m.group('oc')}, not written)")
    f.pin = _pin_label(m.group("pin") or "")
    _set_date(f, rich, m.start("date"), m.group("date"))
    return f


# ---------------------------------------------------------------- U.N. resolutions (R21.7.2)

# R21.7's "U.N. Doc.", and OSCOLA's "UN Doc" (a slip under the Bluebook)
_UN_DOC = r"(?P<undoc>U\.N\.\sDoc\.|UN\sDoc\.?|U\.N\.\sDoc(?!\.))"
_RESOLUTION = re.compile(r"(?:(?P<title>[^;]+?),\s)?(?P<body>G\.A\.|S\.C\.|E\.S\.C\.|T\.C\.|Human\sRights\sCouncil|"
                         r"Hum\.\sRts\.\sCouncil)\sRes\.\s(?P<number>[\w/.-]+(?:\s\([IVXLC]+\))?(?:\s[A-Z]\b)?)"
                         r"(?:,\s(?P<records>U\.N\.\s[A-Z]+OR,?\s[^;()]*?))?"
                         r"(?:(?:,\s|\s)(?P<pin>(?!U\.?N\.?\sDoc|at\s\d+(?!\d|,\sU\.N\.\sDoc\.))[^;()]+?)(?=,\sU\.?N\.?\sDoc|\s\(|\.?$))?"
                         r"(?:,\s" + _UN_DOC + r"\s(?P<symbol>[^;()]+?)(?=\s\(|\.?$|,\sat\s\d|[;,]\s))?"
                         r"(?:,\sat\s(?P<page>\d+))?"
                         r"(?:\s\((?P<date>" + DATE + r")\))?" + _END)


def read_resolution(rich: Rich, pos: int, limit: int) -> Found | None:
    """``S.C. Res. 2117, ¶ 10, U.N. Doc. S/RES/2117 (Sept. 26, 2013)``; a title first when the resolution is known by
    it; official records (``U.N. GAOR, 3d Sess., … at 71``) where it is printed there."""
    m = _RESOLUTION.match(rich.text, pos, limit)
    if not m or not (m.group("symbol") or m.group("records") or m.group("date")):
        return None
    if m.group("title") and (not _title_case(m.group("title")) or rich.is_italic(pos, m.start("body"))):
        return None
    f = Found(pos, m.end(), "resolution", {"body": m.group("body"), "number": m.group("number")})
    if m.group("title"):
        f.fields = {"title": m.group("title"), **f.fields}
    for key in ("records", "symbol"):
        if m.group(key):
            f.fields[key] = m.group(key).strip()
    if m.group("undoc") and m.group("undoc") != "U.N. Doc.":
        f.problems.append((m.start("undoc"), "bluebook-form", f"'{m.group('undoc')}' before a document's symbol",
                           f"R21.7: write U.N. Doc. {m.group('symbol').strip()}"))
    if m.group("page"):
        f.fields["page"] = int(m.group("page"))
    if m.group("pin"):
        f.pin = _pin_label(m.group("pin"))
        _art_problem(f, rich, m.start("pin"), m.end("pin"))
    if m.group("date"):
        _set_date(f, rich, m.start("date"), m.group("date"))
    return f


# ---------------------------------------------------------------- foreign decisions, Mexico's first (R20.3)

_COURT = re.compile(r"(?P<court>[^;\[\]]+?\s\[[^\]]+\](?:\s\[[^\]]+\])?),\s")
_LABEL = re.compile(r"(?:Tesis\s(?P<tesis>.+?\(\d+a\.\))|"
                    r"(?P<proceeding>[A-ZÁÉÍÓÚ][\w ]+?)\s(?P<number>[\w.-]+/\d{4}))"
                    r"(?:\s\((?P<popular>[^()]+)\))?$")
_COUNTRY = re.compile(r"\s\((?P<country>[A-Z][A-Za-z.]*)\)(?:\s\((?P<opinion>[^()]*\bvoto\b[^()]*)\))?")
_PIECE = re.compile(r"(?P<date>" + DATE + r")$|página\s(?P<page>\S+)$|Registro\sDigital\s(?P<registro>\d+)$|"
                    r"(?P<pin>" + PIN + r")$")


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ``, ``-separated parts of ``text[start:end]`` outside parentheses, as spans; a date (``Nov. 6, 2013``)
    is one part."""
    spans, depth, s = [], 0, start
    for i in range(start, end):
        ch = text[i]
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and text.startswith(", ", i) and not (re.search(rf"{_MON}\s\d{{1,2}}$", text[s:i]) and
                                                            re.match(r"\d{4}\b", text[i + 2:end])):
            spans.append((s, i))
            s = i + 2
    return spans + [(s, end)]


def read_foreign(rich: Rich, pos: int, limit: int) -> Found | None:
    """``Suprema Corte de Justicia de la Nación [SCJN] [Supreme Court], Primera Sala, Amparo en Revisión 703/2012
    (Israel Arzate Meléndez), Nov. 6, 2013 (Mex.)``; a tesis with its reporter, página and registro digital."""
    text = rich.text
    cm = _COURT.match(text, pos, limit)
    if not cm or not _title_case(cm.group("court")) or rich.is_italic(pos, cm.end()):
        return None
    region = text[cm.end():limit].rstrip()
    region = region[:-1] if region.endswith(".") and not region.endswith(".)") else region
    # the jurisdiction closes the citation (T2): (Mex.); a separate vote may follow it
    country = list(_COUNTRY.finditer(region))
    if country:
        body, end = cm.end() + country[-1].start(), cm.end() + country[-1].end()
    else:
        trailing = re.search(r"(?:\s\([^()]*\))+$", region)
        body = end = cm.end() + (trailing.start() if trailing and not _LABEL.search(region) else len(region))
    f = Found(pos, end, "foreign-decision", {"court": cm.group("court")})
    decided = reported = False
    reporter: list[str] = []
    for s, e in _pieces(text, cm.end(), body):
        piece = text[s:e]
        label = _LABEL.match(piece)
        value = _PIECE.match(piece)
        if rich.is_italic(s, e):
            f.fields["name"] = piece
        elif label and not decided:
            decided = True
            for key, field in (("tesis", "tesis"), ("proceeding", "proceeding"), ("number", "number"),
                               ("popular", "popular_name")):
                if label.group(key):
                    f.fields[field] = label.group(key)
        elif not decided and "name" not in f.fields and "chamber" not in f.fields:
            f.fields["chamber"] = piece
        elif value and value.group("date") and not reported:
            _set_date(f, rich, s, piece)
            reported = True
        elif value and value.group("page"):
            f.fields["page"] = int(value.group("page")) if value.group("page").isdigit() else value.group("page")
        elif value and value.group("registro"):
            f.fields["registro"] = int(value.group("registro"))
        elif value and value.group("pin") and not reported:
            f.pin = _pin_label(piece)
        elif decided:
            reporter.append(piece)
            reported = True
        else:
            return None
    if not decided and "name" not in f.fields:
        return None
    if reporter:
        f.fields["reporter"] = ", ".join(reporter)
    if country:
        f.fields["country"] = country[-1].group("country")
        if country[-1].group("opinion"):
            f.fields["opinion"] = country[-1].group("opinion")
    return f
