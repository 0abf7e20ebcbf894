"""A resident build server, so a build costs its work and not Python's start-up.

``briefgen serve`` keeps the libraries loaded (typer, python-docx and lxml, Jinja2,
markdown-it-py, PyYAML, Typst: about 0.2 s to import) and the project's parsed
authorities and facts warm. While it runs, ``briefgen build``, ``check`` and ``cite`` in
that project send their command line over a private UNIX socket (``.briefgen/server.sock``,
mode 0600 in a 0700 folder) and print what the server answers; with no server they run
as usual. A server started by an older copy of briefgen declines, and the client runs the
command itself.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

FOLDER = ".briefgen"
NAME = "server.sock"
SERVED = {"build", "check", "cite", "modules"}
FORWARDED_ENV = ("SOURCE_DATE_EPOCH", "BRIEFGEN_LEGISLATORS", "NO_COLOR", "XDG_CACHE_HOME")


def code_stamp() -> str:
    """Names, sizes and times of briefgen's own files: a server of other code must not answer."""
    import hashlib

    root = Path(__file__).parent
    h = hashlib.sha1()
    for p in sorted(root.rglob("*.py")):
        st = p.stat()
        h.update(f"{p.name}:{st.st_size}:{st.st_mtime_ns};".encode())
    return h.hexdigest()


def find_socket(start: Path) -> Path | None:
    for folder in [start, *start.parents]:
        candidate = folder / FOLDER / NAME
        if candidate.exists():
            return candidate
    return None


def _send(sock, data: dict) -> None:
    sock.sendall(json.dumps(data).encode() + b"\n")


def _receive(sock) -> dict:
    chunks = []
    while True:
        chunk = sock.recv(65536)
        if not chunk:
            break
        chunks.append(chunk)
        if chunk.endswith(b"\n"):
            break
    return json.loads(b"".join(chunks) or b"{}")


def client(argv: list[str]) -> int | None:
    """Run ``argv`` on a server of this project, if one runs; None means: run it here."""
    if not argv or argv[0] not in SERVED or "--watch" in argv or "--debug" in argv:
        return None
    path = find_socket(Path.cwd())
    if path is None:
        return None
    import socket

    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(600)
            sock.connect(str(path))
            _send(sock, {"argv": argv, "cwd": os.getcwd(), "stamp": code_stamp(),
                         "env": {k: os.environ[k] for k in FORWARDED_ENV if k in os.environ}})
            reply = _receive(sock)
    except OSError:
        return None  # a stale socket file: no server behind it
    if "code" not in reply:
        return None
    sys.stdout.write(reply.get("stdout", ""))
    sys.stderr.write(reply.get("stderr", ""))
    return int(reply["code"])


_COMMAND = []


def _command():
    """The click command behind the typer app, built once (typer rebuilds it on every invoke)."""
    if not _COMMAND:
        import typer.main

        from briefgen.cli import app

        _COMMAND.append(typer.main.get_command(app))
    return _COMMAND[0]


def _run(request: dict) -> dict:
    """Run one command line here, with its folder and environment, and capture what it prints."""
    import contextlib
    import io

    saved_cwd, saved_env = os.getcwd(), {k: os.environ.get(k) for k in FORWARDED_ENV}
    out, err = io.StringIO(), io.StringIO()
    try:
        os.chdir(request["cwd"])
        for k in FORWARDED_ENV:
            os.environ.pop(k, None)
        os.environ.update(request.get("env") or {})
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                _command().main(args=request["argv"], prog_name="briefgen", standalone_mode=True)
                code = 0
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            except Exception as exc:  # noqa: BLE001 - a bug must not take the server down
                code = 70
                err.write(f"internal error: {type(exc).__name__}: {exc}\n  hint: this is a briefgen bug; run "
                          "again with --debug for a traceback and report it\n")
        return {"code": code, "stdout": out.getvalue(), "stderr": err.getvalue()}
    finally:
        os.chdir(saved_cwd)
        for k, v in saved_env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def serve(root: Path, log) -> None:
    """Answer requests one at a time until interrupted; remove the socket on the way out."""
    import time

    import importlib

    for name in ("briefgen.build", "briefgen.writers.docx", "briefgen.writers.pdf", "typst", "docx"):
        importlib.import_module(name)  # load the libraries now, not on the first request

    import signal

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # so the socket is removed on `kill` too
    folder = root / FOLDER
    folder.mkdir(mode=0o700, exist_ok=True)
    os.chmod(folder, 0o700)
    path = folder / NAME
    if path.exists():
        path.unlink()
    stamp = code_stamp()
    import socket

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(path))
        os.chmod(path, 0o600)
        server.listen(8)
        log(f"serving {root} on {path.relative_to(root)} (Ctrl-C stops)")
        try:
            while True:
                conn, _ = server.accept()
                with conn:
                    request = _receive(conn)
                    if request.get("stamp") != stamp:
                        _send(conn, {"stale": True})
                        log("a newer briefgen asked; stopping so it can run its own code")
                        return
                    start = time.perf_counter()
                    reply = _run(request)
                    _send(conn, reply)
                    log(f"{' '.join(request['argv'])}: exit {reply['code']} in "
                        f"{(time.perf_counter() - start) * 1000:.0f} ms")
        finally:
            if path.exists():
                path.unlink()
