"""Errors and diagnostics that carry a source location.

The library raises; only the CLI prints. Every message reads
``path:line:col: severity[code]: message`` so editors and CI can jump to it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Location:
    """Where something came from: ``briefs/memo.yaml:3:5``. Lines and columns count from 1."""

    path: str
    line: int = 0
    col: int = 0

    def __str__(self) -> str:
        out = self.path
        if self.line:
            out += f":{self.line}"
            if self.col:
                out += f":{self.col}"
        return out

    def shifted(self, lines: int = 0, col: int | None = None) -> "Location":
        return Location(self.path, self.line + lines, self.col if col is None else col)


def display_path(path: str | Path) -> str:
    """A path relative to the working folder when it lies below it, else as given."""
    p = Path(path)
    try:
        return str(p.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(p)


@dataclass(frozen=True)
class Diagnostic:
    """One finding: ``briefs/memo.yaml:3:1: error[spec-key]: unknown key 'titel'``."""

    severity: str  # "error" | "warning"
    code: str
    message: str
    location: Location | None = None
    hint: str = ""

    def format(self) -> str:
        where = f"{self.location}: " if self.location else ""
        text = f"{where}{self.severity}[{self.code}]: {self.message}"
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return text

    def as_dict(self) -> dict:
        loc = self.location
        return {
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
            "path": loc.path if loc else None,
            "line": loc.line if loc else None,
            "col": loc.col if loc else None,
            "hint": self.hint or None,
        }


class BriefgenError(Exception):
    """A mistake in the user's input. Carries one or more diagnostics."""

    def __init__(self, message: str = "", location: Location | None = None, code: str = "error",
                 hint: str = "", diagnostics: list[Diagnostic] | None = None):
        if diagnostics is None:
            diagnostics = [Diagnostic("error", code, message, location, hint)]
        self.diagnostics = diagnostics
        super().__init__("\n".join(d.format() for d in diagnostics))


class UsageError(BriefgenError):
    """The command line itself is wrong (exit 2)."""


@dataclass
class Report:
    """Collects diagnostics across a pass so the user sees every mistake at once."""

    items: list[Diagnostic] = field(default_factory=list)

    def error(self, message: str, location: Location | None = None, code: str = "error", hint: str = "") -> None:
        self.items.append(Diagnostic("error", code, message, location, hint))

    def warning(self, message: str, location: Location | None = None, code: str = "warning", hint: str = "") -> None:
        self.items.append(Diagnostic("warning", code, message, location, hint))

    def extend(self, diags) -> None:
        self.items.extend(diags)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity == "warning"]

    def raise_if_errors(self) -> None:
        if self.errors:
            raise BriefgenError(diagnostics=self.errors + self.warnings)


def did_you_mean(word: str, choices) -> str:
    """A 'did you mean' hint, or '' when nothing is close."""
    import difflib

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else ""
