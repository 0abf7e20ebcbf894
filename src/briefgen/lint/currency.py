"""What a supervisor asks of an argument before signing it: was each source read, is each fact still
current, and is any authority cited as if still in force after it was revoked?

- ``unconsulted-source``: a citation of a record marked ``consulted: false`` that does not also cite,
  in the same cluster, the record it was read in (``via``) — the R1.1 / *as reported in* form.
- ``stale-fact``, ``stale-module``, ``stale-record``: with ``stale_after`` in the spec (``5y``, ``18m``,
  ``90d``), a fact (``as_of``), module (``as_of``) or cited record (``verified``) dated longer before
  the brief than that; ``undated`` lists once what carries no date to judge. A fact marked
  ``timeless: true`` (an event or a holding: a judgment of 2009 stays true) is never stale.
- ``revoked-authority``: a record whose history says it was revoked, superseded, repealed, rescinded,
  vacated, reversed or overruled, cited where neither its cluster nor the sentence before it says so.

"""
from __future__ import annotations

import datetime
import re

from briefgen.dates import parse_age
from briefgen.document import Cite, Para, iter_blocks
from briefgen.errors import Report

GONE = ("revoked by", "superseded by", "repealed by", "rescinded by", "vacated", "rev'd", "overruled by",
        "abrogated by", "withdrawn by", "terminated by")
ACKNOWLEDGED = re.compile(r"\b(revok|rescind|supersed|repeal|vacat|overrul|abrogat|withdr[ae]w|terminat|former|"
                          r"no longer|until its|replaced)", re.I)


def _date(value) -> datetime.date | None:
    from briefgen.dates import parse_date

    try:
        parts = parse_date(value)
    except (ValueError, TypeError):
        return None
    if len(parts) == 1:
        year, month, day = parts[0], 12, 31          # a year alone: judged from its last day
    elif len(parts) == 2:
        year, month, day = parts[0], parts[1], 28    # a month: from (nearly) its last day
    else:
        year, month, day = parts[:3]
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _gone(auth) -> list[tuple[str, str]]:
    """``[(relation, what)]`` of a record's history that takes it out of force."""
    out = []
    history = auth.get("history")
    for entry in history if isinstance(history, list) else []:
        if isinstance(entry, dict):
            rel = str(entry.get("relation") or "").strip().lower()
            if rel in GONE:
                out.append((rel, str(entry.get("cite") or entry.get("text") or "")))
    return out


def _sentences(doc):
    """Each cite cluster with the text of its paragraph before it (the sentence that relies on it)."""
    from briefgen.document import Note, Str

    def walk(nodes, before: list, out: list):
        for node in nodes:
            if isinstance(node, Cite):
                out.append((node, "".join(before)[-400:]))
            elif isinstance(node, Str):
                before.append(node.text)
            elif isinstance(node, Note):
                walk(node.children, list(before), out)
            else:
                walk(getattr(node, "children", ()), before, out)
        return out

    for block in iter_blocks(doc.blocks):
        if isinstance(block, Para):
            yield from walk(block.children, [], [])


def check(document, modules, facts, library, spec, report: Report) -> None:
    """Every check above on one brief's composed document (before the citations pass)."""
    clusters = list(_sentences(document))
    _unconsulted(clusters, library, report)
    _revoked(clusters, library, report)
    limit = spec.extra.get("stale_after") if hasattr(spec, "extra") else None
    if limit is not None:
        _stale(clusters, modules, facts, library, spec, parse_age(limit), report)


def _unconsulted(clusters, library, report: Report) -> None:
    for cite, _ in clusters:
        keys = [item.key for item in cite.items]
        for item in cite.items:
            auth = library.by_id.get(item.key)
            if auth is None or auth.get("consulted") is not False:
                continue
            via = str(auth.get("via") or "")
            if via and via in keys:
                continue
            fix = (f"cite it as reported where it was read: [@{auth.id} (as reported in …); @{via}], or cite "
                   f"@{via} alone" if via else f"cite the source that was read, or read {auth.id} and set "
                                               "consulted: true in its record")
            report.warning(f"'{auth.id}' is cited as though read, but its record says it was not consulted"
                           + (f" (it was read as reported in '{via}')" if via else ""),
                           item.location or cite.location, code="unconsulted-source", hint=f"R1.1: {fix}")


def _revoked(clusters, library, report: Report) -> None:
    for cite, sentence in clusters:
        for item in cite.items:
            auth = library.by_id.get(item.key)
            gone = _gone(auth) if auth is not None else []
            if not gone:
                continue
            said = " ".join([sentence, cite.source, item.prefix, *item.parentheticals])
            if ACKNOWLEDGED.search(said) or any(what and what in [i.key for i in cite.items] for _, what in gone):
                continue
            rel, what = gone[0]
            report.warning(f"'{auth.id}' is cited as if in force, but its record says it was {rel} {what}".rstrip(),
                           item.location or cite.location, code="revoked-authority",
                           hint="say in the sentence that it was revoked (the full citation prints its history), "
                                "or cite what is in force now")


def _stale(clusters, modules, facts, library, spec, days: int | None, report: Report) -> None:
    if days is None:                   # the spec's reader has reported it
        return
    brief = _date(spec.get("date")) if spec.get("date") else None
    if brief is None:
        return
    limit = datetime.timedelta(days=days)
    shown = spec.extra.get("stale_after")
    undated: list[str] = []

    def old(value) -> bool:
        when = _date(value)
        return when is not None and brief - when > limit

    for m in modules:
        if not m.as_of:
            undated.append(f"module {m.name}")
        elif old(m.as_of):
            report.warning(f"module {m.name} was last brought up to date on {m.as_of}, more than {shown} before the "
                           f"brief ({spec.get('date')})", m.front.where("as_of") if m.front else None,
                           code="stale-module", hint="review its law and facts, then set as_of to the date you did")
    for fact in facts:
        if fact.timeless:
            continue
        if not fact.as_of:
            undated.append(f"fact {fact.id}")
        elif old(fact.as_of):
            report.warning(f"fact '{fact.id}' is as of {fact.as_of}, more than {shown} before the brief "
                           f"({spec.get('date')})", fact.location, code="stale-fact",
                           hint="find a current figure or finding, or say in the text as of when it was true")
    cited = dict.fromkeys(item.key for cite, _ in clusters for item in cite.items)
    for key in cited:
        auth = library.by_id.get(key)
        if auth is not None and auth.get("verified") and old(auth.get("verified")):
            report.warning(f"'{key}' was last verified on {auth.get('verified')}, more than {shown} before the brief",
                           auth.location, code="stale-record",
                           hint="check the source again (is it still in force? still at its address?), then "
                                "update verified")
    if undated:
        report.warning(f"{len(undated)} of what this brief relies on carries no date to judge its currency by: "
                       f"{', '.join(undated[:8])}{' …' if len(undated) > 8 else ''}", spec.location,
                       code="undated", hint="give facts and modules as_of: YYYY-MM-DD")
