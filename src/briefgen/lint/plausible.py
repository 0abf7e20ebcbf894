"""Plausibility: numbers in a citation that cannot all be right. ``briefgen verify`` runs these rules on
a project's briefs and on imported memos; reporters are checked against reporters-db, which loads only
here.

- a reporter reporters-db does not know, or a date outside the years the reporter was published;
- a U.S. Reports volume that does not match the year;
- a U.N.T.S. volume beyond those published (a registration number written as the volume) or published
  before the treaty was made;
- a GAO report number whose year prefix disagrees with the report's date;
- a pin before the first page it follows.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from datetime import datetime

from briefgen.errors import Report

# U.S. Reports: (volume, year of decision) of well-known cases; the years between are interpolated.
US_REPORTS = [(5, 1803), (60, 1857), (163, 1896), (198, 1905), (301, 1937), (317, 1942), (347, 1954), (372, 1963),
              (384, 1966), (410, 1973), (418, 1974), (477, 1986), (505, 1992), (531, 2000), (539, 2003), (545, 2005),
              (554, 2008), (558, 2010), (570, 2013), (576, 2015), (597, 2022), (600, 2023)]
# United Nations Treaty Series: (volume, year the treaty in it was registered), from treaties cited every day.
UNTS = [(1, 1947), (75, 1950), (78, 1951), (189, 1954), (660, 1969), (999, 1976), (1155, 1980), (1249, 1981),
        (1465, 1987), (1577, 1990), (2187, 2002), (2515, 2008), (2716, 2010), (3013, 2014)]
UNTS_PUBLISHED = 3500   # no volume beyond this number had been published by 2025
TOLERANCE = 2           # years


def _interpolate(table, volume: int) -> float:
    vols = [v for v, _ in table]
    i = bisect_left(vols, volume)
    if i <= 0:
        return table[0][1]
    if i >= len(table):
        (v1, y1), (v2, y2) = table[-2], table[-1]
    else:
        (v1, y1), (v2, y2) = table[i - 1], table[i]
    return y1 + (volume - v1) * (y2 - y1) / (v2 - v1)


def _year(auth) -> int | None:
    value = auth.get("date") or auth.get("year")
    m = re.match(r"\d{4}", str(value or ""))
    return int(m.group(0)) if m else None


_REPORTERS = None
# reporters-db's years that published volumes contradict (its maintainers track its dates in
# freelawproject/reporters-db#182): F. Supp. ran to volume 999 in 1998 (Jones v. Clinton, 990 F. Supp. 657
# (E.D. Ark. 1998)), F. Supp. 2d began that year, and F.R.D. began with the Federal Rules (167 F.R.D. 649
# (S.D.N.Y. 1996)), not in 2001. Years as (first, last); None: still published.
_YEARS_CORRECTED = {"F. Supp.": (1932, 1998), "F. Supp. 2d": (1998, 2014), "F.R.D.": (1938, None)}


def _corrected(abbr: str, dates: dict) -> dict:
    if abbr not in _YEARS_CORRECTED:
        return dates
    first, last = _YEARS_CORRECTED[abbr]
    return {"start": datetime(first, 1, 1), "end": datetime(last, 12, 31) if last else None}


def known_reporters() -> dict:
    """Every reporter abbreviation reporters-db knows (editions and variations) -> its editions' dates."""
    global _REPORTERS
    if _REPORTERS is None:
        from reporters_db import REPORTERS

        out: dict = {}
        for entries in REPORTERS.values():
            for entry in entries:
                editions = {abbr: _corrected(abbr, dates) for abbr, dates in entry.get("editions", {}).items()}
                for abbr, dates in editions.items():
                    out.setdefault(abbr, []).append(dates)
                for variant, abbr in entry.get("variations", {}).items():
                    out.setdefault(variant, []).extend([editions[abbr]] if abbr in editions else [])
        _REPORTERS = out
    return _REPORTERS


def reporters(auth, where, report: Report) -> None:
    reporter = auth.get("reporter")
    if auth.kind != "case" or not reporter:
        return
    written = str(reporter)
    reporter = re.sub(r"\s\(\d+\s[^()]+\)$", "", written)   # 5 U.S. (1 Cranch): U.S. is the reporter
    editions = known_reporters().get(reporter)
    if editions is None and re.search(r"\b(?:L\.\s?(?:Rev|J|Q)|J|Rev|Comment|Q)\.", reporter):
        return      # a periodical (T13: Wash. L. Rev.), an article read as a case: no reporter to check
    if editions is None:
        report.warning(f"'{auth.id}': reporter '{reporter}' is not one reporters-db knows", where,
                       code="unknown-reporter", hint="check the abbreviation against T1 (e.g. F.3d, S. Ct., N.E.2d)")
        return
    year = _year(auth)
    if year is None or written != reporter:    # the nominative reporter's years are not reporters-db's
        return
    spans = []
    for dates in editions:
        start, end = dates.get("start"), dates.get("end")
        lo = start.year if start else 1600
        hi = end.year if end else 9999
        spans.append((lo, hi))
        if lo <= year <= hi:
            return
    lo, hi = min(s[0] for s in spans), max(s[1] for s in spans)
    report.warning(f"'{auth.id}': {reporter} was published {lo}-{'' if hi == 9999 else hi}, not in {year}", where,
                   code="reporter-years", hint="check the reporter, the volume and the year")
    return


