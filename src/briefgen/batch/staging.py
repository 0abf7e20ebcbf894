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

import json
import os
import shutil
import stat
from pathlib import Path

from briefgen.errors import BriefgenError, Diagnostic, Location, UsageError, display_path

MARK = ".briefgen-batch"   # written first into every folder a batch is built in: the brief's name
INFO = "batch.json"        # the finished batch's record (see manifest)


class Staging:
    """The folders of one batch (or share) ``name`` of the brief ``brief`` in ``formats``.

    Nothing is removed or replaced that briefgen cannot show it made: the batch folder only when it
    is a real folder holding this brief's ``batch.json``; the hidden ones only when they hold its mark
    (a link there is removed as a link, never followed). A batch of formats the new one lacks, and
    a read-only letter, are errors before anything is written."""

    def __init__(self, out_dir: Path, name: str, resume: bool, brief: str | None = None, formats=()):
        self.out = Path(out_dir)
        self.final = self.out / name
        self.fresh = self.out / f".{name}.partial"
        self.previous = self.out / f".{name}.previous"
        self.old = self.out / f".{name}.old"
        self.lock_path = self.out / f".{name}.lock"
        self.resume = resume
        self.brief = brief if brief is not None else name
        self.formats = tuple(formats)
        self._lock: int | None = None

    def __enter__(self) -> "Staging":
        from briefgen.atomic import make_folder

        self._check()
        make_folder(self.out)
        self._take_lock()
        try:
            self._check()   # again, now that no other build of this batch can change it
            if not os.path.lexists(self.final) and self.old.is_dir() and not self.old.is_symlink():
                os.rename(self.old, self.final)  # a swap without exchange was cut short: put the batch back
            _remove(self.old)
            if os.path.lexists(self.fresh):
                if self.resume and not os.path.islink(self.fresh):
                    _remove(self.previous)   # .partial is newer: it holds what .previous gave it, and more
                    os.rename(self.fresh, self.previous)
                else:
                    _remove(self.fresh)
            if not self.resume:
                _remove(self.previous)
            make_folder(self.fresh)
            (self.fresh / MARK).write_text(self.brief + "\n", encoding="utf-8")
        except BaseException:
            self.__exit__()
            raise
        return self

    def _check(self) -> None:
        """Every folder this batch would remove or replace is one briefgen made for this brief; the batch
        there holds no format the new one lacks and no read-only letter."""
        if not self._ours(self.final, INFO, proof_only=True):
            raise UsageError(f"{display_path(self.final)} is not a batch of {self.brief} that briefgen wrote "
                             f"({self._why}); it was left as it is", code="not-a-batch",
                             hint="move it away, rename the spec, or pass another --out")
        for folder in (self.fresh, self.previous, self.old):
            if not os.path.islink(folder) and not self._ours(folder, MARK):
                raise UsageError(f"{display_path(folder)} is not a folder briefgen left ({self._why}); it was left "
                                 "as it is", code="not-a-batch", hint="move it away, or pass another --out")
        if os.path.lexists(self.final):
            self._same_formats()
            self._writable()

    _why = ""

    def _ours(self, folder: Path, proof: str, proof_only: bool = False) -> bool:
        """True when ``folder`` is absent, or a real folder holding ``proof`` (a regular file naming this
        brief; a batch.json always counts); otherwise False, with the reason in ``_why``."""
        try:
            st = os.lstat(folder)
        except (FileNotFoundError, NotADirectoryError):   # absent (--out itself may be a file: said later)
            return True
        if stat.S_ISLNK(st.st_mode):
            self._why = "it is a link"
            return False
        if not stat.S_ISDIR(st.st_mode):
            self._why = "it is not a folder"
            return False
        for name in dict.fromkeys((proof,) if proof_only else (proof, INFO)):
            brief = _recorded_brief(folder / name)
            if brief == self.brief:
                return True
            if brief is not None:
                self._why = f"it holds a batch of {brief}"
                return False
        self._why = f"it holds no {proof}"
        return False

    def _same_formats(self) -> None:
        try:
            info = json.loads((self.final / INFO).read_text(encoding="utf-8"))
            held = {str(f) for f in info.get("formats") or ()}
        except (OSError, ValueError, AttributeError):
            held = set()
        lost = sorted(held - set(self.formats))
        if lost and self.formats:
            every = ",".join(sorted(held | set(self.formats)))
            raise UsageError(f"{display_path(self.final)} holds this batch's {', '.join(sorted(held))} letters, which "
                             f"--to {','.join(self.formats)} would throw away", code="batch-formats",
                             hint=f"build --to {every} to keep every format, or delete "
                                  f"{display_path(self.final)} first to replace it")

    def _writable(self) -> None:
        locked = []
        for entry in sorted(os.scandir(self.final), key=lambda e: e.name):
            st = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(st.st_mode) and not st.st_mode & stat.S_IWUSR:
                locked.append(Path(entry.path))
        if locked:
            raise BriefgenError(diagnostics=[Diagnostic(
                "error", "output-readonly", f"letter {display_path(p)} is read-only; the batch was left as it is",
                Location(display_path(p)), "make it writable (chmod u+w) to let briefgen replace it, or build the "
                "batch into another --out") for p in locked])

    def _take_lock(self) -> None:
        try:
            import fcntl
        except ImportError:  # no advisory locks here: one build at a time is the user's to keep
            return
        try:
            fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o666)
        except OSError as exc:
            if os.path.islink(self.lock_path):
                raise UsageError(f"{display_path(self.lock_path)} is a symbolic link; briefgen does not open its "
                                 "lock through links", code="output-link", hint="remove the link") from None
            raise BriefgenError(f"cannot open {display_path(self.lock_path)}: {exc.strerror}", code="output",
                                hint="check --out: it must be a folder you can write to") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise UsageError(f"another build of {display_path(self.final)} is running", code="usage",
                             hint="wait for it to finish; shares of one batch (--shard) may run together") from None
        self._lock = fd

    def sources(self) -> list[Path]:
        """Folders whose letters --resume may keep: the interrupted batch, then the last complete one."""
        return [f for f in (self.previous, self.final) if self.resume and f.is_dir() and not f.is_symlink()]

    def commit(self) -> None:
        """Put the fresh folder in the final one's place; then remove the old batch."""
        os.unlink(self.fresh / MARK)   # its batch.json is written: that is the finished batch's proof
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
            os.close(self._lock)
            self._lock = None


def _recorded_brief(path: Path) -> str | None:
    """The brief a batch record or mark names, read only from a regular file (never through a link)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            return None
        data = fh.read(1 << 20)
    try:
        text = data.decode("utf-8")
        if path.name == INFO:
            brief = json.loads(text).get("brief")
            return brief if isinstance(brief, str) else None
        return text.strip()
    except (UnicodeDecodeError, ValueError, AttributeError):
        return None


def _remove(path: Path) -> None:
    """Remove a folder briefgen made (checked by the caller), or a link in its place (the link only)."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif os.path.lexists(path):
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
    """Keep a finished letter: a hard link when the folders share a file system, else a copy; only a
    regular file is kept (a link is never followed: it could lead anywhere)."""
    if not stat.S_ISREG(os.lstat(src).st_mode):
        raise OSError(f"{src} is not a regular file")
    try:
        os.link(src, dst, follow_symlinks=False)
    except OSError:
        shutil.copy2(src, dst, follow_symlinks=False)
