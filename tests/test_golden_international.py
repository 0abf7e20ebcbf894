"""International golden cases (tests/cases/international.json), in the shared golden-case format, scored by
the shared citecheck tool through the real CLI — the CSL-JSON path, as held-out sets of this kind are."""
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
CASES = Path(__file__).parent / "cases" / "international.json"


def test_international_cases_are_real_and_name_their_rule():
    cases = json.loads(CASES.read_text(encoding="utf-8"))
    assert len(cases) >= 400
    assert all(re.match(r"R2[01]\.", c["source"]) for c in cases)
    assert all(len(c["cites"]) == len(c["expected"]) for c in cases)
    kinds = {it["type"] for c in cases for it in c["items"]}
    assert {"treaty", "document", "report", "legal_case"} <= kinds


def test_international_cases_all_exact_through_the_cli():
    tool = SHARED / "tools" / "citecheck"
    assert tool.is_file(), f"the shared folder must sit beside the repo: {SHARED}"
    exe = shutil.which("briefgen") or str(Path(sys.executable).parent / "briefgen")
    p = subprocess.run([sys.executable, str(tool), "--cases", str(CASES), "--briefgen", exe, "-v"],
                       capture_output=True, text=True, timeout=600)
    m = re.search(r"exact: (\d+)/(\d+) cases", p.stdout)
    assert m, p.stdout + p.stderr
    assert m.group(1) == m.group(2), p.stdout
