"""Sections of a code that the document names once for all, as courts write them.

A Tax Court opinion says in an early note "Unless otherwise indicated, all section references are to the Internal
Revenue Code …" and then cites the Code's sections bare: ``under section 6651(a)(1)`` in its sentences, ``sec.
752(b)`` or ``secs. 6001, 6011`` in its citations. Only after such a declaration is a bare section read as a
citation of the Code: without one, "section 453" is prose, and "section 3 of the agreement" or a Treasury
regulation's "sec. 1.465-8(a), Income Tax Regs." is never a section of the Code. (Other codes declared so, a title
of the United States Code in a bankruptcy opinion, are not read yet: no published text of one has been tried.)
"""
from __future__ import annotations

import re

from briefgen.importer.forms import Found
from briefgen.importer.sources import Rich

# "all section references are to the Internal Revenue Code (26 U.S.C.)", "all statutory references are to the Internal
# Revenue Code of 1986, as amended"
_DECLARATION = re.compile(
    r"\b(?:section|statutory|§)\s+references\s+(?:[a-z]+\s+){0,3}?(?:are|is)\s+to\s+(?:the\s+)?"
    r"Internal\s+Revenue\s+Code(?:\s+of\s+(?:19|20)\d\d)?(?:\s+\((?P<usc>(?P<usc_title>\d+)\s+U\.\s?S\.\s?C\.)\))?")

# section 6651(a)(1); sec. 7482(b)(1)(A), (2); secs. 6001, 6011; §§ 195(a), (b), and (c)(1), 162(a)
_SECTION = re.compile(
    r"(?P<word>[Ss]ections?|[Ss]ecs?\.|§§?)\s?(?P<sec>\d+(?!\d)[A-Z]?(?![\dA-Za-z]))(?P<sub>(?:\([a-zA-Z0-9]+\))*)"
    r"(?P<more>(?:,\s(?:(?:and|or)\s)?(?:\([a-zA-Z0-9]+\))+|\s(?:and|or)\s(?:\([a-zA-Z0-9]+\))+|"
    r",\s\d+[A-Z]?(?:\([a-zA-Z0-9]+\))*(?=[,;.)]|\s(?:and|or)\s))*)"
    r"(?![\w.(-]\w)")
# a section of another instrument (section 3 of the agreement), or a regulation's (sec. 1.465-8(a), Income Tax Regs.)
_NOT_THE_CODE = re.compile(r"\s+of\s+(?:the|this|that|its|their|his|her|a|an)\s(?!(?:Internal\s+Revenue\s+)?Code\b)|"
                           r",\s(?:Income|Estate|Gift|Employment|Excise)\sTax\sRegs\.|,\sProced\.\s&\sAdmin\.\sRegs\.")
ANCHOR = re.compile(r"(?<![\w.])(?:[Ss]ections?|[Ss]ecs?\.|§§?)\s?\d")


def declared(text: str) -> tuple[dict, re.Match] | None:
    """The code a note declares every later bare section to belong to, as a record's fields: the Internal Revenue
    Code as the Bluebook cites it (``I.R.C.``, R12.9.1)."""
    m = _DECLARATION.search(text)
    return ({"code": "I.R.C."}, m) if m else None


def read_declared_title(rich: Rich, pos: int, limit: int, code: dict | None) -> Found | None:
    """The code the declaration names by its title in parentheses, ``(26 U.S.C.)``: a citation of the whole title."""
    if not code:
        return None
    found = declared(rich.text)
    if not found or found[1].start("usc") != pos or found[1].end("usc") > limit:
        return None
    m = found[1]
    return Found(pos, m.end("usc"), "statute", {"title": int(m.group("usc_title")), "code": "U.S.C."})


def read_section(rich: Rich, pos: int, limit: int, code: dict | None) -> Found | None:
    """A bare section of the declared code: the record is the section, the pin the subsections as written
    (``sec. 6110(b)(1)(A), (k)(3)`` pins § 6110(b)(1)(A), (k)(3))."""
    if not code:
        return None
    text = rich.text
    m = _SECTION.match(text, pos, limit)
    if not m or _NOT_THE_CODE.match(text, m.end()):
        return None
    several = m.group("word") in ("§§", "secs.", "Secs.", "sections", "Sections")
    written = m.group("sec") + m.group("sub") + m.group("more")
    f = Found(pos, m.end(), "statute", {**code, "section": m.group("sec")})
    if several or m.group("sub") or m.group("more"):
        f.pin = f"{'§§' if several else '§'} {written}"
    return f
