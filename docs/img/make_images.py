"""Make the pictures of the shipped briefs in docs/img/ from a real build, so a reader sees the output
before installing: `python docs/img/make_images.py` (needs briefgen installed and poppler's pdftoppm).

Each picture is one page of a PDF that `briefgen build` writes from briefs/, rendered at 60 dpi.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
# picture name -> (brief, PDF inside the build folder, page)
PAGES = {
    "memo": ("att-mexico-memo", "att-mexico-memo.pdf", 1),
    "petition-cover": ("att-petition", "att-petition.pdf", 1),
    "petition-contents": ("att-petition", "att-petition.pdf", 2),
    "petition-body": ("att-petition", "att-petition.pdf", 4),
    "court-petition-cover": ("court-petition", "court-petition.pdf", 1),
    "iachr-petition-cover": ("iachr-petition", "iachr-petition.pdf", 1),
    "iachr-petition-body": ("iachr-petition", "iachr-petition.pdf", 3),
    "letter": ("ssfr-letter", "ssfr-letter/001-risch-id.pdf", 1),
    "sign-on-letter": ("ssfr-sign-on-letter", "ssfr-sign-on-letter/001-risch-id-and-shaheen-nh.pdf", 1),
    "sign-on-letter-page-2": ("ssfr-sign-on-letter", "ssfr-sign-on-letter/001-risch-id-and-shaheen-nh.pdf", 2),
}


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) is needed", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        briefs = sorted({f"briefs/{brief}.yaml" for brief, _, _ in PAGES.values()})
        subprocess.run(["briefgen", "build", *briefs, "--to", "pdf", "--out", tmp, "--quiet"], cwd=REPO, check=True)
        for name, (_, pdf, page) in PAGES.items():
            source = Path(tmp) / pdf
            if not source.is_file():
                print(f"no {pdf} in the build", file=sys.stderr)
                return 1
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page), "-singlefile",
                            str(source), str(HERE / name)], check=True)
            print(f"wrote docs/img/{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
