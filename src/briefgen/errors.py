"""Errors and diagnostics that carry a source location.

The library raises; only the CLI prints. Every message reads
``path:line:col: severity[code]: message`` so editors and CI can jump to it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from briefgen.document import Location
from briefgen.names import Severity

__all__ = ["Location", "Diagnostic", "BriefgenError", "UsageError", "Report", "did_you_mean", "display_path",
           "visible"]


def display_path(path: str | Path) -> str:
    """A path relative to the working folder when it lies below it, else as given."""
    from briefgen.invocation import current

    p = Path(path)
    try:
        return str(p.resolve().relative_to(current().cwd.resolve()))
    except (ValueError, OSError):
        return str(p)


_CONTROL = None


def visible(text: str) -> str:
    """``text`` with control characters (C0 but newline, DEL, C1) and bidirectional overrides written
    as escapes: ``\\x1b``, ``\\u202e``."""
    global _CONTROL
    import re

    if _CONTROL is None:
        _CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1] if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}",
                        text)


# What to do about a mistake, for messages that carry no hint of their own.
DEFAULT_HINTS = {
    "no-briefs": "create briefs/<name>.yaml (briefgen new memo NAME writes one), or name a spec",
    "usage": "see `briefgen COMMAND --help`",
    "exists": "pass --force to replace it",
    "spec": "a spec starts with  kind: memo  and  title: …  on lines of their own",
    "spec-title": "add  title: …  to the spec",
    "spec-modules": "list module names relative to briefs/modules, without .md",
    "spec-citations": "write  citations: footnotes  or  citations: inline",
    "spec-vars": "write  vars: {client: the Clinic}",
    "spec-value": "see the brief spec section of the README",
    "yaml": "check indentation, colons and quotes on this line",
    "recipients": "filters are committee, chamber, state, party and bioguide; or give a .csv/.yaml path",
    "reference-docx": "give a .docx path relative to the project, or run `briefgen styles init`",
    "pdf": "run with --debug and report this; --to docx still works",
    "authority-field": "each kind's fields, with examples, are in docs/authorities.md; `briefgen schema DIR` "
                       "writes JSON Schemas editors can check against",
    "authority-file": "an authorities file is a YAML list: - id: key / kind: case / …",
    "csl": "Zotero's CSL-JSON export is an array of items, each with an id and a type",
    "bibtex": "each entry looks like @book{key, title = {…}, year = {2016}}",
    "shard": "write e.g. --shard 2/4 for the second of four slices",
    "congress-data": "run `briefgen legislators fetch` for fresh files",
    "fetch": "check the address, or try again later; the files you had are kept",
    "cite-syntax": "a cluster looks like [see @key, 19 (noting …); see also @other, 4]",
    "style": "use practitioner, law-review, or a .csl file",
    "module-front": "front matter is YAML between two --- lines: title, summary, requires, argues, params",
    "jinja": "check the expression on this line; modules may use variables, filters and loops",
    "fact-support": "write support: [{cite: key, pin: '15', parenthetical: 'reporting …'}]",
    "fact-file": "a facts file is a YAML list: - id: … / statement: … / support: [...] / supports: [...]",
    "fact-field": "a fact needs an id and a statement",
    "fact-duplicate": "give each fact its own id",
    "framework-file": "a framework file holds id, title, source and elements",
    "framework-field": "each element needs an id and text",
    "element-field": "an element is {id: attack, text: …, any_of: [murder, torture]}",
    "support-field": "a support is {cite: key, pin: '15', parenthetical: 'reporting …'}",
    "framework-duplicate": "give each framework its own id",
}


@dataclass(frozen=True)
class Diagnostic:
    """One finding: ``briefs/memo.yaml:3:1: error[spec-key]: unknown key 'titel'``."""

    severity: Severity
    code: str
    message: str
    location: Location | None = None
    hint: str = ""

    @property
    def advice(self) -> str:
        return self.hint or DEFAULT_HINTS.get(self.code, "")

    def format(self) -> str:
        """One line (and a hint), control characters escaped: a file name holding an escape sequence
        (OSC 52 writes to the clipboard) never reaches the terminal raw."""
        where = visible(str(self.location)).replace("\n", "\\n") + ": " if self.location else ""
        note = f"{visible(self.location.note)}: " if self.location and self.location.note else ""
        text = f"{where}{self.severity}[{self.code}]: {note}{visible(self.message)}"
        if self.advice:
            text += f"\n  hint: {visible(self.advice)}"
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
            "hint": self.advice or None,
            **({"note": int(loc.note.split()[-1])} if loc and loc.note else {}),
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

    def extend(self, diags: Iterable[Diagnostic]) -> None:
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


def did_you_mean(word: str, choices: Iterable[object]) -> str:
    """A 'did you mean' hint when one choice is very likely what was meant, else ''.

    Likely means a few keystrokes away (a letter left out, doubled, swapped or mistyped: one for a
    word of up to 7 characters, two up to 14, three beyond) or the word with a part left off or
    added (``case`` for ``caselaw``). ``sadat2013`` is not a misspelling of ``schabas2016``.
    """
    import difflib

    word = str(word)
    scored = []
    for choice in dict.fromkeys(str(c) for c in choices):
        a, b = word.lower(), choice.lower()
        distance = _edits(a, b)
        limit = 1 if len(a) <= 7 else 2 if len(a) <= 14 else 3
        affix = min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)) and \
            min(len(a), len(b)) * 2 >= max(len(a), len(b))
        if distance <= limit or affix:
            scored.append((-distance, difflib.SequenceMatcher(None, a, b).ratio(), choice))
    return f"did you mean '{max(scored)[2]}'?" if scored else ""


def _edits(a: str, b: str) -> int:
    """Edits (insert, delete, replace, swap two neighbours) that turn ``a`` into ``b``."""
    prev2, prev = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if prev2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], prev2[j - 2] + 1)
        prev2, prev = prev, row
    return prev[-1]
