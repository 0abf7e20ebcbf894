"""How well briefgen reads other people's citations: `briefgen verify` and `briefgen import` on the
published footnotes in tests/corpus (see tests/corpus/SOURCES.yaml), in plain text, Markdown and Word.

For each source and format it runs the real CLI and prints:
  false alarms   correct (published) notes that draw a warning          target <= 1 in 10
  planted found  planted errors that draw a new warning at their note    target >= 8 in 10
                 (a new warning other than import-*; also shown: how many of those
                 come from the rule for that kind of error, and give the correction)
  cites linked   citations (tests/corpus/*/truth.yaml) that import turns
                 into a reference to an authority record                  target >= 85%
  rebuilt equal  of the notes with a linked citation, those that
                 `briefgen build` writes back as published, or, where the
                 published note breaks a Bluebook rule the formatter
                 applies (truth.yaml `deviations`), as that note with the
                 break corrected (truth.yaml `bluebook`); the count of
                 notes rebuilt exactly as published is shown beside it     target >= 85%

Figures are also given per style (SOURCES.yaml `style`). `build` prints The Bluebook, so a note of a source
in another style that import read well is still rebuilt otherwise than published: OSCOLA (`v.` for `v`, `Case
No.`, the court and `Mar. 7, 2014` in the parenthetical, `¶ 9` for `[9]`), the CRS house style (months written
out, `P.L.`, `§1234`, quoted titles, "; and"), a court's own style (`540 U. S. 56`, `Id., at`). Their
rebuilt-equal figure is counted apart and is not held to the target, which is measured on the Bluebook-style
sources; the other three targets hold for every style together.

    python bench/reading.py                     # every source, txt md docx (a few minutes)
    python bench/reading.py --formats md --sources crs-r48915 -v

What verify prints is read in one place, `findings()`; adapt it there if its JSON changes.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from collections import defaultdict
from pathlib import Path
from xml.etree import ElementTree as ET

import yaml

from common import briefgen

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
FORMATS = ("txt", "md", "docx")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


# ---------------------------------------------------------------- what the CLI prints

def findings(report: dict) -> list[dict]:
    """Warnings and errors from `briefgen verify --format json`, as {note, line, col, code, hint}.
    `note` is the footnote number when verify names it, else None (then the line and column say)."""
    out = []
    for f in report.get("files", []):
        for d in f.get("diagnostics", []):
            if d.get("severity") not in ("warning", "error"):
                continue
            note = d.get("note", d.get("footnote"))
            out.append({"note": int(note) if note is not None else None, "line": d.get("line"),
                        "col": d.get("col"), "code": d.get("code"), "hint": d.get("hint") or ""})
    return out


# which diagnostic codes belong to each class of planted error (a code matches if it contains a word)
RULES = {"court": ("court", "ordinal", "circuit"), "month": ("month", "date"), "signal": ("signal",),
         "t16": ("article", "abbreviation", "t16"), "id-after-multiple": ("id-",),
         "supra-kind": ("supra",), "short-before-full": ("short", "antecedent"), "quote-pin": ("pin",),
         "periodical": ("periodical", "abbreviation", "newspaper", "t13"),
         "institutional": ("institution", "abbreviation", "t6")}


def corrected_words(p: dict) -> list[str]:
    """The words of the published text that the planted error replaced: a hint that gives the
    correction names them. The full stop that ends the citation sentence in both texts is the
    sentence's, not a word of the correction (``note 14.`` for ``Id.``: the hint says ``note 14``)."""
    import difflib

    a, b = p["from"].replace("*", "").split(), p["to"].replace("*", "").split()
    if a and b and a[-1].endswith(".") and b[-1].endswith("."):
        a[-1], b[-1] = a[-1][:-1], b[-1][:-1]
    words = []
    for op, i1, i2, _, _ in difflib.SequenceMatcher(a=a, b=b).get_opcodes():
        if op in ("replace", "delete"):
            words += a[i1:i2]
    return [w.strip("(),;") for w in words if w.strip("(),;")]


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(briefgen() + args, cwd=cwd, capture_output=True, text=True)


