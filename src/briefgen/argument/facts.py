"""Facts (``briefs/facts/*.yaml``) and legal element frameworks (``briefs/frameworks/*.yaml``).

A fact states one thing and names its sources; it says which framework elements it helps
establish. A framework lists the elements a legal test requires.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from briefgen import yamlfile
from briefgen.errors import BriefgenError, Location, Report, did_you_mean

FACT_KEYS = {"id", "statement", "support", "supports", "note", "as_of", "timeless"}
SUPPORT_KEYS = {"cite", "pin", "parenthetical", "grade"}
# A support item's grade overrides its record's (see briefgen.authorities.rules.GRADES); "contested" marks a
# finding the other side disputes, whatever its source.
SUPPORT_GRADES = ("adjudicated", "official", "un", "ngo", "press", "party", "scholarly", "contested")
FRAMEWORK_KEYS = {"id", "title", "source", "elements", "note"}
ELEMENT_KEYS = {"id", "text", "any_of", "note"}


@dataclass(frozen=True)
class Support:
    """``Support('gao2009', '15', 'reporting ATF trace data')``; ``grade`` overrides the record's."""

    cite: str
    pin: str = ""
    parenthetical: str = ""
    location: Location | None = None
    grade: str = ""

    def cluster_item(self) -> str:
        from briefgen.citations.syntax import item_text

        return item_text(self.cite, self.pin, paren=self.parenthetical)


@dataclass(frozen=True)
class Fact:
    """``Fact('us-origin-share', 'About 87 percent …', (Support('gao2009', '15'),), ('att7.risk',))``."""

    id: str
    statement: str
    support: tuple = ()
    supports: tuple = ()
    location: Location | None = None
    supports_locations: tuple = ()
    as_of: str = ""  # when the statement was true or reported: YYYY-MM-DD
    timeless: bool = False  # an event or holding, true whatever its age: never stale

    def markdown(self) -> str:
        """The statement followed by its citation cluster, as a module would write it."""
        if not self.support:
            return self.statement
        return f"{self.statement}[{'; '.join(s.cluster_item() for s in self.support)}]"


@dataclass(frozen=True)
class Element:
    id: str           # full id: "rome7.attack"
    text: str
    any_of: tuple = ()
    location: Location | None = None


@dataclass(frozen=True)
class Framework:
    id: str
    title: str
    elements: tuple
    source: Support | None = None
    location: Location | None = None


@dataclass
class Arguments:
    """Facts and frameworks of a project, by id."""

    facts: dict = field(default_factory=dict)
    frameworks: dict = field(default_factory=dict)
    # ids of facts that did not load (their errors say why): a module requiring one is not told again
    # that the fact is unknown
    unavailable: set = field(default_factory=set)

    @property
    def elements(self) -> dict:
        return {e.id: e for fw in self.frameworks.values() for e in fw.elements}

    def option_ids(self) -> set:
        """Ids a fact may support: elements, and each element's any_of options (``rome7.torture``)."""
        ids = set(self.elements)
        for e in self.elements.values():
            fw = e.id.split(".")[0]
            ids |= {f"{fw}.{o}" for o in e.any_of}
        return ids


def _unknown_keys(mapping, allowed: set, what: str, report: Report) -> None:
    for key in mapping:
        if key not in allowed:
            report.error(f"unknown {what} key '{key}'", mapping.where(key), code=f"{what}-key",
                         hint=did_you_mean(str(key), allowed) or f"keys: {', '.join(sorted(allowed))}")


def _scalar(value) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


def _texts_ok(mapping, keys, report: Report, what: str) -> bool:
    """Every one of ``keys`` present in ``mapping`` is text (or a number); a list or mapping is an error."""
    ok = True
    for key in keys:
        if mapping.get(key) is not None and not _scalar(mapping[key]):
            report.error(f"{what} {key} must be text", mapping.value_where(key), code=f"{what}-field")
            ok = False
    return ok


def _list_of_texts(mapping, key, report: Report, what: str) -> list | None:
    """``mapping[key]`` as a list of texts (absent: empty); anything else is an error and None."""
    value = mapping.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(_scalar(v) for v in value):
        report.error(f"{what} {key} must be a list of ids, e.g. [att7.risk]", mapping.value_where(key),
                     code=f"{what}-field")
        return None
    return [str(v) for v in value]


def _support(raw, report: Report, loc: Location) -> Support | None:
    if isinstance(raw, str):
        return Support(raw.lstrip("@"), location=loc)
    if not isinstance(raw, yamlfile.YDict) or not raw.get("cite"):
        report.error("support needs a cite: {cite: key, pin: '15'}", loc, code="fact-support")
        return None
    _unknown_keys(raw, SUPPORT_KEYS, "support", report)
    if not _texts_ok(raw, SUPPORT_KEYS, report, "support"):
        return None
    grade = str(raw.get("grade") or "")
    if grade and grade not in SUPPORT_GRADES:
        report.error(f"support grade must be one of {', '.join(SUPPORT_GRADES)}, not '{grade}'", raw.value_where("grade"),
                     code="support-field", hint=did_you_mean(grade, SUPPORT_GRADES) or "")
        return None
    return Support(str(raw["cite"]).lstrip("@"), str(raw.get("pin") or ""), str(raw.get("parenthetical") or ""),
                   raw.where(), grade)


