"""(d) Start-up: `briefgen --help` must not load the heavy libraries, and a new process builds the
60-citation memo to DOCX within 1.5x of `pandoc --citeproc` on the same text, measured in the same run.

    python bench/startup.py [--before SRC] [--repeat N]

``--before SRC`` measures another copy of briefgen's source (``SRC`` holds its ``briefgen`` package, e.g.
an unpacked older release's ``src``) in the same run, for a before-and-after comparison.

The commands compared (before, now, pandoc, and the floor below) run in turns, one run of each per round,
so that a machine other jobs share slows them alike; each figure is a median over the rounds.
"""
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import bluebook_csl, briefgen, ensure_tool, synthetic_project


def in_turns(commands: dict, repeat: int) -> dict:
    """{name: (median wall seconds, median CPU seconds)} of commands given as {name: (argv, cwd, env)},
    run in turns after one warm-up run each. CPU time is user + system: steadier than the clock."""
    wall: dict = {name: [] for name in commands}
    cpu: dict = {name: [] for name in commands}
    for round_ in range(repeat + 1):
        for name, (argv, cwd, env) in commands.items():
            before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
            subprocess.run(argv, cwd=cwd, env=env, check=True, capture_output=True)
            elapsed, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
            if round_:  # the first round warms the caches
                wall[name].append(elapsed)
                cpu[name].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return {name: (statistics.median(wall[name]), statistics.median(cpu[name])) for name in commands}


def main() -> None:
    before = sys.argv[sys.argv.index("--before") + 1] if "--before" in sys.argv else None
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 11
    versions = {"now": dict(os.environ)}
    if before:
        versions = {"before": {**os.environ, "PYTHONPATH": str(Path(before).resolve())}, **versions}
    bg = briefgen()
    with tempfile.TemporaryDirectory() as tmp:
        proj = synthetic_project(Path(tmp) / "p60", 60, 60)
        helps = in_turns({label: (bg + ["--help"], None, env) for label, env in versions.items()}, repeat)
        builds = {label: (bg + ["build", "briefs/bench.yaml", "--to", "docx", "--out", "out"], proj, env)
                  for label, env in versions.items()}
        csl = bluebook_csl()
        if ensure_tool("pandoc", "pandoc") and csl:
            builds["pandoc"] = (["pandoc", "--citeproc", "--bibliography", "authorities/items.json", "--csl", str(csl),
                                 "pandoc.md", "-o", "pandoc.docx"], proj, None)
        # What no change to briefgen can remove: the interpreter's start, and the libraries a DOCX build
        # must import (PyYAML for the spec, markdown-it-py for the modules, lxml for the package, and
        # dataclasses, which the document model is made of).
        builds["python"] = ([sys.executable, "-c", "pass"], None, None)
        builds["libraries"] = ([sys.executable, "-c", "import yaml, markdown_it, lxml.etree, dataclasses, json, "
                                "pathlib, zipfile"], None, None)
        built = in_turns(builds, repeat)
    load = os.getloadavg()[0]
    print(f"(d) start-up, medians of {repeat} rounds in turns (load average {load:.1f} on {os.cpu_count()} cores)")
    for label in versions:
        (h_wall, h_cpu), (d_wall, d_cpu) = helps[label], built[label]
        line = (f"    {label}: briefgen --help {h_wall * 1000:.0f} ms, CPU {h_cpu * 1000:.0f} ms (target <= 100 ms); "
                f"60-citation DOCX, new process {d_wall:.3f} s, CPU {d_cpu:.3f} s")
        if "pandoc" in built:
            p_wall, p_cpu = built["pandoc"]
            line += f"; {d_wall / p_wall:.2f}x pandoc, CPU {d_cpu / p_cpu:.2f}x (target <= 1.5)"
        print(line)
    if "pandoc" in built:
        print(f"    pandoc --citeproc DOCX {built['pandoc'][0]:.3f} s, CPU {built['pandoc'][1]:.3f} s")
    print(f"    floor: Python starts in CPU {built['python'][1] * 1000:.0f} ms; importing the libraries a DOCX "
          f"build needs takes CPU {built['libraries'][1] * 1000:.0f} ms in all")


if __name__ == "__main__":
    main()
