"""``briefgen check --online --fix``: the address the register gave, written into a case record that
has none — as one new ``url:`` line under the record's ``id``, so the rest of the file (comments,
order, quoting) stays exactly as the author wrote it. Only native YAML records in block style are
changed; each file is rewritten atomically, once."""
from __future__ import annotations

import json
from pathlib import Path

from briefgen.errors import Report


def add_urls(lookups, library, report: Report) -> list[Path]:
    from briefgen.atomic import write_text

    edits: dict[Path, list[tuple[int, int, str]]] = {}
    for lookup in lookups:
        if lookup.verdict != "found" or not lookup.answer.matches:
            continue
        auth = library.by_id.get(lookup.cite.where)
        if auth is None or auth.get("url"):
            continue
        url = lookup.answer.matches[0].url
        loc = auth.location
        if not url or auth.origin != "yaml" or loc is None or not loc.line:
            report.warning(f"authority '{auth.id}': found at {url or 'no address'}, but its record is not a YAML "
                           f"record briefgen can add a line to", loc, code="lookup-fix",
                           hint=f"add  url: {url}  to the record by hand" if url else "")
            continue
        edits.setdefault(Path(loc.path), []).append((loc.line, loc.col, url))
    written = []
    for path, changes in edits.items():
        from briefgen.invocation import current

        full = path if path.is_absolute() else current().path(path)
        lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
        for line, col, url in sorted(changes, reverse=True):
            here = lines[line - 1] if line <= len(lines) else ""
            if not here[col - 1:].startswith("id:"):
                report.warning(f"{path}:{line}: the record is not in block style; url not added", None,
                               code="lookup-fix", hint=f"add  url: {url}  to the record by hand")
                continue
            newline = "\r\n" if here.endswith("\r\n") else "\n"
            lines.insert(line, " " * (col - 1) + f"url: {json.dumps(url)}" + newline)
        write_text(full, "".join(lines))
        written.append(path)
    return written
