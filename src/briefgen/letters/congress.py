"""The public-domain congress-legislators files, read into members with their addresses and titles.

Files: ``legislators-current.yaml``, ``committees-current.yaml``,
``committee-membership-current.yaml`` (the schema of the upstream project's data dictionary).
The data comes from outside the project, so every record is checked before use: a file of the
wrong shape is a located error; a record that cannot be addressed (no bioguide id, no name, no
terms) is left out with a located warning, never addressed to a guessed office.
"""
from __future__ import annotations

import re
from typing import Any
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.errors import BriefgenError, Diagnostic, Location, UsageError, display_path
from briefgen.letters import states

FILES = ("legislators-current.yaml", "committees-current.yaml", "committee-membership-current.yaml")


@dataclass(frozen=True)
class Member:
    """A current member: ``Member('R000584', 'James E. Risch', 'Risch', 'ID', None, 'Republican', 'senate', …)``."""

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
    offices: dict = field(default_factory=dict)        # thomas id -> the committee's own office, where the data has it
    membership: dict = field(default_factory=dict)     # thomas id -> list of {bioguide, title, rank, party}
    problems: list = field(default_factory=list)       # warnings about records left out
    seats: dict = field(default_factory=dict)          # (state, district or None) -> [bioguide …]
    _by_member: dict | None = field(default=None, repr=False)

    def committees_of(self, bioguide: str) -> list[str]:
        if self._by_member is None:  # indexed once: a batch asks for every member
            self._by_member = {}
            for cid, rows in self.membership.items():
                if cid in self.committees:
                    for r in rows:
                        self._by_member.setdefault(r.get("bioguide"), []).append(self.committees[cid])
        return list(self._by_member.get(bioguide, []))

    def senators(self, state: str) -> list[Member]:
        return [self.members[b] for b in self.seats.get((state, None), [])]

    def representative(self, state: str, district: int) -> Member | None:
        found = self.seats.get((state, district), [])
        return self.members[found[0]] if found else None


def _yaml(data, where: str = ""):
    """Parse with the C loader where there is one; aliases that loop or balloon are refused."""
    import yaml

    from briefgen.yamlfile import bounded_loader

    loader = bounded_loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader), where)
    return yaml.load(data, Loader=loader)  # noqa: S506 - a safe loader


def _read(path: Path):
    """Parse one file; unreadable bytes and YAML mistakes are errors at their line."""
    import yaml

    from briefgen.yamlfile import read_text

    text = read_text(path)
    try:
        return text, _yaml(text, display_path(path))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise BriefgenError(f"cannot read congress data: {getattr(exc, 'problem', None) or exc}",
                            Location(display_path(path), mark.line + 1 if mark else 0, mark.column + 1 if mark else 0),
                            code="congress-data") from None


def _item_lines(text: str) -> list[int]:
    """The line of each item of a top-level YAML list (for locating a bad record; parsed only then)."""
    import yaml

    node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
    return [child.start_mark.line + 1 for child in getattr(node, "value", [])] if node else []


def split_address(line: str, chamber: str) -> tuple[str, str]:
    """``'511 Hart Senate Office Building Washington DC 20510'`` -> office line, ``'Washington, DC 20510'``."""
    m = re.search(r"\s*Washington,?\s+D\.?C\.?\s*(\d{5}(?:-\d{4})?)?\s*$", line or "", re.I)
    default_zip = "20510" if chamber == "senate" else "20515"
    if not m:
        return (line or "").strip(), f"Washington, DC {default_zip}"
    return line[: m.start()].strip().rstrip(","), f"Washington, DC {m.group(1) or default_zip}"


def member_from(record) -> Member:
    """One record of legislators-current.yaml; ValueError says why it cannot be addressed."""
    if not isinstance(record, dict):
        raise ValueError("is not a mapping")
    ident = record.get("id")
    bioguide = ident.get("bioguide") if isinstance(ident, dict) else None
    if not isinstance(bioguide, str) or not bioguide.strip():
        raise ValueError("has no bioguide id")
    terms = record.get("terms")
    term: dict[str, Any] | None = terms[-1] if isinstance(terms, list) and terms else None
    if not isinstance(term, dict) or term.get("type") not in ("sen", "rep"):
        raise ValueError(f"member {bioguide} has no current term (terms[-1].type sen or rep): its office is unknown")
    state = states.code(term.get("state"))
    if not state:
        raise ValueError(f"member {bioguide} has no state (terms[-1].state) that names a state or territory")
    chamber = "senate" if term["type"] == "sen" else "house"
    if chamber == "senate" and state in states.TERRITORIES:
        raise ValueError(f"member {bioguide} is a senator for {state}, which has no senators")
    name = raw if isinstance(raw := record.get("name"), dict) else {}
    parts = {k: str(name.get(k) or "").strip() for k in ("first", "middle", "last", "suffix", "official_full")}
    if not parts["last"]:
        raise ValueError(f"member {bioguide} has no family name (name.last): no salutation can be written")
    warnings = []
    full = parts["official_full"]
    if not full:
        full = re.sub(r"\s*\([^)]*\)", "", " ".join(p for p in (parts["first"], parts["middle"], parts["last"],
                                                                  parts["suffix"]) if p))
        warnings.append("no official full name in the data; used first, middle and last names")
    district = None
    if chamber == "house":
        try:
            district = int(term["district"])
        except (KeyError, TypeError, ValueError):
            raise ValueError(f"representative {bioguide} has no district (terms[-1].district)") from None
    address = raw if isinstance(raw := term.get("address"), str) else ""
    office, city = split_address(address, chamber)
    if not address:
        warnings.append("no office address in the data; addressed to the chamber")
    if chamber == "senate":
        role = "Senator"
    elif state in states.DELEGATES:
        role = "Delegate"
    elif state in states.RESIDENT_COMMISSIONER:
        role = "Resident Commissioner"
    else:
        role = "Representative"
    bio = raw if isinstance(raw := record.get("bio"), dict) else {}
    return Member(bioguide=bioguide.strip(), name=full, last=parts["last"], state=state, district=district,
                  party=str(term.get("party") or ""), chamber=chamber, office=office, city=city,
                  gender=str(bio.get("gender") or ""), role=role, warnings=tuple(warnings))


