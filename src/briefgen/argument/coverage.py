"""The element matrix: for every element a brief argues, the facts that support it and their
authorities. An argued element with no supporting fact is an error naming the element —
what a clinic student needs to see after swapping a module."""
from __future__ import annotations

from dataclasses import dataclass

from briefgen.argument.facts import Arguments, Element, Fact
from briefgen.errors import Location, Report, did_you_mean


@dataclass(frozen=True)
class Row:
    """``Row(Element('att7.risk', …), (Fact('us-origin-share', …),), 'att/article-7')``."""

    element: Element
    facts: tuple
    module: str
    location: Location | None


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
            if fid not in args.facts:
                report.error(f"module {m.name} requires unknown fact '{fid}'", m.front.where("requires"),
                             code="unknown-fact", hint=did_you_mean(str(fid), args.facts) or "facts live in briefs/facts/")
            elif fid not in ids:
                ids.append(fid)
    return ids


def supports_element(fact: Fact, element: Element) -> bool:
    fw = element.id.split(".")[0]
    return element.id in fact.supports or any(f"{fw}.{o}" in fact.supports for o in element.any_of)


def matrix(argued_elements: dict, fact_ids, args: Arguments, report: Report) -> list[Row]:
    rows = []
    elements = args.elements
    for eid, (module, where) in argued_elements.items():
        el = elements[eid]
        facts = tuple(args.facts[f] for f in fact_ids if supports_element(args.facts[f], el))
        if not facts:
            report.error(f"element '{eid}' ({el.text}) has no supporting fact", where, code="element-unsupported",
                         hint=f"require a fact whose supports: list names {eid} in a module of this brief "
                              f"(argued by {module})")
        rows.append(Row(el, facts, module, where))
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
