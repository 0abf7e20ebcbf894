"""Briefs and the record as court opinions cite them (B17, R10.8.3), read into court-filing records with only what
the note gives: ``Brief for Petitioner 16``, ``Brief for Amherst College et al. as Amici Curiae 33–35`` (a brief of
the case at hand: no case name, the record's note says so), ``Brief for Respondents in Sweatt v. Painter, O. T. 1949,
No. 44, pp. 94–95`` (a brief of another case, by its name, term and number); the case's appendices and transcript
by the Supreme Court's own names: ``1 App. 9`` (the first volume of the joint appendix), ``App. to Pet. for Cert.
12a``, ``Tr. of Oral Arg. 30``.
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


# the record of the case at hand as the Supreme Court cites it: the volume of the joint appendix before App., the
# appendix to the petition for certiorari, the transcript of the argument; a page, or pages
_RECORD = re.compile(r"(?P<title>(?:\d+\s)?App\.(?:\sto\sPet\.\sfor\sCert\.)?|Tr\.\sof\sOral\sArg\.)\s(?P<page>" + _PAGES +
                     r")(?=[.;,]?(?:\s|$)|\s\()")


def read_record(rich: Rich, pos: int, limit: int) -> Found | None:
    """``1 App. 9``, ``App. to Pet. for Cert. 56a``, ``Tr. of Oral Arg. 30``: a document of the case at hand, cited
    without the case's name, as a brief of it is."""
    m = _RECORD.match(rich.text, pos, limit)
    if not m:
        return None
    f = Found(pos, m.end(), "court-filing", {"title": m.group("title")}, pin=m.group("page"))
    f.guessed.append("case left out (the record of the case at hand, cited without its name)")
    return f
