"""Atomic output: every file is written beside its target, then renamed over it, so a failed or
interrupted build leaves the previous file exactly as it was; :func:`write_all` renames a brief's
files only once all of them are written, so its outputs are all new or all old.

Modes: a new file gets ``0666 & ~umask``, as any program's would; a replaced file keeps its mode.
A read-only output is never replaced, and an output that is a symbolic link is refused rather than
followed (it could point outside the output folder) or silently turned into a regular file.
Temporary files carry their process id, so the next write into the folder removes those a killed
build left behind, and never another running build's.
"""
from __future__ import annotations

import os
import re
import signal
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path

from briefgen.errors import BriefgenError, display_path

_TEMP = re.compile(r"^\..+\.(\d+)\.[^.]+\.tmp$")


def write_bytes(path: Path, data: bytes) -> None:
    write_all({Path(path): data})


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


def write_all(outputs: dict) -> None:
    """Write ``{path: bytes}``: every file to a temporary beside its target first, then every rename."""
    try:
        _write_all(outputs)
    except OSError as exc:  # a folder that is a file, a full disk, no permission: say which file
        where = Path(exc.filename) if exc.filename else None
        raise BriefgenError(f"cannot write {display_path(where) if where else 'the output'}: {exc.strerror or exc}",
                            code="output", hint="check --out: it must be a folder you can write to") from None


def _write_all(outputs: dict) -> None:
    staged: list[tuple[str, Path]] = []
    renamed = 0
    try:
        for path, data in outputs.items():
            path = Path(path)
            mode = _checked_mode(path)
            make_folder(path.parent)
            _remove_stale(path.parent)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
            staged.append((tmp, path))
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, mode)
        with _signals_held():  # Ctrl-C waits for the last rename: the files are all new or all old
            for tmp, path in staged:
                os.replace(tmp, path)
                renamed += 1
    finally:
        for tmp, _ in staged[renamed:]:
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass


@contextmanager
def _signals_held():
    """Hold SIGINT and SIGTERM (delivered right after) while the body runs, where the platform allows."""
    held = {signal.SIGINT, signal.SIGTERM}
    try:
        old = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    except (AttributeError, ValueError, OSError):
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _checked_mode(path: Path) -> int:
    """The mode the new file gets; a read-only or linked output is an error."""
    try:
        st = path.lstat()
    except FileNotFoundError:
        return 0o666 & ~_umask()
    if stat.S_ISLNK(st.st_mode):
        raise BriefgenError(f"output {display_path(path)} is a symbolic link; briefgen does not write through links",
                            code="output-link", hint="remove the link, or choose another --out folder")
    if stat.S_ISDIR(st.st_mode):
        raise BriefgenError(f"output {display_path(path)} is a folder", code="output",
                            hint="remove it, or choose another --out folder")
    if not st.st_mode & stat.S_IWUSR:
        raise BriefgenError(f"output {display_path(path)} is read-only; it was left as it is", code="output-readonly",
                            hint="make it writable (chmod u+w) to let briefgen replace it")
    return stat.S_IMODE(st.st_mode)


def _umask() -> int:
    from briefgen.invocation import umask

    return umask()


def make_folder(folder: Path) -> None:
    """``mkdir -p`` whose new folders get the command's umask (the caller's, through the server)."""
    folder = Path(folder)
    missing = []
    while not os.path.lexists(folder) and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    mask = _umask()
    ours = os.umask(mask)   # this process's, put straight back
    os.umask(ours)
    for path in reversed(missing):
        try:
            path.mkdir()
        except FileExistsError:
            continue
        if mask != ours:   # the server runs a client's command: its umask, keeping a set-group-id bit
            os.chmod(path, (os.stat(path).st_mode & stat.S_ISGID) | (0o777 & ~mask))


def _remove_stale(folder: Path) -> None:
    """Remove temporary files of processes that no longer run (a build killed mid-write)."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        m = _TEMP.match(name)
        if m and not _alive(int(m.group(1))):
            try:
                os.unlink(folder / name)
            except OSError:
                pass


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