def members(records, text: str, shown: str, problems: list) -> dict:
    """bioguide -> Member for every addressable record; the others, and duplicates, are warnings."""
    if not isinstance(records, list):
        raise BriefgenError(f"{FILES[0]} must be a list of members, not {_shape(records)}", Location(shown, 1, 1),
                            code="congress-data")
    found: dict = {}
    lines = None
    for i, record in enumerate(records):
        try:
            m = member_from(record)
        except ValueError as exc:
            lines = lines or _item_lines(text)
            problems.append(Diagnostic("warning", "congress-data", f"record {i + 1} {exc}; no letter goes to it",
                                       Location(shown, lines[i] if i < len(lines) else 0, 1)))
            continue
        if m.bioguide in found:
            lines = lines or _item_lines(text)
            problems.append(Diagnostic("warning", "congress-data",
                                       f"bioguide id {m.bioguide} appears twice; the first record is kept",
                                       Location(shown, lines[i] if i < len(lines) else 0, 1)))
            continue
        found[m.bioguide] = m
    return found


def _shape(value) -> str:
    if isinstance(value, str):
        return f"text ('{value.strip()[:40]}')"
    return {dict: "a mapping", list: "a list", type(None): "an empty file"}.get(type(value), type(value).__name__)


def _committees(data, shown: str, problems: list) -> dict:
    if data is None:
        return {}
    if not isinstance(data, list):
        raise BriefgenError(f"{FILES[1]} must be a list of committees, not {_shape(data)}", Location(shown, 1, 1),
                            code="congress-data")
    out = {}
    for i, c in enumerate(data):
        if not isinstance(c, dict) or not isinstance(c.get("thomas_id"), str) or not c.get("name"):
            problems.append(Diagnostic("warning", "congress-data", f"committee {i + 1} has no thomas_id or name; "
                                       "left out", Location(shown)))
            continue
        out[c["thomas_id"]] = re.sub(r"^(Senate|House|Joint) ", "", str(c["name"]))
        for sub in c.get("subcommittees") or []:
            if isinstance(sub, dict) and sub.get("thomas_id") is not None and sub.get("name"):
                out[c["thomas_id"] + str(sub["thomas_id"])] = f"Subcommittee on {sub['name']}"
    return out


BUILDINGS = {"LHOB": "Longworth House Office Building", "RHOB": "Rayburn House Office Building",
             "CHOB": "Cannon House Office Building", "CAPITOL": "U.S. Capitol"}


def _offices(data) -> dict:
    """thomas id -> (office line, city line) of each committee whose record gives its own address
    (``1301 LHOB; Washington, DC 20515-6001`` -> ``1301 Longworth House Office Building``). A committee
    without one has none: its letters go to the member's office, and the manifest says so."""
    out: dict = {}
    for c in data if isinstance(data, list) else []:
        if isinstance(c, dict) and isinstance(c.get("thomas_id"), str) and isinstance(c.get("address"), str):
            office, _, city = c["address"].partition(";")
            office = " ".join(BUILDINGS.get(w.upper(), w) for w in office.split())
            chamber = "senate" if c["thomas_id"].startswith("S") else "house"
            line, town = split_address(f"{office} {city.strip()}", chamber)
            if line:
                out[c["thomas_id"]] = (line, town)
    return out


def _membership(data, shown: str, problems: list) -> dict:
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise BriefgenError(f"{FILES[2]} must map committee ids to member lists, not {_shape(data)}",
                            Location(shown, 1, 1), code="congress-data")
    out = {}
    for cid, rows in data.items():
        if not isinstance(rows, list):
            problems.append(Diagnostic("warning", "congress-data", f"members of {cid} are not a list; left out",
                                       Location(shown)))
            continue
        out[str(cid)] = [r for r in rows if isinstance(r, dict) and isinstance(r.get("bioguide"), str)]
    return out


