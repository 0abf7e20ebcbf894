"""Lists of people for letters (recipients, signatories, constituents): CSV or YAML files inside the
project, or a YAML list in the spec, read into rows that know the line and column of every cell,
so a mistake in row 4,812 of a campaign's export is reported there."""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from briefgen.errors import BriefgenError, Location, display_path


@dataclass(frozen=True)
class Row:
    """One person: ``Row({'name': 'Ana Ruiz', 'state': 'TX'}, Location('data/c.csv', 4, 1), {'state': Location(…)})``."""

    values: dict
    location: Location
    cells: dict = field(default_factory=dict)    # column -> Location of its cell

    def where(self, key: str) -> Location:
        return self.cells.get(key, self.location)

    def text(self, key: str) -> str:
        value = self.values.get(key)
        return "" if value is None else " ".join(str(value).split())


def inside(project_root: Path, name: str, where: Location | None, code: str) -> Path:
    """A file the spec names, relative to the project, whose real path lies inside it."""
    from briefgen.project import confine

    path = Path(project_root) / name
    if not path.is_file():
        raise BriefgenError(f"no file {name} in the project", where, code=code)
    return confine(path, project_root, f"{code} list", where)


def read(path: Path, code: str) -> tuple[list[str], Iterator[Row]]:
    """The columns (a CSV's header, or [] for YAML) and an iterator of :class:`Row`."""
    if path.suffix.lower() == ".csv":
        return csv_rows(path, code)
    if path.suffix.lower() in (".yaml", ".yml"):
        from briefgen import yamlfile

        data = yamlfile.load(path)
        return [], yaml_rows(data, Location(display_path(path), 1, 1), code)
    raise BriefgenError(f"{display_path(path)}: a list of people is a .csv or .yaml file", code=code)


def yaml_rows(data, where: Location, code: str) -> Iterator[Row]:
    """Rows of a YAML list (from a file or the spec itself)."""
    if not isinstance(data, list):
        raise BriefgenError("a list of people is a YAML list (- name: …)", getattr(data, "loc", where), code=code)
    rows = []
    for i, item in enumerate(data):
        loc = data.where(i) if hasattr(data, "where") else where
        if isinstance(item, str):
            item = {"name": item}
        if not isinstance(item, dict):
            raise BriefgenError("each person is a mapping (name: …) or a name", loc, code=code)
        cells = {k: item.value_where(k) for k in item} if hasattr(item, "value_where") else {}
        rows.append(Row(dict(item), loc, cells))
    return iter(rows)


def csv_rows(path: Path, code: str) -> tuple[list[str], Iterator[Row]]:
    """A CSV with a header row; UTF-8 (a byte-order mark is fine), anything else a located error."""
    from briefgen.yamlfile import read_text

    shown = display_path(path)
    text = read_text(path)  # BOM removed; invalid UTF-8 reported at its line and column
    lines = text.splitlines(keepends=True)
    reader = csv.reader(lines)
    try:
        header = next(reader)
    except StopIteration:
        raise BriefgenError("the file is empty: it needs a header row (name,…)", Location(shown, 1, 1),
                            code=code) from None
    columns = [h.strip().lower() for h in header]
    return columns, _records(reader, lines, columns, shown, code)


def _records(reader, lines, columns, shown, code) -> Iterator[Row]:
    start = reader.line_num
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise BriefgenError(f"cannot read the CSV: {exc}", Location(shown, reader.line_num, 1), code=code) from None
        first, start = start + 1, reader.line_num
        if not any(v.strip() for v in record):
            continue  # a blank line
        raw = "".join(lines[first - 1: start])
        offsets = _field_starts(raw)
        cells = {}
        for i, name in enumerate(columns):
            if i < len(offsets):
                off = offsets[i]
                line = first + raw.count("\n", 0, off)
                col = off - (raw.rfind("\n", 0, off) + 1) + 1
                cells[name] = Location(shown, line, col)
        loc = Location(shown, first, 1)
        if len(record) > len(columns):
            raise BriefgenError(f"this row has {len(record)} cells but the header names {len(columns)} columns", loc,
                                code=code, hint="quote cells that hold commas: \"Austin, TX\"")
        yield Row(dict(zip(columns, record)), loc, cells)


def _field_starts(raw: str) -> list[int]:
    """Where each cell of one CSV record begins (commas inside quotes do not count)."""
    starts, quoted = [0], False
    for i, ch in enumerate(raw):
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            starts.append(i + 1)
    return starts


def check_columns(columns: list[str], known: set, where: Location, code: str, report) -> None:
    """A column nobody reads is a warning, with a did-you-mean: a typo would otherwise drop a field."""
    from briefgen.errors import did_you_mean

    for name in columns:
        base = name.rstrip("0123456789")
        if name and name not in known and base not in known:
            report.warning(f"column '{name}' is not used", where, code=code,
                           hint=did_you_mean(base or name, known) or f"columns: {', '.join(sorted(known))}")
