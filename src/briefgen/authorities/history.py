"""Prior and subsequent history (R10.7, R14.7, R12.8): what became of a decision, an order or a rule.

A record lists its history as entries, each a relation and either another record or the text of its
citation::

    history:
      - {relation: revoked by, cite: eo13780}
      - {relation: cert. denied, text: "549 U.S. 1100 (2007)"}

The relation prints in italics, as T8 gives it; a phrase that ends in *by* or a participle that takes
an object (*aff’g*, *rev’g*, *vacating*) runs into the citation, the others take a comma:

>>> from briefgen.authorities.typeface import runs_text
>>> runs_text(relation_runs("aff'd") + [("775 F.2d 1088 (9th Cir. 1985)", "")])
'*aff’d*, 775 F.2d 1088 (9th Cir. 1985)'
>>> runs_text(relation_runs("revoked by") + [("Exec. Order No. 13,780", "")])
'*revoked by* Exec. Order No. 13,780'

Only the full citation carries the history; a short form, *supra* or *Id.* never repeats it (R10.7).
A record written before entries existed may still give its history as printed text, with ``*italics*``.
"""
from __future__ import annotations

from briefgen.authorities.typeface import Run, emphasis_runs

# T8's explanatory phrases, as they print (curly apostrophes); straight ones are accepted in records.
RELATIONS = ("aff’d", "aff’d in part, rev’d in part", "aff’g", "amended by", "cert. denied", "cert. dismissed",
             "cert. granted", "modified", "modifying", "overruled by", "reh’g denied", "repealed by", "rev’d",
             "rev’g", "revoked by", "superseded by", "vacated", "vacated by", "vacating")
_RUNS_IN = ("aff’g", "rev’g", "vacating", "modifying")


def relation(value) -> str | None:
    """A record's relation as it prints, or None when T8 has no such phrase."""
    text = " ".join(str(value).replace("'", "’").split()).lower()
    return text if text in RELATIONS else None


def relation_runs(value: str) -> list[Run]:
    phrase = relation(value) or str(value)
    joins = phrase.endswith(" by") or phrase in _RUNS_IN
    return [(phrase, "i"), (" " if joins else ", ", "")]


def entry_problem(entry) -> str:
    """What is wrong with one history entry, or ''."""
    if not isinstance(entry, dict):
        return "an entry {relation: …, cite: ID} or {relation: …, text: …}"
    unknown = set(entry) - {"relation", "cite", "text"}
    if unknown:
        return f"an entry of relation and cite or text, not '{sorted(unknown)[0]}'"
    if not relation(entry.get("relation", "")):
        return f"a relation T8 gives ({', '.join(RELATIONS)}), not {entry.get('relation')!r}"
    if bool(entry.get("cite")) == bool(entry.get("text")):
        return "an entry with either cite: (a record's id) or text: (the citation as printed)"
    return ""


def history_runs(a, library, full) -> list[Run]:
    """``, *revoked by* Exec. Order No. 13,780, 82 Fed. Reg. 13,209 (Mar. 9, 2017)``: the record's history
    after its full citation; ``full(record)`` formats a cited record (without its own history)."""
    value = a.get("history")
    if not value:
        return []
    if isinstance(value, str):
        return [(", ", "")] + emphasis_runs(value)
    runs: list[Run] = []
    for entry in value:
        runs += [(", ", "")] + relation_runs(entry["relation"])
        cited = library.by_id.get(str(entry["cite"])) if entry.get("cite") else None
        if entry.get("cite") and cited is None:     # the loader has reported the unknown id
            runs.append((f"@{entry['cite']}", ""))
        elif cited is not None:
            runs += full(cited)
        else:
            runs += emphasis_runs(str(entry["text"]))
    return runs
