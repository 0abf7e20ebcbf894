"""The citechecker's rules on cited sources: pins, URLs, R3.3 sections, parentheticals, dates, and the
typography of authority fields. ``check_document`` runs them on any unresolved document, a project's or
an imported one, so ``briefgen check`` and ``briefgen verify`` report the same thing the same way.
"""
from __future__ import annotations

import re

from briefgen.dates import parse_date
from briefgen.errors import Location, Report
from briefgen.lint.sites import Site, sites
from briefgen.lint.text import sentence_starts
from briefgen.tables import MONTH as _MONTH_WORD     # T12's form, the full name or a bare abbreviation

# ---------------------------------------------------------------- pins (R3.2(a))

# A pin is not expected for a web page, an online story or a letter (no pages), nor for a statute or
# regulation whose record already names its section or part.
_QUOTE = re.compile(r"[“”\"]")
_FIGURE = re.compile(r"\d|\b(?:eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|"
                     r"seven|eigh|nine)ty(?:-\w+)?|hundred|thousand|million|billion|percent|dozen)\b", re.I)


def needs_pin(auth) -> bool:
    """Whether a citation of ``auth`` for a specific proposition needs a pin cite."""
    kind = auth.kind
    if kind in ("web", "letter") or (kind == "news" and not auth.get("page")):
        return False
    if kind in ("statute", "regulation"):
        return not (auth.get("section") or auth.get("part"))
    if kind == "legislative":
        return auth.get("type") in ("report", "hearing", "document")
    if kind == "ruling":      # chief counsel advice, cited by its date, has no page to pin
        return bool(auth.get("page"))
    return True


_LABEL_BEFORE = re.compile(r"(?:\barts?\.|\barticles?|§§?|\bsections?|\bNo\.|\bpts?\.|\bparts?|\bcategor(?:y|ies)|"
                           r"\bparas?\.|\bparagraphs?|\bchapters?|\bch\.|\bannex(?:es)?|\brules?|\btitles?|\btit\.|"
                           r"\bpp?\.|\bat|\bnn?\.|\bfns?\.?|\bnotes?|¶¶?|\bReg\.|U\.S\.C\.|C\.F\.R\.|\bStat\.|\bRes\.)\s*$|[-/\w]$", re.I)
# A capitalised word right before a number names what the number labels (Form 214, Order 14347, Instruction
# 1336.1, Proclamation 10886, Report R48149); these words do not, when they begin a sentence or a phrase.
_CAPITAL_LABEL = re.compile(r"\b[A-Z][a-z]+\s+$")
_NOT_LABELS = {"About", "Approximately", "Around", "Nearly", "Almost", "Roughly", "Over", "Under", "Some", "In", "By",
               "Of", "On", "At", "For", "With", "More", "Less", "Fewer", "Only", "Just", "Since", "Until", "Than", "To",
               "From", "And", "Or", "The", "A", "An", "All", "Each", "These", "Those", "Its", "Their", "Up", "Between",
               "Among", "Within", "After", "Before", "During", "Least", "Most", "Another", "Every", "Exactly", "Perhaps",
               "Even", "When", "While", "Where", "Today", "Then", "Still", "Also", "Now", "Here"}


def _labelled(text: str, start: int) -> bool:
    """Whether the number at ``start`` labels a provision, a page or a document rather than counting something."""
    before = text[max(0, start - 14):start]
    if _LABEL_BEFORE.search(before):
        return True
    m = _CAPITAL_LABEL.search(text[max(0, start - 20):start])
    return m is not None and m.group(0).strip() not in _NOT_LABELS


_STRONG = re.compile(r"\d[\d,.]*\s*(?:percent|%)|\$\s?\d[\d,.]*(?:\s+(?:million|billion))?|\d{1,3}(?:,\d{3})+|"
                     r"\d+\.\d+|\d+\s+(?:million|billion)")


# a citation written in the text: a volume, an abbreviated reporter or register, a page and its date
# (83 Fed. Reg. 24,198 (May 24, 2018))
_CITED_IN_TEXT = re.compile(r"\b\d+\s(?:[A-Z][\w’'.]*\s){0,3}[A-Z][\w’']*\.[\w.]*\s(?:at\s)?\d[\d,]*\d"
                            r"(?:[–-]\d+)?(?:,\s\d[\d–-]*)*(?:\s\([^()]*\d{4}\))?")   # and its pins: 373 U.S. 546, 601


