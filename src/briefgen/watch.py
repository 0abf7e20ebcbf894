"""``briefgen build --watch``: rebuild in this process whenever an input changes.

Polling file times is enough here (a project is a few hundred files) and needs no
dependency; the build's own caches notice which authorities and facts changed.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Callable

WATCHED = ("briefs", "authorities", "styles", "data")


def snapshot(root: Path, extra=()) -> dict:
    """The stamps of every input file of the project, and of the ``extra`` folders the command line
    names (congress data kept outside the project)."""
    from briefgen.project import file_stamps

    return file_stamps([root / name for name in WATCHED] + [Path(f) for f in extra])


def watch(root: Path, rebuild: Callable[[list[str]], None], should_stop: Callable[[], bool] = lambda: False,
          interval: float = 0.2, extra=()) -> None:
    """Call ``rebuild(changed_paths)`` after every change, until ``should_stop()`` or Ctrl-C."""
    before = snapshot(root, extra)
    while not should_stop():
        time.sleep(interval)
        now = snapshot(root, extra)
        if now != before:
            changed = sorted(k for k in set(now) | set(before) if now.get(k) != before.get(k))
            before = now
            rebuild(changed)
