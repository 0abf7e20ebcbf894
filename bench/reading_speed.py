"""How the time of `briefgen import` and `briefgen verify` grows with the size of a memo.

The memo is generated: placeholder body text, and footnotes made from a few published footnotes (Cong.
Rsch. Serv., R48915 (2026), notes 16, 17, 23-25 and 34; Marbury v. Madison) with their pins varied so that
no two notes are the same text, and one case's volume varied so that the records grow with the memo. Reading must be linear: twice the notes, about twice the time.

    python bench/reading_speed.py              # 250, 500, 1000 and 2000 notes
    python bench/reading_speed.py 4000         # a memo of about 1 MB
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

NOTES = [
    "See Peter Barton Hutt, et al., Food & Drug Law {p}–{q} (5th ed. 2022).",
    "See id. at {q}.",
    "See Murphy v. Nat'l Collegiate Athletic Ass'n, {v} U.S. 453, {p} (2018); Gade v. Nat'l Solid Wastes Mgmt. "
    "Ass'n, 505 U.S. 88, {q} (1992).",
    "Murphy, {v} U.S. at {p}.",
    "Marbury v. Madison, 5 U.S. (1 Cranch) 137, {p} (1803).",
    "Id. at {q}.",
    "See, e.g., Riegel v. Medtronic, 552 U.S. 312, {p} (2008) (analyzing the scope of Medical Device Amendments' "
    "express preemption provision). For more information about federal preemption, see CRS Report R45825, "
    "Federal Preemption: A Legal Primer, by Bryan L. Adkins, Alexander H. Pepper, and Jay B. Sykes (2023).",
    "See Adkins, Pepper & Sykes, supra note {n}, at {q}.",
]


def memo(count: int) -> str:
    """A plain-text memo of ``count`` notes, five calls to a paragraph."""
    notes, last_report = [], 7
    for i in range(count):
        n = i + 1
        template = NOTES[i % len(NOTES)]
        if i % len(NOTES) == 6:
            last_report = n
        notes.append(template.format(p=460 + i % 500, q=461 + i % 500, n=last_report, v=100 + i // len(NOTES)))
    body = "\n\n".join(" ".join(f"Text omitted.[{j + 1}]" for j in range(k, min(k + 5, count)))
                       for k in range(0, count, 5))
    return "Discussion\n\n" + body + "\n\nNotes\n\n" + "\n".join(f"[{i}] {t}" for i, t in enumerate(notes, 1)) + "\n"


def seconds(count: int) -> tuple[int, float]:
    """(size in bytes, processor seconds) of verifying a memo of ``count`` notes, in this process."""
    from briefgen.errors import Report
    from briefgen.verify import verify_path

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "memo.txt"
        path.write_text(memo(count), encoding="utf-8")
        start = time.process_time()
        verify_path(path, Report())
        return path.stat().st_size, time.process_time() - start


if __name__ == "__main__":
    counts = [int(a) for a in sys.argv[1:]] or [250, 500, 1000, 2000]
    seconds(20)   # load eyecite and reporters-db once
    for count in counts:
        size, took = seconds(count)
        print(f"{count:6d} notes {size / 1024:8.0f} KB  verify {took:6.1f} s  ({took / count * 1000:.1f} ms a note)")
