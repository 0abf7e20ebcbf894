"""Who gets a letter, and how each is addressed and saluted.

``recipients: {committee: SSFR}`` selects members from the congress data; a path to a
CSV or YAML file gives a custom list. Each recipient carries the variables templates see
(``recipient.name``, ``.last``, ``.state`` …) and the lines of its inside address.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path

from briefgen import yamlfile
from briefgen.errors import BriefgenError, Location, did_you_mean, display_path
from briefgen.letters import congress as congress_data
from briefgen.letters.congress import Congress, Member

FILTERS = {"committee", "chamber", "state", "party", "bioguide"}
PARTIES = {"d": "Democrat", "democrat": "Democrat", "democratic": "Democrat", "r": "Republican",
           "republican": "Republican", "i": "Independent", "independent": "Independent"}
CHAIR_WORDS = {"chair": "Chair", "chairman": "Chairman", "chairwoman": "Chairwoman"}


@dataclass(frozen=True)
class Recipient:
    """One addressee: what the inside address, the salutation and the templates need."""

    name: str
    last: str = ""
    salutation: str = ""
    address: tuple = ()              # inside address lines, name first
    state: str = ""
    district: int | None = None
    party: str = ""
    chamber: str = ""
    committees: tuple = ()
    title: str = ""                  # committee title: Chairman, Ranking Member …
    committee: str = ""              # the committee the letters go to, when the filter names one
    role: str = ""                   # Senator, Representative, Delegate, Resident Commissioner
    bioguide: str = ""
    warnings: tuple = ()

    @property
    def slug(self) -> str:
        text = unicodedata.normalize("NFKD", f"{self.last or self.name}-{self.state}").encode("ascii", "ignore").decode()
        return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "recipient"

    def variables(self) -> dict:
        data = asdict(self)
        data["address"] = list(self.address)
        data["committees"] = list(self.committees)
        return data


def from_mapping(r: dict) -> Recipient:
    """The spec's own ``recipient: {name, title, organization, address, salutation}``."""
    address = r.get("address") or []
    lines = [str(r[k]) for k in ("name", "title", "organization") if r.get(k)]
    lines += [str(a) for a in ([address] if isinstance(address, str) else address)]
    name = str(r.get("name") or "")
    return Recipient(name=name, last=name.split()[-1] if name else "", salutation=str(r.get("salutation") or ""),
                     address=tuple(lines), title=str(r.get("title") or ""))


def _chair_title(raw: str, option: str) -> str:
    """Normalise Chair / Chairman / Chairwoman (and Vice …) to the spec's choice; keep others as written."""
    words = raw.split()
    if not words:
        return ""
    last = words[-1].lower()
    if last in CHAIR_WORDS:
        word = CHAIR_WORDS[last] if option in ("", "data") else option
        return " ".join([w.capitalize() for w in words[:-1]] + [word])
    return " ".join(w if w.isupper() else w.capitalize() for w in words) if raw.islower() else raw


def salutation(member: Member, title: str, style: str) -> str:
    """``Dear Senator Risch:``; with a committee title ``Dear Chairman Risch:`` or ``Dear Mr. Chairman:``."""
    if title and title != "Ex Officio":
        if style == "office" and title.split()[-1] in CHAIR_WORDS.values():
            honorific = "Madam" if member.gender == "F" else "Mr."
            return f"Dear {honorific} {title}:"
        return f"Dear {title} {member.last}:"
    return f"Dear {member.role} {member.last}:"


def from_member(member: Member, congress: Congress, committee: str = "", options: dict | None = None) -> Recipient:
    options = options or {}
    title = ""
    if committee:
        row = next((r for r in congress.membership.get(committee, []) if r.get("bioguide") == member.bioguide), {})
        title = _chair_title(row.get("title") or "", str(options.get("chair_title") or ""))
        if title in ("Ex Officio",):
            title = ""
    house = "United States Senate" if member.chamber == "senate" else "U.S. House of Representatives"
    lines = [f"The Honorable {member.name}"]
    if title:
        lines.append(f"{title}, {congress.committees.get(committee, committee)}")
    lines += [house] + ([member.office] if member.office else []) + [member.city]
    return Recipient(name=member.name, last=member.last, salutation=salutation(member, title,
                                                                                str(options.get("salutation") or "")),
                     address=tuple(lines), state=member.state, district=member.district, party=member.party,
                     chamber=member.chamber, committees=tuple(congress.committees_of(member.bioguide)), title=title,
                     committee=congress.committees.get(committee, committee) if committee else "",
                     role=member.role, bioguide=member.bioguide, warnings=member.warnings)


