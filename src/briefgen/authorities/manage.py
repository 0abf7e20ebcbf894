"""``briefgen authorities list | show | import``: the database from the command line."""
from __future__ import annotations

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
                updates.setdefault(Path(old.location.path), {})[key] = mapped.record
            continue
        fresh.append(mapped.record)
    result.report.raise_if_errors()
    for path, records in updates.items():
        result.written.append(_update_file(path, records, result))
    if fresh:
        target = authorities / f"{into or source.stem}.yaml"
        if target.exists() and not update:
            raise UsageError(f"{display_path(target)} exists", code="exists",
                             hint="pass --into NAME for a new file, or --update to add to it")
        _write_records(target, _records_of(target) + fresh if target.exists() else fresh, source.name)
        result.added = [r["id"] for r in fresh]
        if target not in result.written:
            result.written.append(target)
    return result


def _records_of(path: Path) -> list:
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return data.get("authorities", []) if isinstance(data, dict) else data


def _update_file(path: Path, records: dict[str, dict], result: Imported) -> Path:
    """Refresh records in a YAML file that holds nothing but records (comments other than the header
    would be lost, so such a file is refused)."""
    text = path.read_text(encoding="utf-8")
    body = text.split("\n")
    header_end = next((i for i, line in enumerate(body) if not line.startswith("#")), len(body))
    if any(line.lstrip().startswith("#") for line in body[header_end:]):
        raise BriefgenError(f"cannot update {display_path(path)} in place: it holds comments", Location(
            display_path(path)), code="authority-update", hint="update those records by hand")
    out = []
    for rec in _records_of(path):
        new = records.get(str(rec.get("id")))
        if new is None:
            out.append(rec)
            continue
        merged = {**new, **{k: rec[k] for k in LOCAL_FIELDS if k in rec and k not in new}}
        changes = differences(rec, merged)
        if changes:
            result.changed[merged["id"]] = changes
        else:
            result.unchanged.append(merged["id"])
        out.append(merged)
    _write_records(path, out, "", "\n".join(body[:header_end]) + "\n" if header_end else "")
    return path


def _write_records(target: Path, records: list, source_name: str, header: str | None = None) -> None:
    import yaml

    from briefgen import atomic

    header = header if header is not None else HEADER.format(source=source_name)
    atomic.write_text(target, header + yaml.safe_dump(records, sort_keys=False, allow_unicode=True, width=110))
