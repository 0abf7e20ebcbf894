"""``briefgen verify --online``: does each cited case exist, and is it the case the memo names?

An invented citation looks like any other; only a register of decisions can tell. The U.S. case
citations of a memo (read by eyecite from the whole text of each note, short forms resolved to their
full citation) or of a project's case records are asked of a :class:`Resolver` — one per register —
once per distinct reporter citation. Each answer is kept in an on-disk cache (:mod:`.cache`) with the
date it was checked, and compared with what the memo says: the case name, court and year, and the
pin against the last page where the register gives it (:mod:`.compare`).

Only the citation strings (``542 U.S. 692``) leave the machine; never the memo's text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from briefgen.errors import Location, UsageError

__all__ = ["Cited", "Match", "Answer", "Resolver", "ServiceError", "Lookup"]


class ServiceError(UsageError):
    """The register could not answer (no network, a refused token, a rate limit): exit 2, and never
    reported as "not found"."""


@dataclass(frozen=True)
class Cited:
    """One citation as the memo gives it: ``542 U.S. 692`` named *Sosa v. Alvarez-Machain* (2004), or
    ``22 U.S.C. § 2304``."""

    citation: str                  # "volume reporter page" (the reporter as eyecite normalises it), or "22 U.S.C. § 2304"
    name: str = ""                 # the case name the memo gives, if any
    year: int | None = None        # the year in the memo's parenthetical, if any
    court: str | None = None       # a courts-db id (``ca9``, ``scotus``) when the memo names the court
    pin: int | None = None         # the first page of a numeric pin, if any
    location: Location | None = None
    where: str = ""                # "footnote 12", "note 3", or an authority record's id
    text: str = ""                 # the citation as written, for messages


@dataclass(frozen=True)
class Match:
    """One decision a register holds under a citation."""

    name: str
    year: int | None = None
    court: str | None = None
    url: str = ""
    last_page: int | None = None
    other_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Answer:
    """What a register said of one citation, and when."""

    status: str                    # found | not-found | ambiguous | invalid
    matches: tuple[Match, ...] = ()
    checked: str = ""              # ISO date the register was asked
    cached: bool = False
    message: str = ""


@dataclass(frozen=True)
class Lookup:
    """A citation with its answer and the verdict on it, for the report and ``--format json``."""

    cite: Cited
    answer: Answer
    verdict: str                   # found | not-found | ambiguous | mismatch | invalid
    detail: str = ""
    source: str = ""

    def as_dict(self) -> dict:
        loc = self.cite.location
        best = self.answer.matches[0] if self.answer.matches else None
        return {
            "citation": self.cite.citation, "as_written": self.cite.text, "where": self.cite.where,
            "path": loc.path if loc else None, "line": loc.line if loc else None,
            "verdict": self.verdict, "detail": self.detail, "source": self.source,
            "checked": self.answer.checked, "cached": self.answer.cached,
            "found": [{"name": m.name, "court": m.court, "year": m.year, "url": m.url} for m in self.answer.matches],
            "case_name": best.name if best else None,
        }


class Resolver(Protocol):
    """A register of decisions: answers many citations at once; raises :class:`ServiceError` when it
    cannot answer at all. ``name`` identifies it in the cache and in reports."""

    name: str

    def lookup(self, citations: list[str]) -> dict[str, Answer]: ...


@dataclass
class Options:
    """How to ask: through the network (the default of ``--online``) or the cache alone."""

    cache_only: bool = False
    refresh: bool = False
    extra: dict = field(default_factory=dict)
