"""What the command line prints: diagnostics (coloured only on a terminal), progress bars,
a closing summary, or one JSON document with ``--json``; ``--quiet`` keeps only errors."""
from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field

import typer

COLOURS = {"error": "red", "warning": "yellow"}


@dataclass
class Console:
    quiet: bool = False
    as_json: bool = False
    diagnostics: list = field(default_factory=list)
    documents: list = field(default_factory=list)
    _bars: list = field(default_factory=list)

    @property
    def colour(self) -> bool:
        return sys.stderr.isatty() and not os.environ.get("NO_COLOR")

    def diagnostic(self, d) -> None:
        self.diagnostics.append(d)
        if self.as_json or (self.quiet and d.severity != "error"):
            return
        text = d.format()
        if self.colour:
            head, sep, rest = text.partition(f"{d.severity}[")
            text = head + typer.style(d.severity, fg=COLOURS.get(d.severity), bold=True) + "[" + rest
        typer.echo(text, err=True)

    def wrote(self, line: str, record: dict) -> None:
        self.documents.append(record)
        if not (self.quiet or self.as_json):
            typer.echo(line)

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
        parts = [f"{docs} document{'s' if docs != 1 else ''}"]
        if pages:
            parts.append(f"{pages} PDF page{'s' if pages != 1 else ''}")
        parts.append(f"{notes} footnote{'s' if notes != 1 else ''}")
        parts.append(f"{warnings} warning{'s' if warnings != 1 else ''}")
        if errors:
            parts.append(f"{errors} error{'s' if errors != 1 else ''}")
        typer.echo("built " + ", ".join(parts) if docs else "nothing built: " + ", ".join(parts[1:]), err=True)
