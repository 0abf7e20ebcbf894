"""Ask a register about each citation (through the cache) and judge its answer against the memo.

A verdict for every citation: ``found`` (the decision the memo names), ``not-found`` (no decision at
that citation: the likely invention, ``error[case-not-found]``), ``ambiguous`` (several decisions and
none is the one named), ``mismatch`` (the citation exists but belongs to another case name, court or
year: ``error[case-mismatch]``, the hallmark of an invented citation), ``invalid`` (the register does
not read it as a case citation).

Names are compared by their distinctive words, so the T6 abbreviations of one side (``Int'l``,
``Ass'n``) match the other's full words; a name made only of generic words (``In re Application``)
is not compared. Years within one of each other are a warning, not a mismatch: a decision's filing
date and the year a reporter prints can differ by a rehearing or a year's turn.

>>> distinctive("Int'l Shoe Co. v. Washington")
['shoe', 'washington']
>>> same_name("Int'l Shoe Co. v. Washington", ["International Shoe Co. v. State of Washington"])
True
>>> same_name("Varghese v. China Southern Airlines Co.", ["Kaplan v. Unum Life Ins. Co."])
False
"""
from __future__ import annotations

import re

from briefgen.errors import Report
from briefgen.online import Answer, Cited, Lookup, Match, Options, Resolver, ServiceError
from briefgen.online.cache import Cache

GENERIC = frozenset("""v vs the of and in re ex parte rel inc co corp ltd llc lp plc et al united states state
people city county commonwealth america us usa dept department matter application estate company
corporation incorporated limited association assn intl international natl national govt government
petitioner respondent appellant appellee plaintiff defendant for on to a an by""".split())


def distinctive(name: str) -> list[str]:
    words = re.findall(r"[a-z0-9]+", re.sub(r"['’.]", "", name.lower()))
    return [w for w in words if w not in GENERIC and len(w) > 1 and not w.isdigit()]


def _abbreviates(short: str, word: str) -> bool:
    """``intl`` of ``international``; ``shoe`` of ``shoe``; ``assn`` of ``association``."""
    if short == word or (len(short) >= 3 and (word.startswith(short) or short.startswith(word) and len(word) >= 3)):
        return True
    if len(short) < 3 or short[0] != word[0]:
        return False
    letters = iter(word)
    return all(ch in letters for ch in short)


def same_name(memo: str, names: list[str]) -> bool | None:
    """True if a distinctive word of the memo's case name is in one of the register's names; None when
    the memo's name has no distinctive word to compare."""
    ours = distinctive(memo)
    if not ours:
        return None
    theirs = {w for n in names for w in re.findall(r"[a-z0-9]+", re.sub(r"['’.]", "", n.lower()))}
    return any(_abbreviates(o, t) or _abbreviates(t, o) for o in ours for t in theirs if len(t) > 1)


def _names(match: Match) -> list[str]:
    return [match.name, *match.other_names]


def _describe(match: Match) -> str:
    bits = [b for b in (match.court, str(match.year) if match.year else "") if b]
    return f"{match.name}" + (f" ({' '.join(bits)})" if bits else "") + (f" {match.url}" if match.url else "")


def ask(cites: list[Cited], resolver: Resolver, cache: Cache, options: Options) -> dict[str, Answer]:
    """An answer for every distinct citation: from the cache, else from the resolver (then cached)."""
    wanted = list(dict.fromkeys(c.citation for c in cites))
    answers: dict[str, Answer] = {}
    missing = []
    endpoint = getattr(resolver, "endpoint", "")
    for citation in wanted:
        entry = None if options.refresh else cache.get(resolver.name, endpoint, citation)
        if entry is not None:
            answers[citation] = _load(entry)
        else:
            missing.append(citation)
    if missing and options.cache_only:
        return answers
    if missing:
        fresh = resolver.lookup(missing)
        for citation, answer in fresh.items():
            cache.put(resolver.name, endpoint, citation, _dump(answer), answer.checked)
            answers[citation] = answer
    return answers


def _dump(answer: Answer) -> dict:
    return {"status": answer.status, "message": answer.message,
            "matches": [{"name": m.name, "year": m.year, "court": m.court, "url": m.url, "last_page": m.last_page,
                         "other_names": list(m.other_names)} for m in answer.matches]}


