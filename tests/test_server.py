"""`briefgen serve`: later commands in the project run in the resident process."""
import os
import socket
import subprocess
import sys
import time

import pytest


@pytest.fixture()
def server(project):
    proc = subprocess.Popen([sys.executable, "-m", "briefgen", "serve"], cwd=project, stderr=subprocess.PIPE,
                            text=True)
    sock = project / ".briefgen" / "server.sock"
    for _ in range(100):
        if sock.exists():
            break
        time.sleep(0.05)
    assert sock.exists(), "the server did not start"
    yield proc
    proc.terminate()
    proc.wait(timeout=10)


def run(project, *args, env=None):
    return subprocess.run([sys.executable, "-m", "briefgen", *args], cwd=project, capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=120)


def test_commands_run_in_the_server(project, server):
    sock = project / ".briefgen" / "server.sock"
    assert oct(sock.stat().st_mode & 0o777) == "0o600"
    assert oct((project / ".briefgen").stat().st_mode & 0o777) == "0o700"
    result = run(project, "build", "--to", "md,docx")
    assert result.returncode == 0, result.stderr
    assert "wrote build/mini.md, build/mini.docx (14 footnotes)" in result.stdout
    assert (project / "build" / "mini.docx").is_file()
    bad = run(project, "build", "briefs/nope.yaml")
    assert bad.returncode == 2 and "error[spec-missing]" in bad.stderr
    cite = run(project, "cite", "roe", "--pin", "120")
    assert cite.stdout.strip() == "*Roe v. Wade*, 410 U.S. 113, 120 (1973)."
    server.terminate()
    log = server.communicate(timeout=10)[1]
    assert "build --to md,docx: exit 0 in" in log
    assert "build briefs/nope.yaml: exit 2 in" in log
    assert not sock.exists()  # removed on the way out


def test_a_server_of_other_code_declines(project, server, monkeypatch):
    from briefgen import server as srv

    monkeypatch.chdir(project)
    monkeypatch.setattr(srv, "code_stamp", lambda: "other code")
    assert srv.client(["build", "--to", "md"]) is None  # the caller then runs the command itself
    server.wait(timeout=10)
    assert "a newer briefgen asked" in server.stderr.read()


def test_no_server_no_socket(project):
    from briefgen.server import client

    os.chdir(project)
    assert client(["build"]) is None
    (project / ".briefgen").mkdir()
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(project / ".briefgen" / "server.sock"))
    stale.close()  # a socket file with no server behind it
    assert client(["build"]) is None
