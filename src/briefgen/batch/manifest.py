"""A batch's record: ``manifest.csv`` (one row per letter, in number order) and ``batch.json``
(which brief, which share of how many letters, from which inputs).

The manifest is written as the letters come in, so a batch of any size is recorded in
constant memory; the same rows let ``--resume`` find the letters it can keep and
``briefgen letters manifest`` put the shares of a batch back together.
"""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.errors import BriefgenError, Location, display_path

BASE = ["number", "recipient", "bioguide", "files", "salutation", "warnings"]
TAIL = ["pages", "footnotes", "digest"]
NAME, INFO = "manifest.csv", "batch.json"


def columns(constituents: bool, signatories: bool) -> list[str]:
    head = ["number"] + (["constituent", "constituent_line"] if constituents else [])
    return head + BASE[1:] + (["signatories"] if signatories else []) + TAIL


def row(job, result: dict, digest: str, signatories) -> dict:
    """A letter's manifest row (``result``: what building it reported, or what was kept)."""
    out = {"number": job.number, "recipient": "; ".join(r.name for r in job.recipients),
           "bioguide": ";".join(r.bioguide for r in job.recipients if r.bioguide),
           "files": ";".join(result["files"]), "salutation": result["salutation"],
           "warnings": "; ".join(job.warnings), "pages": result["pages"], "footnotes": result["footnotes"],
           "digest": digest}
    if job.sender is not None:
        out["constituent"], out["constituent_line"] = job.sender.name, job.sender.row
    if signatories is not None:
        out["signatories"] = len(signatories)
    return out


_CONTROL = None


def safe_cell(value):
    """A cell a spreadsheet shows as text: control characters removed, and text it would read as a
    formula (starting ``=``, ``+``, ``-``, ``@``) prefixed with a single quote, as OWASP advises
    against CSV injection. Numbers stay numbers."""
    global _CONTROL
    if not isinstance(value, str):
        return value
    import re

    if _CONTROL is None:
        _CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
    value = _CONTROL.sub("", value)
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def safe_row(record: dict) -> dict:
    return {k: safe_cell(v) for k, v in record.items()}


class Writer:
    """Rows appended to a CSV as letters finish, each flushed (the record of an interrupted batch);
    every cell made safe for a spreadsheet (:func:`safe_cell`)."""

    def __init__(self, path: Path, names: list[str]):
        self.fh = open(path, "w", encoding="utf-8", newline="")
        self.csv = csv.DictWriter(self.fh, names, lineterminator="\n")
        self.csv.writeheader()

    def add(self, record: dict) -> None:
        self.csv.writerow(safe_row(record))
        self.fh.flush()

    def __enter__(self) -> "Writer":
        return self

    def __exit__(self, *exc) -> None:
        self.fh.close()


MAX_LETTERS = 1_000_000  # letters in one batch, as batch.json may claim


def read(path: Path):
    """The rows of a manifest, in file order (a generator); a file that is not the CSV briefgen wrote
    (other bytes, a field past the csv module's limit) is an error at its line."""
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        try:
            yield from reader
        except (UnicodeDecodeError, csv.Error) as exc:
            raise BriefgenError(f"not a manifest briefgen wrote: {exc}",
                                Location(display_path(path), reader.line_num + 1, 1), code="manifest",
                                hint="build the batch again rather than edit its manifest") from None


class Kept:
    """The letters an earlier batch left in ``folder``, looked up in number order while the new
    batch advances (both are in number order, so nothing is held but the current row)."""

    def __init__(self, folder: Path, record: Path):
        self.folder = folder
        self.rows = read(record) if record.is_file() else iter(())
        self.current = None

    def find(self, number: int, digest: str) -> dict | None:
        """The row of letter ``number`` if it was built from the same inputs and its files are all there."""
        while self.current is None or _number(self.current) < number:
            self.current = next(self.rows, None)
            if self.current is None:
                return None
        if _number(self.current) != number or self.current.get("digest") != digest:
            return None
        files = [f for f in (self.current.get("files") or "").split(";") if f]
        if not files or not all((self.folder / f).is_file() and (self.folder / f).stat().st_size for f in files):
            return None
        return self.current


