"""What briefgen may delete or replace, and what it must never follow out of the project: a cloned
project with a link where its outputs go, a folder that is not a batch where a batch would go, a
batch of other formats, read-only letters, links among kept letters and lock files, imports that
would write outside the project or over its sources. Each test reproduces a finding first."""
from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest


from conftest import FIXTURE
from helpers import CONGRESS, LETTER, run

PLANTED = Path(__file__).parent / "fixtures" / "import" / "planted.md"


def letter(project: Path, name: str = "campaign", recipients: str = "{committee: SSFR, party: D}") -> Path:
    (project / "briefs" / "modules" / "letter.md").write_text("We write about exports.[@gao2009, 15]\n")
    path = project / "briefs" / f"{name}.yaml"
    path.write_text(LETTER.format(recipients=recipients))
    return path


@pytest.fixture()
def congress(monkeypatch):
    monkeypatch.setenv("BRIEFGEN_LEGISLATORS", str(CONGRESS))


def tree(folder: Path) -> dict:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# ---------------------------------------------------------------- a cloned project (end to end)


def git(*args, cwd):
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "init.defaultBranch=main",
                    *args], cwd=cwd, check=True, capture_output=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_a_cloned_project_whose_build_links_out_never_deletes_a_folder_outside(tmp_path):
    """A project carrying ``build -> ..`` and a letter spec named Documents.yaml: a plain
    ``briefgen build`` in the clone must not touch ``../Documents``."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    (home / "Documents" / "thesis.txt").write_text("four years of work")
    origin = tmp_path / "origin"
    shutil.copytree(FIXTURE, origin)
    for old in (origin / "briefs").glob("*.yaml"):
        old.unlink()
    letter(origin, "Documents")
    os.symlink("..", origin / "build")
    git("init", "-q", ".", cwd=origin)
    git("add", "-A", cwd=origin)
    git("commit", "-q", "-m", "a project", cwd=origin)
    git("clone", "-q", str(origin), str(home / "clone"), cwd=tmp_path)
    clone = home / "clone"
    assert (clone / "build").is_symlink() and os.readlink(clone / "build") == ".."
    env = {**os.environ, "BRIEFGEN_LEGISLATORS": str(CONGRESS)}
    done = subprocess.run([sys.executable, "-m", "briefgen", "build", "--to", "md"], cwd=clone, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 2, done.stderr
    assert "error[out-folder]" in done.stderr and "build" in done.stderr and "outside the project" in done.stderr
    assert (home / "Documents" / "thesis.txt").read_text() == "four years of work"
    assert sorted(p.name for p in home.iterdir()) == ["Documents", "clone"]   # nothing written beside it
    # named on the command line, the folder above is refused too: it holds the project
    done = subprocess.run([sys.executable, "-m", "briefgen", "build", "--to", "md", "--out", ".."], cwd=clone,
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 2 and "error[out-folder]" in done.stderr, done.stderr
    assert (home / "Documents" / "thesis.txt").read_text() == "four years of work"


# ---------------------------------------------------------------- a batch replaces only a batch


def test_out_holding_the_sources_is_refused_and_briefs_survives(project, congress):
    letter(project, "briefs")
    before = tree(project / "briefs")
    result = run("build", "briefs/briefs.yaml", "--to", "md", "--out", ".")
    assert result.exit_code == 2 and "error[out-folder]" in result.stderr, result.stderr
    assert tree(project / "briefs") == before


def test_a_folder_that_is_not_a_batch_is_never_replaced(project, congress, tmp_path):
    letter(project, "Documents")
    out = tmp_path / "home"
    (out / "Documents").mkdir(parents=True)
    (out / "Documents" / "thesis.txt").write_text("mine")
    result = run("build", "briefs/Documents.yaml", "--to", "md", "--out", str(out))
    assert result.exit_code == 2, result.stderr
    assert "error[not-a-batch]" in result.stderr and "Documents" in result.stderr
    assert tree(out) == {"Documents/thesis.txt": b"mine"}   # not even a lock or a partial folder


@pytest.mark.parametrize("forge", ["other-brief", "link", "no-record", "record-is-a-link"])
def test_only_a_real_folder_with_this_briefs_batch_record_is_replaced(project, congress, tmp_path, forge):
    letter(project)
    assert run("build", "briefs/campaign.yaml", "--to", "md").exit_code == 0
    final = project / "build" / "campaign"
    elsewhere = tmp_path / "elsewhere"
    if forge == "other-brief":
        info = json.loads((final / "batch.json").read_text())
        (final / "batch.json").write_text(json.dumps({**info, "brief": "another"}))
    elif forge == "link":
        shutil.move(final, elsewhere)
        os.symlink(elsewhere, final)
    elif forge == "no-record":
        (final / "batch.json").unlink()
    else:
        (elsewhere).mkdir()
        shutil.move(final / "batch.json", elsewhere / "batch.json")
        os.symlink(elsewhere / "batch.json", final / "batch.json")
    before = tree(elsewhere if forge == "link" else final)
    result = run("build", "briefs/campaign.yaml", "--to", "md")
    assert result.exit_code == 2 and "error[not-a-batch]" in result.stderr, result.stderr
    assert "build/campaign" in result.stderr
    assert tree(elsewhere if forge == "link" else final) == before


def test_leftover_folders_that_are_links_are_removed_as_links(project, congress, tmp_path):
    letter(project)
    (tmp_path / "precious").mkdir()
    (tmp_path / "precious" / "a.txt").write_text("keep")
    (project / "build").mkdir()
    for stale in (".campaign.partial", ".campaign.previous", ".campaign.old"):
        os.symlink(tmp_path / "precious", project / "build" / stale)
    result = run("build", "briefs/campaign.yaml", "--to", "md")
    assert result.exit_code in (0, 2), result.stderr
    assert (tmp_path / "precious" / "a.txt").read_text() == "keep"


def test_a_stale_partial_folder_briefgen_did_not_make_is_not_removed(project, congress):
    letter(project)
    stale = project / "build" / ".campaign.partial"
    stale.mkdir(parents=True)
    (stale / "notes.txt").write_text("mine")
    result = run("build", "briefs/campaign.yaml", "--to", "md")
    assert result.exit_code == 2 and "error[not-a-batch]" in result.stderr, result.stderr
    assert (stale / "notes.txt").read_text() == "mine"


def test_a_batch_of_other_formats_is_never_silently_discarded(project, congress):
    letter(project)
    assert run("build", "briefs/campaign.yaml", "--to", "md,docx").exit_code == 0
    final = project / "build" / "campaign"
    before = tree(final)
    result = run("build", "briefs/campaign.yaml", "--to", "txt")
    assert result.exit_code == 2 and "error[batch-formats]" in result.stderr, result.stderr
    assert "build/campaign" in result.stderr and "docx, md" in result.stderr
    assert tree(final) == before
    # asking for every format it holds, and more, replaces it: nothing is lost
    result = run("build", "briefs/campaign.yaml", "--to", "md,docx,txt")
    assert result.exit_code == 0, result.stderr
    assert {Path(n).suffix for n in tree(final)} >= {".md", ".docx", ".txt"}


def test_a_read_only_letter_is_an_error_and_left_alone(project, congress):
    letter(project)
    assert run("build", "briefs/campaign.yaml", "--to", "md").exit_code == 0
    final = project / "build" / "campaign"
    first = sorted(final.glob("*.md"))[0]
    first.write_text("signed and sent")
    first.chmod(0o444)
    (project / "briefs" / "modules" / "letter.md").write_text("We write again.\n")
    result = run("build", "briefs/campaign.yaml", "--to", "md")
    assert result.exit_code == 1 and "error[output-readonly]" in result.stderr, result.stderr
    assert first.name in result.stderr
    assert first.read_text() == "signed and sent" and not first.stat().st_mode & stat.S_IWUSR


def test_resume_never_keeps_a_link_as_a_letter(project, congress, tmp_path):
    letter(project)
    assert run("build", "briefs/campaign.yaml", "--to", "md").exit_code == 0
    final = project / "build" / "campaign"
    key = tmp_path / "id_rsa"
    key.write_text("-----BEGIN PRIVATE KEY-----\nsecret\n")
    first = sorted(final.glob("*.md"))[0]
    first.unlink()
    os.symlink(key, first)
    result = run("build", "briefs/campaign.yaml", "--to", "md", "--resume")
    assert result.exit_code == 0, result.stderr
    assert not first.is_symlink() and "PRIVATE KEY" not in first.read_text()
    assert "We write about exports." in first.read_text()
    assert key.read_text().startswith("-----BEGIN PRIVATE KEY")
    # a record that is a link is not read: every letter is built again
    record = final / "manifest.csv"
    shutil.move(record, tmp_path / "manifest.csv")
    os.symlink(tmp_path / "manifest.csv", record)
    result = run("build", "briefs/campaign.yaml", "--to", "md", "--resume", "--json")
    assert result.exit_code == 0, result.stderr
    (done,) = json.loads(result.stdout)["documents"]
    assert (done["kept"], done["built"]) == (0, 10)


def test_a_batch_lock_that_is_a_link_is_not_followed(project, congress, tmp_path):
    letter(project)
    (project / "build").mkdir()
    victim = tmp_path / "victim"
    os.symlink(victim, project / "build" / ".campaign.lock")
    result = run("build", "briefs/campaign.yaml", "--to", "md")
    assert result.exit_code == 2 and "error[output-link]" in result.stderr, result.stderr
    assert not victim.exists()


# ---------------------------------------------------------------- outputs through a link


def test_a_build_folder_that_links_out_of_the_project_is_refused(project, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    os.symlink(outside, project / "build")
    result = run("build", "--to", "md")
    assert result.exit_code == 2 and "error[out-folder]" in result.stderr, result.stderr
    assert list(outside.iterdir()) == []


def test_a_build_folder_that_links_inside_the_project_is_fine(project):
    (project / "out").mkdir()
    os.symlink("out", project / "build")
    assert run("build", "--to", "md").exit_code == 0
    assert (project / "out" / "mini.md").is_file()


# ---------------------------------------------------------------- reading through links


def test_a_spec_that_links_out_is_refused_and_its_contents_never_echoed(project, tmp_path):
    secret = tmp_path / "secret.yaml"
    secret.write_text("AWS_SECRET_ACCESS_KEY: hunter2hunter2\n")
    os.symlink(secret, project / "briefs" / "stolen.yaml")
    for args in (["build", "briefs/stolen.yaml", "--to", "md"], ["check", "briefs/stolen.yaml"], ["build", "--to", "md"]):
        result = run(*args)
        assert result.exit_code in (1, 2), (args, result.stderr)
        assert "error[outside-project]" in result.stdout + result.stderr, (args, result.stdout + result.stderr)
        assert "hunter2" not in result.stdout + result.stderr and "AWS_SECRET" not in result.stdout + result.stderr
    assert not (project / "build" / "stolen.md").exists()


@pytest.mark.parametrize("link", ["folder", "file"])
def test_congress_data_that_links_out_of_the_project_is_refused(project, tmp_path, monkeypatch, link):
    monkeypatch.delenv("BRIEFGEN_LEGISLATORS", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    shutil.copytree(CONGRESS, tmp_path / "congress")
    (project / "data").mkdir()
    if link == "folder":
        os.symlink(tmp_path / "congress", project / "data" / "congress")
    else:
        shutil.copytree(CONGRESS, project / "data" / "congress")
        (project / "data" / "congress" / "committee-membership-current.yaml").unlink()
        os.symlink(tmp_path / "congress" / "committee-membership-current.yaml",
                   project / "data" / "congress" / "committee-membership-current.yaml")
    letter(project)
    result = run("build", "briefs/campaign.yaml", "--to", "md")
    assert result.exit_code in (1, 2) and "error[outside-project]" in result.stderr, result.stderr
    assert "data/congress" in result.stderr


# ---------------------------------------------------------------- import: confined, all or none


@pytest.mark.parametrize("name", ["../../escaped", "ABSOLUTE", "a/b", "..", ".hidden", ""])
def test_import_name_must_be_a_plain_name(project, tmp_path, name):
    name = str(tmp_path / "absolute") if name == "ABSOLUTE" else name
    shutil.copy(PLANTED, project / "planted.md")
    before = tree(tmp_path)
    result = run("import", "planted.md", "--name", name)
    assert result.exit_code == 2 and "error[usage]" in result.stderr, result.stderr
    assert tree(tmp_path) == before   # nothing written, in the project or beside it


def test_import_never_writes_through_a_folder_that_links_out(project, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    shutil.rmtree(project / "briefs" / "modules")
    os.symlink(outside, project / "briefs" / "modules")
    shutil.copy(PLANTED, project / "planted.md")
    result = run("import", "planted.md")
    assert result.exit_code in (1, 2) and "error[outside-project]" in result.stderr, result.stderr
    assert list(outside.iterdir()) == []
    assert not (project / "briefs" / "planted.yaml").exists() and not (project / "authorities" / "planted.yaml").exists()


def test_import_is_all_or_none(project, monkeypatch):
    """A disk that fills while the draft authorities are written leaves no spec and no module."""
    import tempfile

    real = tempfile.mkstemp

    def full(*args, **kwargs):
        if "authorities" in str(kwargs.get("dir", "")):
            raise OSError(28, "No space left on device", str(kwargs["dir"]))
        return real(*args, **kwargs)

    monkeypatch.setattr("briefgen.atomic.tempfile.mkstemp", full)
    shutil.copy(PLANTED, project / "planted.md")
    result = run("import", "planted.md")
    assert result.exit_code == 1 and "No space left" in result.stderr, result.stderr
    assert not (project / "briefs" / "planted.yaml").exists()
    assert not (project / "briefs" / "modules" / "planted").exists()
    assert not [p for p in project.rglob("*.tmp")]


def test_imported_ids_never_clash_with_the_projects_records(project):
    assert run("check", "briefs/mini.yaml").exit_code == 0
    shutil.copy(PLANTED, project / "planted.md")
    result = run("import", "planted.md")
    assert result.exit_code == 0, result.stderr
    records = (project / "authorities" / "planted.yaml").read_text()
    assert "- id: att\n" not in records and "- id: att-2\n" in records
    module = (project / "briefs" / "modules" / "planted" / "01-question.md").read_text()
    assert "[@att-2, art. 7]" in module
    result = run("check", "briefs/mini.yaml")
    assert result.exit_code == 0, result.stdout + result.stderr   # the project's other brief still builds
    assert "authority-duplicate" not in result.stdout + result.stderr


# ---------------------------------------------------------------- authorities import


ZOTERO = [{"id": "afsc2016", "type": "report", "title": "Where the Guns Go: U.S. Arms Exports to Mexico and Human "
           "Rights", "author": [{"literal": "Am. Friends Serv. Comm."}], "issued": {"date-parts": [[2016, 1]]}}]


def test_authorities_update_keeps_the_files_comments(project, tmp_path):
    export = tmp_path / "zotero.json"
    export.write_text(json.dumps(ZOTERO))
    (project / "authorities" / "zotero.json").unlink()
    assert run("authorities", "import", str(export), "--into", "reports").exit_code == 0
    path = project / "authorities" / "reports.yaml"
    text = path.read_text()
    text = text.replace("- id: afsc2016\n", "# Checked against the printed report, p. ii.\n- id: afsc2016  # the AFSC's\n")
    text += "# end of the reports\n"
    path.write_text(text)
    ZOTERO2 = [{**ZOTERO[0], "issued": {"date-parts": [[2016, 2]]}}]
    export.write_text(json.dumps(ZOTERO2))
    result = run("authorities", "import", str(export), "--update")
    assert result.exit_code == 0, result.stderr
    assert "date: 2016-01 -> 2016-02" in result.stdout
    after = path.read_text()
    for comment in ("# Checked against the printed report, p. ii.", "# the AFSC's", "# end of the reports",
                    "# Imported from"):
        assert comment in after, after
    assert "2016-02" in after and "2016-01" not in after
    assert run("cite", "afsc2016").exit_code == 0


@pytest.mark.parametrize("into", ["../briefs/mini", "../briefs/modules/two", "/tmp/x", "a/b"])
def test_authorities_import_into_is_a_plain_name(project, tmp_path, into):
    export = tmp_path / "new.json"
    export.write_text(json.dumps([{**ZOTERO[0], "id": "fresh2020"}]))
    before = tree(project / "briefs")
    result = run("authorities", "import", str(export), "--into", into, "--update")
    assert result.exit_code == 2 and "error[usage]" in result.stderr, result.stderr
    assert tree(project / "briefs") == before


@pytest.mark.parametrize("out", ["briefs/mini.yaml", "authorities/law.yaml", "briefs/modules/two.md", "notes.txt",
                                 "data/constituents.csv"])
def test_letters_manifest_out_never_overwrites_a_source(project, congress, out):
    letter(project)
    assert run("build", "briefs/campaign.yaml", "--to", "md").exit_code == 0
    target = project / out
    if not target.exists():
        target.parent.mkdir(exist_ok=True)
        target.write_text("my notes")
    before = target.read_bytes()
    result = run("letters", "manifest", "build/campaign", "--out", out)
    assert result.exit_code == 2 and "error[usage]" in result.stderr, result.stderr
    assert target.read_bytes() == before
    assert run("letters", "manifest", "build/campaign", "--out", "merged.csv").exit_code == 0


# ---------------------------------------------------------------- the resident server


def start_server(project: Path, env: dict | None = None) -> subprocess.Popen:
    """``briefgen serve`` with umask 022, its log in a file (a pipe nobody reads could fill and stall it)."""
    import tempfile
    import time

    log = tempfile.TemporaryFile("w+")
    proc = subprocess.Popen([sys.executable, "-m", "briefgen", "serve"], cwd=project, stderr=log,
                            text=True, env={**os.environ, **(env or {})}, preexec_fn=lambda: os.umask(0o022))
    proc.log = log
    sock = project / ".briefgen" / "server.sock"
    for _ in range(400):
        if sock.exists() or proc.poll() is not None:
            break
        time.sleep(0.05)
    return proc


def stop_server(proc: subprocess.Popen) -> str:
    if proc.poll() is None:
        proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=30)
    proc.log.seek(0)
    return proc.log.read()


def test_serve_never_truncates_what_a_lock_link_points_to(project, tmp_path):
    bashrc = tmp_path / ".bashrc"
    bashrc.write_text("export PATH=$HOME/bin:$PATH\n")
    (project / ".briefgen").mkdir(mode=0o700)
    os.symlink(bashrc, project / ".briefgen" / "server.lock")
    proc = start_server(project)
    log = stop_server(proc)
    assert proc.returncode == 2, log
    assert "error[serve]" in log and "server.lock" in log and "link" in log
    assert bashrc.read_text() == "export PATH=$HOME/bin:$PATH\n"
    assert not (project / ".briefgen" / "server.sock").exists()


def _client(project: Path, *args, umask: int = 0o022, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefgen", *args], cwd=project, capture_output=True, text=True,
                          timeout=timeout, preexec_fn=lambda: os.umask(umask), env={**os.environ,
                                                                                "BRIEFGEN_LEGISLATORS": str(CONGRESS)})


def test_outputs_through_serve_take_the_clients_umask(project):
    letter(project)
    proc = start_server(project)
    try:
        done = _client(project, "build", "briefs/mini.yaml", "briefs/campaign.yaml", "--to", "md", umask=0o077)
        assert done.returncode == 0, done.stderr
    finally:
        log = stop_server(proc)
    assert "build briefs/mini.yaml briefs/campaign.yaml --to md: exit 0" in log   # it ran in the server
    modes = {str(p.relative_to(project)): stat.S_IMODE(p.stat().st_mode) for p in (project / "build").rglob("*")
             if not p.name.startswith(".")}
    assert modes["build/mini.md"] == 0o600 and modes["build/campaign/manifest.csv"] == 0o600
    assert modes["build/campaign/batch.json"] == 0o600
    assert all(m in (0o600, 0o700) for m in modes.values()), modes
    assert modes["build/campaign"] == 0o700


def test_a_client_that_stops_reading_blocks_nobody(project):
    """A client suspended with Ctrl-Z reads nothing: the server must answer others meanwhile."""
    import socket

    from briefgen.server import code_stamp

    proc = start_server(project)
    stuck = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        stuck.connect(str(project / ".briefgen" / "server.sock"))
        # an answer far larger than a socket's buffer, which the suspended client never reads
        stuck.sendall(json.dumps({"argv": ["build", "--to", "x" * 900_000], "cwd": str(project), "stamp": code_stamp(),
                                  "env": {}}).encode() + b"\n")
        done = _client(project, "modules", timeout=60)
        assert done.returncode == 0, done.stderr
        assert "part/one" in done.stdout
    finally:
        stuck.close()
        log = stop_server(proc)
    assert "modules: exit 0" in log   # answered by the server, not by the client on its own


@pytest.mark.parametrize("odd", ["folder-is-a-file", "lock-is-a-folder", "socket-is-a-folder", "folder-is-a-link"])
def test_odd_briefgen_folder_contents_are_a_usage_error(project, tmp_path, odd):
    folder = project / ".briefgen"
    if odd == "folder-is-a-file":
        folder.write_text("x")
    elif odd == "folder-is-a-link":
        (tmp_path / "elsewhere").mkdir(mode=0o700)
        os.symlink(tmp_path / "elsewhere", folder)
    else:
        folder.mkdir(mode=0o700)
        (folder / ("server.lock" if odd == "lock-is-a-folder" else "server.sock")).mkdir()
    proc = start_server(project)
    try:
        proc.wait(timeout=120)   # it stops on its own
    finally:
        log = stop_server(proc)
    assert proc.returncode == 2, log
    assert "error[serve]" in log and "internal error" not in log
    if odd == "folder-is-a-link":
        assert list((tmp_path / "elsewhere").iterdir()) == []   # nothing made through the link
    done = _client(project, "modules")   # and commands still run, in their own process
    assert done.returncode == 0 and "part/one" in done.stdout, done.stderr


def test_authorities_import_writes_all_its_files_or_none(project, tmp_path, monkeypatch):
    """An update of one file and new records for another: a disk that fills on the second leaves the first."""
    import tempfile

    export = tmp_path / "zotero.json"
    export.write_text(json.dumps(ZOTERO))
    (project / "authorities" / "zotero.json").unlink()
    assert run("authorities", "import", str(export), "--into", "reports").exit_code == 0
    before = (project / "authorities" / "reports.yaml").read_bytes()
    export.write_text(json.dumps([{**ZOTERO[0], "issued": {"date-parts": [[2016, 2]]}},
                                  {**ZOTERO[0], "id": "fresh2020"}]))
    real = tempfile.mkstemp

    def full(*args, **kwargs):
        if str(kwargs.get("prefix", "")).startswith(".more.yaml"):
            raise OSError(28, "No space left on device", str(kwargs["dir"]))
        return real(*args, **kwargs)

    monkeypatch.setattr("briefgen.atomic.tempfile.mkstemp", full)
    result = run("authorities", "import", str(export), "--update", "--into", "more")
    assert result.exit_code == 1 and "No space left" in result.stderr, result.stderr
    assert (project / "authorities" / "reports.yaml").read_bytes() == before
    assert not (project / "authorities" / "more.yaml").exists()


def test_a_batch_named_like_a_source_folder_builds_again(project, congress):
    """build/data/ made by a letter spec data.yaml is a batch, not a source folder: it may be rebuilt."""
    letter(project, "data")
    for _ in range(2):
        result = run("build", "briefs/data.yaml", "--to", "md")
        assert result.exit_code == 0, result.stderr
    assert (project / "build" / "data" / "batch.json").is_file()


@pytest.mark.parametrize("command", [["styles", "init"], ["schema"]])
def test_files_written_in_the_project_never_go_through_a_link_out(project, tmp_path, command):
    outside = tmp_path / "outside"
    outside.mkdir()
    folder = "styles" if command[0] == "styles" else "schemas"
    os.symlink(outside, project / folder)
    result = run(*command)
    assert result.exit_code in (1, 2) and "error[outside-project]" in result.stderr, result.stderr
    assert list(outside.iterdir()) == []


def test_a_batch_into_an_out_that_is_a_file_is_a_located_error(project, congress):
    letter(project)
    (project / "taken").write_text("a file")
    result = run("build", "briefs/campaign.yaml", "--to", "md", "--out", "taken")
    assert result.exit_code in (1, 2) and "internal error" not in result.stderr, result.stderr
    assert "taken" in result.stderr and (project / "taken").read_text() == "a file"