# what holds digits but is no figure a source must support: a date, a year, a docket or report number, a
# time, an ordinal (the 19th century, the 117th Congress), and anything inside a parenthetical
_NOT_FIGURES = re.compile(
    r"\([^()]*\)|" + _MONTH_WORD + r"\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,\s*\d{4})?|" + _MONTH_WORD + r",?\s+\d{4}|"
    r"\b\d{1,2}\s+" + _MONTH_WORD + r"(?:\s+\d{4})?|\b(?:1[5-9]|20)\d\d(?:[–-]\d{2,4}|s)?\b|"
    r"\b(?:Nos?\.|Case|Docket|Dkt\.|R|GAO-|H\.R\.|S\.|Pub\.\s?L\.)\s?[\w:-]*\d[\w.:/-]*|"
    r"\b\d{1,2}:\d{2}\b|\b\d+(?:st|nd|rd|th|d)\b|\b[A-Z]+[-\s]?\d[\w.-]*|"
    r"\b(?:[A-Z][A-Za-z]{0,5}\.\s?){1,4}\d[\w.:-]*|"   # a bill or rule by its abbreviated label: S.B. 5145, R. Crim. P. 18.03
    r"https?://\S+|"
    r"\b\d+\s(?=U\.S\.C\.|C\.F\.R\.|Fed\.\sReg\.|Stat\.|U\.S\.\s\d|I\.R\.B\.|U\.N\.T\.S\.)|"   # a volume: 32 C.F.R.
    r"\b\d+\s(?=\*?[A-Z][\w’']{0,6}\.\s)|"    # a volume before an abbreviated periodical: 41 *Am. J. Int’l L.*
    r"\b\d+\s(?:[A-Z][\w.’']*\s){1,4}(?:at\s)?\d[\d,]*")     # 90 Federal Register 50494: a source cited in the text


_QUOTED = re.compile(r"“([^”]*)”|\"([^\"]*)\"")


# an author's full name opening a citation, then the title with no comma (``; Richard Overy “The Nuremberg …”``)
_AUTHOR = re.compile(r"(?:^|[;,.]\s*)(?!(?:The|A|An|This|That|Each|Every|No|Any|See|In|On)\b)"
                     r"[A-Z][\w.’'-]+\s[A-Z][\w’'-]+\s*$")


def _quotation(text: str) -> bool:
    """Quoted words that are a quotation, not the title of a work cited in quotation marks (``"Final 2025 List
    of Critical Minerals,"``: a title ends with its comma inside the marks, is capitalised as one, follows its
    author's name and a comma, or is a chapter ``in`` a book)."""
    for m in _QUOTED.finditer(text):
        inner = (m.group(1) if m.group(1) is not None else m.group(2) or "").strip()
        if not inner or inner.endswith(","):
            continue
        if re.search(r"[A-Z][\w.’'-]*,\s*$", text[:m.start()]) or _AUTHOR.search(text[:m.start()]) or \
                re.match(r",?\s+in\s+[A-Z]", text[m.end():]):
            continue          # Author, “Title”; “Chapter” in Editor (ed), Book: a title however it is capitalised
        words = re.findall(r"[^\W\d_][\w’'-]*", inner)
        titled = len(words) > 1 and sum(w[0].isupper() for w in words if len(w) > 3) >= max(1, len(
            [w for w in words if len(w) > 3])) * 0.75
        if not titled:
            return True
    return False


def _titles(text: str) -> str:
    """``text`` with the titles it quotes blanked: a number in a title (``"Chapter 8: …,"``, ``"… Lost Roughly 25%
    of Its Drones,"``) is the title's, not a figure the citation supports."""
    def blank(m):
        inner = (m.group(1) if m.group(1) is not None else m.group(2) or "").strip()
        return " " * len(m.group(0)) if not _quotation(m.group(0)) or inner.endswith(",") else m.group(0)
    return _QUOTED.sub(blank, text)


def _what(text: str) -> str:
    """'a quotation' or 'a figure (“87 percent”)': what the supported text holds that needs a pin.
    Numbers that label a provision (art. 7, § 2778, No. 209, NSM-18), place a source cited in the text
    (83 Fed. Reg. 24,198), date something (May 17, 2024; 2019), stand in a parenthetical or in a quoted title
    are not figures."""
    if _quotation(text):
        return "a quotation"
    text = _titles(text)
    text = _CITED_IN_TEXT.sub(lambda m: " " * len(m.group(0)), text)
    shown = text
    text = _NOT_FIGURES.sub(lambda m: " " * len(m.group(0)), text)
    for rx in (_STRONG, _FIGURE):
        for m in rx.finditer(text):
            if _labelled(text, m.start()):
                continue
            start = shown.rfind(" ", 0, m.start()) + 1
            word = re.match(r"[\w,.-]*", shown[m.end():])     # always matches, perhaps nothing
            end = m.end() + (word.end() if word else 0)
            return f"a figure (“{shown[start:end].strip('.,;:()')}”)"
    return ""


