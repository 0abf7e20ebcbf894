"""A resident build server, so a build costs its work and not Python's start-up.

``briefgen serve`` keeps the libraries loaded (typer, lxml, Jinja2, markdown-it-py,
PyYAML, Typst: about 0.2 s to import) and the project's parsed authorities and facts warm. While it
runs, ``briefgen build``, ``check``, ``cite`` and ``modules`` in that project send their command line
over a UNIX socket and print what the server answers; with no server they run as usual.

Trust: the socket lives only in the project's own ``.briefgen/`` folder (0700, owned by the user),
and is itself 0600. The client looks nowhere else, checks the folder's and the socket's owner and
mode before connecting and the server's user id (``SO_PEERCRED``) after; anything else is ignored
with a one-line warning and the command runs in the client's own process. One server per project
(a lock file says who holds it). Each connection is read on its own thread with a time limit, so an
idle or vanished client cannot hold others up; commands run one at a time, on the main thread (where
the template time limit's signal works). A server started by other briefgen code declines, and the
client runs the command itself. The server is handed the function that runs a command (the CLI's),
so this module needs nothing of the command line.
"""
from __future__ import annotations

import json
import os
import stat
import struct
import sys
from pathlib import Path

FOLDER = ".briefgen"
NAME = "server.sock"
LOCK = "server.lock"
SERVED = {"build", "check", "cite", "modules"}
FORWARDED_ENV = ("SOURCE_DATE_EPOCH", "BRIEFGEN_LEGISLATORS", "NO_COLOR", "XDG_CACHE_HOME")
MAX_SOCKET_PATH = 107          # sun_path holds 108 bytes on Linux, with its terminating NUL
REQUEST_SECONDS = 10           # a client must send its command line within this time
MAX_REQUEST = 1 << 20          # bytes


def code_stamp() -> str:
    """Names, sizes and times of briefgen's own files: a server of other code must not answer."""
    import hashlib

    root = Path(__file__).parent
    h = hashlib.sha1()
    for p in sorted(root.rglob("*.py")):
        st = p.stat()
        h.update(f"{p.relative_to(root)}:{st.st_size}:{st.st_mtime_ns};".encode())
    return h.hexdigest()


def project_socket(start: Path) -> Path | None:
    """``ROOT/.briefgen/server.sock`` of the project holding ``start`` (None outside a project)."""
    here = Path(start).resolve()
    for folder in [here, *here.parents]:
        if (folder / "briefs").is_dir() and (folder / "authorities").is_dir():
            return folder / FOLDER / NAME
    return None


def _private(path: Path, kind: int, mode: int) -> str:
    """'' when ``path`` is of ``kind``, owned by this user and has exactly ``mode``; else why not."""
    try:
        st = path.lstat()
    except OSError:
        return "missing"
    if stat.S_IFMT(st.st_mode) != kind:
        return "not the expected kind of file"
    if st.st_uid != os.getuid():
        return f"owned by user {st.st_uid}, not by you"
    if stat.S_IMODE(st.st_mode) != mode:
        return f"mode {oct(stat.S_IMODE(st.st_mode))}, not {oct(mode)}"
    return ""


def _peer_uid(sock) -> int | None:
    import socket

    if not hasattr(socket, "SO_PEERCRED"):
        return None
    creds = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    return struct.unpack("3i", creds)[1]


def _send(sock, data: dict) -> None:
    sock.sendall(json.dumps(data).encode() + b"\n")


