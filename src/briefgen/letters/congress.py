"""The public-domain congress-legislators files, read into members with their addresses and titles.

Files: ``legislators-current.yaml``, ``committees-current.yaml``,
``committee-membership-current.yaml`` (the schema of the upstream project's data dictionary).
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from briefgen.errors import BriefgenError, Location, UsageError

FILES = ("legislators-current.yaml", "committees-current.yaml", "committee-membership-current.yaml")
DELEGATE_STATES = {"DC", "GU", "VI", "AS", "MP"}
RESIDENT_COMMISSIONER_STATES = {"PR"}


@dataclass(frozen=True)
class Member:
    """A current member: ``Member('R000584', 'James E. Risch', 'Risch', 'ID', 0, 'Republican', 'senate', …)``."""

    bioguide: str
    name: str
    last: str
    state: str
    district: int | None
    party: str
    chamber: str              # senate | house
    office: str               # "483 Russell Senate Office Building", or ""
    city: str                 # "Washington, DC 20510"
    gender: str = ""
    role: str = "Senator"     # Senator | Representative | Delegate | Resident Commissioner
    warnings: tuple = ()


@dataclass
class Congress:
    members: dict = field(default_factory=dict)        # bioguide -> Member
    committees: dict = field(default_factory=dict)     # thomas id (SSFR, SSFR09) -> name
    membership: dict = field(default_factory=dict)     # thomas id -> list of {bioguide, title, rank, party}

    def committees_of(self, bioguide: str) -> list[str]:
        return [self.committees.get(cid, cid) for cid, rows in self.membership.items()
                if any(r.get("bioguide") == bioguide for r in rows) and cid in self.committees]


def _load_yaml(path: Path):
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.load(fh, Loader=loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise BriefgenError(f"cannot read congress data: {getattr(exc, 'problem', exc)}",
                            Location(str(path), mark.line + 1 if mark else 0, mark.column + 1 if mark else 0),
                            code="congress-data") from None


def split_address(line: str, chamber: str) -> tuple[str, str]:
    """``'511 Hart Senate Office Building Washington DC 20510'`` -> office line, ``'Washington, DC 20510'``."""
    m = re.search(r"\s*Washington,?\s+D\.?C\.?\s*(\d{5}(?:-\d{4})?)?\s*$", line or "", re.I)
    default_zip = "20510" if chamber == "senate" else "20515"
    if not m:
        return (line or "").strip(), f"Washington, DC {default_zip}"
    return line[: m.start()].strip().rstrip(","), f"Washington, DC {m.group(1) or default_zip}"


def member_from(record: dict) -> Member:
    name = record.get("name") or {}
    term = (record.get("terms") or [{}])[-1]
    warnings = []
    chamber = "senate" if term.get("type") == "sen" else "house"
    full = name.get("official_full")
    if not full:
        full = " ".join(p for p in (name.get("first"), name.get("middle"), name.get("last"), name.get("suffix")) if p)
        full = re.sub(r"\s*\([^)]*\)", "", full)
        warnings.append("no official full name in the data; used first, middle and last names")
    address = term.get("address") or ""
    office, city = split_address(address, chamber)
    if not address:
        warnings.append("no office address in the data; addressed to the chamber")
    state = term.get("state", "")
    if chamber == "senate":
        role = "Senator"
    elif state in DELEGATE_STATES:
        role = "Delegate"
    elif state in RESIDENT_COMMISSIONER_STATES:
        role = "Resident Commissioner"
    else:
        role = "Representative"
    district = term.get("district")
    return Member(bioguide=(record.get("id") or {}).get("bioguide", ""), name=full, last=name.get("last", ""),
                  state=state, district=district if chamber == "house" else None, party=term.get("party", ""),
                  chamber=chamber, office=office, city=city, gender=(record.get("bio") or {}).get("gender", ""),
                  role=role, warnings=tuple(warnings))


UPSTREAM = "https://unitedstates.github.io/congress-legislators/"
DOWNLOADS = FILES + ("legislators-current.csv",)


def cache_dir() -> Path:
    """Where ``briefgen legislators fetch`` keeps the files: ``$XDG_CACHE_HOME/briefgen/congress``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "briefgen" / "congress"


def fetch(base_url: str = UPSTREAM, dest: Path | None = None, timeout: float = 60) -> Path:
    """Download the current files; each lands atomically, so a failed fetch keeps the old copy."""
    import urllib.error
    import urllib.request

    from briefgen import atomic

    dest = dest or cache_dir()
    fetched = {}
    for name in DOWNLOADS:
        url = base_url.rstrip("/") + "/" + name
        try:
            with urllib.request.urlopen(url, timeout=timeout) as resp:  # noqa: S310 - http(s) only
                fetched[name] = resp.read()
        except (urllib.error.URLError, OSError) as exc:
            raise BriefgenError(f"cannot download {url}: {getattr(exc, 'reason', exc)}", code="fetch",
                                hint="check the network, or pass --url to a mirror") from None
    _load_yaml_bytes(fetched[FILES[0]], url)  # refuse to replace good data with something unreadable
    for name, data in fetched.items():
        atomic.write_bytes(dest / name, data)
    return dest


def _load_yaml_bytes(data: bytes, where: str):
    import yaml

    try:
        return yaml.load(data, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
    except yaml.YAMLError as exc:
        raise BriefgenError(f"downloaded data is not YAML: {exc}", code="fetch") from None


def data_dir(option: str | None, project_root: Path | None) -> Path:
    """``--legislators DIR``, else ``BRIEFGEN_LEGISLATORS``, else the project's ``data/congress/``,
    else the cache that ``briefgen legislators fetch`` fills."""
    project_data = project_root / "data" / "congress" if project_root else None
    fallback = project_data if project_data and (project_data / FILES[0]).is_file() else cache_dir()
    for candidate in (option, os.environ.get("BRIEFGEN_LEGISLATORS"), str(fallback)):
        if candidate:
            path = Path(candidate)
            if not (path / FILES[0]).is_file():
                raise UsageError(f"no {FILES[0]} in {path}", code="congress-data",
                                 hint="pass --legislators DIR, set BRIEFGEN_LEGISLATORS, or run "
                                      "`briefgen legislators fetch`")
            return path
    raise UsageError("no congress-legislators data", code="congress-data",
                     hint="pass --legislators DIR or run `briefgen legislators fetch`")


@lru_cache(maxsize=4)
def load(folder: str) -> Congress:
    """Read the three files once per process."""
    root = Path(folder)
    congress = Congress()
    for record in _load_yaml(root / FILES[0]) or []:
        m = member_from(record)
        if m.bioguide:
            congress.members[m.bioguide] = m
    if (root / FILES[1]).is_file():
        for c in _load_yaml(root / FILES[1]) or []:
            name = re.sub(r"^(Senate|House|Joint) ", "", c.get("name", ""))
            congress.committees[c["thomas_id"]] = name
            for sub in c.get("subcommittees") or []:
                congress.committees[c["thomas_id"] + str(sub["thomas_id"])] = f"Subcommittee on {sub['name']}"
    if (root / FILES[2]).is_file():
        congress.membership = _load_yaml(root / FILES[2]) or {}
    return congress