def _own_words(parenthetical: str) -> str:
    """A parenthetical's own words: what it quotes from another source (``(quoting …)``, ``(citing …)``) is
    left out, since that quotation is pinned in its own citation."""
    if re.match(r"\s*(?:quoting|citing|cited in|alteration|internal|emphasis)\b", parenthetical):
        return ""
    return re.split(r"\((?:quoting|citing)\b", parenthetical)[0]


_TRAILING_SIGNAL = re.compile(r"(?:,?\s*\b(?:see(?:,?\s+(?:also|generally|e\.g\.,?))?|cf\.|but(?:\s+see|\s+cf\.)?|"
                              r"compare|accord|contra|e\.g\.,?|and|or|with|also))+\s*$", re.I)
# a citation sentence's tail: a year or date in parentheses, a page, an address, Id.
_CITATION_TAIL = re.compile(r"(?:\d|\)|https?://\S+|\bId|\bid|\bsupra)[.,;\]”\"’]*\s*$")


def supported(before: str) -> str:
    """What a citation in a footnote supports, of the note's text before it: the words of its own sentence
    when it stands inside one (``For more information, see …``), else the sentence before it. A citation that
    continues a string of citations (after ``;``) and one that follows another citation sentence support no
    words of their own: the text before them is other citations."""
    text = _TRAILING_SIGNAL.sub("", before.rstrip())
    if not text or text.endswith(";"):
        return ""
    starts = [0] + sentence_starts(text + " ")
    if starts[-1] >= len(text):                 # the citation is a sentence of its own
        starts.pop()
        last = text[starts[-1]:]
        return "" if _CITATION_TAIL.search(last.rstrip(".")) and not _quotation(last) else last
    own = text[starts[-1]:]
    return "" if ";" in own and _CITATION_TAIL.search(own.split(";")[-2]) else own


# pages in the words that end a citation sentence the reader did not take into the citation (``…," 79 Federal
# Register 44404-44405, July 31, 2014.``, ``…, pp. 9-10.``); a span of years is no page
_PAGES = re.compile(r"\b(?:pp?\.|at|¶+|paras?\.)\s?\d|\b(?!(?:1[5-9]|20)\d\d[–-]\d)\d+[–-]\d+\b")


def _pages_follow(after: str) -> bool:
    """Whether the rest of a citation's sentence, after what was read as the citation, gives its pages."""
    ends = [0] + sentence_starts(after + " ")
    own = after[:ends[1]] if len(ends) > 1 else after
    return bool(_PAGES.search(own))


def pins(found: list[Site], lib, report: Report, memo: bool = False) -> None:
    """A quotation or a specific figure supported by a citation without a pin (R3.2(a)). A citation of the
    source the citation before it cites, with no pin of its own (*Id.*), takes that one's pin (R4.1)."""
    previous = None
    for site in found:
        before = _what(supported(site.before) if site.in_note else site.before)
        for item in site.cite.items:
            inherited, previous = previous, item
            auth = lib.by_id.get(item.key)
            if auth is None or item.locator is not None or item.signal == "See generally" or not needs_pin(auth):
                continue
            if auth.get("unpinned") or (inherited is not None and inherited.key == item.key and inherited.locator):
                continue
            own = any(_quotation(_own_words(p)) for p in item.parentheticals)
            what = before or ("a quotation in its parenthetical" if own else "")
            if not what or (item is site.cite.items[-1] and _pages_follow("".join(site.after))):
                continue
            if memo:       # a memo from elsewhere: the citation it should print, with the pin to find
                from briefgen.citations.bluebook import full, plain
                from briefgen.document import Locator

                hint = f"R3.2(a): give the page or paragraph that holds {what}: " \
                       f"{plain(full(auth, Locator('page', 'PAGE')))}"
            else:
                hint = (f"R3.2(a): give the page or paragraph, [@{item.key}, PAGE]; where no pin can be verified, say "
                        f"so in the record: unpinned: \"why\"")
            report.warning(f"{what} is supported by '@{item.key}' without a pin", item.location, code="missing-pin",
                           hint=hint)


