"""Which letters a letter spec makes, decided once, from the spec.

A letter spec with ``recipients:`` or ``constituents:`` is a mail merge (:func:`is_mail_merge`):
one letter per recipient, or per constituent and each of their members, or with
``addressing: {together: true}`` one letter to every recipient at once. :func:`plan` reads
the lists and the congress data once, checks every row, counts the letters and then hands
them out one by one (:meth:`Plan.jobs`), so a batch of 30,000 never holds 30,000 of anything.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

from briefgen.errors import BriefgenError, Location, Report, did_you_mean, display_path
from briefgen.letters import fields, states
from briefgen.letters.envelope import Envelope

if TYPE_CHECKING:
    from briefgen.letters.people import Constituent, Signatories
    from briefgen.spec import BriefSpec

ADDRESSING_KEYS = {"chair_title", "salutation", "together"}


def is_mail_merge(spec) -> bool:
    """More than one letter, or a letter to recipients chosen from a list: a batch of its own folder."""
    return spec.kind == "letter" and ("recipients" in spec.extra or "constituents" in spec.extra)


@dataclass(frozen=True)
class Job:
    """One letter of a batch: its number in the whole batch, its file name, its parties."""

    number: int
    stem: str
    recipients: tuple
    sender: Constituent | None = None
    warnings: tuple = ()

    def envelope(self, signatories=None) -> Envelope:
        return Envelope(self.recipients, self.sender, signatories)


@dataclass
class Plan:
    """The letters of one spec: ``total`` of them, numbered from 1, handed out in order."""

    spec: BriefSpec
    total: int
    make: Callable[[], Iterator[Job]]
    signatories: Signatories | None = None
    sources: tuple = ()               # files the letters are made from, beside the project's own

    def jobs(self, lo: int = 0, hi: int | None = None) -> Iterator[Job]:
        """Letters ``lo+1`` to ``hi`` (numbers count from 1)."""
        hi = self.total if hi is None else hi
        for job in self.make():
            if job.number > hi:
                return
            if job.number > lo:
                yield job

    def first(self) -> Envelope:
        job = next(self.jobs(), None)
        if job is None:
            raise BriefgenError("no recipient matches the filters", self.spec.location, code="recipients")
        return job.envelope(self.signatories)


def addressing(spec) -> dict:
    """``addressing:`` checked key by key."""
    options = spec.extra.get("addressing")
    if not options:
        return {}
    for key in options:
        if key not in ADDRESSING_KEYS:
            raise BriefgenError(f"unknown addressing key '{key}'", options.where(key), code="spec-key",
                                hint=did_you_mean(str(key), ADDRESSING_KEYS) or
                                "addressing takes chair_title, salutation, together")
    if options.get("salutation") not in (None, "name", "office"):
        raise BriefgenError("salutation must be name or office", options.value_where("salutation"), code="spec-value")
    if options.get("together") not in (None, True, False):
        raise BriefgenError("together must be true or false", options.value_where("together"), code="spec-value")
    return options


def single(spec, project_root: Path, report: Report, legislators: str | None = None) -> Envelope:
    """The letter a spec makes when built alone: a mail merge's first letter, else the letter to
    the spec's own ``recipient:``."""
    if is_mail_merge(spec):
        return plan(spec, project_root, report, legislators).first()
    from briefgen.letters.recipients import from_mapping

    people = (from_mapping(spec.extra["recipient"]),) if spec.extra.get("recipient") else ()
    return Envelope(people, None, _signatories(spec, project_root, report))


def _signatories(spec, project_root: Path, report: Report):
    if "signatories" not in spec.extra:
        return None
    from briefgen.letters.people import signatories

    return signatories(spec.extra["signatories"], spec.location, project_root, report)


def plan(spec, project_root: Path, report: Report, legislators: str | None = None) -> Plan:
    """Every letter of a mail merge, checked and counted before the first is written."""
    options = addressing(spec)
    signatories = _signatories(spec, project_root, report)
    if "constituents" in spec.extra:
        return _constituent_plan(spec, project_root, report, legislators, options, signatories)
    chosen, sources = _recipients(spec, project_root, report, legislators, options)
    if options.get("together"):
        stem = f"{1:03d}-{chosen[0].slug}" + (f"-and-{chosen[1].slug}" if len(chosen) == 2 else
                                             f"-and-{len(chosen) - 1}-others" if len(chosen) > 2 else "")
        return Plan(spec, 1, lambda: iter([Job(1, stem, tuple(chosen), warnings=_warned(chosen))]), signatories,
                    sources)
    fields.check(spec, project_root, chosen, report)
    width = max(3, len(str(len(chosen))))
    jobs = [Job(i, f"{i:0{width}d}-{r.slug}", (r,), warnings=r.warnings) for i, r in enumerate(chosen, 1)]
    return Plan(spec, len(jobs), lambda: iter(jobs), signatories, sources)


def _warned(recipients) -> tuple:
    return tuple(f"{r.name}: {w}" for r in recipients for w in r.warnings)


