"""How one authority kind is declared: its fields, its forms, its place in the table of authorities.

Every kind is one :class:`Kind` (in ``domestic.py``, ``secondary.py`` and ``international.py``,
beside the functions that write its forms). The loader checks records against its fields,
the Bluebook formatter calls its forms, the notes pass asks it whether it takes *supra*, and
the table of authorities files it under its section; nothing else branches on the kind.

>>> from briefgen.authorities.kinds import KINDS
>>> KINDS['treaty'].supra, KINDS['treaty'].toa
(True, 'Treaties and International Agreements')
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from briefgen import pins

# Table-of-authorities sections, in the order a brief prints them.
CASES = "Cases"
TREATIES = "Treaties and International Agreements"
LEGISLATION = "Constitutional Provisions, Statutes and Regulations"
OTHER = "Other Authorities"
TOA_SECTIONS = (CASES, TREATIES, LEGISLATION, OTHER)

# Pin labels (see document.Locator and pins.LABELS) and what each prints as, for messages.
PIN_WORDS = pins.WORDS
ALL_PINS = frozenset(PIN_WORDS)

# What kind of source a record is, strongest first: a court's or tribunal's finding, a government's
# own report, a U.N. or treaty body, a non-governmental organization, the press, a party to the
# matter speaking for itself, scholarship.
GRADES = ("adjudicated", "official", "un", "ngo", "press", "party", "scholarly")


@dataclass(frozen=True)
class Field:
    """One field of a kind: ``Field('reporter', doc='U.S., F.3d', needs=('volume',))``.

    ``type`` is one of text, date, names, list, sources, history, choice or bool; ``needs`` names fields
    that must be present whenever this one is.
    """

    name: str
    type: str = "text"
    doc: str = ""
    required: bool = False
    choices: tuple = ()
    needs: tuple = ()


@dataclass(frozen=True)
class Kind:
    """The rule table of one authority kind.

    - ``fields``: what a record holds; ``one_of``: groups of which at least one is required
      (``'code|public_law'``);
    - ``full(a, loc, st)`` and ``short(a, loc, st)``: the forms, as styled runs (``short`` None:
      the kind's later citations are *supra* or repeat the full form);
    - ``supra``: whether later citations take *supra* (R4.2(a));
    - ``window``: short form only within this many notes, else the full form again (R10.9);
    - ``toa``: its table-of-authorities section; ``name_role``: the typeface role of its short name;
    - ``derived(a)``: the name the rules give it in *supra* and short forms, when no hereinafter says
      otherwise (R4.2(b));
    - ``pins``: the pin labels it can print; ``check(record)``: messages about fields that
      contradict one another, as (field, message) pairs;
    - ``csl_type``, ``csl_map``: its CSL type, and fields whose CSL variable differs from the usual one,
      for briefs that use a CSL style.
    """

    name: str
    rule: str
    doc: str
    fields: tuple
    full: Callable
    derived: Callable
    short: Callable | None = None
    one_of: tuple = ()
    supra: bool = False
    window: int | None = None
    toa: str = OTHER
    name_role: str = ""
    pins: frozenset = ALL_PINS
    check: Callable | None = None
    csl_type: str = "document"
    csl_map: tuple = ()

    @property
    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]

    def field(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None) or COMMON_BY_NAME.get(name)

    def summary(self) -> str:
        """``case takes: name (required); one of reporter, database, number or docket; volume, page, …`` for hints."""
        grouped = {n for g in self.one_of for n in g.split("|")}
        parts = [f"{f.name} (required)" for f in self.fields if f.required]
        parts += ["one of " + " or ".join(g.split("|")) for g in self.one_of]
        parts += [f.name for f in self.fields if not f.required and f.name not in grouped]
        return f"{self.name} takes: {'; '.join(parts)}; and any of {', '.join(COMMON_BY_NAME)}"


COMMON = (
    Field("short", doc="the short name of short forms and *supra*"),
    Field("hereinafter", doc="a name announced in the full citation, then used in *supra* and short forms"),
    Field("url", doc="the address, printed where the kind prints one (R18.2)"),
    Field("accessed", "date", doc="when the page was last visited"),
    Field("archived", doc="an archived copy of the address (https://perma.cc/…), printed after it in brackets"),
    Field("note", doc="what was verified and where; never printed"),
    Field("lang", doc="the source's language, e.g. es; never printed"),
    Field("unpinned", doc="why the source can be cited only without a pin"),
    Field("consulted", "bool", doc="false: the author never read the source itself; never printed"),
    Field("via", doc="the id of the record in which the source was read, when it was read only as reported there"),
    Field("verified", "date", doc="when the record was last checked against its source; never printed"),
    Field("grade", "choice", choices=GRADES, doc="what kind of source it is; never printed"),
)
COMMON_BY_NAME = {f.name: f for f in COMMON}

HISTORY_DOC = ("prior or subsequent history: a list of {relation: revoked by, cite: ID} or {relation: cert. denied, "
               "text: \"549 U.S. 1100 (2007)\"}; the relation printed in italics (T8)")


def history_field() -> Field:
    """The ``history`` field every kind that has a history declares (see authorities/history.py)."""
    return Field("history", "history", doc=HISTORY_DOC)