# ---------------------------------------------------------------- URLs (R18.2)


def urls(auths, report: Report) -> None:
    """A web page or an online story cited without its address."""
    for auth in auths:
        online = auth.kind == "web" or (auth.kind == "news" and not auth.get("page"))
        if online and not auth.get("url"):
            report.warning(f"authority '{auth.id}' ({auth.kind}) has no url", auth.location, code="missing-url",
                           hint="R18.2: add  url: https://…  (and accessed: YYYY-MM-DD for a page without a date)")


# ---------------------------------------------------------------- R3.3: several sections of one code


def _code(auth) -> str:
    if auth.kind in ("statute", "regulation") and auth.get("code") and not auth.get("name") \
            and not auth.get("public_law") and auth.get("code") != "Fed. Reg.":
        return " ".join(str(p) for p in (auth.get("title"), auth.get("code")) if p)
    return ""


def _sections(item, auth) -> str:
    loc = item.locator
    if loc is None:
        return str(auth.get("section") or "")
    if loc.label == "section" or (loc.label == "other" and re.match(r"\d", loc.text)):
        return loc.text
    return ""


def merged_sections(found: list[Site], lib, report: Report) -> None:
    """``22 U.S.C. § 2304(a)(2); 22 U.S.C. § 2778(a)(2)`` is ``22 U.S.C. §§ 2304(a)(2), 2778(a)(2)`` (R3.3)."""
    for site in found:
        items = site.cite.items
        i = 0
        while i < len(items) - 1:
            run = [items[i]]
            first = lib.by_id.get(items[i].key)
            code = _code(first) if first else ""
            j = i + 1
            while code and j < len(items):
                auth = lib.by_id.get(items[j].key)
                prev = items[j - 1]
                if not auth or _code(auth) != code or items[j].signal not in ("", prev.signal) \
                        or prev.parentheticals or not _sections(items[j], auth) or not _sections(prev, lib.by_id[prev.key]):
                    break
                run.append(items[j])
                j += 1
            if len(run) > 1:
                secs = ", ".join(_sections(it, lib.by_id[it.key]) for it in run)
                joined = "; ".join(f"{code} § {_sections(it, lib.by_id[it.key])}" for it in run)
                report.warning(f"consecutive citations to sections of {code}: {joined}", run[1].location,
                               code="merge-sections", hint=f"R3.3: cite them as {code} §§ {secs}")
            i = j if len(run) > 1 else i + 1


# ---------------------------------------------------------------- parentheticals (R1.5)

_PARENTHETICAL_OK = re.compile(
    r"^([“\"‘'\[]|\w+ing\b|per curiam|en banc|plurality|citation|internal|emphasis|alteration|footnote|"
    r"[\w.’' -]+, (C\.)?J+\.,|\d+[–-]\d+ decision|unpublished|table|mem\.|statement of|testimony of|to be codified|"
    r"Conf\. Rep\.|as amended|codified|translation|in Spanish|trans\.|on file|emphasis added|hereinafter)", re.I)
# a short name the source defines in parentheses, as non-legal styles do: (UNCLOS), (the Convention)
_DEFINED_NAME = re.compile(r"^(?:the\s)?[A-Z][\w.&’'-]*(?:\s[A-Z][\w.&’'-]*){0,3}$")


# a pin that continues after a parenthetical (§ 1.6045-1(a)(25)(i) (…), (ii) (…)): no parenthetical at all
_DESIGNATOR = re.compile(r"^(?:[ivxlc]+|[a-zA-Z]|\d{1,3})$")
# where and when a work was published, or a date: not an explanatory parenthetical (R15.4, R10.5)
_PUBLICATION = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
# a judge's opinion written without the comma R10.6.1 puts after J.: (Stewart, J. dissenting)
_OPINION = re.compile(r"^([\w.’' -]+, (?:C\.\s?)?J+\.)\s+(dissenting|concurring|plurality|lead opinion|"
                      r"respecting|statement)\b(.*)$", re.S)
_AUXILIARY = {"is", "are", "was", "were", "has", "have", "had", "does", "did", "do", "will", "would", "shall", "should",
              "can", "could", "may", "might", "must"}
_IRREGULAR_PAST = {"held", "found", "upheld", "said", "made", "struck", "took", "gave", "sought", "brought", "thought",
                   "began", "saw", "knew", "wrote", "chose", "told", "left", "led"}