def date_problem(value) -> str:
    """What is wrong with an ``as_of`` date, or ''."""
    from briefgen.dates import parse_date

    try:
        parse_date(value)
    except ValueError as exc:
        return str(exc)
    return "" if _scalar(value) else "not text"


def _supports(raw, report: Report) -> list[Support]:
    support = raw.get("support") or []
    if not isinstance(support, yamlfile.YList):
        report.error("support is a list: [{cite: key, pin: '15'}]", raw.value_where("support"), code="fact-support")
        return []
    return [s for j, r in enumerate(support) if (s := _support(r, report, support.where(j)))]


def load_facts(path: Path, args: Arguments, report: Report) -> None:
    data = yamlfile.load(path)
    if data is None:
        return
    if not isinstance(data, yamlfile.YList):
        raise BriefgenError("a facts file holds a list of facts (- id: …)", getattr(data, "loc", None),
                            code="fact-file")
    for i, raw in enumerate(data):
        if not isinstance(raw, yamlfile.YDict):
            report.error("each fact is a mapping (id, statement, support, supports)", data.where(i), code="fact-file")
            continue
        fact = _fact(raw, args, report)
        if fact is not None:
            args.facts[fact.id] = fact
        elif isinstance(raw.get("id"), (str, int)) and str(raw.get("id")).strip() not in args.facts:
            args.unavailable.add(str(raw.get("id")).strip())


def _fact(raw, args: Arguments, report: Report) -> Fact | None:
    """One fact checked, or None with its errors reported."""
    _unknown_keys(raw, FACT_KEYS, "fact", report)
    if not _texts_ok(raw, ("id", "statement", "note", "as_of"), report, "fact"):
        return None
    if raw.get("timeless") is not None and not isinstance(raw.get("timeless"), bool):
        report.error("fact timeless must be true or false", raw.value_where("timeless"), code="fact-field",
                     hint="timeless: true marks an event or a holding, which no later date makes stale")
        return None
    if raw.get("as_of") is not None and (problem := date_problem(raw["as_of"])):
        report.error(f"fact as_of must be a date (YYYY-MM-DD): {problem}", raw.value_where("as_of"),
                     code="fact-field", hint="the date the statement was true or reported, e.g. \"2025-12-18\"")
        return None
    ident = str(raw.get("id") or "").strip()
    if not ident or not raw.get("statement"):
        report.error("a fact needs an id and a statement", raw.where(), code="fact-field")
        return None
    if ident in args.facts:
        report.error(f"duplicate fact id '{ident}' (first at {args.facts[ident].location})", raw.where("id"),
                     code="fact-duplicate")
        return None
    supports = _list_of_texts(raw, "supports", report, "fact")
    if supports is None:
        return None
    locs = tuple(raw["supports"].where(j) for j in range(len(supports))) if supports else ()
    return Fact(ident, str(raw["statement"]).strip(), tuple(_supports(raw, report)), tuple(supports), raw.where(),
                locs, str(raw.get("as_of") or ""), raw.get("timeless") is True)


def load_framework(path: Path, args: Arguments, report: Report) -> None:
    raw = yamlfile.load(path)
    if not isinstance(raw, yamlfile.YDict):
        raise BriefgenError("a framework file is a mapping (id, title, elements)", getattr(raw, "loc", None),
                            code="framework-file")
    _unknown_keys(raw, FRAMEWORK_KEYS, "framework", report)
    if not _texts_ok(raw, ("id", "title", "note"), report, "framework"):
        return
    ident = str(raw.get("id") or "").strip()
    if not ident or not isinstance(raw.get("elements"), yamlfile.YList):
        report.error("a framework needs an id and a list of elements", raw.where(), code="framework-field")
        return
    if ident in args.frameworks:
        report.error(f"duplicate framework id '{ident}'", raw.where("id"), code="framework-duplicate")
        return
    elements = []
    for j, el in enumerate(raw["elements"]):
        if not isinstance(el, yamlfile.YDict) or not el.get("id"):
            report.error("an element needs an id and text", raw["elements"].where(j), code="framework-field")
            continue
        _unknown_keys(el, ELEMENT_KEYS, "element", report)
        any_of = _list_of_texts(el, "any_of", report, "element")
        if not _texts_ok(el, ("id", "text", "note"), report, "element") or any_of is None:
            continue
        elements.append(Element(f"{ident}.{el['id']}", str(el.get("text") or el["id"]), tuple(any_of), el.where()))
    source = _support(raw["source"], report, raw.where("source")) if raw.get("source") else None
    args.frameworks[ident] = Framework(ident, str(raw.get("title") or ident), tuple(elements), source, raw.where())


def load_arguments(facts_dir: Path, frameworks_dir: Path, report: Report) -> Arguments:
    args = Arguments()
    from briefgen.project import source_files

    for folder, loader in ((frameworks_dir, load_framework), (facts_dir, load_facts)):
        for path in source_files(folder, (".yaml", ".yml"), folder.parent.parent, report):
            try:
                loader(path, args, report)
            except BriefgenError as exc:
                report.extend(exc.diagnostics)
    return args
