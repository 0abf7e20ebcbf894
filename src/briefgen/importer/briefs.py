"""Briefs as court opinions cite them (B17, R10.8.3), read into court-filing records with only what the note
gives: ``Brief for Petitioner 16``, ``Brief for Amherst College et al. as Amici Curiae 33–35`` (a brief of the
case at hand: no case name, the record's note says so), ``Brief for Respondents in Sweatt v. Painter, O. T. 1949,
No. 44, pp. 94–95`` (a brief of another case, by its name, term and number).
"""
from __future__ import annotations

import re

from briefgen.importer.forms import Found
from briefgen.importer.sources import Rich

_PAGES = r"\d+[a-z]?(?:[–-]\d+[a-z]?)?(?:,\s\d+[a-z]?(?:[–-]\d+[a-z]?)?)*"
_BRIEF = re.compile(
    r"(?P<title>(?:Reply\s)?Brief\sfor\s(?:the\s)?(?:(?:Petitioners?|Respondents?|Appellants?|Appellees?|Federal\s"
    r"Respondents?|United\sStates)(?:\sas\sAmicus\sCuriae)?|[A-Z][\w.’'&-]*(?:\s[\w.’'&-]+)*?\sas\sAmic(?:us|i)\s"
    r"Curiae)(?:\s(?:Supporting|in\sSupport\sof)\s(?:Petitioners?|Respondents?))?)"
    r"(?:\sin\s(?P<case>[A-Z][^,;()]*?\sv\.\s[^,;()]+?),\s(?P<docket>(?:O\.\sT\.\s\d{4},\s)?No\.\s[\w-]+),\s"
    r"(?:pp?\.\s)?(?P<pin>" + _PAGES + r")|\s(?P<page>" + _PAGES + r"))(?=[.;,]?(?:\s|$)|\s\()")


def read_brief(rich: Rich, pos: int, limit: int) -> Found | None:
    m = _BRIEF.match(rich.text, pos, limit)
    if not m:
        return None
    fields = {"title": m.group("title")}
    if m.group("case"):
        fields.update(case=m.group("case"), docket=m.group("docket"))
    f = Found(pos, m.end(), "court-filing", fields, pin=m.group("pin") or m.group("page"))
    if not m.group("case"):       # told in the record's note: the citation leaves the case out, as B17 does
        f.remarks.append("case (a brief of the case at hand, cited without its name)")
    return f
