"""The people who send letters: a sign-on letter's signatories, and constituents who each write
to their own members of Congress.

``signatories:`` is a YAML list, a CSV/YAML file inside the project, or a mapping of
``list`` (either of those), ``sort`` (``name`` or ``state``), ``columns`` (1 or 2) and
``heading``. ``constituents:`` is a CSV file inside the project with name, street, city,
state, zip and an optional district; other columns reach templates as ``constituent.<column>``.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from briefgen.errors import BriefgenError, Location, Report, did_you_mean, display_path
from briefgen.letters import states, table

SIGNATORY_COLUMNS = {"name", "title", "organization", "city", "state"}
SIGNATORY_KEYS = {"list", "sort", "columns", "heading"}
CONSTITUENT_COLUMNS = ("name", "street", "city", "state", "zip")
_ZIP = re.compile(r"^\d{5}(-\d{4})?$")
MAX_FIELD = 200  # characters of a name or address line a letter prints


def _same(*parts: str) -> bytes:
    """What two rows that name the same person share: case, accents and spacing aside (a digest,
    so a file of any size is checked in little memory)."""
    import hashlib

    text = "\x1f".join(" ".join(_sort_text(p).split()) for p in parts)
    return hashlib.blake2b(text.encode(), digest_size=16).digest()


def duplicate(report: Report, seen: dict, key: bytes, line: int, where: Location, who: str) -> None:
    """A warning (an error with ``--strict``) when ``key`` was seen on an earlier row."""
    from briefgen.invocation import current

    first = seen.setdefault(key, line)
    if first != line:
        message = f"row {line} repeats row {first} ({who}): the same person twice"
        if getattr(current(), "strict", False):
            report.error(message, where, code="duplicate", hint="remove one of the rows")
        else:
            report.warning(message, where, code="duplicate", hint="remove one of the rows; --strict makes this an error")


def ascii_slug(text: str) -> str:
    """A name as plain letters, for file names.

    >>> ascii_slug('Hernández Rivera')
    'hernandez-rivera'
    """
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


# ---------------------------------------------------------------- signatories


@dataclass(frozen=True)
class Signatory:
    """``Signatory('Ana Ruiz', 'Director', 'Example Coalition', 'Austin', 'TX')``: any part may be empty."""

    name: str = ""
    title: str = ""
    organization: str = ""
    city: str = ""
    state: str = ""

    def line(self) -> str:
        """As a sign-on letter lists it: ``Ana Ruiz, Director, Example Coalition, Austin, TX``."""
        return ", ".join(p for p in (self.name, self.title, self.organization, self.city, self.state) if p)

    def variables(self) -> dict:
        return {"name": self.name, "title": self.title, "organization": self.organization, "city": self.city,
                "state": self.state, "line": self.line()}


@dataclass(frozen=True)
class Signatories:
    """The list printed after the closing, in the order chosen, in one or two columns."""

    people: tuple = ()
    columns: int = 1
    heading: str = "Signatories"

    def __len__(self) -> int:
        return len(self.people)


def signatories(value, where: Location, project_root: Path, report: Report) -> Signatories:
    """Read ``signatories:`` from the spec (a list, a file, or a mapping with list/sort/columns/heading)."""
    options = value if isinstance(value, dict) else {"list": value}
    at = options.value_where if hasattr(options, "value_where") else (lambda key: where)
    for key in options:
        if key not in SIGNATORY_KEYS:
            raise BriefgenError(f"unknown signatories key '{key}'", options.where(key) if hasattr(options, "where")
                                else where, code="signatories",
                                hint=did_you_mean(str(key), SIGNATORY_KEYS) or "keys: list, sort, columns, heading")
    source = options.get("list")
    from_csv = isinstance(source, str) and source.lower().endswith(".csv")
    if isinstance(source, str):
        path = table.inside(project_root, source, at("list"), "signatories")
        columns, rows = table.read(path, "signatories")
        table.check_columns(columns, SIGNATORY_COLUMNS, Location(display_path(path), 1, 1), "signatories", report)
    elif isinstance(source, list):
        rows = table.yaml_rows(source, at("list"), "signatories")
    else:
        raise BriefgenError("signatories: a list of people, a .csv/.yaml file, or {list: …, sort: name}",
                            at("list"), code="signatories")
    people: list[Signatory] = []
    seen: dict = {}
    for row in rows:
        for key in row.values:
            if key not in SIGNATORY_COLUMNS and not from_csv:
                raise BriefgenError(f"unknown signatory key '{key}'", row.where(key), code="signatories",
                                    hint=did_you_mean(str(key), SIGNATORY_COLUMNS) or
                                    "a signatory has name, title, organization, city, state")
        person = Signatory(**{k: row.text(k) for k in SIGNATORY_COLUMNS})
        if not (person.name or person.organization):
            raise BriefgenError("a signatory needs a name or an organization", row.location, code="signatories")
        if person.state and (postal := states.code(person.state)):
            person = Signatory(person.name, person.title, person.organization, person.city, postal)
        duplicate(report, seen, _same(person.name, person.organization), row.location.line, row.location,
                  person.line())
        people.append(person)
    sort = str(options.get("sort") or "")
    if sort == "name":            # organizations first, by name; then people, by surname
        people.sort(key=signing_order)
    elif sort == "state":
        people.sort(key=lambda p: (not p.state, p.state, signing_order(p)))
    elif sort:
        raise BriefgenError(f"sort must be name or state, not '{sort}'", at("sort"), code="signatories",
                            hint="leave sort out to keep the list's own order")
    columns = options.get("columns", 1)
    if columns not in (1, 2):
        raise BriefgenError(f"columns must be 1 or 2, not '{columns}'", at("columns"), code="signatories")
    heading = options.get("heading", "Signatories")
    return Signatories(tuple(people), columns, "" if heading is None else str(heading))


SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "v", "esq", "phd", "md"}


def surname_first(name: str) -> str:
    """``Miriam A. Okafor`` -> ``okafor miriam a.``; a suffix (Jr., III, Esq.) is not the surname;
    ``Okafor, Miriam`` is taken as written.

    >>> surname_first("Martin Luther King Jr."), surname_first("Okafor, Miriam")
    ('king martin luther jr.', 'okafor, miriam')
    """
    if "," in name and not name.rstrip(".").lower().endswith(tuple(f", {s}" for s in SUFFIXES)):
        return _sort_text(name)
    words = name.split()
    tail: list[str] = []
    while len(words) > 1 and words[-1].strip(".,").lower() in SUFFIXES:
        tail.insert(0, words.pop())
    if not words:
        return _sort_text(name)
    return _sort_text(" ".join([words[-1], *words[:-1], *tail]).replace(",", ""))


def signing_order(person) -> tuple:
    """Organizations (a row with no person's name) first, by name; then people, by surname, as sign-on
    letters list them."""
    if not person.name:
        return (0, _sort_text(person.organization))
    return (1, surname_first(person.name))


def _sort_text(text: str) -> str:
    """Sort without regard to case or accents: Álvarez beside Alvarez."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


# ---------------------------------------------------------------- constituents


@dataclass(frozen=True)
class Constituent:
    """The sender of a constituent letter, from one row of the constituents file."""

    name: str
    street: str
    city: str
    state: str
    zip: str
    district: int | None          # None: not given (and the state has several districts)
    row: int                      # the row's line in the file
    extra: tuple = ()             # other columns, as (name, value) pairs

    @property
    def lines(self) -> list[str]:
        """Name and postal address, as the letterhead and the signature print them."""
        return [self.name, self.street, f"{self.city}, {self.state} {self.zip}"]

    @property
    def slug(self) -> str:
        return ascii_slug(self.name.split()[-1] if self.name.split() else self.name) or "constituent"

    def variables(self) -> dict:
        return {**dict(self.extra), "name": self.name, "street": self.street, "city": self.city,
                "state": self.state, "zip": self.zip, "district": self.district, "row": self.row,
                "address": self.lines[1:]}


def constituents_file(value, where: Location | None, project_root: Path) -> Path:
    if not isinstance(value, str) or not value.lower().endswith(".csv"):
        raise BriefgenError("constituents: a .csv file inside the project (name, street, city, state, zip, district)",
                            where, code="constituents")
    return table.inside(project_root, value, where, "constituents")


def constituents(path: Path, report: Report):
    """Each row as a :class:`Constituent`, in file order (a generator: the file may be large).
    A row with a missing field, an unknown state or a district the state does not have is a
    located error in ``report``; reading goes on, so one pass reports every bad row."""
    columns, rows = table.read(path, "constituents")
    shown = display_path(path)
    missing = [c for c in CONSTITUENT_COLUMNS if c not in columns]
    if missing:
        raise BriefgenError(f"the constituents file has no column {', '.join(missing)}", Location(shown, 1, 1),
                            code="constituents", hint="the header names name, street, city, state, zip "
                                                      "and optionally district")
    known = set(CONSTITUENT_COLUMNS) | {"district"}
    seen: dict = {}
    for row in rows:
        bad = False
        for key in CONSTITUENT_COLUMNS:
            if not row.text(key):
                report.error(f"row {row.location.line}: no {key}", row.where(key), code="constituents")
                bad = True
        for key in (*CONSTITUENT_COLUMNS, "district"):
            if len(row.text(key)) > MAX_FIELD:
                report.error(f"the {key} is {len(row.text(key)):,} characters; a letter prints at most {MAX_FIELD}",
                             row.where(key), code="constituents", hint="shorten it in the constituents file")
                bad = True
        state = states.code(row.text("state"))
        if row.text("state") and not state:
            report.error(f"no state or territory '{row.text('state')}'", row.where("state"), code="constituents",
                         hint=did_you_mean(row.text("state"), list(states.NAMES.values())) or
                         "use the two-letter code (TX) or the full name (Texas)")
            bad = True
        zipcode = row.text("zip")
        if zipcode and not _ZIP.match(zipcode):
            report.error(f"'{zipcode}' is not a ZIP code", row.where("zip"), code="constituents",
                         hint="five digits, or ZIP+4: 78701 or 78701-1234")
            bad = True
        district = None
        if state and row.text("district"):
            try:
                district = states.district(state, row.text("district"))
            except ValueError as exc:
                report.error(str(exc), row.where("district"), code="constituents")
                bad = True
        elif state and states.at_large(state):
            district = 0
        if bad or state is None:  # no state is already an error above
            continue
        duplicate(report, seen, _same(*(row.text(k) for k in CONSTITUENT_COLUMNS)), row.location.line,
                  row.location, ", ".join(row.text(k) for k in ("name", "street", "city", "state")))
        extra = tuple((k, row.text(k)) for k in row.values if k not in known and k)
        yield Constituent(row.text("name"), row.text("street"), row.text("city"), state, zipcode, district,
                          row.location.line, extra)