def select(congress: Congress, filters: dict, where: Location | None, options: dict | None = None) -> list[Recipient]:
    """Members matching every filter; committee members in rank order, others by chamber, state, name."""
    for key in filters:
        if key not in FILTERS:
            raise BriefgenError(f"unknown recipients filter '{key}'", filters.where(key) if hasattr(filters, "where")
                                else where, code="recipients", hint=did_you_mean(str(key), FILTERS) or
                                f"filters: {', '.join(sorted(FILTERS))}")
    members = list(congress.members.values())
    committee = str(filters.get("committee") or "")
    if committee:
        if committee not in congress.membership:
            raise BriefgenError(f"no committee '{committee}' in the congress data", where, code="recipients",
                                hint=did_you_mean(committee, congress.membership) or "use a thomas_id such as SSFR")
        order = {r["bioguide"]: i for i, r in enumerate(sorted(congress.membership[committee],
                                                                 key=lambda r: (r.get("party") != "majority",
                                                                                r.get("rank", 99))))}
        members = sorted((m for m in members if m.bioguide in order), key=lambda m: order[m.bioguide])
    else:
        members.sort(key=lambda m: (m.chamber != "senate", m.state, m.last, m.name))
    if filters.get("chamber"):
        chamber = str(filters["chamber"]).lower()
        if chamber not in ("senate", "house"):
            raise BriefgenError("chamber must be senate or house", where, code="recipients")
        members = [m for m in members if m.chamber == chamber]
    if filters.get("state"):
        states = {s.upper() for s in _listed(filters["state"])}
        members = [m for m in members if m.state in states]
    if filters.get("party"):
        parties = {PARTIES.get(p.lower(), p) for p in _listed(filters["party"])}
        members = [m for m in members if m.party in parties]
    if filters.get("bioguide"):
        wanted = set(_listed(filters["bioguide"]))
        members = [m for m in members if m.bioguide in wanted]
    return [from_member(m, congress, committee, options) for m in members]


def _listed(value) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def custom(path: Path, where: Location | None) -> list[Recipient]:
    """A CSV (name, title, address lines as address1…, salutation) or YAML list of recipients."""
    if not path.is_file():
        raise BriefgenError(f"recipients file {path} not found", where, code="recipients")
    rows = []  # (row, where it is)
    shown = display_path(path)
    if path.suffix.lower() == ".csv":
        with open(path, encoding="utf-8", newline="") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                keys = [k for k in row if k and k.lower().startswith("address") and row[k]]
                address = [row[k] for k in sorted(keys, key=lambda k: int(re.sub(r"\D", "", k) or 0))]
                rows.append(({**row, "address": address}, Location(shown, i + 2, 1)))
    else:
        data = yamlfile.load(path) or []
        if not isinstance(data, list):
            raise BriefgenError("a recipients file is a list of recipients (- name: …)", Location(shown, 1, 1),
                                code="recipients")
        rows = [(row, data.where(i)) for i, row in enumerate(data)]
    out = []
    for i, (row, loc) in enumerate(rows):
        if not isinstance(row, dict):
            raise BriefgenError("each recipient is a mapping (name, title, address, salutation)", loc,
                                code="recipients")
        name = str(row.get("name") or "").strip()
        if not name:
            raise BriefgenError(f"recipient {i + 1} has no name", loc, code="recipients")
        address = row.get("address") or []
        address = [address] if isinstance(address, str) else [str(a) for a in address]
        lines = [name] + ([str(row["title"])] if row.get("title") else []) + address
        last = str(row.get("last") or name.split()[-1])
        out.append(Recipient(name=name, last=last, salutation=str(row.get("salutation") or f"Dear {name}:"),
                             address=tuple(lines), title=str(row.get("title") or ""), state=str(row.get("state") or "")))
    return out


def recipients_for(spec, project_root: Path, legislators: str | None) -> list[Recipient]:
    source = spec.extra.get("recipients")
    where = spec.location
    options = spec.extra.get("addressing") or {}
    if isinstance(source, str):
        chosen = custom((project_root / source).resolve(), where)
    else:
        folder = congress_data.data_dir(legislators, project_root)
        chosen = select(congress_data.load(str(folder.resolve())), source or {}, where, options)
    if not chosen:
        raise BriefgenError("no recipient matches the filters", where, code="recipients")
    return chosen
