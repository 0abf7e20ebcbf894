"""Where a user's project keeps its parts, and the rule that nothing climbs out of it.

The project root is the nearest folder, from the brief upward, that holds both
``briefs/`` and ``authorities/``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from briefgen.errors import BriefgenError, Location, UsageError, display_path


def confine(path: Path, root: Path, what: str = "file", location: Location | None = None) -> Path:
    """``path``'s real path, which must lie inside ``root``: a link that leads out of the project (to a
    home folder, to /proc/self/environ) is an error naming the link and its target, never read."""
    real = Path(os.path.realpath(path))
    if not real.is_relative_to(os.path.realpath(root)):
        raise BriefgenError(f"{what} {display_path(path)} is a link to {real}, outside the project", location,
                            code="outside-project", hint="copy the file into the project, or remove the link")
    return real


def plain_name(name: str, what: str) -> str:
    """``name`` if it is a plain file name (no folder, no ``..``, not hidden): what ``--name`` and
    ``--into`` take, so that nothing they name can land outside the folder it belongs in."""
    if not name or "/" in name or "\\" in name or "\0" in name or name.startswith(".") or len(name) > 120:
        raise UsageError(f"{what} '{name}' is not a plain name", code="usage",
                         hint=f"give {what} a name such as old-memo: no folders, no leading dot")
    return name


def inside(path: Path, root: Path, what: str = "file") -> Path:
    """``path`` for writing, refused when its folder (or ``path``, if it exists) leads out of ``root``
    through a link: a write must land in the project."""
    here = Path(os.path.abspath(path))
    probe = here if os.path.lexists(here) else next((p for p in here.parents if p.exists()), here.parent)
    real = Path(os.path.realpath(probe))
    if not real.is_relative_to(os.path.realpath(root)):
        raise BriefgenError(f"{what} {display_path(here)} lies through a link at {display_path(probe)} to {real}, "
                            "outside the project", code="outside-project",
                            hint="remove the link, or copy what it points to into the project")
    return here


def unless_it_leaves(path: Path, root: Path, what: str = "file") -> Path:
    """``path`` for writing: when it passes through the project, it must not leave it through a link
    (a cloned ``styles -> ~``); a path named outside the project is the user's to choose."""
    here = Path(os.path.abspath(path))
    real_root = os.path.realpath(root)
    if any(Path(os.path.realpath(p)).is_relative_to(real_root) for p in here.parents):
        inside(here, root, what)
    return here


def source_files(folder: Path, suffixes, root: Path, report) -> list[Path]:
    """The files under ``folder`` with one of ``suffixes``, sorted, each confined to ``root``;
    a link out is reported and left out."""
    if not folder.is_dir():
        return []
    out = []
    for path in sorted(p for p in folder.rglob("*") if p.suffix in suffixes and p.is_file()):
        try:
            confine(path, root, "file")
            out.append(path)
        except BriefgenError as exc:
            report.extend(exc.diagnostics)
    return out


def file_stamps(folders) -> dict:
    """Size and modification time of every file below ``folders`` (dot files aside), by path: what the
    build's caches and ``--watch`` compare to notice an edit. A file that vanishes mid-scan is not there."""
    import stat

    stamps = {}
    for folder in map(Path, folders):
        if not folder.is_dir():
            continue
        for p in sorted(folder.rglob("*")):
            if p.name.startswith("."):
                continue
            try:
                st = p.stat()
            except OSError:  # removed or renamed between the listing and now
                continue
            if stat.S_ISREG(st.st_mode):
                stamps[str(p)] = (st.st_size, st.st_mtime_ns)
    return stamps


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
        start = Path(os.path.abspath(start))
        here = (start if start.is_dir() else start.parent).resolve()  # a file's folder, not a link's target's
        for folder in [here, *here.parents]:
            if (folder / "briefs").is_dir() and (folder / "authorities").is_dir():
                return cls(folder)
        raise UsageError(f"no briefgen project above {display_path(start)}", code="project",
                         hint="a project is a folder holding briefs/ and authorities/")

    def module_path(self, name: str, location: Location | None = None) -> Path:
        """``att/article-6`` -> ``briefs/modules/att/article-6.md``, never outside ``briefs/modules``."""
        clean = name.strip().removesuffix(".md")
        if not clean or "\0" in clean or len(clean) > 200 or any(len(part) > 120 for part in clean.split("/")):
            raise BriefgenError(f"'{name[:60]}{'…' if len(name) > 60 else ''}' is not a module name", location,
                                code="module-path", hint="name modules relative to briefs/modules, e.g. att/article-6")
        if Path(clean).is_absolute() or ".." in Path(clean).parts:
            raise BriefgenError(f"module name '{name}' leaves briefs/modules", location, code="module-path",
                                hint="name modules relative to briefs/modules, e.g. att/article-6")
        target = self.modules / f"{clean}.md"
        if not target.is_file():
            from briefgen.errors import did_you_mean

            raise BriefgenError(f"unknown module '{name}' (no file {display_path(target)})", location,
                                code="unknown-module",
                                hint=did_you_mean(clean, self.module_names()) or "list modules with `briefgen modules`")
        confine(target, self.root, "module", location)
        return target

    def module_names(self) -> list[str]:
        if not self.modules.is_dir():
            return []
        return sorted(p.relative_to(self.modules).with_suffix("").as_posix() for p in self.modules.rglob("*.md"))

    def brief_files(self) -> list[Path]:
        return sorted(p for p in self.briefs.glob("*.yaml") if p.is_file())
