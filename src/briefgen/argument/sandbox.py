"""The template sandbox with limits, so that no module can exhaust the machine.

Jinja2's sandbox already refuses Python internals; it does not bound size or time. Here a string
or list a template builds (``'x' * 10**10``, ``'x'|center(10**10)``, ``s ~ s``, ``replace``, ``%``,
``format``, ``indent``, ``join``, ``list.append``, a huge power) is refused before it is made: every
operator, filter and method call is measured, and those that multiply (``replace``, ``join``,
``indent``, ``%``…) are estimated first. The text one module renders is capped, and a render that
runs too long is stopped. Each refusal is a SecurityError that the module reader turns into a
located error.
"""
from __future__ import annotations

import functools
import inspect
import math
import re
import signal
import threading
from contextlib import contextmanager

from jinja2.compiler import CodeGenerator
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


def _size(value, limit: int = MAX_SIZE) -> int:
    """About how many characters ``str(value)`` takes, counted without making it; counting stops
    once past ``limit`` (a list holding one long string a thousand times is counted in a few steps)."""
    total, stack = 0, [value]
    while stack and total <= limit:
        v = stack.pop()
        if isinstance(v, (str, bytes)):
            total += len(v)
        elif isinstance(v, (list, tuple, set, frozenset)):
            total += 2 + 2 * len(v)
            stack.extend(v)
        elif isinstance(v, dict):
            total += 2 + 4 * len(v)
            stack.extend(v.keys())
            stack.extend(v.values())
        elif isinstance(v, int) and not isinstance(v, bool):
            total += v.bit_length() * 3 // 10 + 2
        else:
            total += 16
    return total


def _refuse_over(estimate: int, what: str) -> None:
    if estimate > MAX_SIZE:
        raise _too_big(what)


def _built(value):
    """A value just built, refused if it is itself too long (growth step by step, ``l.extend(l)``)."""
    if isinstance(value, (str, list, tuple, bytes, dict, set)) and len(value) > MAX_SIZE:
        raise _too_big(f"a value of {len(value):,} characters or items")
    return value


def _format_size(fmt: str, args, kwargs) -> int:
    """A bound for ``fmt % args`` or ``fmt.format(...)``: the text, every width written in it, and
    the values; widths taken from the values (``%*s``, ``{:{}}``) count the numbers too."""
    widths = 0
    for digits in re.findall(r"\d+", fmt):
        widths += MAX_SIZE + 1 if len(digits) > 7 else int(digits)
        if widths > MAX_SIZE:
            break
    values = list(args) + list(kwargs.values())
    if "*" in fmt or re.search(r"\{[^{}]*\{", fmt):
        widths += sum(v for v in values if isinstance(v, int) and not isinstance(v, bool) and v > 0)
    return len(fmt) + widths + _size(values)


def _lines(text) -> int:
    return text.count("\n") + 1 if isinstance(text, str) else 1


def _estimate_replace(s, old, new, count=None, **_):
    if not (isinstance(s, str) and isinstance(old, str) and isinstance(new, str)):
        return _size([s, old, new])
    times = s.count(old) if old else len(s) + 1
    if isinstance(count, int) and count >= 0:
        times = min(times, count)
    return len(s) + times * max(len(new) - len(old), 0)


def _estimate_join(items, sep="", **_):
    items = list(items) if isinstance(items, (list, tuple, str)) else []
    return _size(items) + _size(sep) * max(len(items) - 1, 0)


def _estimate_indent(s, width=4, **_):
    return _size(s) + _lines(s) * (width if isinstance(width, int) else _size(width))


