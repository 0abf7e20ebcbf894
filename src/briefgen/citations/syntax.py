"""Pandoc-style citation clusters and locators, parsed into Citation values.

``[see @gao2009, 15 (reporting trace data); see also @afsc2016, 11]`` becomes two
:class:`~briefgen.document.Citation` items. Parsing never formats anything.
"""
from __future__ import annotations

import re

from briefgen import pins
from briefgen.citations import signals
from briefgen.authorities.parts import several
from briefgen.document import Citation, Locator
from briefgen.errors import BriefgenError, Location

# An authority key, as Pandoc reads one: a letter, digit or _, then more of them, with : . # $ % & + ? < > ~ / -
# allowed inside (never at the end, so "@gao2009." ends at the 9).
KEY = r"\w(?:\w|[:.#$%&+?<>~/-](?=\w))*"
KEY_RE = re.compile(rf"(?P<suppress>-?)@(?P<key>{KEY})")
# ``@key`` or ``@key, 253`` inside an explanatory parenthetical
INNER_CITE = re.compile(rf"(?<![\w@])@(?P<key>{KEY})(?:,\s*(?P<pin>[^;,()]*[^;,()\s.]))?")
# what authors write by hand where briefgen chooses the form: [id. at 733], [see Id.], [Vats, supra note 4]
HANDWRITTEN = re.compile(r"^\s*(?:(?:see|see also|cf\.|accord)\s+)?(?:id\.|ibid\.?)(?:\s|,|$)|\bsupra\b", re.I)

# each label's written forms (pins.LABELS), with whether each names several; a page's word needs a space after it
_LABELS = [(re.compile(rf"^({written})\s{'+' if name == 'page' else '*'}", re.I), name, plural)
           for name, label in pins.LABELS.items() if name != "other" for written, plural in label.written]
_PAGE_RE = re.compile(rf"^(?:{pins.PAGES_WRITTEN})$")


def parse_locator(text: str, location: Location | None = None) -> Locator:
    """A pin, labelled; what no label fits is kept as written.

    >>> parse_locator('art. 7(1)').label, parse_locator('1272-73').label, parse_locator('amend. V').label
    ('article', 'page', 'other')
    """
    t = " ".join(text.split()).replace("--", "–")
    if "@" in t:
        raise BriefgenError(f"locator '{t}' holds another citation", location, code="locator",
                            hint="separate the items of a cluster with ';': [compare @a, 12; with @b, 34]")
    if t.endswith(".") and not re.search(r"\b(?:pmbl|seq|supp|app|ch|cl|no|pts?|arts?|paras?)\.$", t, re.I):
        raise BriefgenError(f"a period ends the pin '{t}'", location, code="locator",
                            hint="the sentence's period goes after the closing bracket: [@key, 732].")
    if not t:
        raise BriefgenError("empty locator after the comma", location, code="locator",
                            hint="write a pin such as 19, art. 7(1) or § 2778(b), or drop the comma")
    for rx, label, plural in _LABELS:
        m = rx.match(t)
        if m:
            rest = t[m.end():].strip()
            if not rest:
                raise BriefgenError(f"locator '{t}' has a label but no number", location, code="locator",
                                    hint="write e.g. 'art. 7(1)', '§ 2778(b)', '¶ 12' or 'n.4'")
            if plural is None:
                plural = m.group(1).lower().rstrip(".") in ("arts", "pts", "paras", "nn", "secs")
            plural = plural or (label != "page" and several(rest))
            if label == "page" and not _PAGE_RE.match(rest):
                raise BriefgenError(f"malformed page locator '{rest}'", location, code="locator",
                                    hint="pages look like 19, 19-22, 1026, 1028, *7 or 19 & n.4")
            return Locator(label, rest, bool(plural))
    if re.match(r"^\*?[A-Z]?\d", t) or re.fullmatch(rf"{pins.ROMAN}(?:[-–]{pins.ROMAN})?", t):
        if not _PAGE_RE.match(t):
            raise BriefgenError(f"malformed page locator '{t}'", location, code="locator",
                                hint="pages look like 19, 19-22, 1026, 1028, *7 or 19 & n.4")
        return Locator("page", t)
    if re.search(r"[-–]$", t):
        raise BriefgenError(f"malformed locator '{t}'", location, code="locator", hint="a range needs its end")
    return Locator("other", t)


def item_text(key: str, pin: str = "", signal: str = "", paren: str = "") -> str:
    """The inverse of :func:`parse_item`.

    >>> item_text('gao2009', '15', 'see')
    'see @gao2009, 15'
    """
    text = f"{signal} @{key}" if signal else f"@{key}"
    if pin:
        text += f", {pin}"
    if paren:
        text += f" ({paren})"
    return text


def _split_top(text: str, sep: str) -> list[str]:
    """Split on ``sep`` outside parentheses, brackets and quotes."""
    parts: list[str] = []
    buf: list[str] = []
    depth, quote = 0, False
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch in "“”\"":
            quote = (ch == "“") or (ch == '"' and not quote)
            if ch == "”":
                quote = False
        if ch == sep and depth == 0 and not quote:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    parts.append("".join(buf))
    return parts


