"""Worker processes for a letter batch: each is started clean by a forkserver (no thread of the
parent, Typst's included, is copied half-way), set up once with the batch's letter builder, and
fed one letter at a time over its own pipe. After :data:`RECYCLE` letters a worker is replaced by a
fresh one, so that memory a library keeps per document (python-docx keeps some) stays bounded
however long the batch.

A worker never outlives the command that started it: it ignores Ctrl-C (the parent stops it),
and a watch thread ends it as soon as its parent is gone — the forkserver exits when the
command dies, by SIGTERM or SIGKILL alike, and the worker sees its parent change.
"""
from __future__ import annotations

import os
import signal
import threading
import traceback
from collections import deque
from typing import TYPE_CHECKING, cast

from briefgen.errors import BriefgenError

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

WATCH_INTERVAL = 0.05   # seconds between a worker's looks at its parent
RECYCLE = 250           # letters a worker builds before a fresh one takes its place
PRELOAD = ["briefgen.pipeline", "briefgen.batch.merge", "briefgen.writers.docx", "briefgen.writers.pdf",
           "briefgen.readers.markdown", "briefgen.argument.modules"]


def _watch_parent() -> None:
    parent = os.getppid()

    def watch():
        while True:
            if os.getppid() != parent:
                os._exit(70)  # orphaned: stop at once, mid-letter or not
            threading.Event().wait(WATCH_INTERVAL)

    threading.Thread(target=watch, name="briefgen-parent-watch", daemon=True).start()


def _serve(conn, make_builder, args) -> None:
    """A worker's life: build letters until the pipe closes (EOF when the parent is gone)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _watch_parent()
    builder = make_builder(*args)
    while True:
        try:
            item = conn.recv()
        except (EOFError, OSError):
            return
        if item is None:
            return
        try:
            conn.send(("ok", builder(*item)))
        except BriefgenError as exc:
            conn.send(("error", exc.diagnostics))
        except BaseException:  # noqa: BLE001 - reported by the parent as the bug it is
            conn.send(("crash", traceback.format_exc()))


class Workers:
    """``Workers(2, make, args).map(items)``: each item is built by ``make(*args)(*item)`` in one of
    the workers; results come back in the items' order, with at most ``window`` items out at once,
    so memory stays flat however many items there are."""

    def __init__(self, count: int, make_builder, args: tuple, recycle: int | None = None):
        import multiprocessing

        self.ctx = multiprocessing.get_context("forkserver")
        self.ctx.set_forkserver_preload(PRELOAD)   # workers start with briefgen imported
        self.make_builder, self.args, self.recycle = make_builder, args, recycle or RECYCLE
        self.procs = [self._start() for _ in range(count)]
        self.served: dict = {}        # conn -> letters built by its worker

    def _start(self):
        mine, theirs = self.ctx.Pipe()
        proc = self.ctx.Process(target=_serve, args=(theirs, self.make_builder, self.args), daemon=True,
                                name="briefgen-letters")
        proc.start()
        theirs.close()
        return proc, mine

    def _renew(self, conn):
        """Stop the worker behind ``conn`` (it has built its share) and start a fresh one."""
        i = next(i for i, (_, c) in enumerate(self.procs) if c is conn)
        proc, _ = self.procs[i]
        conn.send(None)
        proc.join(timeout=30)
        if proc.is_alive():
            proc.kill()
        conn.close()
        self.procs[i] = self._start()
        return self.procs[i][1]

    def map(self, items, window: int | None = None):
        """Yield ``(item, result)`` in order; ``item`` is ``(key, args)`` and only ``args`` is sent."""
        from multiprocessing.connection import wait

        window = window or 4 * len(self.procs)
        items = iter(items)
        pending: deque = deque()      # [key, item, result or None] in order
        idle = [conn for _, conn in self.procs]
        busy: dict = {}               # conn -> the pending entry it works on
        exhausted = False
        while True:
            while idle and not exhausted and len(pending) < window:
                try:
                    item = next(items)
                except StopIteration:
                    exhausted = True
                    break
                entry = [item, None, False]
                pending.append(entry)
                if item[1] is None:   # nothing to build: ready at once
                    entry[2] = True
                    continue
                conn = idle.pop()
                conn.send(item[1])
                busy[conn] = entry
            while pending and pending[0][2]:
                entry = pending.popleft()
                yield entry[0], entry[1]
            if not pending and exhausted:
                return
            if not busy:
                continue
            for ready in wait(list(busy)):
                conn = cast("Connection", ready)  # wait() returns the connections it was given
                try:
                    status, value = conn.recv()
                except (EOFError, OSError):
                    raise BriefgenError("a letter worker process died (killed, or out of memory?)",
                                        code="worker", hint="run again with --resume to keep the letters "
                                                            "already built, or with --jobs 1") from None
                entry = busy.pop(conn)
                served = self.served.pop(conn, 0) + 1
                if served >= self.recycle:
                    conn = self._renew(conn)
                else:
                    self.served[conn] = served
                idle.append(conn)
                if status == "error":
                    raise BriefgenError(diagnostics=value)
                if status == "crash":
                    raise RuntimeError(f"a letter worker failed:\n{value}")
                entry[1], entry[2] = value, True

    def close(self) -> None:
        """Stop every worker now (also on Ctrl-C or an error): none goes on writing."""
        for proc, conn in self.procs:
            if proc.is_alive():
                proc.kill()
            conn.close()
        for proc, _ in self.procs:
            proc.join(timeout=5)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def in_process(make_builder, args: tuple):
    """The same interface without processes (``--jobs 1``, small batches)."""

    class Serial:
        def __init__(self):
            self.builder = make_builder(*args)

        def map(self, items, window=None):
            for key, work in items:
                yield (key, work), (None if work is None else self.builder(*work))

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return None

    return Serial()
