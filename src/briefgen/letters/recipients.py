"""Who gets a letter, and how each is addressed and saluted.

``recipients: {committee: SSFR}`` selects members from the congress data; a path to a
CSV or YAML file gives a custom list. Each recipient carries the variables templates see
(``recipient.name``, ``.last``, ``.state`` …) and the lines of its inside address.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path

from briefgen.errors import BriefgenError, Location, Report, did_you_mean, display_path
from briefgen.letters import states, table
from briefgen.letters.congress import Congress, Member

FILTERS = {"committee", "chamber", "state", "party", "bioguide", "title"}
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
    side: str = ""                   # majority or minority on that committee: what the member can ask it to do
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
    title, row = "", {}  # type: tuple[str, dict]
    if committee:
        row = next((r for r in congress.membership.get(committee, []) if r.get("bioguide") == member.bioguide), {})
        title = _chair_title(row.get("title") or "", str(options.get("chair_title") or ""))
        if title in ("Ex Officio",):
            title = ""
    house = "United States Senate" if member.chamber == "senate" else "U.S. House of Representatives"
    lines = [f"The Honorable {member.name}"]
    warnings = tuple(member.warnings)
    office: tuple = (member.office, member.city) if member.office else (member.city,)
    if title:   # written to in that capacity: to the committee's office, where the data gives it
        lines.append(f"{title}, {congress.committees.get(committee, committee)}")
        if committee in congress.offices:
            office = congress.offices[committee]
        else:
            warnings += (f"no office of {congress.committees.get(committee, committee)} in the congress data; "
                         "addressed to the member's own office",)
    lines += [house, *office]
    return Recipient(name=member.name, last=member.last, salutation=salutation(member, title,
                                                                                str(options.get("salutation") or "")),
                     address=tuple(lines), state=member.state, district=member.district, party=member.party,
                     chamber=member.chamber, committees=tuple(congress.committees_of(member.bioguide)), title=title,
                     committee=congress.committees.get(committee, committee) if committee else "",
                     side=party if (party := str(row.get("party") or "")) in ("majority", "minority") else "",
                     role=member.role, bioguide=member.bioguide, warnings=warnings)


def select(congress: Congress, filters, where: Location | None, options: dict | None = None,
           report: Report | None = None) -> list[Recipient]:
    """Members matching every filter; committee members in rank order, others by chamber, state, name.
    Each mistake is reported at its own key or value."""
    filters = filters if isinstance(filters, dict) else {}
    at = _locator(filters, where)
    for key in filters:
        if key not in FILTERS:
            raise BriefgenError(f"unknown recipients filter '{key}'", at.key(key), code="recipients",
                                hint=did_you_mean(str(key), FILTERS) or f"filters: {', '.join(sorted(FILTERS))}")
    if report is not None:
        report.extend(congress.problems)
    members = list(congress.members.values())
    committee = str(filters.get("committee") or "")
    if committee:
        if committee not in congress.membership:
            raise BriefgenError(f"no committee '{committee}' in the congress data", at.value("committee"),
                                code="recipients", hint=committee_hint(committee, congress))
        order = {r["bioguide"]: i for i, r in enumerate(sorted(congress.membership[committee],
                                                                 key=lambda r: (r.get("party") != "majority",
                                                                                _rank(r))))}
        members = sorted((m for m in members if m.bioguide in order), key=lambda m: order[m.bioguide])
    else:
        members.sort(key=lambda m: (m.chamber != "senate", m.state, m.last, m.name))
    titles = {}
    if committee:
        titles = {r["bioguide"]: _chair_title(str(r.get("title") or ""), str((options or {}).get("chair_title") or ""))
                  for r in congress.membership[committee]}
    for key in ("chamber", "state", "party", "bioguide", "title"):
        if filters.get(key) in (None, "", []):
            continue
        test = _test(key, filters, at, congress, committee, titles)
        before = len(members)
        members = [m for m in members if test(m)]
        if before and not members:
            raise BriefgenError(f"no recipient matches {key}: {_shown(filters[key])} (with the filters before it)",
                                at.value(key), code="recipients",
                                hint=f"{before} member{'s' if before != 1 else ''} matched before this filter")
    return [from_member(m, congress, committee, options) for m in members]


def _rank(row: dict) -> int:
    try:
        return int(row.get("rank", 99))
    except (TypeError, ValueError):
        return 99


def _shown(value) -> str:
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


class _locator:
    """Where a filter's key and each of its values are, in the spec (or the recipients mapping)."""

    def __init__(self, filters, where):
        self.filters, self.fallback = filters, where

    def key(self, key) -> Location | None:
        return self.filters.where(key) if hasattr(self.filters, "where") else self.fallback

    def value(self, key, index: int | None = None) -> Location | None:
        value = self.filters.get(key)
        if index is not None and hasattr(value, "where"):
            return value.where(index)
        return self.filters.value_where(key) if hasattr(self.filters, "value_where") else self.fallback


