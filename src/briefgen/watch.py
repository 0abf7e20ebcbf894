"""``briefgen build --watch``: rebuild in this process whenever an input changes.

Polling file times is enough here (a project is a few hundred files) and needs no
dependency; the build's own caches notice which authorities and facts changed.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Callable

WATCHED = ("briefs", "authorities", "styles", "data")


def snapshot(root: Path) -> dict:
    """Size and modification time of every input file of the project."""
    stamps = {}
    for name in WATCHED:
        folder = root / name
        if folder.is_dir():
            for p in folder.rglob("*"):
                if p.is_file() and not p.name.startswith("."):
                    st = p.stat()
                    stamps[str(p)] = (st.st_size, st.st_mtime_ns)
    return stamps


def watch(root: Path, rebuild: Callable[[list[str]], None], should_stop: Callable[[], bool] = lambda: False,
          interval: float = 0.2) -> None:
    """Call ``rebuild(changed_paths)`` after every change, until ``should_stop()`` or Ctrl-C."""
    before = snapshot(root)
    while not should_stop():
        time.sleep(interval)
        now = snapshot(root)
        if now != before:
            changed = sorted(k for k in set(now) | set(before) if now.get(k) != before.get(k))
            before = now
            rebuild(changed)