def verify(path: Path, cwd: Path) -> list[dict]:
    result = run(["verify", str(path), "--format", "json"], cwd)
    try:
        return findings(json.loads(result.stdout))
    except json.JSONDecodeError:
        raise SystemExit(f"verify {path.name}: no JSON on stdout (exit {result.returncode})\n{result.stderr[-2000:]}") from None


# ---------------------------------------------------------------- where a finding is

def calls_in(text: str, pattern: str) -> list[tuple[int, int]]:
    """(column, note) of each note call in a line; columns are 1-based."""
    return [(m.start() + 1, int(m.group(1))) for m in re.finditer(pattern, text)]


def text_locator(path: Path, fmt: str, layout: str):
    """line -> note for note lines; line -> [(col, note)] for body lines with calls."""
    notes, calls = {}, {}
    in_notes = False
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if fmt == "md":
            m = re.match(r"\[\^(\d+)\]: ", line)
            if m:
                notes[i] = int(m.group(1))
            elif "[^" in line:
                calls[i] = calls_in(line, r"\[\^(\d+)\]")
            continue
        if line in ("Notes", "Endnotes"):
            in_notes = True
            continue
        if in_notes:
            m = re.match(r"\[(\d+)\] |(\d+)\. ", line)
            if m:
                notes[i] = int(m.group(1) or m.group(2))
        elif line.startswith("Text omitted."):
            pattern = r"\[(\d+)\]" if layout != "superscript" else r"omitted\.(\d+)"
            calls[i] = [(c + (len("omitted.") if layout == "superscript" else 0), n)
                        for c, n in calls_in(line, pattern)]
    return notes, calls


def docx_locator(path: Path):
    """Body paragraph number -> [(col, note)]: the column of each footnote reference, counting a
    reference as `[^n]` (as the reader renders it), notes numbered in the order they are called."""
    with zipfile.ZipFile(path) as z:
        body = ET.fromstring(z.read("word/document.xml")).find(f"{W}body")
    calls, seen = {}, 0
    for i, p in enumerate(body.iter(f"{W}p"), 1):
        col, here = 1, []
        for el in p.iter():
            if el.tag == f"{W}t" and el.text:
                col += len(el.text)
            elif el.tag == f"{W}footnoteReference":
                seen += 1
                here.append((col, seen))
                col += len(f"[^{seen}]")
        if here:
            calls[i] = here
    return {}, calls


def note_of(f: dict, loc) -> int | None:
    """The note a finding belongs to: the one verify names, the note on its line, or the call nearest
    its column in a body line."""
    if f["note"] is not None:
        return f["note"]
    notes, calls = loc
    if f["line"] in notes:
        return notes[f["line"]]
    here = calls.get(f["line"])
    if not here or f["col"] is None:
        return None
    return min(here, key=lambda cn: abs(cn[0] - f["col"]))[1]


# ---------------------------------------------------------------- import and build

def module_notes(text: str) -> list[str]:
    """What an imported module puts at each note call: the ^[...] footnote or the [@key] citation
    that follows each placeholder sentence of the corpus memo, brackets matched, in order."""
    out = []
    for m in re.finditer(r"Text omitted\.", text):
        i = m.end() + (text[m.end():m.end() + 1] == "^")
        if text[i:i + 1] != "[":
            out.append("")
            continue
        depth, j = 0, i
        while j < len(text):
            c = text[j]
            if c == "\\":
                j += 2
                continue
            depth += c == "["
            depth -= c == "]"
            if depth == 0:
                break
            j += 1
        out.append(text[i + 1:j])
    return out


def md_footnotes(text: str) -> list[str]:
    return [re.sub(r"\\(.)", r"\1", m.group(1)).strip()
            for m in re.finditer(r"^\[\^\d+\]: (.*)$", text, re.M)]