def _test(key, filters, at, congress, committee, titles):
    """A predicate over members for one filter; a value nobody could match is an error at that value."""
    values = _listed(filters[key])
    if key == "chamber":
        chambers = set()
        for i, v in enumerate(values):
            if v.lower() not in ("senate", "house"):
                raise BriefgenError(f"chamber must be senate or house, not '{v}'", _item(at, key, filters, i),
                                    code="recipients")
            chambers.add(v.lower())
        return lambda m: m.chamber in chambers
    if key == "state":
        codes = set()
        for i, v in enumerate(values):
            found = states.code(v)
            if not found:
                raise BriefgenError(f"no state or territory '{v}'", _item(at, key, filters, i), code="recipients",
                                    hint=(did_you_mean(v, list(states.NAMES.values())) or
                                          "use the two-letter code (TX) or the full name (Texas)"))
            codes.add(found)
        return lambda m: m.state in codes
    if key == "party":
        parties = set()
        for i, v in enumerate(values):
            if v.lower() not in PARTIES:
                raise BriefgenError(f"unknown party '{v}'", _item(at, key, filters, i), code="recipients",
                                    hint="use D, R or I (Democrat, Republican, Independent)")
            parties.add(PARTIES[v.lower()])
        return lambda m: m.party in parties
    if key == "bioguide":
        for i, v in enumerate(values):
            if v not in congress.members:
                raise BriefgenError(f"no current member with bioguide id '{v}' in the congress data",
                                    _item(at, key, filters, i), code="recipients",
                                    hint=did_you_mean(v, congress.members) or "ids are on bioguide.congress.gov")
        wanted = set(values)
        return lambda m: m.bioguide in wanted
    # title: a committee title (Chair, Ranking Member …), which only a committee gives
    if not committee:
        raise BriefgenError("the title filter needs a committee filter", at.key(key), code="recipients",
                            hint="e.g. recipients: {committee: SSFR, title: [chair, ranking member]}")
    known = {_title_key(t) for t in titles.values() if t}
    wanted = set()
    for i, v in enumerate(values):
        if _title_key(v) not in known:
            raise BriefgenError(f"no member of {committee} has the title '{v}'", _item(at, key, filters, i),
                                code="recipients", hint=f"titles on {committee}: "
                                                        f"{', '.join(sorted(set(titles.values()) - {''}))}")
        wanted.add(_title_key(v))
    return lambda m: _title_key(titles.get(m.bioguide, "")) in wanted


def _item(at, key, filters, i):
    return at.value(key, i if isinstance(filters[key], list) else None)


def _title_key(title: str) -> str:
    """Chair, Chairman and Chairwoman are one title (as Vice Chair …): compare them as one."""
    words = title.lower().split()
    if words and words[-1] in CHAIR_WORDS:
        words[-1] = "chair"
    return " ".join(words)


def committee_hint(value: str, congress: Congress) -> str:
    """A did-you-mean for a committee id: the usual acronyms (HFAC, SFRC, SASC) name their committee."""
    wanted = value.upper().replace(" ", "")
    for cid, name in congress.committees.items():
        if cid in congress.membership and len(cid) == 4 and acronym(cid, name) == wanted:
            return f"did you mean '{cid}' ({name})? committees are named by their thomas_id"
    close = did_you_mean(value.upper(), congress.membership)
    return close or "use a thomas_id such as SSFR (Senate Foreign Relations) or HSFA (House Foreign Affairs)"


def acronym(cid: str, name: str) -> str:
    """``HSFA``, 'Committee on Foreign Affairs' -> ``HFAC`` (chamber, initials, C), as staff write them."""
    small = {"committee", "on", "the", "and", "of", "for", "to", "select", "permanent", "special", "united", "states"}
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in small).upper()
    return f"{cid[0]}{initials}C"


def _listed(value) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


RECIPIENT_COLUMNS = {"name", "last", "title", "address", "salutation", "state"}


def custom(path: Path, report: Report) -> list[Recipient]:
    """A CSV (name, title, address lines as address1…, salutation) or YAML list of recipients."""
    columns, rows = table.read(path, "recipients")
    table.check_columns(columns, RECIPIENT_COLUMNS, Location(display_path(path), 1, 1), "recipients", report)
    out = []
    for i, row in enumerate(rows):
        name = row.text("name")
        if not name:
            raise BriefgenError(f"recipient {i + 1} has no name", row.where("name"), code="recipients")
        address = row.values.get("address")
        if address is None:
            keys = [k for k in row.values if k.startswith("address") and row.text(k)]
            address = [row.text(k) for k in sorted(keys, key=lambda k: int(re.sub(r"\D", "", k) or 0))]
        address = [address] if isinstance(address, str) else [str(a) for a in address]
        title = row.text("title")
        state = row.text("state")
        if state and not states.code(state):
            raise BriefgenError(f"no state or territory '{state}'", row.where("state"), code="recipients",
                                hint="use the two-letter code (TX) or the full name (Texas)")
        lines = [name] + ([title] if title else []) + address
        out.append(Recipient(name=name, last=row.text("last") or name.split()[-1],
                             salutation=row.text("salutation") or f"Dear {name}:", address=tuple(lines), title=title,
                             state=states.code(state) or ""))
    return out

