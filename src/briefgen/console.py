"""What the command line prints: diagnostics (coloured only on a terminal), progress bars, what was
built, what a check found, a closing summary — or one JSON document with ``--json``; ``--quiet`` keeps
only errors. The CLI owns the one Console of a command; nothing else in briefgen prints."""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field

import typer

COLOURS = {"error": "red", "warning": "yellow"}


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


@dataclass
class Console:
    quiet: bool = False
    as_json: bool = False
    diagnostics: list = field(default_factory=list)
    documents: list = field(default_factory=list)
    unchanged: frozenset = frozenset()   # what the previous round of --watch showed: counted, not printed again
    _bars: list = field(default_factory=list)
    _seen: set = field(default_factory=set)

    @property
    def colour(self) -> bool:
        from briefgen.invocation import current

        return sys.stderr.isatty() and not current().env.get("NO_COLOR")

    def out(self, text: str = "") -> None:
        typer.echo(text)

    def note(self, text: str) -> None:
        """A line for the person at the terminal (not data): on standard error, control characters escaped."""
        from briefgen.errors import visible

        typer.echo(visible(text), err=True)

    def diagnostic(self, d) -> None:
        """Print a finding once per command, however many briefs or letters report it."""
        if d in self._seen:
            return
        self._seen.add(d)
        self.diagnostics.append(d)
        if self.as_json or (self.quiet and d.severity != "error") or d in self.unchanged:
            return
        text = d.format()
        if self.colour:
            head, sep, rest = text.partition(f"{d.severity}[")
            text = head + typer.style(d.severity, fg=COLOURS.get(d.severity), bold=True) + "[" + rest
        typer.echo(text, err=True)

    def diagnostics_of(self, diags) -> None:
        for d in diags:
            self.diagnostic(d)

    # ------------------------------------------------------------ progress

    def progress(self, length: int, label: str):
        """A progress bar on a terminal; None elsewhere (logs stay clean)."""
        if self.quiet or self.as_json or not sys.stderr.isatty() or length < 2:
            return None
        return typer.progressbar(length=length, label=label, file=sys.stderr)

    def start(self, length: int, label: str) -> None:
        """Open a progress bar (on a terminal only) that :meth:`step` advances and :meth:`finish` closes;
        bars nest, so a letter batch inside a multi-brief build gets its own."""
        bar = self.progress(length, label)
        if bar:
            bar.__enter__()
        self._bars.append(bar)

    def step(self, n: int = 1) -> None:
        if self._bars and self._bars[-1]:
            self._bars[-1].update(n)

    def finish(self) -> None:
        bar = self._bars.pop() if self._bars else None
        if bar:
            bar.__exit__(None, None, None)

    # ------------------------------------------------------------ build

    def built(self, result) -> None:
        """One brief's outputs (an api.BuildResult), after its warnings."""
        self.diagnostics_of(result.diagnostics)
        from briefgen.errors import display_path as shown

        record = {"brief": shown(result.brief), "files": [shown(f) for f in result.files],
                  "documents": result.documents,
                  "pages": result.pages, "footnotes": result.footnotes,
                  "warnings": sum(d.severity == "warning" for d in result.diagnostics)}
        batch = result.letters
        if result.manifest:
            record |= {"manifest": shown(result.manifest), "folder": shown(result.folder)}
        if batch:
            record |= {"file_count": batch.files, "built": batch.built, "kept": batch.kept,
                       "letters_with_warnings": batch.warned, "signatories": batch.signatories,
                       "combined": shown(batch.combined) if batch.combined else None}
        self.documents.append(record)
        if self.quiet or self.as_json:
            return
        if batch:
            notes = [f"{batch.kept} kept from before"] if batch.kept else []
            if batch.signatories is not None:
                notes.append(plural(batch.signatories, "signatory", "signatories"))
            if batch.warned:
                notes.append(f"{batch.warned} with warnings in the manifest")
            typer.echo(f"wrote {plural(result.documents, 'letter')} to {shown(result.folder)}/ "
                       f"({plural(batch.files, 'file')}{', 1 combined PDF' if batch.combined else ''}); manifest "
                       f"{record['manifest']}" + (f"; {', '.join(notes)}" if notes else ""))
        else:
            typer.echo(f"wrote {', '.join(record['files'])} ({plural(result.footnotes, 'footnote')})")

    def totals(self) -> dict:
        """Documents, PDF pages, footnotes and warnings over every brief built, letters included."""
        return {"documents": sum(d.get("documents", 1) for d in self.documents),
                "pages": sum(d.get("pages", 0) for d in self.documents),
                "footnotes": sum(d.get("footnotes", 0) for d in self.documents),
                "warnings": sum(d.severity == "warning" for d in self.diagnostics),
                "errors": sum(d.severity == "error" for d in self.diagnostics)}

    def summary(self) -> None:
        total = self.totals()
        errors, warnings = total["errors"], total["warnings"]
        if self.as_json:
            typer.echo(json.dumps({"documents": self.documents, "totals": total, "errors": errors,
                                   "warnings": warnings, "diagnostics": [d.as_dict() for d in self.diagnostics]},
                                  indent=2, ensure_ascii=False))
            return
        if self.quiet or len(self.documents) + errors == 0:
            return
        docs, notes, pages = total["documents"], total["footnotes"], total["pages"]
        parts = [plural(docs, "document")]
        if pages:
            parts.append(plural(pages, "PDF page"))
        parts.append(plural(notes, "footnote"))
        parts.append(plural(warnings, "warning"))
        if errors:
            parts.append(plural(errors, "error"))
        typer.echo("built " + ", ".join(parts) if docs else "nothing built: " + ", ".join(parts[1:]), err=True)

    # ------------------------------------------------------------ check

    def checked(self, project_check, fmt: str = "text", lookups=None) -> None:
        """What ``briefgen check`` found (an api.ProjectCheck), as text or one JSON document; ``lookups``
        are ``check --online``'s answers for the project's case records."""
        from briefgen.errors import display_path as shown

        if fmt == "json":
            out = {"briefs": [{"brief": shown(b.brief), "diagnostics": [d.as_dict() for d in b.diagnostics],
                               "elements": [_row_json(r) for r in b.elements]} for b in project_check.briefs],
                   "diagnostics": [d.as_dict() for d in project_check.diagnostics],
                   "errors": project_check.errors, "warnings": project_check.warnings}
            if lookups is not None:
                out["lookups"] = [x.as_dict() for x in lookups]
            typer.echo(json.dumps(out, indent=2, ensure_ascii=False))
            return
        for b in project_check.briefs:
            self.diagnostics_of(b.diagnostics)
            if b.elements:
                typer.echo(f"{shown(b.brief)}: elements argued and their support")
                for row in b.elements:
                    mark = "ok  " if row.facts else "MISSING"
                    typer.echo(f"  {mark} {row.element.id}: {row.element.text}")
                    for f in row.facts:
                        support = ", ".join(s.cite + (" " + s.pin if s.pin else "") for s in f.support)
                        typer.echo(f"         {f.id} <- {support}")
        self.diagnostics_of(project_check.diagnostics)
        if lookups is not None:
            self.looked_up("authorities", lookups)
        typer.echo(f"{plural(len(project_check.briefs), 'brief')} checked: {plural(project_check.errors, 'error')}, "
                   f"{plural(project_check.warnings, 'warning')}")


    # ------------------------------------------------------------ verify

    def verified(self, results, fmt: str = "text", lookups: dict | None = None, explain: bool = False) -> int:
        """What ``briefgen verify`` found: ``results`` is [(file, diagnostics, unread notes)]; ``lookups`` (with
        ``--online``) each file's case citations and what the register said; returns the number of errors.
        Notes it could not read are counted (and listed with ``explain`` or in JSON), not warned of."""
        from briefgen.errors import display_path as shown

        found = list(dict.fromkeys(d for _, ds, _ in results for d in ds))   # a module two briefs share: once
        errors = sum(d.severity == "error" for d in found)
        warnings = sum(d.severity == "warning" for d in found)
        if fmt == "json":
            files = []
            for p, ds, unread in results:
                entry = {"file": shown(p), "diagnostics": [d.as_dict() for d in ds],
                         "unread": [{"note": n, "path": w.path, "line": w.line, "col": w.col, "text": t}
                                    for n, w, t in unread]}
                if lookups is not None:
                    entry["lookups"] = [x.as_dict() for x in lookups.get(p, [])]
                files.append(entry)
            typer.echo(json.dumps({"files": files, "errors": errors, "warnings": warnings}, indent=2,
                                  ensure_ascii=False))
            return errors
        for p, ds, _ in results:
            self.diagnostics_of(ds)
            if lookups is not None:
                self.looked_up(shown(p), lookups.get(p, []))
        summary = f"{plural(len(results), 'file')} verified: {plural(errors, 'error')}, {plural(warnings, 'warning')}"
        for path, _, unread in results:
            if not unread:
                continue
            notes = ", ".join(str(n) for n, _, _ in unread)
            summary += f"; {shown(path)}: {plural(len(unread), 'note')} not read: {notes}"
            if explain:
                for n, where, text in unread:
                    typer.echo(f"{where}: note {n} not read: {text}")
        if not explain and any(u for _, _, u in results):
            summary += " (--explain lists them)"
        typer.echo(summary)
        return errors

    def looked_up(self, what: str, lookups) -> None:
        """``--online``: one line per citation — what the register found — then a count per register."""
        for x in lookups:
            where = f" ({x.cite.where})" if x.cite.where else ""
            when = f" [cached {x.answer.checked}]" if x.answer.cached else ""
            detail = f": {x.detail}" if x.detail else ""
            typer.echo(f"  {x.verdict:<9} {x.cite.citation}{where}{detail}{when}")
        by_source: dict = {}
        for x in lookups:
            counts = by_source.setdefault(x.source, {})
            counts[x.verdict] = counts.get(x.verdict, 0) + 1
        parts = []
        for source, counts in by_source.items():
            noun = "section" if source == "the U.S. Code" else "case citation"
            summary = ", ".join(f"{n} {v}" for v, n in sorted(counts.items()))
            parts.append(f"{plural(sum(counts.values()), noun)} looked up in {source}: {summary}")
        typer.echo(f"{what}: " + ("; ".join(parts) or "no U.S. case citation to look up"))

    # ------------------------------------------------------------ modules and authorities

    def modules(self, rows: list[dict], fmt: str = "text") -> None:
        """``briefgen modules``: each module's title, summary, and what it requires and argues."""
        if fmt == "json":
            typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
            return
        for r in rows:
            typer.echo(f"{r['module']}: {r['title']}")
            if r["summary"]:
                typer.echo(f"    {r['summary']}")
            typer.echo(f"    requires: {', '.join(r['requires']) or '-'}")
            typer.echo(f"    argues:   {', '.join(r['argues']) or '-'}")

    def authority(self, auth, cite: str) -> None:
        """``briefgen authorities show``: where a record is, its citation, its fields, its note last."""
        typer.echo(f"{auth.id} ({auth.kind}), {auth.location}")
        typer.echo(f"  cite: {cite}")
        for name, value in auth.data.items():
            if name != "note":
                typer.echo(f"  {name}: {value}")
        if auth.get("note"):
            typer.echo(f"  note: {auth.get('note')}")

    # ------------------------------------------------------------ letters manifest

    def merged(self, merged, shares: int, out=None) -> None:
        """What ``briefgen letters manifest`` found in a batch's shares (a letters.manifest.Merged)."""
        for severity, text in merged.problems:
            self.note(f"{severity}: {text}")
        if merged.missing:
            self.note(f"missing: {plural(len(merged.missing), 'letter')} of {merged.total} ({_ranges(merged.missing)})")
        by_folders: dict = {}
        for number, where in sorted(merged.duplicates.items()):
            by_folders.setdefault(tuple(where), []).append(number)
        for where, numbers in by_folders.items():
            self.note(f"duplicate: {plural(len(numbers), 'letter')} ({_ranges(numbers)}) in {', '.join(where)}")
        for folder, name in merged.absent:
            self.note(f"absent: {folder}/{name} is in the manifest but not in the folder")
        self.note(f"{merged.brief}: {len(merged.rows)} of {merged.total} letters in {plural(shares, 'share')}"
                  + ("" if merged.complete else "; incomplete") + (f"; merged manifest {out}" if out else ""))


def _ranges(numbers: list[int]) -> str:
    """Numbers as ranges (at most ten ranges shown).

    >>> _ranges([3, 4, 5, 9])
    '3-5, 9'
    """
    spans: list = []
    for n in numbers:
        if spans and spans[-1][1] == n - 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    text = ", ".join(f"{a}-{b}" if a != b else str(a) for a, b in spans[:10])
    return text + (f", and {len(spans) - 10} more" if len(spans) > 10 else "")


def _row_json(row) -> dict:
    return {"element": row.element.id, "text": row.element.text, "module": row.module, "supported": bool(row.facts),
            "facts": [{"id": f.id, "statement": f.statement,
                       "authorities": [{"cite": s.cite, "pin": s.pin} for s in f.support]} for f in row.facts]}
