"""``briefgen build --watch``: rebuild in this process whenever an input changes.

Polling file times is enough here (a project is a few hundred files) and needs no
dependency; the build's own caches notice which authorities and facts changed.
"""
from __future__ import annotations

import stat
import time
from pathlib import Path
from typing import Callable

WATCHED = ("briefs", "authorities", "styles", "data")


def snapshot(root: Path, extra=()) -> dict:
    """Size and modification time of every input file of the project, and of the ``extra`` folders
    the command line names (congress data kept outside the project). A file that vanishes while
    it is read is simply not there."""
    stamps = {}
    folders = [root / name for name in WATCHED] + [Path(f) for f in extra]
    for folder in folders:
        if not folder.is_dir():
            continue
        for p in folder.rglob("*"):
            if p.name.startswith("."):
                continue
            try:
                st = p.stat()
            except OSError:  # removed or renamed between the listing and now
                continue
            if stat.S_ISREG(st.st_mode):
                stamps[str(p)] = (st.st_size, st.st_mtime_ns)
    return stamps


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