def normal(text: str) -> str:
    """Compare notes as a reader would: no markup, straight quotes, single spaces."""
    text = re.sub(r"\\(.)", r"\1", text).replace("*", "").replace("_", "")
    text = text.translate(str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'}))
    return re.sub(r"\s+", " ", text).strip()


def word_diff(published: str, rebuilt: str, context: int = 4) -> str:
    """Where a rebuilt note departs from the published one: [-published-]{+rebuilt+}, with a few
    words of context either side of each change."""
    import difflib

    a, b = published.split(), rebuilt.split()
    parts = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            words = a[i1:i2]
            if len(words) > 2 * context:
                words = words[:context] * bool(parts) + ["..."] + words[-context:]
            parts += words
        else:
            parts += [f"[-{' '.join(a[i1:i2])}-]" * (i2 > i1) + f"{{+{' '.join(b[j1:j2])}+}}" * (j2 > j1)]
    return " ".join(parts)


def import_and_build(path: Path, work: Path) -> tuple[list[int], list[str], int, str]:
    """Per note, the citations import linked to a record; the rebuilt notes; the number of records."""
    proj = work / f"import-{path.suffix[1:]}"
    for folder in ("briefs", "authorities"):     # so that the project is here, not in a folder above
        (proj / folder).mkdir(parents=True)
    memo = proj / f"memo{path.suffix}"
    memo.write_bytes(path.read_bytes())
    result = run(["import", memo.name], proj)
    modules = sorted((proj / "briefs" / "modules").rglob("*.md"))
    linked = []
    for m in modules:
        linked += [len(re.findall(r"@[\w:.-]+", fn)) for fn in module_notes(m.read_text(encoding="utf-8"))]
    records = sum(len(yaml.safe_load(a.read_text(encoding="utf-8")) or [])
                  for a in (proj / "authorities").glob("*.yaml"))
    rebuilt = []
    spec = proj / "briefs" / "memo.yaml"
    if spec.exists():
        run(["build", "briefs/memo.yaml", "--to", "md"], proj)
        out = proj / "build" / "memo.md"
        if out.exists():
            rebuilt = md_footnotes(out.read_text(encoding="utf-8"))
    summary = (result.stdout.strip().splitlines() or [""])[-1]
    return linked, rebuilt, records, summary


# ---------------------------------------------------------------- measuring

def load(folder: Path, name: str) -> dict:
    data = yaml.safe_load((folder / name).read_text(encoding="utf-8"))
    return {int(k): v for k, v in data["notes"].items()}


def citations(truth_line: str) -> int:
    return 0 if truth_line.strip() == "none" else len(truth_line.split())


def measure(sid: str, meta: dict, fmt: str, work: Path, verbose: bool) -> dict:
    folder = CORPUS / sid
    notes, truth, planted = load(folder, "notes.yaml"), load(folder, "truth.yaml"), load(folder, "planted.yaml")
    truth_data = yaml.safe_load((folder / "truth.yaml").read_text(encoding="utf-8"))
    deviations = truth_data.get("deviations") or {}
    bluebook = truth_data.get("bluebook") or {}     # a note with its Bluebook breaks corrected
    original, with_errors = folder / f"original.{fmt}", folder / f"planted.{fmt}"

    def by_note(path: Path) -> dict[int, list[dict]]:
        loc = docx_locator(path) if fmt == "docx" else text_locator(path, fmt, meta["layout"])
        out = defaultdict(list)
        for f in verify(path, work):
            out[note_of(f, loc)].append(f)
        return out

    base, seeded = by_note(original), by_note(with_errors)
    alarms = sorted(n for n in notes if base.get(n))
    to_find = sorted(n for n, p in planted.items() if "class" in p)
    new = {n: [f for f in seeded.get(n, []) if not f["code"].startswith("import-")
               and f["code"] not in {g["code"] for g in base.get(n, [])}] for n in to_find}
    found = [n for n in to_find if new[n]]
    by_rule = [n for n in found if any(w in f["code"] for f in new[n] for w in RULES[planted[n]["class"]])]
    corrected = [n for n in found
                 if any(all(w in f["hint"] for w in corrected_words(planted[n])) for f in new[n])]
    linked, rebuilt, records, summary = import_and_build(original, work)
    total = sum(citations(truth[n]) for n in notes)
    got = sum(min(linked[n - 1], citations(truth[n])) for n in notes if n - 1 < len(linked))
    read = [n for n in notes if n - 1 < len(linked) and linked[n - 1]]
    published = [n for n in read if n - 1 < len(rebuilt) and normal(rebuilt[n - 1]) == normal(notes[n])]
    equal = published + [n for n in read if n not in published and n in bluebook and n - 1 < len(rebuilt)
                         and normal(rebuilt[n - 1]) == normal(bluebook[n])]
    r = {"notes": len(notes), "alarms": len(alarms),
         "alarms_clean": len([n for n in alarms if n not in deviations and "all" not in deviations]),
         "clean": len([n for n in notes if n not in deviations and "all" not in deviations]),
         "planted": len(to_find), "found": len(found), "by_rule": len(by_rule),
         "corrected": len(corrected), "cites": total, "linked": got,
         "read": len(read), "equal": len(equal), "as_published": len(published), "records": records, "unplaced": len(base.get(None, []))}
    if verbose > 1:
        for n in read:
            if n not in equal:
                got_n = rebuilt[n - 1] if n - 1 < len(rebuilt) else "(not rebuilt)"
                want = bluebook.get(n, notes[n])
                print(f"  {sid} {fmt} note {n} rebuilt otherwise: {word_diff(normal(want), normal(got_n))}")
    if verbose:
        missed = [(n, planted[n]["class"]) for n in to_find if n not in found]
        codes = sorted({f["code"] for n in alarms for f in base[n]})
        print(f"  {sid} {fmt}: alarms at {alarms} ({', '.join(codes)})")
        print(f"  {sid} {fmt}: planted missed {missed}")
        bare = [(n, planted[n]["class"], [f["code"] for f in new[n]]) for n in found if n not in corrected]
        print(f"  {sid} {fmt}: planted found without the correction in the hint {bare}")
        print(f"  {sid} {fmt}: import: {summary}")
    return r


def rate(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.0f}%)" if b else "-"


