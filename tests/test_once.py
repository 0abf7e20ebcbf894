"""Every finding is printed once per command: an authority's warning however many briefs load it, a
module's warning however many briefs or letters use it, and a --watch round does not repeat what the
round before it showed."""
from __future__ import annotations

import json
import shutil
from pathlib import Path


from helpers import run

REPO = Path(__file__).resolve().parents[1]


def _csl_warning(project: Path) -> str:
    """An authority whose loading warns (CSL fields a report does not print); returns the warning's head."""
    path = project / "authorities" / "zotero.json"
    items = json.loads(path.read_text(encoding="utf-8"))
    items[0]["call-number"] = "HV 1234"
    path.write_text(json.dumps(items), encoding="utf-8")
    return "warning[csl-unused]: CSL item 'afsc2016'"


def test_an_authoritys_warning_is_printed_once_for_all_the_briefs_that_load_it(project):
    head = _csl_warning(project)
    for n in range(2, 6):
        shutil.copy(project / "briefs" / "mini.yaml", project / "briefs" / f"mini{n}.yaml")
    result = run("build", "--to", "md")
    assert result.exit_code == 0, result.output
    assert result.stderr.count(head) == 1
    # the CSL warning, and the fixture's two treaties without a date phrase (R21.4.2), each once
    assert "built 5 documents" in result.stderr and "3 warnings" in result.stderr
    assert result.stderr.count("warning[treaty-date-phrase]") == 2
    checked = run("check")
    assert checked.stderr.count(head) + checked.stdout.count(head) == 1
    assert "5 briefs checked: 0 errors, 4 warnings" in checked.stdout   # and porter, cited by none


def test_verify_prints_a_shared_modules_finding_once(project):
    (project / "briefs" / "modules" / "two.md").open("a", encoding="utf-8").write(
        '\nThey wrote "we act ... now."[@afsc2016, 3]\n')
    shutil.copy(project / "briefs" / "mini.yaml", project / "briefs" / "mini2.yaml")
    result = run("verify")
    assert result.stderr.count("warning[ellipsis]") == 1, result.output
    assert "2 files verified: 0 errors, 3 warnings" in result.stdout   # and the two treaties' date phrase, once


def test_a_letter_batchs_warning_is_printed_once(shipped):
    (shipped / "briefs" / "modules" / "letter" / "ask.md").open("a", encoding="utf-8").write(
        '\nHe said "we act ... now."[@gao2009, 15]\n')
    result = run("build", "briefs/ssfr-letter.yaml", "--to", "md")
    assert result.exit_code == 0, result.output
    assert result.stderr.count("warning[ellipsis]") == 1
    assert "1 warning" in result.stderr


def test_watch_does_not_repeat_unchanged_findings(project, monkeypatch):
    """Three saves: the first round shows the warning, the second (nothing changed in it) does not
    repeat it but says so, the third (a new finding) shows only the new one."""
    head = _csl_warning(project)
    module = project / "briefs" / "modules" / "two.md"

    def saves(root, rebuild, **_):
        rebuild([str(module)])
        rebuild([str(module)])
        module.open("a", encoding="utf-8").write('\nThey wrote "we act ... now."[@afsc2016, 3]\n')
        rebuild([str(module)])

    monkeypatch.setattr("briefgen.watch.watch", saves)
    result = run("build", "--to", "md", "--watch")
    # once in the first build, once in the first round of the watch, not again
    assert result.stderr.count(head) == 2, result.stderr
    assert result.stderr.count("warning[ellipsis]") == 1
    assert "3 findings as before, not repeated" in result.stderr   # the CSL and the two treaty-date-phrase
