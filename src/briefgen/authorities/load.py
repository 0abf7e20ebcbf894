"""Load every authority file of a project into one :class:`Library`.

``authorities/*.yaml`` (native), ``*.json`` (CSL-JSON, as Zotero exports it) and
``*.bib`` (BibTeX, read through citeproc-py) all become the same records.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from briefgen import yamlfile
from briefgen.authorities.csl import to_native
from briefgen.authorities.model import Authority, validate
from briefgen.errors import BriefgenError, Location, Report, display_path


@dataclass
class Library:
    """Authorities by id, in the order they were read."""

    by_id: dict[str, Authority] = field(default_factory=dict)
    unmapped: dict[str, list[str]] = field(default_factory=dict)
    # ids of records that did not load (their file's errors say why) -> that file, so citations of them
    # are counted once instead of each being an "unknown authority"
    unavailable: dict[str, str] = field(default_factory=dict)

    def __contains__(self, key: str) -> bool:
        return key in self.by_id

    def __getitem__(self, key: str) -> Authority:
        return self.by_id[key]

    def __len__(self) -> int:
        return len(self.by_id)

    def add(self, auth: Authority, report: Report) -> None:
        if auth.id in self.by_id:
            first = self.by_id[auth.id].location
            report.error(f"duplicate authority id '{auth.id}' (first defined at {first})", auth.location,
                         code="authority-duplicate", hint="give each authority its own id")
            return
        self.by_id[auth.id] = auth


def load_yaml_file(path: Path, lib: Library, report: Report) -> None:
    data = yamlfile.load(path)
    if data is None:
        return
    if isinstance(data, dict) and "authorities" in data:
        data = data["authorities"]
    if not isinstance(data, list):
        raise BriefgenError("an authorities file holds a list of records (- id: …)",
                            getattr(data, "loc", Location(display_path(path))), code="authority-file")
    for i, rec in enumerate(data):
        if not isinstance(rec, dict):
            report.error("each authority is a mapping of fields", data.where(i), code="authority-file")
            continue
        auth = validate(rec, rec.where(), report, where=rec.where)
        if auth:
            lib.add(auth, report)
        elif isinstance(rec.get("id"), (str, int)):
            lib.unavailable.setdefault(str(rec["id"]), display_path(path))


def _record_lines(text: str, pattern: str) -> dict[str, int]:
    return {m.group(1): text.count("\n", 0, m.start()) + 1 for m in re.finditer(pattern, text)}


def load_csl_items(items, path: str, lib: Library, report: Report, text: str = "") -> None:
    lines = _record_lines(text, r'"id"\s*:\s*"([^"]+)"') if text else {}
    for item in items:
        if not isinstance(item, dict) or "id" not in item:
            report.error("CSL-JSON item without an id", Location(path), code="csl")
            continue
        loc = Location(path, lines.get(str(item["id"]), 0), 1 if lines.get(str(item["id"])) else 0)
        rec, unmapped = to_native(item)
        if rec.get("kind") is None:
            report.error(f"CSL item '{item['id']}': type '{item.get('type')}' has no authority kind", loc,
                         code="csl-type", hint="use legal_case, legislation, treaty, report, book, …")
            continue
        auth = validate(rec, loc, report)
        if auth:
            lib.add(Authority(auth.id, auth.kind, auth.data, loc, origin="csl"), report)
            if unmapped:
                lib.unmapped[auth.id] = unmapped
        else:
            lib.unavailable.setdefault(str(item["id"]), path)


def load_json_file(path: Path, lib: Library, report: Report) -> None:
    text = yamlfile.read_text(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BriefgenError(f"broken CSL-JSON: {exc.msg}", Location(display_path(path), exc.lineno, exc.colno),
                            code="csl", hint="check commas and quotes; Zotero exports an array [ {…}, … ]") from None
    if isinstance(data, dict) and isinstance(data.get("items"), list):
        data = data["items"]
    if not isinstance(data, list):
        raise BriefgenError("CSL-JSON must be an array of items", Location(display_path(path), 1, 1), code="csl")
    load_csl_items(data, display_path(path), lib, report, text)


NAME_FIELDS = {"author", "editor", "translator", "container-author", "collection-editor", "recipient"}


def bibtex_items(path: Path) -> list[dict]:
    """Read BibTeX with citeproc-py and return CSL-JSON-shaped dicts."""
    text = yamlfile.read_text(path)
    opens, closes = text.count("{"), text.count("}")
    if opens != closes:
        line = _unbalanced_line(text)
        raise BriefgenError(f"broken BibTeX: {opens} '{{' but {closes} '}}'", Location(display_path(path), line, 1),
                            code="bibtex", hint="every entry and field value needs its closing brace")
    import warnings

    from citeproc.source.bibtex import BibTeX

    try:
        with warnings.catch_warnings():  # "unsupported field" notices: fields briefgen does not map either
            warnings.simplefilter("ignore")
            source = BibTeX(str(path), encoding="utf-8")
    except Exception as exc:  # citeproc-py raises bare exceptions on bad syntax
        raise BriefgenError(f"broken BibTeX: {exc}", Location(display_path(path), 1, 1), code="bibtex") from None
    items = []
    for key, ref in source.items():
        item: dict = {"id": key, "type": ref.type}
        for name, value in ref.items():
            if name in ("key", "type"):
                continue
            csl = name.replace("_", "-")
            if csl == "container-title-short":
                continue
            if csl in NAME_FIELDS:  # names: citeproc-py keeps their parts as its own string type
                item[csl] = [{k: str(v) for k, v in n.items()} if isinstance(n, dict) else str(n) for n in value]
            elif hasattr(value, "get") and "year" in value:
                parts = [value.get("year"), value.get("month"), value.get("day")]
                item[csl] = {"date-parts": [[p for p in parts if p]]}
            else:
                item[csl] = str(value)
        items.append(item)
    return items


def _unbalanced_line(text: str) -> int:
    depth = 0
    for i, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith("@") and depth != 0:
            return i - 1
        depth += line.count("{") - line.count("}")
    return max(1, len(text.splitlines()))


def load_bib_file(path: Path, lib: Library, report: Report) -> None:
    text = yamlfile.read_text(path)
    items = bibtex_items(path)
    lines = _record_lines(text, r"@\w+\s*\{\s*([^,\s]+)\s*,")
    for item in items:
        item.setdefault("_line", lines.get(item["id"], 0))
    load_csl_items([{k: v for k, v in it.items() if k != "_line"} for it in items], display_path(path), lib, report)
    for it in items:
        if it["id"] in lib.by_id and lib.by_id[it["id"]].origin == "csl":
            a = lib.by_id[it["id"]]
            lib.by_id[it["id"]] = Authority(a.id, a.kind, a.data, Location(display_path(path), it["_line"], 1),
                                            origin="bibtex")


LOADERS = {".yaml": load_yaml_file, ".yml": load_yaml_file, ".json": load_json_file, ".bib": load_bib_file}


def load_library(folder: Path, report: Report) -> Library:
    """Every authority file under ``folder`` (sorted, so ids and order are stable)."""
    lib = Library()
    if not folder.is_dir():
        return lib
    for path in sorted(p for p in folder.rglob("*") if p.suffix in LOADERS and p.is_file()):
        try:
            LOADERS[path.suffix](path, lib, report)
        except BriefgenError as exc:
            report.extend(exc.diagnostics)
            for key in declared_ids(path):
                if key not in lib.by_id:
                    lib.unavailable.setdefault(key, display_path(path))
    return lib


ID_PATTERNS = {".yaml": r"(?m)^\s*-?\s*id:\s*[\"']?([^\s\"'#]+)", ".yml": r"(?m)^\s*-?\s*id:\s*[\"']?([^\s\"'#]+)",
               ".json": r'"id"\s*:\s*"([^"]+)"', ".bib": r"@\w+\s*\{\s*([^,\s]+)\s*,"}


def declared_ids(path: Path) -> list[str]:
    """The ids a file that failed to parse seems to declare, read from its text line by line."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    return re.findall(ID_PATTERNS[path.suffix], text)
