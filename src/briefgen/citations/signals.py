"""Introductory signals (Bluebook R1.2) and their R1.3 order."""
from __future__ import annotations

# canonical form -> (category, rank within R1.3 order)
SIGNALS: dict[str, tuple[str, int]] = {
    "E.g.": ("support", 0),
    "Accord": ("support", 1),
    "See": ("support", 2),
    "See, e.g.": ("support", 2),
    "See also": ("support", 3),
    "See also, e.g.": ("support", 3),
    "Cf.": ("support", 4),
    "Cf., e.g.": ("support", 4),
    "Compare": ("compare", 5),
    "with": ("compare", 5),
    "Contra": ("contra", 6),
    "But see": ("contra", 7),
    "But see, e.g.": ("contra", 7),
    "But cf.": ("contra", 8),
    "See generally": ("background", 9),
}

_BY_LOWER = {k.lower(): k for k in SIGNALS}
_BY_LOWER.update({"cf": "Cf.", "e.g": "E.g.", "eg": "E.g.", "see e.g.": "See, e.g.", "see, e.g": "See, e.g.",
                  "but cf": "But cf.", "and": "with"})


def canonical(text: str) -> str | None:
    """A signal as R1.2 writes it; None when the text is not a signal.

    >>> canonical('see, e.g.,'), canonical('but cf'), canonical('notably')
    ('See, e.g.', 'But cf.', None)
    """
    t = " ".join(text.strip().split()).rstrip(",").strip()
    return _BY_LOWER.get(t.lower())


def rank(signal: str) -> int:
    return SIGNALS.get(signal, ("support", 0))[1] if signal else -1


def category(signal: str) -> str:
    return SIGNALS.get(signal, ("support", 0))[0] if signal else "support"


def styled(signal: str, capital: bool) -> list[tuple[str, str]]:
    """Runs for a signal: italic words, a roman trailing comma after 'e.g.' (R4.6.2)."""
    text = signal if capital else signal[0].lower() + signal[1:]
    if text.lower().endswith("e.g."):
        return [(text, "i"), (",", "")]
    return [(text, "i")]


def close_to(text: str) -> str:
    """The signal a misspelt prefix most likely meant (``'sea also'`` -> ``'See also'``), or ''."""
    import difflib

    t = text.strip().rstrip(",").lower()
    match = difflib.get_close_matches(t, [s.lower() for s in SIGNALS if s != "with"], n=1, cutoff=0.6)
    return next((s for s in SIGNALS if s.lower() == match[0]), "") if match else ""
