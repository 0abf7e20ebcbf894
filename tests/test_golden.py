"""The golden Indigo Book cases, scored by the shared citecheck tool through the real CLI."""
import re
import shutil
import subprocess
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"


def test_citecheck_scores_at_least_76_of_80():
    tool = SHARED / "tools" / "citecheck"
    assert tool.is_file(), f"the shared folder must sit beside the repo: {SHARED}"
    exe = shutil.which("briefgen") or str(Path(sys.executable).parent / "briefgen")
    p = subprocess.run([sys.executable, str(tool), "--briefgen", exe, "-v"], capture_output=True, text=True,
                       timeout=300)
    m = re.search(r"exact: (\d+)/(\d+) cases", p.stdout)
    assert m, p.stdout + p.stderr
    assert int(m.group(2)) == 80
    assert int(m.group(1)) >= 76, p.stdout