def _peel_parentheticals(rest: str) -> tuple[str, tuple[str, ...]]:
    """Take trailing ``(…)`` groups (each after white space) off the end of an item."""
    out: list[str] = []
    rest = rest.rstrip()
    while rest.endswith(")"):
        depth = 0
        for i in range(len(rest) - 1, -1, -1):
            if rest[i] == ")":
                depth += 1
            elif rest[i] == "(":
                depth -= 1
                if depth == 0:
                    break
        else:
            break
        if depth != 0 or (i > 0 and not rest[i - 1].isspace()):
            break
        if re.fullmatch(r"[A-Za-z0-9]{1,5}", rest[i + 1:-1]) and re.search(r"[,&–-]\s*$", rest[:i]):
            break  # "art. 7(1)(a), (k)": a subdivision in a list of them, not a parenthetical
        out.insert(0, rest[i + 1:-1].strip())
        rest = rest[:i].rstrip()
    return rest, tuple(out)


def unescape(text: str) -> str:
    return re.sub(r"\\([\\`*_{}\[\]()#+\-.!@&|<>~\"'])", r"\1", text)


def parse_item(text: str, location: Location | None = None) -> Citation:
    """One item: ``see also @afsc2016, 11 (noting …)``."""
    m = KEY_RE.search(text)
    while m and m.start() > 0 and not (text[m.start() - 1].isspace() or text[m.start() - 1] in "[;"):
        m = KEY_RE.search(text, m.end())
    if not m:
        raise BriefgenError(f"citation item without an @key: '{text.strip()}'", location, code="cite-syntax",
                            hint="each item of a cluster names an authority, e.g. [see @gao2009, 15]")
    key = m.group("key")
    prefix = unescape(text[: m.start()].strip())
    rest = text[m.start() + 1 + len(m.group("suppress")) + len(key):]
    signal = ""
    if prefix:
        canon = signals.canonical(prefix)
        if canon:
            signal, prefix = canon, ""
        else:
            close = signals.close_to(prefix) if len(prefix.split()) <= 2 else ""
            if close:
                raise BriefgenError(f"unknown signal '{prefix}'", location, code="signal",
                                    hint=f"did you mean '{close}'?")
    rest, parens = _peel_parentheticals(rest)
    rest = rest.strip()
    locator = None
    if rest.startswith(","):
        locator = parse_locator(unescape(rest[1:].strip()), location)
    elif rest:
        raise BriefgenError(f"unexpected text after @{key}: '{rest}'", location, code="cite-syntax",
                            hint="put a comma before a pin cite: [@key, 19]")
    return Citation(key=key, signal=signal, prefix=prefix, locator=locator,
                    parentheticals=tuple(unescape(p) for p in parens),
                    suppress_author=bool(m.group("suppress")), location=location)


def _parse_strict(inner: str, location: Location | None = None) -> tuple[Citation, ...]:
    if not KEY_RE.search(inner) and HANDWRITTEN.search(inner):
        return (Citation(key="", prefix=inner, location=location),)
    items = [p for p in _split_top(inner, ";")]
    if any(not p.strip() for p in items):
        raise BriefgenError("empty item in citation cluster (stray ';')", location, code="cite-syntax")
    return tuple(parse_item(p, location) for p in items)


def parse_cluster(inner: str, location: Location | None = None) -> tuple[Citation, ...]:
    """The text between the brackets of a cluster -> its items.

    A mistake in one item keeps that item's key (with no pin, signal or parenthetical) rather than
    losing the cluster, so one bad cluster never hides what it and the rest of its module cite; the
    citations pass reports the mistake (:func:`check_cluster`). A hand-written *Id.* or *supra*
    (``[id. at 733]``) is one item without a key, kept as written and warned about.
    """
    try:
        return _parse_strict(inner, location)
    except BriefgenError:
        out = []
        for part in _split_top(inner, ";"):
            try:
                out.append(parse_item(part, location))
            except BriefgenError:
                out += [Citation(key=m.group("key"), location=location) for m in KEY_RE.finditer(part)][:1]
        return tuple(out)


def check_cluster(inner: str, location: Location | None = None) -> list:
    """The mistakes in a cluster's text, as diagnostics (none for a good one):
    ``check_cluster('@sosa, 732.')`` -> ``[… error[locator]: a period ends the pin '732.' …]``."""
    try:
        _parse_strict(inner, location)
    except BriefgenError as exc:
        return exc.diagnostics
    return []


def looks_like_cluster(inner: str) -> bool:
    """Pandoc's test: some item holds an @key at a word start; or the bracket holds a hand-written
    *Id.* or *supra* that briefgen should have chosen."""
    return any(KEY_RE.search(p) and re.search(r"(^|[\s;\[])-?@\w", p) for p in _split_top(inner, ";")) or \
        bool(HANDWRITTEN.search(inner) and len(inner) < 200)
