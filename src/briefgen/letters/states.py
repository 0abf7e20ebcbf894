"""States, D.C. and the territories: their codes, their names, and how many House seats each has.

Seats are the apportionment after the 2020 census (in force from the 118th Congress to the
2032 elections): 435 districts, at-large states with one, and one non-voting member each for
D.C. and the five territories. A district the state has but no member holds is a vacancy, not
a mistake; a district the state does not have is a mistake.
"""
from __future__ import annotations

NAMES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho",
    "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas",
    "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
    "WI": "Wisconsin", "WY": "Wyoming",
    "DC": "District of Columbia", "PR": "Puerto Rico", "GU": "Guam", "VI": "U.S. Virgin Islands",
    "AS": "American Samoa", "MP": "Northern Mariana Islands",
}
# House seats after the 2020 census (2 U.S.C. § 2a); D.C. and the territories elect one non-voting member.
SEATS = {
    "AL": 7, "AK": 1, "AZ": 9, "AR": 4, "CA": 52, "CO": 8, "CT": 5, "DE": 1, "FL": 28, "GA": 14, "HI": 2, "ID": 2,
    "IL": 17, "IN": 9, "IA": 4, "KS": 4, "KY": 6, "LA": 6, "ME": 2, "MD": 8, "MA": 9, "MI": 13, "MN": 8, "MS": 4,
    "MO": 8, "MT": 2, "NE": 3, "NV": 4, "NH": 2, "NJ": 12, "NM": 3, "NY": 26, "NC": 14, "ND": 1, "OH": 15, "OK": 5,
    "OR": 6, "PA": 17, "RI": 2, "SC": 7, "SD": 1, "TN": 9, "TX": 38, "UT": 4, "VT": 1, "VA": 11, "WA": 10, "WV": 2,
    "WI": 8, "WY": 1,
    "DC": 1, "PR": 1, "GU": 1, "VI": 1, "AS": 1, "MP": 1,
}
TERRITORIES = {"DC", "PR", "GU", "VI", "AS", "MP"}       # no senators; one delegate or resident commissioner
DELEGATES = TERRITORIES - {"PR"}
RESIDENT_COMMISSIONER = {"PR"}
_BY_NAME = {name.lower(): code for code, name in NAMES.items()} | {
    "virgin islands": "VI", "washington, d.c.": "DC", "washington dc": "DC", "d.c.": "DC",
    "commonwealth of the northern mariana islands": "MP", "commonwealth of puerto rico": "PR"}


def code(text) -> str | None:
    """A state's postal code, from the code or the name in any case; None for anything else.

    >>> code('tx'), code('Texas'), code('Texarkana')
    ('TX', 'TX', None)
    """
    value = " ".join(str(text or "").split())
    if value.upper() in NAMES:
        return value.upper()
    return _BY_NAME.get(value.lower())


def at_large(state: str) -> bool:
    """One member for the whole state (or territory): no district to give."""
    return SEATS.get(state) == 1


def district(state: str, text) -> int | None:
    """The district number a row gives, checked against the state's seats: ``('TX', '7')`` -> 7.
    At-large seats are district 0 (as the congress data has them); ``0``, ``1``, ``AL`` and
    ``at-large`` all name them. Raises ValueError for a district the state does not have."""
    value = str(text).strip().lower().removeprefix(f"{state.lower()}-")
    if at_large(state):
        if value in ("0", "1", "al", "at-large", "at large", "00", "01"):
            return 0
        raise ValueError(f"{NAMES[state]} has a single at-large seat; write 1 or AL, or leave the district empty")
    try:
        number = int(value)
    except ValueError:
        raise ValueError(f"'{text}' is not a district number") from None
    if not 1 <= number <= SEATS[state]:
        raise ValueError(f"{NAMES[state]} has districts 1 to {SEATS[state]}, not {number}")
    return number