_FUNCTION = {"a", "an", "the", "of", "by", "to", "in", "on", "for", "from", "with", "under", "at", "as", "into", "and",
             "or", "but", "nor", "not", "than", "its", "their", "his", "her", "our", "this", "that", "these", "those",
             "be", "been", "being", "no", "any", "all", "each", "such", "other", "only", "also", "after", "before",
             "without", "within", "between", "upon", "over", "against", "through", "about", "once", "if", "so"}
# after a past form, an object's determiner makes it a verb (enacted the statute); a preposition, a modifier
_DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "those", "any", "no", "all"}
_RELATIVE = {"who", "whom", "whose", "which", "that", "where", "when", "whether", "because", "if", "although", "while",
             "after", "before", "since", "until", "unless", "once", "as", "than"}
# the verbs a clause about a decision uses, and the participle R1.5 begins with instead
_PARTICIPLES = {"held": "holding", "found": "finding", "concluded": "concluding", "ruled": "ruling",
                "stated": "stating", "noted": "noting", "explained": "explaining", "observed": "observing",
                "reasoned": "reasoning", "recognized": "recognizing", "determined": "determining", "decided": "deciding",
                "rejected": "rejecting", "upheld": "upholding", "affirmed": "affirming", "reversed": "reversing",
                "said": "saying", "declined": "declining", "emphasized": "emphasizing", "acknowledged": "acknowledging"}


def _finite_verb(words: list[str]) -> str:
    """The first word of ``words`` that can only be the finite verb of a main clause (``dog constituted
    suspicion``, ``the court held``), or ''. A past form used as a modifier (``qualified immunity``, ``a tax
    imposed by statute``, ``rights waived``) and verbs of a relative clause (``witnesses who have waived``) are not."""
    for i, raw in enumerate(words):
        w = raw.lower().strip(",;:")
        if w in _RELATIVE:
            return ""
        if i == 0:
            continue
        prev = words[i - 1].lower().strip(",;:")
        nxt = words[i + 1].lower().strip(",;:") if i + 1 < len(words) else ""
        if prev in _FUNCTION or prev.endswith(("'s", "’s")) or raw[0].isupper():
            continue
        if w in _AUXILIARY or w in _IRREGULAR_PAST:
            return raw
        if w.endswith("ed") and len(w) > 4 and "-" not in w and nxt and (nxt not in _FUNCTION or nxt in _DETERMINERS) \
                and not prev.endswith("ly") and not words[i - 1].endswith((",", ";", ":")):
            return raw
    return ""


# words that begin a parenthetical with a capital only because they begin it (a name keeps its capital)
_PLAIN_STARTS = {"The", "A", "An", "This", "That", "These", "Those", "It", "Its", "There", "In"}


def parenthetical_problem(p: str) -> tuple[str, str] | None:
    """What R1.5 (or R10.6.1) says is wrong with an explanatory parenthetical ``p``, as (message, hint with the
    corrected text), or None. R1.5(a)(i): a parenthetical that does not quote begins with a present participle;
    "if a complete participial phrase is unnecessary", a shorter one may be used: a noun phrase such as
    (similar), (freedom of the press), (only targets), (order denying the motion) is right as it is."""
    text = p.strip()
    if _PARENTHETICAL_OK.match(text) or _DEFINED_NAME.match(text) or _DESIGNATOR.match(text):
        return None
    m = _OPINION.match(text)
    if m:
        return (f"parenthetical '({text})' lacks the comma after the judge's title",
                f"R10.6.1: write ({m.group(1)}, {m.group(2)}{m.group(3)})")
    if _PUBLICATION.search(text) and len(text.split()) <= 8:
        return None                       # a publication or date parenthetical: (New York: Atl. Monthly Press, 2021)
    words = text.split()
    verb = _finite_verb(words)
    shown = f"({text[:40]}{'…' if len(text) > 40 else ''})"
    if verb:
        k = words.index(verb)
        participle = _PARTICIPLES.get(verb.lower())
        rest = " ".join(words[k + 1:]) if participle else (text[0].lower() + text[1:] if words[0] in _PLAIN_STARTS
                                                             else text)
        fixed = f"{participle or 'holding that'} {rest}"
        return (f"parenthetical '{shown}' is a clause ('{verb}'), not a phrase beginning with a present participle",
                f"R1.5(a)(i): begin it with a participle: ({fixed[:80]}{'…' if len(fixed) > 80 else ''})")
    if words[0] in _PLAIN_STARTS:
        return (f"parenthetical '{shown}' begins with a capital letter",
                f"R1.5(a)(i): an explanatory parenthetical that does not quote begins with a lower-case letter: "
                f"({text[0].lower() + text[1:]})")
    return None


