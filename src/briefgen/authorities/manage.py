"""``briefgen authorities list | show | import``: the database from the command line."""
from __future__ import annotations

from pathlib import Path

from briefgen.authorities.load import Library, bibtex_items
from briefgen.authorities.csl import to_native
from briefgen.authorities.model import validate
from briefgen.errors import BriefgenError, Location, Report, UsageError, display_path


def import_file(source: Path, authorities: Path, into: str | None = None) -> tuple[Path, list[str], dict]:
    """Convert CSL-JSON or BibTeX into a native YAML file, keeping ids.

    Returns (written file, imported ids, unmapped fields by id). Ids already in the
    project are an error, so an import never silently shadows a record.
    """
    import json

    import yaml

    from briefgen.authorities.load import load_library
    from briefgen import atomic
    from briefgen import yamlfile

    if source.suffix == ".bib":
        items = bibtex_items(source)
    elif source.suffix == ".json":
        text = yamlfile.read_text(source)
        try:
            items = json.loads(text)
        except json.JSONDecodeError as exc:
            raise BriefgenError(f"broken CSL-JSON: {exc.msg}", Location(display_path(source), exc.lineno, exc.colno),
                                code="csl") from None
        items = items.get("items", items) if isinstance(items, dict) else items
    else:
        raise UsageError(f"cannot import {source.name}", code="usage", hint="import a .json (CSL-JSON) or .bib file")
    existing = load_library(authorities, Report())
    report = Report()
    records, unmapped = [], {}
    for item in items:
        rec, missing = to_native(item)
        if rec.get("kind") is None:
            report.error(f"item '{item.get('id')}': type '{item.get('type')}' has no authority kind",
                         Location(display_path(source)), code="csl-type")
            continue
        if rec["id"] in existing:
            report.error(f"id '{rec['id']}' is already in the project ({existing[rec['id']].location})",
                         Location(display_path(source)), code="authority-duplicate", hint="rename it in the source")
            continue
        if validate(rec, Location(display_path(source)), report):
            records.append(rec)
            if missing:
                unmapped[rec["id"]] = missing
    report.raise_if_errors()
    target = authorities / f"{into or source.stem}.yaml"
    if target.exists():
        raise UsageError(f"{display_path(target)} exists", code="exists", hint="pass --into NAME for a new file")
    header = ("# yaml-language-server: $schema=../schemas/authorities.schema.json\n"
              f"# Imported from {source.name}. Check each record against its source and add a note.\n")
    body = yaml.safe_dump(records, sort_keys=False, allow_unicode=True, width=110)
    atomic.write_text(target, header + body)
    return target, [r["id"] for r in records], unmapped


def listing(lib: Library) -> list[tuple[str, str, str]]:
    """(id, kind, full citation) for every authority."""
    from briefgen.citations import bluebook as bb

    return [(key, a.kind, bb.runs_text(bb.full(a))) for key, a in lib.by_id.items()]
