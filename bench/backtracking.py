"""Which of the readers' regular expressions are slow on a hostile note: a sweep for catastrophic backtracking.

A note of up to 6,000 characters is read (longer ones are kept as written: ``import-limit``). This script
gathers every pattern the importer (src/briefgen/importer/), the checker (src/briefgen/lint/) and verify.py
use -- by watching ``re`` compile them while verify and import read the corpus's memos, plus the patterns
compiled when their modules load -- and runs each, as the readers do (``finditer``: a search from every
position), over generated strings near that length: runs of initials, words, commas, periods, parentheses,
quotes, digits, ``§``, ``at 1, 2, 3…``, italics markers, each alone and after the start of a citation. Each
run is made in a child process that is stopped after ``--timeout`` seconds.

It prints the patterns that took longer than ``--slow`` seconds on any string, slowest first, with where
they are compiled, the string and how the time grows from half the length (x2 for linear, x4 for
quadratic, more for worse).

    python bench/backtracking.py                  # every pattern, strings of 6,000 characters
    python bench/backtracking.py --length 3000 --slow 0.2 --only quoted.py
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "briefgen"
WATCHED = (str(SRC / "importer") + "/", str(SRC / "lint") + "/", str(SRC / "verify.py"))
PER_SITE = 4     # patterns kept from one line that builds them from the text (re.escape of a name, …)

# the units a hostile note repeats; each is run alone, after a citation's start, and closed by a stray "!"
UNITS = {
    "initials": "NOAA NMFS ", "initials-commas": "NOAA0, NMFS, ", "dotted-initials": "A. B. ",
    "caps-dotted": "U.S. ", "words": "word ", "Words": "Word ", "title-words": "The Act of ",
    "commas": "word, ", "bare-commas": ",", "comma-space": ", ", "periods": ".", "dot-space": "a. ",
    "open-parens": "(", "parens-words": "(x ", "pairs": "()", "close-parens": ")", "quotes": '"',
    "curly-quotes": "“", "apostrophes": "'", "quoted-titles": '"A," ', "digits": "1", "numbers": "12 ",
    "number-commas": "12, ", "sections": "§ ", "section-signs": "§", "sections-numbered": "§§ 1, ",
    "pins": "at 1, 2, ", "stars": "*", "underscores": "_", "italics": "*a _b ", "v": "v. ", "id": "Id. ",
    "supra": "supra note 1, ", "usc": "U.S.C. ", "no": "No. ", "et-al": "et al., ", "hyphens": "-",
    "dashes": "–", "spaces": " ", "slashes": "/", "url": "https://x.y/", "brackets": "[", "colons": ": ",
    "semicolons": "; ", "ampersands": "& ", "months": "Jan. 1, ", "pages": "p. 1, ", "art": "Art. 1, ",
    "para": "¶ 1, ", "in": "in ", "see": "See ", "tab": "\t", "newline": "\n", "capital-run": "ABC",
    "letters": "a", "hereinafter": "[hereinafter ", "ellipsis": ". . . ", "apos-words": "Nat'l ",
}
HEADS = ["", "Roe v. Wade, 410 U.S. 113, ", "See 42 U.S.C. ", "Smith, supra note 3, at ", "Id. at 5 (",
         "U.N. Doc. A/", "John Smith, ", "Cong. Rsch. Serv., R4 ", '"']


def hostile(length: int):
    """(name, text) pairs: every unit repeated to about ``length`` characters, alone and after each head."""
    for name, unit in UNITS.items():
        run = unit * max(1, length // len(unit))
        for head in HEADS:
            yield f"{name}|{head[:12]}", head + run + "!"


def gather() -> list[tuple[str, int, str]]:
    """(pattern, flags, where compiled) for every str pattern the watched code compiles: at import, and
    while verify and import read the corpus's Markdown memos."""
    seen: dict = {}
    per_site: dict = {}
    real = re._compile

    def where() -> str | None:
        frame = sys._getframe(2)
        while frame is not None:
            name = frame.f_code.co_filename
            if name.startswith(WATCHED):
                return f"{Path(name).relative_to(SRC)}:{frame.f_lineno}"
            if not name.endswith(("re/__init__.py", "re/_compiler.py", "sre_compile.py", "backtracking.py")) \
                    and "/re/" not in name:
                return None
            frame = frame.f_back
        return None

    def watching(pattern, flags):
        if isinstance(pattern, str) and pattern not in seen:
            site = where()
            if site and per_site.get(site, 0) < PER_SITE:
                per_site[site] = per_site.get(site, 0) + 1
                seen[pattern] = (flags if isinstance(flags, int) else int(flags), site)
        return real(pattern, flags)

    re.purge()
    re._compile = watching
    try:
        import importlib
        for module in sorted(p for p in (SRC / "importer").glob("*.py")) + sorted((SRC / "lint").glob("*.py")) \
                + [SRC / "verify.py"]:
            name = "briefgen." + ".".join(module.relative_to(SRC).with_suffix("").parts).replace(".__init__", "")
            importlib.import_module(name)
        # patterns compiled when the modules loaded: re.compile went through re._compile before the hook only if
        # the module was already imported; read them from the modules too
        for name, mod in list(sys.modules.items()):
            path = getattr(mod, "__file__", "") or ""
            if not path.startswith(WATCHED):
                continue
            for attr, value in vars(mod).items():
                if isinstance(value, re.Pattern) and isinstance(value.pattern, str) and value.pattern not in seen:
                    seen[value.pattern] = (value.flags, f"{Path(path).relative_to(SRC)}:{attr}")
        from briefgen.errors import Report
        from briefgen.importer import load
        from briefgen.verify import verify_path
        for memo in sorted((ROOT / "tests" / "corpus").glob("*/original.md")) + \
                sorted((ROOT / "tests" / "corpus").glob("*/planted.md")):
            verify_path(memo, Report())
            load(memo, Report())
    finally:
        re._compile = real
    return [(p, f, w) for p, (f, w) in seen.items()]


