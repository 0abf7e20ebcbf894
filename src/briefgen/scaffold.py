"""``briefgen new``: a brief spec and a first module, with comments that teach the format."""
from __future__ import annotations

import datetime as dt
import re
from importlib import resources
from pathlib import Path

from briefgen.errors import UsageError
from briefgen.spec import KINDS
from briefgen import atomic



def _template(name: str) -> str:
    return resources.files("briefgen").joinpath("templates", name).read_text(encoding="utf-8")


def new_brief(kind: str, name: str, root: Path, today: dt.date | None = None) -> list[Path]:
    """Write briefs/NAME.yaml and briefs/modules/NAME/introduction.md (and a project skeleton if needed)."""
    if kind not in KINDS:
        raise UsageError(f"unknown kind '{kind}'", code="usage", hint=f"briefgen new {'|'.join(KINDS)} NAME")
    if not re.fullmatch(r"[A-Za-z0-9][\w-]*", name):
        raise UsageError(f"'{name}' is not a usable name", code="usage",
                         hint="use letters, digits, - and _, e.g. mexico-exports")
    spec = root / "briefs" / f"{name}.yaml"
    module = root / "briefs" / "modules" / name / "introduction.md"
    from briefgen.project import inside

    for path in (spec, module):
        inside(path, root, "new file")   # never written through a link out of the project
        if path.exists():
            raise UsageError(f"{path.relative_to(root)} exists", code="exists", hint="choose another name")
    title = name.replace("-", " ").replace("_", " ").capitalize()
    today = today or dt.date.today()
    written = []
    authorities = root / "authorities"
    if not authorities.is_dir() or not any(authorities.iterdir()):
        atomic.write_text(authorities / "authorities.yaml", _template("authorities.yaml"))
        written.append(authorities / "authorities.yaml")
    if not (root / "schemas").is_dir():  # the files' yaml-language-server lines point here
        from briefgen.schema import write_schemas

        written += write_schemas(root / "schemas")
    from briefgen.kinds import long_date

    atomic.write_text(spec, _template(f"{kind}.yaml").format(name=name, title=title, date=today.isoformat(),
                                                             long_date=long_date(today.isoformat())))
    atomic.write_text(module, _template(f"module-{kind}.md"))
    return written + [spec, module]
