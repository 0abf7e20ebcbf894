"""The citation engine: cluster syntax, each authority kind's Bluebook forms, positions, the notes pass
and the table of authorities. :func:`format_citation` formats one citation, as ``briefgen cite`` does."""
from __future__ import annotations


def format_citation(library, key: str, pin: str = "", signal: str = "", paren: str = "",
                    typeface: str = "practitioner") -> list[tuple[str, str]]:
    """One citation in full, as it prints the first time a brief cites it, ending with its period.

    Returns styled runs (``(text, style)``, style ``""``, ``"i"`` or ``"sc"``); a bad key, pin,
    signal or typeface raises :class:`~briefgen.errors.BriefgenError`.

    >>> from briefgen.authorities.load import Library
    >>> from briefgen.authorities.model import Authority
    >>> lib = Library({'att': Authority('att', 'treaty', {'name': 'Arms Trade Treaty', 'date': '2013-04-02',
    ...                                                   'sources': ['3013 U.N.T.S. 269']})})
    >>> from briefgen.authorities.typeface import runs_text
    >>> runs_text(format_citation(lib, 'att', pin='arts. 6-7', signal='see'))
    '*See* Arms Trade Treaty arts. 6-7, Apr. 2, 2013, 3013 U.N.T.S. 269.'
    """
    from briefgen.citations.resolve import Resolver, Settings, end_sentence
    from briefgen.citations.syntax import item_text, parse_item
    from briefgen.authorities.typeface import MARK, Style
    from briefgen.document import Cite
    from briefgen.errors import Report

    key = getattr(library, "aliases", {}).get(key, key)     # a Zotero item's address names its short key
    settings = Settings(Style(typeface))
    report = Report()
    resolver = Resolver(library, report, settings)
    resolver.pos.next_unit(1)
    runs = end_sentence(resolver.cluster(Cite((parse_item(item_text(key, pin, signal, paren)),)), capital=True))
    for p in resolver.unchecked:
        report.error(f"'{key}' is in {p}, which did not load", code="unknown-authority",
                     hint="fix the errors reported in that file")
    report.raise_if_errors()
    return [r for r in runs if r[1] != MARK]