def parentheticals(found: list[Site], report: Report) -> None:
    """R1.5: an explanatory parenthetical begins with a present participle or a quotation, or is a short phrase
    where a participle is unnecessary; none is empty."""
    for site in found:
        for item in site.cite.items:
            for p in item.parentheticals:
                if not p.strip():
                    report.warning("empty parenthetical", item.location, code="empty-parenthetical",
                                   hint="R1.5: remove the ( ) or say what the source holds: (holding that …)")
                    continue
                problem = parenthetical_problem(p)
                if problem:
                    report.warning(problem[0], item.location, code="parenthetical", hint=problem[1])


# ---------------------------------------------------------------- dates


def dates(auths, brief_date, report: Report, severity: str = "error", whose: str = "brief") -> None:
    """An authority dated after the document cannot support it."""
    if not brief_date:
        return
    limit = parse_date(brief_date)
    for auth in auths:
        value = auth.get("date") or auth.get("year")
        if not value:
            continue
        if isinstance(value, (list, tuple)):  # an exchange of notes is complete on its last day
            value = max(str(v) for v in value)
        try:
            when = parse_date(value)
        except ValueError:
            continue
        if when[: len(limit)] > limit[: len(when)]:
            (report.error if severity == "error" else report.warning)(
                f"authority '{auth.id}' is dated {value}, after the {whose}'s date {brief_date}", auth.location,
                code="authority-date", hint=f"check the record's date or the {whose}'s date")


# ---------------------------------------------------------------- typography of authority fields

_UNPRINTED = {"url", "note", "lang", "unpinned"}   # an address, and the fields no citation prints


def _typeset(auth, name: str) -> bool:
    """Whether a field prints as text, by its kind's declaration (dates print as T12 writes them)."""
    from briefgen.authorities.kinds import KINDS

    declared = KINDS[auth.kind].field(name) if auth.kind in KINDS else None
    return declared is not None and declared.type not in ("date", "dates") and name not in _UNPRINTED


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _strings(v)


def typography(auths, report: Report) -> None:
    """Straight apostrophes and quotes in a printed field, where the text around them has curled ones."""
    from briefgen.authorities.typeface import smart_quotes

    for auth in auths:
        for name, value in auth.data.items():
            if not _typeset(auth, name):
                continue
            if name == "history" and isinstance(value, list):  # a relation may be typed straight: it prints curly
                value = [e.get("text") for e in value if isinstance(e, dict)]
            for text in _strings(value):
                if "'" in text or '"' in text:
                    report.warning(f"authority '{auth.id}': {name} '{text}' has straight quotes or apostrophes",
                                   field_location(auth, name), code="typography",
                                   hint=f"write it as the text prints it: {smart_quotes(text)}")


_RECORDS: dict = {}


def field_location(auth, name: str) -> Location | None:
    """Where ``name`` is written in the record's YAML file (the record's own place otherwise)."""
    loc = auth.location
    if loc is None or auth.origin != "yaml" or not loc.path.endswith((".yaml", ".yml")):
        return loc
    from pathlib import Path

    from briefgen import yamlfile

    try:
        stamp = (loc.path, Path(loc.path).stat().st_mtime_ns)
        if stamp not in _RECORDS:
            _RECORDS[stamp] = yamlfile.load(Path(loc.path))
    except Exception:  # noqa: BLE001 - the loader has reported it; fall back to the record
        return loc
    data = _RECORDS[stamp]
    if isinstance(data, dict):
        data = data.get("authorities")
    for rec in data or []:
        if isinstance(rec, dict) and str(rec.get("id")) == auth.id and hasattr(rec, "where"):
            return rec.where(name)
    return loc


# ---------------------------------------------------------------- T6, T7, T13 abbreviations

from briefgen import tables  # noqa: E402  (T6, T7, T10, T13 in one place)

# which fields of which kinds the Bluebook abbreviates, and with which table
ABBREVIATED = {("case", "name"): ("T6", tables.institution), ("report", "author"): ("T6", tables.institution),
               ("book", "author"): ("T6", tables.institution), ("article", "journal"): ("T13", tables.periodical),
               ("news", "publication"): ("T13", tables.periodical), ("case", "court"): ("T7", tables.court)}