def _recipients(spec, project_root: Path, report: Report, legislators, options) -> tuple[list, tuple]:
    from briefgen.letters import congress as congress_data
    from briefgen.letters.recipients import custom, select
    from briefgen.letters.table import inside

    source = spec.extra.get("recipients")
    where = _value_where(spec, "recipients")
    if isinstance(source, str):
        path = inside(project_root, source, where, "recipients")
        chosen, sources = custom(path, report), (path,)  # type: list, tuple[Path, ...]
    else:
        folder = congress_data.data_dir(legislators, project_root).resolve()
        chosen = select(congress_data.load(str(folder)), source or {}, where, options, report)
        sources = tuple(folder / f for f in congress_data.FILES)
    if not chosen:
        raise BriefgenError("no recipient matches the filters", where, code="recipients")
    return chosen, sources


def _value_where(spec, key: str) -> Location | None:
    """Where a spec key's value is."""
    return spec.value_locations.get(key, spec.location)


def _constituent_plan(spec, project_root: Path, report: Report, legislators, options, signatories) -> Plan:
    """Each constituent writes to each of their own members whom ``recipients:`` (if any) selects."""
    from briefgen.letters import congress as congress_data
    from briefgen.letters.people import constituents, constituents_file
    from briefgen.letters.recipients import select

    where = _value_where(spec, "constituents")
    for key in ("letterhead", "signature"):
        if key in spec.extra:
            raise BriefgenError(f"a constituent letter has no {key}: each constituent sends and signs their own",
                                _value_where(spec, key), code="constituents",
                                hint=f"remove {key}: the constituent's name and address take its place")
    if options.get("together"):
        raise BriefgenError("constituent letters cannot be addressed together", _value_where(spec, "addressing"),
                            code="constituents", hint="each constituent writes to each of their own members")
    if isinstance(spec.extra.get("recipients"), str):
        raise BriefgenError("with constituents, recipients: holds filters over the congress data, not a list",
                            _value_where(spec, "recipients"), code="constituents")
    path = constituents_file(spec.extra["constituents"], where, project_root)
    folder = congress_data.data_dir(legislators, project_root).resolve()
    congress = congress_data.load(str(folder))
    allowed = {r.bioguide: r for r in select(congress, spec.extra.get("recipients") or {},
                                             _value_where(spec, "recipients"), options, report)}

    def letters_of(person) -> tuple[list, list]:
        """The person's members (senators by name, then the representative) and what is missing."""
        warnings, found = [], sorted(congress.senators(person.state), key=lambda m: (m.last, m.name))
        if person.state not in states.TERRITORIES and len(found) < 2:
            warnings.append(f"{2 - len(found)} Senate seat{'s' if len(found) == 0 else ''} for {person.state} "
                            "vacant in the data")
        if person.district is None:
            warnings.append("no district given: letters to the senators only")
        else:
            rep = congress.representative(person.state, person.district)
            if rep is None:
                warnings.append(f"no current representative for {person.state}-{person.district or 'AL'} "
                                "in the data (a vacancy)")
            else:
                found.append(rep)
        return [allowed[m.bioguide] for m in found if m.bioguide in allowed], warnings

    # First pass: check every row and count the letters; nothing is kept but counts.
    check = Report()
    total, no_district, unmatched, used = 0, [], [], {}  # type: int, list, list, dict
    for person in constituents(path, check):
        members, warnings = letters_of(person)
        total += len(members)
        used.update((r.bioguide, r) for r in members)
        if person.district is None:
            no_district.append(person.row)
        if not members:
            unmatched.append(person.row)
    if check.errors:
        raise BriefgenError(diagnostics=check.errors + check.warnings)
    report.extend(check.warnings)
    shown = Location(display_path(path), 1, 1)
    if no_district:
        report.warning(f"{len(no_district)} row{'s' if len(no_district) != 1 else ''} without a district "
                             f"(line{'s' if len(no_district) != 1 else ''} {_lines(no_district)}): letters to their "
                             "senators only; see the manifest's warnings", shown, code="constituents")
    if unmatched:
        report.warning(f"{len(unmatched)} constituent{'s' if len(unmatched) != 1 else ''} "
                             f"(line{'s' if len(unmatched) != 1 else ''} {_lines(unmatched)}) have no member "
                             "that recipients: selects: no letter", shown, code="constituents")
    if not total:
        raise BriefgenError("no constituent has a member that the filters select", where, code="recipients")
    fields.check(spec, project_root, list(used.values()), report)
    width = max(3, len(str(total)))

    def make() -> Iterator[Job]:
        number = 0
        for person in constituents(path, Report()):
            members, warnings = letters_of(person)
            for r in members:
                number += 1
                yield Job(number, f"{number:0{width}d}-{person.slug}-{r.slug}", (r,), person,
                          tuple(warnings) + r.warnings)

    return Plan(spec, total, make, signatories, (path,) + tuple(folder / f for f in congress_data.FILES))


def _lines(rows: list[int], shown: int = 8) -> str:
    text = ", ".join(map(str, rows[:shown]))
    return text + (f" and {len(rows) - shown} more" if len(rows) > shown else "")
