"""(c) Letters to all 537 current members, DOCX and PDF, from the real congress-legislators files.

    python bench/letters.py          # reads ../shared/data/congress (or BRIEFGEN_LEGISLATORS)
"""
import os
import shutil
import tempfile
import time
from pathlib import Path

from common import ROOT, SHARED, briefgen

import subprocess

LETTER = """kind: letter
title: Arms exports to Mexico
date: "2026-11-29"
letterhead: [Human Rights Clinic]
recipients: {}
modules: [letter/ask]
signature: [Student Attorney, Human Rights Clinic]
"""


def main() -> None:
    data = os.environ.get("BRIEFGEN_LEGISLATORS") or str(SHARED / "data" / "congress")
    with tempfile.TemporaryDirectory() as tmp:
        proj = Path(tmp) / "p"
        shutil.copytree(ROOT / "briefs", proj / "briefs")
        shutil.copytree(ROOT / "authorities", proj / "authorities")
        (proj / "briefs" / "everyone.yaml").write_text(LETTER)
        t = time.perf_counter()
        p = subprocess.run(briefgen() + ["build", "briefs/everyone.yaml", "--to", "docx,pdf", "--out", "out",
                                         "--legislators", data], cwd=proj, capture_output=True, text=True)
        elapsed = time.perf_counter() - t
        if p.returncode:
            raise SystemExit(p.stderr)
        n = len(list((proj / "out" / "everyone").glob("*.pdf")))
        print(f"(c) {n} letters, DOCX and PDF, on {os.cpu_count()} cores: {elapsed:.1f} s "
              f"({elapsed / n * 1000:.0f} ms a letter; target < 40 s on 2 cores)")


if __name__ == "__main__":
    main()
