"""Pieces every kind's forms share: names, ordinals, dates and pins as the Bluebook prints them.

>>> author_list(['Joseph Williams', 'Joseph Bizup'], short=True)
'Williams & Bizup'
>>> when({'date': '2013-04-02'})
'Apr. 2, 2013'
"""
from __future__ import annotations

import re

from briefgen.dates import format_date, format_dates, year_of
from briefgen.document import Locator

from briefgen.tables import INSTITUTION_WORDS  # noqa: E402  (one list for the formatter and the reader)


def text(value) -> str:
    """A field's value as text (YAML gives numbers as numbers)."""
    return "" if value is None else str(value)


def person_name(name) -> str:
    if isinstance(name, dict):
        parts = [name.get("given"), name.get("non-dropping-particle"), name.get("family")]
        return " ".join(str(p) for p in parts if p) + (f", {name['suffix']}" if name.get("suffix") else "")
    return str(name)


def is_institution(name) -> bool:
    return isinstance(name, str) and bool(INSTITUTION_WORDS.search(name) or "," in name or "(" in name or
                                          not 2 <= len(name.split()) <= 4)


def family_name(name) -> str:
    if isinstance(name, dict):
        return " ".join(str(p) for p in (name.get("non-dropping-particle"), name.get("family")) if p) or \
            person_name(name)
    return name if is_institution(name) else str(name).split()[-1]


OTHERS = "et al."      # the last of a record's authors when the citation it was read from named only the first


def as_list(names) -> list:
    if not names:
        return []
    return [names] if isinstance(names, (str, dict)) else list(names)


def author_list(names, short: bool = False) -> str:
    """Authors as R15.1 lists them: two joined by ``&``, three or more as the first *et al.*; a list that ends
    in ``et al.`` names only those the citation read names (the others are not known).

    >>> author_list(['A', 'B']), author_list(['A', 'B', 'C']), author_list(['Peter Barton Hutt', 'et al.'])
    ('A & B', 'A et al.', 'Peter Barton Hutt et al.')
    """
    names = as_list(names)
    fmt = family_name if short else person_name
    if names and names[-1] == OTHERS:
        return f"{fmt(names[0])} et al." if len(names) > 1 else ""
    if not names:
        return ""
    if len(names) == 1:
        return fmt(names[0])
    if len(names) == 2:
        return f"{fmt(names[0])} & {fmt(names[1])}"
    return f"{fmt(names[0])} et al."


def ordinal(n) -> str:
    """Bluebook ordinals: 2d, 3d, 4th, 21st, 102d, 111th."""
    n = int(n)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "d", 3: "d"}.get(n % 10, "th")
    return f"{n}{suffix}"


def edition_text(edition) -> str:
    value = str(edition).strip()
    return f"{ordinal(value)} ed." if value.isdigit() else value


def when(a, field: str = "date", precision: int = 3) -> str:
    """The record's date (or year) as T12 prints it: ``Apr. 2, 2013``, ``June 2009``, ``2016``."""
    value = a.get(field) or (a.get("year") if field == "date" else None)
    if not value:
        return ""
    if isinstance(value, list) and all(isinstance(v, str) and "-" in v for v in value):
        return format_dates(value)
    try:
        return format_date(value, precision)
    except ValueError:
        return str(value)


def day_month(a) -> str:
    """The date without its year, as R21.5.1 prints it after an I.C.J. Reports cite: ``June 27``."""
    full = when(a)
    return re.sub(r",? \d{4}$", "", full) if re.search(r"\d{4}$", full) and " " in full else ""


def year(a) -> str:
    value = a.get("year") or a.get("date")
    return year_of(value) if value else ""


def pin_at(loc: Locator | None) -> str:
    """A pin for a short form: ``at 19``, ``§ 7``, ``¶ 12``, ``art. 7(1)``."""
    return loc.at() if loc else ""


def ends_with_digit(value: str) -> bool:
    return bool(value) and value.rstrip()[-1:].isdigit()