def _load(entry: dict) -> Answer:
    raw = entry["answer"]
    matches = []
    for m in raw.get("matches") or []:
        if isinstance(m, dict):
            matches.append(Match(str(m.get("name") or ""), m.get("year") if isinstance(m.get("year"), int) else None,
                                 m.get("court") if isinstance(m.get("court"), str) else None, str(m.get("url") or ""),
                                 m.get("last_page") if isinstance(m.get("last_page"), int) else None,
                                 tuple(str(n) for n in m.get("other_names") or [])))
    status = raw.get("status") if raw.get("status") in ("found", "not-found", "ambiguous", "invalid") else "invalid"
    return Answer(status, tuple(matches), str(entry.get("checked") or ""), cached=True,
                  message=str(raw.get("message") or ""))


def judge(cite: Cited, answer: Answer, source: str, report: Report) -> Lookup:
    """The verdict on one citation, with its diagnostics added to ``report``."""
    where = f" ({cite.where})" if cite.where else ""
    named = f" {cite.name}," if cite.name else ""
    if answer.status == "not-found":
        report.error(f"{cite.citation}{where}:{named} no decision is reported at this citation in {source}; an "
                     f"invented or mistyped citation looks like this", cite.location, code="case-not-found",
                     hint="check the volume, reporter and first page in the reporter itself; the register holds "
                          "most published U.S. decisions, but a very recent or unpublished one may be missing")
        return Lookup(cite, answer, "not-found", source=source)
    if answer.status == "invalid":
        report.warning(f"{cite.citation}{where}: {source} does not read this as a case citation"
                       + (f" ({answer.message})" if answer.message else ""), cite.location, code="case-unchecked",
                       hint="check the reporter's abbreviation against T1 (e.g. F.3d, S. Ct.)")
        return Lookup(cite, answer, "invalid", detail=answer.message, source=source)
    candidates = list(answer.matches)
    by_name = [m for m in candidates if cite.name and same_name(cite.name, _names(m))]
    if answer.status == "ambiguous" and len(by_name) != 1:
        listed = "; ".join(_describe(m) for m in candidates[:5]) or "no candidates given"
        report.warning(f"{cite.citation}{where}: {source} holds several decisions at this citation and cannot "
                       f"tell which the memo means: {listed}", cite.location, code="case-ambiguous",
                       hint="add the court and year, or a parallel citation, so a reader can tell them apart")
        return Lookup(cite, answer, "ambiguous", detail=listed, source=source)
    match = by_name[0] if by_name else (candidates[0] if candidates else None)
    if match is None:
        return Lookup(cite, answer, "found", source=source)
    problems = []
    if cite.name and same_name(cite.name, _names(match)) is False:
        problems.append(f"the case there is {match.name}, not {cite.name}")
    if cite.court and match.court and cite.court != match.court:
        problems.append(f"it was decided by {match.court}, not {cite.court}")
    if cite.year and match.year and abs(cite.year - match.year) > 1:
        problems.append(f"it was decided in {match.year}, not {cite.year}")
    if problems:
        report.error(f"{cite.citation}{where}: this citation exists in {source}, but {'; '.join(problems)} "
                     f"({match.url or 'no address given'})", cite.location, code="case-mismatch",
                     hint="a real citation attached to the wrong case is the mark of an invented authority: find the "
                          "case the memo means and cite it from the reporter")
        return Lookup(cite, answer, "mismatch", detail="; ".join(problems), source=source)
    if cite.year and match.year and cite.year != match.year:
        report.warning(f"{cite.citation}{where}: {match.name} is dated {match.year} in {source}, the memo says "
                       f"{cite.year}", cite.location, code="case-year",
                       hint="the Bluebook year is the year of decision (R10.5); check the reporter")
    if cite.pin and match.last_page and cite.pin > match.last_page:
        report.warning(f"{cite.citation}{where}: pin {cite.pin} is past the case's last page ({match.last_page})",
                       cite.location, code="pin-beyond-case", hint="check the pin against the reporter")
    return Lookup(cite, answer, "found", detail=_describe(match), source=source)


def check(cites: list[Cited], resolver: Resolver, cache: Cache, options: Options, report: Report,
          source: str = "CourtListener") -> list[Lookup]:
    """Every citation judged; citations the cache could not answer under ``--offline-cache-only`` are
    reported once, together, as not checked."""
    answers = ask(cites, resolver, cache, options)
    lookups = [judge(c, answers[c.citation], source, report) for c in cites if c.citation in answers]
    unasked = list(dict.fromkeys(c.citation for c in cites if c.citation not in answers))
    if unasked:
        report.warning(f"{len(unasked)} case citation{'s' if len(unasked) != 1 else ''} not in the cache, so not "
                       f"checked: {', '.join(unasked[:10])}{' …' if len(unasked) > 10 else ''}", None,
                       code="case-unchecked", hint="run without --offline-cache-only to ask the register")
    return lookups


__all__ = ["check", "ask", "judge", "same_name", "distinctive", "ServiceError"]
