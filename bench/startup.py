"""(d) Start-up: `briefgen --help` must not load the heavy libraries, and a new process builds the
60-citation memo to DOCX within 1.5x of `pandoc --citeproc` on the same text, measured in the same run.

    python bench/startup.py [--before SRC]

``--before SRC`` measures another copy of briefgen's source (``SRC`` holds its ``briefgen`` package, e.g.
an unpacked older release's ``src``) in the same run, first, for a before-and-after comparison.
"""
import os
import sys
import tempfile
from pathlib import Path

from common import bluebook_csl, briefgen, ensure_tool, synthetic_project, timed


def cpu(cmd, cwd=None, env=None, repeat=7) -> float:
    """Median CPU time (user + system) of a command: on a machine other jobs share, steadier than the clock."""
    import resource
    import statistics
    import subprocess

    subprocess.run(cmd, cwd=cwd, env=env, check=True, capture_output=True)
    times = []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(cmd, cwd=cwd, env=env, check=True, capture_output=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        times.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(times)


def measure(label: str, proj: Path, env: dict) -> None:
    bg = briefgen()
    build = bg + ["build", "briefs/bench.yaml", "--to", "docx", "--out", "out"]
    help_, help_cpu = timed(bg + ["--help"], repeat=11, env=env), cpu(bg + ["--help"], env=env)
    docx, docx_cpu = timed(build, cwd=proj, env=env), cpu(build, cwd=proj, env=env)
    print(f"(d) {label}: briefgen --help {help_ * 1000:.0f} ms, CPU {help_cpu * 1000:.0f} ms (target <= 100 ms); "
          f"60-citation DOCX, new process {docx:.3f} s, CPU {docx_cpu:.3f} s")
    csl = bluebook_csl()
    if ensure_tool("pandoc", "pandoc") and csl:
        pandoc = ["pandoc", "--citeproc", "--bibliography", "authorities/items.json", "--csl", str(csl),
                  "pandoc.md", "-o", "pandoc.docx"]
        p, p_cpu = timed(pandoc, cwd=proj), cpu(pandoc, cwd=proj)
        print(f"    pandoc --citeproc DOCX {p:.3f} s, CPU {p_cpu:.3f} s; ratio {docx / p:.2f}, "
              f"CPU {docx_cpu / p_cpu:.2f} (target <= 1.5)")


def floor() -> None:
    """What no change to briefgen can remove: the interpreter's own start, and the libraries a DOCX build
    must import (PyYAML for the spec, markdown-it-py for the modules, lxml for the package; dataclasses,
    which the document model is made of) -- measured the same way, in the same run."""
    python = [sys.executable, "-c"]
    bare = cpu(python + ["pass"])
    libraries = cpu(python + ["import yaml, markdown_it, lxml.etree, dataclasses, json, pathlib, zipfile"])
    print(f"    floor: Python starts in CPU {bare * 1000:.0f} ms; importing the libraries a DOCX build needs "
          f"takes CPU {libraries * 1000:.0f} ms in all")


def main() -> None:
    before = sys.argv[sys.argv.index("--before") + 1] if "--before" in sys.argv else None
    with tempfile.TemporaryDirectory() as tmp:
        proj = synthetic_project(Path(tmp) / "p60", 60, 60)
        if before:
            measure("before", proj, {**os.environ, "PYTHONPATH": str(Path(before).resolve())})
        measure("now", proj, dict(os.environ))
        floor()


if __name__ == "__main__":
    main()