def _receive(sock, limit: int = MAX_REQUEST) -> dict:
    chunks, size = [], 0
    while True:
        chunk = sock.recv(65536)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if chunk.endswith(b"\n") or size > limit:
            break
    try:
        data = json.loads(b"".join(chunks) or b"{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def client(argv: list[str], warn=None) -> dict | None:
    """Run ``argv`` on this project's server, if one runs and is to be trusted: its reply
    (``code``, ``stdout``, ``stderr``), or None meaning: run it here. ``warn(text)`` is told why
    a socket that exists was not used."""
    if not argv or argv[0] not in SERVED or "--watch" in argv or "--debug" in argv:
        return None
    path = project_socket(Path.cwd())
    if path is None or not os.path.lexists(path):
        return None
    warn = warn or (lambda text: None)
    if len(os.fsencode(path)) > MAX_SOCKET_PATH:
        warn("note: the project path is too long for briefgen serve's socket; running here")
        return None
    for target, kind, mode in ((path.parent, stat.S_IFDIR, 0o700), (path, stat.S_IFSOCK, 0o600)):
        problem = _private(target, kind, mode)
        if problem:
            warn(f"warning: not using {target}: {problem}; running here")
            return None
    import socket

    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(5)
            sock.connect(str(path))
            uid = _peer_uid(sock)
            if uid is not None and uid != os.getuid():
                warn(f"warning: the server on {path} runs as user {uid}, not as you; running here")
                return None
            _send(sock, {"argv": argv, "cwd": os.getcwd(), "stamp": code_stamp(), "umask": _umask(),
                         "env": {k: os.environ[k] for k in FORWARDED_ENV if k in os.environ}})
            sock.settimeout(None)  # the command takes what it takes; a dead server closes the socket
            reply = _receive(sock, limit=1 << 40)
    except OSError:
        return None  # a stale socket file: no server behind it
    if not isinstance(reply.get("code"), int):
        return None
    return reply


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


class AlreadyServing(Exception):
    """Another server holds this project's lock."""


def serve(root: Path, log, run) -> None:
    """Answer requests until interrupted; ``run(argv, cwd, env, umask) -> {code, stdout, stderr}`` runs one
    (``umask``: the client's, or None when it did not say).

    Raises AlreadyServing when another server runs for the project, ValueError when the project's
    path is too long for a socket."""
    import fcntl
    import importlib
    import queue
    import signal
    import socket
    import threading

    folder = Path(root) / FOLDER
    path = folder / NAME
    if len(os.fsencode(path)) > MAX_SOCKET_PATH:
        raise ValueError(f"the project's path is too long for a socket: {path} is {len(os.fsencode(path))} bytes, "
                         f"a socket path holds at most {MAX_SOCKET_PATH}")
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        pass   # whatever is there is checked next
    problem = _private(folder, stat.S_IFDIR, 0o700)
    if problem and "mode" in problem and folder.stat().st_uid == os.getuid():
        os.chmod(folder, 0o700)
        problem = ""
    if problem:
        raise PermissionError(f"{folder}: {problem}")
    try:  # never through a link: a committed .briefgen/server.lock -> ~/.bashrc must not be truncated
        fd = os.open(folder / LOCK, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    except OSError as exc:
        raise PermissionError(f"{folder / LOCK}: " + ("a symbolic link; remove it" if os.path.islink(folder / LOCK)
                                                      else str(exc.strerror))) from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise PermissionError(f"{folder / LOCK}: not a regular file")
    lock = os.fdopen(fd, "r+")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        lock.seek(0)
        holder = lock.read().strip()
        lock.close()
        raise AlreadyServing(f"a briefgen server already runs for {root}" + (f" (process {holder})" if holder else "")) from None
    lock.seek(0)
    lock.truncate()
    lock.write(str(os.getpid()))
    lock.flush()
    for name in ("briefgen.pipeline", "briefgen.writers.docx", "briefgen.writers.pdf", "typst"):
        importlib.import_module(name)  # load the libraries now, not on the first request
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # so the socket is removed on `kill` too
    stamp = code_stamp()
    stop = threading.Event()
    ready: queue.Queue = queue.Queue()  # (connection, request) read and waiting for the main thread

    def receive(conn) -> None:
        """Read one request on this connection's own thread, within REQUEST_SECONDS."""
        try:
            conn.settimeout(REQUEST_SECONDS)
            request = _receive(conn)
        except OSError:
            conn.close()
            return
        if not isinstance(request.get("argv"), list) or not isinstance(request.get("cwd"), str):
            conn.close()
            return
        ready.put((conn, request))

    def accept(server) -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            uid = _peer_uid(conn)
            if uid is not None and uid != os.getuid():
                conn.close()
                continue
            threading.Thread(target=receive, args=(conn,), daemon=True).start()

    def deliver(conn, reply: dict) -> None:
        """Send an answer on its own thread: a client that reads nothing (suspended with Ctrl-Z)
        holds up only this thread, never the next command."""
        with conn:
            try:
                conn.settimeout(None)
                _send(conn, reply)
            except OSError:
                pass  # the client went away: its answer has nobody to go to

    def answer(conn, request: dict) -> None:
        """Run one command in the main thread (where the template time limit's signal works)."""
        import time

        if request.get("stamp") != stamp:
            threading.Thread(target=deliver, args=(conn, {"stale": True}), daemon=True).start()
            log("a newer briefgen asked; stopping so it can run its own code")
            stop.set()
            return
        mask = request.get("umask")
        start = time.perf_counter()
        reply = run([str(a) for a in request["argv"]], request["cwd"],
                    {k: str(v) for k, v in (request.get("env") or {}).items() if k in FORWARDED_ENV},
                    mask & 0o777 if isinstance(mask, int) and not isinstance(mask, bool) else None)
        threading.Thread(target=deliver, args=(conn, reply), daemon=True).start()
        line = " ".join(map(str, request["argv"]))
        log(f"{line if len(line) <= 200 else line[:200] + ' …'}: exit {reply['code']} in "
            f"{(time.perf_counter() - start) * 1000:.0f} ms")

    try:
        if os.path.lexists(path):
            if not stat.S_ISSOCK(os.lstat(path).st_mode):
                raise PermissionError(f"{path}: not a socket; remove it")
            path.unlink()  # we hold the lock: whatever socket is here is a dead server's
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
            old = os.umask(0o177)
            try:
                server.bind(str(path))
            finally:
                os.umask(old)
            os.chmod(path, 0o600)
            server.listen(16)
            server.settimeout(0.5)
            log(f"serving {root} on {path.relative_to(root)} (Ctrl-C stops)")
            threading.Thread(target=accept, args=(server,), daemon=True).start()
            while not stop.is_set():
                try:
                    conn, request = ready.get(timeout=0.5)
                except queue.Empty:
                    continue
                answer(conn, request)
    finally:
        stop.set()
        if os.path.lexists(path) and stat.S_ISSOCK(os.lstat(path).st_mode):
            path.unlink()
        lock.close()
