"""A batch is written into a fresh hidden folder beside its output folder and swapped in whole
when the last letter and the manifest are there: ``build/<brief>/`` always holds exactly one
complete batch, and an interrupted build leaves the previous one as it was.

    build/<brief>/              the last complete batch (letters, manifest.csv, batch.json)
    build/.<brief>.partial/     the batch being written; left by an interrupted build
    build/.<brief>.previous/    an interrupted batch that --resume is taking letters from
    build/.<brief>.lock         held while a build of this batch runs

A build without ``--resume`` throws away what an interrupted one left; with ``--resume`` the
interrupted folder becomes ``.previous`` and its finished, current letters (and those of the
last complete batch) are linked into the fresh folder instead of being built again.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from briefgen.errors import UsageError, display_path


class Staging:
    def __init__(self, out_dir: Path, name: str, resume: bool):
        self.out = Path(out_dir)
        self.final = self.out / name
        self.fresh = self.out / f".{name}.partial"
        self.previous = self.out / f".{name}.previous"
        self.old = self.out / f".{name}.old"
        self.lock_path = self.out / f".{name}.lock"
        self.resume = resume
        self._lock = None

    def __enter__(self) -> "Staging":
        if self.final.exists() and not self.final.is_dir():
            raise UsageError(f"{display_path(self.final)} exists and is not a folder", code="usage",
                             hint="move it away, or pass another --out")
        self.out.mkdir(parents=True, exist_ok=True)
        self._take_lock()
        if not self.final.exists() and self.old.is_dir():
            os.rename(self.old, self.final)  # a swap without exchange was cut short: put the batch back
        _remove(self.old)
        if self.fresh.exists():
            if self.resume:
                _remove(self.previous)   # .partial is newer: it holds what .previous gave it, and more
                os.rename(self.fresh, self.previous)
            else:
                _remove(self.fresh)
        if not self.resume:
            _remove(self.previous)
        self.fresh.mkdir()
        return self

    def _take_lock(self) -> None:
        try:
            import fcntl
        except ImportError:  # no advisory locks here: one build at a time is the user's to keep
            return
        self._lock = open(self.lock_path, "a")
        try:
            fcntl.flock(self._lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self._lock.close()
            self._lock = None
            raise UsageError(f"another build of {display_path(self.final)} is running", code="usage",
                             hint="wait for it to finish; shares of one batch (--shard) may run together") from None

    def sources(self) -> list[Path]:
        """Folders whose letters --resume may keep: the interrupted batch, then the last complete one."""
        return [f for f in (self.previous, self.final) if self.resume and f.is_dir()]

    def commit(self) -> None:
        """Put the fresh folder in the final one's place; then remove the old batch."""
        if self.final.exists():
            if not _exchange(self.fresh, self.final):
                os.rename(self.final, self.old)
                os.rename(self.fresh, self.final)
                _remove(self.old)
            else:
                _remove(self.fresh)   # now the old batch
        else:
            os.rename(self.fresh, self.final)
        _remove(self.previous)

    def __exit__(self, *exc) -> None:
        if self._lock is not None:
            self._lock.close()


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step (Linux renameat2 RENAME_EXCHANGE); False where that is unavailable."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def link_or_copy(src: Path, dst: Path) -> None:
    """Keep a finished letter: a hard link when the folders share a file system, else a copy."""
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)
