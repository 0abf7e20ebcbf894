"""`briefgen serve`: later commands in the project run in the resident process."""
import json
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
    for _ in range(400):  # up to 20 s on a busy machine
        if sock.exists():
            break
        time.sleep(0.05)
    assert sock.exists(), "the server did not start"
    yield proc
    proc.terminate()
    proc.wait(timeout=30)


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
    server.wait(timeout=30)
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


# ---------------------------------------------------------------- trust: only this user's server, in this project


def test_a_socket_outside_the_project_is_never_used(tmp_path, project):
    """Another user's fake server on /tmp/.briefgen/server.sock (here: the folder above the project)."""
    from briefgen.server import client

    fake = tmp_path / ".briefgen"
    fake.mkdir(mode=0o700)
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(fake / "server.sock"))
    listener.listen(1)
    try:
        os.chdir(project)
        assert client(["build"]) is None  # the project has no server: run here
    finally:
        listener.close()


def test_a_socket_of_another_owner_or_mode_is_refused_with_a_warning(project, server, monkeypatch):
    from briefgen import server as srv

    monkeypatch.chdir(project)
    warnings = []
    monkeypatch.setattr(srv.os, "getuid", lambda: os.geteuid() + 4242)  # as if another user had made it
    assert srv.client(["build", "--to", "md"], warn=warnings.append) is None
    assert warnings and "not by you" in warnings[0]
    monkeypatch.undo()
    monkeypatch.chdir(project)
    sock = project / ".briefgen" / "server.sock"
    sock.chmod(0o666)
    warnings.clear()
    assert srv.client(["build", "--to", "md"], warn=warnings.append) is None
    assert warnings and "mode" in warnings[0]
    sock.chmod(0o600)
    assert srv.client(["build", "--to", "md"], warn=warnings.append)["code"] == 0


def test_a_second_server_says_so_and_exits(project, server):
    second = run(project, "serve")
    assert second.returncode == 2 and "error[serve]" in second.stderr and "already runs" in second.stderr
    assert (project / ".briefgen" / "server.sock").exists()  # the first one's socket is untouched
    assert run(project, "cite", "roe").returncode == 0


def test_an_idle_or_vanished_client_blocks_nobody(project, server):
    idle = socket.socket(socket.AF_UNIX)
    idle.connect(str(project / ".briefgen" / "server.sock"))  # connects, says nothing
    gone = socket.socket(socket.AF_UNIX)
    gone.connect(str(project / ".briefgen" / "server.sock"))
    gone.sendall(b'{"argv": ["cite", "roe"], "cwd": "/", "stamp": "x"')  # half a request, then gone
    gone.close()
    start = time.monotonic()
    result = run(project, "cite", "roe")
    assert result.returncode == 0 and time.monotonic() - start < 8
    idle.close()
    assert server.poll() is None  # still serving


def test_a_killed_client_never_stops_the_server(project, server):
    from briefgen.server import code_stamp

    killed = socket.socket(socket.AF_UNIX)
    killed.connect(str(project / ".briefgen" / "server.sock"))
    killed.sendall(json.dumps({"argv": ["build", "--to", "md"], "cwd": str(project), "stamp": code_stamp(),
                               "env": {}}).encode() + b"\n")
    killed.close()  # gone before the answer
    time.sleep(1)
    assert server.poll() is None
    assert run(project, "cite", "roe").stdout.strip() == "*Roe v. Wade*, 410 U.S. 113 (1973)."


def test_commands_run_without_changing_the_servers_folder_or_environment(project, server):
    (project / "sub").mkdir()
    result = subprocess.run([sys.executable, "-m", "briefgen", "build", "--to", "md"], cwd=project / "sub",
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "SOURCE_DATE_EPOCH": "1700000000"})
    assert result.returncode == 0, result.stderr
    assert (project / "sub" / "build" / "mini.md").is_file()  # relative to the client's folder
    log_line = run(project, "cite", "roe")
    assert log_line.returncode == 0


def test_a_project_path_too_long_for_a_socket_runs_in_process(tmp_path):
    import shutil

    from conftest import FIXTURE

    deep = tmp_path / ("d" * 60) / ("e" * 60)
    shutil.copytree(FIXTURE, deep)
    served = run(deep, "serve")
    assert served.returncode == 2 and "error[serve]" in served.stderr and "too long" in served.stderr
    (deep / ".briefgen").mkdir(mode=0o700, exist_ok=True)
    result = run(deep, "cite", "roe")
    assert result.returncode == 0 and "internal error" not in result.stderr


def test_a_served_template_loop_without_end_is_stopped(project, server):
    """The render time limit works by a signal, so served commands run on the server's main thread."""
    (project / "briefs" / "modules" / "two.md").write_text(
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}\n")
    start = time.monotonic()
    result = run(project, "build", "--to", "md")
    assert result.returncode == 1 and "error[jinja-limit]" in result.stderr
    assert time.monotonic() - start < 60
    assert server.poll() is None
