"""(a) A synthetic memo of 60 citations over 60 authorities, side by side:
briefgen in a new process, with `briefgen serve` running, and in process (as --watch rebuilds);
briefgen DOCX against `pandoc --citeproc` with the Bluebook law-review CSL on the same text, and
briefgen DOCX + PDF against pandoc DOCX followed by LibreOffice's DOCX -> PDF.
(b) 100 against 1,000 citations.

    python bench/citations.py
"""
import subprocess
import tempfile
from pathlib import Path

from common import bluebook_csl, briefgen, ensure_tool, synthetic_project, timed


def with_server(proj: Path, bg: list) -> tuple[float, float]:
    """Median wall times of the CLI while `briefgen serve` runs in the project."""
    import time

    server = subprocess.Popen(bg + ["serve"], cwd=proj, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            if (proj / ".briefgen" / "server.sock").exists():
                break
            time.sleep(0.05)
        docx = timed(bg + ["build", "briefs/bench.yaml", "--to", "docx", "--out", "out"], cwd=proj)
        both = timed(bg + ["build", "briefs/bench.yaml", "--to", "docx,pdf", "--out", "out"], cwd=proj)
        return docx, both
    finally:
        server.terminate()
        server.wait()


def in_process(proj: Path, repeat: int = 7) -> tuple[float, float]:
    """Median build times inside one process, after a first build has warmed the caches."""
    import os
    import statistics
    import time

    from briefgen.pipeline import prepare, write
    from briefgen.errors import Report

    here = os.getcwd()
    os.chdir(proj)
    try:
        results = []
        for formats in (["docx"], ["docx", "pdf"]):
            write(prepare(Path("briefs/bench.yaml"), Report()), formats, Path("out"))
            times = []
            for _ in range(repeat):
                t = time.perf_counter()
                write(prepare(Path("briefs/bench.yaml"), Report()), formats, Path("out"))
                times.append(time.perf_counter() - t)
            results.append(statistics.median(times))
        return results[0], results[1]
    finally:
        os.chdir(here)


def main() -> None:
    bg = briefgen()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        proj = synthetic_project(tmp / "p60", 60, 60)
        docx = timed(bg + ["build", "briefs/bench.yaml", "--to", "docx", "--out", "out"], cwd=proj)
        both = timed(bg + ["build", "briefs/bench.yaml", "--to", "docx,pdf", "--out", "out"], cwd=proj)
        warm_docx, warm_both = in_process(proj)
        served_docx, served_both = with_server(proj, bg)
        print(f"(a) 60 citations: briefgen DOCX {docx:.3f} s; briefgen DOCX+PDF {both:.3f} s (a new process each)")
        print(f"    with `briefgen serve` running: DOCX {served_docx:.3f} s; DOCX+PDF {served_both:.3f} s")
        print(f"    in process, as --watch rebuilds: DOCX {warm_docx:.3f} s; DOCX+PDF {warm_both:.3f} s")
        csl = bluebook_csl()
        if ensure_tool("pandoc", "pandoc") and csl:
            pandoc = ["pandoc", "--citeproc", "--bibliography", "authorities/items.json", "--csl", str(csl),
                      "pandoc.md", "-o", "pandoc.docx"]
            p = timed(pandoc, cwd=proj)
            print(f"    pandoc --citeproc DOCX {p:.3f} s; ratio briefgen/pandoc {docx / p:.2f} new process, "
                  f"{served_docx / p:.2f} with the server, {warm_docx / p:.2f} in process (target <= 1.5)")
            if ensure_tool("soffice", "libreoffice-writer-nogui"):
                lo = ["soffice", "--headless", "--convert-to", "pdf", "--outdir", "lo", "pandoc.docx"]
                pl = timed(["sh", "-c", " ".join(pandoc) + " && " + " ".join(lo)], cwd=proj, repeat=3)
                print(f"    pandoc DOCX + LibreOffice PDF {pl:.3f} s; ratio {both / pl:.2f} new process, "
                      f"{served_both / pl:.2f} with the server, {warm_both / pl:.2f} in process (target <= 0.3)")
        small = synthetic_project(tmp / "p100", 100, 60)
        large = synthetic_project(tmp / "p1000", 1000, 60)
        t100 = timed(bg + ["build", "briefs/bench.yaml", "--to", "docx", "--out", "out"], cwd=small)
        t1000 = timed(bg + ["build", "briefs/bench.yaml", "--to", "docx", "--out", "out"], cwd=large, repeat=3)
        print(f"(b) 100 citations {t100:.3f} s; 1,000 citations {t1000:.3f} s; ratio {t1000 / t100:.1f} "
              f"(target <= 12, and <= 6 s)")
        subprocess.run(bg + ["build", "briefs/bench.yaml", "--to", "md", "--out", "out"], cwd=large, check=True,
                       capture_output=True)


if __name__ == "__main__":
    main()
