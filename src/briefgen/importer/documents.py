"""Presidential documents (R14.7) and interviews (R17.1), read back into records of their kinds.

Both readers take their words from the kinds' own declarations: the designations of presidential
documents (``Exec. Order No. {n}``, ``NSM-{n}``: ``authorities.domestic.PRESIDENTIAL``), the months of
T12 and the pins the formatter prints. What the formatter prints, they read:

    Exec. Order No. 12,981, § 1, 60 Fed. Reg. 62,981, 62,982 (Dec. 8, 1995)
    National Security Memorandum on Safeguards … (NSM-20) (Feb. 8, 2024)
    Telephone Interview by Ana Ruiz with Gerald R. Ford, former President, in Grand Rapids, Mich. at 3
        (Apr. 15, 1998) (on file with the author)

and the variants people write: ``Executive Order 12981``, ``Exec. Order No. 12981`` (R6.2(a) groups
the digits), a month spelled out, ``p. 3`` for a page.
"""
from __future__ import annotations

import re

from briefgen import pins
from briefgen.authorities.domestic import PRESIDENTIAL, PRESIDENTIAL_DOCUMENT, grouped
from briefgen.importer.forms import DATE, URL, Found, _date_problem, _pin_label, iso_date
from briefgen.importer.sources import Rich

# a designation as the declaration prints it, and as people write it (Executive Order 14285, Proc. No. 9645)
NUMBER = r"\d{1,3}(?:,\d{3})+|\d+"      # 62,981 or 62981
_WRITTEN = {"Exec. Order No.": r"(?:Exec\.|Executive)\sOrder(?:\sNo\.)?", "Proclamation No.": r"(?:Proclamation|Proc\.)(?:\sNo\.)?",
            "Presidential Determination No.": r"Presidential\sDetermination(?:\sNo\.)?"}


def _designation_pattern(pattern: str) -> str:
    head, _, tail = pattern.partition("{n}")
    head = head.strip()
    written = _WRITTEN.get(head, re.escape(head).replace("\\ ", r"\s"))
    sep = r"\s" if pattern[len(head):len(head) + 1] == " " else ""
    return written + sep + rf"(?P<n>{NUMBER})" + re.escape(tail)


_DESIGNATIONS = [(kind, re.compile(_designation_pattern(p))) for kind, p in PRESIDENTIAL.items() if p]
_SOURCE = re.compile(rf",?\s(?:(?P<cfr>3\sC\.F\.R\.\s(?P<cfr_page>{NUMBER}))|(?P<vol>\d+)\s(?:Fed\.\sReg\.|Federal\sRegister)\s"
                     rf"(?P<page>{NUMBER})|(?P<cpd>\d{{4}}\sDaily\sComp\.\sPres\.\sDoc\.\s\d+))"
                     rf"(?:,\s(?:at\s|p\.\s)?(?P<at>(?:{NUMBER})(?:[-–](?:{NUMBER}))?))?")
# the pins the kind declares, as the formatter labels them; a page only after "at" (a bare number after the
# designation is the register's volume: Exec. Order No. 14,236, 90 Fed. Reg. 13,037)
_PIN = re.compile(r",\s(?P<pin>" + pins.pattern(PRESIDENTIAL_DOCUMENT.pins, bare=False, others=True) + ")")
_DATE = re.compile(r"\s\((?P<date>" + DATE + r")\)")
_LINK = re.compile(r",\s(?P<url>" + URL + r")")


def _designation(text: str, pos: int, limit: int) -> tuple[str, str, int] | None:
    """(type, number, end) of a designation at ``pos``."""
    for kind, rx in _DESIGNATIONS:
        m = rx.match(text, pos, limit)
        if m:
            return kind, m.group("n").replace(",", ""), m.end()
    return None