_SHORTENED = re.compile(r"[a-z]\.(?:[\s,]|$)|\w['’](?!s\b)[a-z]")     # Dep't, Admin., Gov't; not U.S.


# a document's kind opens its title, not an institution's name (Report to the International Law Commission)
_DOCUMENT = re.compile(r"(?:Report|Letter|Statement|Memorandum|Brief|Decision|Judgment|Resolution|Covenant|Treaty|"
                       r"Convention|Charter|Declaration|Testimony|Hearing)\b")


def _an_institution(value: str) -> bool:
    """R15.1: whether an author is an institution's name, which T6 abbreviates: capitalised words and their
    particles, not a sentence (``The Steering Committee consists of: …``), a title or a work reprinted in a book."""
    words = value.split()
    particles = {"of", "the", "and", "for", "on", "in", "to", "&", "de", "du", "des", "la", "le", "et"}
    return not _DOCUMENT.match(value) and ":" not in value and "reprinted" not in value and \
        all(w[0].isupper() or w[0].isdigit() or w in particles or not w[0].isalpha() for w in words)


def abbreviations(auths, report: Report, tables: bool = True) -> None:
    """Words the Bluebook abbreviates in case names and institutional authors (T6), courts (T7, with the
    states of T10) and periodicals (T13), written out in full or abbreviated otherwise; courts under their
    own code, ``court``. ``tables`` is False for a memo that follows another house style, one that writes
    the names of agencies and periodicals out: there a name written out in full is its style, and only one
    abbreviated otherwise than the tables do is a finding (T6 in case names holds in every style)."""
    for auth in auths:
        for (kind, name), (rule, fix) in ABBREVIATED.items():
            value = auth.get(name)
            if auth.kind != kind or not isinstance(value, str):
                continue
            fixed = fix(value)
            if fixed.replace("’", "'") == value.replace("’", "'"):
                continue
            if name == "author" and not _an_institution(value):
                continue
            if not tables and name != "name" and rule != "T7" and not _SHORTENED.search(value):
                continue
            message = f"authority '{auth.id}': {name} '{value}' is not abbreviated as {rule} does"
            if rule == "T7":
                report.warning(message, field_location(auth, name), code="court", hint=f"T7: write {fixed}")
            else:
                report.warning(message, field_location(auth, name), code="abbreviation", hint=f"{rule}: write {fixed}")


# ---------------------------------------------------------------- R14.2(a) C.F.R. years, R21.4.2 treaty dates


def _cfr_in_memo(auths, date, report: Report) -> None:
    """R14.2(a) on a memo from elsewhere, with the citation it should print: each C.F.R. citation without its
    year where the memo gives the year elsewhere (a slip), or one finding for them all where it never does
    (a habit of the memo's, told once, with every citation it concerns)."""
    from briefgen.citations.bluebook import full, plain

    cfr = [a for a in auths if a.kind == "regulation" and a.get("code") == "C.F.R."]
    bare = [a for a in cfr if not (a.get("year") or a.get("date"))]
    year = str(date)[:4] if date else "YEAR"
    fixed = [f"{plain(full(a)).rstrip('.')} ({year})" for a in bare]
    if len(bare) > 1 and len(bare) == len(cfr):
        report.warning(f"the memo cites the C.F.R. without the year of the edition, {len(bare)} times: "
                       f"{'; '.join(plain(full(a)).rstrip('.') for a in bare)}", bare[0].location, code="cfr-year",
                       hint=f"R14.2(a): give the year of the edition cited: {'; '.join(fixed)}")
        return
    for a, right in zip(bare, fixed):
        report.warning(f"C.F.R. cited without the year of the edition: {plain(full(a)).rstrip('.')}", a.location,
                       code="cfr-year", hint=f"R14.2(a): give the year of the edition cited: {right}")


def cfr_years(auths, date, report: Report, memo: bool = False) -> None:
    """A C.F.R. citation gives the year of the edition cited (R14.2(a)); ``edition: current`` takes the
    edition in force on the brief's date, so it needs one. ``memo``: the records are read from a memo."""
    if memo:
        return _cfr_in_memo(auths, date, report)
    for auth in auths:
        if auth.kind != "regulation" or auth.get("code") != "C.F.R." or auth.get("year") or auth.get("date"):
            continue
        if auth.get("edition") == "current" and date:
            continue
        where = field_location(auth, "edition" if auth.get("edition") else "code")
        if auth.get("edition") == "current":
            report.warning(f"authority '{auth.id}': edition: current needs the brief's date to give the C.F.R. "
                           "year", where, code="cfr-year", hint="R14.2(a): add date: YYYY-MM-DD to the brief spec, "
                                                                "or give the record year: YYYY")
        else:
            report.warning(f"authority '{auth.id}' cites the C.F.R. without the year of its edition", where,
                           code="cfr-year", hint="R14.2(a): add year: YYYY (the edition you read), or edition: current "
                                                 "for the edition in force on the brief's date")


