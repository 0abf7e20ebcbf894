"""The template sandbox with limits, so that no module can exhaust the machine.

Jinja2's sandbox already refuses Python internals; it does not bound size or time. Here a string
or list a template builds (``'x' * 10**10``, ``'x'|center(10**10)``, a huge power) is refused before
it is made, the text one module renders is capped, and a render that runs too long is stopped. Each
refusal is a SecurityError that the module reader turns into a located error.
"""
from __future__ import annotations

import functools
import math
import signal
import threading
from contextlib import contextmanager

from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

MAX_SIZE = 1_000_000        # characters of a string, items of a list, that one template expression may build
MAX_OUTPUT = 2_000_000      # characters one module may render
MAX_SECONDS = 10            # a module's render time
MAX_POWER_BITS = 4096       # digits of ``a ** b``, in bits


class LimitExceeded(SecurityError):
    """The render ran too long or produced too much."""


def _length(value) -> int | None:
    return len(value) if isinstance(value, (str, list, tuple, bytes)) else None


def _too_big(message: str):
    return LimitExceeded(f"{message} (a template may build at most {MAX_SIZE:,} characters or items)")


class Sandbox(SandboxedEnvironment):
    """SandboxedEnvironment with bounded sizes; see the module's docstring."""

    intercepted_binops = frozenset(["*", "**", "+"])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters = {name: _bounded(f) for name, f in self.filters.items()}

    def call_binop(self, context, operator, left, right):
        if operator == "*":
            for seq, n in ((left, right), (right, left)):
                size = _length(seq)
                if size is not None and isinstance(n, int) and size * n > MAX_SIZE:
                    raise _too_big(f"repeating {size:,} items {n:,} times")
        elif operator == "+":
            a, b = _length(left), _length(right)
            if a is not None and b is not None and a + b > MAX_SIZE:
                raise _too_big(f"joining {a:,} and {b:,} items")
        elif operator == "**" and isinstance(left, int) and isinstance(right, int) and abs(left) > 1:
            if right * math.log2(abs(left)) > MAX_POWER_BITS:
                raise LimitExceeded(f"{left} ** {right} is too large a number")
        return super().call_binop(context, operator, left, right)

    def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 - Jinja's own signature
        _check_arguments(args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)


def _check_arguments(args, kwargs) -> None:
    """Refuse a numeric argument that asks for more than a template may build (``center(10**10)``)."""
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and value > MAX_SIZE:
            raise _too_big(f"an argument of {value:,}")


def _bounded(f):
    """A filter that refuses oversized arguments (keeping Jinja's pass_context/environment marks)."""
    @functools.wraps(f)
    def bounded(*args, **kwargs):
        _check_arguments(args[1:], kwargs)
        return f(*args, **kwargs)

    return bounded


def render_bounded(template, context: dict) -> str:
    """Render, stopping at MAX_OUTPUT characters and, where signals can be used, at MAX_SECONDS."""
    parts, size = [], 0
    with _time_limit(MAX_SECONDS):
        for chunk in template.generate(**context):
            size += len(chunk)
            if size > MAX_OUTPUT:
                raise LimitExceeded(f"the module renders more than {MAX_OUTPUT:,} characters")
            parts.append(chunk)
    return "".join(parts)




@contextmanager
def _time_limit(seconds: int):
    """Raise RenderTimeout in the render after ``seconds`` (main thread only: signals need it)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expired(signum, frame):
        raise LimitExceeded(f"the module took more than {seconds} seconds to render (a loop without end?)")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