def read_presidential(rich: Rich, pos: int, limit: int) -> Found | None:
    text = rich.text
    fields: dict = {}
    head = _designation(text, pos, limit)
    if head:
        fields["type"], fields["number"], end = head
    else:      # a memorandum or directive by its title, with its designation in parentheses, if any
        m = re.compile(r"(?P<title>(?:[A-Z][\w’'-]*|of|on|and|the|for|to|in|With|with|a|an|by|Respect|at)"
                       r"(?:\s(?:[A-Z][\w’'.-]*|of|on|and|the|for|to|in|with|a|an|by|at))*)").match(text, pos, limit)
        if not m:
            return None
        title, end = m.group("title"), m.end()
        inner = re.compile(r"\s\(").match(text, end, limit)
        desig = _designation(text, inner.end(), limit) if inner else None
        if desig and text[desig[2]:desig[2] + 1] == ")":
            fields["type"], fields["number"], end = desig[0], desig[1], desig[2] + 1
        elif title.startswith("Memorandum "):
            fields["type"] = "memorandum"
        else:
            return None
        fields["title"] = title
    f = Found(pos, end, "presidential", fields)
    pin = _PIN.match(text, f.end, limit)
    if pin:
        f.pin, f.end = _pin_label(pin.group("pin")), pin.end()
    source = _SOURCE.match(text, f.end, limit)
    if source:
        if source.group("cfr"):
            fields["cfr_page"] = grouped(source.group("cfr_page").replace(",", ""))
        elif source.group("vol"):
            fields["volume"], fields["page"] = int(source.group("vol")), grouped(source.group("page").replace(",", ""))
        else:
            fields["cpd"] = source.group("cpd")
        if source.group("at") and not f.pin:
            f.pin = grouped(source.group("at").replace(",", "")) if source.group("at").replace(",", "").isdigit() \
                else source.group("at")
        f.end = source.end()
    dated = _DATE.match(text, f.end, limit)
    if dated:
        iso, ok = iso_date(dated.group("date"))
        _date_problem(f, rich, dated.start("date"), dated.group("date"), iso, ok)
        field = "cfr_year" if "cfr_page" in fields else "date" if "volume" in fields else "signed"
        fields[field] = iso
        f.end = dated.end()
    link = _LINK.match(text, f.end, limit)
    if link:
        fields["url"], f.end = link.group("url"), link.end()
    if not ({"volume", "cfr_page", "cpd", "url", "signed"} & set(fields)):   # the kind's one_of
        return None
    if "number" in fields:
        fields["number"] = int(fields["number"]) if fields["number"].isdigit() else fields["number"]
    return f


_INTERVIEW = re.compile(
    r"(?:(?P<medium>[A-Z][a-z]+)\s)?Interview(?:\sby\s(?P<by>[A-Z][^()]*?))?\swith\s(?P<who>[A-Z][^,()]*?)"
    r"(?:,\s(?P<position>(?!in\s)[^()]*?))?(?:,\sin\s(?P<place>[^()]*?))?"
    r"(?:\s(?:at\s|p\.\s)(?P<pin>\d+(?:[-–]\d+)?))?\s\((?P<date>" + DATE + r")\)"
    r"(?:\s\((?:on\sfile\swith\s)?(?P<on_file>[^()]+)\))?(?:,\s(?P<url>" + URL + r"))?")


def read_interview(rich: Rich, pos: int, limit: int) -> Found | None:
    m = _INTERVIEW.match(rich.text, pos, limit)
    if not m or (m.group("medium") and m.group("medium") in ("See", "Cf", "Compare", "But", "Accord", "Contra")):
        return None
    f = Found(pos, m.end(), "interview", {"interviewee": m.group("who")}, pin=m.group("pin") or "")
    for group, name in (("position", "interviewee_position"), ("medium", "medium"), ("place", "place")):
        if m.group(group):
            f.fields[name] = m.group(group)
    if m.group("by"):
        f.fields["interviewer"] = [n.strip() for n in re.split(r"\s&\s|,\sand\s|\sand\s", m.group("by"))]
    iso, ok = iso_date(m.group("date"))
    _date_problem(f, rich, m.start("date"), m.group("date"), iso, ok)
    f.fields["date"] = iso
    if m.group("on_file"):
        f.fields["on_file"] = m.group("on_file")
    if m.group("url"):
        f.fields["url"] = m.group("url")
    return f