UPSTREAM = "https://unitedstates.github.io/congress-legislators/"
DOWNLOADS = FILES + ("legislators-current.csv",)


def cache_dir() -> Path:
    """Where ``briefgen legislators fetch`` keeps the files: ``$XDG_CACHE_HOME/briefgen/congress``."""
    from briefgen.invocation import current

    base = current().env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "briefgen" / "congress"


def fetch(base_url: str = UPSTREAM, dest: Path | None = None, timeout: float = 60) -> tuple[Path, list]:
    """Download the current files and check them as a build would read them; only when all four
    arrived and hold what they should is any file replaced. Returns the folder and the warnings."""
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
        except (urllib.error.URLError, OSError, ValueError) as exc:
            raise BriefgenError(f"cannot download {url}: {getattr(exc, 'reason', exc)}", code="fetch",
                                hint="check the network, or pass --url to a mirror; the files you had are kept") from None
    problems = validate_download(fetched, base_url)
    for name, data in fetched.items():
        atomic.write_bytes(dest / name, data)
    return dest, problems


def validate_download(fetched: dict, base_url: str) -> list:
    """Each downloaded file must read as the congress data does; a page of HTML (a portal, an error
    page served with status 200) or a list without members is refused."""
    import yaml

    problems: list = []
    for name in FILES:
        where = base_url.rstrip("/") + "/" + name
        try:
            text = fetched[name].decode("utf-8").removeprefix("\ufeff")
            data = _yaml(text, where)
        except (UnicodeDecodeError, yaml.YAMLError) as exc:
            raise BriefgenError(f"{where} is not YAML: {getattr(exc, 'problem', None) or exc}", code="fetch") from None
        try:
            if name == FILES[0]:
                found = members(data, text, where, problems)
                if not found:
                    raise BriefgenError(f"{where} lists no member with a bioguide id and terms", code="fetch")
            elif name == FILES[1]:
                _committees(data, where, problems)
            else:
                _membership(data, where, problems)
        except BriefgenError as exc:
            raise BriefgenError(exc.diagnostics[0].message, code="fetch",
                                hint="the server did not send the congress-legislators file (an HTML page?); "
                                     "the files you had are kept") from None
    head = fetched["legislators-current.csv"][:2000].decode("utf-8", "replace").splitlines()
    if not head or "bioguide_id" not in head[0]:
        raise BriefgenError(f"{base_url.rstrip('/')}/legislators-current.csv has no bioguide_id column",
                            code="fetch", hint="the files you had are kept")
    return problems


def data_dir(option: str | None, project_root: Path | None) -> Path:
    """``--legislators DIR``, else ``BRIEFGEN_LEGISLATORS``, else the project's ``data/congress/``,
    else the cache that ``briefgen legislators fetch`` fills."""
    from briefgen.invocation import current

    here = current()
    project_data = project_root / "data" / "congress" if project_root else None
    fallback = project_data if project_data and (project_data / FILES[0]).is_file() else cache_dir()
    for candidate in (option, here.env.get("BRIEFGEN_LEGISLATORS"), str(fallback)):
        if candidate:
            path = here.path(candidate)
            if project_root is not None and path == project_data:
                _confined(path, project_root)
            if not (path / FILES[0]).is_file():
                raise UsageError(f"no {FILES[0]} in {path}", code="congress-data",
                                 hint="pass --legislators DIR, set BRIEFGEN_LEGISLATORS, or run "
                                      "`briefgen legislators fetch`")
            return path
    raise UsageError("no congress-legislators data", code="congress-data",
                     hint="pass --legislators DIR or run `briefgen legislators fetch`")


def _confined(folder: Path, root: Path) -> None:
    """The project's own data/congress, and each file in it, lie inside the project (no link out)."""
    from briefgen.project import confine

    for path in (folder, *(folder / f for f in FILES)):
        if path.exists():
            confine(path, root, "congress data")


_LOADED: dict = {}


def load(folder: str) -> Congress:
    """Read the three files once per process, again when any of them changes."""
    root = Path(folder)
    stamp = tuple((p.stat().st_size, p.stat().st_mtime_ns) if p.is_file() else None for p in (root / f for f in FILES))
    hit = _LOADED.get(str(root))
    if hit and hit[0] == stamp:
        return hit[1]
    congress = Congress()
    text, records = _read(root / FILES[0])
    congress.members = members(records, text, display_path(root / FILES[0]), congress.problems)
    if (root / FILES[1]).is_file():
        committees = _read(root / FILES[1])[1]
        congress.committees = _committees(committees, display_path(root / FILES[1]), congress.problems)
        congress.offices = _offices(committees)
    if (root / FILES[2]).is_file():
        congress.membership = _membership(_read(root / FILES[2])[1], display_path(root / FILES[2]), congress.problems)
    for m in congress.members.values():
        congress.seats.setdefault((m.state, m.district), []).append(m.bioguide)
    _LOADED[str(root)] = (stamp, congress)
    return congress