def worker(conn):
    """Runs (pattern, flags, text) and answers with the processor seconds ``finditer`` took over it."""
    while True:
        job = conn.recv()
        if job is None:
            return
        pattern, flags, text = job
        compiled = re.compile(pattern, flags & ~re.UNICODE if flags & re.ASCII else flags)
        start = time.process_time()
        compiled.match(text)
        one = time.process_time() - start
        start = time.process_time()
        for _ in compiled.finditer(text):
            pass
        conn.send((time.process_time() - start, one))


class Runner:
    """One child process at a time; a run past ``timeout`` seconds is stopped and counted as that long."""

    def __init__(self, timeout: float):
        self.timeout, self.proc = timeout, None

    def start(self):
        self.conn, child = mp.Pipe()
        self.proc = mp.Process(target=worker, args=(child,), daemon=True)
        self.proc.start()

    def __call__(self, pattern: str, flags: int, text: str) -> tuple[float, float]:
        if self.proc is None:
            self.start()
        self.conn.send((pattern, flags, text))
        if self.conn.poll(self.timeout):
            return self.conn.recv()
        self.proc.kill()
        self.proc.join()
        self.proc = None
        return float("inf"), float("inf")

    def close(self):
        if self.proc is not None:
            self.conn.send(None)
            self.proc.join()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--length", type=int, default=6000, help="characters of each hostile string")
    ap.add_argument("--slow", type=float, default=0.1, help="report a pattern slower than this (seconds)")
    ap.add_argument("--timeout", type=float, default=10.0, help="stop a run after this many seconds")
    ap.add_argument("--only", default="", help="only patterns compiled in files whose path contains this")
    args = ap.parse_args()
    patterns = [p for p in gather() if args.only in p[2]]
    print(f"{len(patterns)} patterns, {len(UNITS) * len(HEADS)} strings of ~{args.length} characters", flush=True)
    run = Runner(args.timeout)
    slow = []
    started = time.time()
    for pattern, flags, site in patterns:
        worst, one = (0.0, ""), 0.0
        for name, text in hostile(args.length):
            took, at_start = run(pattern, flags, text)
            one = max(one, at_start)
            if took > worst[0]:
                worst = (took, name)
            if took == float("inf"):
                break
        if worst[0] > args.slow:
            half = dict(hostile(args.length // 2))[worst[1]]
            grows = worst[0] / max(run(pattern, flags, half)[0], 1e-6)
            slow.append((worst[0], site, worst[1], grows, one, pattern))
            print(f"  slow: {worst[0]:7.2f} s  {site}  {worst[1]}  x{grows:.1f}  from one start {one:.3f} s", flush=True)
    run.close()
    print(f"\n{len(slow)} slow patterns (over {args.slow} s on a string of ~{args.length} characters; "
          f"swept in {time.time() - started:.0f} s)")
    print("(searched from every position; 'one start' is the worst single match from the string's start, what a reader\n"
          " that tries a pattern at a few places pays: slow there, the pattern backtracks; slow only when searched, it is\n"
          " a reader calling it at every position that grows with the square of a note)")
    for took, site, name, grows, one, pattern in sorted(slow, reverse=True):
        shown = "stopped" if took == float("inf") else f"{took:.2f} s"
        print(f"{shown:>9}  x{grows:<5.1f} one start {one:6.3f} s  {site:34} {name:28} {pattern[:120]!r}")


if __name__ == "__main__":
    main()
