"""Bluebook citation forms as styled runs: the full form, *Id.*, the short form and *supra*.

Each authority's kind (see :mod:`briefgen.authorities.kinds`) writes its own full and short forms;
this module puts them in their places and never asks which kind it has:

>>> from briefgen.authorities.model import Authority
>>> ford = Authority('ford', 'case', {'name': 'Ford v. Wainwright', 'volume': '477', 'reporter': 'U.S.',
...                                   'page': '399', 'court': 'U.S.', 'date': '1986'})
>>> runs_text(full(ford, Locator('page', '410')))
'*Ford v. Wainwright*, 477 U.S. 399, 410 (1986)'
>>> runs_text(short(ford, Locator('page', '412')))
'*Ford*, 477 U.S. at 412'

The practitioner's typeface (Bluepages) is the default; ``law-review`` sets books,
reports and periodicals in small caps and case names roman in full citations, italic in short forms
(R2.1(a): ``*Sosa*, 542 U.S. at 732``).
"""
from __future__ import annotations

import re

from briefgen.authorities.kinds import KINDS
from briefgen.authorities.parts import pin_at
from briefgen.authorities.rules import Kind
from briefgen.authorities.typeface import (DEFAULT, MARK, Run, Style, emphasis_runs, merge, plain, runs_text,
                                         smart_quotes)
from briefgen.document import Locator

__all__ = ["Style", "Run", "MARK", "DEFAULT", "runs_text", "plain", "merge", "emphasis_runs", "smart_quotes",
           "kind_of", "full", "short", "supra", "ibid", "hereinafter", "later_name", "announced", "supra_name"]


def kind_of(a) -> Kind:
    return KINDS[a.kind]


def full(a, loc: Locator | None = None, st: Style = DEFAULT, suppress_author: bool = False) -> list[Run]:
    """The full citation, without signal, hereinafter or explanatory parentheticals."""
    return merge(kind_of(a).full(a, loc, st, suppress_author))


def later_name(a) -> tuple[str, str]:
    """The name later citations use, with its typeface role: the hereinafter, else ``short``, else the
    name the rules derive (R4.2(b), R10.9)."""
    kind = kind_of(a)
    given = a.get("hereinafter") or a.get("short")
    return (str(given), name_role(a, str(given))) if given else kind.derived(a)


def announced(a, used_later: bool) -> tuple[str, str] | None:
    """The name a first citation must announce with ``[hereinafter …]`` (R4.2(b)), or None.

    A name is announced only when a later citation in the same document uses it (a record's own
    ``hereinafter`` too), and never when it equals the name the rules derive. The name's typeface
    follows the words it is made of (see :func:`name_role`).
    """
    if not used_later:
        return None
    kind = kind_of(a)
    derived = kind.derived(a)[0]
    if a.get("hereinafter") and str(a.get("hereinafter")) != derived:
        return str(a.get("hereinafter")), name_role(a, str(a.get("hereinafter")))
    if kind.supra and a.get("short") and str(a.get("short")) != derived:
        return str(a.get("short")), name_role(a, str(a.get("short")))
    return None


INITIALS = re.compile(r"^[A-Z0-9][A-Z0-9.&/\-–]*$")


def _words(value) -> set:
    return {w.strip(".,:;()[]“”\"'’").lower() for w in str(value or "").split()} - {""}


def name_role(a, name: str) -> str:
    """The typeface role of a name chosen for later citations (R4.2(b)): the typeface its words have
    in the full citation. Words taken from an italic title keep the kind's role (``*General Comment
    No. 36*``, ``*ENVIPE 2017*``); a report number, an institution's initials (``GAO-09-709``, ``INEGI``)
    or words of a roman author are roman; other names keep the kind's role."""
    role = kind_of(a).name_role
    words = _words(name)
    if words and words <= _words(a.get("title")) | _words(a.get("name")):
        return role
    roman = set().union(*(_words(a.get(f)) for f in ("number", "author", "symbol")))
    if all(INITIALS.match(w) for w in name.split()) or (words and words <= roman):
        return ""
    return role


def hereinafter(a, st: Style = DEFAULT, used_later: bool = False) -> list[Run]:
    """`` [hereinafter *GAO Report*]``: the word in roman, the name in the typeface its words have in
    the full citation (R4.2(b)); empty when no later citation uses the name."""
    name = announced(a, used_later)
    if not name:
        return []
    return [(" [hereinafter ", ""), st.run(*name), ("]", "")]


def supra_name(a, st: Style = DEFAULT) -> list[Run]:
    """The name before *supra*: ``ATT``, ``Vats``, ``Hum. Rts. Comm.``, ``*GIEI Report*``."""
    return [st.run(*later_name(a))]


def supra(a, loc: Locator | None, note: int | None, st: Style = DEFAULT) -> list[Run]:
    """``Vats, *supra* note 5, at 100``; in court documents ``Skinner, *supra*, at 21``."""
    runs = supra_name(a, st) + [(", ", ""), ("supra", "i")]     # merge() puts the comma inside quotes (R5.1)
    if note:
        runs.append((f" note {note}", ""))
    if loc:
        runs.append((f", {pin_at(loc)}", ""))
    return merge(runs)


def short(a, loc: Locator | None, st: Style = DEFAULT) -> list[Run]:
    """The short form of a kind that takes none of *supra*: ``*Raich*, 545 U.S. at 8``; ``18 U.S.C. § 1030``."""
    kind = kind_of(a)
    if kind.short is None:
        return full(a, loc, st)
    return merge(kind.short(a, loc, st, later_name(a)[0]))


def ibid(loc: Locator | None, capital: bool) -> list[Run]:
    """``*Id.* at 22``, ``*Id.* § 7102(26)``, ``*id.* ¶ 18``."""
    runs: list[Run] = [("Id." if capital else "id.", "i")]
    if loc:
        runs.append((f" {pin_at(loc)}", ""))
    return runs


