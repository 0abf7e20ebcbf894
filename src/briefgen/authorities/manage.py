"""``briefgen authorities list | show | import``: the database from the command line."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.authorities.csl import to_native
from briefgen.authorities.load import bibtex_items
from briefgen.authorities.model import validate
from briefgen.errors import BriefgenError, Location, Report, UsageError, display_path

HEADER = ("# yaml-language-server: $schema=../schemas/authorities.schema.json\n"
          "# Imported from {source}. Check each record against its source and add a note.\n")
# fields a user adds by hand to an imported record; an update keeps them when the export has none
LOCAL_FIELDS = ("note", "short", "hereinafter", "unpinned", "lang", "url", "accessed")


@dataclass
class Imported:
    """What an import did: the files written, the ids added, what changed in updated records
    (``{'gao2016': ['date: 2016-01 -> 2016-02']}``), and each item's unused fields with advice."""

    written: list[Path] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    changed: dict[str, list[str]] = field(default_factory=dict)
    unchanged: list[str] = field(default_factory=list)
    unused: dict[str, str] = field(default_factory=dict)
    report: Report = field(default_factory=Report)


def read_items(source: Path) -> list[dict]:
    """A CSL-JSON or BibTeX file as CSL items."""
    from briefgen import yamlfile

    if source.suffix == ".bib":
        return bibtex_items(source)
    if source.suffix != ".json":
        raise UsageError(f"cannot import {source.name}", code="usage", hint="import a .json (CSL-JSON) or .bib file")
    items, _ = yamlfile.load_json(source, "CSL-JSON", hint="check commas and quotes; Zotero exports an array [ {…}, … ]")
    return items.get("items", []) if isinstance(items, dict) else items


def differences(old: dict, new: dict) -> list[str]:
    """``['date: 2016-01 -> 2016-02', 'url: added', 'number: removed']``."""
    out = []
    for key in dict.fromkeys([*old, *new]):
        if key in ("id", "kind") and old.get(key) == new.get(key):
            continue
        if key not in new:
            out.append(f"{key}: removed")
        elif key not in old:
            out.append(f"{key}: added")
        elif old[key] != new[key]:
            out.append(f"{key}: {old[key]} -> {new[key]}")
    return out


def import_file(source: Path, authorities: Path, into: str | None = None, update: bool = False) -> Imported:
    """Convert CSL-JSON or BibTeX into native YAML records, keeping ids.

    An id already in the project is an error, so an import never silently shadows a record; with
    ``update`` the record is refreshed from the export instead (fields a user added by hand and the
    export lacks are kept) and every change is listed. An item that cannot be mapped is skipped with
    a warning naming why; every field an item does not use is named with what to do.
    """
    from briefgen.authorities.load import load_library

    from briefgen.project import inside, plain_name

    if into is not None:
        plain_name(into, "--into")
    items = read_items(source)
    existing = load_library(authorities, Report())
    result = Imported()
    where = Location(display_path(source))
    fresh: list[dict] = []
    updates: dict[Path, dict[str, dict]] = {}
    for item in items:
        if not isinstance(item, dict) or "id" not in item:
            result.report.error("item without an id", where, code="csl")
            continue
        mapped = to_native(item)
        key = mapped.record["id"]
        if mapped.record.get("kind") is None:
            result.report.warning(f"item '{key}' skipped: its type '{item.get('type')}' is not a CSL type", where,
                                  code="csl-item")
            continue
        problems = Report()
        if not validate(mapped.record, where, problems):
            result.report.warning(f"item '{key}' skipped: {problems.errors[0].message}", where, code="csl-item",
                                  hint=problems.errors[0].hint)
            continue
        for message in mapped.warnings:
            result.report.warning(f"item '{key}': {message}", where, code="csl-court")
        if mapped.unused:
            result.unused[key] = mapped.advice()
        if key in existing:
            old = existing[key]
            if not update:
                result.report.error(f"id '{key}' is already in the project ({old.location})", where,
                                    code="authority-duplicate",
                                    hint="pass --update to refresh it from this export, or rename it in the source")
            elif old.origin != "yaml":
                result.report.error(f"'{key}' comes from {old.location.path}, not a YAML file", where,
                                    code="authority-duplicate", hint=f"replace {old.location.path} with the new export")
            else:
                updates.setdefault(Path(os.path.realpath(old.location.path)), {})[key] = mapped.record
            continue
        fresh.append(mapped.record)
    result.report.raise_if_errors()
    texts: dict[Path, str] = {}   # every file the import writes, written together at the end
    for path, records in updates.items():
        texts[path] = _updated(path, records, result)
        result.written.append(path)
    if fresh:
        target = Path(os.path.realpath(inside(authorities / f"{into or source.stem}.yaml", authorities.parent,
                                              "authorities file")))
        if target.exists() and not update:
            raise UsageError(f"{display_path(target)} exists", code="exists",
                             hint="pass --into NAME for a new file, or --update to add to it")
        if target.exists():
            texts[target] = _appended(target, texts.get(target), fresh)
        else:
            texts[target] = HEADER.format(source=source.name) + _dump(fresh)
        result.added = [r["id"] for r in fresh]
        if target not in result.written:
            result.written.append(target)
    from briefgen import atomic

    atomic.write_all({path: text.encode("utf-8") for path, text in texts.items()})
    return result


def _records_of(text: str) -> list:
    import yaml

    data = yaml.safe_load(text) or []
    return data.get("authorities", []) if isinstance(data, dict) else data


def _dump(records: list) -> str:
    import yaml

    return yaml.safe_dump(records, sort_keys=False, allow_unicode=True, width=110)


def _updated(path: Path, records: dict[str, dict], result: Imported) -> str:
    """The file's text with its records refreshed in place: every comment and line the changes do not
    touch stays."""
    from briefgen.authorities.yamledit import check, update_text

    text = path.read_text(encoding="utf-8")
    out, merged_by_id = [], {}
    for rec in _records_of(text):
        new = records.get(str(rec.get("id"))) if isinstance(rec, dict) else None
        if new is None:
            out.append(rec)
            continue
        merged = {**new, **{k: rec[k] for k in LOCAL_FIELDS if k in rec and k not in new}}
        changes = differences(rec, merged)
        if changes:
            result.changed[merged["id"]] = changes
            merged_by_id[merged["id"]] = merged
        else:
            result.unchanged.append(merged["id"])
        out.append(merged if changes else rec)
    if not merged_by_id:
        return text
    edited = update_text(text, merged_by_id, display_path(path))
    check(edited, out, display_path(path))
    return edited


def _appended(path: Path, text: str | None, records: list) -> str:
    """New records added at the end of a file that is a list of records, leaving what it holds as it is."""
    import yaml

    from briefgen.authorities.yamledit import check

    text = path.read_text(encoding="utf-8") if text is None else text
    if not isinstance(yaml.safe_load(text) or [], list):
        raise BriefgenError(f"cannot add records to {display_path(path)}: it is not a list of records",
                            Location(display_path(path)), code="authority-update",
                            hint="pass --into NAME to write the new records to a file of their own")
    edited = text + ("" if not text or text.endswith("\n") else "\n") + _dump(records)
    check(edited, _records_of(text) + records, display_path(path))
    return edited