def treaty_dates(auths, report: Report, memo: bool = False) -> None:
    """A multilateral treaty's date takes the phrase that says what happened on it (R21.4.2)."""
    from briefgen.authorities.model import Authority
    from briefgen.citations.bluebook import full, plain

    for auth in auths:
        if auth.kind == "treaty" and auth.get("date") and not auth.get("date_label") and not auth.get("parties"):
            signed = Authority(auth.id, auth.kind, {**auth.data, "date_label": "opened for signature"}, auth.location)
            hint = (f"R21.4.2: say what happened on that date, e.g. {plain(full(signed))} (or adopted, done, signed; "
                    "a bilateral agreement names its parties instead)" if memo else
                    "R21.4.2: say what happened on that date: date_label: opened for signature, adopted, done or "
                    "signed (a bilateral agreement names its parties: parties: U.S.-Mex.)")
            report.warning(f"authority '{auth.id}': the multilateral treaty's date has no phrase",
                           field_location(auth, "date"), code="treaty-date-phrase", hint=hint)


# ---------------------------------------------------------------- R4.2(b): a hereinafter no citation uses


def unused_hereinafters(uses, lib) -> tuple:
    """The cited records whose ``hereinafter`` no later citation of this brief prints, so that it is not
    announced (R4.2(b) gives a hereinafter only for a name used later)."""
    from briefgen.citations import bluebook as bb

    named = {u.key for u in uses if u.named}
    out = []
    for key in dict.fromkeys(u.key for u in uses):
        auth = lib.by_id.get(key)
        if auth is None or not auth.get("hereinafter") or key in named:
            continue
        if str(auth.get("hereinafter")) != bb.kind_of(auth).derived(auth)[0]:
            out.append(key)
    return tuple(out)


def report_unused_hereinafter(auth, report: Report) -> None:
    report.warning(f"authority '{auth.id}': hereinafter '{auth.get('hereinafter')}' is not used by a later citation "
                   "in any checked brief, so no brief announces it", field_location(auth, "hereinafter"),
                   code="unused-hereinafter",
                   hint="R4.2(b): a hereinafter is announced only for a name later citations use; it prints when a "
                        "brief cites the source again after another authority (a *supra* or short form); delete it "
                        "from the record if no brief will")


# ---------------------------------------------------------------- all of them


def check_document(doc, lib, report: Report, date=None, notes: bool = True, date_severity: str = "error",
                   extra=(), curled: bool = True, tables: bool = True, memo: bool = False) -> list[Site]:
    """Every rule on an unresolved document and the authorities it cites; returns its sites.

    ``extra`` are further rules ``rule(found, cited, report)`` (the plausibility rules of ``verify``);
    ``curled`` is False for a memo typed with straight quotes throughout, where they are its own style;
    ``tables`` is False for one that writes agencies and months out, by a house style of its own; ``memo``
    is True for a memo from elsewhere (hints give the citation to write, not a record's field).
    """
    found = sites(doc, notes)
    cited = [lib.by_id[k] for k in dict.fromkeys(c.key for s in found for c in s.cite.items) if k in lib.by_id]
    parentheticals(found, report)
    pins(found, lib, report, memo)
    merged_sections(found, lib, report)
    urls(cited, report)
    if curled:
        typography(cited, report)
    abbreviations(cited, report, tables)
    cfr_years(cited, date, report, memo)
    treaty_dates(cited, report, memo)
    dates(cited, date, report, date_severity, "brief" if date_severity == "error" else "document")
    for rule in extra:
        rule(found, cited, report)
    return found


def check_brief(doc, modules, lib, spec, report: Report) -> list[Site]:
    """The rules ``briefgen check`` and ``build`` apply to a composed brief and its module sources."""
    from briefgen.errors import display_path
    from briefgen.lint.text import ellipses

    for m in modules:
        ellipses(m.body, display_path(m.path), report, line=m.body_line + 1)
    return check_document(doc, lib, report, date=spec.get("date"), notes=spec.citations == "footnotes")
