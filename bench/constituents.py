"""(d) Constituent letters at campaign scale: 10,000 sample constituents, each writing to their two
senators and their representative — 30,000 letters, DOCX and PDF — from the real congress-legislators
files. Prints letters per second and peak memory, sampled as the batch runs, so that a memory that
grew with the batch would show.

    python bench/constituents.py                      # 10,000 constituents on every core
    python bench/constituents.py --constituents 1000 --jobs 2
"""
import argparse
import csv
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import yaml
from common import ROOT, SHARED, briefgen

SPEC = """kind: letter
title: Constituent letter on firearms exports to Mexico
date: "2026-11-29"
constituents: data/bench-constituents.csv
re: "U.S. firearms exports to Mexico"
modules: [constituent/ask]
"""


def seats(data: Path) -> list[tuple[str, int]]:
    """Every (state, district) with a representative in the data, in a state with two senators."""
    senators, house = {}, []
    for r in yaml.load((data / "legislators-current.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader):
        t = r["terms"][-1]
        if t["type"] == "sen":
            senators[t["state"]] = senators.get(t["state"], 0) + 1
        else:
            house.append((t["state"], t["district"]))
    return sorted((s, d) for s, d in house if senators.get(s) == 2)


def write_constituents(path: Path, count: int, data: Path) -> None:
    """Sample constituents (not real people), spread over every filled district."""
    places = seats(data)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "street", "city", "state", "zip", "district"])
        for i in range(count):
            state, district = places[i % len(places)]
            w.writerow([f"Sample Constituent {i:05d}", f"{100 + i} Example Street", "Sampleton", state,
                        f"{10000 + i % 89999:05d}", district or "AL"])


def tree_rss(pid: int) -> tuple[int, int]:
    """Resident memory (bytes) of a process, and of it with all its descendants."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError):
                continue
    family, todo = {pid}, [pid]
    while todo:
        p = todo.pop()
        for child, ppid in parents.items():
            if ppid == p and child not in family:
                family.add(child)
                todo.append(child)

    def rss(p: int) -> int:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
        except OSError:
            pass
        return 0

    return rss(pid), sum(rss(p) for p in family)


def main(count: int = 10_000, jobs: int | None = None) -> None:
    data = Path(os.environ.get("BRIEFGEN_LEGISLATORS") or SHARED / "data" / "congress")
    jobs = jobs or os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        proj = Path(tmp) / "p"
        shutil.copytree(ROOT / "briefs", proj / "briefs")
        shutil.copytree(ROOT / "authorities", proj / "authorities")
        (proj / "data").mkdir()
        write_constituents(proj / "data" / "bench-constituents.csv", count, data)
        (proj / "briefs" / "bench.yaml").write_text(SPEC)
        cmd = briefgen() + ["build", "briefs/bench.yaml", "--to", "docx,pdf", "--out", "out", "--legislators",
                            str(data), "--jobs", str(jobs)]
        staging = proj / "out" / ".bench.partial"
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=proj, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        peak_parent = peak_all = 0
        samples = []                      # (letters done, memory of every process)
        while proc.poll() is None:
            parent, everything = tree_rss(proc.pid)
            peak_parent, peak_all = max(peak_parent, parent), max(peak_all, everything)
            done = sum(1 for p in os.scandir(staging) if p.name.endswith(".pdf")) if staging.is_dir() else 0
            samples.append((done, everything))
            time.sleep(1.0)
        elapsed = time.perf_counter() - start
        out, err = proc.communicate()
        if proc.returncode:
            raise SystemExit(err)
        with open(proj / "out" / "bench" / "manifest.csv", encoding="utf-8") as fh:
            letters = sum(1 for _ in csv.DictReader(fh))
    mb = 1024 * 1024
    at = []
    for share in (0.1, 0.5, 0.9):
        near = min(samples, key=lambda s: abs(s[0] - share * letters))
        at.append(f"{near[1] / mb:.0f} MB at {near[0]:,}")
    print(f"(d) {letters:,} letters (DOCX and PDF) from {count:,} constituents, --jobs {jobs} on {os.cpu_count()} "
          f"cores: {elapsed:.0f} s, {letters / elapsed:.1f} letters/s ({elapsed / letters * 1000:.0f} ms a letter); "
          f"peak memory {peak_all / mb:.0f} MB for all processes ({peak_parent / mb:.0f} MB the command itself; "
          f"{', '.join(at)} letters)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--constituents", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=None)
    options = parser.parse_args()
    main(options.constituents, options.jobs)
