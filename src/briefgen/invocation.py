"""The command being run: the folder it was run in and its environment.

The command line sets one for each command — the resident server one per request — so the library
reads the caller's folder and ``SOURCE_DATE_EPOCH`` without touching the process's own working
folder or environment. With none set, it is the process's.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping


@dataclass(frozen=True)
class Invocation:
    """``Invocation(Path('/home/ana/clinic'), {'SOURCE_DATE_EPOCH': '0'})``."""

    cwd: Path
    env: Mapping[str, str] = field(default_factory=dict)
    strict: bool = False  # ``--strict``: what the data merely repeats (a duplicate row) is an error

    def path(self, given) -> Path:
        """A path from the command line, taken relative to the command's folder."""
        return self.cwd / Path(given)


_CURRENT: ContextVar[Invocation | None] = ContextVar("briefgen_invocation", default=None)


def current() -> Invocation:
    return _CURRENT.get() or Invocation(Path.cwd(), os.environ)


@contextmanager
def running(invocation: Invocation):
    """Run the body as ``invocation``: its folder and environment are what the library sees."""
    token = _CURRENT.set(invocation)
    try:
        yield invocation
    finally:
        _CURRENT.reset(token)