def _estimate_wordwrap(s, width=79, wrapstring=None, **_):
    pieces = (_size(s) // max(width, 1) if isinstance(width, int) else 1) + _lines(s)
    return _size(s) + pieces * _size(wrapstring or "\n")


def _estimate_sum(iterable, start=0, **_):
    return _size(start) + _size(list(iterable)) if isinstance(start, (str, list, tuple)) else 0


def _estimate_expandtabs(s, tabsize=8, **_):
    return len(s) + s.count("\t") * (tabsize if isinstance(tabsize, int) else 8)


# filter name -> (argument names the estimate takes, the first being the value filtered, estimate)
FILTER_ESTIMATES = {
    "replace": (("s", "old", "new", "count"), _estimate_replace),
    "join": (("value", "d"), _estimate_join),
    "indent": (("s", "width"), _estimate_indent),
    "wordwrap": (("s", "width", "wrapstring"), _estimate_wordwrap),
    "format": (("value", "args", "kwargs"), lambda value, args=(), kwargs=None, **_:
               _format_size(value, args, kwargs or {}) if isinstance(value, str) else _size([value, args, kwargs])),
    "sum": (("iterable", "start"), _estimate_sum),
    "string": (("value",), lambda value, **_: _size(value)),
    "pprint": (("value",), lambda value, **_: 2 * _size(value)),
    "tojson": (("value",), lambda value, **_: _size(value)),
    "list": (("value",), lambda value, **_: _size(value) if not isinstance(value, str) else 0),
}
MATERIALISED = {"join", "sum"}  # filters whose value, a generator, is made a list to be measured


def _estimate_method(obj, name: str, args, kwargs) -> int:
    """A bound for what ``obj.name(*args)`` builds, for the ``str`` methods that can multiply."""
    if name == "replace" and len(args) >= 2:
        return _estimate_replace(obj, *args[:3])
    if name == "join" and args:
        return _estimate_join(args[0], obj)
    if name in ("format", "format_map"):
        return _format_size(obj, args, kwargs)
    if name == "expandtabs":
        return _estimate_expandtabs(obj, *args[:1], **kwargs)
    return 0


class BoundedCodeGenerator(CodeGenerator):
    """Compiles ``a ~ b`` to a call that measures its parts before joining them."""

    def visit_Concat(self, node, frame) -> None:
        if frame.eval_ctx.volatile:
            join = "(markup_join if context.eval_ctx.volatile else str_join)"
        else:
            join = "markup_join" if frame.eval_ctx.autoescape else "str_join"
        self.write(f"environment.bounded_concat({join}, (")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class Sandbox(SandboxedEnvironment):
    """SandboxedEnvironment with bounded sizes; see the module's docstring."""

    intercepted_binops = frozenset(["*", "**", "+", "%"])
    code_generator_class = BoundedCodeGenerator

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("finalize", _printable)
        super().__init__(*args, **kwargs)
        self.filters = {name: _bounded(name, f) for name, f in self.filters.items()}

    @staticmethod
    def concat(parts) -> str:
        """Joins what a macro, a ``set`` block or a filter block wrote (Jinja's ``environment.concat``)."""
        parts = list(parts)
        if sum(map(len, parts)) > MAX_OUTPUT:
            raise LimitExceeded(f"a block renders more than {MAX_OUTPUT:,} characters")
        return "".join(parts)

    @staticmethod
    def bounded_concat(join, parts):
        _refuse_over(_size(list(parts)) - 2 - 2 * len(parts), "joining values with ~")
        return join(parts)

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
        elif operator == "%" and isinstance(left, str):
            values = right if isinstance(right, tuple) else (right,)
            _refuse_over(_format_size(left, values, {}), "formatting with %")
        elif operator == "**" and isinstance(left, int) and isinstance(right, int) and abs(left) > 1:
            if right * math.log2(abs(left)) > MAX_POWER_BITS:
                raise LimitExceeded(f"{left} ** {right} is too large a number")
        return _built(super().call_binop(context, operator, left, right))

    def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 - Jinja's own signature
        _check_arguments(args, kwargs)
        method = getattr(__obj, "__wrapped__", __obj)  # str.format comes wrapped by the sandbox
        owner, name = getattr(method, "__self__", None), getattr(method, "__name__", "")
        if isinstance(owner, str):
            if name == "join" and args and not isinstance(args[0], (list, tuple, str)):
                args = (list(args[0]), *args[1:])
            _refuse_over(_estimate_method(owner, name, args, kwargs), f"str.{name}")
        result = super().call(__context, __obj, *args, **kwargs)
        if isinstance(owner, (list, dict, set)):
            _built(owner)  # l.append(…), l.extend(l): the list itself grew
        return _built(result)


def _printable(value):
    """What ``{{ … }}`` prints, measured before it becomes text (a list of a long string, repeated)."""
    if _size(value, MAX_OUTPUT) > MAX_OUTPUT:
        raise LimitExceeded(f"a value to print takes more than {MAX_OUTPUT:,} characters")
    return value


def _check_arguments(args, kwargs) -> None:
    """Refuse a numeric argument that asks for more than a template may build (``center(10**10)``)."""
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and value > MAX_SIZE:
            raise _too_big(f"an argument of {value:,}")


def _bounded(name: str, f):
    """A filter that refuses oversized arguments and results (keeping Jinja's pass_context/environment
    marks); a filter that can multiply its input is estimated before it runs."""
    estimate = FILTER_ESTIMATES.get(name)
    try:
        signature = inspect.signature(f) if estimate or name in MATERIALISED else None
    except (TypeError, ValueError):  # a filter written in C without a signature: its result is still measured
        signature = None
    first = signature and next(n for n in signature.parameters if n not in ("eval_ctx", "environment", "context"))

    @functools.wraps(f)
    def bounded(*args, **kwargs):
        _check_arguments(args[1:], kwargs)
        if signature is not None:
            try:
                bound = signature.bind(*args, **kwargs)
            except TypeError:
                return f(*args, **kwargs)  # Jinja's own message about the arguments
            given = bound.arguments
            if name in MATERIALISED and not isinstance(given.get(first), (list, tuple, str)):
                given[first] = list(given[first])
            if estimate:
                names, guess = estimate
                _refuse_over(guess(given[first], **{n: given[n] for n in names[1:] if n in given}), f"the {name} filter")
            args, kwargs = bound.args, bound.kwargs
        return _built(f(*args, **kwargs))

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