def us_reports(auth, where, report: Report) -> None:
    if auth.kind != "case" or not re.match(r"U\.S\.(?:\s\(|$)", str(auth.get("reporter") or "")) \
            or not str(auth.get("volume") or "").isdigit():
        return
    year = _year(auth)
    if year is None:
        return
    volume = int(auth.get("volume"))
    expected = _interpolate(US_REPORTS, volume)
    if abs(expected - year) > TOLERANCE:
        report.warning(f"'{auth.id}': {volume} U.S. holds decisions of about {round(expected)}, not {year}", where,
                       code="volume-year", hint="check the volume and the year of decision")


def unts(auth, where, report: Report) -> None:
    from briefgen.authorities.international import treaty_sources

    if not auth.get("sources"):
        return
    year = _year(auth)
    for source in treaty_sources(auth):  # as printed, whether written as text or as {volume, reporter, page}
        if re.search(r"U\.N\.T\.S\.\sNo\.|U\.N\.\sReg\.\sNo\.", source):
            report.warning(f"'{auth.id}': '{source}' is a registration number, not a U.N.T.S. volume", where,
                           code="unts-volume", hint="cite the volume and first page: 3013 U.N.T.S. 269 "
                                                    "(the U.N. Treaty Collection gives both)")
            continue
        m = re.match(r"(\d+)\sU\.N\.T\.S\.", source)
        if not m:
            continue
        volume = int(m.group(1))
        if volume > UNTS_PUBLISHED:
            report.warning(f"'{auth.id}': {volume} U.N.T.S. is beyond the volumes published; it looks like the "
                           "treaty's registration number", where, code="unts-volume",
                           hint="cite the volume and first page: 3013 U.N.T.S. 269 (the U.N. Treaty Collection "
                                "gives both)")
        elif year and year > _interpolate(UNTS, volume) + TOLERANCE:
            report.warning(f"'{auth.id}': {volume} U.N.T.S. was published about {round(_interpolate(UNTS, volume))}, "
                           f"before the treaty of {year}", where, code="unts-volume",
                           hint="check the volume; a treaty is registered, and printed, after it is made")


def gao(auth, where, report: Report) -> None:
    m = re.match(r"GAO[-/](?:[A-Z]+-)?(\d{2})-", str(auth.get("number") or ""))
    value = auth.get("date") or auth.get("year")
    if not m or not value:
        return
    parts = str(value).split("-")
    year, month = int(parts[0]), int(parts[1]) if len(parts) > 1 else 0
    prefix = int(m.group(1))
    fiscal = {year % 100} | ({(year + 1) % 100} if month >= 10 or not month else set())
    if prefix not in fiscal:
        report.warning(f"'{auth.id}': report number {auth.get('number')} is of fiscal year 20{prefix:02d}, "
                       f"but the report is dated {value}", where, code="gao-number",
                       hint="GAO numbers begin with the fiscal year of issue: check the number and the date")


def pins(cites, lib, report: Report) -> None:
    """A page pin before the first page it is printed after (``725 F.3d 1170, 1100``), in any kind whose own
    form prints the pin there: a reporter, a journal, the Federal Register, a book holding a chapter."""
    from briefgen.citations.bluebook import full, plain

    for cite in cites:
        for item in cite.items:
            auth = lib.by_id.get(item.key)
            loc = item.locator
            if not auth or not loc or loc.label != "page" or auth.get("database"):
                continue
            first = str(auth.get("page") or "")
            m = re.match(r"\*?(\d[\d,]*)", loc.text)
            number = int(m.group(1).rstrip(",").replace(",", "")) if m else None
            if not (re.fullmatch(r"\d[\d,]*", first) and number is not None and number < int(first.replace(",", ""))):
                continue
            if re.search(rf"\b{re.escape(first)},? (?:at )?{re.escape(loc.text)}\b", plain(full(auth, loc))):
                report.warning(f"pin {loc.text} is before the first page, {first}, of '{auth.id}'", item.location,
                               code="pin-range", hint=f"a pin lies between the first page ({first}) and the last")


def check(cites, lib, report: Report) -> None:
    """Every plausibility rule, on the authorities ``cites`` name (each reported once, at its first citation
    when the record has no place of its own)."""
    first: dict = {}
    for cite in cites:
        for item in cite.items:
            first.setdefault(item.key, item.location)
    for key, where in first.items():
        auth = lib.by_id.get(key)
        if auth is None:
            continue
        at = auth.location or where
        for rule in (reporters, us_reports, unts, gao):
            rule(auth, at, report)
    pins(cites, lib, report)