def _info(path: Path) -> dict:
    """A share's batch.json, checked: a brief, a whole number of letters up to MAX_LETTERS."""
    def no_constant(name):
        raise ValueError(f"{name} is not a number JSON allows")

    where = Location(display_path(path))
    try:
        info = json.loads(path.read_text(encoding="utf-8"), parse_constant=no_constant)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise BriefgenError(f"cannot read {INFO}: {exc}", where, code="manifest") from None
    total = info.get("total") if isinstance(info, dict) else None
    if not isinstance(info, dict) or not isinstance(info.get("brief"), str) or isinstance(total, bool) \
            or not isinstance(total, int) or not 0 <= total <= MAX_LETTERS:
        raise BriefgenError(f"{INFO} is not one briefgen wrote: it needs a brief and a total of 0 to "
                            f"{MAX_LETTERS:,} letters", where, code="manifest",
                            hint="build the batch again rather than edit its record")
    return info


def _number(record: dict) -> int:
    number = record.get("number") or ""
    return int(number) if isinstance(number, str) and number.isascii() and number.isdigit() and len(number) < 10 \
        else 0


def write_info(path: Path, info: dict) -> None:
    from briefgen import atomic

    atomic.write_text(path, json.dumps(info, indent=2, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------- shares put back together


@dataclass
class Merged:
    """What ``briefgen letters manifest`` found: rows in number order, and what is wrong."""

    brief: str = ""
    total: int = 0
    rows: list = field(default_factory=list)
    names: list = field(default_factory=list)
    missing: list = field(default_factory=list)       # letter numbers no share has
    duplicates: dict = field(default_factory=dict)    # number -> folders that both have it
    absent: list = field(default_factory=list)        # (folder, file) listed but not there
    problems: list = field(default_factory=list)      # Diagnostics

    @property
    def complete(self) -> bool:
        return not (self.missing or self.duplicates or self.absent)

    def csv_text(self) -> str:
        """The merged manifest: the shares' columns after the folder each letter is in."""
        import io

        buf = io.StringIO()
        writer = csv.DictWriter(buf, self.names or ["folder", "number"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(safe_row(r) for r in self.rows)
        return buf.getvalue()


def merge(folders: list[Path]) -> Merged:
    """Read each share's batch.json and manifest.csv; check they are shares of one batch."""
    out = Merged()
    seen: dict = {}
    digest = None
    for folder in folders:
        info_path, record = folder / INFO, folder / NAME
        if not info_path.is_file() or not record.is_file():
            raise BriefgenError(f"{display_path(folder)} holds no finished batch (no {INFO} and {NAME})",
                                Location(display_path(folder)), code="manifest",
                                hint="name the folders that `briefgen build --shard K/N` wrote")
        info = _info(info_path)
        if digest is None:
            out.brief, out.total, digest = info["brief"], info["total"], info.get("digest")
        elif (info.get("brief"), info["total"]) != (out.brief, out.total):
            raise BriefgenError(f"{display_path(folder)} is a share of {info.get('brief')} "
                                f"({info.get('total')} letters), not of {out.brief} ({out.total})",
                                Location(display_path(info_path)), code="manifest")
        elif info.get("digest") != digest:
            out.problems.append(("warning", f"{display_path(folder)} was built from other inputs than "
                                            f"{display_path(folders[0])} (a spec, module, list or the "
                                            "congress data changed between shares)"))
        for line, r in enumerate(read(record), 2):
            if not out.names:
                out.names = ["folder"] + list(r)
            number = _number(r)
            if not 1 <= number <= out.total:
                raise BriefgenError(f"letter number '{str(r.get('number'))[:20]}' is not one of the batch's "
                                    f"{out.total} letters", Location(display_path(record), line, 1), code="manifest",
                                    hint="build the batch again rather than edit its manifest")
            files = [f for f in (r.get("files") or "").split(";") if f]
            out.absent += [(folder, f) for f in files if not (folder / f).is_file()]
            if number in seen:
                out.duplicates.setdefault(number, [seen[number]]).append(str(folder))
                continue
            seen[number] = str(folder)
            out.rows.append({"folder": str(folder), **r})
    out.rows.sort(key=_number)
    out.missing = [n for n in range(1, out.total + 1) if n not in seen]
    return out
