"""Where something came from in the user's files. Its own module, so the document model
needs nothing else of briefgen."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Location:
    """Where something came from: ``briefs/memo.yaml:3:5``. Lines and columns count from 1."""

    path: str
    line: int = 0
    col: int = 0

    def __str__(self) -> str:
        out = self.path
        if self.line:
            out += f":{self.line}"
            if self.col:
                out += f":{self.col}"
        return out
