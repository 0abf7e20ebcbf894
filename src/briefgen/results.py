"""What the library's commands return (briefgen.api): plain values the command line prints and
programs read. Kept apart so that importing them costs nothing."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from briefgen.errors import Diagnostic


@dataclass(frozen=True)
class LetterBatch:
    """What a letter batch adds: how many files, letters built now and kept from before (--resume),
    letters with warnings in the manifest, the signatories of a sign-on letter, the combined PDF."""

    files: int = 0
    built: int = 0
    kept: int = 0
    warned: int = 0
    signatories: int | None = None
    combined: Path | None = None


@dataclass(frozen=True)
class BuildResult:
    """What building one brief spec wrote: ``BuildResult(Path('briefs/memo.yaml'), (Path('build/memo.pdf'),),
    documents=1, pages=12, footnotes=79)``. A letter batch counts every letter and names its manifest."""

    brief: Path
    files: tuple
    documents: int = 1
    pages: int = 0
    footnotes: int = 0
    diagnostics: tuple = ()
    manifest: Path | None = None
    folder: Path | None = None
    letters: LetterBatch | None = None

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "warning"]


@dataclass(frozen=True)
class CheckResult:
    """What checking one brief found: every diagnostic, and for each argued element its supporting facts."""

    brief: Path
    diagnostics: tuple
    elements: tuple = ()        # coverage.Row values
    cited: frozenset = frozenset()

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "error"]


@dataclass(frozen=True)
class ProjectCheck:
    """:func:`check` over several briefs: each brief's result, and the project's own findings
    (authorities no checked brief cites)."""

    briefs: tuple
    diagnostics: tuple = ()

    @property
    def findings(self) -> list[Diagnostic]:
        """Every finding once, though several briefs report it (a module or an authority they share)."""
        return list(dict.fromkeys([d for b in self.briefs for d in b.diagnostics] + list(self.diagnostics)))

    @property
    def errors(self) -> int:
        return sum(d.severity == "error" for d in self.findings)

    @property
    def warnings(self) -> int:
        return sum(d.severity == "warning" for d in self.findings)

    def with_diagnostics(self, more: Iterable[Diagnostic]) -> "ProjectCheck":
        """The same check with the project's findings extended (``check --online`` adds its own)."""
        from dataclasses import replace

        return replace(self, diagnostics=tuple(self.diagnostics) + tuple(more))
