"""Answers kept on disk by citation, so a re-run (and CI) asks nothing of the network.

The cache lives outside every project — ``$XDG_CACHE_HOME/briefgen/citation-lookup/`` (by default
``~/.cache/…``) — one small JSON file per register, endpoint and citation, with the date the answer
was checked. The folder is the user's own (mode 0700); a folder that is a symbolic link or belongs
to someone else is refused rather than written through.

>>> import tempfile, pathlib
>>> c = Cache(pathlib.Path(tempfile.mkdtemp()) / "c")
>>> c.put("cl", "https://x/", "542 U.S. 692", {"status": "found"}, "2026-12-07")
>>> c.get("cl", "https://x/", "542 U.S. 692")["checked"]
'2026-12-07'
"""
from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Mapping
from pathlib import Path

from briefgen.online import ServiceError

MAX_ENTRY = 1_000_000   # bytes: a cached answer is a few KB; anything larger is not ours


def default_root(env: Mapping[str, str]) -> Path:
    base = env.get("XDG_CACHE_HOME") or str(Path(env.get("HOME") or Path.home()) / ".cache")
    return Path(base) / "briefgen" / "citation-lookup"


class Cache:
    """``get``/``put`` answers by (register, endpoint, citation)."""

    def __init__(self, root: Path):
        self.root = Path(root)

    def _file(self, resolver: str, endpoint: str, citation: str) -> Path:
        digest = hashlib.sha256(f"{resolver}\n{endpoint}\n{citation}".encode()).hexdigest()[:40]
        return self.root / f"{digest}.json"

    def get(self, resolver: str, endpoint: str, citation: str) -> dict | None:
        path = self._file(resolver, endpoint, citation)
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
        except OSError:
            return None
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_ENTRY or info.st_uid != os.getuid():
                return None
            with os.fdopen(fd, "rb") as fh:
                fd = -1
                entry = json.loads(fh.read().decode("utf-8"))
        except (OSError, ValueError, UnicodeDecodeError):
            return None
        finally:
            if fd >= 0:
                os.close(fd)
        if not isinstance(entry, dict) or entry.get("citation") != citation or not isinstance(entry.get("answer"), dict):
            return None
        return entry

    def put(self, resolver: str, endpoint: str, citation: str, answer: dict, checked: str) -> None:
        self._ensure_root()
        path = self._file(resolver, endpoint, citation)
        data = json.dumps({"citation": citation, "resolver": resolver, "endpoint": endpoint, "checked": checked,
                           "answer": answer}, ensure_ascii=False, sort_keys=True).encode("utf-8")
        temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(temp, path)
        except OSError as exc:
            try:
                temp.unlink()
            except OSError:
                pass
            raise ServiceError(f"cannot write the citation cache {self.root}: {exc.strerror or exc}",
                               code="lookup-cache", hint="set XDG_CACHE_HOME to a folder of your own") from None

    def _ensure_root(self) -> None:
        for folder in (self.root.parent, self.root):
            try:
                folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            except OSError as exc:
                raise ServiceError(f"cannot make the citation cache {folder}: {exc.strerror or exc}",
                                   code="lookup-cache", hint="set XDG_CACHE_HOME to a folder of your own") from None
        info = os.lstat(self.root)
        if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
            raise ServiceError(f"the citation cache {self.root} is not a folder of your own (a link, a file, or "
                               f"another user's)", code="lookup-cache",
                               hint="remove it, or set XDG_CACHE_HOME to a folder of your own")
