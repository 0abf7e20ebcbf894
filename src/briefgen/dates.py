"""Dates as the Bluebook prints them (T12 month abbreviations): ``Apr. 2, 2013``."""
from __future__ import annotations

import re

from briefgen.tables import T12 as MONTHS  # noqa: E402  (T12, kept in one place)


def parse_date(value) -> tuple[int, ...]:
    """A date as its numbers, to the precision given.

    >>> parse_date('2013-04-02'), parse_date('2016-11'), parse_date(2016)
    ((2013, 4, 2), (2016, 11), (2016,))
    """
    if isinstance(value, (list, tuple)):
        parts = tuple(int(p) for p in value if str(p).strip())
    else:
        text = str(value).strip()
        m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text)
        if not m:
            raise ValueError(f"'{text}' is not a date")
        parts = tuple(int(g) for g in m.groups() if g)
    if not parts:
        raise ValueError("empty date")
    if len(parts) > 1 and not 1 <= parts[1] <= 12:
        raise ValueError(f"month {parts[1]} out of range")
    if len(parts) > 2 and not 1 <= parts[2] <= 31:
        raise ValueError(f"day {parts[2]} out of range")
    return parts[:3]


def format_date(value, precision: int = 3) -> str:
    """A date as the Bluebook prints it (T12 months); precision 1 gives the year alone.

    >>> format_date((2013, 4, 2)), format_date('2016-09'), format_date('2013-04-02', precision=1)
    ('Apr. 2, 2013', 'Sept. 2016', '2013')
    """
    parts = parse_date(value)[:precision]
    if len(parts) == 1:
        return str(parts[0])
    if len(parts) == 2:
        return f"{MONTHS[parts[1] - 1]} {parts[0]}"
    return f"{MONTHS[parts[1] - 1]} {parts[2]}, {parts[0]}"


def year_of(value) -> str:
    return str(parse_date(value)[0])


def format_dates(values) -> str:
    """Dates of one instrument signed on several days (an exchange of notes, R21.4.4):
    each month and year is printed once.

    >>> format_dates(['2022-02-17', '2022-02-28'])
    'Feb. 17, 28, 2022'
    """
    parts = [parse_date(v) for v in values]
    if any(len(p) < 3 for p in parts):
        return ", ".join(format_date(v) for v in values)
    out = []
    for i, (year, month, day) in enumerate(parts):
        later = parts[i + 1] if i + 1 < len(parts) else None
        same_month = i and parts[i - 1][:2] == (year, month)
        out.append(str(day) if same_month else f"{MONTHS[month - 1]} {day}")
        if later is None or later[0] != year:
            out[-1] += f", {year}"
    return ", ".join(out)
