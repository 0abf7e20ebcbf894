"""The brief spec (``briefs/<name>.yaml``): validated into a :class:`BriefSpec`.

Unknown keys are errors with a "did you mean", so a typo never passes silently.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast, get_args

from briefgen import yamlfile
from briefgen.dates import parse_age, parse_date
from briefgen.doc_kinds import KINDS as DECLARED, kinds_taking
from briefgen.errors import BriefgenError, Location, Report, did_you_mean
from briefgen.names import CitationMode, DocumentKind

KINDS: tuple[DocumentKind, ...] = get_args(DocumentKind)
CITATION_MODES: tuple[CitationMode, ...] = get_args(CitationMode)
TEXT_KEYS = ("title", "date", "to", "from", "re", "author", "subject", "question", "answer")
# kind-specific keys and what each holds: "text", "lines" (text or a list of lines), "list", "map", "bool"
KIND_KEYS = {
    "forum": "lines", "petitioners": "lines", "respondent": "lines", "document": "text", "docket": "text",
    "prayer": "list", "signature": "lines", "certificate": "text", "served": "list", "toc": "bool", "toa": "bool",
    "numbered": "bool", "letterhead": "lines", "recipient": "map", "salutation": "text", "closing": "text",
    "cc": "list", "notes": "text", "appendix": "text", "recipients": "source", "addressing": "map",
    "signatories": "people", "constituents": "text", "legend": "text", "headings": "text",
    "agency": "lines", "request": "list", "representatives": "lines", "contact": "lines", "victims": "lines",
    "state": "text", "state_authorities": "list", "rights": "list", "exhaustion": "lines", "timeliness": "lines",
    "duplication": "lines", "stale_after": "text",
}  # which kinds take which keys: doc_kinds
KEYS = {"kind", "title", "modules", "date", "to", "from", "re", "vars", "citations", "style", "author", "subject",
        "question", "answer", "reference"} | set(KIND_KEYS)


def _confined(path: Path) -> None:
    """A spec in a project is read only from inside it: a link out (to a file of secrets) is an error
    naming the link and its target, and the file is never read (its text never reaches a message)."""
    from briefgen.errors import display_path
    from briefgen.project import Project, confine

    try:
        root = Project.find(path).root
    except BriefgenError:
        return
    confine(path, root, "brief spec", Location(display_path(path)))


@dataclass(frozen=True)
class ModuleRef:
    name: str
    location: Location


@dataclass(frozen=True)
class BriefSpec:
    """A validated spec: ``BriefSpec(kind='memo', title='…', modules=(ModuleRef('att/article-6', …),))``."""

    path: Path
    kind: DocumentKind
    title: str
    modules: tuple
    text: dict = field(default_factory=dict)     # date, to, from, re, author, subject, question, answer
    vars: dict = field(default_factory=dict)
    citations: CitationMode = "footnotes"
    style: str = "practitioner"
    reference: str = ""
    location: Location | None = None
    extra: dict = field(default_factory=dict)    # kind-specific keys (KIND_KEYS), validated
    value_locations: dict = field(default_factory=dict, compare=False)  # key -> where its value is

    def lines(self, key: str) -> list[str]:
        value = self.extra.get(key)
        if value is None or value == "":
            return []
        return [str(v) for v in value] if isinstance(value, list) else str(value).splitlines()

    @property
    def stem(self) -> str:
        return self.path.stem

    def get(self, key: str, default: str = "") -> str:
        return self.text.get(key) or default


def _scalar(value) -> bool:
    """Text as YAML may write it: a string or a number (a date, a year), never a list, mapping or boolean."""
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


def _lines(value) -> bool:
    """Text, or a list of lines each of which is text."""
    return _scalar(value) or (isinstance(value, list) and all(_scalar(v) for v in value))


def _check_kind_keys(data, kind: str, report: Report) -> None:
    """A key another kind takes is an error here (a memo has no ``prayer``); a key the kind requires
    (an IACHR petition's ``exhaustion``) must be given."""
    declared, a = DECLARED[kind], "an" if kind[0] in "aeiou" else "a"
    for key in data:
        if key in KIND_KEYS and key not in declared.all_keys:
            report.error(f"{a} {kind} does not take '{key}'", data.where(key), code="spec-key",
                         hint=f"'{key}' belongs to: {', '.join(kinds_taking(key))}")
    for key, why in declared.required:
        if data.get(key) in (None, "", []):
            report.error(f"{a} {kind} needs '{key}' ({why})", data.where(key) if key in data else data.where(),
                         code="spec-required", hint=f"add  {key}: …  (docs/kinds-and-styles.md lists each kind's keys)")


def load_spec(path: Path) -> BriefSpec:
    _confined(path)
    data = yamlfile.load(path)
    report = Report()
    if not isinstance(data, yamlfile.YDict):
        raise BriefgenError("a brief spec is a mapping (kind: memo, title: …, modules: […])",
                            getattr(data, "loc", Location(str(path), 1, 1)), code="spec")
    for key in data:
        if key not in KEYS:
            report.error(f"unknown key '{key}' in brief spec", data.where(key), code="spec-key",
                         hint=did_you_mean(str(key), KEYS) or f"keys: {', '.join(sorted(KEYS))}")
    kind = data.get("kind")
    if kind not in KINDS:
        report.error(f"kind must be one of {', '.join(KINDS)}" + (f", not '{kind}'" if kind else ""),
                     data.value_where("kind") if "kind" in data else data.where(), code="spec-kind",
                     hint=did_you_mean(str(kind), KINDS) if kind else "add  kind: memo")
    else:
        _check_kind_keys(data, kind, report)
    if isinstance(data.get("title"), (int, float)) and not isinstance(data.get("title"), bool):
        data["title"] = str(data["title"])  # title: 1984
    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        report.error("the brief needs a title", data.where("title") if "title" in data else data.where(),
                     code="spec-title")
    modules = data.get("modules")
    refs = []
    if not isinstance(modules, yamlfile.YList) or not modules:
        report.error("modules: a list of module names, e.g. [att/article-6]",
                     data.where("modules") if "modules" in data else data.where(), code="spec-modules")
    else:
        for i, name in enumerate(modules):
            if not isinstance(name, str):
                report.error("a module name is text, e.g. att/article-6", modules.where(i), code="spec-modules")
            else:
                refs.append(ModuleRef(name, modules.where(i)))
    text: dict[str, str] = {}
    for key in TEXT_KEYS:
        if key in data and data[key] is not None and key != "title":
            value = data[key]
            if not _lines(value):
                report.error(f"{key} must be text or a list of lines", data.value_where(key), code="spec-value")
                continue
            text[key] = "\n".join(map(str, value)) if isinstance(value, list) else str(value)
    if "date" in text:
        try:
            parse_date(text["date"])
        except ValueError as exc:
            report.error(f"date: {exc}", data.value_where("date"), code="spec-date", hint="write YYYY-MM-DD")
    citations = data.get("citations", "footnotes")
    if citations not in CITATION_MODES:
        report.error(f"citations must be footnotes or inline, not '{citations}'", data.value_where("citations"),
                     code="spec-citations")
    for key in ("style", "reference"):
        if key in data and data[key] is not None and not _scalar(data[key]):
            report.error(f"{key} must be text", data.value_where(key), code="spec-value")
    style = data.get("style", "practitioner") or "practitioner"
    vars_ = data.get("vars") or {}
    if not isinstance(vars_, dict):
        report.error("vars is a mapping of names to values", data.value_where("vars"), code="spec-vars")
        vars_ = {}
    extra: dict[str, Any] = {}
    for key, shape in KIND_KEYS.items():
        if key not in data or data[key] is None:
            continue
        value = data[key]
        ok = {"text": _scalar(value), "lines": _lines(value), "list": _lines(value), "map": isinstance(value, dict),
              "bool": isinstance(value, bool), "source": isinstance(value, (dict, str)),
              "people": isinstance(value, (list, dict, str))}[shape]
        if not ok:
            want = {"text": "text", "lines": "text or a list of lines", "list": "a list", "map": "a mapping",
                    "bool": "true or false", "source": "filters (committee: SSFR) or a .csv/.yaml path",
                    "people": "a list of people, a .csv/.yaml path, or {list: …, sort: name, columns: 2}"}[shape]
            report.error(f"{key} must be {want}", data.value_where(key), code="spec-value")
            continue
        extra[key] = [value] if shape == "list" and isinstance(value, str) else value
    if "stale_after" in extra:
        if parse_age(extra["stale_after"]) is None:
            report.error(f"stale_after must read like 5y, 18m or 90d, not {extra['stale_after']!r}",
                         data.value_where("stale_after"), code="spec-value",
                         hint="stale_after: 5y warns of facts, modules and records older than five years")
    if extra.get("notes") not in (None, "footnotes", "endnotes"):
        report.error("notes must be footnotes or endnotes", data.value_where("notes"), code="spec-value")
    if extra.get("headings") not in (None, "plain", "numbered"):
        report.error("headings must be plain or numbered", data.value_where("headings"), code="spec-value",
                     hint="numbered prints I., A., 1., a., i. before the body's headings of levels 1 to 5")
    recipient = extra.get("recipient")
    if recipient is not None:
        for key, value in recipient.items():
            if key not in ("name", "title", "address", "salutation", "organization"):
                report.error(f"unknown recipient key '{key}'", recipient.where(key), code="spec-key",
                             hint="recipient takes name, title, organization, address, salutation")
            elif value is not None and not (_lines(value) if key == "address" else _scalar(value)):
                report.error(f"recipient {key} must be text" + (" or a list of lines" if key == "address" else ""),
                             recipient.value_where(key), code="spec-value")
    report.raise_if_errors()
    return BriefSpec(path=Path(path), kind=cast(DocumentKind, kind), title=data["title"].strip(), modules=tuple(refs), text=text,
                     vars=dict(vars_), citations=citations, style=str(style), reference=str(data.get("reference") or ""),
                     location=data.where(), extra=extra, value_locations=dict(data.value_locs))
