"""Letter batches as files on disk: one complete batch in its folder at every moment, workers that
stop with their parent, --resume, shares and their merged manifest. Real processes, real signals,
the real congress data in ../shared/data/congress."""
from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import app

from helpers import CONGRESS, LETTER


@pytest.fixture()
def project(project, monkeypatch):
    """The small test project, with a letter module and the real congress data."""
    (project / "briefs" / "modules" / "letter.md").write_text("We write about exports.[@gao2009, 15]\n")
    monkeypatch.setenv("BRIEFGEN_LEGISLATORS", str(CONGRESS))
    return project


def spec(project: Path, recipients: str, name: str = "campaign") -> Path:
    path = project / "briefs" / f"{name}.yaml"
    path.write_text(LETTER.format(recipients=recipients))
    return path


def build(*args):
    return CliRunner().invoke(app, ["build", *args])


def rows(folder: Path) -> list[dict]:
    with open(folder / "manifest.csv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def letters_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir() if p.name not in ("manifest.csv", "batch.json")}


def test_narrowing_recipients_leaves_no_old_letters(project):
    spec(project, "{committee: SSFR}")
    assert build("briefs/campaign.yaml", "--to", "md").exit_code == 0
    assert len(letters_in(project / "build" / "campaign")) == 22
    spec(project, "{committee: SSFR, party: D}")
    result = build("briefs/campaign.yaml", "--to", "md")
    assert result.exit_code == 0, result.output
    folder = project / "build" / "campaign"
    listed = {f for r in rows(folder) for f in r["files"].split(";")}
    assert letters_in(folder) == listed and len(listed) == 10   # the ten Democrats, nothing else
    assert not [p for p in (project / "build").iterdir() if p.name.startswith(".campaign.") and p.is_dir()]


def test_a_failed_batch_keeps_the_previous_one(project):
    spec(project, "{committee: SSFR}")
    assert build("briefs/campaign.yaml", "--to", "md").exit_code == 0
    before = {p.name: p.read_bytes() for p in (project / "build" / "campaign").iterdir()}
    (project / "briefs" / "modules" / "letter.md").write_text("Dear {{ recipient.nickname }}.\n")
    result = build("briefs/campaign.yaml", "--to", "md")
    assert result.exit_code == 1 and "recipient.nickname" not in result.stdout
    assert "nickname" in result.stderr
    after = {p.name: p.read_bytes() for p in (project / "build" / "campaign").iterdir()}
    assert after == before


# ---------------------------------------------------------------- signals: real processes


def _children() -> dict[int, int]:
    """pid -> parent pid, for every process."""
    out = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[0] != "Z":
                out[int(entry.name)] = int(fields[1])
    return out


def _descendants(pid: int) -> set[int]:
    tree, found, todo = _children(), set(), [pid]
    while todo:
        parent = todo.pop()
        for child, ppid in tree.items():
            if ppid == parent and child not in found:
                found.add(child)
                todo.append(child)
    return found


def _alive(pids) -> set[int]:
    now = _children()
    return {p for p in pids if p in now}


def _start_batch(project: Path) -> subprocess.Popen:
    """The spec's letters (all 537 members of Congress, or a chamber), DOCX and PDF, in two workers."""
    env = {**os.environ, "BRIEFGEN_LEGISLATORS": str(CONGRESS)}
    return subprocess.Popen([sys.executable, "-m", "briefgen", "build", "briefs/campaign.yaml", "--to", "docx,pdf",
                             "--jobs", "2"], cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _wait_for_letters(folder: Path, count: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if folder.is_dir() and len([p for p in folder.glob("*.pdf")]) >= count:
            return
        assert proc.poll() is None, proc.stderr.read().decode()
        time.sleep(0.05)
    raise AssertionError(f"no {count} letters in {folder} after {timeout} s")


@pytest.mark.skipif(not Path("/proc/self/stat").is_file(), reason="reads processes from /proc")
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL], ids=["INT", "TERM", "KILL"])
def test_workers_stop_with_their_parent_and_the_previous_batch_stays(project, sig):
    spec(project, "{committee: SSFR, party: D}")
    assert build("briefs/campaign.yaml", "--to", "md").exit_code == 0
    final = project / "build" / "campaign"
    before = {p.name: p.read_bytes() for p in final.iterdir()}
    spec(project, "{}")
    proc = _start_batch(project)
    partial = project / "build" / ".campaign.partial"
    try:
        _wait_for_letters(partial, 4, proc)
        workers = _descendants(proc.pid)
        assert len(workers) >= 2            # the forkserver and its workers
        proc.send_signal(sig)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 5
        while _alive(workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(workers), f"still running after {sig.name}: {_alive(workers)}"
        written = sorted(p.name for p in partial.iterdir())
        time.sleep(1.0)
        assert sorted(p.name for p in partial.iterdir()) == written   # nobody goes on writing
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode != 0
    if sig != signal.SIGKILL:
        assert "interrupted" in proc.stderr.read().decode()
    after = {p.name: p.read_bytes() for p in final.iterdir()}
    assert after == before   # the previous batch, whole; no letter of the interrupted one
    # what the interrupted batch left (half-written temporary files of killed workers included) goes
    # with the next build
    spec(project, "{committee: SSFR}")
    assert build("briefs/campaign.yaml", "--to", "md").exit_code == 0
    assert not partial.exists() and len(rows(final)) == 22


def test_resume_keeps_finished_letters_and_builds_the_rest(project):
    spec(project, "{chamber: senate}")
    proc = _start_batch(project)
    partial = project / "build" / ".campaign.partial"
    try:
        _wait_for_letters(partial, 6, proc)
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    with open(partial / ".progress.csv", encoding="utf-8") as fh:
        done = {r["number"]: r["files"] for r in csv.DictReader(fh)}
    assert done, "the interrupted batch recorded no finished letter"
    inodes = {f: (partial / f).stat().st_ino for files in done.values() for f in files.split(";")}
    result = build("briefs/campaign.yaml", "--to", "docx,pdf", "--resume", "--jobs", "2", "--json")
    assert result.exit_code == 0, result.output
    import json

    (record,) = json.loads(result.stdout)["documents"]
    assert record["kept"] == len(done) and record["built"] == 100 - len(done)
    final = project / "build" / "campaign"
    assert len(rows(final)) == 100
    assert {f: (final / f).stat().st_ino for f in inodes} == inodes   # the same files, not rebuilt
    assert not (project / "build" / ".campaign.previous").exists()
    assert not (project / "build" / ".campaign.partial").exists()


def test_resume_after_a_complete_batch_rebuilds_only_what_changed(project):
    spec(project, "{committee: SSFR}")
    assert build("briefs/campaign.yaml", "--to", "md").exit_code == 0
    final = project / "build" / "campaign"
    first = {r["number"]: (final / r["files"]).stat().st_ino for r in rows(final)}
    result = build("briefs/campaign.yaml", "--to", "md", "--resume", "--json")
    import json

    (record,) = json.loads(result.stdout)["documents"]
    assert (record["kept"], record["built"]) == (22, 0)
    assert {r["number"]: (final / r["files"]).stat().st_ino for r in rows(final)} == first
    (project / "briefs" / "modules" / "letter.md").write_text("We write again.\n")   # an input changed
    (record,) = json.loads(build("briefs/campaign.yaml", "--to", "md", "--resume", "--json").stdout)["documents"]
    assert (record["kept"], record["built"]) == (0, 22)
    assert "We write again." in (final / rows(final)[0]["files"]).read_text()


def test_shares_merge_into_one_manifest(project, tmp_path):
    spec(project, "{committee: SSFR}")
    for k in (1, 2, 3):
        assert build("briefs/campaign.yaml", "--to", "md", "--shard", f"{k}/3").exit_code == 0
    shares = [project / "build" / f"campaign-{k}-of-3" for k in (1, 2, 3)]
    result = CliRunner().invoke(app, ["letters", "manifest", *map(str, shares), "--out", "merged.csv"])
    assert result.exit_code == 0, result.output
    assert "campaign: 22 of 22 letters in 3 shares" in result.stderr
    with open(project / "merged.csv", encoding="utf-8") as fh:
        merged = list(csv.DictReader(fh))
    assert [int(r["number"]) for r in merged] == list(range(1, 23))
    assert merged[7]["folder"] == str(shares[1])
    # a share missing, and one given twice
    result = CliRunner().invoke(app, ["letters", "manifest", str(shares[0]), str(shares[2]), str(shares[2])])
    assert result.exit_code == 1
    assert "missing: 7 letters of 22 (8-14)" in result.stderr
    assert "duplicate: 8 letters (15-22) in" in result.stderr and result.stderr.count("duplicate:") == 1
    # a letter deleted from a share
    (shares[0] / rows(shares[0])[0]["files"]).unlink()
    result = CliRunner().invoke(app, ["letters", "manifest", *map(str, shares)])
    assert result.exit_code == 1 and "absent: " in result.stderr and "001-risch-id.md" in result.stderr


def test_manifest_of_a_folder_that_is_not_a_batch(project):
    result = CliRunner().invoke(app, ["letters", "manifest", "briefs"])
    assert result.exit_code == 1 and "error[manifest]: briefs holds no finished batch" in result.stderr


def test_a_second_build_of_the_same_batch_waits_its_turn(project):
    import fcntl

    spec(project, "{committee: SSFR}")
    (project / "build").mkdir()
    with open(project / "build" / ".campaign.lock", "a") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        result = build("briefs/campaign.yaml", "--to", "md")
    assert result.exit_code == 2 and "another build of build/campaign is running" in result.stderr


def test_workers_are_replaced_after_their_share_of_letters(project, monkeypatch):
    from briefgen.batch import workers

    started = []
    original = workers.Workers._start

    def start(self):
        proc, conn = original(self)
        started.append(proc.pid)
        return proc, conn

    monkeypatch.setattr(workers, "RECYCLE", 5)
    monkeypatch.setattr(workers.Workers, "_start", start)
    spec(project, "{committee: SSFR}")
    result = build("briefs/campaign.yaml", "--to", "md", "--jobs", "2")
    assert result.exit_code == 0, result.output
    assert len(set(started)) >= 2 + 22 // 5 - 1   # fresh workers took over from those that built five
    written = rows(project / "build" / "campaign")
    assert [int(r["number"]) for r in written] == list(range(1, 23))
    assert all((project / "build" / "campaign" / r["files"]).read_text().startswith("**Human Rights Clinic**")
               for r in written)