def line(label: str, r: dict) -> str:
    return (f"{label:<28} false alarms {rate(r['alarms'], r['notes']):>15}   planted found {rate(r['found'], r['planted']):>14}"
            f"   cites linked {rate(r['linked'], r['cites']):>15}   rebuilt equal {rate(r['equal'], r['read']):>13}")


def add(a: dict, b: dict) -> dict:
    return {k: a.get(k, 0) + b[k] for k in b}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--sources", default="", help="comma-separated source ids (default: all)")
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="-v: alarms and misses per source; -vv: also each note rebuilt otherwise than published")
    args = parser.parse_args()
    sources = yaml.safe_load((CORPUS / "SOURCES.yaml").read_text(encoding="utf-8"))["sources"]
    wanted = [s for s in args.sources.split(",") if s] or list(sources)
    formats = [f for f in args.formats.split(",") if f]
    totals, by_style = defaultdict(dict), defaultdict(dict)
    with tempfile.TemporaryDirectory() as tmp:
        for sid in wanted:
            for fmt in formats:
                work = Path(tmp) / f"{sid}-{fmt}"
                work.mkdir()
                r = measure(sid, sources[sid], fmt, work, args.verbose)
                print(line(f"{sid} {fmt}", r), flush=True)
                totals[fmt] = add(totals[fmt], r)
                by_style[(sources[sid]["style"], fmt)] = add(by_style[(sources[sid]["style"], fmt)], r)
    print()
    for (style, fmt), r in sorted(by_style.items()):
        print(line(f"{style}-style sources, {fmt}", r))
    print()
    for fmt, r in totals.items():
        print(line(f"ALL {fmt}", r))
        print(f"{'':<28} false alarms on notes with no known deviation: {rate(r['alarms_clean'], r['clean'])};"
              f" planted found by their rule {rate(r['by_rule'], r['planted'])}, with the correction in the hint"
              f" {rate(r['corrected'], r['planted'])}; rebuilt exactly as published {rate(r['as_published'], r['read'])};"
              f" authority records {r['records']};"
              f" findings placed at no note {r['unplaced']}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    main()
