"""Where a user's project keeps its parts, and the rule that nothing climbs out of it.

The project root is the nearest folder, from the brief upward, that holds both
``briefs/`` and ``authorities/``.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefgen.errors import BriefgenError, Location, UsageError, display_path


@dataclass(frozen=True)
class Project:
    root: Path

    @property
    def briefs(self) -> Path:
        return self.root / "briefs"

    @property
    def modules(self) -> Path:
        return self.briefs / "modules"

    @property
    def facts(self) -> Path:
        return self.briefs / "facts"

    @property
    def frameworks(self) -> Path:
        return self.briefs / "frameworks"

    @property
    def authorities(self) -> Path:
        return self.root / "authorities"

    @property
    def styles(self) -> Path:
        return self.root / "styles"

    @classmethod
    def find(cls, start: Path) -> "Project":
        start = Path(start).resolve()
        here = start if start.is_dir() else start.parent
        for folder in [here, *here.parents]:
            if (folder / "briefs").is_dir() and (folder / "authorities").is_dir():
                return cls(folder)
        raise UsageError(f"no briefgen project above {display_path(start)}", code="project",
                         hint="a project is a folder holding briefs/ and authorities/")

    def module_path(self, name: str, location: Location | None = None) -> Path:
        """``att/article-6`` -> ``briefs/modules/att/article-6.md``, never outside ``briefs/modules``."""
        clean = name.strip().removesuffix(".md")
        target = (self.modules / f"{clean}.md").resolve()
        if not clean or Path(clean).is_absolute() or ".." in Path(clean).parts or \
                not target.is_relative_to(self.modules.resolve()):
            raise BriefgenError(f"module name '{name}' leaves briefs/modules", location, code="module-path",
                                hint="name modules relative to briefs/modules, e.g. att/article-6")
        return target

    def module_names(self) -> list[str]:
        if not self.modules.is_dir():
            return []
        return sorted(p.relative_to(self.modules).with_suffix("").as_posix() for p in self.modules.rglob("*.md"))

    def brief_files(self) -> list[Path]:
        return sorted(p for p in self.briefs.glob("*.yaml") if p.is_file())
