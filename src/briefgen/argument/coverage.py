"""The element matrix: for every element a brief argues, the facts that support it and their
authorities, and how strong that support is. An argued element with no supporting fact is an error
naming the element — what a clinic student needs to see after swapping a module; one supported only
by NGO reports, the press or a party's own word is shown as weak, so a supervisor sees which element
would fall first.

>>> strongest(["press", "ngo"]), weak(["press", "ngo"]), weak(["ngo", "adjudicated"])
('ngo', True, False)
"""
from __future__ import annotations

from dataclasses import dataclass

from briefgen.argument.facts import Arguments, Element, Fact
from briefgen.errors import Location, Report, did_you_mean


# Support from strongest to weakest: a court's or tribunal's finding; a government's own report; a U.N.
# or treaty body's finding; scholarship; an NGO's report; the press; a party speaking for itself; a
# finding the other side contests. Anything from "scholarly" down is weak support on its own.
STRENGTH = ("adjudicated", "official", "un", "scholarly", "ngo", "press", "party", "contested", "ungraded")
STRONG = frozenset(("adjudicated", "official", "un"))
WORDS = {"adjudicated": "adjudicated findings", "official": "official reports", "un": "U.N. or treaty-body findings",
         "scholarly": "scholarship", "ngo": "NGO reports", "press": "press", "party": "a party's own statements",
         "contested": "contested findings", "ungraded": "sources of no stated grade"}
# a record with no grade of its own is graded by its kind where the kind says it
KIND_GRADES = {"case": "adjudicated", "icj-case": "adjudicated", "tribunal-case": "adjudicated",
               "regional-case": "adjudicated", "foreign-decision": "adjudicated", "resolution": "un",
               "un-document": "un", "news": "press"}


def strongest(grades) -> str:
    ranked = sorted(set(grades), key=STRENGTH.index)
    return ranked[0] if ranked else ""


def weak(grades) -> bool:
    return not any(g in STRONG for g in grades)


def grade_of(support, library) -> str:
    """A support item's grade: its own (``contested``), else its record's, else its record's kind's."""
    if support.grade:
        return support.grade
    auth = library.by_id.get(support.cite) if library is not None else None
    if auth is None:
        return "ungraded"
    return str(auth.get("grade") or KIND_GRADES.get(auth.kind, "ungraded"))


@dataclass(frozen=True)
class Row:
    """``Row(Element('att7.risk', …), (Fact('us-origin-share', …),), 'att/article-7')``; ``grades``
    are the grades of every support of its facts."""

    element: Element
    facts: tuple
    module: str
    location: Location | None
    grades: tuple = ()

    @property
    def strongest(self) -> str:
        return strongest(self.grades)

    @property
    def weak(self) -> bool:
        return bool(self.facts) and weak(self.grades)

    def describe(self) -> str:
        """``supported only by NGO reports and press`` / ``strongest support: adjudicated findings``."""
        if not self.facts:
            return "no supporting fact"
        kinds = [WORDS[g] for g in sorted(set(self.grades), key=STRENGTH.index)]
        if self.weak:
            return "supported only by " + (", ".join(kinds[:-1]) + " and " + kinds[-1] if len(kinds) > 1 else kinds[0])
        return f"strongest support: {WORDS[self.strongest]}"


def argued(modules, args: Arguments, report: Report) -> dict[str, tuple[str, Location]]:
    """Element id -> (first module arguing it, where). ``argues`` may name a whole framework."""
    out: dict = {}
    elements = args.elements
    for m in modules:
        values = m.ids("argues")
        where = m.front.where("argues") if values else None
        for value in values:
            if value in args.frameworks:
                ids = [e.id for e in args.frameworks[value].elements]
            elif value in elements:
                ids = [value]
            else:
                report.error(f"module {m.name} argues unknown element '{value}'", where, code="unknown-element",
                             hint=did_you_mean(str(value), list(elements) + list(args.frameworks)) or
                             "element ids look like att7.risk; list frameworks in briefs/frameworks/")
                continue
            for i in ids:
                out.setdefault(i, (m.name, where))
    return out


def required_facts(modules, args: Arguments, report: Report) -> list[str]:
    ids = []
    for m in modules:
        for fid in m.ids("requires"):
            if fid in args.unavailable:
                continue   # its file's errors say why it did not load
            if fid not in args.facts:
                report.error(f"module {m.name} requires unknown fact '{fid}'", m.front.where("requires"),
                             code="unknown-fact", hint=did_you_mean(str(fid), args.facts) or "facts live in briefs/facts/")
            elif fid not in ids:
                ids.append(fid)
    return ids


def supports_element(fact: Fact, element: Element) -> bool:
    fw = element.id.split(".")[0]
    return element.id in fact.supports or any(f"{fw}.{o}" in fact.supports for o in element.any_of)


def matrix(argued_elements: dict, fact_ids, args: Arguments, report: Report, library=None) -> list[Row]:
    rows = []
    elements = args.elements
    for eid, (module, where) in argued_elements.items():
        el = elements[eid]
        facts = tuple(args.facts[f] for f in fact_ids if supports_element(args.facts[f], el))
        if not facts:
            report.error(f"element '{eid}' ({el.text}) has no supporting fact", where, code="element-unsupported",
                         hint=f"require a fact whose supports: list names {eid} in a module of this brief "
                              f"(argued by {module})")
        grades = tuple(grade_of(s, library) for f in facts for s in f.support)
        rows.append(Row(el, facts, module, where, grades))
    return rows


def check_facts(args: Arguments, library, report: Report) -> None:
    """Every fact cites known authorities and supports known elements."""
    options = args.option_ids()
    for fact in args.facts.values():
        for s in fact.support:
            if s.cite not in library.by_id and s.cite not in library.unavailable:  # a failed file says so itself
                report.error(f"fact '{fact.id}' cites unknown authority '{s.cite}'", s.location or fact.location,
                             code="unknown-authority", hint=did_you_mean(s.cite, library.by_id) or "")
        for i, sid in enumerate(fact.supports):
            if sid not in options:
                loc = fact.supports_locations[i] if i < len(fact.supports_locations) else fact.location
                report.error(f"fact '{fact.id}' supports unknown element '{sid}'", loc, code="unknown-element",
                             hint=did_you_mean(sid, options) or "element ids look like rome7.attack")