def pin_after_title(title: str, loc: Locator | None) -> str:
    """A pin after a title: `` 32``, or ``, at 12`` when the title ends in a numeral (R3.2(a))."""
    if not loc:
        return ""
    if loc.label == "page":
        return f", at {loc.text}" if ends_with_digit(title) else f" {loc.text}"
    return f" {loc.labelled()}"


def several(pin: str) -> bool:
    """Whether a pin names more than one article, section or paragraph, and so takes the plural label
    (``arts. 6-7``, ``§§ 2304(a)(2), 2778(a)(2)``); subdivisions of one are singular (``art. 7(1)(a), (k)``,
    ``§ 2378d(a)-(b)``, ``art. I, § 8, cl. 8``), and so is a number with two hyphens (``§ 39-13-101``) or one
    whose hyphen follows a decimal point that the part after it lacks (``§ 1.451-1(a)``, ``§ 19.2-209``: a
    span of such sections ends in one, ``§§ 120.1-120.5``)."""
    items: list[str] = []
    for part in _top_level(pin, ",&"):
        for item in re.split(r"\s+(?:and|to|through)\s+", part):
            pieces = _top_level(item, "-–—")
            one = len(pieces) != 2 or ("." in pieces[0] and "." not in pieces[1] and "-" in item) \
                or inserted(*pieces)
            items += [item] if one else pieces
    return any(re.match(r"\s*(\d|[IVXLCDM]+\b(?!\.)|[A-Z]\d)", p) for p in items[1:])


def inserted(first: str, then: str) -> bool:
    """``940c-2``, ``2000e-2``, ``2799aa-1``: one section, which the Code inserted after ``940c`` and numbered on
    from it, not a span from 940c to 2 (a span ends at a number no lower than its start: ``§§ 1320a-1320b``)."""
    a, b = re.fullmatch(r"\s*(\d+)[a-z]+", first), re.match(r"\s*(\d+)", then)
    return a is not None and b is not None and int(b.group(1)) < int(a.group(1))


def _top_level(value: str, separators: str) -> list[str]:
    """``value`` split at the separators that stand outside parentheses."""
    depth, parts, buf = 0, [], ""
    for ch in value:
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and ch in separators:
            parts.append(buf)
            buf = ""
        else:
            buf += ch
    return parts + [buf]


def short_spans(loc: Locator | None) -> Locator | None:
    """R3.2(a): a span of pages keeps the last two digits of its end and drops the others it repeats
    (``1272-1273`` -> ``1272-73``, ``1099–1100`` -> ``1099–100``); sections and paragraphs keep every digit
    (R3.3(b)).

    >>> short_spans(Locator('page', '126–127, 1100-1102')).text
    '126–27, 1100-02'
    """
    if not loc or loc.label != "page":
        return loc

    def cut(m) -> str:
        a, b = m.group(1), m.group(3)
        same = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
        return m.group(0) if len(a) != len(b) else f"{a}{m.group(2)}{b[min(same, len(b) - 2):]}"

    text = re.sub(r"(?<![\w*])(\d{3,})(\s*[-–—]\s*)(\d{3,})(?!\w)", cut, loc.text)
    return loc if text == loc.text else Locator(loc.label, text, loc.plural)


def t16_lower(pin: str) -> str:
    """T16: a subdivision is abbreviated in lower case inside a citation, whatever case its source used.

    >>> t16_lower('art. VI, Cl. 2'), t16_lower('Amend. XIV, § 1')
    ('art. VI, cl. 2', 'amend. XIV, § 1')
    """
    return re.sub(r"\b(Arts?|Amends?|Cls?|Pts?|Chs?|Paras?|Tits?)\.", lambda m: m.group(0).lower(), pin)


def section_pin(loc: Locator | None, default: str) -> str:
    """``§ 2778(b)`` from a section locator (a bare number is a section too), or the record's own section."""
    if loc and loc.label in ("section", "page"):
        return f"{'§§' if loc.plural or several(loc.text) else '§'} {loc.text}"
    if loc:
        return loc.labelled()
    return f"§ {default}" if default else ""
